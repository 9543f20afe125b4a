"""A compact terminal summary with rich: scores before and after, findings, facts, the hardest sentences.

Colour is off when ``NO_COLOR`` is set or the file is not a terminal (rich's own detection).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from simplify.profile import profile
from simplify.report.analysis import build_report, format_number, summary_rows

if TYPE_CHECKING:
    from simplify.document import Result

WORST = 3


def print_summary(result: Result, file: TextIO) -> None:
    """Print the summary table and the hardest output sentences to ``file``."""
    from rich.console import Console
    from rich.table import Table

    report = build_report(result)
    level_name = profile(report.level).name
    console = Console(file=file, highlight=False, soft_wrap=False)

    table = Table(title=f"Zusammenfassung: {level_name}", title_justify="left")
    table.add_column("Wert")
    table.add_column("Original", justify="right")
    table.add_column(level_name, justify="right")
    for label, before, after in summary_rows(report):
        table.add_row(label, before, after)
    console.print(table)

    worst = Table(title="Die schwersten Sätze nachher", title_justify="left")
    worst.add_column("Index", justify="right", style="bold red")
    worst.add_column("Satz")
    worst.add_column("Hinweise", style="yellow")
    for line in report.worst(WORST):
        worst.add_row(
            format_number(line.score["index"]),
            line.text,
            ", ".join(sorted({f.rule for f in line.findings})) or "–",
        )
    console.print(worst)
    for row in report.reviews[:WORST]:
        review = row.rewrite.review[0]
        console.print(f"[bold]Satz {row.number}:[/] {review.reason}", markup=True)
    if report.facts_missing:
        console.print(f"[bold red]Fehlende Fakten:[/] {', '.join(report.facts_missing)}", markup=True)
    if report.facts_removed:
        console.print("[bold red]Beim Aufräumen entfernt, mit Fakten:[/] ", markup=True, end="")
        console.print(", ".join(report.facts_removed), markup=False)
    console.print(
        "Nicht automatisch geprüft: "
        + ", ".join(report.not_checked)
        + ". Ein Text in Leichter Sprache muss von Menschen aus der Ziel·gruppe geprüft werden.",
        markup=False,
    )
