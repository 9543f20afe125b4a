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
        previous = _PREVIOUS_WORD.search(text[: match.start()])
        if long.endswith("genannte") and previous and previous.group(1).lower() in _WEAK_N:
            long += "n"  # "im so genannten Tunnelvortrieb"
        at_end = short.endswith(".") and not text[match.end() :].strip()
        return long + "." if at_end else long

    text = _SPACES.sub(" ", always.sub(write_out, text))
    text = after_number.sub(lambda m: " " + lex.after_number[m.group(2).replace(" ", "")], text)
    return endings.sub(lambda m: lex.endings[m.group(1).replace(" ", "")], text)


_CAPITALS = re.compile(r"(?<![\w\-·@.])[A-ZÄÖÜ]{4,}(?![\w\-·@])")
_SHOUTED = re.compile(r"(?<![\w\-·@.])[A-ZÄÖÜ]{2,}(?![\w\-·@])")
_WORDS = re.compile(r"[^\W\d_]{2,}")
CAPITALS_ZIPF = 3.0  # a word in capitals is a common word shouted when its lower case is this common
MOSTLY_CAPITALS = 0.6
"""A text whose words of two letters or more are in capitals at this share or more is a shouted text."""
_VOWELS = frozenset("AEIOUÄÖÜY")
_DIGRAPHS = (("SCH", "S"), ("CH", "C"), ("CK", "K"))
_WORD_CLASSES = frozenset({"NN", "NE", "ADJ", "ADV", "VV", "VA", "VM"})
"""HanTa's heads of words that are words, not abbreviations read letter by letter."""
_WEAK_N = frozenset(
    {"im", "am", "vom", "zum", "zur", "beim", "dem", "den", "des", "einem", "einen", "eines", "einer"}
)
"""Words after which an adjective has the ending -en ("im so genannten ..."): dative, genitive, masculine
accusative."""
_TITLES = frozenset({"Frau", "Herr", "Herrn", "Dr", "Prof", "Familie"})
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\W*$")


@lru_cache(maxsize=50_000)
def _head(word: str) -> str:
    """The word class of the head of a lower-case word in HanTa's analysis ("" when it has none)."""
    from simplify.nlp.analysis import word_morphemes

    labels = [label for _morpheme, label in word_morphemes(word) if not label.startswith(("SUF", "PREF"))]
    return labels[-1].split("_")[0] if labels else ""


def _is_noun(word: str, previous: str) -> bool:
    """Whether a word in capitals (``word`` in lower case) is a noun or a name. A word that is also a
    lower-case word form ("IST", "NEUE", "HEUTE": "das Ist", "die Neue", "das Heute") is a noun only after
    an article, and an adjective never is ("EINE NEUE SCHULE")."""
    from simplify.nlp import nouns, wordforms

    head = _head(word)
    if head in {"NN", "NE"}:
        return True
    capital = word.capitalize()
    if not (nouns.readings(capital) and wordforms.known(capital)):
        return False
    if not wordforms.known(word):
        return True
    return _head(previous.lower()) in {"ART", "APPRART"} and head != "ADJ"


def spoken_abbreviation(word: str) -> bool:
    """Whether a word in capitals is read letter by letter: no vowel ("DLRG") or three consonants in a row
    ("ÖPNV"; "sch", "ch" and "ck" count as one). German words have such clusters too ("KUNST"): W8 tells
    them apart by HanTa's word class."""
    letters = word.upper()
    for digraph, single in _DIGRAPHS:
        letters = letters.replace(digraph, single)
    if not _VOWELS.intersection(letters):
        return True
    run = 0
    for letter in letters:
        run = 0 if letter in _VOWELS else run + 1
        if run >= 3:
            return True
    return False


def _recase(text: str, pattern: re.Pattern[str]) -> str:
    """The words in capitals that ``pattern`` finds, in normal case where that is certain (see
    :func:`capitals`)."""
    from simplify.nlp import wordforms

    def case(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        if known(word) or zipf(lower, "small") < CAPITALS_ZIPF:
            return word
        if spoken_abbreviation(word) and _head(lower) not in _WORD_CLASSES:
            return word  # "ÖPNV", but not "GRUNDSCHULE" or "KUNST"
        capital = word.capitalize()
        previous = _PREVIOUS_WORD.search(text[: match.start()])
        if _is_noun(lower, previous.group(1) if previous else ""):
            return capital  # a noun or a name ("KASSEL" -> "Kassel")
        if not wordforms.known(lower):
            return word
        if opens_sentence(text, match.start()) or _after_name(text, match.start()):
            return capital
        return lower

    return pattern.sub(case, text)


@rule("W8.capitals", kind="text", facts=True)
def capitals(text: str) -> str:
    """W8: common words written in capitals get normal case ("AKTUELL" -> "Aktuell", "BUNT" -> "bunt").

    Abbreviations (the lexicon and its allow-list), spoken abbreviations ("DLRG", "ÖPNV") and words whose
    lower-case form is rare or no German word (names such as "ALBERS") stay as they are. A noun, a word
    that opens a sentence and a word after a title or a first name ("Frau BRAUN": a name) get a capital
    first letter, never a small one.
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


def _after_name(text: str, position: int) -> bool:
    """Whether the word before ``position`` is a title or a first name ("Frau BRAUN", "Anna BRAUN"); a
    first name is a capitalised word in normal case that is no noun and does not open the sentence."""
    from simplify.nlp import nouns

    found = _PREVIOUS_WORD.search(text[:position])
    if not found:
        return False
    name = found.group(1)
    if name.capitalize() in _TITLES:
        return True
    return (
        name[:1].isupper()
        and not name.isupper()
        and not opens_sentence(text, found.start(1))
        and not nouns.readings(name)
    )
