"""Is the whole conversion fast enough to paste and wait? (issue 3, item 9)

    python evaluation/bench_pipeline.py [--releases 200]

For the seed releases 001-004 (../shared/seeds) and for generated releases (evaluation/generate_releases.py)
it prints the sentences per second of the whole ``convert`` pipeline (clean, segment, analyse, rules,
post-processing, fact guard) and of the unavoidable analysis alone (SoMaJo + HanTa on the same cleaned text),
and their ratio (target >= 0.5). Both runs start with empty caches; loading the models happens before timing.
Then it times ``python -m simplify convert`` on a release of about 400 words in a fresh process, start-up
included (target < 2 s).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _repo  # noqa: F401  (this checkout's package first)
from generate_releases import generate

from simplify.document import Source
from simplify.nlp import analysis
from simplify.pipeline import Pipeline
from simplify.rewrite.engine import simplify_sentence
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
    analysed = sum(len(analysis.segment(document)) for document in documents)
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


def startup_seconds(text: str) -> tuple[int, float]:
    """Words of ``text`` and seconds for ``python -m simplify convert FILE`` in a new process."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "release.txt"
        path.write_text(text, encoding="utf-8")
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "simplify", "convert", str(path)], check=True, capture_output=True
        )
        return len(text.split()), time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=200, help="generated releases (default 200)")
    args = parser.parse_args(argv)
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
    words, seconds = startup_seconds(release_of(WORDS_400))
    print(f"\nconvert of a {words}-word release in a new process: {seconds:.2f} s (target < 2 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
