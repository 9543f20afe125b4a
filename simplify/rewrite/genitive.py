"""Rule S7: a genitive after a noun becomes "von" + dative, inflected by the morphology layer.

"der Hauptstadt der Provinz" -> "der Hauptstadt von der Provinz";
"die Leiterin des Büros" -> "die Leiterin vom Büro"; "die Belastung der Knie" -> "die Belastung von den
Knien"; "wegen des Wetters" -> "wegen dem Wetter". Possessive determiners too: "der Wunsch seines Vaters"
-> "der Wunsch von seinem Vater".

The genitive phrase (determiner, adjectives, noun, and nouns joined to it without a determiner of their own:
"der Künstlerinnen und Künstler") is read by :mod:`simplify.nlp.agreement`: its genitive readings must have
one number and gender (german-nouns), and the phrase is put into the dative with that number and gender
("den Künstlerinnen und Künstlern", "dem Drei-Städte-Fest"). Coordinated genitives with their own
determiners all become dative: "Vertreter des Stadtrats, der Sparkasse und des Jugendparlaments" ->
"Vertreter vom Stadtrat, der Sparkasse und dem Jugendparlament"; when one conjunct cannot be rewritten
safely, the whole genitive stays.

When unsure, the genitive stays: a noun german-nouns does not know, a phrase whose number or gender is
ambiguous ("der Anspruchsberechtigten"), "der" + a noun that may be a masculine subject ("der Bürger"),
a feminine singular (genitive = dative) after a verb that takes a dative object ("dankte die Stadt der
Feuerwehr"), a genitive after a name ("JHWH der Heerscharen"), a noun with a name in the genitive after it
("der Söhne Mannheims": a band), a club's name ("e. V."), fixed expressions and names of
rewrite/fixed_genitives.tsv ("Tag der offenen Tür") and quotations. Names are never inflected: a
capitalised place adjective ("der Landsberger Straße" -> "von der Landsberger Straße") stays as written.

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
from simplify.lexicon import mapping, table, words, zipf
from simplify.nlp import agreement, nouns, wordforms
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import NOUNS, Tokens, top_level, word

GENITIVE_ARTICLES = {"des", "eines", "der", "einer"}
GENITIVE_PREPOSITIONS = {"wegen", "trotz"}
# possessive determiners in the genitive: "ihrer Stadt" -> "von ihrer Stadt", "seines Vaters" -> "von seinem"
POSSESSIVES = frozenset(
    stem + end for stem in ("mein", "dein", "sein", "ihr", "unser", "eur") for end in ("er", "es")
)
MODIFIERS = {"ADJA", "ADV", "CARD", "PIAT", "PIDAT", "TRUNC"}
DETERMINERS = {"ART", "APPRART", "PPOSAT", "PDAT", "PIAT", "PIDAT"}
JOINTS = {"und", "oder", "sowie"}
NAME_MARGIN = 1.0  # Zipf by which a name must be more frequent than its "-s" form (Kassel 4.4, Kassels 2.2)
QUANTITIES = {
    "Millionen": "Millionen",
    "Milliarden": "Milliarden",
    "Tausende": "Tausenden",
    "Hunderte": "Hunderten",
    "Dutzende": "Dutzenden",
}
"""Plural nouns of quantity followed by what they count ("Millionen Menschen"), with their dative."""


@cache
def _fixed_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Fixed expressions with a genitive (rewrite/fixed_genitives.tsv) and idioms with one ("das Herz der
    Stadt", which rule W4 replaces), as lower-case word tuples by their first word."""
    from simplify.rewrite.idioms import genitive_phrases

    phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase in [row[0] for row in table("rewrite/fixed_genitives.tsv")] + list(genitive_phrases()):
        found = tuple(phrase.lower().split())
        phrases.setdefault(found[0], []).append(found)
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
    """True when a singular noun is feminine, by german-nouns (the noun or its compound head); where it gives
    several genders ("Steuer", "See", "Kunde"), or does not know the noun, by rewrite/feminine.tsv and
    not_feminine.tsv (the sense of municipal texts: "die Steuer", "der Kunde"). A nominalised adjective
    ("Vorsitzende") is no feminine noun: its article decides."""
    singular = [r for r in nouns.readings(noun.text, noun.morphemes) if r.number == "sg"]
    if not singular and nouns.readings(noun.text, noun.morphemes):
        return False  # a plural form
    if any(r.declension for r in singular):
        return False  # a nominalised adjective: "der Vorsitzende", "die Vorsitzende" (its article decides)
    found = {nouns.gender(r.lemma) for r in singular} - {None}
    if len(found) == 1 and len(nouns.genders(singular[0].lemma)) == 1:
        return found == {"f"}
    return _feminine_by_ending(noun)


def _feminine_by_ending(noun: Token) -> bool:
    lower = noun.text.lower()
    listed = mapping("rewrite/feminine.tsv")
    last = noun.compound_parts[-1] if noun.compound_parts else lower
    if lower in mapping("rewrite/not_feminine.tsv") or last in mapping("rewrite/not_feminine.tsv"):
        return False
    if any(lower.endswith(w) for w in listed if not w.startswith("-")):
        return True
    if lower.endswith(tuple(w[1:] for w in listed if w.startswith("-"))):
        return True
    # most nouns in -e are feminine; "Ge...e" nouns are neuter (Gebäude, Gelände)
    return lower.endswith("e") and not lower.startswith("ge") and len(lower) > 3


def _place_adjective(tokens: Tokens, index: int) -> bool:
    """A capitalised word in -er before a noun: a place adjective of a name ("Landsberger Straße")."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        token.text[:1].isupper()
        and token.text.endswith("er")
        and token.pos in {"NN", "NE", "ADJA"}
        and following is not None
        and following.pos == "NN"
    )


def _head(tokens: Tokens, index: int) -> int | None:
    """Index of the noun of a noun phrase whose modifiers start at ``index``, or None."""
    while index < len(tokens):
        token = tokens[index]
        if token.pos in {"NN", "NNA"} and not _place_adjective(tokens, index):
            return index
        truncated = token.text in JOINTS | {","} and index and tokens[index - 1].pos == "TRUNC"
        if not (token.pos in MODIFIERS or truncated or _place_adjective(tokens, index)):
            return None
        index += 1
    return None


def _extent(tokens: Tokens, start: int) -> int | None:
    """End (exclusive) of the genitive phrase at ``start``: determiner, modifiers, noun, and nouns joined to
    it without a determiner of their own ("der Gäste, Vereine und Firmen"); None when there is no noun.

    Nouns after a comma count only when "und", "oder" or "sowie" closes the list."""
    noun = _head(tokens, start + 1)
    if noun is None:
        return None
    index = noun + 1
    while index < len(tokens) and tokens[index].text == ",":
        following = _bare_head(tokens, index + 1)
        if following is None:
            return noun + 1
        index = following + 1
    if index < len(tokens) and tokens[index].text in JOINTS:
        following = _bare_head(tokens, index + 1)
        if following is not None:
            return following + 1
    return noun + 1


def _bare_head(tokens: Tokens, index: int) -> int | None:
    """The noun of a conjunct without a determiner of its own at ``index`` ("und Bürger"), or None."""
    if index >= len(tokens) or tokens[index].pos in DETERMINERS:
        return None
    return _head(tokens, index)


def _phrase(tokens: Tokens, start: int) -> tuple[Tokens, int, bool] | None:
    """The dative of the genitive phrase at ``start``, where it ends and whether the phrase might be a dative
    as it stands ("der Stadt"); None when unsure."""
    end = _extent(tokens, start)
    if end is None:
        return None
    quantity = tokens[end - 1].text in QUANTITIES and end < len(tokens) and tokens[end].pos == "NN"
    if quantity:
        end += 1  # "der 7 Millionen Einwanderer": the counted noun is the head, the quantity a numeral
    if _name_follows(tokens, end):
        return None
    phrase = [_as_read(tokens, i, quantity and i == end - 2) for i in range(start, end)]
    if any(t.pos in {"NN", "NNA"} and not nouns.readings(t.text, t.morphemes) for t in phrase):
        return None  # a noun german-nouns does not know (nor its compound head): unsure
    readings = agreement.readings(phrase)
    if not any(r.case == "gen" for r in readings) or any(r.case == "nom" for r in readings):
        return None  # "der Bürger" may be a subject
    texts = agreement.reinflect(phrase, "dat", source="gen") or _single_dative(phrase, readings)
    if texts is None or not all(_plausible(t, p.text) for t, p in zip(texts, phrase, strict=True)):
        return None
    if quantity:
        texts[-2] = QUANTITIES[tokens[end - 2].text]
    plural = all(r.number == "pl" for r in readings if r.case == "gen")
    texts = [_modern(text, token, plural=plural) for text, token in zip(texts, phrase, strict=True)]
    out = [replace(t, text=text) for t, text in zip(tokens[start:end], texts, strict=True)]
    return out, end, any(r.case == "dat" for r in readings)


def _modern(form: str, noun: Token, *, plural: bool) -> str:
    """A dative singular without the old "-e" ("dem Amte" -> "dem Amt"), as today's German writes it; a
    plural that is already a dative plural stays as written ("den Dominions", not "den Dominien")."""
    if noun.pos != "NN" or form == noun.text:
        return form
    found = nouns.readings(noun.text, noun.morphemes)
    if plural and any(r.case == "dat" and r.number == "pl" for r in found):
        return noun.text
    if not form.endswith("e"):
        return form
    singular = [r for r in nouns.readings(noun.text, noun.morphemes) if r.number == "sg"]
    nominative = {r.inflect("nom", "sg") for r in singular}
    return form[:-1] if form[:-1] in nominative else form


def _single_dative(phrase: Tokens, readings: frozenset[agreement.PhraseReading]) -> list[str] | None:
    """The dative of a determiner, adjectives and one noun whose genitive readings the agreement layer finds
    ambiguous, when every reading that fits HanTa's lemma gives the same words: "des Teils" (masculine or
    neuter) -> "dem Teil", "der Halle" (Halle, not the plural of Hall) -> "der Halle". None otherwise.

    With a determiner an adjective has the same ending in the genitive and the dative ("des großen",
    "dem großen"; "der großen"), so only the determiner and the noun change."""
    found = agreement.determiner(phrase[0].text)
    noun = phrase[-1]
    if found is None or noun.pos != "NN" or any(t.pos in {"NN", "NNA", "CARD"} for t in phrase[1:-1]):
        return None
    candidates = [r for r in nouns.readings(noun.text, noun.morphemes) if r.case == "gen"]
    own = [r for r in candidates if r.lemma.lower() == noun.lemma.lower()]
    renderings = set()
    for slot in (r for r in readings if r.case == "gen"):
        target = agreement.PhraseReading("dat", slot.number, slot.gender)
        article = found.form(target)
        for reading in own or candidates:
            fits = reading.number == slot.number and reading.gender in {slot.gender, ""}
            if fits and not reading.declension:
                renderings.add((article, reading.inflect("dat", slot.number)))
    if len(renderings) != 1 or None in next(iter(renderings)):
        return None
    article, form = renderings.pop()
    first = article[0].upper() + article[1:] if phrase[0].text[:1].isupper() else article
    return [first, *(t.text for t in phrase[1:-1]), form]


def _plausible(new: str, old: str) -> bool:
    """Whether a word the rule made is a German word form: unchanged, the old form without its genitive
    ending or with the dative plural "-n" ("Seniorenrats" -> "Seniorenrat", "Knie" -> "Knien"), or known to
    the word list."""
    return new == old or old.startswith(new) or new == old + "n" or wordforms.known(new)


def _as_read(tokens: Tokens, index: int, quantity: bool) -> Token:
    """A token as the agreement layer should read it: a place adjective as an adjective that is never
    inflected, a noun of quantity as a numeral (it makes the phrase plural)."""
    token = tokens[index]
    if quantity:
        return replace(token, pos="CARD")
    return replace(token, pos="ADJA") if _place_adjective(tokens, index) else token


def _name_follows(tokens: Tokens, end: int) -> bool:
    """A club's name ("Förderverein der Stadtbücherei e. V.") or a name in the genitive after the noun ("der
    Söhne Mannheims", a band): the phrase is part of a name. A country or region of genitive_names.tsv is
    none ("der Teilung Deutschlands")."""
    following = tokens[end] if end < len(tokens) else None
    if following is None:
        return False
    if following.text in {"e.", "e.V.", "e. V."}:
        return True
    name = following.text
    return (
        following.pos == "NE"
        and name.endswith("s")
        and name[:-1] not in _known_names()  # "der Teilung Deutschlands" is no name
        and (name != following.lemma or zipf(name[:-1]) > zipf(name))
    )


@cache
def _dative_verbs() -> frozenset[str]:
    return words("rewrite/dative_verbs.tsv")


def _dative_object(clause: Tokens, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` may be the dative object of a verb that takes one: the noun phrase
    before it follows that verb ("dankte die Stadt der Feuerwehr", "überreicht die Urkunde der Siegerin") or
    the verb follows it at the end of a clause ("..., weil die Stadt der Feuerwehr dankt"), unless the phrase
    before is a dative itself ("dankte den Helfern der Feuerwehr")."""
    index = start - 2
    while index >= 0 and (clause[index].pos in MODIFIERS | DETERMINERS or _place_adjective(clause, index)):
        index -= 1
    taken = agreement.readings(clause[index + 1 : start])
    if taken and all(r.case == "dat" for r in taken):
        return False  # "dankte den Helfern der Feuerwehr": the dative object is the phrase before
    while index >= 0 and clause[index].pos in {"ADV", "PRF", "PPER", "PTKNEG", "ADJD"}:
        index -= 1
    before = clause[index] if index >= 0 else None
    final = end + 1 >= len(clause) or clause[end + 1].pos in {"$,", "$.", "KON"}
    after = clause[end] if end < len(clause) and final else None
    verbs = [t for t in (before, after) if t is not None and t.pos.startswith("V")]
    return any(t.lemma.lower() in _dative_verbs() for t in verbs)


def _starts_genitive(tokens: Tokens, index: int) -> bool:
    """Whether a genitive article or possessive determiner stands at ``index``."""
    if index >= len(tokens):
        return False
    token = tokens[index]
    lower = token.text.lower()
    return (token.pos == "ART" and lower in GENITIVE_ARTICLES) or (
        token.pos == "PPOSAT" and lower in POSSESSIVES
    )


def _chain(tokens: Tokens, start: int, *, nested: bool) -> tuple[Tokens, int, bool] | None:
    """The dative of a genitive and its conjuncts ("des Stadtrats, der Sparkasse und des Jugendparlaments").

    Conjuncts after a comma count only when "und"/"oder"/"sowie" closes the list. A conjunct after "und"
    that cannot be rewritten makes the whole chain None: a mixed list would be wrong, and "des Amts und der
    Bürgermeister" may be either a genitive plural or a new subject. After a comma only a conjunct that is
    surely a genitive ("des", "eines", "seines") does so. ``nested``: the noun before is itself a genitive,
    so a conjunct with its own determiner may belong to it ("der Veränderung der Struktur und des Anstiegs"):
    no conjuncts are taken.
    """
    found = _phrase(tokens, start)
    if found is None:
        return None
    out, index, dative = found
    end = index
    pending: Tokens = []  # conjuncts after a comma, waiting for the closing "und"
    certain = False  # whether a pending conjunct is surely a genitive ("des", "eines", "seines")
    while not nested and index + 1 < len(tokens) and _starts_genitive(tokens, index + 1):
        joint = tokens[index]
        if joint.text != "," and joint.text not in JOINTS:
            break
        conjunct = _phrase(tokens, index + 1)
        unambiguous = tokens[index + 1].text.lower().endswith("es")
        if conjunct is None:
            return None if unambiguous or pending or joint.text != "," else (out, end, dative)
        if joint.text == ",":
            pending.extend([joint, *conjunct[0]])
            certain = certain or unambiguous
            index = conjunct[1]
            continue
        out = [*out, *pending, joint, *conjunct[0]]
        pending = []
        end = conjunct[1]
        dative = dative and conjunct[2]
        break
    if pending and certain:
        return None  # "des Stadtrats, des Vereins" with no closing "und": unsure what the list is
    if _contrast_follows(tokens, end):
        return None  # "kein Gott der Toten, sondern der Lebenden": the second genitive would stay
    return out, end, dative and not pending


def _contrast_follows(tokens: Tokens, end: int) -> bool:
    """ ", sondern der ..." or ", aber des ...": a coordinated genitive the chain does not take."""
    at = end + 1 if end < len(tokens) and tokens[end].text == "," else end
    return (
        at < len(tokens)
        and tokens[at].pos == "KON"
        and tokens[at].text.lower() not in JOINTS
        and _starts_genitive(tokens, at + 1)
    )


def _nested(out: Tokens) -> bool:
    """Whether the noun at the end of ``out`` is itself in the genitive ("angesichts der Veränderung")."""
    index = len(out) - 2
    while index >= 0 and (out[index].pos in MODIFIERS or _place_adjective(out, index)):
        index -= 1
    if index < 0 or out[index].text.lower() not in GENITIVE_ARTICLES | POSSESSIVES:
        return False
    if out[index].text.lower().endswith("es"):
        return True
    before = out[index - 1] if index else None
    return before is not None and (
        before.pos in {"NN", "NNA"} or (before.pos == "APPR" and "gen" in agreement.governed(before.text))
    )


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


def _fixed(clause: Tokens, index: int, out: Tokens) -> int:
    """Tokens of a fixed expression at ``index`` (or one that began at the word before) to copy, or 0."""
    if length := fixed_length(clause, index):
        return length
    if out and index and (length := fixed_length(clause, index - 1)):
        return length - 1  # "des Hauses der Jugend": the name stays whole
    return 0


@rule("S7.genitive", kind="clause", levels=("leichte",))
def genitive(clause: Tokens) -> list[Tokens] | None:
    """S7: "NOUN des/der ... NOUN" -> "NOUN von dem/der ... NOUN"; "wegen des X" -> "wegen dem X"."""
    out: Tokens = []
    index = 0
    changed = False
    flags = top_level(clause)  # quotations stay word for word
    time_nouns = mapping("rewrite/time_nouns.tsv")
    while index < len(clause):
        if length := _fixed(clause, index, out):
            out.extend(clause[index : index + length])  # "Tag der offenen Tür" stays a name
            index += length
            continue
        previous = out[-1] if out else None
        after_noun = (
            previous is not None
            and flags[index]
            and previous.text.lower() not in time_nouns
            and not (len(out) > 1 and out[-2].text.lower() == "von")
        )
        noun_before = previous is not None and previous.pos in {"NN", "NNA"}
        if (
            after_noun
            and _starts_genitive(clause, index)
            and (noun_before or previous.text.lower() in GENITIVE_PREPOSITIONS)
            and (found := _chain(clause, index, nested=noun_before and _nested(out)))
            and not (found[2] and _dative_object(clause, index, found[1]))
        ):
            phrase, index, _dative = found
            if noun_before:
                out.extend(_von(phrase[0]))
                phrase = phrase[1:]
            out.extend(phrase)
            changed = True
            continue
        if (
            after_noun
            and previous.pos == "NN"
            and _determined(out)
            and not _nested(out)
            and (name := _name(clause, index))
        ):
            out.extend([*_von(None), name])
            index += 1
            changed = True
            continue
        out.append(clause[index])
        index += 1
    return [out] if changed else None
