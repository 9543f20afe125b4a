"""How well readability scores agree with human complexity ratings, and how fast our scoring is.

    python evaluation/bench_readability.py [--data ../shared/data/textcomplexityde/ratings.csv]

Prints Spearman correlations with MOS_Complexity of the 1,000 TextComplexityDE sentences, side by side: our
calibrated index (out-of-fold predictions, 5 folds grouped by article, as in fit_readability.py; and 10 random
folds), textstat's Flesch reading ease with Amstad's constants, characters per sentence, and our own Amstad
score. Flesch scores fall as texts get harder, so their correlation with complexity is negative. Then the time
``score_units`` takes for all sentences with empty caches.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _repo  # noqa: F401  (this checkout's package first)
from fit_readability import ALPHA, DEFAULT_DATA, FOLDS, feature_matrix, grouped_folds, load

from simplify.readability import features as feature_module
from simplify.readability import score_units, syllables
from simplify.readability.features import FEATURES
from simplify.readability.index import cross_validated, spearman


def textstat_amstad(sentences: list[str]) -> list[float]:
    import textstat

    textstat.set_lang("de")
    textstat.set_rounding_points(None)
    return [textstat.flesch_reading_ease(s) for s in sentences]


def timed_scoring(sentences: list[str]) -> float:
    """Seconds for score_units over all sentences, caches emptied first (wordfreq's list stays loaded)."""
    feature_module.features.cache_clear()
    feature_module.zipf.cache_clear()
    syllables.count_syllables.cache_clear()
    feature_module.zipf("und")
    start = time.perf_counter()
    score_units(sentences)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TextComplexityDE ratings.csv")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"ratings not found: {args.data} (pass --data PATH)", file=sys.stderr)
        return 2
    sentences, target, articles = load(args.data)
    seconds = timed_scoring(sentences)
    rows = feature_matrix(sentences)
    names = list(FEATURES)
    grouped = cross_validated(rows, target, grouped_folds(articles), features=names, alpha=ALPHA)
    shuffled = np.random.default_rng(0).permutation(len(target)) % 10
    random_folds = cross_validated(rows, target, shuffled, features=names, alpha=ALPHA)
    ours_fre = [unit["fre_amstad"] for unit in score_units(sentences)]
    results = [
        (f"ours ({FOLDS}-fold CV by article)", spearman(grouped, target)),
        ("textstat Amstad FRE", spearman(textstat_amstad(sentences), target)),
        ("characters per sentence", spearman([len(s) for s in sentences], target)),
    ]
    extra = [
        ("our index (10-fold CV, random folds)", spearman(random_folds, target)),
        ("our Amstad FRE (our counts)", spearman(ours_fre, target)),
    ]
    print(f"Spearman correlation with human complexity (TextComplexityDE, {len(sentences)} sentences)")
    print("  ".join(f"{label:>28s}" for label, _ in results))
    print("  ".join(f"{value:>+28.3f}" for _, value in results))
    for label, value in extra:
        print(f"{label}: {value:+.3f}")
    rate = len(sentences) / seconds
    print(f"score_units: {len(sentences)} sentences in {seconds:.2f} s ({rate:.0f} per second)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
