"""`simplify evaluate`: score a backend against reference simplifications, beside two baselines."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from simplify.commands.common import add_settings, check_outputs, dump_json, settings_from, write_stdout
from simplify.errors import UsageError

if TYPE_CHECKING:
    from simplify.evaluation.evaluate import Evaluation

FORMATS = ("text", "json")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="score a backend against reference simplifications",
        description=(
            "Run the backend on the originals of reference pairs and report SARI, BLEU, chrF, readability, "
            "rule compliance, facts kept, sentence length and compression for the system, the baselines "
            "'copy the source' and 'truncate to 80 %', and the reference."
        ),
    )
    parser.add_argument(
        "--pairs", metavar="FILE", help="pairs as .tsv or .jsonl (columns original, simplification) or .csv"
    )
    parser.add_argument(
        "--columns",
        metavar="MAP",
        help="column names of the pair file, e.g. original=Original_Sentence,simplification=Simplification",
    )
    parser.add_argument("--source", metavar="A", help="one original document (.txt, .md, .html, .docx)")
    parser.add_argument("--reference", metavar="B", help="its simplified version (whole document)")
    parser.add_argument(
        "--force", action="store_true", help="evaluate documents even if they do not look German"
    )
    add_settings(parser)
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument(
        "--output-dir", metavar="DIR", help="write the system's outputs there, one pair per line (system.txt)"
    )
    parser.set_defaults(run=run)


def _evaluation(args: argparse.Namespace) -> Evaluation:
    from simplify.evaluation import evaluate

    settings = settings_from(args)
    if args.pairs and (args.source or args.reference):
        raise UsageError("give either --pairs FILE or --source A --reference B, not both")
    if args.pairs:
        return evaluate.evaluate_pairs(args.pairs, settings, columns=evaluate.parse_columns(args.columns))
    if args.columns:
        raise UsageError("--columns only applies to --pairs FILE")
    if args.source and args.reference:
        return evaluate.evaluate_documents(args.source, args.reference, settings)
    if args.source or args.reference:
        raise UsageError("--source A and --reference B go together: give both")
    raise UsageError("nothing to evaluate: give --pairs FILE or --source A --reference B")


def _table(evaluation: Evaluation) -> None:
    from rich.console import Console
    from rich.table import Table

    from simplify.evaluation.evaluate import notes, report_rows
    from simplify.io.write import printable

    headers, rows = report_rows(evaluation)
    title = printable(f"{evaluation.name}: {len(evaluation.pairs)} Paar(e)")  # a file name that is not UTF-8
    table = Table(title=title, title_justify="left")
    for index, header in enumerate(headers):
        table.add_column(header, justify="left" if index == 0 else "right", no_wrap=index == 0)
    for row in rows:
        table.add_row(*row)
    # Piped output is not cut to 80 columns: the table keeps the width it needs.
    console = Console() if sys.stdout.isatty() else Console(width=200)
    console.print(table)
    for line in notes(evaluation):
        console.print(printable(f"Hinweis: {line}"))
    console.print(f"Signatur: {evaluation.signature}", highlight=False, soft_wrap=True)


def _output_file(directory: str) -> Path:
    """Where the system's outputs go, checked before the (long) evaluation starts; the folder is made only
    when they are written, so a failed evaluation leaves nothing behind."""
    from simplify.io.write import check_target

    if Path(directory).exists() and not Path(directory).is_dir():
        raise UsageError(f"--output-dir {directory}: is a file, not a folder")
    return check_target(Path(directory) / "system.txt", parents=True)


def _write_outputs(evaluation: Evaluation, target: Path) -> None:
    from simplify.io.write import write_atomic

    write_atomic(target, "".join(" ".join(pair.system) + "\n" for pair in evaluation.pairs), parents=True)


def run(args: argparse.Namespace) -> int:
    check_outputs(None, input_path=None)
    target = _output_file(args.output_dir) if args.output_dir else None
    evaluation = _evaluation(args)
    if target is not None:
        _write_outputs(evaluation, target)
        print(f"simplify evaluate: wrote {len(evaluation.pairs)} output line(s) to {target}", file=sys.stderr)
    if args.format == "json":
        write_stdout(dump_json(evaluation.to_json()))
    else:
        _table(evaluation)
    return 0
