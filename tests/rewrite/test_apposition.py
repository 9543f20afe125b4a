"""The rules of simplify/rewrite/apposition.py, by their table of examples (tests/rewrite/examples/apposition.tsv),
and issue 13, shape 1: an enumeration is never read as a name and its apposition ("Judo ist Tennis.")."""

from __future__ import annotations

import pytest

from tests.rewrite.examples import examples_test, rewrite

test_examples = examples_test("apposition")

# Enumerations of places, sports, brands, names and guests: no "X ist Y", every item stays in the list.
ENUMERATIONS = [
    "Die Umleitung führt über Altdorf, Neuheim, Bergen und Talhausen.",
    "Auszeichnungen gab es für Erfolge im Rudern, Fechten, Turnen oder Reiten.",
    "Die Marken Opel, Borgward, Hansa und Lloyd waren damals sehr beliebt.",
    "Auf dem Fest spielen Jazz, Blues, Rock und Soul.",
    "Der Bus hält in Lindau, Wangen, Isny und Kempten.",
    "Die Sieger kommen aus Bremen, Köln, Ulm oder Kiel.",
    "Wir danken Anna Berg, Tom Weber, Lisa Sommer und Jan Kurz für ihre Hilfe.",
    "In Anwesenheit von Pfarrer Karl Stein, der Bürgermeisterin Eva Roth, Schulrat Ole Berg und vielen Eltern "
    "begann das Fest.",
    "Die Kinder spielen Fußball, Handball, Tennis und Schach.",
]

# A long enumeration of guests becomes a list; each item keeps its title and case.
LISTED = [
    (
        "Zum Empfang kamen Pfarrerin Anna Roth, der stellvertretende Bürgermeister Jens Kahl, Schulrat Peter Brand "
        "und viele Eltern.",
        [
            "Zum Empfang kamen:",
            "- Pfarrerin Anna Roth",
            "- Der stellvertretende Bürgermeister Jens Kahl",
            "- Schulrat Peter Brand",
            "- Viele Eltern",
        ],
    ),
]

# Real appositions: a role after a name (or a name after the role), in the name's case.
APPOSITIONS = [
    (
        "Anna Berg, Leiterin des Kulturamts, eröffnet die Ausstellung.",
        ["Anna Berg ist Leiterin vom Kulturamt.", "Anna Berg eröffnet die Ausstellung."],
    ),
    (
        "Wir danken Anna Berg, der neuen Leiterin des Amtes, für ihre Arbeit.",
        ["Wir danken Anna Berg für ihre Arbeit.", "Anna Berg ist die neue Leiterin vom Amt."],
    ),
    (
        "Es spricht Tom Weber, Vorsitzender des Sportvereins.",
        ["Es spricht Tom Weber.", "Tom Weber ist Vorsitzender vom Sportverein."],
    ),
    (
        "Die Leiterin des Jugendamts, Ulrike Haase, begrüßte die Gäste.",
        ["Ulrike Haase ist die Leiterin vom Jugendamt.", "Ulrike Haase hat die Gäste begrüßt."],
    ),
    (
        "Morgen kommt Jens Kahl, der Präsident des Landtags, nach Kassel.",
        ["Morgen kommt Jens Kahl nach Kassel.", "Jens Kahl ist der Präsident vom Landtag."],
    ),
    (
        "Das Buch stammt von Frank Gnegel, Autor einer Geschichte der Rasur.",
        ["Das Buch stammt von Frank Gnegel.", "Frank Gnegel ist Autor von einer Geschichte von der Rasur."],
    ),
]


@pytest.mark.parametrize("source", ENUMERATIONS)
def test_an_enumeration_is_never_an_apposition(source: str) -> None:
    assert rewrite(source) == [source]


@pytest.mark.parametrize(("source", "expected"), LISTED)
def test_a_long_enumeration_of_guests_becomes_a_list(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), APPOSITIONS)
def test_an_apposition_becomes_a_sentence_with_ist(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected
