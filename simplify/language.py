"""Refuse text that is not German, deterministically (langdetect with a fixed seed)."""

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
