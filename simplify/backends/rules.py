"""The embedded rule engine: the default backend, fully offline."""

from __future__ import annotations

from collections.abc import Sequence

from simplify.backends.base import Backend
from simplify.document import Rewrite, Sentence
from simplify.rewrite.engine import simplify_sentence

# Blocks the sentence rules never touch: headings stay short titles, contact lines stay verbatim.
UNTOUCHED_BLOCKS = {"heading", "contact"}


class RuleBackend(Backend):
    """Rewrites each sentence with the rules of :mod:`simplify.rewrite` (ids from RULES.md in ``rules``)."""

    name = "rules"

    def rewrite(self, sentences: Sequence[Sentence]) -> list[Rewrite]:
        return [self._one(sentence) for sentence in sentences]

    def _one(self, sentence: Sentence) -> Rewrite:
        if sentence.block in UNTOUCHED_BLOCKS or not sentence.tokens:
            return Rewrite(sentence, [sentence.text], [], self.name)
        output, rules = simplify_sentence(sentence.tokens, self.settings.level)
        if not output:
            return Rewrite(sentence, [sentence.text], [], self.name)
        return Rewrite(sentence, list(output), list(rules), self.name)
