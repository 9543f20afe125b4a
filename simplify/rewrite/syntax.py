"""Clause grammar on analysed tokens: chunks, finite verbs, verb-second order, rendering.

The rule families (clauses, voice, genitive, speech) share these helpers. Tokens keep HanTa's
STTS tags and lemmas; tokens the rules add get the tags they would have, so rewritten
sentences never need to be tagged again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from simplify.document import Token
from simplify.lexicon import mapping

Tokens = list[Token]

FINITE = {"VVFIN", "VAFIN", "VMFIN"}
VERB_FINAL_FORMS = FINITE | {"VVINF", "VAINF", "VMINF"}
NOUNS = {"NN", "NE", "NNA"}
DETERMINERS = {"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PWAT"}
PREMODIFIERS = {"ADJA", "CARD", "ADV", "ADJD", "PIAT", "PIDAT"}
PUNCT = {"$,", "$.", "$(", "$", "XY"}
OPENING = {"„", "(", "‚", "«", "»", '"', "["}
CLOSING = {"“", ")", "‘", "»", "«", '"', "]"}
# Lemmas that mark tokens of the line layout (rules L1, L3): a colon that ends a lead line, a bullet.
LEAD_COLON = ":lead"
BULLET = "<bullet>"
# Words that stay capitalised when they leave the first position of a sentence (formal address is ambiguous).
KEEP_CAPITAL = {"Sie", "Ihr", "Ihre", "Ihnen", "Ihren", "Ihrem", "Ihrer", "Ihres"}


def word(text: str, pos: str, lemma: str | None = None) -> Token:
    """A token the rules add (a connector, an article, an auxiliary)."""
    return Token(text, pos, text.lower() if lemma is None else lemma)


def is_finite(token: Token) -> bool:
    return token.pos in FINITE


def as_finite(verb: Token) -> Token:
    """The last verb of a verb-final clause is finite even where HanTa tagged an infinitive (``werden``)."""
    return replace(verb, pos=verb.pos[:2] + "FIN") if verb.pos in {"VVINF", "VAINF", "VMINF"} else verb


def inflected(noun: Token) -> bool:
    """True when a noun differs from its lemma (plural, genitive, weak ending); case of the lemma ignored."""
    return noun.text.lower() != noun.lemma.lower()


def is_verb(token: Token) -> bool:
    return token.pos.startswith("V")


def render(tokens: Sequence[Token], end: str = ".") -> str:
    """Join tokens into one sentence: capitalised first letter and closing punctuation ``end``."""
    tokens = [t for t in tokens if t.text]
    while tokens and tokens[-1].text in {",", "–", "—", "-", ":", ";"} and tokens[-1].lemma != LEAD_COLON:
        tokens.pop()
    if not tokens:
        return ""
    parts: list[str] = []
    for index, token in enumerate(tokens):
        parts.append(token.text)
        last = index == len(tokens) - 1
        following = tokens[index + 1].text if not last else ""
        if not last and token.space_after and not _attaches_left(following):
            parts.append(" ")
    text = "".join(parts).strip()
    text = capitalise(text)
    if end and text.rstrip('“"‘')[-1:] not in {".", "!", "?", ":"}:
        opening = text.rfind("„")
        quoted = text.endswith("“") and (
            opening <= 0 or text[:opening].rstrip().endswith(":") or opening == -1
        )
        text = text[:-1] + end + "“" if quoted else text + end
    return text


def _attaches_left(text: str) -> bool:
    return text in {",", ".", ":", "!", "?", ";", ")", "“"}


def capitalise(text: str) -> str:
    """Upper-case the first letter (after opening quotes)."""
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
        if char.isdigit():
            return text
    return text


def initial(tokens: Sequence[Token]) -> Tokens:
    """Tokens with the first one capitalised (a new sentence starts here)."""
    if not tokens:
        return []
    first = tokens[0]
    return [replace(first, text=capitalise(first.text)), *tokens[1:]]


def inner(tokens: Sequence[Token]) -> Tokens:
    """Tokens that leave the start of a sentence: lower-case the first unless it is a noun or a name."""
    if not tokens:
        return []
    first = tokens[0]
    if first.pos in NOUNS or first.text in KEEP_CAPITAL or first.kind != "regular" or first.text.isupper():
        return list(tokens)
    return [replace(first, text=first.text[:1].lower() + first.text[1:]), *tokens[1:]]


def spaced(tokens: Sequence[Token]) -> Tokens:
    """The same tokens with a space after the last one (it no longer stands before punctuation)."""
    if not tokens:
        return []
    return [*tokens[:-1], replace(tokens[-1], space_after=True)]


def has_finite(tokens: Sequence[Token]) -> bool:
    return any(is_finite(t) for t in tokens)


def words(tokens: Sequence[Token]) -> int:
    """Number of words (punctuation and quotation marks do not count)."""
    return sum(1 for t in tokens if _has_alnum(t.text))


@lru_cache(maxsize=100_000)
def _has_alnum(text: str) -> bool:
    return any(c.isalnum() for c in text)


def top_level(tokens: Sequence[Token]) -> list[bool]:
    """For each token: True when it stands outside quotes and parentheses."""
    depth = 0
    quote = False
    flags = []
    for token in tokens:
        if token.text == "(":
            depth += 1
        elif token.text == "„":
            quote = True
        flags.append(depth == 0 and not quote and token.text not in {"(", "„"})
        if token.text == ")" and depth:
            depth -= 1
        elif token.text == "“":
            quote = False
    return flags


def chunk(tokens: Sequence[Token], start: int = 0) -> int:
    """End index (exclusive) of the constituent starting at ``start``, or ``start`` when none is found.

    Constituents: a pronoun, a noun phrase (determiner, modifiers, nouns, names, a genitive and
    coordinated noun phrases), a prepositional phrase, a single adverb, a number or a quotation.
    """
    n = len(tokens)
    if start >= n:
        return start
    first = tokens[start]
    if first.text == "„":
        for index in range(start + 1, n):
            if tokens[index].text == "“":
                return index + 1
        return start
    if first.pos in {"PPER", "PDS", "PIS", "PPOSS"}:
        return start + 1
    if first.pos in {"APPR", "APPRART"}:
        end = _noun_phrase(tokens, start + 1)
        if end == start + 1:
            return start
        end = _date_apposition(tokens, end)
        if end + 1 < n and tokens[end].text in {"und", "oder"} and tokens[end + 1].pos in {"APPR", "APPRART"}:
            following = chunk(tokens, end + 1)
            return following if following > end + 1 else end
        return end
    if first.pos in {"ADV", "ADJD", "PAV", "PROAV"}:
        end = _noun_phrase(tokens, start)
        has_noun = any(t.pos in NOUNS for t in tokens[start:end])
        return end if has_noun else start + 1
    return _noun_phrase(tokens, start)


def _title(token: Token) -> bool:
    """An academic title inside a name: "Dr.", "Prof."."""
    return token.text in {"Dr.", "Prof.", "Prof", "Dr", "med.", "h.c.", "Dipl.-Ing."}


def _date_apposition(tokens: Sequence[Token], end: int) -> int:
    """Extend a phrase over a date set off by commas: "am Karfreitag, 3. April," ."""
    if end >= len(tokens) or tokens[end].text != ",":
        return end
    close = next((i for i in range(end + 1, min(len(tokens), end + 6)) if tokens[i].text == ","), None)
    if close is None:
        return end
    inside = tokens[end + 1 : close]
    dated = any(t.text[:1].isdigit() for t in inside) and all(
        t.pos in {"CARD", "ADJA", "NN", "ART"} for t in inside
    )
    return close + 1 if dated else end


def _noun_phrase(tokens: Sequence[Token], start: int) -> int:
    """End of a noun phrase at ``start`` (``start`` when there is none)."""
    n = len(tokens)
    index = start
    if index < n and tokens[index].pos in {"PPER", "PIS", "PDS"}:
        return index + 1
    while index < n and (tokens[index].pos in DETERMINERS or tokens[index].pos in PREMODIFIERS):
        index += 1
    head = index
    if index < n and (tokens[index].pos in NOUNS or tokens[index].pos == "FM"):
        index += 1
        while index < n and _title(tokens[index]):
            index += 1  # "Oberbürgermeister Dr. Hakan Wagner"
        # a title or common noun followed by names: "Stadt Kassel", "Bürgermeister Hakan Yılmaz"
        while index < n and tokens[index].pos in {"NE", "FM"} | (
            {"NN"} if tokens[index - 1].pos == "NE" else set()
        ):
            index += 1
        if index + 1 < n and tokens[index].text == "„":
            closing = next((i for i in range(index + 1, n) if tokens[i].text == "“"), None)
            index = closing + 1 if closing is not None else index
    if index == head:
        # a number alone ("1972") or a pronoun-like quantifier ("alle") is a constituent too
        if head > start and tokens[head - 1].pos in {"CARD", "PIAT", "PIDAT", "PIS"}:
            return head
        return start
    # genitive attribute: "der Hauptstadt der Provinz"
    while index < n and tokens[index].text in {"des", "der", "eines", "einer"} and tokens[index].pos == "ART":
        end = _noun_phrase(tokens, index)
        if end == index:
            break
        index = end
    # coordinated noun phrases: "Schülerinnen und Schüler"
    if index + 1 < n and tokens[index].pos == "KON" and tokens[index].text in {"und", "oder", "sowie"}:
        end = _noun_phrase(tokens, index + 1)
        if end > index + 1:
            index = end
    return index


def finite_index(tokens: Sequence[Token]) -> int | None:
    """Index of the finite verb of a main clause (the first finite verb at top level)."""
    flags = top_level(tokens)
    for index, token in enumerate(tokens):
        if flags[index] and is_finite(token):
            return index
    return None


def separable(verb: Token) -> tuple[str, str] | None:
    """Split a finite verb with a separable prefix: ``stattfindet`` -> (``findet``, ``statt``)."""
    lemma = verb.lemma.lower()
    text = verb.text
    if lemma in mapping("rewrite/inseparable.tsv"):
        return None
    for prefix in sorted(mapping("rewrite/separable.tsv"), key=len, reverse=True):
        if lemma.startswith(prefix) and text.lower().startswith(prefix) and len(lemma) > len(prefix) + 2:
            rest = text[len(prefix) :]
            if rest.startswith("zu") and not lemma[len(prefix) :].startswith("zu"):
                return None
            return rest, prefix
    return None


def verb_second(clause: Sequence[Token]) -> Tokens | None:
    """Turn a verb-final clause (``der Bus voll ist``) into verb-second order (``der Bus ist voll``).

    A reflexive pronoun in front moves behind the verb (``sich viele Gäste freuen`` -> ``viele Gäste
    freuen sich``). Returns None when the clause does not end in its only finite verb or has no first
    constituent.
    """
    clause = list(clause)
    if len(clause) < 2 or clause[-1].pos not in VERB_FINAL_FORMS or not top_level(clause)[-1]:
        return None
    verb = as_finite(clause[-1])
    body = clause[:-1]
    flags = top_level(body)
    if any(flag and (is_finite(t) or t.text in {":", ";"}) for t, flag in zip(body, flags, strict=True)):
        return None
    reflexive: Tokens = []
    if body[0].pos == "PRF":
        reflexive, body = [replace(body[0], space_after=True)], body[1:]
    end = chunk(body, 0)
    if body[0].pos in {"ADV", "PAV"} and len(body) > 1 and body[1].pos not in {"ADJA", "ADJD", "PIAT", "ADV"}:
        end = 1  # "heute die Sonne scheint" -> "heute scheint die Sonne": the adverb is the first constituent
    if end == 0:
        return None
    split = separable(verb) if verb.pos == "VVFIN" else None
    verb_tokens = [replace(verb, space_after=True)]
    particle: Tokens = []
    if split:
        verb_tokens = [Token(split[0], verb.pos, verb.lemma, (), verb.kind, True)]
        particle = [Token(split[1], "PTKVZ", split[1])]
    rest = body[end:]
    tail = [*spaced(rest), *particle] if rest else particle
    out = [*spaced(body[:end]), *verb_tokens, *reflexive, *tail]
    return [*out[:-1], replace(out[-1], space_after=False)]


def invert(clause: Sequence[Token], connector: Sequence[Token]) -> Tokens | None:
    """Verb-second clause with a connector in front: ``Wir gehen`` -> ``Trotzdem gehen wir``."""
    verb = finite_index(clause)
    if verb is None or verb == 0 or clause[0].text in KEEP_CAPITAL or clause[0].pos in {"KON", "KOUS"}:
        return None
    if any(t.text in {",", ":", ";", "–"} for t in clause[:verb]):
        return None
    prefield = inner(clause[:verb])
    rest = list(clause[verb + 1 :])
    pronouns = 0
    while (
        pronouns < len(rest) - 1
        and rest[pronouns].pos in {"PPER", "PRF"}
        and rest[pronouns].text not in KEEP_CAPITAL
    ):
        pronouns += 1
    if pronouns:
        # "Zum Abschluss gibt es ..." -> "Dann gibt es zum Abschluss ...": pronouns stay next to the verb
        verb_token = replace(clause[verb], space_after=True)
        return [*connector, verb_token, *spaced(rest[:pronouns]), *spaced(prefield), *rest[pronouns:]]
    if not rest:
        return [*connector, replace(clause[verb], space_after=True), *prefield]
    return [*connector, replace(clause[verb], space_after=True), *spaced(prefield), *rest]


@cache
def _glossary_growth() -> dict[str, int]:
    """Words the glossary replaces by several ("jüngst" -> "vor kurzem"): how many words each adds."""
    from simplify.rewrite.glossary import load

    return {
        word.lower(): len(text.split()) - 1 for word, text in load().replace.items() if len(text.split()) > 1
    }


def estimated_words(tokens: Sequence[Token]) -> int:
    """Words a clause will have after post-processing and the genitive rule, for length decisions.

    Numbers in ranges grow ("9-12 Uhr" -> "von 9:00 Uhr bis 12:00 Uhr", "3.-4. Mai" -> "vom 3. Mai bis zum
    4. Mai") and a genitive gains "von" ("der Hauptstadt der Provinz" -> "... von der Provinz"): each such
    number and each genitive article counts one word more; so do the words the glossary puts in place of
    one ("jüngst" -> "vor kurzem").
    """
    growth = _glossary_growth()
    extra = 0
    for index, token in enumerate(tokens):
        text = token.text
        extra += growth.get(text.lower(), 0)
        if text[:1].isdigit():
            extra += any(t.text in _RANGE_WORDS for t in tokens[max(0, index - 1) : index + 2])
        elif token.pos == "ART" and text in _GENITIVE_FORMS and index:
            extra += tokens[index - 1].pos in {"NN", "NE"}
    return words(tokens) + extra


_RANGE_WORDS = frozenset({"-", "–", "bis"})
_GENITIVE_FORMS = frozenset({"des", "der", "eines", "einer"})
