"""Verb forms the rules need: present tense from a lemma, indicative from Konjunktiv I."""

from __future__ import annotations

from simplify.document import Token
from simplify.lexicon import mapping
from simplify.nlp import mood, verbs

VOWELS = "aeiouäöü"


def present(lemma: str, *, plural: bool) -> str | None:
    """Third person present: ``gründen`` -> ``gründet`` / ``gründen``; ``erhalten`` -> ``erhält``."""
    lemma = lemma.lower()
    if not lemma.endswith("n") or len(lemma) < 3:
        return None
    if plural:
        return "sind" if lemma == "sein" else lemma
    irregular = mapping("rewrite/present.tsv")
    for infinitive in sorted(irregular, key=len, reverse=True):
        if lemma.endswith(infinitive):
            return lemma[: len(lemma) - len(infinitive)] + irregular[infinitive]
    if lemma.endswith(("eln", "ern")):
        return lemma[:-1] + "t"
    if not lemma.endswith("en"):
        return None
    stem = lemma[:-2]
    before = stem[-2] if len(stem) > 1 else ""
    silent_h = before == "h" and len(stem) > 2 and stem[-3] in VOWELS
    needs_e = stem.endswith(("t", "d")) or (
        stem.endswith(("m", "n")) and before and before not in VOWELS + "lrmn" and not silent_h
    )
    return stem + ("et" if needs_e else "t")


def is_konjunktiv(token: Token) -> bool:
    """True for a Konjunktiv I form of the third person (``sei``, ``habe``, ``komme``)."""
    if token.pos not in {"VAFIN", "VMFIN", "VVFIN"}:
        return False
    text = token.text.lower()
    if text in mood.first_indicatives():
        return True
    lemma = token.lemma.lower()
    return token.pos == "VVFIN" and lemma.endswith("en") and text == lemma[:-2] + "e"


def indicative(token: Token) -> str | None:
    """The indicative form of a Konjunktiv I verb (``sei`` -> ``ist``, ``komme`` -> ``kommt``)."""
    text = token.text.lower()
    table = mood.first_indicatives()
    if text in table:
        return table[text]
    return present(token.lemma, plural=False)


def is_past(verb: Token) -> bool:
    """True when a finite verb is not a present-tense form of its lemma (``reiste``, ``war``, ``wurden``).

    The conjugation of the lemma (:mod:`simplify.nlp.verbs`) decides where it knows the form; else the form is
    compared with the present forms the endings give.
    """
    found = {r.tense for r in verbs.readings(verb.text, verb.lemma)}
    if found:
        return found == {"preterite"}
    text = verb.text.lower()
    lemma = verb.lemma.lower()
    prefix = next(
        (p for p in mapping("rewrite/separable.tsv") if lemma.startswith(p) and not text.startswith(p)), ""
    )
    lemma = lemma[len(prefix) :]  # "findet" (statt) is a present form of "stattfinden"
    if text in {lemma, present(lemma, plural=False), present(lemma, plural=True)}:
        return False
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return text not in {stem + "e", stem + "st", stem + "est", stem + "et", stem + "t"}
