"""Signs readers may not know (rule C1) and gender forms with signs (rule W9).

Only . , : ! ? „ “ € @ stay: & -> und, % -> Prozent, § -> Paragraf, ; ends a sentence,
( ) [ ] become commas, / becomes "oder" (between numbers "bis"), * and ... go.
E-mail addresses and URLs are never touched; phone numbers keep their digits and lose only ( ) and /.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from simplify.rewrite import numbers
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
    r"\b(der|die|den|dem|ein|eine|einen|einem|jeder|jede|zum|zur|vom|beim)([*:_/])"
    r"(der|die|den|dem|zum|zur|vom|beim|r|n|m|e)\b"
)
_ARTICLES = "der|die|den|dem|des|ein|eine|einen|einem|einer|eines|zum|zur|vom|beim|jede|jeder|jeden|jedem"
_PAIRED_NOUN = re.compile(
    rf"\b((?i:{_ARTICLES}))([*:_/])({_ARTICLES}|r|n|m|e|s)\s+([A-ZÄÖÜ][a-zäöüß]+?)(?:[*:_/]|/-)in\b"
)
_FEMININE_ARTICLES = frozenset({"die", "eine", "einer", "zur", "jede"})


def _masculine_plural(stem: str) -> str:
    """Bürger -> Bürger, Kolleg -> Kollegen, Ärzt -> Ärzte (a heuristic good for common role nouns)."""
    if stem.endswith(("er", "el")):
        return stem
    if stem.endswith("t") and any(c in stem.lower() for c in "äöü"):
        return stem + "e"
    return stem + "en"


def _noun_pair(match: re.Match[str]) -> str:
    """ "zum*zur Bürgermeister*in" -> "zum Bürgermeister oder zur Bürgermeisterin" (in the order written)."""
    first, _, second, stem = match.groups()
    other = first + second if len(second) == 1 else second
    feminine = {
        article
        for article in (first, other)
        if article.lower() in _FEMININE_ARTICLES
        or (article.lower() == "der" and {first.lower(), other.lower()} & {"dem", "des"})
    }

    def noun(article: str) -> str:
        if article in feminine:
            return f"{stem}in"
        return f"{stem}s" if article.lower() == "des" else stem

    return f"{first} {noun(first)} oder {other} {noun(other)}"


@rule("W9.gender", kind="text")
def gender(text: str) -> str:
    """W9: pairs instead of signs: "Bürger*innen" -> "Bürgerinnen und Bürger".

    "Mitarbeiter:in" -> "Mitarbeiterin oder Mitarbeiter", "der/die" -> "der oder die", with the article
    pair before it: "zum*zur Bürgermeister*in" -> "zum Bürgermeister oder zur Bürgermeisterin".
    """
    text = _PAIRED_NOUN.sub(_noun_pair, text)
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
_SPACE_BEFORE = re.compile(r"\s+([,.:!?])")
_DOUBLE_COMMA = re.compile(r",\s*(?=[,.:!?])|^\s*,\s*")
_DOTS = re.compile(r"\.{2,}")
_STRAY = re.compile(r"[*\[\]()|]")


# Fractions are written out only before a genitive ("2/3 der Stimmen"): elsewhere "3/4" may be two numbers
# ("Klassen 3/4", "Tickets kosten 2/3 Euro").
_FRACTIONS = {
    ("1", "2"): "die Hälfte",
    ("1", "3"): "ein Drittel",
    ("2", "3"): "2 Drittel",
    ("1", "4"): "ein Viertel",
    ("3", "4"): "3 Viertel",
}
_FRACTION = re.compile(r"\b([123])\s*/\s*([234])(?= (?:der|des|aller|eines|einer)\b)")
_YEARS = re.compile(r"\b(\d{4})\s*/\s*(\d{4}|\d{2})\b")
_SLASH = re.compile(r"(?P<left>[^\s/]*)(?P<gap>\s*/\s*)(?=(?P<right>[^\s/]*))")
_WORD_END = re.compile(r"[\w\-]*$")
_WORD_START = re.compile(r"^[\w\-]*")
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,}")
_LOWER_CODE = re.compile(r"[a-zäöüµ²³]{1,3}")
_CODE = re.compile(r"[A-Za-zÄÖÜäöüµ²³]{1,3}|\d+")
_CALENDAR = frozenset((*numbers.MONTHS, *numbers.WEEKDAYS))
_NAME_ARTICLES = frozenset({"Die", "Der", "Das"})


def _years(match: re.Match[str]) -> str:
    """ "2025 bis 2026" for a season or school year ("2025/2026", "2025/26"); other pairs stay."""
    first, second = match[1], match[2]
    following = str(int(first) + 1)
    return f"{first} bis {following}" if following.endswith(second) else match.group()


def _fraction(match: re.Match[str]) -> str:
    """ "2/3 der Mitglieder" -> "2 Drittel der Mitglieder"; after a noun ("Klassen 3/4 der Schule") the
    numbers name things and stay."""
    before = match.string[: match.start()].rstrip()
    word = _WORD_END.search(before).group()  # type: ignore[union-attr]
    opens = before[: len(before) - len(word)].rstrip()
    if word[:1].isupper() and opens and opens[-1] not in ".!?:„":
        return match.group()
    return _FRACTIONS[match[1], match[2]]


def _slash_shape(left: str, right: str) -> str | None:
    """What a slash between the words ``left`` and ``right`` becomes (None: it stays).

    | shape                                    | example                         | becomes             |
    |------------------------------------------|---------------------------------|---------------------|
    | a street corner                          | Hauptstraße/Ecke Bahnhofstraße  | Hauptstraße Ecke …  |
    | a season or school year (``_years``)     | 2025/26, 2025/2026              | 2025 bis 2026       |
    | a fraction before a genitive, not after  | 2/3 der Stimmen                 | 2 Drittel der …     |
    |   a noun (``_fraction``)                 |   (Klassen 3/4 der Schule stays)|                     |
    | other numbers: house numbers, classes,   | Nr. 7/9, Klassen 3/4, 24/7,     | stays               |
    |   prices, fractions elsewhere            |   2/3 Euro, 1/2                 |                     |
    | a name with a slash                      | Bündnis 90/Die Grünen, CDU/CSU  | stays               |
    | two months or weekdays (und or oder?)    | Juli/August, Samstag/Sonntag    | stays               |
    | a unit or a press office's initials      | km/h, 1 K/km, 1999 / l / ab     | stays               |
    | "und/oder"                               | Stift und/oder Papier           | Stift oder Papier   |
    | other words, first parts of a word pair  | Hund/Katze, Ein-/Ausgang        | Hund oder Katze, …  |
    """
    if right.startswith("Ecke"):
        return " "
    if left[-1:].isdigit() and (right[:1].isdigit() or right in _NAME_ARTICLES):
        return None
    if _ACRONYM.fullmatch(left.split("-")[-1]) and _ACRONYM.fullmatch(right.split("-")[0]):
        return None
    if left in _CALENDAR and right in _CALENDAR:
        return None
    if _code_pair(left, right):
        return None
    return " oder "


def _code_pair(left: str, right: str) -> bool:
    """A unit or a press office's initials: short codes on both sides, one of them lower case ("km/h",
    "K/km", "283/ri", "1999 / l / ab"); not "Er/Sie", not "Schambeinkufen / des"."""
    return bool(
        _CODE.fullmatch(left)
        and _CODE.fullmatch(right)
        and (_LOWER_CODE.fullmatch(left) or _LOWER_CODE.fullmatch(right))
    )


def _slash(match: re.Match[str]) -> str:
    left, gap, right = match["left"], match["gap"], match["right"]
    shape = _slash_shape(_WORD_END.search(left).group(), _WORD_START.match(right).group())  # type: ignore[union-attr]
    return left + (gap if shape is None else shape)


def _slashes(text: str) -> str:
    """Each slash by the shape of the words around it (:func:`_slash_shape`)."""
    text = _YEARS.sub(_years, text)
    text = _FRACTION.sub(_fraction, text)
    text = text.replace("und/oder", "oder")
    return _SLASH.sub(_slash, text)


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
        changed = _BRACKETS.sub(_bracket, text)
        if changed == text:
            break
        text = changed
    text = _slashes(text)
    text = _STRAY.sub("", text)
    return text.replace(_OPEN, "(").replace(_CLOSE, ")").replace(";", "\n")


_OPEN, _CLOSE = "\U000f0000", "\U000f0001"  # a kept bracket, safe from _STRAY (not a span placeholder)


def _bracket(match: re.Match[str]) -> str:
    """ "(x)" -> ", x,"; a bracket that holds a list stays: between commas its items would read as items of
    the sentence's own enumeration ("Töpfe (alle Arten), Pfannen (Guss, Stahl)")."""
    inner = match[1]
    if not inner:
        return ""
    if "," in inner or ";" in inner:
        return f"{match[0][: len(match[0]) - len(match[0].lstrip())]}{_OPEN}{inner}{_CLOSE}"
    return f", {inner},"


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
