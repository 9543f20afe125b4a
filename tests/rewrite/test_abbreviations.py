"""W7: abbreviations are written out; the allow-list keeps well-known ones."""

import pytest

from simplify.rewrite import abbreviations
from tests.rewrite.examples import examples_test

CASES = [
    ("Wir feiern z. B. im Rathaus.", "Wir feiern zum Beispiel im Rathaus."),
    ("Wir feiern z.B. im Rathaus.", "Wir feiern zum Beispiel im Rathaus."),
    ("Z. B. im Rathaus.", "Zum Beispiel im Rathaus."),
    ("Es kommen ca. 50 Gäste.", "Es kommen ungefähr 50 Gäste."),
    ("Es gibt Musik, Essen usw.", "Es gibt Musik, Essen und so weiter."),
    ("Sie zahlen 5 bzw. 10 Euro.", "Sie zahlen 5 oder 10 Euro."),
    ("Tel. 0631 3654336", "Telefon 0631 3654336"),
    ("Die Strecke ist 5 km lang.", "Die Strecke ist 5 Kilometer lang."),
    ("Fahren Sie höchstens 30 km/h.", "Fahren Sie höchstens 30 Kilometer pro Stunde."),
    ("Das Büro ist in der Hauptstr. 5.", "Das Büro ist in der Hauptstraße 5."),
    ("Es kostet 2 Mio. Euro.", "Es kostet 2 Millionen Euro."),
    ("Geöffnet Mo. und Di.", "Geöffnet Montag und Dienstag."),
    ("Der Verein Zukunft e. V. hilft.", "Der Verein Zukunft hilft."),
    # must not fire: allow-list, unknown abbreviations, units without a number, words that contain them
    ("Der Lkw steht am WC in der EU.", "Der Lkw steht am WC in der EU."),
    ("Die Kita in den USA.", "Die Kita in den USA."),
    ("Das DRK und die AWO helfen.", "Das DRK und die AWO helfen."),
    ("Der km-Stand ist hoch.", "Der km-Stand ist hoch."),
    ("Die Frau Dr. Berg kommt.", "Die Frau Dr. Berg kommt."),
    ("Das Kfz-Kennzeichen fehlt.", "Das Kfz-Kennzeichen fehlt."),
    ("Nummer 5 ist dran.", "Nummer 5 ist dran."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_expand(text: str, expected: str) -> None:
    assert abbreviations.expand(text) == expected


@pytest.mark.parametrize(("text", "_expected"), CASES)
def test_expand_is_idempotent(text: str, _expected: str) -> None:
    once = abbreviations.expand(text)
    assert abbreviations.expand(once) == once


@pytest.mark.parametrize(
    ("word", "known"), [("z. B.", True), ("usw.", True), ("WC", True), ("Tel", True), ("Haus", False)]
)
def test_known(word: str, known: bool) -> None:
    assert abbreviations.known(word) is known


CAPITALS = [
    ("BUNT GEMISCHT", "Bunt gemischt"),
    ("AKTUELL: Die STADT feiert.", "Aktuell: Die Stadt feiert."),
    ("Das ist WICHTIG.", "Das ist wichtig."),
    ("NEUIGKEITEN aus KASSEL", "Neuigkeiten aus Kassel"),
    ("Alle TERMINE im Mai.", "Alle Termine im Mai."),
    ("Die Feier ist KOSTENLOS.", "Die Feier ist kostenlos."),
    # must not fire: allowed abbreviations, rare acronyms, short words, mixed case
    ("Die IHK und der BUND helfen.", "Die IHK und der BUND helfen."),
    ("Der ADAC und die UNESCO.", "Der ADAC und die UNESCO."),
    ("Die KVV fährt.", "Die KVV fährt."),
    ("Das WC ist im EG.", "Das WC ist im EG."),
    ("Die Kita öffnet.", "Die Kita öffnet."),
    ("Mail an INFO@stadt-beispiel.de", "Mail an INFO@stadt-beispiel.de"),
    # spoken abbreviations are never lowercased; a name keeps its capitals or gets one capital letter
    ("Hier startet die DLRG ihr Rennen.", "Hier startet die DLRG ihr Rennen."),
    ("Das Geld ist zur Stärkung des ÖPNV.", "Das Geld ist zur Stärkung des ÖPNV."),
    ("Es spricht Frau ALBERS.", "Es spricht Frau ALBERS."),
    ("Es spricht Frau BRAUN.", "Es spricht Frau Braun."),
]


@pytest.mark.parametrize(
    ("word", "spoken"), [("DLRG", True), ("ÖPNV", True), ("WICHTIG", False), ("SCHNELL", False)]
)
def test_spoken_abbreviations(word: str, spoken: bool) -> None:
    assert abbreviations.spoken_abbreviation(word) is spoken


@pytest.mark.parametrize(("text", "expected"), CAPITALS)
def test_capitals(text: str, expected: str) -> None:
    once = abbreviations.capitals(text)
    assert once == expected
    assert abbreviations.capitals(once) == once


def test_allow_list() -> None:
    assert {"WC", "Lkw", "Kita", "EU", "USA"} <= abbreviations.lexicon().allowed


test_examples = examples_test("abbreviations")
