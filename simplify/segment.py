"""The segmentation stage: the blocks of a cleaned document as analysed units (sentences, headings, lines)."""

from __future__ import annotations

from collections.abc import Iterable

from simplify.document import VERBATIM_BLOCKS, Block, Document, Sentence, Token
from simplify.nlp.analysis import RawToken, analyse, split


def _join(tokens: Iterable[Token]) -> str:
    return "".join(t.text + (" " if t.space_after else "") for t in tokens).strip()


def _join_raw(raw: list[RawToken]) -> str:
    return "".join(text + (" " if space else "") for text, _kind, space in raw).strip()


def _lines(block: Block) -> list[str]:
    """The lines of a contact block or date line, as written."""
    return [line.strip() for line in block.text.splitlines() if line.strip()]


def _units(block: Block) -> list[list[RawToken]]:
    """Raw tokens of each unit: headings stay whole, paragraphs and list items are split."""
    if block.kind == "heading":
        units = [[tok for sentence in split(block.text) for tok in sentence]]
    else:
        units = split(block.text)
    return [raw for raw in units if raw]


def segment_block(block: Block, index: int) -> list[Sentence]:
    """The analysed units of one block; a contact or date line keeps its text exactly as written."""
    if block.kind in VERBATIM_BLOCKS:
        lines = [(line, [tok for s in split(line) for tok in s]) for line in _lines(block)]
        return [Sentence(line, analyse(raw), block.kind, index) for line, raw in lines if raw]
    return [Sentence(_join(tokens), tokens, block.kind, index) for tokens in map(analyse, _units(block))]


def segment(document: Document) -> list[Sentence]:
    """All units of the document in order."""
    return [s for i, block in enumerate(document.blocks) for s in segment_block(block, i)]


def unit_texts(document: Document) -> list[str]:
    """The texts of :func:`segment`'s units without the analysis (for scoring, which needs no tags)."""
    texts = []
    for block in document.blocks:
        if block.kind in VERBATIM_BLOCKS:
            texts.extend(_lines(block))
        else:
            texts.extend(_join_raw(raw) for raw in _units(block))
    return texts
