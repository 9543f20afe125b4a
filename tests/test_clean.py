"""Cleaning: web and app boilerplate goes, the release (headline, body, contact) stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from simplify.clean import clean
from simplify.document import Source
from simplify.errors import InputError
from simplify.io.parse import parse
from simplify.io.read import read_source
from tests.conftest import ROOT, seed


def cleaned(source: Source) -> tuple[list[str], list[str]]:
    document = clean(source, parse(source))
    return [b.text for b in document.blocks], [r.text for r in document.removed]


def test_seed_000_cookie_banner_and_footer() -> None:
    kept, removed = cleaned(read_source(seed("000")))
    text = "\n".join(kept)
    for gone in (
        "Willkommen zurück",
        "Paywall",
        "Cookies",
        "DSGVO",
        "Werbefreien",
        "Ende des Artikels",
        "Autor:",
        "Veröffentlicht am",
        "künstlicher Intelligenz",
    ):
        assert gone not in text, gone
    assert kept[0] == "Kaiserslautern hat viele Partnerstädte."
    assert kept[-1] == "Das macht Kaiserslautern lebendig und offen für die Welt."
    assert (
        "Kontakt:\nSimone Zapf\nLeiterin Büro für Städtepartnerschaften\nTelefon: 0631 3654336\n"
        "E-Mail: staedtepartnerschaften@kaiserslautern.de" in kept
    )
    assert "Ende des Artikels." in removed


def test_seed_001_share_and_ads_tail() -> None:
    kept, removed = cleaned(read_source(seed("001")))
    text = "\n".join(kept)
    for gone in ("Diesen Inhalt teilen", "Aktuelle Beiträge", "Werbeanzeige", "BUNT GEMISCHT", "Thema:"):
        assert gone not in text, gone
    assert kept[:2] == ["18. September 2025", "Kaiserslautern – Von Bürgerreisen bis Jugendaustausch"]
    assert "Tel. 0631 3654336, E-Mail: staedtepartnerschaften@kaiserslautern.de" in text
    assert removed[-1] == "BUNT GEMISCHT"


def test_seed_004_navigation_social_networks_and_disclaimer() -> None:
    kept, _removed = cleaned(read_source(seed("004")))
    text = "\n".join(kept)
    for gone in ("Startseite", "Soziale Netzwerke", "YouTube", "Veranstaltungskalender", "Gewähr", "Logos"):
        assert gone not in text, gone
    assert "Kontakte zu elf Städten aus aller Welt" in kept
    assert "Hier arbeiten junge Leute ein Jahr lang" in kept[-1]


@pytest.mark.parametrize("prefix", ["002", "003"])
def test_seed_articles_without_boilerplate_lose_nothing_but_repeats(prefix: str) -> None:
    _kept, removed = cleaned(read_source(seed(prefix)))
    original = Path(seed(prefix)).read_text(encoding="utf-8")
    assert all(r in original for r in removed)
    assert len(removed) <= 1  # 003 repeats its title once


OWN_PAGE = """Willkommen bei der Lindenau-App!
Wir nutzen Cookies, um unser Angebot zu verbessern. Mit Ihrer Einwilligung verarbeiten auch Drittanbieter Daten.
Sie können die Einwilligung jederzeit widerrufen.
Alle Cookies akzeptieren

Stadtbücherei verlängert Öffnungszeiten

Die Stadtbücherei Lindenau ist ab 1. April auch samstags geöffnet.
Die Bücherei hat dafür zwei neue Stellen geschaffen.

Kontakt:
Jana Petersen
Telefon: 03456 789-120

Diesen Artikel teilen
Facebook
Ähnliche Artikel
Neue Parkplätze am Bahnhof
-Anzeige-
"""


def test_own_page_with_banner_share_bar_and_related_articles() -> None:
    kept, removed = cleaned(Source(OWN_PAGE))
    assert kept == [
        "Stadtbücherei verlängert Öffnungszeiten",
        "Die Stadtbücherei Lindenau ist ab 1. April auch samstags geöffnet.",
        "Die Bücherei hat dafür zwei neue Stellen geschaffen.",
        "Kontakt:\nJana Petersen\nTelefon: 03456 789-120",
    ]
    assert removed[0] == "Willkommen bei der Lindenau-App!"
    assert removed[-1] == "-Anzeige-"


def test_a_release_that_mentions_cookies_in_its_body_keeps_it() -> None:
    text = (
        "Plätzchen für alle\n\nDer Seniorentreff backt am 5. Dezember Weihnachtsplätzchen.\n\n"
        "Alle Gäste können eigene Rezepte mitbringen.\n\nDie Plätzchen und Cookies werden verkauft.\n\n"
        "Der Erlös geht an die Tafel."
    )
    kept, removed = cleaned(Source(text))
    assert "Die Plätzchen und Cookies werden verkauft." in kept
    assert removed == []


def test_share_marker_before_the_release_only_removes_itself() -> None:
    kept, removed = cleaned(
        Source("Diesen Inhalt teilen!\n\nNeue Bänke im Park\n\nDie Stadt stellt Bänke auf.")
    )
    assert kept == ["Neue Bänke im Park", "Die Stadt stellt Bänke auf."]
    assert removed == ["Diesen Inhalt teilen!"]


def test_nothing_left_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no press release text left"):
        cleaned(Source("-Werbeanzeige-\n\nSuche"))


@pytest.mark.parametrize(
    "path", sorted((ROOT / "tests" / "corpus").glob("boilerplate_*[!d].txt")), ids=lambda p: p.name
)
def test_own_corpus_pages(path: Path) -> None:
    expected_file = path.with_name(path.stem + ".expected.txt")
    expected = [line for line in expected_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    kept, _removed = cleaned(read_source(path))
    assert [line for block in kept for line in block.splitlines()] == expected


def test_title_repeated_after_top_navigation_is_kept() -> None:
    page = "Neue Brücke\nMenü\nRathaus\nStartseite > Presse\n\nNeue Brücke\n\nDie Stadt baut eine neue Brücke über den Fluss."
    kept, removed = cleaned(Source(page))
    assert kept == ["Neue Brücke", "Die Stadt baut eine neue Brücke über den Fluss."]
    assert removed == ["Neue Brücke", "Menü", "Rathaus", "Startseite > Presse"]


MISSING_PERSON = """Frau aus Elsterbrück vermisst

Seit Montagabend wird eine 78-jährige Frau vermisst. Sie braucht Medikamente.

Suche

An der Suche beteiligen sich 80 Einsatzkräfte. Hinweise nimmt die Polizei unter 0351 483-2233 entgegen.

Kontakt:
Polizeidirektion Elsterbrück
E-Mail: presse@polizei.example
"""


def test_a_heading_that_is_a_navigation_word_keeps_what_follows() -> None:
    kept, removed = cleaned(Source(MISSING_PERSON))
    assert "Suche" in kept
    assert "An der Suche beteiligen sich 80 Einsatzkräfte." in " ".join(kept)
    assert kept[-1].endswith("E-Mail: presse@polizei.example")
    assert removed == []
    notes = clean(Source(MISSING_PERSON), parse(Source(MISSING_PERSON))).kept_notes
    assert [(n.text, n.reason) for n in notes] == [
        ("Suche", "behalten: sieht aus wie Navigation, ist aber Text")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blumen zum Muttertag\n\nWas wäre der Muttertag, wenn die Blumen-Werbung nicht daran erinnert? "
        "Der Markt beginnt am 9. Mai.",
        "Bibliothek\n\nEr studierte Journalismus und Werbung.\n\nHeute beziehen viele Menschen ihre Zeitung im Abo.",
        "Cookies\n\nCookies sind kleine Kekse.\n\nSie werden in den USA gern gebacken.",
        "Menü\n\nDas Menü wechselt jede Woche.\n\nEs gibt immer ein vegetarisches Gericht.",
        "Neue App\n\nMehr zum Thema\n\nDie Stadtwerke haben ihre App überarbeitet.",
    ],
)
def test_prose_with_the_words_of_page_furniture_is_kept(text: str) -> None:
    kept, removed = cleaned(Source(text))
    assert removed == []
    assert kept == [block.strip() for block in text.split("\n\n")]


def test_a_menu_word_followed_by_page_furniture_is_still_navigation() -> None:
    page = (
        "Stadt Lindenau\nSuche\nStartseite > Presse\n\nNeue Bänke\n\nDie Stadt stellt Bänke auf.\n\n"
        "Mehr zum Thema\nHerbstmarkt am Kurpark\nStadtrat tagt am Donnerstag"
    )
    kept, removed = cleaned(Source(page))
    assert kept == ["Neue Bänke", "Die Stadt stellt Bänke auf."]
    assert removed == [
        "Stadt Lindenau",
        "Suche",
        "Startseite > Presse",
        "Mehr zum Thema",
        "Herbstmarkt am Kurpark",
        "Stadtrat tagt am Donnerstag",
    ]


def test_only_a_repeated_headline_is_removed_as_a_repeat() -> None:
    text = (
        "Sprechzeiten\n\nSprechzeiten\n\nDie Beratung ist kostenlos.\n\nNord:\n- Montag: 9 bis 12 Uhr\n\n"
        "Süd:\n- Montag: 9 bis 12 Uhr\n\nDie Beratung ist kostenlos.\n\nKontakt:\nGartenweg 5\n"
        "Telefon: 06641 961230\n\nKontakt:\nGartenweg 5\nTelefon: 06641 961230"
    )
    kept, removed = cleaned(Source(text))
    assert removed == ["Sprechzeiten"]
    assert kept.count("Die Beratung ist kostenlos.") == 2
    assert kept.count("Montag: 9 bis 12 Uhr") == 2
    assert kept.count("Kontakt:\nGartenweg 5\nTelefon: 06641 961230") == 2


def test_repeated_table_rows_of_a_page_are_kept() -> None:
    html = (
        "<h1>Öffnungszeiten</h1><p>Das Bürgerbüro hat neue Zeiten.</p><table>"
        "<tr><td>Montag</td><td>8 bis 12 Uhr</td></tr><tr><td>Dienstag</td><td>8 bis 12 Uhr</td></tr></table>"
    )
    kept, removed = cleaned(Source(html, "html"))
    assert kept.count("8 bis 12 Uhr") == 2
    assert removed == []


def test_the_date_of_the_page_metadata_is_the_first_line() -> None:
    page = (
        "Datum: 18. September 2025|Thema: Facebook, Top Aktuell|\n\nNeue Bänke\n\nDie Stadt stellt Bänke auf."
    )
    kept, removed = cleaned(Source(page))
    assert kept == ["18. September 2025", "Neue Bänke", "Die Stadt stellt Bänke auf."]
    assert removed == ["Datum: 18. September 2025|Thema: Facebook, Top Aktuell|"]


def test_an_update_date_or_a_date_the_release_states_is_no_extra_line() -> None:
    page = "Neue Bänke\n\nLindenau, 4. Mai 2026. Die Stadt stellt Bänke auf.\n\nveröffentlicht am: 04.05.2026, 10:14 Uhr"
    assert cleaned(Source(page))[0][0] == "Neue Bänke"
    page = "Neue Bänke\n\nDie Stadt stellt Bänke auf.\n\nZuletzt aktualisiert: 04.05.2026"
    assert cleaned(Source(page))[0][0] == "Neue Bänke"


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        ("Münster (SMS) Die Stadt pflanzt Bäume.", "Münster (SMS)", "Die Stadt pflanzt Bäume."),
        ("Kesselstadt (pks) – Das Bürgeramt zieht um.", "Kesselstadt (pks)", "Das Bürgeramt zieht um."),
        (
            "Sandhagen, 3. März 2026 (fw) In der Nacht brannte es.",
            "Sandhagen, 3. März 2026 (fw)",
            "In der Nacht brannte es.",
        ),
    ],
)
def test_a_dateline_with_an_office_code_is_a_date_line(paragraph: str, dateline: str, rest: str) -> None:
    document = clean(Source(f"Neue Bäume\n\n{paragraph}"), parse(Source(f"Neue Bäume\n\n{paragraph}")))
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [("dateline", dateline), ("paragraph", rest)]


@pytest.mark.parametrize(
    "paragraph",
    ["Halle (Saale) hat einen neuen Bürgermeister.", "Columbia (USA) und Guimarães (Portugal) feiern."],
)
def test_a_place_in_brackets_is_no_office_code(paragraph: str) -> None:
    document = clean(Source(f"Neue Bäume\n\n{paragraph}"), parse(Source(f"Neue Bäume\n\n{paragraph}")))
    assert [b.kind for b in document.blocks] == ["heading", "paragraph"]


def test_a_contact_block_ends_where_page_furniture_begins() -> None:
    page = (
        "Neue Bänke\n\nDie Stadt stellt Bänke auf.\n\nKontakt:\nGrünflächenamt\nTelefon: 0351 123456\n"
        "E-Mail: gruen@stadt.example\nZurück zur Übersicht\nFacebook\nImpressum | Datenschutz"
    )
    kept, removed = cleaned(Source(page))
    assert kept[-1] == "Kontakt:\nGrünflächenamt\nTelefon: 0351 123456\nE-Mail: gruen@stadt.example"
    assert removed == ["Zurück zur Übersicht", "Facebook", "Impressum | Datenschutz"]
