"""`simplify score` run as a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.slow  # real subprocesses, servers or models

RELEASE = """Neue Öffnungszeiten im Bürgerbüro

Das Bürgerbüro der Stadt hat ab dem 1. März länger geöffnet. Sie können dann auch am Samstag kommen.
Die Verwaltung hat die Öffnungszeiten erweitert, weil viele Menschen lange auf einen Termin warten mussten.
"""


def test_lines_json_has_one_unit_per_line_in_order() -> None:
    lines = ["Das Rathaus ist zu.", "Rathaus", "", "Hello world", "Bürger-Büro"]
    result = run_cli("score", "--lines", "--format", "json", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [unit["text"] for unit in data["units"]] == lines
    assert [unit["words"] for unit in data["units"]] == [4, 1, 0, 2, 2]
    assert data["units"][2]["index"] is None
    assert data["units"][4]["syllables"] == 4
    assert data["document"]["sentences"] == 4
    for unit in data["units"]:
        assert {"text", "words", "syllables", "index", "level", "fre_amstad", "wstf1", "lix"} <= set(unit)


def test_text_report_without_colour() -> None:
    result = run_cli("score", "--lines", stdin="Das Rathaus ist am Montag zu.\nSie brauchen einen Termin.\n")
    assert result.returncode == 0, result.stderr
    assert "\x1b[" not in result.stdout
    assert "Lesbarkeits-Index" in result.stdout
    assert "Leichte Sprache" in result.stdout
    assert "Das Rathaus ist am Montag zu." in result.stdout


def test_release_is_cleaned_and_split_into_sentences(tmp_path: Path) -> None:
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    result = run_cli("score", str(source), "--format", "json")
    assert result.returncode == 0, result.stderr
    texts = [unit["text"] for unit in json.loads(result.stdout)["units"]]
    assert texts == [
        "Neue Öffnungszeiten im Bürgerbüro",
        "Das Bürgerbüro der Stadt hat ab dem 1. März länger geöffnet.",
        "Sie können dann auch am Samstag kommen.",
        "Die Verwaltung hat die Öffnungszeiten erweitert, weil viele Menschen lange auf einen Termin "
        "warten mussten.",
    ]


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "scores.json"
    result = run_cli("score", "--lines", "--format", "json", "-o", str(out), stdin="Das ist gut.\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["units"][0]["words"] == 3


def test_non_german_text_is_refused_unless_forced() -> None:
    english = (
        "The city council has decided to open the new citizens' office next week. "
        "Residents can book appointments online or by phone, and the staff will help them with forms.\n"
    )
    refused = run_cli("score", stdin=english)
    assert refused.returncode == 2
    assert "not German" in refused.stderr
    forced = run_cli("score", "--force", "--format", "json", stdin=english)
    assert forced.returncode == 0, forced.stderr


def test_empty_input_is_bad_input() -> None:
    result = run_cli("score", "--lines", stdin="\n\n")
    assert result.returncode == 2
    assert "empty" in result.stderr
