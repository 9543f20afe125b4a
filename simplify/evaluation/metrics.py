"""Scores of system outputs against references: SARI, BLEU, chrF, compression, facts kept, rule compliance.

SARI follows Xu et al. (2016), "Optimizing Statistical Machine Translation for Text Simplification", as
EASSE (``easse.sari.corpus_sari`` with its defaults) computes it: every text is lowercased and tokenised with
sacrebleu's 13a tokenizer; n-gram counts of orders 1-4 are summed over the corpus; for each order the F1 of
added, kept and deleted n-grams is taken (0 when precision or recall is 0), averaged over the orders, and
SARI is the mean of the three operation scores, 0-100. Added n-grams count once each (sets); kept and deleted
ones are weighted by the number of references.

References are given as sacrebleu and EASSE take them: a list of reference *streams*, each holding one
reference per source (shape: references x samples).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from statistics import fmean

NGRAM_ORDER = 4

__all__ = [
    "NGRAM_ORDER",
    "SariScore",
    "bleu",
    "chrf",
    "compliance",
    "compression_ratio",
    "facts_kept",
    "normalize",
    "sari",
    "sari_operations",
    "sari_sentence_mean",
]


@dataclass(frozen=True, slots=True)
class SariScore:
    """The three operation scores of SARI (each 0-100) and their mean."""

    add: float
    keep: float
    delete: float

    @property
    def score(self) -> float:
        return (self.add + self.keep + self.delete) / 3


@lru_cache(maxsize=1)
def _tokenizer():
    from sacrebleu.tokenizers.tokenizer_13a import Tokenizer13a

    return Tokenizer13a()


def normalize(text: str) -> str:
    """EASSE's default preprocessing: lowercase, then sacrebleu's 13a tokenisation."""
    return _tokenizer()(text.lower())


def _ngrams(text: str) -> list[Counter[str]]:
    """Counts of the n-grams of orders 1..NGRAM_ORDER of a whitespace-tokenised text."""
    tokens = text.split()
    return [
        Counter(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        for n in range(1, NGRAM_ORDER + 1)
    ]


def _scaled(counts: Counter[str], factor: int) -> Counter[str]:
    return Counter({gram: count * factor for gram, count in counts.items()})


@dataclass(slots=True)
class _Operation:
    """Corpus totals of one operation per n-gram order: correct, by the system, by the references."""

    correct: list[int]
    system: list[int]
    reference: list[int]

    @classmethod
    def empty(cls) -> _Operation:
        return cls([0] * NGRAM_ORDER, [0] * NGRAM_ORDER, [0] * NGRAM_ORDER)

    def add(self, order: int, correct: int, system: int, reference: int) -> None:
        self.correct[order] += correct
        self.system[order] += system
        self.reference[order] += reference

    def f1(self) -> float:
        """F1 per order (0 unless both precision and recall are positive), averaged over the orders."""
        total = 0.0
        for correct, system, reference in zip(self.correct, self.system, self.reference, strict=True):
            precision = correct / system if system else 0.0
            recall = correct / reference if reference else 0.0
            if precision > 0 and recall > 0:
                total += 2 * precision * recall / (precision + recall)
        return total / NGRAM_ORDER


def _check_shapes(
    sources: Sequence[str], predictions: Sequence[str], references: Sequence[Sequence[str]]
) -> None:
    if len(predictions) != len(sources):
        raise ValueError(f"got {len(sources)} sources but {len(predictions)} predictions: they must pair up")
    if not references:
        raise ValueError("no reference streams given: pass references as [[ref_1, ..., ref_n]]")
    for index, stream in enumerate(references, start=1):
        if isinstance(stream, str) or len(stream) != len(sources):
            raise ValueError(
                f"reference stream {index} must be a list of {len(sources)} strings, one per source "
                "(shape: references x samples, as in sacrebleu)"
            )


def sari_operations(
    sources: Sequence[str], predictions: Sequence[str], references: Sequence[Sequence[str]]
) -> SariScore:
    """Corpus-level add, keep and delete scores of SARI, as EASSE's ``get_corpus_sari_operation_scores``."""
    _check_shapes(sources, predictions, references)
    added, kept, deleted = _Operation.empty(), _Operation.empty(), _Operation.empty()
    for index, (source, prediction) in enumerate(zip(sources, predictions, strict=True)):
        source_grams = _ngrams(normalize(source))
        prediction_grams = _ngrams(normalize(prediction))
        reference_grams = [Counter[str]() for _ in range(NGRAM_ORDER)]
        for stream in references:
            for order, grams in enumerate(_ngrams(normalize(stream[index]))):
                reference_grams[order] += grams
        count = len(references)
        for order in range(NGRAM_ORDER):
            src, ref = source_grams[order], reference_grams[order]
            src_weighted = _scaled(src, count)
            pred_weighted = _scaled(prediction_grams[order], count)

            system_added = set(prediction_grams[order]) - set(src)
            added.add(order, len(system_added & set(ref)), len(system_added), len(set(ref) - set(src)))

            system_kept, reference_kept = src_weighted & pred_weighted, src_weighted & ref
            kept.add(
                order,
                (system_kept & reference_kept).total(),
                system_kept.total(),
                reference_kept.total(),
            )

            system_deleted, reference_deleted = src_weighted - pred_weighted, src_weighted - ref
            deleted.add(
                order,
                (system_deleted & reference_deleted).total(),
                system_deleted.total(),
                reference_deleted.total(),
            )
    return SariScore(100 * added.f1(), 100 * kept.f1(), 100 * deleted.f1())


def sari(sources: Sequence[str], predictions: Sequence[str], references: Sequence[Sequence[str]]) -> float:
    """Corpus-level SARI (0-100), as EASSE's ``corpus_sari`` with its defaults."""
    return sari_operations(sources, predictions, references).score


def sari_sentence_mean(
    sources: Sequence[str], predictions: Sequence[str], references: Sequence[Sequence[str]]
) -> float:
    """The mean of SARI computed for each pair alone (how many papers report it; differs from corpus SARI)."""
    _check_shapes(sources, predictions, references)
    if not sources:
        raise ValueError("no pairs to score")
    return fmean(
        sari([source], [prediction], [[stream[i]] for stream in references])
        for i, (source, prediction) in enumerate(zip(sources, predictions, strict=True))
    )


def bleu(predictions: Sequence[str], references: Sequence[Sequence[str]]) -> tuple[float, str]:
    """Corpus BLEU with sacrebleu's defaults (13a, mixed case) and its signature."""
    from sacrebleu.metrics import BLEU

    metric = BLEU()
    return metric.corpus_score(list(predictions), [list(s) for s in references]).score, str(
        metric.get_signature()
    )


def chrf(predictions: Sequence[str], references: Sequence[Sequence[str]]) -> tuple[float, str]:
    """Corpus chrF with sacrebleu's defaults (character 6-grams, beta 2) and its signature."""
    from sacrebleu.metrics import CHRF

    metric = CHRF()
    return metric.corpus_score(list(predictions), [list(s) for s in references]).score, str(
        metric.get_signature()
    )


def compression_ratio(sources: Sequence[str], predictions: Sequence[str]) -> float:
    """Mean over pairs of output characters / source characters (1.0 = same length).

    Pairs whose source is empty after cleaning have no ratio; with no other pair the ratio is 1.0."""
    if len(sources) != len(predictions):
        raise ValueError(f"got {len(sources)} sources but {len(predictions)} predictions: they must pair up")
    ratios = [len(p) / len(s) for s, p in zip(sources, predictions, strict=True) if s]
    if not ratios:
        return 1.0
    return fmean(ratios)


def facts_kept(sources: Sequence[str], predictions: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Per kind of fact (number, date, time, email, url, phone, name): (facts of the sources found in their
    outputs, facts of the sources), by :mod:`simplify.guard`. Kinds the sources lack are left out."""
    from simplify.guard import kept_by_kind

    counts: dict[str, tuple[int, int]] = {}
    for source, prediction in zip(sources, predictions, strict=True):
        for kind, kept in kept_by_kind(source, prediction):
            found, total = counts.get(kind, (0, 0))
            counts[kind] = (found + kept, total + 1)
    return counts


def compliance(units: Sequence[str], *, level: str = "leichte") -> tuple[int, int]:
    """(units without any rule finding, units), by :func:`simplify.check.check_units`."""
    from simplify.check import check_units

    flagged = {finding.line for finding in check_units(units, level=level)}
    return len(units) - len(flagged), len(units)
