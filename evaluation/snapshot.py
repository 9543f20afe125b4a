"""Fingerprints of the tool's outputs, to show that a change of the code leaves them byte-identical.

    python evaluation/snapshot.py             # compare with evaluation/snapshot.sha256 (exit 1 on a change)
    python evaluation/snapshot.py --write     # record the current outputs as the expected ones
    python evaluation/snapshot.py --dump DIR  # also write every output to DIR, to diff two versions

The inputs are the seeds in ``../shared/seeds``, the example releases in ``examples/`` and the originals of
every pair set in ``evaluation/sets``, converted through the command line (``convert``, and ``evaluate
--output-dir`` for pair sets) at both levels; for pair sets also the scores of ``evaluate`` (readability, rule
findings, facts), so that a change of the checker or the readability scores shows too. Only SHA-256 sums are
stored: the third-party texts and what the tool makes of them stay outside the repository. Inputs whose data
is missing are reported as skipped.
A change that alters outputs on purpose records them again with ``--write`` and says so in its commit.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import _repo  # noqa: F401  (this checkout's package first)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's simplify: run from a worktree it is not the installed one
SHARED = ROOT.parent / "shared"
EXPECTED = ROOT / "evaluation" / "snapshot.sha256"
LEVELS = ("leichte", "einfache")


def _documents() -> Iterator[tuple[str, Path]]:
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        yield f"seeds/{path.name}", path
    for path in sorted((ROOT / "examples").glob("pressemitteilung*.*")):
        yield f"examples/{path.name}", path


def _pair_sets() -> Iterator[tuple[str, Path, str]]:
    for file in sorted((ROOT / "evaluation" / "sets").glob("*.json")):
        spec = json.loads(file.read_text(encoding="utf-8"))
        if spec.get("kind") != "pairs":
            continue
        columns = ",".join(f"{k}={v}" for k, v in spec["columns"].items())
        yield f"sets/{file.stem}", ROOT / spec["data"], columns


def _cli(argv: list[str]) -> str:
    """Run the command line in this process (its caches shared across runs); stdout as text."""
    from simplify.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(argv)
    if code != 0:
        raise SystemExit(f"snapshot: simplify {' '.join(argv)} exited with {code}")
    return out.getvalue()


def outputs() -> Iterator[tuple[str, str | None]]:
    """(name, output text) for every input and level; output None when the input is missing."""
    for level in LEVELS:
        for name, path in _documents():
            yield f"{level} {name}", _cli(["convert", "--level", level, str(path)])
        for name, data, columns in _pair_sets():
            if not data.exists():
                yield f"{level} {name}", None
                continue
            with tempfile.TemporaryDirectory() as folder:
                argv = ["evaluate", "--pairs", str(data), "--columns", columns, "--level", level]
                scores = json.loads(_cli([*argv, "--output-dir", folder, "--format", "json"]))
                yield f"{level} {name}", (Path(folder) / "system.txt").read_text(encoding="utf-8")
                yield f"{level} {name} scores", json.dumps(scores["systems"], sort_keys=True)


def _read(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    rows = (line.split("  ", 1) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {name: digest for digest, name in rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="record the current outputs as expected")
    parser.add_argument("--dump", metavar="DIR", help="also write every output into DIR")
    parser.add_argument("--expected", default=str(EXPECTED), help="the file of expected sums")
    args = parser.parse_args(argv)
    expected = _read(Path(args.expected))
    found: dict[str, str] = {}
    changed, skipped = [], []
    for name, text in outputs():
        if text is None:
            skipped.append(name)
            found[name] = expected.get(name, "")
            continue
        found[name] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if args.dump:
            target = Path(args.dump) / (name.replace(" ", "/").replace("/", "__") + ".txt")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        if not args.write and expected.get(name) != found[name]:
            changed.append(name)
    for name in skipped:
        print(f"skipped (data missing): {name}", file=sys.stderr)
    if args.write:
        lines = [f"{digest}  {name}" for name, digest in sorted(found.items()) if digest]
        Path(args.expected).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"recorded {len(lines)} outputs in {args.expected}")
        return 0
    for name in changed:
        print(f"changed: {name}")
    same = len(found) - len(skipped) - len(changed)
    print(f"{same} identical, {len(changed)} changed, {len(skipped)} skipped")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
