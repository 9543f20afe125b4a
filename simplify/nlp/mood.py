"""Konjunktiv forms of auxiliaries and modal verbs (``data/words/konjunktiv.tsv``), for the rewriter and the
checker alike: which forms are Konjunktiv I or II, and their indicative."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from simplify import lexicon


@dataclass(frozen=True, slots=True)
class Konjunktiv:
    """One Konjunktiv form of an auxiliary or modal verb."""

    form: str
    mood: str  # "I" or "II"
    indicative: str  # the indicative of the same person and number ("sei" -> "ist")
    first_person: bool  # also the indicative of the first person singular ("habe"): no Konjunktiv after "ich"
    reported: bool  # a Konjunktiv II that stands in for Konjunktiv I in reported speech ("hätten" -> "haben")
    preterite: bool  # also the preterite indicative ("sollten")


@cache
def forms() -> dict[str, Konjunktiv]:
    """Every listed form (lower case) -> its entry."""
    return {
        row[0]: Konjunktiv(row[0], row[1], row[2], row[3] == "yes", row[4] == "indicative", row[5] == "yes")
        for row in lexicon.table("words/konjunktiv.tsv")
    }


@cache
def first_indicatives() -> dict[str, str]:
    """Konjunktiv I form -> indicative ("sei" -> "ist")."""
    return {form: k.indicative for form, k in forms().items() if k.mood == "I"}


@cache
def second_in_speech() -> dict[str, str]:
    """Konjunktiv II form -> what reported speech makes of it: the indicative, or "" (unreal: it stays)."""
    return {form: k.indicative if k.reported else "" for form, k in forms().items() if k.mood == "II"}
