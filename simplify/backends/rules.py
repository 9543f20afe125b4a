"""The embedded rule engine: the default backend, fully offline."""

from __future__ import annotations

from collections.abc import Sequence

from simplify.backends.base import Backend
from simplify.document import VERBATIM_BLOCKS, Rewrite, Sentence, Token
from simplify.rewrite import issuer, speech, voice
from simplify.rewrite.engine import simplify_sentence

# Blocks the sentence rules never touch: headings stay short titles, contact and date lines stay verbatim.
UNTOUCHED_BLOCKS = {"heading", *VERBATIM_BLOCKS}


class RuleBackend(Backend):
    """Rewrites each sentence with the rules of :mod:`simplify.rewrite` (their names in ``rules``).

    Within a paragraph, a sentence that goes on in Konjunktiv I after reported speech ("Haase erklärte,
    ... . Bei den Krippen sei ...") is rewritten as the same person's speech (S11). Where the release names
    its issuer without doubt, the "man" of a passive made active becomes the issuer (S5.issuer).
    """

    name = "rules"

    def rewrite(self, sentences: Sequence[Sentence]) -> list[Rewrite]:
        out = []
        said_by: list[Token] | None = None
        block = None
        for sentence in sentences:
            if sentence.block_index != block:
                said_by, block = None, sentence.block_index
            attributed = speech.continued(sentence.tokens, said_by) if said_by else None
            out.append(self._one(sentence, attributed))
            said_by = speech.speaker(sentence.tokens) or (said_by if attributed else None)
        voice.with_issuer(out, issuer.find(sentences))
        return out

    def _one(self, sentence: Sentence, tokens: tuple[Token, ...] | None = None) -> Rewrite:
        if sentence.block in UNTOUCHED_BLOCKS or not sentence.tokens:
            return Rewrite(sentence, [sentence.text], [], self.name)
        output, rules = simplify_sentence(tokens or sentence.tokens, self.settings.level)
        if not output:
            return Rewrite(sentence, [sentence.text], [], self.name)
        continued = ["S11.continued"] if tokens is not None else []
        return Rewrite(sentence, list(output), [*continued, *rules], self.name)
