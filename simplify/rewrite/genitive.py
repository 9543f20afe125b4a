"""Rule S7: a genitive after a noun becomes "von" + dative, with article and noun endings corrected.

"der Hauptstadt der Provinz" -> "der Hauptstadt von der Provinz";
"die Leiterin des Büros" -> "die Leiterin von dem Büro";
Fixed expressions and names from rewrite/fixed_genitives.tsv ("Tag der offenen Tür") stay as they are;
"die Wünsche der Bürger" is left alone ("der Bürger" may be a subject), "die Wünsche der Gäste" ->
"die Wünsche von den Gästen". Genitive prepositions: "wegen des Wetters" -> "wegen dem Wetter".

Possessive determiners too: "die Botschafter ihrer Heimatstadt" -> "die Botschafter von ihrer
Heimatstadt", "der Wunsch seines Vaters" -> "der Wunsch von seinem Vater".
Coordinated genitives all become dative: "Vertreter des Stadtrats, der Sparkasse und des Jugendparlaments"
-> "Vertreter vom Stadtrat, der Sparkasse und dem Jugendparlament"; a pair "der Wählerinnen und Wähler"
-> "von den Wählerinnen und Wählern". When one conjunct cannot be rewritten safely, the whole genitive stays.
A name in the genitive after a noun: "die Städtepartnerschaften Kaiserslauterns" -> "die
Städtepartnerschaften von Kaiserslautern", only when HanTa tags it NE, its lemma is the word without
the "-s" and that lemma is a known name (genitive_names.tsv) or much more frequent than the "-s" form
(so "Angers" or "Mons" never lose their "s"), and the noun before it has a determiner (after a title,
"Direktor Simons", the name is a surname).
The "von dem" this rule creates is contracted as in ordinary German: "von dem Tiefbauamt" -> "vom
Tiefbauamt"; "von der", "von einem" and "wegen dem" stay (German has no contraction for them).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from simplify.document import Token
from simplify.lexicon import mapping, table, zipf
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import NOUNS, Tokens, inflected, top_level, word

GENITIVE_ARTICLES = {"des": "dem", "eines": "einem", "der": "der", "einer": "einer"}
GENITIVE_PREPOSITIONS = {"wegen", "trotz"}
# possessive determiners in the genitive: "ihrer Stadt" -> "von ihrer Stadt", "seines Vaters" -> "von seinem"
POSSESSIVES = frozenset(
    stem + end for stem in ("mein", "dein", "sein", "ihr", "unser", "eur") for end in ("er", "es")
)
MODIFIERS = {"ADJA", "ADV", "CARD", "PIAT", "PIDAT"}
DETERMINERS = {"ART", "APPRART", "PPOSAT", "PDAT", "PIAT", "PIDAT"}
NAME_MARGIN = 1.0  # Zipf by which a name must be more frequent than its "-s" form (Kassel 4.4, Kassels 2.2)


@cache
def _fixed_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Fixed expressions with a genitive (rewrite/fixed_genitives.tsv), as lower-case word tuples by their
    first word."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for row in table("rewrite/fixed_genitives.tsv"):
        words = tuple(row[0].lower().split())
        phrases.setdefault(words[0], []).append(words)
    return {first: tuple(found) for first, found in phrases.items()}


def fixed_length(tokens: Tokens, start: int) -> int:
    """Number of tokens of a fixed genitive expression at ``start`` ("Tag der offenen Tür"), or 0.

    The first word may be inflected ("des Hauses der Jugend"): it matches by its lemma too.
    """
    texts = [t.text.lower() for t in tokens[start : start + 8]]
    if not texts:
        return 0
    index = _fixed_phrases()
    candidates = index.get(texts[0], ()) + index.get(tokens[start].lemma.lower(), ())
    for phrase in candidates:
        if tuple(texts[1 : len(phrase)]) == phrase[1:]:
            return len(phrase)
    return 0


def feminine(noun: Token) -> bool:
    """True when a singular noun is feminine by its ending or its last compound part."""
    lower = noun.text.lower()
    table = mapping("rewrite/feminine.tsv")
    exceptions = mapping("rewrite/not_feminine.tsv")
    last = noun.compound_parts[-1] if noun.compound_parts else lower
    if lower in exceptions or last in exceptions:
        return False
    if any(lower.endswith(w) for w in table if not w.startswith("-")):
        return True
    endings = tuple(w[1:] for w in table if w.startswith("-"))
    if lower.endswith(endings):
        return True
    # most nouns in -e are feminine; "Ge...e" nouns are neuter (Gebäude, Gelände)
    return lower.endswith("e") and not lower.startswith("ge") and len(lower) > 3


QUANTITIES = frozenset({"Millionen", "Milliarden", "Tausende", "Hunderte", "Dutzende"})
"""Plural nouns of quantity followed by what they count ("Millionen Menschen")."""


def _plural(noun: Token) -> bool:
    """True when HanTa's lemma shows a plural form (Städte -> Stadt, Gäste -> Gast)."""
    return inflected(noun) and noun.lemma[:1].isupper() and len(noun.lemma) >= 2


def _dative_plural(text: str) -> str:
    return text if text.endswith(("n", "s")) else text + "n"


def _singular_dative(noun: Token) -> str:
    """The dative singular of a masculine or neuter noun from its genitive form."""
    text = noun.text
    if text.endswith("ns") and noun.lemma + "ns" == text:
        return noun.lemma + "n"
    if text.endswith("s") and text.startswith(noun.lemma) and len(text) - len(noun.lemma) <= 2:
        return text[: len(noun.lemma)]
    if (
        text.endswith("s")
        and noun.pos == "NN"
        and len(text) > 4
        and not text.endswith(("ss", "us", "is", "os"))
    ):
        return text[:-1]
    return text


def _pair(tokens: Tokens, index: int) -> int:
    """Index of the masculine noun of a pair "Wählerinnen und Wähler" (feminine plural at ``index``), or 0."""
    noun = tokens[index]
    if not (
        noun.text.endswith("innen") and index + 2 < len(tokens) and tokens[index + 1].text in {"und", "oder"}
    ):
        return 0
    other = tokens[index + 2]
    stem = _fold(noun.lemma[:-2])
    if other.pos == "NN" and stem and _fold(other.lemma).rstrip("e") == stem.rstrip("e"):
        return index + 2
    return 0


def _fold(text: str) -> str:
    return text.lower().translate(str.maketrans("äöü", "aou"))


def _phrase(tokens: Tokens, start: int) -> tuple[Tokens, int] | None:
    """The dative of the genitive phrase at ``start`` and where it ends, or None when unsure."""
    article = tokens[start]
    index = start + 1
    while index < len(tokens) and tokens[index].pos in MODIFIERS:
        index += 1
    if index >= len(tokens) or tokens[index].pos not in {"NN", "NNA"}:
        return None
    noun = tokens[index]
    modifiers = tokens[start + 1 : index]
    if index + 1 < len(tokens) and tokens[index + 1].text in {"e.", "e.V.", "e. V."}:
        return None  # part of a club's name: "Förderverein der Stadtbücherei e. V."
    lower = article.text.lower()
    partner = _pair(tokens, index) if lower.endswith("er") else 0
    if (
        not partner
        and index + 2 < len(tokens)
        and (tokens[index + 1].pos == "KON" or tokens[index + 1].text == ",")
        and tokens[index + 2].pos in {"NN", "ADJA"}
    ):
        return None  # "der Gäste und Bürger", "der Gäste, Vereine und ...": every noun would need the dative
    possessive = lower in POSSESSIVES
    stem = lower[:-2] if possessive else ""
    if lower in {"des", "eines"} or (possessive and lower.endswith("es")):
        new_article = stem + "em" if possessive else GENITIVE_ARTICLES[lower]
        new_noun = _singular_dative(noun)
    elif lower in {"der", *POSSESSIVES} and _plural(noun):
        new_article = stem + "en" if possessive else "den"
        new_noun = _dative_plural(noun.text)
    elif lower in {"der", "einer", *POSSESSIVES} and not inflected(noun) and feminine(noun):
        new_article = lower
        new_noun = noun.text
    else:
        return None
    if any(t.pos == "ADJA" and (not t.text.endswith("en") or t.text[:1].isupper()) for t in modifiers):
        return None  # an ending that is no genitive, or a name ("Tag der Deutschen Einheit")
    replaced = [
        replace(article, text=new_article if article.text.islower() else new_article.capitalize()),
        *modifiers,
        replace(noun, text=new_noun),
    ]
    if partner:
        other = tokens[partner]
        return [*replaced, tokens[index + 1], replace(other, text=_dative_plural(other.text))], partner + 1
    counted = tokens[index + 1] if index + 1 < len(tokens) else None
    if noun.text in QUANTITIES and new_article == "den" and counted is not None and counted.pos == "NN":
        # "der 7 Millionen Einwanderer" -> "von den 7 Millionen Einwanderern": what is counted is plural too
        return [*replaced, replace(counted, text=_dative_plural(counted.text))], index + 2
    return replaced, index + 1


def _starts_genitive(tokens: Tokens, index: int) -> bool:
    """Whether a genitive article or possessive determiner stands at ``index``."""
    if index >= len(tokens):
        return False
    token = tokens[index]
    lower = token.text.lower()
    return (token.pos == "ART" and lower in GENITIVE_ARTICLES) or (
        token.pos == "PPOSAT" and lower in POSSESSIVES
    )


def _chain(tokens: Tokens, start: int) -> tuple[Tokens, int] | None:
    """The dative of a genitive and its conjuncts ("des Stadtrats, der Sparkasse und des Jugendparlaments").

    Conjuncts after a comma count only when "und"/"oder"/"sowie" closes the list. A conjunct after "und"
    that cannot be rewritten makes the whole chain None: a mixed list ("von den Kindern und ihrer Eltern")
    would be wrong, and "des Amts und der Bürgermeister" may be either a genitive plural or a new subject.
    After a comma only a conjunct that is surely a genitive ("des", "eines", "seines") does so.
    """
    found = _phrase(tokens, start)
    if found is None:
        return None
    out, index = found
    end = index
    pending: Tokens = []  # conjuncts after a comma, waiting for the closing "und"
    certain = False  # whether a pending conjunct is surely a genitive ("des", "eines", "seines")
    while index + 1 < len(tokens) and _starts_genitive(tokens, index + 1):
        joint = tokens[index]
        if joint.text != "," and joint.text not in {"und", "oder", "sowie"}:
            break
        conjunct = _phrase(tokens, index + 1)
        unambiguous = tokens[index + 1].text.lower().endswith("es")
        if conjunct is None:
            return None if unambiguous or pending or joint.text != "," else (out, end)
        if joint.text == ",":
            pending.extend([joint, *conjunct[0]])
            certain = certain or unambiguous
            index = conjunct[1]
            continue
        out = [*out, *pending, joint, *conjunct[0]]
        pending = []
        end = conjunct[1]
        break
    if pending and certain:
        return None  # "des Stadtrats, des Vereins" with no closing "und": unsure what the list is
    return out, end


def _name(tokens: Tokens, index: int) -> Token | None:
    """The base form of a genitive name after a noun ("Kaiserslauterns" -> "Kaiserslautern"), or None."""
    name = tokens[index]
    base = name.lemma
    if name.pos != "NE" or name.text != base + "s" or len(base) < 3 or base.endswith(("s", "x", "z", "ß")):
        return None
    after = tokens[index + 1 : index + 3]
    if after and (after[0].pos in NOUNS or after[0].pos == "$(" or after[0].text == "'"):
        return None  # a longer name or a genitive before its noun ("Kassels Bürgermeister")
    if len(after) == 2 and after[0].text in {",", "und", "oder"} and after[1].pos == "NE":
        return None  # a list of names ("die Partnerstädte Angers, Derby und ...")
    if base not in _known_names() and zipf(base) - zipf(name.text) < NAME_MARGIN:
        return None
    return replace(name, text=base)


def _determined(out: Tokens) -> bool:
    """Whether the noun at the end of ``out`` has a determiner: "die Städtepartnerschaften Kassels", not a
    title before a surname ("Direktor Simons") where the name is no genitive."""
    index = len(out) - 2
    while index >= 0 and out[index].pos in {"ADJA", "ADV", "CARD"}:
        index -= 1
    return index >= 0 and out[index].pos in DETERMINERS


@cache
def _known_names() -> frozenset[str]:
    return frozenset(row[0] for row in table("rewrite/genitive_names.tsv"))


def _von(article: Token | None) -> list[Token]:
    """ "von", or "vom" for "von dem" (the contraction of ordinary German)."""
    if article is not None and article.text == "dem":
        return [word("vom", "APPRART", "von")]
    return [word("von", "APPR"), *([article] if article is not None else [])]


@rule("S7.genitive", kind="clause", levels=("leichte",))
def genitive(clause: Tokens) -> list[Tokens] | None:
    """S7: "NOUN des/der ... NOUN" -> "NOUN von dem/der ... NOUN"; "wegen des X" -> "wegen dem X"."""
    out: Tokens = []
    index = 0
    changed = False
    flags = top_level(clause)  # quotations stay word for word
    while index < len(clause):
        token = clause[index]
        previous = out[-1] if out else None
        if length := fixed_length(clause, index):
            out.extend(clause[index : index + length])  # "Tag der offenen Tür" stays a name
            index += length
            continue
        if previous is not None and index and fixed_length(clause, index - 1):
            length = fixed_length(clause, index - 1)  # "des Hauses der Jugend": the name stays whole
            out.extend(clause[index : index - 1 + length])
            index += length - 1
            continue
        after_noun = (
            previous is not None
            and flags[index]
            and previous.text.lower() not in mapping("rewrite/time_nouns.tsv")
            and not (len(out) > 1 and out[-2].text.lower() == "von")
        )
        if (
            after_noun
            and _starts_genitive(clause, index)
            and (previous.pos in NOUNS or previous.text.lower() in GENITIVE_PREPOSITIONS)
        ):
            found = _chain(clause, index)
            if found:
                phrase, index = found
                if previous.pos in NOUNS:
                    out.extend(_von(phrase[0]))
                    phrase = phrase[1:]
                out.extend(phrase)
                changed = True
                continue
        if after_noun and previous.pos == "NN" and _determined(out) and (name := _name(clause, index)):
            out.extend([*_von(None), name])
            index += 1
            changed = True
            continue
        out.append(token)
        index += 1
    return [out] if changed else None
