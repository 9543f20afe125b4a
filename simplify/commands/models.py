"""`simplify models`: the recommended checkpoints; `simplify models fetch ID` caches one for offline use."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from simplify.commands.common import check_outputs, dump_json, write_stdout

COLUMNS = ("id", "family", "level", "size", "licence", "trained_on", "cached")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "models",
        help="list recommended seq2seq models, or fetch one",
        description="List the recommended Hugging Face checkpoints for --backend seq2seq, and whether each "
        "is in the local cache. `simplify models fetch ID` downloads one where the hub is reachable.",
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.set_defaults(run=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    fetch = actions.add_parser(
        "fetch",
        help="download a model into the Hugging Face cache",
        description="Download a model into the Hugging Face cache (~/.cache/huggingface/hub or "
        "$HF_HOME/hub), so that --model ID works offline afterwards. "
        "Fails within seconds when the hub is not reachable.",
    )
    fetch.add_argument(
        "id", metavar="ID", help="a Hugging Face model id, e.g. DEplain/trimmed_mbart_sents_apa"
    )
    fetch.set_defaults(run=run_fetch)


def _rows() -> list[dict[str, str]]:
    from simplify.backends.catalog import cached, recommended

    return [{**asdict(c), "cached": str(cached(c.id) or "no")} for c in recommended()]


def run_list(args: argparse.Namespace) -> int:
    check_outputs(None, input_path=None)
    rows = _rows()
    if args.format == "json":
        write_stdout(dump_json(rows))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Recommended models for --backend seq2seq (facts from the model cards)")
    for column in COLUMNS:
        table.add_column(column.replace("_", " "), overflow="fold", no_wrap=column == "id")
    for row in rows:
        table.add_row(*(row[c] for c in COLUMNS))
    Console(width=max(Console().width, 120)).print(table)
    print(
        "Fetch one with: simplify models fetch ID    Use it with: simplify convert --model ID",
        file=sys.stderr,
    )
    return 0


def run_fetch(args: argparse.Namespace) -> int:
    from simplify.backends.catalog import fetch

    print(f"simplify models: fetching {args.id} ...", file=sys.stderr)
    folder = fetch(args.id)
    print(folder)
    print(f"simplify models: {args.id} is cached; --model {args.id} now works offline", file=sys.stderr)
    return 0
