"""The calibrated readability index: ridge regression on standardised features, fitted to human ratings.

The index predicts the complexity a German reader gives a sentence on the 1-7 scale of TextComplexityDE
(1 = very easy, 7 = very hard): higher means harder. The coefficients, feature means and scales, the level
thresholds and how they were made live in ``data/readability/index.json``; ``evaluation/fit_readability.py``
re-fits them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from simplify.lexicon import json_file

MODEL_FILE = "readability/index.json"
LEVELS = ("Leichte Sprache", "Einfache Sprache", "Standard", "Schwer")


@dataclass(frozen=True, slots=True)
class Model:
    """A fitted index: prediction = intercept + sum(coefficient * (value - mean) / scale)."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coefficients: np.ndarray
    intercept: float
    thresholds: tuple[float, float, float]

    def predict(self, rows: np.ndarray) -> np.ndarray:
        """Index values for a matrix with one row of feature values per sentence."""
        return self.intercept + ((rows - self.mean) / self.scale) @ self.coefficients

    def level(self, index: float) -> str:
        """The level an editor reads: below the first threshold Leichte Sprache, then Einfache Sprache, ..."""
        return LEVELS[int(np.searchsorted(self.thresholds, index, side="right"))]

    def to_json(self, about: dict[str, object]) -> dict[str, object]:
        return {
            "about": about,
            "features": list(self.features),
            "mean": [round(float(v), 6) for v in self.mean],
            "scale": [round(float(v), 6) for v in self.scale],
            "coefficients": [round(float(v), 6) for v in self.coefficients],
            "intercept": round(self.intercept, 6),
            "levels": dict(zip(LEVELS[:3], (round(t, 3) for t in self.thresholds), strict=True)),
        }

    @classmethod
    def from_json(cls, data: dict) -> Model:
        low, middle, high = (float(data["levels"][name]) for name in LEVELS[:3])
        if not low < middle < high:
            raise ValueError(f"level thresholds must rise: {low}, {middle}, {high}")
        return cls(
            features=tuple(data["features"]),
            mean=np.array(data["mean"], dtype=float),
            scale=np.array(data["scale"], dtype=float),
            coefficients=np.array(data["coefficients"], dtype=float),
            intercept=float(data["intercept"]),
            thresholds=(low, middle, high),
        )


@cache
def load_model() -> Model:
    """The shipped model of ``data/readability/index.json``."""
    return Model.from_json(json_file(MODEL_FILE))


def fit(
    rows: np.ndarray,
    target: np.ndarray,
    *,
    features: Sequence[str],
    alpha: float,
    thresholds: tuple[float, float, float] = (1.5, 2.5, 4.0),
) -> Model:
    """Ridge regression on standardised features (closed form with numpy), intercept = mean target."""
    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale == 0] = 1.0
    z = (rows - mean) / scale
    centred = target - target.mean()
    coefficients = np.linalg.solve(z.T @ z + alpha * np.eye(z.shape[1]), z.T @ centred)
    return Model(tuple(features), mean, scale, coefficients, float(target.mean()), thresholds)


def ranks(values: np.ndarray) -> np.ndarray:
    """Ranks from 0, ties sharing their mean rank."""
    values = np.asarray(values, dtype=float)
    order = np.argsort(values, kind="mergesort")
    positions = np.empty(len(values))
    positions[order] = np.arange(len(values))
    _, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    return (np.bincount(inverse, weights=positions) / counts)[inverse]


def spearman(a: Sequence[float] | np.ndarray, b: Sequence[float] | np.ndarray) -> float:
    """Spearman's rank correlation (Pearson correlation of the tie-averaged ranks)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if len(a) != len(b) or len(a) < 2:
        raise ValueError(f"need two sequences of the same length >= 2, got {len(a)} and {len(b)}")
    return float(np.corrcoef(ranks(a), ranks(b))[0, 1])


def cross_validated(
    rows: np.ndarray, target: np.ndarray, folds: np.ndarray, *, features: Sequence[str], alpha: float
) -> np.ndarray:
    """Out-of-fold predictions: each fold predicted by a model fitted on the other folds."""
    predictions = np.empty(len(target))
    for fold in np.unique(folds):
        test = folds == fold
        model = fit(rows[~test], target[~test], features=features, alpha=alpha)
        predictions[test] = model.predict(rows[test])
    return predictions
