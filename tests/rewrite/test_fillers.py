"""S1.fillers: filler and hedge words that carry no fact are dropped; facts and claims stay."""

from __future__ import annotations

import pytest

from simplify import lexicon
from simplify.rewrite.fillers import TABLE, fillers
from tests.rewrite.examples import examples_test, rewrite

CASES = [
    ("Das Angebot ist nämlich kostenlos.", "Das Angebot ist kostenlos."),
    ("Das ist zwar teuer, aber gut.", "Das ist teuer, aber gut."),
    ("Das ist durchaus möglich.", "Das ist möglich."),
    ("Die Stadt ist bekanntlich schuldenfrei.", "Die Stadt ist schuldenfrei."),
    ("Die Regel gilt im Übrigen auch für Gäste.", "Die Regel gilt auch für Gäste."),
    ("Der Eintritt ist übrigens frei.", "Der Eintritt ist frei."),
    ("Das ist ja schön.", "Das ist schön."),
    ("Die Halle ist eigentlich sehr schön.", "Die Halle ist sehr schön."),
    ("Den Verein gibt es bereits seit 1990.", "Den Verein gibt es seit 1990."),
    ("Der Markt findet schon zum zehnten Mal statt.", "Der Markt findet zum zehnten Mal statt."),
    # a hedge is no quantity: "mindestens" only before a number
    ("Das kostet zumindest 20 Euro.", "Das kostet mindestens 20 Euro."),
    ("Die Zahl kursiert zumindest im Internet.", "Die Zahl kursiert jedenfalls im Internet."),
    (
        "Zumindest für die kommenden zwei Jahre gilt der Vertrag.",
        "Mindestens für die kommenden zwei Jahre gilt der Vertrag.",
    ),
    # must not change: alone before the verb, an enumeration, "und zwar", a plan that was not kept, a fact
    ("Übrigens gibt es Kuchen.", "Übrigens gibt es Kuchen."),
    ("Es gibt drei Orte, nämlich Bonn, Köln und Essen.", "Es gibt drei Orte, nämlich Bonn, Köln und Essen."),
    ("Die Stadt baut, und zwar schnell.", "Die Stadt baut, und zwar schnell."),
    ("Das Fest sollte eigentlich im Mai sein.", "Das Fest sollte eigentlich im Mai sein."),
    ("Ja, das stimmt.", "Ja, das stimmt."),
    ("Die Abfuhr ist bereits am Montag.", "Die Abfuhr ist bereits am Montag."),
    (
        "Erste Änderungen gab es bereits im Maltesergrund.",
        "Erste Änderungen hat es bereits im Maltesergrund gegeben.",
    ),
    (
        "Es kamen nur rund 20 Gäste, noch nicht einmal die Hälfte.",
        "Es kamen nur rund 20 Gäste, noch nicht einmal die Hälfte.",
    ),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_fillers_are_dropped_and_facts_stay(source: str, expected: str) -> None:
    assert rewrite(source) == [expected]


def test_the_filler_table_loads_with_its_header() -> None:
    header = lexicon.header(TABLE)
    assert header.source == "written for this project" and header.licence == "MIT"
    facts = {"nur", "fast", "erst", "noch", "nicht", "kein", "rund", "etwa", "bis"}
    assert fillers() and not facts.intersection(w for f in fillers() for w in f.words)


test_examples = examples_test("fillers")
