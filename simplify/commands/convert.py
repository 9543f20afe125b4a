"""`simplify convert`: a release in, Leichte Sprache (or Einfache Sprache) out."""

from __future__ import annotations

import argparse
import sys

from simplify.commands.common import add_input, add_settings, emit, read_input, settings_from

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
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simplify.io.render import render
    from simplify.pipeline import Pipeline

    source = read_input(args)
    result = Pipeline(settings_from(args)).run(source)
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
    emit(render(result, args.format), args.output, input_path=source.path)
    if args.report:
        from simplify.io.write import write_atomic

        write_atomic(args.report, render(result, "html"), protect=source.path)
    if args.summary:
        from simplify.report.terminal import print_summary

        print_summary(result, sys.stderr)
    return 0
