"""`simplify check`: rule findings of RULES.md for a text, with rule id, place and German advice."""

from __future__ import annotations

import argparse

from simplify.commands.common import LEVELS, add_input, check_outputs, dump_json, read_input, write_stdout


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="list where a text breaks the rules of Leichte Sprache",
        description=(
            "Check a text against the rules of Leichte Sprache (or Einfache Sprache). Exit code 1 when there "
            "are findings, 0 when the text is clean, 2 on bad input. Rules that need human judgement are "
            "listed as not checked in every report."
        ),
    )
    add_input(parser)
    parser.add_argument("--level", choices=LEVELS, default="leichte", help="target level (default: leichte)")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--lines",
        action="store_true",
        help="check every input line as one unit, as written (default: clean and split into sentences)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simplify.check import NOT_CHECKED, check_units
    from simplify.errors import InputError

    check_outputs(None, input_path=None)
    source = read_input(args)
    if not source.text.strip():
        raise InputError("the input is empty: expected German text in a file or on stdin")
    if args.lines:
        units: list = source.text.splitlines()
    else:
        from simplify.pipeline import Pipeline
        from simplify.segment import segment
        from simplify.settings import Settings

        units = segment(Pipeline(Settings(level=args.level, force=args.force)).prepare(source))
    findings = check_units(units, level=args.level)
    texts = [unit if isinstance(unit, str) else unit.text for unit in units]
    if args.format == "json":
        data = {
            "level": args.level,
            "units": len(texts),
            "unit": "line" if args.lines else "sentence",
            "findings": [
                {"rule": f.rule, "line": f.line, "column": f.column, "text": f.text, "message": f.message}
                for f in findings
            ],
            "not_checked": NOT_CHECKED,
        }
        write_stdout(dump_json(data))
    else:
        write_stdout(format_text(findings, texts, lines=args.lines))
    return 1 if findings else 0


def format_text(findings: list, texts: list[str], *, lines: bool) -> str:
    """Findings grouped by unit (its text once, then one line per finding); the rules not checked last."""
    from simplify.check import NOT_CHECKED

    label = "Zeile" if lines else "Satz"
    out: list[str] = []
    shown = None
    for finding in findings:
        if finding.line != shown:
            shown = finding.line
            out.append(f"\n{label} {finding.line}: {texts[finding.line - 1].strip()}")
        out.append(f"  {finding.line}:{finding.column} {finding.rule} „{finding.text}“ – {finding.message}")
    units = len({f.line for f in findings})
    if findings:
        out.append(f"\n{len(findings)} Hinweise in {units} von {len(texts)} Einheiten ({label}).")
    else:
        out.append(f"Keine Hinweise in {len(texts)} Einheiten ({label}).")
    out.append("\nNicht automatisch geprüft:")
    out.extend(f"  {rule}: {note}" for rule, note in NOT_CHECKED.items())
    return "\n".join(out).lstrip("\n") + "\n"
