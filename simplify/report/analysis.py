"""What a report shows about a conversion: scores before and after, findings in place, facts, lengths.

Computed once from a :class:`~simplify.document.Result` and shared by the HTML and terminal reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from simplify.document import Finding, Rewrite
from simplify.profile import LEICHTE, PROFILES

if TYPE_CHECKING:
    from simplify.document import Result

SCORE_ROWS = (
    ("index", "Lesbarkeits-Index (höher = schwerer)"),
    ("level", "Stufe"),
    ("words_per_sentence", "Wörter pro Satz"),
    ("fre_amstad", "Flesch (Amstad, höher = leichter)"),
    ("wstf1", "Wiener Sachtextformel 1 (Schulklasse)"),
    ("lix", "LIX"),
)
WIDE = (
    0.6  # a finding that covers more of its line than this is shown for the whole line, not marked in place
)


@dataclass(slots=True)
class Line:
    """One output sentence with its score, its findings and its text cut into marked and plain pieces."""

    text: str
    score: dict
    findings: list[Finding] = field(default_factory=list)
    segments: list[tuple[str, list[Finding]]] = field(default_factory=list)
    whole: list[Finding] = field(default_factory=list)


@dataclass(slots=True)
class Row:
    """A source sentence and what became of it."""

    number: int
    rewrite: Rewrite
    score: dict
    lines: list[Line]

    @property
    def fallback(self) -> bool:
        return "guard-fallback" in self.rewrite.rules

    @property
    def rules(self) -> list[str]:
        return [r for r in self.rewrite.rules if r != "guard-fallback"]


@dataclass(slots=True)
class Report:
    """Everything a report shows, in German-ready pieces."""

    result: Result
    level: str
    rows: list[Row]
    before: dict
    after: dict
    findings_before: list[Finding]
    findings_after: list[Finding]
    limit: int
    not_checked: dict[str, str]

    @property
    def lines(self) -> list[Line]:
        return [line for row in self.rows for line in row.lines]

    @property
    def facts_kept(self) -> int:
        return sum(row.rewrite.facts_kept for row in self.rows)

    @property
    def facts_missing(self) -> list[str]:
        return [fact for row in self.rows for fact in row.rewrite.facts_missing]

    @property
    def reviews(self) -> list[Row]:
        """The rows the editor must simplify by hand."""
        return [row for row in self.rows if row.rewrite.review]

    @property
    def facts_removed(self) -> list[str]:
        """Facts of lines that cleaning removed (a navigation cut too much, a contact block in a footer)."""
        return self.result.facts_removed

    @property
    def facts_lost(self) -> list[str]:
        """Every fact the output lacks: lost in the rewriting or removed with boilerplate."""
        return [*self.facts_missing, *self.facts_removed]

    @property
    def fallbacks(self) -> int:
        return sum(row.fallback for row in self.rows)

    def worst(self, n: int = 3) -> list[Line]:
        """The hardest output sentences: highest index, then most findings."""

        def hardness(line: Line) -> tuple[float, int]:
            index = line.score.get("index")
            return (float("-inf") if index is None else index, len(line.findings))

        ranked = sorted(self.lines, key=hardness, reverse=True)
        return ranked[:n]


def segments(text: str, findings: list[Finding]) -> tuple[list[tuple[str, list[Finding]]], list[Finding]]:
    """Cut ``text`` into pieces with the findings that mark them; line-wide findings come apart."""
    whole = [f for f in findings if len(f.text) > WIDE * max(len(text.strip()), 1)]
    marks: list[Finding] = []
    for finding in sorted((f for f in findings if f not in whole), key=lambda f: (len(f.text), f.column)):
        start, end = finding.column - 1, finding.column - 1 + len(finding.text)
        if all(end <= m.column - 1 or start >= m.column - 1 + len(m.text) for m in marks):
            marks.append(finding)
    pieces, position = [], 0
    for mark in sorted(marks, key=lambda f: f.column):
        start, end = mark.column - 1, mark.column - 1 + len(mark.text)
        if start > position:
            pieces.append((text[position:start], []))
        same = [
            f for f in findings if f not in whole and f.column - 1 == start and len(f.text) == len(mark.text)
        ]
        pieces.append((text[start:end], same))
        position = end
    if position < len(text):
        pieces.append((text[position:], []))
    return pieces, whole


def build_report(result: Result) -> Report:
    """Score and check the source sentences and the output lines of a conversion."""
    from simplify.check import NOT_CHECKED, check_units
    from simplify.readability import score_document, score_units

    level = str(result.settings.get("level", "leichte"))
    sources = [r.source.text for r in result.rewrites]
    outputs = [line for r in result.rewrites for line in r.output]
    source_scores = score_units(sources) if sources else []
    output_scores = score_units(outputs) if outputs else []
    findings_before = check_units(result.sentences, level=level)
    findings_after = check_units(outputs, level=level)
    by_line: dict[int, list[Finding]] = {}
    for finding in findings_after:
        by_line.setdefault(finding.line, []).append(finding)
    rows, number = [], 0
    for i, rewrite in enumerate(result.rewrites):
        lines = []
        for text in rewrite.output:
            number += 1
            found = by_line.get(number, [])
            pieces, whole = segments(text, found)
            lines.append(Line(text, output_scores[number - 1], found, pieces, whole))
        rows.append(Row(i + 1, rewrite, source_scores[i], lines))
    return Report(
        result=result,
        level=level,
        rows=rows,
        before=score_document(sources) if sources else {},
        after=score_document(outputs) if outputs else {},
        findings_before=findings_before,
        findings_after=findings_after,
        limit=PROFILES.get(level, LEICHTE).sentence_words,
        not_checked=NOT_CHECKED,
    )


def format_number(value: object) -> str:
    """German number formatting: one decimal with a comma; text stays as it is, a missing value is "–"."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "–" if value is None else str(value)
    return f"{value:.1f}".replace(".", ",") if isinstance(value, float) else str(value)


def score_rows(report: Report) -> list[tuple[str, str, str]]:
    """(German label, before, after) for the document scores."""
    rows = []
    for key, label in SCORE_ROWS:
        values = []
        for score in (report.before, report.after):
            if key == "words_per_sentence":
                value = score["words"] / score["sentences"] if score.get("sentences") else None
            else:
                value = score.get(key)
            values.append(format_number(value))
        rows.append((label, values[0], values[1]))
    return rows


def summary_rows(report: Report) -> list[tuple[str, str, str]]:
    """Score rows plus sentences, findings, facts and fallbacks, for the terminal summary."""
    return [
        *score_rows(report),
        ("Sätze", str(len(report.rows)), str(len(report.lines))),
        ("Hinweise zu den Regeln", str(len(report.findings_before)), str(len(report.findings_after))),
        ("Fakten behalten / fehlen", "–", f"{report.facts_kept} / {len(report.facts_lost)}"),
        ("Rückfall auf die Regeln", "–", str(report.fallbacks)),
        ("Sätze bitte selbst vereinfachen", "–", str(len(report.reviews))),
    ]
