"""Refuse text that is not German, deterministically (langdetect with a fixed seed)."""

from __future__ import annotations

from simplify.document import Document
from simplify.errors import InputError

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
}


def detect(text: str) -> str:
    """ISO code of the most probable language, or "unknown" when there is nothing to go by."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        return detect_langs(text)[0].lang
    except LangDetectException:
        return "unknown"


def check(document: Document, *, force: bool = False) -> str:
    """The document's language; raises InputError unless it is German or ``force`` is set."""
    language = detect("\n".join(block.text for block in document.blocks))
    if language != "de" and not force:
        name = document.source.path or "<stdin>"
        label = f"{_NAMES.get(language, language)} ({language})" if language != "unknown" else "no language"
        raise InputError(
            f"{name}: the text looks like {label}, not German; this tool converts German texts "
            "(use --force to convert anyway)"
        )
    return language
