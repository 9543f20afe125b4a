"""The checker's word lists: commented TSV files in ``simplify/data/check_*.tsv``, read once."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of ``data/check_NAME.tsv`` without comments and blank lines."""
    text = resources.files("simplify").joinpath(f"data/check_{name}.tsv").read_text(encoding="utf-8")
    return tuple(
        tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def mapping(name: str) -> dict[str, str]:
    """First column -> second column."""
    return {row[0]: row[1] for row in rows(name)}


@cache
def words(name: str, kind: str | None = None) -> frozenset[str]:
    """First column (or, with ``kind``, the second column of rows whose first column is ``kind``)."""
    if kind is None:
        return frozenset(row[0] for row in rows(name))
    return frozenset(row[1] for row in rows(name) if row[0] == kind)


@cache
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of a German word (0 for unknown words, 7 for the most common)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "de")
