"""The fact guard: facts in canonical form, missing facts, fallback to safer outputs."""

import pytest

from simplify import guard
from simplify.document import Rewrite, Sentence
from simplify.nlp.analysis import analyse_sentence

FACTS = [
    ("Vier Jugendliche kamen.", ["4"]),
    ("Am 27.01.2026 ist Gedenktag.", ["27. Januar", "2026"]),
    ("Am 27. Januar 2026 ist Gedenktag.", ["27. Januar", "2026"]),
    ("Los geht es um 9 Uhr.", ["9:00 Uhr"]),
    ("Es kamen 18.373 Menschen.", ["18373"]),
    ("Der Preis steigt um 2,5 %.", ["2,5"]),
    ("Schreiben Sie an post@stadt-beispiel.de.", ["post@stadt-beispiel.de"]),
    ("Mehr auf www.stadt-beispiel.de/fest.", ["www.stadt-beispiel.de/fest"]),
    ("Rufen Sie an: Tel. 0631 3654336.", ["0631 3654336"]),
    ("Rufen Sie an: +49 (0)351 12 34 56.", ["+49 0 351 12 34 56"]),
    ("Die Bücherei ist in der Hauptstraße 7/9.", ["7/9", "7", "9"]),
    ("Die Reise geht nach Kaiserslautern.", ["Kaiserslautern"]),
    ("Oberbürgermeisterin Beate Kimmel kommt.", ["Beate", "Kimmel"]),
    # no facts: the article "ein", common nouns, the first word of a sentence
    ("Ein Bus fährt in die Stadt.", []),
    ("Das Rathaus ist offen.", []),
    # a footnote marker is no number of the sentence (C2 drops it)
    ("Die Stadt hat 5000 Einwohner[12].", ["5000"]),
]


@pytest.mark.parametrize(("text", "expected"), FACTS)
def test_facts(text: str, expected: list[str]) -> None:
    assert guard.facts(text) == expected


MISSING = [
    # kept in another form
    ("Vier Jugendliche kamen.", "4 Jugendliche kamen.", []),
    ("Am 27.01.2026 ist Gedenktag.", "Der Gedenktag ist am 27. Januar 2026.", []),
    ("Los geht es um 9 Uhr.", "Es beginnt um 9:00 Uhr.", []),
    ("Die Reise ist am 3.-4. Dezember.", "Die Reise ist vom 3. Dezember bis zum 4. Dezember.", []),
    ("Tel. 0631 3654336", "Telefon 0631-3654336", []),  # the same groups of digits
    ("Die Saison 2025/26 beginnt.", "Die Saison 2025 bis 2026 beginnt.", []),
    (
        "Die Städtepartnerschaften Kaiserslauterns sind alt.",
        "Die Städte·partnerschaften von Kaiserslautern sind alt.",
        [],
    ),
    ("Die Reise geht nach Kaiserslautern.", "Die Reise geht nach Kaisers·lautern.", []),
    ("Die Reise geht nach Saint-Quentin.", "Die Reise geht nach Saint-Quentin.", []),
    ("Es steigt um 5 %.", "Es steigt um 5 Prozent.", []),
    ("Ein Vierteljahrhundert gibt es das.", "Das gibt es seit 25 Jahren.", []),
    # lost
    ("Vier Jugendliche kamen.", "Jugendliche kamen.", ["4"]),
    ("Am 27.01.2026 ist Gedenktag.", "Am 27. Januar ist Gedenktag.", ["2026"]),
    ("Los geht es um 9 Uhr.", "Los geht es um 10 Uhr.", ["9:00 Uhr"]),
    ("Schreiben Sie an post@stadt-beispiel.de.", "Schreiben Sie uns.", ["post@stadt-beispiel.de"]),
    ("Die Reise geht nach Kaiserslautern.", "Die Reise geht in eine Stadt.", ["Kaiserslautern"]),
    ("Tel. 0631 3654336", "Telefon 0631 365433", ["0631 3654336"]),
    # a fact keeps its form: the grouping of a phone number, the slash of a house number
    ("Tel. 0631 3654336", "Telefon 0631 365 43 36", ["0631 3654336"]),
    ("Tel. 0351 / 12 34 56", "Telefon 0351 123456", ["0351 12 34 56"]),
    ("Wir sind in der Hauptstraße 7/9.", "Wir sind in der Hauptstraße 7 bis 9.", ["7/9"]),
    ("Die Klassen 3/4 singen.", "Die Klassen 3 Viertel singen.", ["3/4", "4"]),
    ("Es ist 24/7 offen.", "Es ist 24 und 7 offen.", ["24/7"]),
]


@pytest.mark.parametrize(("source", "output", "expected"), MISSING)
def test_missing(source: str, output: str, expected: list[str]) -> None:
    assert guard.missing(source, output) == expected


def _rewrite(source: str, output: list[str]) -> Rewrite:
    return Rewrite(Sentence(source, analyse_sentence(source), "paragraph", 0), output, ["S2"])


def test_apply_keeps_good_outputs() -> None:
    rewrite = _rewrite("Vier Jugendliche kamen aus Kassel.", ["4 Jugendliche kamen aus Kassel."])
    guard.apply([rewrite], fallback=lambda s: pytest.fail("no fallback needed"))
    assert (rewrite.output, rewrite.rules, rewrite.facts_kept, rewrite.facts_missing) == (
        ["4 Jugendliche kamen aus Kassel."],
        ["S2"],
        2,
        [],
    )


def test_apply_uses_the_fallback() -> None:
    rewrite = _rewrite("Vier Jugendliche kamen aus Kassel.", ["Jugendliche kamen."])
    guard.apply([rewrite], fallback=lambda s: ["4 Jugendliche kamen aus Kassel."])
    assert rewrite.output == ["4 Jugendliche kamen aus Kassel."]
    assert rewrite.rules == ["guard-fallback"]
    assert (rewrite.facts_kept, rewrite.facts_missing) == (2, [])


def test_apply_falls_back_to_the_source() -> None:
    rewrite = _rewrite("Vier Jugendliche kamen aus Kassel.", ["Jugendliche kamen."])
    guard.apply([rewrite], fallback=lambda s: ["Sie kamen."])
    assert rewrite.output == ["Vier Jugendliche kamen aus Kassel."]
    assert rewrite.rules == ["guard-fallback"]
    assert (rewrite.facts_kept, rewrite.facts_missing) == (2, [])
