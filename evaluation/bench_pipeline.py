"""Is the whole conversion fast enough to paste and wait? (issue 3, item 9)

    python evaluation/bench_pipeline.py [--releases 200]

For the seed releases 001-004 (../shared/seeds) and for generated releases (evaluation/generate_releases.py)
it prints the sentences per second of the whole ``convert`` pipeline (clean, segment, analyse, rules,
post-processing, fact guard) and of the unavoidable analysis alone (SoMaJo + HanTa on the same cleaned text),
and their ratio (target >= 0.5). Both runs start with empty caches and without the store of word analyses;
loading the models happens before timing.
Then it times ``python -m simplify convert`` on a release of about 400 words in a fresh process, start-up
included: the CPU seconds of that process (user + system, the median of ``--startups`` runs; target < 1.0 s,
issue 16) and its wall seconds. One run before them builds what a new installation builds once (the indexes
in the cache folder, ``simplify.cache``); the store of word analyses is off (``SIMPLIFY_STORE=off``), so
every run analyses its words afresh, as a first run does. With the store (its words stored by the run
before) the figure is printed too, and with ``--baseline REF`` (default: main before issue 16) the old
code's start-up on the same machine in the same run, since a shared machine's load moves every figure.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _repo  # noqa: F401  (this checkout's package first)
from _baseline import BEFORE_ISSUE_16, checkout, env
from generate_releases import generate

from simplify.document import Source
from simplify.nlp import analysis
from simplify.pipeline import Pipeline
from simplify.rewrite.engine import simplify_sentence
from simplify.segment import segment
from simplify.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
WORDS_400 = 400


def clear_caches() -> None:
    """Empty every per-sentence and per-word cache so that each run analyses from scratch."""
    analysis.clear_caches()
    simplify_sentence.cache_clear()


def rates(pipeline: Pipeline, texts: list[str]) -> tuple[int, float, float]:
    """(sentences, pipeline sentences/s, analysis-only sentences/s) over ``texts``."""
    documents = [pipeline.prepare(Source(text)) for text in texts]
    clear_caches()
    start = time.perf_counter()
    sentences = sum(len(pipeline.run(Source(text)).rewrites) for text in texts)
    full = time.perf_counter() - start
    clear_caches()
    start = time.perf_counter()
    analysed = sum(len(segment(document)) for document in documents)
    alone = time.perf_counter() - start
    return sentences, sentences / full, analysed / alone


def release_of(words: int) -> str:
    """A generated release cut to about ``words`` words at a paragraph end."""
    paragraphs: list[str] = []
    for text in generate(50, seed=7):
        for paragraph in text.split("\n\n"):
            paragraphs.append(paragraph)
            if sum(len(p.split()) for p in paragraphs) >= words:
                return "\n\n".join(paragraphs)
    return "\n\n".join(paragraphs)


def startup_seconds(text: str, runs: int, code: Path = ROOT, store: bool = False) -> tuple[int, float, float]:
    """Words of ``text``, median CPU seconds and median wall seconds of ``python -m simplify convert FILE``
    in a new process (after one run that builds the cache folder's indexes if they are missing), with the
    package in ``code`` and the store of word analyses on or off."""
    environment = env(code, SIMPLIFY_STORE="on" if store else "off")
    cpu, wall = [], []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "release.txt"
        path.write_text(text, encoding="utf-8")
        for _ in range(runs + 1):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            command = [sys.executable, "-m", "simplify", "convert", str(path)]
            subprocess.run(command, check=True, capture_output=True, env=environment, cwd=code)
            wall.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return len(text.split()), statistics.median(cpu[1:]), statistics.median(wall[1:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=200, help="generated releases (default 200)")
    parser.add_argument("--startups", type=int, default=5, help="start-up runs, median (default 5)")
    parser.add_argument(
        "--baseline", default=BEFORE_ISSUE_16, help="git ref of the old code to time too ('' for none)"
    )
    args = parser.parse_args(argv)
    os.environ["SIMPLIFY_STORE"] = "off"  # both runs analyse every word afresh
    pipeline = Pipeline(Settings(force=True))
    # load the models (the genitive rule consults wordfreq for names like "Hainbachs")
    pipeline.run(
        Source(
            "Die Stadt lädt ein. Das Fest beginnt, wenn es dunkel ist. Die Partnerstädte Hainbachs sind alt."
        )
    )
    sets = {}
    if SEEDS.is_dir():
        sets["seeds 001-004"] = [
            p.read_text(encoding="utf-8") for n in range(1, 5) for p in SEEDS.glob(f"00{n}_*.txt")
        ]
    else:
        print(f"seeds skipped: {SEEDS} not present (third-party texts live in ../shared)")
    sets[f"{args.releases} generated releases"] = generate(args.releases)
    print(f"{'set':<26} {'sentences':>9} {'pipeline/s':>11} {'analysis/s':>11} {'ratio':>6}")
    for name, texts in sets.items():
        sentences, full, alone = rates(pipeline, texts)
        print(f"{name:<26} {sentences:>9} {full:>11.1f} {alone:>11.1f} {full / alone:>6.2f}")
    release = release_of(WORDS_400)
    words, cpu, wall = startup_seconds(release, args.startups)
    print(f"\nconvert of a {words}-word release in a new process, median of {args.startups}:")
    print(f"  store of word analyses off: {cpu:.2f} s CPU (target < 1.0 s), {wall:.2f} s wall")
    _, cpu, wall = startup_seconds(release, args.startups, store=True)
    print(f"  store of word analyses on:  {cpu:.2f} s CPU, {wall:.2f} s wall")
    if args.baseline:
        with checkout(args.baseline) as code:
            _, old_cpu, old_wall = startup_seconds(release, args.startups, code)
        print(f"  {args.baseline} (before): {old_cpu:.2f} s CPU, {old_wall:.2f} s wall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
