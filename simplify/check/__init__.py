"""The rule checker: findings from RULES.md with rule id, place and German advice.

``check_units(units, level=...)`` checks strings (each may hold several sentences) or segmented
:class:`~simplify.document.Sentence` objects; ``Finding.line`` is the 1-based unit number and
``Finding.column`` the 1-based character offset in that unit. ``NOT_CHECKED`` names the rules that need
human judgement; every report lists them.

Choices where the rule books differ: S9 follows Bredel & Maaß and DIN SPEC 33429 (a single "nicht",
"kein" or "nie" is allowed, double negation and un-/-los words are flagged); S7 follows the Netzwerk
Leichte Sprache for Leichte Sprache (no genitive) and DIN for Einfache Sprache (only chained genitives);
S5 allows the state passive ("ist geschlossen") as DIN does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.check import layout, numbers, sentences, words
from simplify.check.units import Unit, build_unit
from simplify.document import Finding, Sentence, is_explanation
from simplify.profile import PROFILES, profile

__all__ = ["CHECKED", "NOT_CHECKED", "PROFILES", "check_units"]

_FAMILIES = (sentences, words, numbers, layout)

NOT_CHECKED: dict[str, str] = {
    "W2": "Ob schwere Wörter beim ersten Vorkommen erklärt sind, prüft ein Mensch.",
    "W4": "Bilder, Redewendungen und Ironie erkennt nur ein Mensch sicher.",
    "L4": "Schrift·größe, Schrift·art, Ausrichtung und Fett·druck prüfen Sie im gestalteten Dokument.",
    "T2": "Ob das Wichtigste zuerst steht und die Reihenfolge stimmt, prüft ein Mensch.",
    "T3": "Ein Text in Leichter Sprache muss vor dem Veröffentlichen von Menschen aus der Ziel·gruppe "
    "geprüft werden. Das kann kein Programm.",
}

CHECKED: tuple[str, ...] = tuple(
    sorted(
        {
            rule.__name__.split("_")[0].upper()
            for f in _FAMILIES
            for rule in (*f.SENTENCE_RULES, *f.LINE_RULES, *f.DOCUMENT_RULES)
        },
        key=lambda rule: (rule[0], int(rule[1:])),
    )
)


def _explained(units: Sequence[Unit]) -> frozenset[str]:
    """The words an explanation line ("Das bedeutet: Eine Stichwahl ist ...") explains: a hard word explained
    where it is used passes W1 and W5 (W2: explain hard words; the checker cannot see which word a line
    explains, so every word of an explanation line counts)."""
    return frozenset(
        key
        for unit in units
        if is_explanation(unit.text)
        for token in unit.tokens
        for key in (token.text.lower(), token.lemma.lower())
    )


def check_units(units: Sequence[str | Sentence], *, level: str = "leichte") -> list[Finding]:
    """All findings for the units, ordered by line, column and rule id."""
    limits = profile(level)
    built = [build_unit(i, unit) for i, unit in enumerate(units)]
    explained = _explained(built)
    analysed = [replace(unit, explained=explained) for unit in built if unit.tokens]
    hits = [
        (unit, hit)
        for unit in analysed
        for family in _FAMILIES
        for rule in family.LINE_RULES
        for hit in rule(unit, limits)
    ]
    hits += [
        (sentence, hit)
        for unit in analysed
        for sentence in unit.sentences()
        for family in _FAMILIES
        for rule in family.SENTENCE_RULES
        for hit in rule(sentence, limits)
    ]
    hits += [
        pair for family in _FAMILIES for rule in family.DOCUMENT_RULES for pair in rule(analysed, limits)
    ]
    findings = {
        Finding(hit.rule, hit.message, unit.text[hit.start : hit.end], unit.index + 1, hit.start + 1)
        for unit, hit in hits
    }
    return sorted(findings, key=lambda f: (f.line, f.column, f.rule, f.text))
