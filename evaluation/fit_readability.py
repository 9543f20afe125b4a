"""Re-fit the calibrated readability index on TextComplexityDE and write simplify/data/readability/index.json.

    python evaluation/fit_readability.py [--data ../shared/data/textcomplexityde/ratings.csv] [--check]

The target is MOS_Complexity (mean complexity rating of German learners, 1-7) of the 1,000 sentences.
Ridge regression (numpy) on the standardised features of simplify.readability.features. Cross-validation:
5 folds grouped by article (no article in both training and test), articles assigned to folds round-robin in
the order of their Article_ID. Level thresholds map the index to the bands of the human rating scale by
quantile matching on the out-of-fold predictions: as many sentences fall into each level as readers rated into
the band (below 1.5 Leichte Sprache, below 2.5 Einfache Sprache, below 4 Standard, else Schwer).
``--check`` fits and prints without writing the data file.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import hashlib
import json
import sys
from importlib import metadata
from pathlib import Path

import _repo  # noqa: F401  (this checkout's package first)
import numpy as np

from simplify.readability.features import FEATURES, features
from simplify.readability.index import MODEL_FILE, cross_validated, fit, spearman

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "textcomplexityde" / "ratings.csv"
ALPHA = 10.0
FOLDS = 5
# Edges of the rating bands: the Leichte Sprache articles of the data average 1.1-1.3, the articles written
# for children 2.4-2.5, encyclopedia articles 2.8-3.7, the hardest article 4.3.
BANDS = (1.5, 2.5, 4.0)


def load(path: Path) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Sentences, complexity ratings and article ids of ratings.csv."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    sentences = [row["Sentence"] for row in rows]
    target = np.array([float(row["MOS_Complexity"]) for row in rows])
    articles = np.array([int(row["Article_ID"]) for row in rows])
    return sentences, target, articles


def grouped_folds(articles: np.ndarray, k: int = FOLDS) -> np.ndarray:
    """Fold number per sentence: articles round-robin in Article_ID order."""
    fold_of = {article: i % k for i, article in enumerate(sorted(set(articles.tolist())))}
    return np.array([fold_of[a] for a in articles.tolist()])


def feature_matrix(sentences: list[str]) -> np.ndarray:
    return np.array([features(s) for s in sentences])


def level_thresholds(predictions: np.ndarray, target: np.ndarray) -> tuple[float, float, float]:
    """Index values below which as many sentences fall as readers rated below each band edge."""
    low, middle, high = (float(np.quantile(predictions, np.mean(target < edge))) for edge in BANDS)
    return low, middle, high


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TextComplexityDE ratings.csv")
    parser.add_argument("--check", action="store_true", help="fit and print, do not write the data file")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"ratings not found: {args.data} (pass --data PATH)", file=sys.stderr)
        return 2
    sentences, target, articles = load(args.data)
    rows = feature_matrix(sentences)
    folds = grouped_folds(articles)
    names = list(FEATURES)
    predictions = cross_validated(rows, target, folds, features=names, alpha=ALPHA)
    cv = spearman(predictions, target)
    per_fold = [spearman(predictions[folds == f], target[folds == f]) for f in range(FOLDS)]
    thresholds = level_thresholds(predictions, target)
    model = fit(rows, target, features=names, alpha=ALPHA, thresholds=thresholds)
    about = {
        "what": "Readability index: predicted complexity rating (1-7, higher = harder) of a sentence",
        "source": "fitted by this project on TextComplexityDE (see data)",
        "columns": "features, mean, scale, coefficients, intercept, levels (JSON keys)",
        "made_by": "python evaluation/fit_readability.py",
        "date": datetime.date.today().isoformat(),
        "data": "TextComplexityDE ratings.csv (Naderi et al. 2019, MIT), commit 663b0cdb, MOS_Complexity",
        "data_sha256": hashlib.sha256(args.data.read_bytes()).hexdigest(),
        "sentences": len(sentences),
        "model": f"ridge regression on standardised features, alpha={ALPHA}, numpy least squares",
        "feature_descriptions": FEATURES,
        "cross_validation": f"{FOLDS} folds grouped by Article_ID (round-robin by id), out-of-fold Spearman",
        "cv_spearman": round(cv, 4),
        "cv_spearman_per_fold": [round(v, 4) for v in per_fold],
        "levels": "index thresholds by quantile matching of out-of-fold predictions to the rating bands "
        f"{BANDS} (Leichte Sprache < {BANDS[0]} <= Einfache Sprache < {BANDS[1]} <= Standard < {BANDS[2]} "
        "<= Schwer)",
        "versions": {name: metadata.version(name) for name in ("numpy", "wordfreq")},
        "licence": "MIT (coefficients derived from MIT-licensed ratings)",
    }
    print(f"cross-validated Spearman ({FOLDS} folds by article): {cv:.4f}")
    print("per fold:", " ".join(f"{v:.3f}" for v in per_fold))
    print("level thresholds:", " ".join(f"{t:.3f}" for t in thresholds))
    for name, coefficient in sorted(zip(names, model.coefficients, strict=True), key=lambda x: -abs(x[1])):
        print(f"  {name:22s} {coefficient:+.3f}")
    if not args.check:
        out = REPO / "simplify" / "data" / MODEL_FILE
        text = json.dumps(model.to_json(about), ensure_ascii=False, indent=1) + "\n"
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
