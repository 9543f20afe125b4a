"""Numbers, dates and times in the standard forms of Leichte Sprache (rules Z1, Z2, Z4, Z5, Z6).

Each rule is a text rule ``text -> text`` (see :mod:`simplify.rewrite.rules`); the post-processing runs them
in the order of ``data/rewrite/order.tsv``, and the fact guard runs them too to compare facts in the same
canonical forms ("vier" -> "4", "9 Uhr" -> "9:00 Uhr"). Every rule is idempotent: its output is already in the
form it produces.
"""

from __future__ import annotations

import re
from functools import cache

from simplify.nlp.numbers import cardinal, number_table
from simplify.rewrite.glossary import opens_sentence
from simplify.rewrite.rules import rule

MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_DATE = rf"\d{{1,2}}\.\s{_MONTH}(?:\s\d{{4}})?"
_DASH = r"\s*[-–]\s*"
_FROM = r"(?:\b(am|vom|von|Am|Vom|Von)\s+)?"


@cache
def _phrase_pattern() -> re.Pattern[str]:
    _, phrases = number_table()
    alternatives = "|".join(
        f"[{p[0].upper()}{p[0]}]{re.escape(p[1:])}" for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)")


_WORD = re.compile(r"(?<![\w\-])([A-ZÄÖÜa-zäöüß]+)(?![\w\-])")
_DECADES = re.compile(r"\b(\d+) Jahrzehnte(n?)\b")
# "etwa" before a number is "ungefähr"; elsewhere it is a particle ("Kann etwa ...?", "um etwa X zu tun")
_ABOUT = re.compile(r"\b([Ee])twa(?=\s\d)")


# Adjectives and adverbs made of a number word: "zweitägig" -> "2-tägig", "dreimal" -> "3-mal".
_NUMBER_SUFFIXES = (
    "jährig",
    "tägig",
    "wöchig",
    "monatig",
    "stündig",
    "minütig",
    "köpfig",
    "teilig",
    "stufig",
    "sprachig",
    "geschossig",
    "spurig",
    "fach",
    "mal",
)
_NUMBER_COMPOUND = re.compile(rf"(?<![\w\-])([a-zäöüß]+?)({'|'.join(_NUMBER_SUFFIXES)})([a-z]*)(?![\w\-])")


def _number_compound(match: re.Match[str]) -> str:
    head, suffix, ending = match.groups()
    value = None if head.startswith("ein") else cardinal(head)  # "einmal", "einfach" are no numbers
    return match[0] if value is None else f"{value}-{suffix}{ending}"


@rule("Z1.number_words", kind="text", facts=True)
def number_words(text: str) -> str:
    """Z1: number words become digits: "vier" -> "4", "ein Jahrzehnt" -> "10 Jahre", "dreimal" -> "3-mal"."""
    _, phrases = number_table()
    text = _phrase_pattern().sub(lambda m: phrases[m.group(1)[0].lower() + m.group(1)[1:]], text)

    def digit(match: re.Match[str]) -> str:
        word = match.group(1)
        if word[0].isupper():
            if not opens_sentence(text, match.start()):
                return word
            word = word[0].lower() + word[1:]
        value = cardinal(word)
        return match.group(1) if value is None else str(value)

    text = _WORD.sub(digit, text)
    text = _NUMBER_COMPOUND.sub(_number_compound, text)
    text = _ABOUT.sub(lambda m: "Ungefähr" if m[1] == "E" else "ungefähr", text)
    return _DECADES.sub(lambda m: f"{int(m.group(1)) * 10} Jahre{m.group(2)}", text)


_ROMAN = re.compile(r"(?<![\w.])(X{0,3}(?:IX|IV|V?I{0,3}))(\.?)(?![\w])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# Nouns after which a Roman numeral counts (Teil II, Stufe III); after a name it stays (Karl V., Ludwig XIV.).
_ROMAN_NOUNS = frozenset(
    (
        "Teil",
        "Band",
        "Kapitel",
        "Abschnitt",
        "Bauabschnitt",
        "Stufe",
        "Phase",
        "Klasse",
        "Runde",
        "Liga",
        "Akt",
        "Staffel",
        "Gruppe",
        "Tranche",
        "Los",
        "Paket",
        "Modul",
        "Jahrgang",
        "Nummer",
        "Anlage",
        "Ziffer",
        "Quartal",
        "Block",
        "Bauphase",
        "Etappe",
    )
)
_ROMAN_ARTICLES = frozenset(
    (
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "im",
        "am",
        "zum",
        "zur",
        "beim",
        "vom",
        "ins",
        "ab",
        "bis",
        "und",
        "seit",
        "ein",
        "eine",
        "einem",
        "einer",
        "eines",
    )
)


def _roman_value(numeral: str) -> int:
    total = 0
    for i, char in enumerate(numeral):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


@rule("Z2.roman", kind="text", facts=True)
def roman_numerals(text: str) -> str:
    """Z2: Roman numerals become digits ("Teil II" -> "Teil 2", "im III. Quartal" -> "im 3. Quartal").

    Numerals after a name ("Karl V.") stay; single letters (I, V, X) count only after a noun such as "Teil".
    """

    def digit(match: re.Match[str]) -> str:
        numeral, dot = match.groups()
        if not numeral:
            return match.group()
        words = text[: match.start()].split()
        previous = words[-1] if words else ""
        if previous in _ROMAN_NOUNS or (dot and len(numeral) > 1 and previous in _ROMAN_ARTICLES):
            return f"{_roman_value(numeral)}{dot}"
        return match.group()

    return _ROMAN.sub(digit, text)


_NUMERIC_DATE = re.compile(r"(?<![\w.,])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
_ISO_DATE = re.compile(r"(?<![\w.\-])(\d{4})-(\d{2})-(\d{2})(?![\w\-])")
_SHORT_DATE = re.compile(r"(?<![\w.,])(\d{1,2})\.(\d{1,2})\.(?![\d])")
_DATE_WORDS = frozenset(
    (
        "am",
        "vom",
        "von",
        "bis",
        "zum",
        "ab",
        "seit",
        "den",
        "dem",
        "und",
        "zwischen",
        "Am",
        "Vom",
        "Von",
        "Bis",
        "Ab",
        "Seit",
    )
)
_DAY_RANGE = re.compile(rf"{_FROM}(\d{{1,2}})\.{_DASH}(\d{{1,2}})\.\s*({_MONTH})(\s\d{{4}})?")
_DAY_BIS = re.compile(
    rf"\b(vom|von|Vom|Von)\s+(\d{{1,2}})\.\s+bis\s+(?:zum\s+)?(\d{{1,2}})\.\s+({_MONTH})(\s\d{{4}})?"
)
_DATE_RANGE = re.compile(rf"{_FROM}({_DATE}){_DASH}({_DATE})")
_DATE_BIS = re.compile(rf"\b(vom|von|Vom|Von)\s+({_DATE})\s+bis\s+(?:zum\s+)?({_DATE})")


def _valid(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _vom(text: str, match: re.Match[str], preposition: str | None, word: str = "vom") -> str:
    """``word`` ("vom", "von") capitalised where the matched preposition was, or where a sentence opens."""
    upper = (preposition or "")[:1].isupper() or (preposition is None and opens_sentence(text, match.start()))
    return word.capitalize() if upper else word


@rule("Z4.dates", kind="text", facts=True)
def dates(text: str) -> str:
    """Z4: dates written out ("27.01.2026" -> "27. Januar 2026") and ranges as "vom ... bis zum ..."."""
    text = _NUMERIC_DATE.sub(
        lambda m: f"{int(m[1])}. {MONTHS[int(m[2]) - 1]} {m[3]}" if _valid(m[1], m[2]) else m[0], text
    )

    text = _ISO_DATE.sub(
        lambda m: f"{int(m[3])}. {MONTHS[int(m[2]) - 1]} {m[1]}" if _valid(m[3], m[2]) else m[0], text
    )

    def short(match: re.Match[str]) -> str:
        words = text[: match.start()].split()
        after = text[match.end() :].lstrip()
        dated = (
            (words and words[-1] in _DATE_WORDS)
            or after.startswith(("-", "–", "bis "))
            or _SHORT_DATE.match(after.removeprefix("und ")) is not None  # "25.12. und 26.12."
        )
        if not dated or not _valid(match[1], match[2]):
            return match[0]
        return f"{int(match[1])}. {MONTHS[int(match[2]) - 1]}"

    text = _SHORT_DATE.sub(short, text)
    text = _DAY_RANGE.sub(
        lambda m: f"{_vom(text, m, m[1])} {m[2]}. {m[4]} bis zum {m[3]}. {m[4]}{m[5] or ''}", text
    )
    text = _DAY_BIS.sub(
        lambda m: f"{_vom(text, m, m[1])} {m[2]}. {m[4]} bis zum {m[3]}. {m[4]}{m[5] or ''}", text
    )
    text = _DATE_RANGE.sub(lambda m: f"{_vom(text, m, m[1])} {m[2]} bis zum {m[3]}", text)
    return _DATE_BIS.sub(lambda m: f"{_vom(text, m, m[1])} {m[2]} bis zum {m[3]}", text)


_TIME = r"(\d{1,2})(?:[.:](\d{2}))?"
_TIME_RANGE = re.compile(
    rf"(?:\b(von|Von)\s+)?(?<![\d.:,]){_TIME}\s*(?:Uhr\s*)?(?:[-–]|bis(?:\s+zum)?\b)\s*{_TIME}\s*Uhr\b"
)
_TIME_BETWEEN = re.compile(rf"\b(zwischen|Zwischen)\s+{_TIME}\s*(?:Uhr\s*)?und\s+{_TIME}\s*Uhr\b")
_WEEKDAY_RANGE = re.compile(rf"(?:\b(von|Von)\s+)?\b({_WEEKDAY})(?:{_DASH}|\s+bis\s+)({_WEEKDAY})\b")
_NUMBER_RANGE = re.compile(r"(?<![\w.,:/])(\d{1,4})\s?[-–]\s?(\d{1,4})(?![\w,:/]|\.\d)")
_SINGLE_TIME = re.compile(rf"(?<![\d.:,]){_TIME}\s*Uhr\b")


def _clock(hour: str, minute: str | None) -> str | None:
    h, m = int(hour), int(minute or 0)
    return f"{h}:{m:02d} Uhr" if h <= 24 and m < 60 else None


@rule("Z6.ranges", kind="text", facts=True)
def ranges(text: str) -> str:
    """Z6: ranges with "von ... bis": "9-10 Uhr" -> "von 9:00 Uhr bis 10:00 Uhr".

    Also "Montag-Freitag" -> "von Montag bis Freitag" and "1993-1994" -> "1993 bis 1994".
    """

    def time_range(match: re.Match[str]) -> str:
        start, end = _clock(match[2], match[3]), _clock(match[4], match[5])
        if start is None or end is None:
            return match[0]
        return f"{_vom(text, match, match[1], 'von')} {start} bis {end}"

    text = _TIME_RANGE.sub(time_range, text)

    def between(match: re.Match[str]) -> str:
        start, end = _clock(match[2], match[3]), _clock(match[4], match[5])
        return match[0] if start is None or end is None else f"{match[1]} {start} und {end}"

    text = _TIME_BETWEEN.sub(between, text)
    text = _WEEKDAY_RANGE.sub(lambda m: f"{_vom(text, m, m[1], 'von')} {m[2]} bis {m[3]}", text)

    def numbers(match: re.Match[str]) -> str:
        first, second = match.groups()
        after = text[match.end() :].lstrip()
        if (
            int(first) >= int(second)
            or after.startswith("Uhr")
            or first.startswith("0")
            or second.startswith("0")
        ):
            return match[0]
        return f"{first} bis {second}"

    return _NUMBER_RANGE.sub(numbers, text)


@rule("Z5.times", kind="text", facts=True)
def times(text: str) -> str:
    """Z5: times as "9:00 Uhr" ("9 Uhr", "9.30 Uhr", "09:30 Uhr")."""
    return _SINGLE_TIME.sub(lambda m: _clock(m[1], m[2]) or m[0], text)
