"""The protocol every rewriting backend follows."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import ClassVar

from simplify.document import Rewrite, Sentence
from simplify.settings import Settings


class Backend(ABC):
    """Rewrites analysed sentences; one :class:`Rewrite` per input sentence, in order.

    Backends get all sentences of a document at once, so they can batch (a model) or group by
    paragraph (an LLM, using ``Sentence.block_index``). Loading happens in ``__init__``; a backend
    that cannot load raises :class:`simplify.errors.UsageError` with the way out.
    """

    name: ClassVar[str]

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @abstractmethod
    def rewrite(self, sentences: Sequence[Sentence]) -> list[Rewrite]:
        """Rewrite each sentence; the result has the same length and order as ``sentences``."""

    def describe(self) -> dict[str, str]:
        """What goes into the settings record besides the settings (model id, endpoint, ...)."""
        return {"backend": self.name}
