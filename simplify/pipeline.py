"""The stages of a conversion in order: read, clean, check language, segment, rewrite, post-process, guard."""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from simplify import clean, guard, language, review
from simplify.backends import load_backend
from simplify.backends.base import Backend
from simplify.document import Document, Result, Rewrite, Sentence, Source
from simplify.errors import InputError
from simplify.io.parse import parse
from simplify.rewrite import abbreviations
from simplify.rewrite.post import postprocess
from simplify.segment import segment
from simplify.settings import Settings


class Pipeline:
    """Runs the stages with one set of settings; the backend is loaded once and reused."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    @cached_property
    def backend(self) -> Backend:
        return load_backend(self.settings.backend)(self.settings)

    @cached_property
    def _uses_model(self) -> bool:
        """Whether a model wrote the output (``auto`` may have chosen the rule engine)."""
        return self.backend.describe().get("backend", self.backend.name) != "rules"

    @cached_property
    def _rules(self) -> Backend:
        """The rule engine that writes the fallback for a model's output."""
        return load_backend("rules")(self.settings)

    def _fallback(self, sentence: Sentence) -> list[str]:
        """What replaces an output that lost or invented a fact: for a model's output the rule engine's
        rewrite, for the rule engine's own output the source sentence; post-processed either way."""
        rewrite = (
            self._rules.rewrite([sentence])[0] if self._uses_model else Rewrite(sentence, [sentence.text])
        )
        postprocess([rewrite], self.settings)
        return rewrite.output

    def prepare(self, source: Source) -> Document:
        """Read, clean and check the language; raises InputError for input that cannot be converted."""
        document = clean.clean(source, parse(source))
        document.language = language.check(document, force=self.settings.force)
        return document

    def run(self, source: Source) -> Result:
        document = _normal_case(self.prepare(source))
        sentences = segment(document)
        if not sentences:
            raise InputError(f"{source.path or '<stdin>'}: no sentence found in the text")
        rewrites = self.backend.rewrite(sentences)
        if self._uses_model:
            guard.reject_invented(rewrites, fallback=self._fallback)
        postprocess(rewrites, self.settings)
        guard.apply(rewrites, fallback=self._fallback)
        review.mark(rewrites, self.settings.level)
        kept = "\n".join(block.text for block in document.blocks)
        removed = guard.removed([line.text for line in document.removed], kept)
        return Result(document, rewrites, self.settings.record(**self.backend.describe()), removed)


def _normal_case(document: Document) -> Document:
    """A release written mostly in capitals, in normal case where that is safe, so that it is rewritten
    like any other (``simplify check`` still sees the capitals)."""
    if not abbreviations.shouted(" ".join(block.text for block in document.blocks)):
        return document
    document.blocks = [
        replace(block, text=abbreviations.normal_case(block.text)) for block in document.blocks
    ]
    return document


def simplify_text(text: str, *, settings: Settings | None = None) -> str:
    """Convert a release given as plain text and return the output text, one sentence per line."""
    from simplify.io.render import render_text

    return render_text(Pipeline(settings).run(Source(text)))
