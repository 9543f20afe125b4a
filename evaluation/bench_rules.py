"""Targets of the rule engine (issue 3, item 7) and SARI against the copy-the-source baseline.

    python evaluation/bench_rules.py [--level leichte] [--show-long N] [--no-sari]

Part 1 converts the seed releases 001-004 (../shared/seeds), tests/corpus/*.txt and examples/*.txt
with the whole pipeline (rules, post-processing, fact guard) and prints the length of the output
sentences (headings and contact lines left out), the facts kept and how often the guard fell back.
Targets for Leichte Sprache: average <= 10 words, 90 % of sentences <= 12 words, none > 20,
100 % facts kept, no crash.

Part 2 runs the pipeline on every source sentence of DEplain-web dev (../shared/data/deplain-web-open/dev.tsv)
and of TextComplexityDE (../shared/data/textcomplexityde/parallel_corpus.csv) and prints corpus SARI of our
output and of the unchanged source, in the same run, against the one reference each pair has.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import traceback
from collections.abc import Iterable
from pathlib import Path

import _repo  # noqa: F401  (this checkout's package first)

from simplify.document import Rewrite, Source
from simplify.evaluation.metrics import sari
from simplify.guard import FALLBACK, missing
from simplify.pipeline import Pipeline
from simplify.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ("001", "002", "003", "004")
SKIPPED_BLOCKS = {"heading", "contact"}
TARGET_AVERAGE, TARGET_SHORT, TARGET_SHORT_SHARE, TARGET_LONG = 10, 12, 0.9, 20


def documents() -> dict[str, list[Path]]:
    """The releases of part 1 by group: seeds 001-004 (when ../shared is there) and our own texts."""
    seeds = SHARED / "seeds"
    found = [p for prefix in SEEDS for p in sorted(seeds.glob(f"{prefix}_*.txt"))] if seeds.is_dir() else []
    corpus = [p for p in sorted((ROOT / "tests" / "corpus").glob("*.txt")) if ".expected" not in p.name]
    groups = {"seeds 001-004": found, "our releases": [*corpus, *sorted((ROOT / "examples").glob("*.txt"))]}
    if not found:
        print(f"seeds skipped: {seeds} not present (third-party texts live in ../shared)")
    return {name: files for name, files in groups.items() if files}


def count_words(sentence: str) -> int:
    return sum(1 for word in sentence.split() if any(c.isalnum() for c in word))


def lines(rewrites: Iterable[Rewrite]) -> list[str]:
    """Output lines of the measured blocks; a list item line ("- Angers", rule L3) counts like any line."""
    return [line for r in rewrites if r.source.block not in SKIPPED_BLOCKS for line in r.output]


def targets(pipeline: Pipeline, name: str, files: list[Path], show_long: int | None = None) -> bool:
    """Part 1 for one group of releases; True when every target is met.

    With ``show_long`` the output lines longer than that many words are printed, with their word count.
    """
    words: list[int] = []
    facts_total = facts_lost = fallbacks = crashes = items = 0
    for path in files:
        try:
            result = pipeline.run(Source(path.read_text(encoding="utf-8"), "txt", str(path)))
        except Exception:  # a crash is what this benchmark counts; it is reported, not hidden
            crashes += 1
            print(f"CRASH {path.name}:\n{traceback.format_exc()}", file=sys.stderr)
            continue
        measured = lines(result.rewrites)
        words.extend(count_words(line) for line in measured)
        if show_long is not None:
            for line in measured:
                if count_words(line) > show_long:
                    print(f"  {count_words(line):>2} {path.name}: {line}")
        items += sum(line.startswith("- ") for line in measured)
        for rewrite in result.rewrites:
            facts_total += rewrite.facts_kept + len(rewrite.facts_missing)
            facts_lost += len(missing(rewrite.source.text, " ".join(rewrite.output)))
            fallbacks += FALLBACK in rewrite.rules
    if not words:
        print("no sentences: nothing to measure")
        return False
    average = statistics.fmean(words)
    short = sum(n <= TARGET_SHORT for n in words) / len(words)
    long_ = sum(n > TARGET_LONG for n in words)
    kept = 1 - facts_lost / facts_total if facts_total else 1.0
    print(f"{name}: {len(files)} documents, {len(words)} output sentences ({items} of them list items)")
    print(f"average words per sentence: {average:.2f} (target <= {TARGET_AVERAGE})")
    print(
        f"sentences <= {TARGET_SHORT} words: {100 * short:.1f} % (target >= {100 * TARGET_SHORT_SHARE:.0f} %)"
    )
    print(f"sentences > {TARGET_LONG} words: {long_} (target 0); longest: {max(words)}")
    print(
        f"facts kept: {100 * kept:.1f} % of {facts_total}; guard fallbacks: {fallbacks}; crashes: {crashes}"
    )
    return (
        average <= TARGET_AVERAGE
        and short >= TARGET_SHORT_SHARE
        and long_ == 0
        and kept == 1.0
        and crashes == 0
    )


def deplain(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["original"], row["simplification"]) for row in csv.DictReader(handle, delimiter="\t")]


def textcomplexityde(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["Original_Sentence"], row["Simplification"]) for row in csv.DictReader(handle)]


def convert(pipeline: Pipeline, text: str) -> str:
    result = pipeline.run(Source(text))
    return " ".join(line for r in result.rewrites for line in r.output)


def sari_table(pipeline: Pipeline) -> None:
    """Part 2: corpus SARI of the rule engine and of copying the source, per data set."""
    sets = {
        "DEplain-web dev": (SHARED / "data" / "deplain-web-open" / "dev.tsv", deplain),
        "TextComplexityDE": (SHARED / "data" / "textcomplexityde" / "parallel_corpus.csv", textcomplexityde),
    }
    print(f"\n{'data set':<20} {'pairs':>6} {'SARI rules':>11} {'SARI copy':>10}")
    for name, (path, load) in sets.items():
        if not path.is_file():
            print(f"{name:<20} skipped: {path} not present (third-party data lives in ../shared)")
            continue
        pairs = [(s, r) for s, r in load(path) if s.strip() and r.strip()]
        sources = [s for s, _r in pairs]
        references = [[r for _s, r in pairs]]
        predictions = [convert(pipeline, s) for s in sources]
        ours, copy = sari(sources, predictions, references), sari(sources, sources, references)
        print(f"{name:<20} {len(pairs):>6} {ours:>11.2f} {copy:>10.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--level", choices=["leichte", "einfache"], default="leichte")
    parser.add_argument(
        "--show-long", type=int, metavar="N", help="print the output lines of part 1 with more than N words"
    )
    parser.add_argument("--no-sari", action="store_true", help="skip part 2 (SARI)")
    args = parser.parse_args(argv)
    pipeline = Pipeline(Settings(level=args.level, force=True))
    for name, files in documents().items():
        met = targets(pipeline, name, files, args.show_long)
        print(f"{name}: all targets met\n" if met else f"{name}: targets not met (see above)\n")
    if not args.no_sari:
        sari_table(pipeline)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
