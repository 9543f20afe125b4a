"""Garbled output of the rule engine on hard text: what the sanity gate finds and what it lets through.

    python evaluation/garbles.py [--level leichte] [--no-gate] [--train]

Runs the rule engine on the original sentences of TextComplexityDE
(../shared/data/textcomplexityde/parallel_corpus.csv, column Original_Sentence) and DEplain-web dev
(../shared/data/deplain-web-open/dev.tsv, column original); --train adds DEplain-web train. Prints every
output line of a rewritten sentence in which the sanity checks (simplify/rewrite/sanity.py) find a problem
its source sentence did not have, with the reason, then the counts: lines checked, lines flagged and the
sentence-rule applications the gate rejected. Lines are the engine's clauses before post-processing
(numbers, compounds, glossary). --no-gate runs the engine without the gate (the figures before it) and counts
the applications it would have rejected. Nothing is checked when ../shared is absent.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import _repo  # noqa: F401  (this checkout's package first)

from simplify.document import Token
from simplify.nlp.analysis import tokenize
from simplify.rewrite import engine, sanity
from simplify.rewrite.syntax import render

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SETS = {
    "tcde": (DATA / "textcomplexityde" / "parallel_corpus.csv", ",", "Original_Sentence"),
    "deplain-dev": (DATA / "deplain-web-open" / "dev.tsv", "\t", "original"),
    "deplain-train": (DATA / "deplain-web-open" / "train.tsv", "\t", "original"),
}


def originals(name: str) -> list[str]:
    """The distinct source texts of one data set (empty when the file is not there)."""
    path, delimiter, column = SETS[name]
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(dict.fromkeys(row[column] for row in csv.DictReader(handle, delimiter=delimiter)))


def sentences(texts: Sequence[str]) -> Iterator[list[Token]]:
    """Each sentence of the texts as the engine gets it: analysed, without its closing punctuation."""
    for text in texts:
        for tokens in tokenize(text):
            body = list(tokens)
            if body and body[-1].text in {".", "!", "?"}:
                body.pop()
            if body:
                yield body


def install_gate(counts: Counter[str], gate: bool) -> None:
    """Make the engine count the rule applications the sanity gate rejects; without gate they pass."""

    def counted(before: Sequence[Token], after: Sequence[Sequence[Token]]) -> bool:
        ok = sanity.sane(before, after)
        counts["rejected"] += not ok
        return ok or not gate

    engine.sane = counted


def check(name: str, body: list[Token], level: str, counts: Counter[str]) -> None:
    """Rewrite one sentence and print its output lines that have a problem the source did not have."""
    clauses, fired = engine.simplify_clauses(body, level)
    if not fired:
        return
    counts["rewritten"] += 1
    counts["lines"] += len(clauses)
    found: dict[int, list[str]] = {}
    for index, reason in sanity.problems(engine.repair(body), clauses):
        found.setdefault(index, []).append(reason)
    if not found:
        return
    counts["flagged"] += len(found)
    print(f"[{name}] {render(body)}")
    for index, reasons in sorted(found.items()):
        print(f"  ! {render(clauses[index])}   ({'; '.join(reasons)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--level", choices=("leichte", "einfache"), default="leichte")
    parser.add_argument("--no-gate", action="store_true", help="run the engine without the sanity gate")
    parser.add_argument("--train", action="store_true", help="add the DEplain-web train originals")
    args = parser.parse_args(argv)
    names = ["tcde", "deplain-dev", *(["deplain-train"] if args.train else [])]
    texts = {name: originals(name) for name in names}
    if not any(texts.values()):
        print(f"skipped: no data under {DATA} (third-party texts live in ../shared)")
        return 0
    counts: Counter[str] = Counter()
    install_gate(counts, gate=not args.no_gate)
    for name, rows in texts.items():
        for body in sentences(rows):
            counts["sentences"] += 1
            check(name, body, args.level, counts)
    verb = "would have rejected" if args.no_gate else "rejected"
    print(f"\n{counts['sentences']} sentences, {counts['rewritten']} rewritten")
    print(f"lines checked: {counts['lines']}; lines flagged: {counts['flagged']}")
    print(f"rule applications the gate {verb}: {counts['rejected']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
