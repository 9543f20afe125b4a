"""The terminal summary: a compact table, the hardest sentences, no colour unless a terminal wants it."""

from __future__ import annotations

import io
import re

import pytest

from simplify.document import Block, Document, Rewrite, Sentence, Source
from simplify.nlp.analysis import analyse_sentence
from simplify.report.terminal import print_summary
from simplify.settings import Settings

SGR = re.compile(r"\x1b\[([0-9;]*)m")


def colours(text: str) -> set[str]:
    """Colour parameters (foreground/background 30-48, 90-107) of the ANSI escapes in ``text``."""
    params = {p for match in SGR.finditer(text) for p in match.group(1).split(";") if p}
    return {p for p in params if 30 <= int(p) <= 48 or 90 <= int(p) <= 107}


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(scope="module")
def result():
    from simplify.document import Result

    pairs = [
        (
            "Die Umbauarbeiten wurden nach vierzehn Monaten abgeschlossen, weshalb das Bad wieder öffnet.",
            ["Die Bau·arbeiten sind fertig.", "Deshalb ist das Bad wieder offen."],
        ),
        ("Der Eintritt ist kostenlos.", ["Der Eintritt kostet nichts."]),
        (
            "Es gibt am 12.03.2026 ein Fest.",
            ["Es gibt am 12.03.2026 ein Fest, das bis in den späten Abend dauert."],
        ),
    ]
    rewrites = [
        Rewrite(Sentence(s, analyse_sentence(s), "paragraph", 0), out, facts_kept=1) for s, out in pairs
    ]
    text = " ".join(s for s, _ in pairs)
    return Result(
        Document(Source(text), [Block("paragraph", text)]), rewrites, Settings().record(backend="rules")
    )


def _summary(result, file: io.StringIO) -> str:
    print_summary(result, file)
    return file.getvalue()


def test_summary_table_and_worst_sentences(result, monkeypatch) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    out = _summary(result, io.StringIO())
    assert "Zusammenfassung: Leichte Sprache" in out
    for label in (
        "Lesbarkeits-Index",
        "Wörter pro Satz",
        "Hinweise zu den Regeln",
        "Fakten behalten / fehlen",
    ):
        assert label in out
    assert "Die schwersten Sätze nachher" in out
    worst = out.split("Die schwersten Sätze nachher", 1)[1]
    first_row = worst.split("┩", 1)[1].strip().splitlines()[0]
    assert "Es gibt am 12.03.2026" in first_row and "S1, S3, Z4" in first_row
    assert "T3" in out and "Ziel·gruppe" in out


def test_no_colour_when_not_a_terminal(result, monkeypatch) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" not in _summary(result, io.StringIO())


def test_no_colour_with_no_color(result, monkeypatch) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert colours(_summary(result, FakeTerminal()))
    monkeypatch.setenv("NO_COLOR", "1")
    assert not colours(_summary(result, FakeTerminal()))
