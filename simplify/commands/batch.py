"""`simplify batch`: convert a press archive (folder, .zip, .tar, .tar.gz), resumable and in parallel."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from simplify.commands.common import add_settings, add_time_limit, settings_from, time_limit_of

FORMATS = ("text", "markdown", "html", "json")
_SHOWN_FAILURES = 20


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="convert a folder or archive of press releases",
        description=(
            "Convert every .txt, .md, .html and .docx file in a folder, .zip, .tar or .tar.gz into "
            "OUTDIR, mirroring the input paths. INPUT is never modified. A manifest in OUTDIR makes the job "
            "resumable; summary.html and summary.json in OUTDIR describe the result. Exit code 1 when a file "
            "failed."
        ),
    )
    parser.add_argument(
        "input", metavar="INPUT", help="a folder (searched recursively), .zip, .tar or .tar.gz"
    )
    parser.add_argument("-o", "--output", metavar="OUTDIR", required=True, help="folder for the outputs")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes (default: all cores; Ray: all cluster CPUs)",
    )
    parser.add_argument(
        "--engine", choices=("local", "ray"), default="local", help="local process pool or a Ray cluster"
    )
    parser.add_argument(
        "--ray-address",
        metavar="ADDR",
        help="address of an existing Ray cluster (default: start a local one)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="finish or update the batch in OUTDIR: redo only new, changed or failed-by-crash inputs",
    )
    parser.add_argument(
        "--all-reports",
        action="store_true",
        help="an HTML report for every document in OUTDIR/_reports (default: only for the 20 hardest to "
        "read, which summary.html links to; every report about doubles the time)",
    )
    parser.add_argument("--force", action="store_true", help="convert files even if they do not look German")
    add_settings(parser)
    add_time_limit(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simplify.batch.progress import for_stream
    from simplify.batch.run import run_batch
    from simplify.errors import UsageError
    from simplify.io.write import printable

    if args.ray_address and args.engine != "ray":
        raise UsageError("--ray-address needs --engine ray")
    result = run_batch(
        Path(args.input),
        Path(args.output),
        settings_from(args),
        fmt=args.format,
        engine=args.engine,
        workers=args.workers,
        ray_address=args.ray_address,
        resume=args.resume,
        reports="all" if args.all_reports else "hardest",
        progress=for_stream(sys.stderr),
        time_limit=time_limit_of(args),
    )
    counts = result.counts
    print(
        f"simplify batch: {counts['ok']} of {counts['total']} file(s) converted "
        f"({counts.get('converted', 0)} in this run, {counts.get('unchanged', 0)} unchanged), "
        f"{counts['failed']} failed; summary: {result.summary}",
        file=sys.stderr,
    )
    if not result.failures:
        return 0
    print(f"simplify batch: {len(result.failures)} file(s) failed:", file=sys.stderr)
    for path, error in result.failures[:_SHOWN_FAILURES]:
        print(printable(f"  {path}: {error}"), file=sys.stderr)
    if len(result.failures) > _SHOWN_FAILURES:
        print(f"  ... and {len(result.failures) - _SHOWN_FAILURES} more in summary.html", file=sys.stderr)
    return 1
