"""What the rules look at: one unit of text with its analysed tokens and their character offsets."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from simplify.document import Sentence, Token

FINITE = ("VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP")
CLAUSE_BREAKS = {",", ";", ":", "–", "—", "(", ")"}
QUOTES = set('„“”"»«‚‘')


class Hit(NamedTuple):
    """One finding inside a unit: rule id, character span, German advice."""

    rule: str
    start: int
    end: int
    message: str


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence, heading or input line, analysed once and shared by all rules."""

    index: int
    text: str
    tokens: tuple[Token, ...]
    spans: tuple[tuple[int, int], ...]
    block: str
    sentence_starts: tuple[int, ...] = (0,)
    explained: frozenset[str] = frozenset()  # words an explanation line of the text explains (W2)

    def hit(self, rule: str, first: int, last: int, message: str) -> Hit:
        """A hit spanning tokens ``first`` to ``last`` (inclusive)."""
        return Hit(rule, self.spans[first][0], self.spans[last][1], message)

    def words(self) -> list[int]:
        """Indices of the tokens that are words (or numbers), not punctuation."""
        return [i for i, t in enumerate(self.tokens) if any(c.isalnum() for c in t.text)]

    def clauses(self) -> Iterator[range]:
        """Token ranges between commas, semicolons, colons, dashes and brackets."""
        start = 0
        for i, token in enumerate(self.tokens):
            if token.text in CLAUSE_BREAKS:
                if i > start:
                    yield range(start, i)
                start = i + 1
        if start < len(self.tokens):
            yield range(start, len(self.tokens))

    def lower(self, i: int) -> str:
        return self.tokens[i].text.lower()

    def sentences(self) -> list[Unit]:
        """One unit per sentence of this line; they share the line's text, so their hits keep their place."""
        bounds = [*self.sentence_starts, len(self.tokens)]
        return [
            Unit(
                self.index, self.text, self.tokens[a:b], self.spans[a:b], self.block, explained=self.explained
            )
            for a, b in itertools.pairwise(bounds)
            if b > a
        ]

    @property
    def is_question(self) -> bool:
        return any(t.text == "?" for t in self.tokens[-2:])

    @property
    def has_quotes(self) -> bool:
        return any(c in QUOTES for c in self.text)


def _spans(text: str, tokens: tuple[Token, ...]) -> tuple[tuple[int, int], ...]:
    """Character offsets of each token in ``text``; SoMaJo may normalise a token, then it keeps its place."""
    spans, position = [], 0
    for token in tokens:
        found = text.find(token.text, position)
        if found < 0 or text[position:found].strip():
            found = position + len(text[position:]) - len(text[position:].lstrip())
            end = min(len(text), found + len(token.text))
        else:
            end = found + len(token.text)
        spans.append((found, end))
        position = end
    return tuple(spans)


def build_unit(index: int, unit: str | Sentence) -> Unit:
    """Analyse a string (it may hold several sentences) or take a segmented Sentence as it is."""
    if isinstance(unit, Sentence):
        return Unit(index, unit.text, unit.tokens, _spans(unit.text, unit.tokens), unit.block)
    from simplify.nlp.analysis import tokenize

    sentences = tokenize(unit) if unit.strip() else []
    tokens = tuple(t for sentence in sentences for t in sentence)
    starts, count = [], 0
    for sentence in sentences:
        starts.append(count)
        count += len(sentence)
    return Unit(index, unit, tokens, _spans(unit, tokens), "line", tuple(starts) or (0,))
