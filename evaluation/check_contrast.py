"""How well the rule checker tells standard German from Leichte Sprache.

Runs ``check_units`` over the original and the simplified side of DEplain-web's open training pairs
(../shared/data/deplain-web-open/train.tsv) and prints findings per sentence for each side and per rule.
A checker that over-matches shows many findings on the simplified side too.

    python evaluation/check_contrast.py [--level A1|A2]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

import _repo  # noqa: F401  (this checkout's package first)

from simplify.check import check_units

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "deplain-web-open" / "train.tsv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--level", default="A1", help="simple_level of the pairs to use (default: A1)")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not present", file=sys.stderr)
        return 0
    with DATA.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["simple_level"] == args.level]
    original = check_units([r["original"] for r in rows])
    simple = check_units([r["simplification"] for r in rows])
    print(f"{len(rows)} pairs (simple level {args.level}); findings per sentence:")
    print(f"  original   {len(original) / len(rows):.2f}\n  simplified {len(simple) / len(rows):.2f}")
    by_original, by_simple = Counter(f.rule for f in original), Counter(f.rule for f in simple)
    print(f"{'rule':6}{'original':>10}{'simplified':>12}")
    for rule in sorted(by_original.keys() | by_simple.keys()):
        print(f"{rule:6}{by_original[rule]:>10}{by_simple[rule]:>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
