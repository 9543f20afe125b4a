"""Signs readers may not know (rule C1) and gender forms with signs (rule W9).

Only . , : ! ? „ “ € @ stay: & -> und, % -> Prozent, § -> Paragraf, ; ends a sentence,
( ) [ ] become commas, / becomes "oder" (between numbers "bis"), * and ... go.
E-mail addresses and URLs are never touched; phone numbers keep their digits and lose only ( ) and /.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from simplify.rewrite.rules import rule

# E-mail addresses, URLs (with scheme, www. or a known top-level domain) and phone numbers.
_EMAIL = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
_URL = (
    r"(?:https?://|www\.)[^\s<>„“\"]+|\b[\w\-]+(?:\.[\w\-]+)*\.(?:de|com|org|net|eu|info)\b(?:/[^\s<>„“\"]*)?"
)
_PHONE = (
    r"(?<![\w.,])(?:\+\d{1,3}[\s/\-]?(?:\(0\)\s?|\(0?\d{2,5}\)\s?)?|\(0\d{2,5}\)\s?|0\d{2,5}[\s/\-]?)"
    r"\d[\d\s\-/]{2,}\d(?!\w|\.\d)"
)
PROTECTED = re.compile(rf"(?P<email>{_EMAIL})|(?P<url>{_URL})|(?P<phone>{_PHONE})")
_TRAILING = ".,;:!?)]“\"'»"


def pieces(text: str) -> Iterator[tuple[str, str | None]]:
    """Split text into (piece, kind): kind is "email", "url" or "phone" for protected spans, else None."""
    last = 0
    for match in PROTECTED.finditer(text):
        span = match.group()
        kind = match.lastgroup
        stripped = span.rstrip(_TRAILING) if kind != "phone" else span.rstrip()
        end = match.start() + len(stripped)
        if not stripped:
            continue
        if match.start() > last:
            yield text[last : match.start()], None
        yield stripped, kind
        last = end
    if last < len(text):
        yield text[last:], None


_GENDER_PLURAL = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+?)(?:[*:_/]i|/-i|\(i|I)nnen\)?(?!\w)")
_GENDER_SINGULAR = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+?)(?:[*:_/]|/-)in\b")
_ARTICLE_PAIRS = re.compile(
    r"\b(der|die|den|dem|ein|eine|einen|einem|jeder|jede)([*:_/])(der|die|den|dem|r|n|m|e)\b"
)


def _masculine_plural(stem: str) -> str:
    """Bürger -> Bürger, Kolleg -> Kollegen, Ärzt -> Ärzte (a heuristic good for common role nouns)."""
    if stem.endswith(("er", "el")):
        return stem
    if stem.endswith("t") and any(c in stem.lower() for c in "äöü"):
        return stem + "e"
    return stem + "en"


@rule("W9.gender", kind="text")
def gender(text: str) -> str:
    """W9: pairs instead of signs: "Bürger*innen" -> "Bürgerinnen und Bürger".

    "Mitarbeiter:in" -> "Mitarbeiterin oder Mitarbeiter", "der/die" -> "der oder die".
    """

    text = _GENDER_PLURAL.sub(lambda m: f"{m[1]}innen und {_masculine_plural(m[1])}", text)
    text = _GENDER_SINGULAR.sub(lambda m: f"{m[1]}in oder {m[1]}", text)

    def article(match: re.Match[str]) -> str:
        first, _, second = match.groups()
        return f"{first} oder {first + second if len(second) == 1 else second}"  # jede*r, der/die

    return _ARTICLE_PAIRS.sub(article, text)


_AND = re.compile(r"\s*&\s*")
_PERCENT = re.compile(r"\s*%")
_PERMILLE = re.compile(r"\s*‰")
_PARAGRAPH = re.compile(r"§§\s*|§\s*")
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)")
# C2: a footnote marker glued to its word ("gesund[3]", "Kreislauftraining)[3]") points at a note the reader
# does not have; a bracketed number after a space ("Liste [3]") may be content and is left to _BRACKETS.
_FOOTNOTES = re.compile(r"(?<=[^\s(\[])\[\d{1,3}\]")
_BRACKETS = re.compile(r"\s*[(\[]\s*([^()\[\]]*?)\s*[)\]]")
_SLASH_NUMBERS = re.compile(r"\b(\d+)\s*/\s*(\d+)\b")
_SLASH_PREFIX = re.compile(r"\b(\w+)-\s*/\s*(\w+)")
_SLASH_WORDS = re.compile(r"\s*/\s*")
_SPACE_BEFORE = re.compile(r"\s+([,.:!?])")
_DOUBLE_COMMA = re.compile(r",\s*(?=[,.:!?])|^\s*,\s*")
_DOTS = re.compile(r"\.{2,}")
_STRAY = re.compile(r"[*\[\]()|]")


_FRACTIONS = {
    ("1", "2"): "ein halb",
    ("1", "3"): "ein Drittel",
    ("2", "3"): "2 Drittel",
    ("1", "4"): "ein Viertel",
    ("3", "4"): "3 Viertel",
}


def _numbers_slash(match: re.Match[str]) -> str:
    """1/2 -> ein halb, 2025/2026 -> 2025 bis 2026, 2025/26 -> 2025 bis 2026, 24/7 -> 24 und 7."""
    first, second = match.groups()
    if (first, second) in _FRACTIONS:
        return _FRACTIONS[first, second]
    if len(first) == 4 and len(second) == 2:  # 2025/26 -> 2025 bis 2026
        second = first[:2] + second
    return f"{first} bis {second}" if int(first) < int(second) else f"{first} und {second}"


@rule("C1.signs", kind="text", facts=True)
def signs(text: str) -> str:
    """C1 (and C2's footnote markers) on text without e-mails, URLs or phone numbers; ";" breaks the line."""
    text = _AND.sub(" und ", text)
    text = _PERCENT.sub(" Prozent", text)
    text = _PERMILLE.sub(" Promille", text)
    text = _PARAGRAPH.sub(lambda m: "Paragrafen " if m.group().startswith("§§") else "Paragraf ", text)
    text = _ELLIPSIS.sub(lambda m: "." if m.end() == len(text.rstrip()) else "", text)
    text = _FOOTNOTES.sub("", text)
    while True:
        changed = _BRACKETS.sub(lambda m: f", {m[1]}," if m[1] else "", text)
        if changed == text:
            break
        text = changed
    text = _SLASH_NUMBERS.sub(_numbers_slash, text)
    text = _SLASH_PREFIX.sub(r"\1- oder \2", text)
    text = text.replace("und/oder", "oder")
    text = _SLASH_WORDS.sub(" oder ", text)
    text = _STRAY.sub("", text)
    return text.replace(";", "\n")


def tidy(line: str) -> str:
    """Spacing and commas after signs were removed: no space before punctuation, no doubled commas or dots."""
    while True:
        tidied = " ".join(line.split())
        tidied = _DOUBLE_COMMA.sub("", _SPACE_BEFORE.sub(r"\1", tidied))
        tidied = _DOTS.sub(".", tidied).strip(" ,")
        if tidied == line:
            return line
        line = tidied


def split_sentences(line: str) -> list[str]:
    """Lines split at ";" markers, each ending with a full stop and starting upper-case."""
    parts = [tidy(p) for p in line.split("\n")]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return parts
    out = []
    for i, part in enumerate(parts):
        if i < len(parts) - 1 and part[-1] not in ".:!?":
            part += "."
        if i > 0:
            part = part[:1].upper() + part[1:]
        out.append(part)
    return out


_PLACEHOLDER = 0xE000  # private-use characters stand in for protected spans while the rules run


def protect(text: str) -> tuple[str, list[str]]:
    """Replace e-mails, URLs and phone numbers by placeholder characters the rules leave alone; they come
    back as written (a phone number keeps its brackets, slashes and grouping: they are part of the fact)."""
    spans: list[str] = []
    masked = []
    for piece, kind in pieces(text):
        if kind is None:
            masked.append(piece)
            continue
        masked.append(chr(_PLACEHOLDER + len(spans)))
        spans.append(piece)
    return "".join(masked), spans


def restore(text: str, spans: list[str]) -> str:
    """Put the protected spans back in place of their placeholders."""
    for i, span in enumerate(spans):
        text = text.replace(chr(_PLACEHOLDER + i), span)
    return text
