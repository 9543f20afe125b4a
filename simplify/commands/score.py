"""`simplify score`: readability of a text, per document and per sentence."""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys

from simplify.commands.common import add_input, check_outputs, dump_json, emit, read_input
from simplify.document import Source

FORMATS = ("text", "json")
LEVEL_STYLES = {
    "Leichte Sprache": "green",
    "Einfache Sprache": "cyan",
    "Standard": "yellow",
    "Schwer": "red",
}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "score",
        help="readability scores per document and per sentence",
        description=(
            "Score the readability of a German text: the calibrated index (higher = harder) with its level "
            "(Leichte Sprache, Einfache Sprache, Standard, Schwer), Flesch reading ease (Amstad), the Wiener "
            "Sachtextformeln, LIX and gSMOG, for the whole text and for each sentence."
        ),
    )
    add_input(parser)
    parser.add_argument(
        "--lines",
        action="store_true",
        help="score every input line as its own unit (no cleaning, no sentence splitting, no language check)",
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write here instead of stdout (never the input)"
    )
    parser.set_defaults(run=run)


def units_of(source: Source, *, lines: bool, force: bool) -> list[str]:
    """The units to score: the input lines as they are, or the cleaned text's sentences and headings."""
    from simplify.errors import UsageError

    if lines:
        if source.format == "html":
            raise UsageError(f"{source.path or '<stdin>'}: --lines scores plain text lines; this is HTML")
        return source.text.splitlines()
    from simplify.pipeline import Pipeline
    from simplify.segment import unit_texts
    from simplify.settings import Settings

    document = Pipeline(Settings(force=force)).prepare(source)
    return unit_texts(document)


def run(args: argparse.Namespace) -> int:
    from simplify.errors import InputError
    from simplify.readability import score_document, score_units

    check_outputs(args.output, input_path=None if args.file == "-" else args.file)
    source = read_input(args)
    units = units_of(source, lines=args.lines, force=args.force)
    if not any(unit.strip() for unit in units):
        raise InputError(f"{source.path or '<stdin>'}: no text to score")
    result = {"document": score_document(units), "units": score_units(units)}
    if args.format == "json":
        text = dump_json(result)
    else:
        to_terminal = args.output in (None, "-") and sys.stdout is not None and sys.stdout.isatty()
        text = render_table(result, colour=to_terminal and "NO_COLOR" not in os.environ, terminal=to_terminal)
    emit(text, args.output, input_path=source.path)
    return 0


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def render_table(result: dict, *, colour: bool, terminal: bool) -> str:
    """The German text report: a summary of the document and a compact table of the units."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buffer = io.StringIO()
    width = shutil.get_terminal_size().columns if terminal else 120
    console = Console(
        file=buffer, width=width, force_terminal=colour, no_color=not colour, highlight=False, emoji=False
    )
    doc = result["document"]
    console.print(
        f"Text: {doc['sentences']} Sätze, {doc['words']} Wörter, {doc['syllables']} Silben",
    )
    if doc["index"] is not None:
        summary = Text("Lesbarkeits-Index ")
        summary.append(f"{doc['index']:.2f} ({doc['level']})", style=LEVEL_STYLES[doc["level"]])
        summary.append(
            f" · Flesch (Amstad) {_number(doc['fre_amstad'])} · Wiener Sachtextformel {_number(doc['wstf1'])}"
            f" · LIX {_number(doc['lix'])} · gSMOG {_number(doc['gsmog'])}"
        )
        console.print(summary)
    console.print("Index: höher = schwerer. Flesch: höher = leichter.")
    table = Table(box=None, pad_edge=False, header_style="bold" if colour else None)
    table.add_column("Nr.", justify="right")
    table.add_column("Satz", overflow="fold", ratio=1)
    for label in ("Wörter", "Silben", "Index"):
        table.add_column(label, justify="right")
    table.add_column("Stufe")
    for label in ("Flesch", "WSTF1", "LIX"):
        table.add_column(label, justify="right")
    for number, unit in enumerate(result["units"], start=1):
        level = unit["level"] or "–"
        table.add_row(
            str(number),
            unit["text"],
            str(unit["words"]),
            str(unit["syllables"]),
            "–" if unit["index"] is None else f"{unit['index']:.2f}",
            Text(level, style=LEVEL_STYLES.get(level, "")),
            _number(unit["fre_amstad"]),
            _number(unit["wstf1"]),
            _number(unit["lix"]),
        )
    console.print(table)
    return buffer.getvalue()
