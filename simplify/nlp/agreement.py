"""Agreement in German noun phrases: the case, number and gender a phrase can have, and reinflection.

A phrase is a run of tagged tokens (STTS): an optional preposition ("mit", "von", or a contraction "vom",
"im"), an optional determiner (the definite article; "dieser", "jener", "jeder", "welcher", "alle"; "ein",
"kein" and the possessives "mein", "dein", "sein", "ihr", "unser", "euer", "Ihr"), adjectives, numbers and a
noun, and further nouns joined by "und", "oder", "sowie" or a comma ("den Künstlerinnen und Künstlern"). Its
readings are what the preposition, the determiner, the adjective endings (strong without a determiner, weak
after "der", mixed after "ein") and the noun forms (``simplify.nlp.nouns``) all allow. Gender is "" in the
plural, where German does not show it. The determiner and adjective paradigms are German grammar, written out
below; the prepositions are a data file (``data/nlp/prepositions.tsv``).

Coordinated nouns: a conjunct without its own determiner shares the first one's determiner and number ("mit
Künstlerinnen und Künstler" has no reading), and the whole phrase reads as plural.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Literal, NamedTuple

from simplify.document import Token
from simplify.lexicon import table
from simplify.nlp import nouns
from simplify.nlp.nouns import CASES, Case, Declension, Gender, Number

__all__ = ["Determiner", "PhraseReading", "contraction", "determiner", "governed", "readings", "reinflect"]


class PhraseReading(NamedTuple):
    """One reading of a phrase: case, number and gender ("" in the plural)."""

    case: Case
    number: Number
    gender: Gender


SLOTS: tuple[PhraseReading, ...] = tuple(
    PhraseReading(case, "pl" if g == "" else "sg", g) for g in ("m", "f", "n", "") for case in CASES
)


def _paradigm(endings: str) -> dict[PhraseReading, str]:
    """16 endings in the order m, f, n, plural, each nom gen dat acc; "-" is no ending."""
    return {slot: "" if e == "-" else e for slot, e in zip(SLOTS, endings.split(), strict=True)}


DEFINITE = _paradigm("der des dem den  die der der die  das des dem das  die der den die")
PRONOMINAL = _paradigm("er es em en  e er er e  es es em es  e er en e")  # dieser, jeder, welcher, alle
INDEFINITE = _paradigm("- es em en  e er er e  - es em -  e er en e")  # ein, kein, mein, unser
STRONG = _paradigm("er en em en  e er er e  es en em es  e er en e")  # adjectives without a determiner
WEAK = _paradigm("e en en en  e en en e  e en en e  en en en en")  # after der, dieser
MIXED = _paradigm("er en en en  e en en e  es en en es  en en en en")  # after ein, kein, mein

DER_STEMS = ("dies", "jen", "jed", "welch", "manch", "solch", "all")
EIN_STEMS = ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur")
ENDINGS = ("em", "en", "er", "es", "e")
DETERMINER_TAGS = {"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PWAT"}
CONJUNCTIONS = {"und", "oder", "sowie", ","}
SKIPPED_TAGS = {"ADV", "ADJD", "PTKNEG", "TRUNC"}
Kind = Literal["definite", "der", "ein"]


@dataclass(frozen=True, slots=True)
class Determiner:
    """A determiner as stem and kind: "dem" (definite), "dies" + er-endings, "kein" + ein-endings."""

    kind: Kind
    stem: str = ""

    def form(self, slot: PhraseReading) -> str | None:
        """The determiner in ``slot``; None where it has none ("ein" and "jeder" in the plural)."""
        if self.kind == "definite":
            return DEFINITE[slot]
        if slot.number == "pl" and self.stem in {"ein", "jed"}:
            return None
        ending = (PRONOMINAL if self.kind == "der" else INDEFINITE)[slot]
        if self.stem in {"euer", "eur"}:  # "euer Haus", "eure Häuser"
            return "euer" if not ending else "eur" + ending
        return self.stem + ending

    @property
    def adjectives(self) -> dict[PhraseReading, str]:
        return WEAK if self.kind != "ein" else MIXED

    def slots(self, word: str) -> frozenset[PhraseReading]:
        return frozenset(slot for slot in SLOTS if self.form(slot) == word.lower())


def determiner(word: str) -> Determiner | None:
    """The determiner a word is a form of ("dem", "keinen", "eurem", "Ihre"), or None."""
    lower = word.lower()
    if lower in DEFINITE.values():
        return Determiner("definite")
    for kind, stems, paradigm in (("der", DER_STEMS, PRONOMINAL), ("ein", EIN_STEMS, INDEFINITE)):
        for stem in stems:
            if lower.startswith(stem) and lower[len(stem) :] in paradigm.values():
                found = Determiner(kind, stem)
                if found.slots(lower):
                    return found
    return None


@dataclass(slots=True)
class _Conjunct:
    """One noun of a phrase and what stands before it (token indexes)."""

    determiner: int | None = None
    article: str = ""
    """The determiner that governs it: its own, the article of a contraction ("dem" of "vom") or the first
    conjunct's."""
    adjectives: list[int] = field(default_factory=list)
    numerals: list[int] = field(default_factory=list)
    noun: int | None = None

    @property
    def governing(self) -> Determiner | None:
        return determiner(self.article) if self.article else None


@dataclass(slots=True)
class _Phrase:
    tokens: Sequence[Token]
    cases: tuple[Case, ...] = CASES
    preposition: bool = False
    conjuncts: list[_Conjunct] = field(default_factory=list)


def governed(preposition: str) -> tuple[Case, ...]:
    """The cases a preposition governs, the standard one first: "mit" -> ("dat",), "in" -> ("dat", "acc")."""
    row = _prepositions().get(preposition.lower())
    return tuple(row[0].split()) if row else ()


def contraction(word: str) -> tuple[str, str] | None:
    """Preposition and article of a contraction: "vom" -> ("von", "dem"), "im" -> ("in", "dem"); else None."""
    row = _prepositions().get(word.lower())
    if not row or len(row) < 2:
        return None
    preposition, article = row[1].split()
    return preposition, article


@cache
def _prepositions() -> dict[str, tuple[str, ...]]:
    return {row[0]: row[1:] for row in table("nlp/prepositions.tsv")}


def readings(tokens: Sequence[Token]) -> frozenset[PhraseReading]:
    """Every (case, number, gender) the phrase can have; none if its words disagree ("den Friedrichstraße").

    A noun the list does not know constrains nothing (the determiner and adjectives still do).
    """
    phrase = _parse(tokens)
    return frozenset(_combined(phrase, _conjunct_slots(phrase)))


def reinflect(tokens: Sequence[Token], case: Case, *, source: Case | None = None) -> list[str] | None:
    """The phrase in ``case`` with the same number and gender: one text per token (other tokens unchanged).

    "dem großen Krieg" -> nominative "der große Krieg". ``source`` is the case the phrase is in when the
    caller knows it ("der Lehrer" may be nominative singular or genitive plural). None when it cannot be sure:
    a preposition fixes the case, a noun is unknown, or number and gender stay ambiguous.
    """
    phrase = _parse(tokens)
    if phrase.preposition or not phrase.conjuncts or any(c.noun is None for c in phrase.conjuncts):
        return None
    per_conjunct = _conjunct_slots(phrase)
    cases = {r.case for r in _combined(phrase, per_conjunct)} & ({source} if source else set(CASES))
    texts = [t.text for t in tokens]
    for conjunct, slots in zip(phrase.conjuncts, per_conjunct, strict=True):
        kept = {s for s in slots if s.case in cases}
        if len({(s.number, s.gender) for s in kept}) != 1:
            return None
        target = PhraseReading(case, next(iter(kept)).number, next(iter(kept)).gender)
        if not _rewrite(tokens, conjunct, kept, target, texts):
            return None
    return texts


def _rewrite(
    tokens: Sequence[Token],
    conjunct: _Conjunct,
    kept: set[PhraseReading],
    target: PhraseReading,
    texts: list[str],
) -> bool:
    """Put one conjunct's determiner, adjectives and noun into ``target``; False when a form is missing."""
    governing = conjunct.governing
    if conjunct.determiner is not None and governing is not None:
        form = governing.form(target)
        if form is None:
            return False
        texts[conjunct.determiner] = _cased(form, tokens[conjunct.determiner].text)
    table_ = STRONG if governing is None else governing.adjectives
    for index in conjunct.adjectives:
        stem, ending = _adjective(tokens[index].text, first=index == 0)
        if ending is not None:
            texts[index] = stem + table_[target]
    noun = conjunct.noun
    if noun is None:
        return False
    fitting = [
        r
        for r in nouns.readings(tokens[noun].text, tokens[noun].morphemes)
        if any(_noun_fits(r, s, governing) for s in kept)
    ]
    forms = {
        r.inflect(target.case, target.number, _noun_declension(governing, target) if r.declension else None)
        for r in _without_doublets(fitting)
    }
    if len(forms) != 1 or None in forms:
        return False
    texts[noun] = forms.pop()
    return True


def _without_doublets(found: list[nouns.NounReading]) -> list[nouns.NounReading]:
    """Drop the rarer lemma of a doublet in -e/-en ("Namen" beside "Name", "Glauben" beside "Glaube")."""
    lemmas = {r.lemma for r in found}
    return [r for r in found if not (r.lemma.endswith("n") and r.lemma[:-1] in lemmas)]


# Reading the phrase.


def _parse(tokens: Sequence[Token]) -> _Phrase:
    """Split the tokens into preposition, conjuncts and what follows the phrase (which is left alone)."""
    phrase = _Phrase(tokens)
    start, article = _preposition(phrase)
    current = _Conjunct(article=article)
    for index in range(start, len(tokens)):
        token = tokens[index]
        word = token.text.lower()
        if current.noun is not None:
            if word in CONJUNCTIONS and _starts_noun_phrase(tokens, index + 1):
                phrase.conjuncts.append(current)
                current = _Conjunct()
                continue
            break
        if token.pos in DETERMINER_TAGS and determiner(token.text) and _empty(current):
            current.determiner, current.article = index, token.text
        elif token.pos in {"ADJA", "PIAT", "PIDAT"}:
            current.adjectives.append(index)
        elif token.pos == "CARD":
            current.numerals.append(index)
        elif _is_noun(token):
            current.noun = index
        elif token.pos not in SKIPPED_TAGS and word not in CONJUNCTIONS:
            break
    if current.noun is not None or not phrase.conjuncts:
        phrase.conjuncts.append(current)
    first = phrase.conjuncts[0]
    for conjunct in phrase.conjuncts[1:]:
        if conjunct.determiner is None:
            conjunct.article = first.article  # "den Bürgerinnen und Bürgern"
    return phrase


def _preposition(phrase: _Phrase) -> tuple[int, str]:
    """Note a leading preposition and the cases it governs; the index after it and a contraction's article."""
    if not phrase.tokens or phrase.tokens[0].pos not in {"APPR", "APPRART"}:
        return 0, ""
    word = phrase.tokens[0].text
    phrase.preposition = True
    phrase.cases = governed(word) or CASES
    contracted = contraction(word)
    return 1, contracted[1] if contracted else ""


def _starts_noun_phrase(tokens: Sequence[Token], index: int) -> bool:
    if index >= len(tokens):
        return False
    return tokens[index].pos in DETERMINER_TAGS | {"ADJA", "CARD"} or _is_noun(tokens[index])


def _is_noun(token: Token) -> bool:
    """NN, NE and HanTa's finer noun tags (NNA for a nominalised adjective)."""
    return token.pos.startswith("NN") or token.pos == "NE"


def _empty(conjunct: _Conjunct) -> bool:
    return conjunct.determiner is None and not conjunct.adjectives and not conjunct.numerals


def _conjunct_slots(phrase: _Phrase) -> list[set[PhraseReading]]:
    """Readings of each conjunct; one without a determiner of its own takes the first one's number."""
    found: list[set[PhraseReading]] = []
    for conjunct in phrase.conjuncts:
        slots = _slots(phrase, conjunct)
        if found and conjunct.determiner is None:
            slots = {s for s in slots if s.number in {f.number for f in found[0]}}
        found.append(slots)
    return found


def _slots(phrase: _Phrase, conjunct: _Conjunct) -> set[PhraseReading]:
    tokens, governing = phrase.tokens, conjunct.governing
    slots = {s for s in (governing.slots(conjunct.article) if governing else SLOTS) if s.case in phrase.cases}
    table_ = STRONG if governing is None else governing.adjectives
    for index in conjunct.adjectives:
        _stem, ending = _adjective(tokens[index].text, first=index == 0)
        if ending is not None:
            slots = {s for s in slots if table_[s] == ending}
    for index in conjunct.numerals:
        number = "sg" if tokens[index].text.lower() in {"1", "ein", "eins", "einer"} else "pl"
        slots = {s for s in slots if s.number == number}
    if conjunct.noun is not None:
        noun = tokens[conjunct.noun]
        found = nouns.readings(noun.text, noun.morphemes)
        if found:
            slots = {s for s in slots if any(_noun_fits(r, s, governing) for r in found)}
    return slots


def _combined(phrase: _Phrase, per_conjunct: list[set[PhraseReading]]) -> Iterator[PhraseReading]:
    """A single noun's readings, or for coordinated nouns the plural in every case all conjuncts allow."""
    if len(per_conjunct) == 1:
        yield from per_conjunct[0]
        return
    cases = set.intersection(*({s.case for s in slots} for slots in per_conjunct))
    yield from (PhraseReading(c, "pl", "") for c in CASES if c in cases)


def _noun_fits(reading: nouns.NounReading, slot: PhraseReading, governing: Determiner | None) -> bool:
    if (reading.case, reading.number) != (slot.case, slot.number):
        return False
    if slot.number == "sg" and reading.gender not in {slot.gender, ""}:
        return False
    return not reading.declension or reading.declension == _noun_declension(governing, slot)


def _noun_declension(governing: Determiner | None, slot: PhraseReading) -> Declension:
    """How a nominalised adjective is inflected: strong alone, weak after "der", mixed after "ein"."""
    if governing is None:
        return "strong"
    return "mixed" if governing.kind == "ein" and slot.number == "sg" else "weak"


def _adjective(word: str, *, first: bool) -> tuple[str, str | None]:
    """Stem and ending of an attributive adjective ("großen" -> "groß", "en"); None for "lila", "Berliner".

    A capitalised adjective in -er that does not start the phrase is a place adjective and never inflected;
    nor is a decade ("1950er").
    """
    if word[:1].isdigit() or (not first and word[:1].isupper() and word.endswith("er")):
        return word, None
    ending = next((e for e in ENDINGS if word.lower().endswith(e) and len(word) > len(e) + 1), None)
    return (word[: len(word) - len(ending)], ending) if ending else (word, None)


def _cased(form: str, original: str) -> str:
    """``form`` with the capital letter of ``original`` (a determiner at the start of a sentence)."""
    return form[0].upper() + form[1:] if original[:1].isupper() else form
