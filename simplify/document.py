"""The document model every stage reads and writes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list", "contact", "dateline"]
EXPLANATION_PREFIX = "Das bedeutet: "
"""How a line that explains a hard word starts (W2): written by the rewriter, read by the checker."""
_WORD_EXPLANATION = re.compile(r"Das Wort \S+ bedeutet: ")
"""The other form, for an explanation that names its word ("Das Wort fußläufig bedeutet: ...")."""


def is_explanation(line: str) -> bool:
    """Whether a line explains a hard word (W2)."""
    return line.startswith(EXPLANATION_PREFIX) or bool(_WORD_EXPLANATION.match(line))


VERBATIM_BLOCKS = frozenset({"contact", "dateline"})
"""Blocks whose lines pass through as written: contact blocks and date lines (:mod:`simplify.datelines`)."""


@dataclass(frozen=True, slots=True)
class Source:
    """Raw input text, its format (txt, md, html, docx) and where it came from."""

    text: str
    format: str = "txt"
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, paragraph, list item, contact block or date line of the cleaned release."""

    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class Removed:
    """A line cleaning removed, with the German reason shown to editors."""

    text: str
    reason: str


@dataclass(slots=True)
class Document:
    """The cleaned release: the blocks that are kept, what was removed, and what a cleaning rule matched but
    was kept because it is text (``kept_notes``, reason "behalten: …")."""

    source: Source
    blocks: list[Block]
    removed: list[Removed] = field(default_factory=list)
    kept_notes: list[Removed] = field(default_factory=list)
    language: str = "de"


@dataclass(frozen=True, slots=True)
class Token:
    """One token with SoMaJo's class and HanTa's analysis.

    ``pos`` is the STTS tag (NN, VVFIN, APPR, ...), ``morphemes`` HanTa's morpheme analysis
    (for nouns and adjectives: the compound parts, each with its label, e.g. ``("stadt", "NN")``).
    """

    text: str
    pos: str = ""
    lemma: str = ""
    morphemes: tuple[tuple[str, str], ...] = ()
    kind: str = "regular"
    space_after: bool = True

    @property
    def compound_parts(self) -> tuple[str, ...]:
        """Lexical parts of a compound word in lower case (empty for simple words)."""
        parts = tuple(m for m, label in self.morphemes if label.split("_")[0] in {"NN", "ADJ", "VV", "NE"})
        return parts if len(parts) > 1 else ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """One unit of the release: a sentence, a heading, a list item, a contact line or a date line."""

    text: str
    tokens: tuple[Token, ...]
    block: BlockKind
    block_index: int


@dataclass(frozen=True, slots=True)
class Review:
    """Why the editor must simplify a sentence by hand: the rule it still breaks, the reason (German), the
    words concerned."""

    rule: str
    reason: str
    text: str


@dataclass(slots=True)
class Rewrite:
    """What a backend made of one source sentence.

    ``rules`` lists the names of the rules that changed it ("S3.relative"; docs/rules.md lists them under
    their ids), plus markers such as ``model:NAME`` or ``guard-fallback``.
    """

    source: Sentence
    output: list[str]
    rules: list[str] = field(default_factory=list)
    backend: str = "rules"
    facts_kept: int = 0
    facts_missing: list[str] = field(default_factory=list)
    review: list[Review] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule the text breaks, with its place (1-based line and column) and German advice."""

    rule: str
    message: str
    text: str
    line: int = 1
    column: int = 1


@dataclass(slots=True)
class Result:
    """A converted document: the cleaned input, its sentences, and one rewrite per sentence."""

    document: Document
    rewrites: list[Rewrite]
    settings: dict[str, object]
    removed_facts: list[list[str]] = field(default_factory=list)
    """For each line of ``document.removed``, the facts it held that the kept text does not state."""

    @property
    def sentences(self) -> list[Sentence]:
        return [r.source for r in self.rewrites]

    @property
    def facts_removed(self) -> list[str]:
        """Facts that cleaning removed with boilerplate lines: lost as much as a fact the rewriting lost."""
        return [fact for facts in self.removed_facts for fact in facts]

    def _removed_facts(self) -> list[list[str]]:
        return self.removed_facts or [[] for _ in self.document.removed]

    def to_json(self) -> dict[str, object]:
        """The JSON object of ``convert --format json``."""
        kept = sum(r.facts_kept for r in self.rewrites)
        missing = [fact for r in self.rewrites for fact in r.facts_missing]
        return {
            "settings": self.settings,
            "removed": [
                {"text": r.text, "reason": r.reason, "facts": facts}
                for r, facts in zip(self.document.removed, self._removed_facts(), strict=True)
            ],
            "kept_notes": [{"text": r.text, "reason": r.reason} for r in self.document.kept_notes],
            "facts": {"kept": kept, "missing": missing, "removed_by_cleaning": self.facts_removed},
            "review": sum(1 for r in self.rewrites if r.review),
            "sentences": [
                {
                    "source": r.source.text,
                    "output": r.output,
                    "rules": r.rules,
                    "block": r.source.block,
                    "backend": r.backend,
                    "facts": {"kept": r.facts_kept, "missing": r.facts_missing},
                    "review": [{"rule": v.rule, "reason": v.reason, "text": v.text} for v in r.review],
                }
                for r in self.rewrites
            ],
        }
