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
