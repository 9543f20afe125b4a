"""Z1, Z2, Z4, Z5, Z6: numbers, dates and times in the standard forms of Leichte Sprache."""

import pytest

from simplify.rewrite import numbers, rules
from tests.rewrite.examples import examples_test

NUMBER_WORDS = [
    ("Vier Jugendliche verbrachten zwei Wochen in Japan.", "4 Jugendliche verbrachten 2 Wochen in Japan."),
    ("Ein Vierteljahrhundert bestehen die Partnerschaften.", "25 Jahre bestehen die Partnerschaften."),
    ("Seit einem Vierteljahrhundert gibt es den Markt.", "Seit 25 Jahren gibt es den Markt."),
    ("Es kamen einundzwanzig Gäste.", "Es kamen 21 Gäste."),
    ("Der Saal hat dreihundertvierzig Plätze.", "Der Saal hat 340 Plätze."),
    ("Seit zwei Jahrzehnten gibt es das Fest.", "Seit 20 Jahren gibt es das Fest."),
    ("Die Pause dauert eine halbe Stunde.", "Die Pause dauert 30 Minuten."),
    ("Es gibt zwölf Stände und elf Bühnen.", "Es gibt 12 Stände und 11 Bühnen."),
    ("Platz eins geht an die Schule.", "Platz 1 geht an die Schule."),
    (
        "Die zweitägige Reise und die fünfzigjährige Tradition.",
        "Die 2-tägige Reise und die 50-jährige Tradition.",
    ),
    ("Der Bus fährt dreimal am Tag.", "Der Bus fährt 3-mal am Tag."),
    ("Es werden etwa dreißig Helfer gesucht.", "Es werden ungefähr 30 Helfer gesucht."),
    ("Etwa 40 Menschen kamen.", "Ungefähr 40 Menschen kamen."),
    # must not fire: the article "ein", nouns, ordinal adverbs, words containing number words
    ("Ein Bus fährt in eine Stadt.", "Ein Bus fährt in eine Stadt."),
    ("Bitte geben Sie Acht.", "Bitte geben Sie Acht."),
    ("Sie sind zu zweit und achten auf die Zeit.", "Sie sind zu zweit und achten auf die Zeit."),
    ("Einer der Gäste kam aus Neunkirchen.", "Einer der Gäste kam aus Neunkirchen."),
    ("Das ist einfach und geht einmal im Jahr.", "Das ist einfach und geht einmal im Jahr."),
    ("Die Mehrfachnutzung und das Dreieck.", "Die Mehrfachnutzung und das Dreieck."),
    ("Kann etwa ein Kind den Weg finden?", "Kann etwa ein Kind den Weg finden?"),  # a particle
]

ROMAN = [
    ("Teil II beginnt im Mai.", "Teil 2 beginnt im Mai."),
    ("Der Bau startet im III. Quartal.", "Der Bau startet im 3. Quartal."),
    ("Die Stufe IV gilt ab heute.", "Die Stufe 4 gilt ab heute."),
    ("Kapitel XII erklärt die Regeln.", "Kapitel 12 erklärt die Regeln."),
    ("Bauabschnitt I ist fertig.", "Bauabschnitt 1 ist fertig."),
    # must not fire: names of rulers, single letters without a noun, words in capitals
    ("Das Schloss stammt von Karl V. und Ludwig XIV.", "Das Schloss stammt von Karl V. und Ludwig XIV."),
    ("Kaiser Wilhelm II. kam 1900.", "Kaiser Wilhelm II. kam 1900."),
    ("Die Spannung beträgt 5 V.", "Die Spannung beträgt 5 V."),
    ("Der MIX aus CD und DVD.", "Der MIX aus CD und DVD."),
    ("Ich gehe.", "Ich gehe."),
]

DATES = [
    ("Am 27.01.2026 ist Gedenktag.", "Am 27. Januar 2026 ist Gedenktag."),
    (
        "Die Reise findet vom 3. bis 4. Dezember statt.",
        "Die Reise findet vom 3. Dezember bis zum 4. Dezember statt.",
    ),
    (
        "Die Reise findet am 3.-4. Dezember statt.",
        "Die Reise findet vom 3. Dezember bis zum 4. Dezember statt.",
    ),
    (
        "Der Markt ist vom 3. bis zum 4. Dezember 2026.",
        "Der Markt ist vom 3. Dezember bis zum 4. Dezember 2026.",
    ),
    ("3.–4. Mai: Stadtfest", "Vom 3. Mai bis zum 4. Mai: Stadtfest"),
    ("Offen vom 30. November bis 2. Dezember.", "Offen vom 30. November bis zum 2. Dezember."),
    ("Offen vom 3.12. bis 4.12.2026.", "Offen vom 3. Dezember bis zum 4. Dezember 2026."),
    ("Stichtag ist der 01.04.2026.", "Stichtag ist der 1. April 2026."),
    ("Stand: 2026-01-27", "Stand: 27. Januar 2026"),
    (
        "Die Feiertage (25.12. und 26.12.) sind frei.",
        "Die Feiertage (25. Dezember und 26. Dezember) sind frei.",
    ),
    # must not fire: section numbers, invalid dates, dates already in the standard form
    ("Siehe Abschnitt 3.2. im Plan.", "Siehe Abschnitt 3.2. im Plan."),
    ("Der Wert 45.13.2026 ist kein Datum.", "Der Wert 45.13.2026 ist kein Datum."),
    ("Vom 3. Dezember bis zum 4. Dezember.", "Vom 3. Dezember bis zum 4. Dezember."),
]

TIMES = [
    ("Los geht es um 9 Uhr.", "Los geht es um 9:00 Uhr."),
    ("Los geht es um 9.30 Uhr.", "Los geht es um 9:30 Uhr."),
    ("Treffpunkt ist um 09:15 Uhr.", "Treffpunkt ist um 9:15 Uhr."),
    ("Um 18 Uhr und um 20.45 Uhr.", "Um 18:00 Uhr und um 20:45 Uhr."),
    ("Geöffnet 9-10 Uhr.", "Geöffnet von 9:00 Uhr bis 10:00 Uhr."),
    ("Geöffnet von 9.30 - 12 Uhr.", "Geöffnet von 9:30 Uhr bis 12:00 Uhr."),
    ("Sprechstunde von 8 bis 12 Uhr.", "Sprechstunde von 8:00 Uhr bis 12:00 Uhr."),
    ("Kommen Sie zwischen 9 und 10 Uhr.", "Kommen Sie zwischen 9:00 Uhr und 10:00 Uhr."),
    ("Montag-Freitag geöffnet.", "Von Montag bis Freitag geöffnet."),
    ("Das war in den Jahren 1993-1994.", "Das war in den Jahren 1993 bis 1994."),
    # must not fire: already standard, hours over 24, falling ranges, phone-like numbers
    ("Los geht es um 9:00 Uhr.", "Los geht es um 9:00 Uhr."),
    ("Das Spiel endet 3:1.", "Das Spiel endet 3:1."),
    ("Die Uhr zeigt 25 Uhr an.", "Die Uhr zeigt 25 Uhr an."),
    ("Das Ergebnis war 10-2.", "Das Ergebnis war 10-2."),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_WORDS)
def test_number_words(text: str, expected: str) -> None:
    assert numbers.number_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROMAN)
def test_roman_numerals(text: str, expected: str) -> None:
    assert numbers.roman_numerals(text) == expected


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates(text: str, expected: str) -> None:
    assert numbers.dates(text) == expected


def number_rules(text: str) -> tuple[str, list[str]]:
    """The number rules (Z1-Z6) in the order of the post-processing -> text and the names that fired."""
    fired = []
    for rule in rules.ordered("text"):
        if rule.ids[0].startswith("Z") and (changed := rule.apply(text)) != text:
            fired.append(rule.name)
            text = changed
    return text, fired


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_times_and_ranges(text: str, expected: str) -> None:
    assert number_rules(text)[0] == expected


@pytest.mark.parametrize(("text", "_expected"), NUMBER_WORDS + ROMAN + DATES + TIMES)
def test_rewrite_is_idempotent(text: str, _expected: str) -> None:
    once = number_rules(text)[0]
    assert number_rules(once) == (once, [])


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("vier", 4),
        ("einundzwanzig", 21),
        ("hundert", 100),
        ("zweitausendfünfhundert", 2500),
        ("eins", 1),
        ("siebenundneunzig", 97),
        ("ein", None),
        ("einer", None),
        ("achten", None),
        ("Vier", None),
    ],
)
def test_cardinal(word: str, value: int | None) -> None:
    assert numbers.cardinal(word) == value


def test_rule_names_say_what_fired() -> None:
    assert number_rules("Am 27.01.2026 um 9 Uhr kommen vier Gäste.") == (
        "Am 27. Januar 2026 um 9:00 Uhr kommen 4 Gäste.",
        ["Z1.number_words", "Z4.dates", "Z5.times"],
    )


test_examples = examples_test("numbers")
