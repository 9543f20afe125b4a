"""Remove web and app boilerplate around a release; what was removed is kept and reported."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from simplify.document import Block, Document, Removed, Source
from simplify.errors import InputError
from simplify.lexicon import table

_BANNER_GAP = 2
"""Blocks between two banner blocks that are removed with them (the sentences inside a banner)."""
_BANNER_REGION = 0.5
"""Banners are looked for in this leading share of the blocks only."""


@dataclass(frozen=True, slots=True)
class Pattern:
    action: str
    regex: re.Pattern[str]
    reason: str


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    """The rules of ``data/input/boilerplate.tsv``."""
    return tuple(
        Pattern(action, re.compile(regex, re.IGNORECASE), reason)
        for action, regex, reason in table("input/boilerplate.tsv")
    )


def _match(block: Block, action: str) -> Pattern | None:
    text = block.text.strip()
    return next((p for p in patterns() if p.action == action and p.regex.search(text)), None)


def _banner_span(blocks: list[Block]) -> tuple[int, int, str] | None:
    """First and last index of the banner run at the top, if any."""
    limit = max(1, int(len(blocks) * _BANNER_REGION))
    hits = [(i, p.reason) for i, b in enumerate(blocks[:limit]) if (p := _match(b, "banner")) is not None]
    if not hits:
        return None
    first, reason = hits[0]
    last = first
    for index, _ in hits[1:]:
        if index - last - 1 > _BANNER_GAP:
            break
        last = index
    return first, last, reason


def clean(source: Source, parsed: tuple[list[Block], list[Removed]]) -> Document:
    """Drop banners, footers, navigation, ads and repeated lines; raise if nothing is left."""
    blocks, removed = parsed
    removed = list(removed)
    span = _banner_span(blocks)
    kept: list[Block] = []
    seen: set[str] = set()
    started = False
    for index, block in enumerate(blocks):
        if span is not None and span[0] <= index <= span[1]:
            removed.append(Removed(block.text, span[2]))
            continue
        nav = _match(block, "nav")
        if nav is not None and not started:
            removed.extend(Removed(b.text, nav.reason) for b in kept)
            kept.clear()
            seen.clear()
        cut = nav or _match(block, "cut-rest")
        if cut is not None and started:
            removed.extend(Removed(b.text, cut.reason) for b in blocks[index:])
            break
        drop = cut or _match(block, "drop")
        if drop is not None:
            removed.append(Removed(block.text, drop.reason))
            continue
        key = " ".join(block.text.split()).casefold()
        if key in seen and block.kind != "contact":
            removed.append(Removed(block.text, "Wiederholung"))
            continue
        seen.add(key)
        kept.append(block)
        started = started or block.kind == "paragraph"
    if not kept:
        name = source.path or "<stdin>"
        raise InputError(f"{name}: no press release text left after removing boilerplate")
    return Document(source, kept, removed)
