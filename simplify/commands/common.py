"""Options and input/output handling that several subcommands share."""

from __future__ import annotations

import argparse
import json
import sys

from simplify.document import Source
from simplify.settings import Settings

LEVELS = ("leichte", "einfache")
SEPARATORS = ("mediopunkt", "hyphen", "none")


def add_input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", nargs="?", default="-", help="a .txt, .md, .html or .docx file; '-' or nothing reads stdin"
    )
    parser.add_argument("--force", action="store_true", help="convert even if the text does not look German")


def add_settings(parser: argparse.ArgumentParser) -> None:
    """Options that change the rewriting (recorded in every output's settings)."""
    parser.add_argument("--level", choices=LEVELS, default="leichte", help="target level (default: leichte)")
    parser.add_argument(
        "--separator",
        choices=SEPARATORS,
        default="mediopunkt",
        help="how compounds are split: Bürger·büro, Bürger-Büro or not at all (default: mediopunkt)",
    )
    parser.add_argument("--backend", default="rules", help="rewriting backend (default: rules)")
    parser.add_argument(
        "--glossary", metavar="TSV", help="your own glossary; its entries win over the built-in"
    )


def settings_from(args: argparse.Namespace, **options: str) -> Settings:
    return Settings(
        level=args.level,
        separator=args.separator,
        backend=args.backend,
        model=getattr(args, "model", None),
        glossary=args.glossary,
        force=getattr(args, "force", False),
        options={k: v for k, v in options.items() if v is not None},
    )


def read_input(args: argparse.Namespace) -> Source:
    """Read the FILE argument or stdin; says how to paste when stdin is a terminal."""
    from simplify.io.read import read_source, read_stdin

    if args.file == "-":
        if sys.stdin.isatty():
            print(
                "Paste the press release, then press Ctrl-D on a new line (Ctrl-Z, Enter on Windows).",
                file=sys.stderr,
            )
        return read_stdin()
    return read_source(args.file)


def emit(text: str, output: str | None, *, input_path: str | None) -> None:
    """Write the result to OUT (atomically, never over the input) or to stdout."""
    if output in (None, "-"):
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    from simplify.io.write import write_atomic

    write_atomic(output, text, protect=input_path)


def dump_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
