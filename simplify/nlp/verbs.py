"""Verbs: every finite form, the participle, the perfect auxiliary and the separable prefix of a lemma.

The forms come from ablaut (a rule-based conjugator; MIT or Apache-2.0), which needs no data files and
conjugates verbs it has never seen ("googeln"). Where ablaut is wrong for German,
``data/nlp/verb_overrides.tsv`` corrects it, each row with its reason: the auxiliary of some verbs ("ist
passiert", "hat bekommen"), prefixes that are never split ("überlässt", "unterschreibt") and a few Konjunktiv
II forms.

A lemma may start with "sich" ("sich verlaufen"): the forms are those of the verb, and the auxiliary is
"haben" (a reflexive verb forms its perfect with haben: "hat sich verlaufen") unless an override says
otherwise. Finite forms are the word that takes the verb-second place ("nimmt" of teilnehmen);
``Conjugation.finite(..., joined=True)`` gives the verb-final form ("teilnimmt").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any, Literal

from simplify.lexicon import table
from simplify.nlp.nouns import Number

__all__ = ["PARADIGMS", "Conjugation", "Paradigm", "VerbReading", "conjugate", "readings"]

Paradigm = Literal["present", "preterite", "konjunktiv1", "konjunktiv2"]
PARADIGMS: tuple[Paradigm, ...] = ("present", "preterite", "konjunktiv1", "konjunktiv2")
Person = Literal[1, 2, 3]
ROWS: tuple[tuple[Person, Number], ...] = ((1, "sg"), (2, "sg"), (3, "sg"), (1, "pl"), (2, "pl"), (3, "pl"))
"""The six rows of a paradigm: ich, du, er/sie/es, wir, ihr, sie (and the polite Sie)."""

_TENSE_MOOD = {
    "present": ("present", "indicative"),
    "preterite": ("preterite", "indicative"),
    "konjunktiv1": ("present", "subjunctive"),
    "konjunktiv2": ("preterite", "subjunctive"),
}


@dataclass(frozen=True, slots=True)
class VerbReading:
    """What a finite form is: "erhielt" is preterite indicative, 1st or 3rd person singular.

    Konjunktiv I is the present subjunctive ("sei", "habe"), Konjunktiv II the preterite subjunctive ("käme").
    """

    tense: Literal["present", "preterite"]
    mood: Literal["indicative", "subjunctive"]
    person: Person
    number: Number

    @property
    def konjunktiv(self) -> int:
        """0 for the indicative, 1 for Konjunktiv I, 2 for Konjunktiv II."""
        if self.mood == "indicative":
            return 0
        return 1 if self.tense == "present" else 2


@dataclass(frozen=True, slots=True)
class Conjugation:
    """The forms of one verb. ``forms[paradigm]`` holds the six finite forms without a separated prefix."""

    lemma: str
    prefix: str
    """The separable prefix as written when split off ("teil", "wieder auf"); "" for a verb never split."""
    auxiliaries: tuple[str, ...]
    """The perfect auxiliary: ("haben",), ("sein",), or both with the usual one first ("sein", "haben")."""
    participle: str
    zu_infinitive: str
    forms: Mapping[Paradigm, tuple[str, ...]]

    @property
    def auxiliary(self) -> str:
        return self.auxiliaries[0]

    def finite(
        self,
        paradigm: Paradigm = "present",
        person: Person = 3,
        number: Number = "sg",
        *,
        joined: bool = False,
    ) -> str:
        """One finite form ("nimmt"); ``joined`` puts the prefix in front, as verb-final ("teilnimmt")."""
        form = self.forms[paradigm][ROWS.index((person, number))]
        return self.prefix.replace(" ", "") + form if joined else form


@lru_cache(maxsize=20_000)
def conjugate(lemma: str) -> Conjugation | None:
    """The conjugation of an infinitive ("teilnehmen", "sich anmelden"); None if ablaut cannot read it."""
    verb = lemma.lower().removeprefix("sich ").strip()
    conjugation = _corrected(verb) if verb.isalpha() else None
    if conjugation is None or not lemma.lower().startswith("sich "):
        return conjugation
    auxiliary = _overrides().get(f"sich {verb}", {}).get("auxiliary", "haben")
    return replace(conjugation, auxiliaries=tuple(auxiliary.split()))


def readings(form: str, lemma: str) -> tuple[VerbReading, ...]:
    """Every tense, mood, person and number the finite ``form`` of ``lemma`` can be.

    ``readings("käme", "kommen")`` -> Konjunktiv II, 1st and 3rd person singular. A separable verb matches
    split ("nimmt", "nimmt teil") and joined ("teilnimmt"). () when the form is no finite form of the lemma.
    """
    conjugation = conjugate(lemma)
    if conjugation is None:
        return ()
    text = " ".join(form.lower().split())
    found = []
    for paradigm in PARADIGMS:
        tense, mood = _TENSE_MOOD[paradigm]
        for (person, number), finite in zip(ROWS, conjugation.forms[paradigm], strict=True):
            if text in _spellings(finite, conjugation.prefix):
                found.append(VerbReading(tense, mood, person, number))
    return tuple(dict.fromkeys(found))


def _spellings(finite: str, prefix: str) -> set[str]:
    if not prefix:
        return {finite}
    return {finite, f"{finite} {prefix}", prefix.replace(" ", "") + finite}


@lru_cache(maxsize=20_000)
def _corrected(verb: str) -> Conjugation | None:
    """ablaut's conjugation of ``verb`` (without "sich"), with the overrides of verb_overrides.tsv applied."""
    whole = _ablaut(verb)
    if whole is None:
        return None
    fixes = _overrides().get(verb, {})
    auxiliaries = tuple(fixes.get("auxiliary", whole.auxiliary).split())
    own_prefix = " ".join(whole.present[2].split()[1:])
    separable = fixes.get("separable", "")
    if separable == "no" and own_prefix:
        conjugation = _prefixed(verb, own_prefix, auxiliaries, separable=False)
    elif separable not in {"", "no"}:
        conjugation = _prefixed(verb, separable, auxiliaries, separable=True)
    else:
        forms = {p: tuple(f.split()[0] for f in getattr(whole, p)) for p in PARADIGMS}
        participle, zu_infinitive = whole.past_participle, whole.zu_infinitive
        conjugation = Conjugation(
            verb, own_prefix, auxiliaries, participle, zu_infinitive, MappingProxyType(forms)
        )
    if conjugation is not None and "konjunktiv2" in fixes:
        forms = {**conjugation.forms, "konjunktiv2": tuple(fixes["konjunktiv2"].split(","))}
        conjugation = replace(conjugation, forms=MappingProxyType(forms))
    return conjugation


def _prefixed(verb: str, prefix: str, auxiliaries: tuple[str, ...], *, separable: bool) -> Conjugation | None:
    """prefix + base verb from ablaut's table of the base ("über" + "lassen"), split or never split."""
    joined = prefix.replace(" ", "")
    base = _ablaut(verb.removeprefix(joined))
    if base is None:
        return None
    rows = {p: tuple(getattr(base, p)) for p in PARADIGMS}
    if separable:
        zu_infinitive = f"{joined}zu{base.infinitive}"
        return Conjugation(
            verb, prefix, auxiliaries, joined + base.past_participle, zu_infinitive, MappingProxyType(rows)
        )
    forms = {p: tuple(joined + f for f in found) for p, found in rows.items()}
    participle = joined + _without_ge(base.past_participle, base.infinitive)
    return Conjugation(verb, "", auxiliaries, participle, f"zu {verb}", MappingProxyType(forms))


def _without_ge(participle: str, base: str) -> str:
    """The participle without its "ge-", as after an inseparable prefix: "gelassen" -> "(über)lassen"."""
    if participle.startswith("ge") and (not base.startswith("ge") or participle.startswith("gege")):
        return participle[2:]
    return participle


@lru_cache(maxsize=20_000)
def _ablaut(verb: str) -> Any:
    """ablaut's table of ``verb`` (``ablaut.Conjugation``), or None."""
    import ablaut

    try:
        return ablaut.conjugate(verb)
    except ValueError:
        return None


@cache
def _overrides() -> dict[str, dict[str, str]]:
    """verb -> field -> value, from data/nlp/verb_overrides.tsv."""
    found: dict[str, dict[str, str]] = {}
    for verb, field, value, *_why in table("nlp/verb_overrides.tsv"):
        found.setdefault(verb, {})[field] = value
    return found
