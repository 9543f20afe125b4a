"""Date lines of a release: the publication date in a page's metadata line, a dateline's office code.

"Datum: 18. September 2025|Thema: Facebook, …" is page metadata, but its date is the release's date: it
becomes a date line of its own. "Münster (SMS) Die Stadt …" opens with a dateline whose office code ("SMS",
"pid", "dpa") is no parenthesis of the sentence: "Münster (SMS)" becomes a date line of its own and keeps its
brackets. Date lines are kept as written (only dates are written out, "05.07.2023" -> "5. Juli 2023").
"""

from __future__ import annotations

import re

from simplify.document import Block
from simplify.rewrite.numbers import MONTHS

_MONTH_NAMES = "|".join(MONTHS)
DATE = re.compile(rf"\b(\d{{1,2}})\.\s?(?:(\d{{1,2}})\.\s?|({_MONTH_NAMES})\s+)(\d{{4}}|\d{{2}})\b")
_PUBLISHED = re.compile(r"^(?:datum|veröffentlicht(?: am)?|erschienen(?: am)?)\s*:?\s*", re.IGNORECASE)
_PLACE = r"[A-ZÄÖÜ][\w.\-]*(?:[ /][A-ZÄÖÜ][\w.\-]*){0,3}"
_CODE = r"(?:[A-ZÄÖÜ]{2,6}|[a-zäöü]{2,6})(?:/(?:[A-ZÄÖÜ]{2,6}|[a-zäöü]{2,6}))*"
_OFFICE_CODE = re.compile(
    rf"^(?P<line>{_PLACE}(?:,? (?:den )?\d{{1,2}}\.\s?(?:\d{{1,2}}\.|(?:{_MONTH_NAMES}))\s?\d{{2,4}})?"
    rf" \({_CODE}\))(?:\s+[–—-])?\s+(?=[A-ZÄÖÜ„\"0-9])"
)
_FIRST_BLOCKS = 3
"""A dateline is looked for in this many leading blocks of the release."""


def _day(match: re.Match[str]) -> tuple[int, int, int]:
    day, month_number, month_name, year = match.groups()
    month = int(month_number) if month_number else MONTHS.index(month_name) + 1
    return int(day), month, int(year) + (2000 if len(year) == 2 else 0)


def release_date(meta: str) -> str | None:
    """The publication date of a metadata line ("Datum: 18. September 2025|Thema: …", "veröffentlicht am:
    05.07.2023, 10:14 Uhr") as written, or None (no date, or the date of an update)."""
    first = meta.split("|")[0].strip()
    label = _PUBLISHED.match(first)
    if label is None:
        return None
    match = DATE.match(first, label.end())
    return match.group() if match else None


def states_date(blocks: list[Block], date: str) -> bool:
    """Whether one of the leading blocks already states ``date`` (in any written form)."""
    match = DATE.search(date)
    wanted = _day(match) if match else None
    head = " ".join(block.text for block in blocks[:_FIRST_BLOCKS])
    return any(_day(m) == wanted for m in DATE.finditer(head))


def split_office_code(blocks: list[Block]) -> list[Block]:
    """The blocks with a leading dateline that holds an office code split off its paragraph as a date line."""
    for index, block in enumerate(blocks[:_FIRST_BLOCKS]):
        if block.kind != "paragraph":
            continue
        match = _OFFICE_CODE.match(block.text)
        if match is None:
            continue
        rest = Block("paragraph", block.text[match.end() :])
        return [*blocks[:index], Block("dateline", match["line"]), rest, *blocks[index + 1 :]]
    return blocks
