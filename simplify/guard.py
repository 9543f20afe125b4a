"""The fact guard: what a source sentence states (numbers, dates, names, ...) must be in its output."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from simplify.document import Rewrite, Sentence


def apply(rewrites: Sequence[Rewrite], *, fallback: Callable[[Sentence], list[str]]) -> None:
    """Check every rewrite; one that lost a fact gets ``fallback(sentence)`` and ``guard-fallback``."""
    for rewrite in rewrites:
        rewrite.facts_kept = 0
        rewrite.facts_missing = []
