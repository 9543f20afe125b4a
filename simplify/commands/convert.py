"""`simplify convert`: a release in, Leichte Sprache (or Einfache Sprache) out."""

from __future__ import annotations

import argparse
import sys

from simplify.commands.common import (
    add_input,
    add_settings,
    add_time_limit,
    check_outputs,
    emit,
    read_input,
    settings_from,
    time_limit_of,
)

FORMATS = ("text", "markdown", "html", "json")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="convert a press release",
        description="Convert a German press release into Leichte Sprache (one sentence per line).",
    )
    add_input(parser)
    add_settings(parser)
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write here instead of stdout (never the input)"
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument(
        "--report", metavar="HTML", help="also write the side-by-side HTML readability report here"
    )
    parser.add_argument("--summary", action="store_true", help="print a readability summary to stderr")
    add_time_limit(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simplify.deadline import time_limit
    from simplify.io.render import render
    from simplify.pipeline import Pipeline

    settings = settings_from(args)
    check_outputs(args.output, args.report, input_path=None if args.file == "-" else args.file)
    source = read_input(args)
    pipeline = Pipeline(settings)
    pipeline.backend  # noqa: B018 (a model loads before the time limit starts)
    with time_limit(time_limit_of(args)):
        result = pipeline.run(source)
        rendered = render(result, args.format)
        report = [(args.report, render(result, "html"))] if args.report else []
    if result.document.removed:
        print(
            f"simplify convert: removed {len(result.document.removed)} boilerplate line(s) "
            "(cookie banners, navigation, sharing); --format json lists them",
            file=sys.stderr,
        )
    if result.document.kept_notes:
        print(
            f"simplify convert: kept {len(result.document.kept_notes)} block(s) that looked like boilerplate "
            "but read as text; --format json lists them under kept_notes",
            file=sys.stderr,
        )
    if result.facts_removed:
        print(
            f"simplify convert: warning: the removed lines held facts: {', '.join(result.facts_removed)} "
            "(check the cleaning: --format json or --report lists the lines)",
            file=sys.stderr,
        )
    emit(rendered, args.output, input_path=source.path, files=report)
    if args.summary:
        from simplify.report.terminal import print_summary

        print_summary(result, sys.stderr)
    return 0
