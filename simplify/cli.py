"""The `simplify` command: a thin layer over functions that return data.

Each subcommand lives in ``simplify.commands.<name>`` with ``add_parser(subparsers)`` and
``run(args) -> int``. Heavy modules are imported inside ``run`` so ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from simplify import __version__
from simplify.errors import InputError

COMMANDS = ("convert", "check", "score", "evaluate", "batch", "models")

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="simplify",
        description="Turn German press releases into Leichte Sprache or Einfache Sprache, offline.",
    )
    parser.add_argument("--version", action="version", version=f"simplify {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = import_module(f"simplify.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"simplify.commands.{name}":
                raise
            continue
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    try:
        return args.run(args)
    except InputError as error:
        _error(args.command, str(error))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"simplify {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:  # the machine, not the input: a full disk, a closed or failing stream
        where = f"{error.filename}: " if error.filename else ""
        _error(args.command, f"{where}{error.strerror or error}")
        return EXIT_BAD_INPUT


def _error(command: str, message: str) -> None:
    """One line on stderr, secrets masked (an error may quote a URL or a server's answer)."""
    from simplify.io.write import printable
    from simplify.redact import redact

    print(f"simplify {command}: error: {printable(redact(message))}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
