"""The HTML report: rendered in headless Chromium, checked in the DOM; escaped, self-contained, side by side."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from simplify.document import Block, Document, Removed, Rewrite, Sentence, Source
from simplify.nlp.analysis import analyse_sentence
from simplify.report.analysis import segments
from simplify.report.html import chart, render_html
from simplify.settings import Settings
from tests.conftest import ROOT

SCRIPT = "Die Stadt warnt vor <script>alert('x')</script> in E-Mails."


def _sentence(text: str, block: str, index: int) -> Sentence:
    return Sentence(text, analyse_sentence(text), block, index)


@pytest.fixture(scope="module")
def result():
    from simplify.document import Result

    rows = [
        ("Neues Bad in Lindenau", "heading", ["Neues Bad in Lindenau"], [], 0, []),
        (
            "Das Bad, das die Stadt gebaut hat, wurde am 12.03.2026 eröffnet.",
            "paragraph",
            ["Die Stadt hat ein Bad gebaut.", "Das Bad ist seit dem 12. März 2026 offen."],
            ["S3", "S5", "Z4"],
            1,
            [],
        ),
        (SCRIPT, "paragraph", [SCRIPT], [], 1, []),
        (
            "Der Eintritt kostet 4 Euro.",
            "paragraph",
            ["Der Eintritt kostet 4 Euro."],
            ["guard-fallback"],
            1,
            ["4 Euro"],
        ),
    ]
    rewrites = [
        Rewrite(_sentence(source, block, index), output, rules, "rules", facts_kept=1, facts_missing=missing)
        for source, block, output, rules, index, missing in rows
    ]
    document = Document(
        Source("\n\n".join(r[0] for r in rows)),
        [Block("heading", rows[0][0]), Block("paragraph", " ".join(r[0] for r in rows[1:]))],
        [Removed("Cookies akzeptieren", "Cookie-Hinweis")],
    )
    return Result(document, rewrites, Settings().record(backend="rules"))


@pytest.fixture(scope="module")
def html(result) -> str:
    return render_html(result)


def test_text_is_escaped_and_nothing_is_fetched(html: str) -> None:
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert not re.search(r"https?://", html)
    assert not re.search(r"<(link|img|iframe|object|embed)\b", html)
    assert "url(" not in html


def test_report_sections_in_the_markup(html: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "de"
    assert len(soup.select("tr.row")) == 4
    assert soup.select_one("#pruefung").get_text().startswith("Wichtig: Ein Text in Leichter Sprache muss")
    assert "guard-fallback" not in soup.select_one("#satz-4").get_text()
    assert "Rückfall" in soup.select_one("#satz-4").get_text()
    assert "fehlen: 4 Euro" in soup.select_one("#satz-4").get_text()
    settings = dict(
        zip([d.get_text() for d in soup.select("dt")], [d.get_text() for d in soup.select("dd")], strict=True)
    )
    assert settings["level"] == "leichte" and settings["backend"] == "rules" and "versions.python" in settings
    assert "Cookies akzeptieren" in soup.select_one("#entfernt").get_text()


def test_findings_are_marked_in_place(html: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    marks = soup.select("#satz-3 mark")
    assert [m.contents[0] for m in marks if m.sup.get_text() == "C1"] == ["('x')"]
    assert "Klammer" in marks[0]["title"]


def test_chart_has_one_bar_per_sentence(html: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.select("svg rect.before")) == 4
    assert len(soup.select("svg rect.after")) == 5
    assert soup.select_one("svg title").get_text().startswith("Wörter pro Satz")


def test_chart_geometry_scales_to_the_longest_sentence() -> None:
    geometry = chart([20, 10], [5], limit=12)
    before, after = geometry["panels"]
    tallest = before["bars"][0]
    assert tallest["y"] + tallest["height"] == pytest.approx(geometry["baseline"])
    assert before["bars"][1]["height"] == pytest.approx(tallest["height"] / 2)
    assert len(after["bars"]) == 1 and geometry["highest"] == 20


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("Das Bad ist offen.", [], [("Das Bad ist offen.", [])]),
        ("Am 12.03.2026 offen.", [(4, "12.03.2026")], [("Am ", []), ("12.03.2026", ["Z4"]), (" offen.", [])]),
        ("Am 12.03.2026 offen.", [(1, "Am 12.03.2026 offen")], [("Am 12.03.2026 offen.", [])]),  # line-wide
    ],
)
def test_segments(text: str, spans: list[tuple[int, str]], expected: list) -> None:
    from simplify.document import Finding

    findings = [Finding("Z4" if len(t) < 15 else "S1", "x", t, 1, column) for column, t in spans]
    pieces, _whole = segments(text, findings)
    assert [(piece, [f.rule for f in marks]) for piece, marks in pieces] == expected


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _dump_dom(path: Path, profile: Path) -> str:
    command = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--dump-dom",
        path.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout


@pytest.mark.slow
@pytest.mark.skipif(
    _chromium() is None, reason="chromium is not installed (apt-get install chromium; .ci/run does)"
)
def test_rendered_dom_in_headless_chromium(html: str, tmp_path: Path) -> None:
    page = tmp_path / "bericht.html"
    page.write_text(html, encoding="utf-8")
    soup = BeautifulSoup(_dump_dom(page, tmp_path / "profile"), "html.parser")
    rows = soup.select("table.side tr.row")
    assert len(rows) == 4
    assert [len(row.find_all("td")) for row in rows] == [3, 3, 3, 3]  # number, original, Leichte Sprache
    assert rows[1].select_one("td.source").get_text().count("12.03.2026") == 1
    assert [p.get_text() for p in rows[1].select("td.output p.out")] == [
        "Die Stadt hat ein Bad gebaut.",
        "Das Bad ist seit dem 12. März 2026 offen.",
    ]
    assert soup.find("script") is None
    assert "<script>alert('x')</script>" in rows[2].select_one("td.source").get_text()
    for element in soup.find_all(True):
        for attribute in ("src", "href", "xlink:href", "action"):
            assert not str(element.get(attribute, "")).startswith(("http:", "https:", "//"))
    assert soup.select_one("svg") is not None and len(soup.select("svg rect")) == 9
    assert "Ziel·gruppe geprüft" in soup.select_one("#pruefung").get_text()


@pytest.mark.slow
@pytest.mark.skipif(
    _chromium() is None, reason="chromium is not installed (apt-get install chromium; .ci/run does)"
)
def test_report_of_a_pipeline_run(tmp_path: Path) -> None:
    from simplify.pipeline import Pipeline

    example = ROOT / "examples" / "pressemitteilung.txt"
    result = Pipeline().run(Source(example.read_text(encoding="utf-8")))
    page = tmp_path / "bericht.html"
    page.write_text(render_html(result), encoding="utf-8")
    soup = BeautifulSoup(_dump_dom(page, tmp_path / "profile"), "html.parser")
    assert len(soup.select("tr.row")) == len(result.rewrites)
    assert len(soup.select("svg rect.after")) == sum(len(r.output) for r in result.rewrites)
    assert soup.select("mark")
