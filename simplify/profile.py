"""What each level means, in one place: the rewriter, the checker, the renderers and the prompts read it.

Leichte Sprache (Netzwerk Leichte Sprache, DIN SPEC 33429): one short main clause per line, no genitive,
every long compound split. Einfache Sprache (DIN ISO 24495-1, DIN 8581-1) is the milder level: running
text, sentences up to about 20 words with at most one subordinate clause, genitive and passive allowed where
simple, only very long compounds split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from simplify.errors import UsageError

__all__ = [
    "EINFACHE",
    "LEICHTE",
    "LEVELS",
    "PROFILES",
    "SEPARATORS",
    "SEPARATOR_MARKS",
    "Level",
    "Profile",
    "Separator",
    "profile",
]

Level = Literal["leichte", "einfache"]
Separator = Literal["mediopunkt", "hyphen", "none"]

SEPARATORS: dict[str, str] = {"mediopunkt": "·", "hyphen": "-", "none": ""}
"""How compounds are split: "Bürger·büro" (Bredel & Maaß), "Bürger-Büro" (Netzwerk Leichte Sprache) or not."""
SEPARATOR_MARKS = re.compile("[·‧\\-‐‑\u00ad]")
"""Every mark that joins the parts of a compound in a text: the middle dot (and its look-alike ‧), hyphens
(-, ‐, non-breaking ‑) and the soft hyphen."""


@dataclass(frozen=True, slots=True)
class Profile:
    """The numbers and names of one level."""

    level: Level
    name: str  # "Leichte Sprache", as a heading or label shows it
    name_dative: str  # "Leichter Sprache", after "in": "Der Text in Leichter Sprache"
    running_text: bool  # the output is running text (else one sentence per line)
    sentence_words: int  # S1: a sentence with more words breaks the rule (LanguageTool flags > 12)
    clause_words: int  # the rewriter leaves a sentence of at most this many words whole (0: it splits all)
    line_words: int  # L1, L3: a longer line breaks after its colon, or takes a list of 3 items
    compound_letters: int  # W6: compounds of at least this many letters are split (and flagged when not)
    max_subordinate: int  # S3: subordinate clauses a sentence may keep
    chained_genitive_only: bool  # S7: only chained genitives are flagged (DIN) instead of every genitive
    genitive_rewritten: bool  # S7: the rewriter turns genitives into "von" phrases
    passive_with_agent_only: bool  # S5: only a passive that names who acts ("von der Stadt") is flagged
    rare_zipf: float  # W1: words rarer than this wordfreq Zipf value are flagged
    max_syllables: int  # W5: DIN SPEC 33429 calls words with more than 3 syllables long
    max_letters: int  # W5: LanguageTool flags words with more than 13 letters
    common_zipf: float  # W5: long words at least this common are everyday words and pass
    nominal_zipf: float  # S10: nouns from verbs (-ung, -heit, ...) rarer than this are flagged
    leichte_rules: bool  # the rules only Leichte Sprache has: line layout and lists (L1, L3), S14, T1


LEICHTE = Profile(
    level="leichte",
    name="Leichte Sprache",
    name_dative="Leichter Sprache",
    running_text=False,
    sentence_words=12,
    clause_words=0,
    line_words=12,
    compound_letters=10,
    max_subordinate=0,
    chained_genitive_only=False,
    genitive_rewritten=True,
    passive_with_agent_only=False,
    rare_zipf=3.0,
    max_syllables=3,
    max_letters=13,
    common_zipf=4.0,
    nominal_zipf=4.0,
    leichte_rules=True,
)
EINFACHE = Profile(
    level="einfache",
    name="Einfache Sprache",
    name_dative="Einfacher Sprache",
    running_text=True,
    sentence_words=20,
    clause_words=15,
    line_words=20,
    compound_letters=16,
    max_subordinate=1,
    chained_genitive_only=True,
    genitive_rewritten=False,
    passive_with_agent_only=True,
    rare_zipf=2.5,
    max_syllables=5,
    max_letters=16,
    common_zipf=3.5,
    nominal_zipf=3.0,
    leichte_rules=False,
)
PROFILES: dict[str, Profile] = {p.level: p for p in (LEICHTE, EINFACHE)}
LEVELS: tuple[str, ...] = tuple(PROFILES)


def profile(level: str) -> Profile:
    """The profile of ``level``; an unknown level is a usage error that lists the levels."""
    try:
        return PROFILES[level]
    except KeyError:
        raise UsageError(f"unknown level {level!r}: expected one of {', '.join(PROFILES)}") from None
