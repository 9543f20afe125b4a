"""Remove web and app furniture around a release; what was removed is kept and reported.

Furniture is recognised by the rules of ``data/input/boilerplate.tsv`` and by its shape: a rule removes only
blocks that look like page furniture, never a sentence of prose (a sentence with a finite verb and at least
``PROSE_WORDS`` words), a list item or a contact line. Exceptions, because they are furniture written as
prose: the sentences of a cookie or app banner that speak to the reader as the site does ("Wir nutzen
Cookies …", "Ihre Einwilligung …") in a run at the top, and whatever follows an unambiguous end of the
article ("Ende des Artikels", "Diesen Inhalt teilen!"). A block a rule matched but the shape check kept is
reported as kept ("behalten: …"). Of repeated blocks only a repeated headline is removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from simplify import datelines
from simplify.document import Block, Document, Removed, Source
from simplify.errors import InputError
from simplify.lexicon import table

PROSE_WORDS = 4
"""A sentence of at least this many words with a finite verb is prose."""
_BANNER_GAP = 2
"""Blocks between two banner blocks that are removed with them when they look like furniture too."""
_BANNER_REGION = 0.5
"""Banners are looked for in this leading share of the blocks only."""
_HINT_WORDS = 15
"""App words ("Werbung", "Abo") make a banner only in one sentence of at most this many words."""
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")
_SENTENCE_END = re.compile(r"[.!?:…“\"»)]\s*$")
_HEADLINE_REGION = 3
"""A repeat of a heading among this many leading kept blocks is a repeated headline."""
_FINITE = ("VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP")
_QUOTED = re.compile(r"„[^“]*“|\"[^\"]*\"|»[^«]*«")
_FIRST_PERSON = re.compile(r"\b(?:wir|uns|unser\w*|euch|eure?\w*|du|dich|dir|dein\w*)\b", re.IGNORECASE)
_FORMAL = re.compile(r"(?<=[\w,;)] )(?:Sie|Ihnen|Ihre?[mnrs]?)\b")


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


def _match(block: Block, *actions: str) -> Pattern | None:
    if block.kind in {"contact", "dateline"}:
        return None
    text = block.text.strip()
    return next((p for p in patterns() if p.action in actions and p.regex.search(text)), None)


@lru_cache(maxsize=4096)
def prose(text: str) -> bool:
    """Whether ``text`` holds a sentence of at least ``PROSE_WORDS`` words with a finite verb."""
    from simplify.nlp.analysis import tokenize

    for sentence in tokenize(text):
        words = [t for t in sentence if any(c.isalpha() for c in t.text)]
        if len(words) >= PROSE_WORDS and any(t.pos in _FINITE for t in words):
            return True
    return False


def speaks_to_reader(text: str) -> bool:
    """Whether ``text`` (outside quotations) addresses the reader as a site does: wir, uns, unser-, du, and
    Sie or Ihr- inside a sentence (at its start they may mean "they" or "her")."""
    text = _QUOTED.sub(" ", text)
    return bool(_FIRST_PERSON.search(text) or _FORMAL.search(text))


def _content(block: Block) -> bool:
    """A block that belongs to a release wherever it stands: prose that ends as a sentence does (a teaser
    headline does not), a list item, a contact or date line."""
    return block.kind in {"list", "contact", "dateline"} or (
        bool(_SENTENCE_END.search(block.text)) and prose(block.text)
    )


def _furniture_like(block: Block) -> bool:
    """A block that may stand before a banner: no prose, or prose that speaks to the reader."""
    return block.kind not in {"list", "contact", "dateline"} and (
        not prose(block.text) or speaks_to_reader(block.text)
    )


def _banner_anchor(block: Block) -> Pattern | None:
    """The banner rule a block is a banner by: its whole shape, banner words in a block that speaks to the
    reader, or app words ("Werbung", "Abo") in one short sentence that speaks to the reader."""
    if (pattern := _match(block, "banner")) is not None:
        return pattern
    if not speaks_to_reader(block.text):
        return None
    if (pattern := _match(block, "banner-words")) is not None:
        return pattern
    pattern = _match(block, "banner-hint")
    short = len(block.text.split()) <= _HINT_WORDS and not _SENTENCE_INSIDE.search(block.text.strip())
    return pattern if pattern is not None and short else None


def _inside_banner(block: Block) -> bool:
    """A block between two banner blocks that goes with them: banner words, or prose to the reader."""
    return _match(block, "banner-words", "banner-hint") is not None or (
        prose(block.text) and speaks_to_reader(block.text)
    )


def _banner_span(blocks: list[Block]) -> tuple[int, int, str] | None:
    """First and last index of the banner run at the top, if any."""
    limit = min(len(blocks), max(1, int(len(blocks) * _BANNER_REGION)))
    first = next((i for i in range(limit) if _banner_anchor(blocks[i]) is not None), None)
    if first is None or any(_content(b) and not _furniture_like(b) for b in blocks[:first]):
        return None
    reason = _banner_anchor(blocks[first]).reason  # type: ignore[union-attr]
    last = first
    for index in range(first + 1, limit):
        if index - last - 1 > _BANNER_GAP:
            break
        if _banner_anchor(blocks[index]) is not None and all(map(_inside_banner, blocks[last + 1 : index])):
            last = index
    return first, last, reason


def _followed_by_content(blocks: list[Block], index: int, *, whole: bool) -> bool:
    """Whether prose, a list or a contact line follows block ``index``: the next block, or (``whole``) any
    block before the next unambiguous marker."""
    for block in blocks[index + 1 :]:
        if _match(block, "nav", "cut-rest") is not None:
            return False
        if _content(block):
            return True
        if not whole:
            return False
    return False


class _Cleaner:
    """One pass over the blocks of a page: what is kept, what is removed, what was kept despite a rule."""

    def __init__(self, blocks: list[Block], removed: list[Removed]) -> None:
        self.blocks = blocks
        self.kept: list[Block] = []
        self.removed = removed
        self.notes: list[Removed] = []
        self.started = False

    def _note(self, block: Block, pattern: Pattern) -> None:
        self.notes.append(Removed(block.text, f"behalten: sieht aus wie {pattern.reason}, ist aber Text"))

    def _navigation(self, index: int, block: Block, pattern: Pattern) -> str:
        """A nav, menu, cut-rest or more block: "cut" (the rest of the page goes), "removed" or "kept"."""
        if pattern.action in {"menu", "more"} and _followed_by_content(
            self.blocks, index, whole=self.started
        ):
            self._note(block, pattern)
            return "kept"
        if self.started:
            self.removed.extend(Removed(b.text, pattern.reason) for b in self.blocks[index:])
            return "cut"
        if pattern.action in {"nav", "menu"}:
            self.removed.extend(Removed(b.text, pattern.reason) for b in self.kept if b.kind != "contact")
            self.kept = [b for b in self.kept if b.kind == "contact"]
        self.removed.append(Removed(block.text, pattern.reason))
        return "removed"

    def _dropped(self, block: Block) -> bool:
        pattern = _match(block, "drop", "meta")
        if pattern is None:
            return False
        if prose(block.text):
            self._note(block, pattern)
            return False
        self.removed.append(Removed(block.text, pattern.reason))
        return True

    def _repeated_headline(self, block: Block) -> bool:
        """A heading that repeats one of the first kept headings, or a line without prose that repeats one
        of the first kept lines (a title that ends with "!")."""
        if block.kind not in {"heading", "paragraph"}:
            return False
        key = " ".join(block.text.split()).casefold()
        for earlier in self.kept[:_HEADLINE_REGION]:
            if earlier.kind == block.kind and " ".join(earlier.text.split()).casefold() == key:
                if block.kind == "paragraph" and prose(block.text):
                    return False
                self.removed.append(Removed(block.text, "Wiederholung"))
                return True
        return False

    def run(self) -> None:
        span = _banner_span(self.blocks)
        region = len(self.blocks) * _BANNER_REGION
        for index, block in enumerate(self.blocks):
            if span is not None and span[0] <= index <= span[1]:
                self.removed.append(Removed(block.text, span[2]))
                continue
            if index < region and (banner := _match(block, "banner", "banner-words", "banner-hint")):
                self._note(block, banner)
            if (nav := _match(block, "nav", "menu", "cut-rest", "more")) is not None:
                outcome = self._navigation(index, block, nav)
                if outcome == "cut":
                    break
                if outcome == "removed":
                    continue
            if self._dropped(block) or self._repeated_headline(block):
                continue
            self.kept.append(block)
            self.started = self.started or block.kind == "paragraph"


def _release_date(blocks: list[Block], kept: list[Block]) -> list[Block]:
    """The date of the page's metadata line as the first line, unless the release states it near the top."""
    for block in blocks:
        pattern = _match(block, "meta")
        date = datelines.release_date(block.text) if pattern is not None else None
        if date is not None:
            return kept if datelines.states_date(kept, date) else [Block("dateline", date), *kept]
    return kept


def _unambiguous_marker(line: str) -> bool:
    return _match(Block("heading", line), "nav", "cut-rest") is not None


def _contact_until_furniture(blocks: list[Block]) -> list[Block]:
    """The blocks with each contact block ended at a line of page furniture that it took in ("Zurück zur
    Übersicht" right after the e-mail address); the furniture lines become blocks of their own."""
    out: list[Block] = []
    for block in blocks:
        lines = block.text.splitlines()
        end = next((i for i, line in enumerate(lines) if _unambiguous_marker(line)), None)
        if block.kind != "contact" or end is None:
            out.append(block)
            continue
        if end:
            out.append(Block("contact", "\n".join(lines[:end])))
        out.extend(Block("heading", line) for line in lines[end:])
    return out


def clean(source: Source, parsed: tuple[list[Block], list[Removed]]) -> Document:
    """Drop banners, footers, navigation, ads and a repeated headline; raise if nothing is left."""
    blocks, removed = parsed
    blocks = _contact_until_furniture(blocks)
    cleaner = _Cleaner(blocks, list(removed))
    cleaner.run()
    kept = datelines.split_office_code(_release_date(blocks, cleaner.kept))
    if not kept:
        name = source.path or "<stdin>"
        raise InputError(f"{name}: no press release text left after removing boilerplate")
    return Document(source, kept, cleaner.removed, kept_notes=cleaner.notes)
