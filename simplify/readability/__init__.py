"""Readability for German: syllables, the classic formulas and a calibrated index.

``score_units`` scores each unit (a sentence, heading or line) on its own; ``score_document`` scores the units
together. Both return the keys of ``formulas.formulas`` (``fre_amstad``, ``wstf1``..``wstf4``, ``lix``,
``gsmog``), the counts (``sentences``, ``words``, ``syllables``, ``letters``, ``long_words``), ``index``
(the calibrated index, higher = harder; see ``index.py``; single words and very short lines can fall
below 1, the easiest rating of the calibration data) and ``level`` (one of ``LEVELS``). A unit without
words has ``None`` for every score.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from simplify.readability.features import features as _feature_values
from simplify.readability.formulas import Counts, formulas, total
from simplify.readability.index import LEVELS, load_model
from simplify.readability.syllables import count_syllables

__all__ = ["LEVELS", "count_syllables", "score_document", "score_units"]


def _counts(c: Counts) -> dict[str, int]:
    return {
        "sentences": c.sentences,
        "words": c.words,
        "syllables": c.syllables,
        "letters": c.letters,
        "long_words": c.long_words,
    }


def _indices(units: Sequence[str], counts: Sequence[Counts]) -> list[float | None]:
    model = load_model()
    scored = [i for i, c in enumerate(counts) if c.words]
    result: list[float | None] = [None] * len(units)
    if scored:
        rows = np.array([_feature_values(units[i]) for i in scored])
        for i, value in zip(scored, model.predict(rows), strict=True):
            result[i] = round(float(value), 2)
    return result


def score_units(units: Sequence[str]) -> list[dict]:
    """One dict per unit, in order: text, counts, index, level and the classic formulas."""
    counts = [Counts.of(text) for text in units]
    model = load_model()
    scores = []
    for text, c, index in zip(units, counts, _indices(units, counts), strict=True):
        level = None if index is None else model.level(index)
        scores.append({"text": text, **_counts(c), "index": index, "level": level, **formulas(c)})
    return scores


def score_document(units: Sequence[str]) -> dict:
    """Scores of all units together: counts summed, formulas on the sums.

    The document index is the mean index of its units weighted by their words, so a dateline or a contact
    line does not weigh as much as a long sentence.
    """
    counts = [Counts.of(text) for text in units]
    c = total(counts)
    weighted = sum(i * n.words for i, n in zip(_indices(units, counts), counts, strict=True) if i is not None)
    index = round(weighted / c.words, 2) if c.words else None
    level = None if index is None else load_model().level(index)
    return {**_counts(c), "index": index, "level": level, **formulas(c)}
