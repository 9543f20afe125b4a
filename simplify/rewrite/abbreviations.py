"""W7: abbreviations are written out (``data/words/abbreviations.tsv``); an allow-list keeps well-known ones.

"z. B." and "z.B." both become "zum Beispiel" ("Zum Beispiel" where a sentence opens); units are written
out only after a number ("5 km" -> "5 Kilometer"); "Hauptstr." becomes "Hauptstraße". Allowed
abbreviations (WC, Lkw, Kita, EU, USA, ...) and unknown ones stay as they are.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from simplify.lexicon import zipf
from simplify.nlp.abbreviations import alternatives, finder, known, lexicon
from simplify.rewrite.glossary import opens_sentence
from simplify.rewrite.rules import rule

_SPACES = re.compile(r"(?<=\S) {2,}")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    always = finder()
    after_number = re.compile(rf"(?<=\d)(\s?)({alternatives(list(lex.after_number))})(?![\w²])")
    endings = re.compile(rf"(?<=\w)({alternatives(list(lex.endings))})(?![\w])")
    return always, after_number, endings


@rule("W7.abbreviations", kind="text", facts=True)
def expand(text: str) -> str:
    """Write out the abbreviations of ``text``; a sentence that ended with one keeps its full stop."""
    lex = lexicon()
    always, after_number, endings = _patterns()

    def write_out(match: re.Match[str]) -> str:
        short = match.group(1)
        key = short.replace(" ", "")
        if key in lex.always:
            long = lex.always[key]
        elif opens_sentence(text, match.start()):
            long = lex.always[key[0].lower() + key[1:]]
            long = long[0].upper() + long[1:]
        else:
            return short
        at_end = short.endswith(".") and not text[match.end() :].strip()
        return long + "." if at_end else long

    text = _SPACES.sub(" ", always.sub(write_out, text))
    text = after_number.sub(lambda m: " " + lex.after_number[m.group(2).replace(" ", "")], text)
    return endings.sub(lambda m: lex.endings[m.group(1).replace(" ", "")], text)


_CAPITALS = re.compile(r"(?<![\w\-·@.])[A-ZÄÖÜ]{4,}(?![\w\-·@])")
_SHOUTED = re.compile(r"(?<![\w\-·@.])[A-ZÄÖÜ]{2,}(?![\w\-·@])")
_WORDS = re.compile(r"[^\W\d_]{2,}")
CAPITALS_ZIPF = 3.0  # a word in capitals is a common word shouted when its lower case is this common
_NOT_WORDS = {"", "FM", "XY", "ACR", "CARD"}  # HanTa's heads of unknown words, acronyms, codes
MOSTLY_CAPITALS = 0.6
"""A text whose words of two letters or more are in capitals at this share or more is a shouted text."""


@lru_cache(maxsize=50_000)
def _head(word: str) -> str:
    """The label base of the head of a lower-case word in HanTa's analysis ("NN", "ADJ", "FM", ...)."""
    from simplify.nlp.analysis import word_morphemes

    labels = [label for _morpheme, label in word_morphemes(word) if not label.startswith(("SUF", "PREF"))]
    return labels[-1].split("_")[0] if labels else ""


def _recase(text: str, pattern: re.Pattern[str]) -> str:
    """Words in capitals that ``pattern`` finds in normal case: nouns and names capitalised, other words in
    lower case; abbreviations, rare words (acronyms) and words the lexicon does not know (a name such as
    "ALBERS") and acronyms ("ÖPNV", "EG") stay in capitals."""

    def case(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        head = _head(lower)
        if known(word) or zipf(lower, "small") < CAPITALS_ZIPF or head in _NOT_WORDS:
            return word
        if head in {"NN", "NE"} or opens_sentence(text, match.start()):
            return word.capitalize()
        return lower

    return pattern.sub(case, text)


@rule("W8.capitals", kind="text", facts=True)
def capitals(text: str) -> str:
    """W8: common words written in capitals get normal case ("AKTUELL" -> "Aktuell", "BUNT" -> "bunt").

    Abbreviations (the lexicon and its allow-list), words whose lower-case form is rare (acronyms such as
    "IHK") and words the lexicon does not know (names: "ALBERS") stay as they are.
    """
    return _recase(text, _CAPITALS)


def shouted(text: str) -> bool:
    """Whether ``text`` is written mostly in capitals ("DIE STADT BAUT EINE SCHULE.")."""
    words = _WORDS.findall(text)
    return len(words) >= 3 and sum(word.isupper() for word in words) >= MOSTLY_CAPITALS * len(words)


def normal_case(text: str) -> str:
    """A shouted text in normal case, as far as that is safe, so that it is rewritten like any other: also
    words of two and three letters ("DIE", "IN"); what :func:`capitals` keeps stays in capitals."""
    return _recase(text, _SHOUTED)
