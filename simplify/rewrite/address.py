"""Rules S3 and S13: a "Wer ..., kann ..." sentence speaks to the reader directly.

"Wer keinen Internetzugang hat, kann sich an das Familienbüro wenden."
-> "Vielleicht haben Sie keinen Internetzugang." + "Dann können Sie sich an das Familienbüro wenden."
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.rewrite.clauses import coordinated, dependent, segments, well_formed
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import VERB_FINAL_FORMS, Tokens, is_finite, separable, spaced, word
from simplify.rewrite.verbs import is_past

# Possessives of the "wer" person and their form when the reader is addressed with "Sie"; personal
# pronouns ("er", "ihn") stay, because they often stand for a thing ("den Kalender ... ihn").
READER = {
    "sein": "Ihr",
    "seine": "Ihre",
    "seinen": "Ihren",
    "seinem": "Ihrem",
    "seiner": "Ihrer",
    "seines": "Ihres",
}


def _polite(verb: Token, rest: Sequence[Token]) -> tuple[str, str] | None:
    """The "Sie" form of a finite verb and its separated particle: ``abholt`` -> (``holen``, ``ab``)."""
    lemma = verb.lemma.lower()
    split = separable(verb) if verb.pos == "VVFIN" else None
    particle = ""
    if split:
        particle = split[1]
        lemma = lemma[len(particle) :]
    elif rest and rest[-1].pos == "PTKVZ" and lemma.startswith(rest[-1].text.lower()):
        lemma = lemma[len(rest[-1].text) :]  # "lädt ... ein": the particle already stands at the end
    text = split[0].lower() if split else verb.text.lower()
    if text.endswith("e"):
        return text + "n", particle  # sollte -> sollten, möchte -> möchten, wäre -> wären
    if is_past(verb):
        return text + "en", particle  # kam -> kamen, war -> waren
    if lemma == "sein":
        return "sind", particle
    return (lemma, particle) if lemma.endswith("n") else None


def _addressed(tokens: Sequence[Token]) -> Tokens:
    """Third-person possessives of the "wer" person turned into the reader's "Sie" forms (the verb "sein"
    stays: "Gott sein")."""
    return [
        replace(t, text=READER[t.text.lower()]) if t.text.lower() in READER and t.pos == "PPOSAT" else t
        for t in tokens
    ]


def _clause(verb: Token, rest: Sequence[Token], lead: str) -> Tokens | None:
    """``LEAD verb Sie rest particle``: "Vielleicht haben Sie keinen Internetzugang"."""
    polite = _polite(verb, rest)
    if polite is None:
        return None
    form, particle = polite
    finite = replace(verb, text=form, space_after=True)
    you = word("Sie", "PPER", "sie")
    # "Oder" is a conjunction and takes no place of its own: "Oder Sie brauchen Hilfe."
    body = [word(lead, "KON"), you, finite] if lead == "Oder" else [word(lead, "ADV"), finite, you]
    tail = _addressed(rest)
    if particle:
        return [*body, *spaced(tail), word(particle, "PTKVZ")] if tail else [*body, word(particle, "PTKVZ")]
    return [*body, *tail] if tail else [*body[:-1], replace(body[-1], space_after=False)]


@rule("S3.reader", kind="sentence", splits=True)
def reader(clause: Tokens) -> list[Tokens] | None:
    """S3/S13: "Wer X tut, kann Y" -> "Vielleicht tun Sie X. Dann können Sie Y."."""
    spans = segments(clause)
    if len(spans) < 2 or clause[0].text != "Wer" or clause[0].pos not in {"PWS", "PRELS"}:
        return None
    start, end = spans[0]
    main_start = spans[1][0]
    if clause[main_start - 1].text != "," or clause[end - 1].pos not in VERB_FINAL_FORMS:
        return None
    if not is_finite(clause[main_start]) or dependent(clause, *spans[1]):
        return None
    sentences = []
    for number, part in enumerate(coordinated(clause[start + 1 : end])):
        made = _clause(part[-1], part[:-1], "Vielleicht" if number == 0 else "Oder")
        if made is None:
            return None
        sentences.append(made)
    main = clause[main_start:]
    out = _clause(main[0], main[1:], "Dann")
    if out is None:
        return None
    result = [*sentences, out]
    return result if all(well_formed(c) for c in result) else None
