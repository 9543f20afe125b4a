"""Refuse text that is not German, deterministically.

Clearly German prose is recognised by its function words, without loading langdetect's 55 profiles (a
third of a second); langdetect (with a fixed seed) judges only the texts in doubt.
"""

from __future__ import annotations

import re

from simplify.document import VERBATIM_BLOCKS, Document
from simplify.errors import InputError

MIN_LETTERS = 50
"""Below this many letters langdetect guesses (``Ja.`` comes out as Swahili): such texts are not refused.
Letters of URLs and e-mail addresses do not count (a list of links is no text in any language)."""
_ADDRESS = re.compile(r"://|www\.|@|\.(?:de|com|org|net|eu|info|html?|php)\b", re.IGNORECASE)
MIN_GERMAN = 0.2
"""A text is refused when langdetect gives German less than this probability."""
SAMPLE = 2000
"""Characters of prose langdetect reads: plenty to tell languages apart, and its cost grows with the text."""


def _wordset(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


_GERMAN = _wordset(
    "und der das dem den des ist nicht mit für auf sich auch ein eine einen einem einer eines wird",
    "werden sind zum zur bei über im vom wir ich sie noch nach aus oder aber durch wenn dass kann",
    "können hat haben wurde wurden sowie unter zwischen diese dieser diesen gibt bitte",
)
"""German function words that are rare as words of the languages langdetect confuses with German."""
_FOREIGN = _wordset(
    "the and of to is that for with are this be on from by at as or have it you your het een van",
    "niet voor zijn ook wordt naar maar op bij nie og det til ikke af som le la les et est une au",
    "pour dans par sur qui il el los las y del para con por que una di che non della il lo gli è",
)
"""Function words of English, Dutch, Afrikaans, the Scandinavian and the Romance languages."""
CLEAR_SHARE = 0.2
"""Text is clearly German when at least this share of its words are German function words ..."""
CLEAR_MIN = 8
"""... at least this many, and foreign function words at most a tenth of them; else langdetect judges."""
_WORD = re.compile(r"[^\W\d_]+")

_NAMES = {
    "en": "English",
    "fr": "French",
    "nl": "Dutch",
    "it": "Italian",
    "es": "Spanish",
    "pl": "Polish",
    "tr": "Turkish",
    "pt": "Portuguese",
    "ru": "Russian",
    "ar": "Arabic",
    "da": "Danish",
    "sv": "Swedish",
    "no": "Norwegian",
    "fi": "Finnish",
    "cs": "Czech",
    "hu": "Hungarian",
    "ro": "Romanian",
    "el": "Greek",
    "uk": "Ukrainian",
    "bg": "Bulgarian",
    "hr": "Croatian",
    "id": "Indonesian",
    "af": "Afrikaans",
}


def probabilities(text: str) -> dict[str, float]:
    """Language probabilities by ISO code (empty when langdetect finds no features)."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # langdetect is random unless seeded; the seed makes it repeatable
    try:
        return {guess.lang: guess.prob for guess in detect_langs(text)}
    except LangDetectException:
        return {}


def clearly_german(text: str) -> bool:
    """True when the function words leave no doubt that ``text`` is German (False: let langdetect judge)."""
    words = [word.lower() for word in _WORD.findall(text)]
    german = sum(word in _GERMAN for word in words)
    foreign = sum(word in _FOREIGN for word in words)
    return german >= CLEAR_MIN and german >= CLEAR_SHARE * len(words) and foreign * 10 <= german


def check(document: Document, *, force: bool = False) -> str:
    """The document's language code; raises InputError unless it is German or ``force`` is set.

    Contact blocks (names, numbers) are left out of the judgement; texts too short to judge pass as German.
    """
    prose = [b.text for b in document.blocks if b.kind not in VERBATIM_BLOCKS] or [
        b.text for b in document.blocks
    ]
    text = "\n".join(prose)
    words = (word for word in text.split() if not _ADDRESS.search(word))
    if sum(ch.isalpha() for word in words for ch in word) < MIN_LETTERS:
        return "de"
    if clearly_german(text[:SAMPLE]):
        return "de"
    found = probabilities(text[:SAMPLE])
    if found.get("de", 0.0) >= MIN_GERMAN:
        return "de"
    language = max(found, key=found.__getitem__) if found else "unknown"
    if force:
        return language
    name = document.source.path or "<stdin>"
    label = f"{_NAMES.get(language, language)} ({language})" if found else "no known language"
    raise InputError(
        f"{name}: the text looks like {label}, not German; this tool converts German texts "
        "(use --force to convert anyway)"
    )
