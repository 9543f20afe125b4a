"""Classic German readability formulas, computed on our own counts.

Counting rules:

- A unit is one sentence: a line of ``--lines`` input, a heading, a list item or a sentence found by the
  segmenter. Every unit with at least one word counts as one sentence, however short (textstat drops sentences
  of two words or fewer, which makes Leichte Sprache look harder than it is).
- Words are the words a reader sees: runs of letters and digits; hyphens and middle dots separate words
  ("Bürger-Büro" and "Bürger·büro" are two words, as in Leichte Sprache), a trailing hyphen of a truncated
  word is dropped ("inhalts- und gehaltlos": three words); gender forms with star or colon are one word
  ("Bürger*innen"). E-mail addresses and URLs are no words; nor are
  symbols and punctuation. Abbreviations keep their full stop ("Tel.", "z. B." is one word).
- Syllables come from ``count_syllables`` (digits and abbreviations read aloud).
- Letters of a word are its letters and digits; a long word has more than six (LIX, Wiener Sachtextformel).

Formulas (ASL words per sentence, ASW syllables per word):

- Flesch reading ease with Amstad's German constants: 180 - ASL - 58.5 * ASW (higher = easier, 0-100).
- Wiener Sachtextformel (Bamberger & Vanecek 1984), school grade 4-15, with MS the percentage of words with
  three or more syllables, SL = ASL, IW the percentage of words with more than six letters, ES the
  percentage of one-syllable words:
  WSTF1 = 0.1935 MS + 0.1672 SL + 0.1297 IW - 0.0327 ES - 0.875;
  WSTF2 = 0.2007 MS + 0.1682 SL + 0.1373 IW - 2.779;
  WSTF3 = 0.2963 MS + 0.1905 SL - 1.1144;
  WSTF4 = 0.2744 MS + 0.2656 SL - 1.693.
- LIX (Björnsson) = ASL + 100 * long words / words.
- gSMOG (Bamberger & Vanecek) = sqrt(30 * words with three or more syllables / sentences) - 2.

A unit without words has no formula values (``None``), never a made-up 0.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import astuple, dataclass

from simplify.profile import SEPARATOR_MARKS
from simplify.readability.syllables import abbreviations, count_syllables, is_address

_SPACED_ABBREVIATION = re.compile(r"\b([^\W\d_])\. ?([^\W\d_])\.")
_TOKEN = re.compile(
    r"(?P<address>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)"
    r"|(?P<number>\d+(?:[.,:]\d+)*\.?)"
    r"|(?P<word>\w+(?:[-‐‑·‧'’.]\w+)*(?:[*:]in(?:nen)?\b)?[-‐‑.]?)"
)


def words(text: str) -> list[str]:
    """The words of a unit as a reader sees them (see the module docstring)."""
    text = _SPACED_ABBREVIATION.sub(r"\1.\2.", text)
    matches = list(_TOKEN.finditer(text))
    found: list[str] = []
    for position, match in enumerate(matches):
        token, kind = match.group(), match.lastgroup
        last = position == len(matches) - 1
        if kind == "address" or is_address(token.rstrip(".")):
            continue
        if token.endswith(".") and token not in abbreviations() and (kind == "word" or last):
            token = token[:-1]
        if kind == "number":
            found.append(token)
            continue
        if "." in token.rstrip(".") and token not in abbreviations():
            found.extend(part for piece in token.split(".") for part in SEPARATOR_MARKS.split(piece) if part)
            continue
        found.extend(part for part in SEPARATOR_MARKS.split(token) if part)
    return found


def letters(word: str) -> int:
    return sum(ch.isalnum() for ch in word)


@dataclass(frozen=True, slots=True)
class Counts:
    """What the formulas are computed from; counts add up over units."""

    sentences: int = 0
    words: int = 0
    syllables: int = 0
    letters: int = 0
    long_words: int = 0
    polysyllables: int = 0
    monosyllables: int = 0

    @classmethod
    def of(cls, text: str) -> Counts:
        found = words(text)
        syllables = [count_syllables(w) for w in found]
        lengths = [letters(w) for w in found]
        return cls(
            sentences=1 if found else 0,
            words=len(found),
            syllables=sum(syllables),
            letters=sum(lengths),
            long_words=sum(n > 6 for n in lengths),
            polysyllables=sum(n >= 3 for n in syllables),
            monosyllables=sum(n == 1 for n in syllables),
        )

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))


def total(counts: Iterable[Counts]) -> Counts:
    """The counts of several units together."""
    return sum(counts, Counts())


def formulas(c: Counts) -> dict[str, float | None]:
    """All classic formulas for the counts (``None`` each when there are no words), rounded to two places."""
    names = ("fre_amstad", "wstf1", "wstf2", "wstf3", "wstf4", "lix", "gsmog")
    if not c.words:
        return dict.fromkeys(names)
    asl = c.words / c.sentences
    asw = c.syllables / c.words
    ms = 100 * c.polysyllables / c.words
    iw = 100 * c.long_words / c.words
    es = 100 * c.monosyllables / c.words
    values = (
        180 - asl - 58.5 * asw,
        0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875,
        0.2007 * ms + 0.1682 * asl + 0.1373 * iw - 2.779,
        0.2963 * ms + 0.1905 * asl - 1.1144,
        0.2744 * ms + 0.2656 * asl - 1.693,
        asl + iw,
        math.sqrt(30 * c.polysyllables / c.sentences) - 2,
    )
    return {name: round(value, 2) for name, value in zip(names, values, strict=True)}
