"""The default backend: the configured seq2seq model if it loads from this machine, else the rule engine.

``auto`` never downloads and never contacts a server (the LLM backend must be chosen by name), and the
settings record says which backend ran and why.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from simplify.backends.base import Backend
from simplify.backends.rules import RuleBackend
from simplify.document import Rewrite, Sentence
from simplify.errors import UsageError
from simplify.settings import Settings


def resolved(settings: Settings) -> str:
    """The backend ``auto`` will run, found without loading anything: ``seq2seq`` when ``--model`` names a
    model folder or cached hub model on this machine, else ``rules``."""
    if not settings.model:
        return "rules"
    from simplify.backends.catalog import locate

    try:
        locate(settings.model, download=False)
    except UsageError:
        return "rules"
    return "seq2seq"


class AutoBackend(Backend):
    """Delegates to :class:`Seq2SeqBackend` (local model) or :class:`RuleBackend`."""

    name = "auto"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.chosen: Backend
        if not settings.model:
            self.chosen, self.reason = RuleBackend(settings), "no --model given"
            return
        from simplify.backends.seq2seq import Seq2SeqBackend

        try:
            self.chosen = Seq2SeqBackend(settings, download=False)
        except UsageError as error:
            self.chosen, self.reason = RuleBackend(settings), f"model not loaded: {error}"
            logging.getLogger("simplify").warning("simplify: --backend auto uses the rule engine: %s", error)
        else:
            self.reason = "model found on this machine"

    @property
    def ran(self) -> str:
        """The name of the backend that does the work."""
        return self.chosen.name

    def rewrite(self, sentences: Sequence[Sentence]) -> list[Rewrite]:
        return self.chosen.rewrite(sentences)

    def describe(self) -> dict[str, str]:
        return {**self.chosen.describe(), "backend_requested": self.name, "backend_reason": self.reason}
