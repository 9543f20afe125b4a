"""What each target level allows: Einfache Sprache relaxes sentence length, clauses, genitive and passive."""

from __future__ import annotations

from dataclasses import dataclass

from simplify.errors import UsageError


@dataclass(frozen=True, slots=True)
class Limits:
    """Thresholds of the checker for one level."""

    level: str
    max_words: int  # S1: words per sentence (LanguageTool flags > 12; Einfache Sprache 15-20)
    max_subordinate: int  # S3: subordinate clauses per sentence
    chained_genitive_only: bool  # S7: DIN's reading (only chained genitives) instead of no genitive at all
    passive_with_agent_only: bool  # S5: only passive that names who acts ("von der Stadt")
    rare_zipf: float  # W1: words rarer than this wordfreq Zipf value are flagged
    max_syllables: int  # W5: DIN SPEC 33429 calls words with more than 3 syllables long
    max_letters: int  # W5: LanguageTool flags words with more than 13 letters
    common_zipf: float  # W5: long words at least this common are everyday words and pass
    compound_letters: int  # W6: compounds at least this long are split
    nominal_zipf: float  # S10: nouns from verbs (-ung, -heit, ...) rarer than this are flagged
    leichte: bool  # rules that only Leichte Sprache has (S14, T1)


LIMITS = {
    "leichte": Limits("leichte", 12, 0, False, False, 3.0, 3, 13, 4.0, 11, 4.0, True),
    "einfache": Limits("einfache", 20, 1, True, True, 2.5, 5, 16, 3.5, 14, 3.0, False),
}


def limits_for(level: str) -> Limits:
    try:
        return LIMITS[level]
    except KeyError:
        raise UsageError(f"unknown level {level!r}: expected one of {', '.join(LIMITS)}") from None
