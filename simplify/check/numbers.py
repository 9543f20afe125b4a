"""Number and sign rules Z1-Z6, C1, C2 of RULES.md, mostly regular expressions over the unit's text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from simplify.check.units import Hit, Unit
from simplify.check.words import gender_spans, is_roman
from simplify.document import VERBATIM_BLOCKS
from simplify.nlp import abbreviations
from simplify.nlp.numbers import cardinal
from simplify.profile import Profile

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}

PERCENT = re.compile(r"(?<![\d,])\d+(?:,\d+)?\s?(?:%|Prozent\b)")
DECIMAL = re.compile(r"(?<![\d.,])\d+,\d+(?![\d,])")
THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?!\d)(?!\.\d)")
LONG_NUMBER = re.compile(r"(?<![\d.,/+-])\d{5,}(?![\d.,/-])")
BIG_WORDS = re.compile(r"\b(?:Millionen|Million|Milliarden|Milliarde)\b")  # "Mio." is W7
PHONE_CONTEXT = re.compile(r"\b(?:Tel|Telefon|Fax|Handy|Mobil)\b")
DATE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2})(?!\d))?")
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
DATE_RANGE = re.compile(
    r"(?<![\d.])(\d{1,2})\.\s?[-–]\s?(\d{1,2})\.\s?(?:(\d{1,2})\.|(" + "|".join(MONTHS) + r"))"
)
TIME_DOT = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})\s?Uhr\b")
TIME_H = re.compile(r"(?<![\d.:])(\d{1,2})(?::(\d{2}))?\s?h\b")
TIME_BARE = re.compile(r"(?<![\d.:])(\d{1,2}):(\d{2})(?![\d:])(?!\s?(?:Uhr|[-–]|bis\b))")
TIME_WORDS = re.compile(r"\b(?:halb|[Vv]iertel nach|[Vv]iertel vor|[Dd]reiviertel)\s+(?:\d{1,2}|[a-zäöü]+)\b")
TIME_RANGE = re.compile(r"(?<![\d.:/+])(\d{1,2}(?::\d{2})?)\s?[-–]\s?(\d{1,2}(?::\d{2})?)\s?Uhr\b")
NUMBER_RANGE = re.compile(r"(?<![\d.:/+\w-])([1-9]\d{0,2})\s?[-–]\s?(\d{1,3})(?![\d.:/\w-])")
SIGNS = re.compile(r"[;…\[\]/&§*]|\.\.\.|\(")
SIGN_ADVICE = {
    ";": "Semikolon: Machen Sie 2 Sätze.",
    "…": "Auslassungs·punkte: Schreiben Sie den Satz zu Ende.",
    "...": "Auslassungs·punkte: Schreiben Sie den Satz zu Ende.",
    "(": "Klammer: Schreiben Sie den Inhalt als eigenen Satz.",
    "[": "Eckige Klammer: Schreiben Sie den Inhalt als eigenen Satz.",
    "]": "Eckige Klammer: Schreiben Sie den Inhalt als eigenen Satz.",
    "/": "Schräg·strich: Schreiben Sie „oder“ oder „und“.",
    "&": "Zeichen „&“: Schreiben Sie „und“.",
    "§": "Zeichen „§“: Schreiben Sie „Paragraf“ und erklären Sie, was er regelt.",
    "*": "Stern·chen: Schreiben Sie ohne Stern·chen.",
}
CROSS_REFERENCES = re.compile(
    r"\b(?:[Ss]iehe|s\.)\s?(?:oben|unten|Seite|S\.|Kapitel|Abschnitt|Anlage|Anhang|Fußnote)\b"
    r"|\bs\.\s?[ou]\.|\b[Vv]gl\.|\bebd\.|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d+\]|\*\)"
)


def _verbatim(unit: Unit) -> list[tuple[int, int]]:
    """Spans of e-mail addresses and URLs, which keep their signs."""
    return [unit.spans[i] for i, t in enumerate(unit.tokens) if t.pos == "XY"]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def z1_digits(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """Z1: numbers written as words ("vier Jugendliche" -> "4 Jugendliche")."""
    for i, token in enumerate(unit.tokens):
        word = unit.lower(i)
        after_time_word = i > 0 and unit.lower(i - 1) in {"halb", "nach", "vor"}  # Z5: "halb zehn"
        value = cardinal(word) if token.pos == "CARD" and not after_time_word else None
        if value is not None:
            yield unit.hit("Z1", i, i, f"Zahl als Wort („{token.text}“): Schreiben Sie „{value}“.")


def _roman_value(text: str) -> int:
    values = [ROMAN_VALUES[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def z2_no_roman(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """Z2: Roman numerals, except after a name ("Karl V.") and allowed acronyms ("CD")."""
    allowed = abbreviations.lexicon().allowed
    for i, token in enumerate(unit.tokens):
        text = token.text.rstrip(".")
        if not is_roman(text) or text in allowed:
            continue
        if i > 0 and unit.tokens[i - 1].pos == "NE":
            continue
        yield unit.hit("Z2", i, i, f"Römische Zahl („{token.text}“): Schreiben Sie „{_roman_value(text)}“.")


def z3_hard_numbers(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """Z3: percentages, decimals and large numbers (years, postcodes and phone numbers pass)."""
    if unit.block in VERBATIM_BLOCKS:
        return
    verbatim = _verbatim(unit)
    percent = [m.span() for m in PERCENT.finditer(unit.text)]
    for start, end in percent:
        yield Hit("Z3", start, end, "Prozent: Schreiben Sie zum Beispiel „die Hälfte“ oder „viele“.")
    for match in DECIMAL.finditer(unit.text):
        if not _inside(match.start(), percent + verbatim):
            rounded = round(float(match.group().replace(",", ".")))
            yield Hit("Z3", *match.span(), f"Komma·zahl: Runden Sie die Zahl, zum Beispiel „etwa {rounded}“.")
    phone = PHONE_CONTEXT.search(unit.text) is not None
    large = [m for m in THOUSANDS.finditer(unit.text)]
    if not phone:
        large += [
            m
            for m in LONG_NUMBER.finditer(unit.text)
            if not m.group().startswith("0") and not re.match(r"\s[A-ZÄÖÜ]", unit.text[m.end() : m.end() + 2])
        ]
    for match in large:
        if not _inside(match.start(), verbatim):
            yield Hit("Z3", *match.span(), "Große Zahl: Schreiben Sie „viele“ oder erklären Sie die Zahl.")
    for match in BIG_WORDS.finditer(unit.text):
        yield Hit(
            "Z3",
            *match.span(),
            "Große Zahl: Schreiben Sie „sehr viel“ oder vergleichen Sie mit etwas Bekanntem.",
        )


def _written_date(day: str, month: str, year: str | None) -> str | None:
    d, m = int(day), int(month)
    if not (1 <= d <= 31 and 1 <= m <= 12):
        return None
    return f"{d}. {MONTHS[m - 1]}" + (f" {year}" if year else "")


def z4_dates(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """Z4: numeric dates and date ranges ("3.-4. Dezember")."""
    ranges = []
    for match in DATE_RANGE.finditer(unit.text):
        first, second, month_number, month_name = match.groups()
        month = month_name or (MONTHS[int(month_number) - 1] if 1 <= int(month_number) <= 12 else None)
        if month is None:
            continue
        ranges.append(match.span())
        yield Hit(
            "Z4",
            *match.span(),
            f"Zeit·raum: Schreiben Sie „vom {int(first)}. {month} bis zum {int(second)}. {month}“.",
        )
    for match in DATE.finditer(unit.text):
        written = _written_date(*match.groups())
        if written and not _inside(match.start(), ranges) and not _inside(match.start() + 1, ranges):
            yield Hit("Z4", *match.span(), f"Datum in Ziffern: Schreiben Sie „{written}“.")
    for match in ISO_DATE.finditer(unit.text):
        year, month, day = match.groups()
        written = _written_date(day, month, year)
        if written:
            yield Hit("Z4", *match.span(), f"Datum in Ziffern: Schreiben Sie „{written}“.")


def z5_times(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """Z5: times not written as "9:00 Uhr" ("9.30 Uhr", "9h", "halb zehn", "9:30" without "Uhr")."""
    for match in TIME_DOT.finditer(unit.text):
        hour, minute = match.groups()
        yield Hit("Z5", *match.span(), f"Uhrzeit: Schreiben Sie „{int(hour)}:{minute} Uhr“.")
    for match in TIME_H.finditer(unit.text):
        hour, minute = match.groups()
        yield Hit("Z5", *match.span(), f"Uhrzeit: Schreiben Sie „{int(hour)}:{minute or '00'} Uhr“.")
    for match in TIME_BARE.finditer(unit.text):
        yield Hit("Z5", *match.span(), f"Uhrzeit: Schreiben Sie „{match.group()} Uhr“.")
    for match in TIME_WORDS.finditer(unit.text):
        yield Hit(
            "Z5",
            *match.span(),
            "Uhrzeit in Worten: Schreiben Sie die Uhrzeit in Ziffern, zum Beispiel „9:30 Uhr“.",
        )


def z6_ranges(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """Z6: "9-10 Uhr" and "3-5" instead of "von 9 bis 10 Uhr"."""
    times = []
    for match in TIME_RANGE.finditer(unit.text):
        times.append(match.span())
        first, second = match.groups()
        yield Hit("Z6", *match.span(), f"Schreiben Sie „von {first} bis {second} Uhr“.")
    if PHONE_CONTEXT.search(unit.text):
        return
    verbatim = _verbatim(unit)
    for match in NUMBER_RANGE.finditer(unit.text):
        first, second = match.groups()
        if not _inside(match.start(), times + verbatim) and int(first) < int(second):
            yield Hit("Z6", *match.span(), f"Schreiben Sie „von {first} bis {second}“.")


def c1_signs(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """C1: signs readers do not know; "%" is left to Z3 and gender signs to W9."""
    skip = _verbatim(unit) + [m.span() for m in gender_spans(unit.text)]
    for match in SIGNS.finditer(unit.text):
        if _inside(match.start(), skip):
            continue
        end = match.end()
        if match.group() == "(":
            close = unit.text.find(")", end)
            end = close + 1 if close >= 0 else end
        yield Hit("C1", match.start(), end, SIGN_ADVICE[match.group()])


def c2_no_references(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """C2: footnotes and cross references ("siehe oben", "vgl.", "[1]")."""
    for match in CROSS_REFERENCES.finditer(unit.text):
        yield Hit(
            "C2",
            *match.span(),
            f"Verweis („{match.group()}“): Schreiben Sie die Information an diese Stelle. Keine Fuß·noten.",
        )


SENTENCE_RULES = (z1_digits, z2_no_roman)
LINE_RULES = (z3_hard_numbers, z4_dates, z5_times, z6_ranges, c1_signs, c2_no_references)
DOCUMENT_RULES = ()
