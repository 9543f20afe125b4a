"""Interpretable features of one sentence for the calibrated readability index.

All features come from the words of ``formulas.words`` (the words a reader sees), word frequencies from
wordfreq (Zipf scale: 7 = "und", 3 = about once per million words, 0 = unknown) and the closed word lists of
``data/readability/words.tsv``. They need no part-of-speech tagger: when the index was designed, features from
HanTa's tags (subordinating conjunctions, relative pronouns, passive participles, attributive adjectives,
proper names) raised the cross-validated Spearman correlation on TextComplexityDE by only about 0.004 while
tagging took ten times longer than everything else, so the index uses word lists and stays fast enough to
score thousands of sentences in seconds.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import cache, lru_cache

from simplify.lexicon import table, zipf
from simplify.readability.formulas import letters, words
from simplify.readability.syllables import count_syllables

RARE_ZIPF = 3.0

FEATURES: dict[str, str] = {
    "chars": "characters of the sentence",
    "log_chars": "natural log of 1 + characters",
    "words": "words of the sentence",
    "log_words": "natural log of 1 + words",
    "syllables_per_word": "mean syllables per word",
    "letters_per_word": "mean letters per word",
    "long_word_share": "share of words with more than six letters",
    "polysyllable_share": "share of words with three or more syllables",
    "rare_word_share": f"share of words with Zipf frequency below {RARE_ZIPF}",
    "mean_zipf": "mean Zipf frequency of the words",
    "min_zipf": "Zipf frequency of the rarest word",
    "commas": "commas",
    "subordinate_clauses": "subordinating conjunctions, and relative pronouns or conjunctions after a comma",
    "nominal_style": "capitalised words in -ung, -heit, -keit, -tion, -ität, -schaft, -ismus",
    "passive": "1 if a form of 'werden' and a past participle occur, else 0",
    "genitive": "genitive articles and pronouns (des, eines, dessen, deren) and genitive prepositions",
    "prepositions": "prepositions",
    "capitalised_share": "share of capitalised words (nouns and names in German)",
    "brackets_quotes": "brackets and quotation marks",
}

_NOMINAL = re.compile(r"(?:ung|heit|keit|tion|ität|schaft|ismus)(?:en)?$")
_PARTICIPLE = re.compile(r"^(?:\w*ge\w{2,}(?:t|en)|\w{3,}iert)$")
_AFTER_COMMA = re.compile(r",\s+(?:[^\W\d_]+\s+)?([^\W\d_]+)")
_BRACKETS_QUOTES = '()[]„“”"‚‘»«'


@cache
def word_lists() -> dict[str, frozenset[str]]:
    """The closed word lists of ``data/readability/words.tsv`` by list name."""
    lists: dict[str, set[str]] = defaultdict(set)
    for name, word in table("readability/words.tsv"):
        lists[name].add(word)
    return {name: frozenset(found) for name, found in lists.items()}


def _subordinate_clauses(text: str, lower: list[str], lists: dict[str, frozenset[str]]) -> int:
    after_comma = sum(m.group(1).lower() in lists["after_comma"] for m in _AFTER_COMMA.finditer(text))
    return sum(w in lists["conjunction"] for w in lower) + after_comma


@lru_cache(maxsize=50_000)
def features(text: str) -> tuple[float, ...]:
    """The values of ``FEATURES`` for one sentence, in that order."""
    text = text.strip()
    found = words(text)
    n = max(len(found), 1)
    lists = word_lists()
    lower = [w.lower() for w in found]
    syllables = [count_syllables(w) for w in found]
    lengths = [letters(w) for w in found]
    freqs = [zipf(w) for w in found]
    values = {
        "chars": len(text),
        "log_chars": math.log1p(len(text)),
        "words": len(found),
        "log_words": math.log1p(len(found)),
        "syllables_per_word": sum(syllables) / n,
        "letters_per_word": sum(lengths) / n,
        "long_word_share": sum(length > 6 for length in lengths) / n,
        "polysyllable_share": sum(s >= 3 for s in syllables) / n,
        "rare_word_share": sum(f < RARE_ZIPF for f in freqs) / n,
        "mean_zipf": sum(freqs) / n,
        "min_zipf": min(freqs, default=0.0),
        "commas": text.count(","),
        "subordinate_clauses": _subordinate_clauses(text, lower, lists),
        "nominal_style": sum(bool(_NOMINAL.search(w)) for w in found if w[:1].isupper()),
        "passive": float(
            any(w in lists["werden"] for w in lower) and any(_PARTICIPLE.match(w) for w in lower)
        ),
        "genitive": sum(w in lists["genitive"] for w in lower),
        "prepositions": sum(w in lists["preposition"] for w in lower),
        "capitalised_share": sum(w[:1].isupper() for w in found) / n,
        "brackets_quotes": sum(text.count(ch) for ch in _BRACKETS_QUOTES),
    }
    return tuple(float(values[name]) for name in FEATURES)
