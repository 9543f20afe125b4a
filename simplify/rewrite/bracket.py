"""The verbal bracket of a simple main clause, for the rules that change tense and voice (S5, S8, S10).

A clause is simple when it is one main clause: its finite verb stands in second place after a first
constituent, no other finite verb stands at the top level, no comma opens a subordinate, relative or
infinitive clause, and no semicolon or dash follows the verb. A colon after the verb ("Die Stadt teilte mit:",
"Sie sagte: „...“") ends the body of the clause: a verb that moves to the end of the clause goes before it.
The rules change only the verbs of such a clause; every other clause stays as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from simplify.document import Token
from simplify.lexicon import words
from simplify.nlp import verbs
from simplify.nlp.verbs import VerbReading
from simplify.rewrite.clauses import in_dependent, segments
from simplify.rewrite.syntax import BULLET, FINITE, LEAD_COLON, Tokens, top_level
from simplify.rewrite.verbs import is_past

# What may stand first in a main clause without being its first constituent.
CONJUNCTIONS = {"KON"}
# First words of a clause that is no main clause.
DEPENDENT_STARTS = {"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"}
FIRST_PERSON = {"ich": "sg", "wir": "pl"}
# Forms that mark a masculine accusative (German grammar: determiners and the pronoun).
ACCUSATIVE_MARKS = {
    *("den", "einen", "keinen", "diesen", "jenen", "jeden", "ihn", "meinen", "seinen", "ihren", "unseren"),
}


@dataclass(frozen=True, slots=True)
class Frame:
    """A simple main clause split at its finite verb: prefield, finite verb, body, a tail after a colon."""

    clause: Tokens
    verb: int
    end: int

    @property
    def finite(self) -> Token:
        return self.clause[self.verb]

    @property
    def prefield(self) -> Tokens:
        return self.clause[: self.verb]

    @property
    def body(self) -> Tokens:
        """The middle field and the right bracket: everything after the finite verb up to a colon."""
        return self.clause[self.verb + 1 : self.end]

    @property
    def tail(self) -> Tokens:
        return self.clause[self.end :]

    def verbs(self) -> list[int]:
        """Indexes (in the body) of the verb tokens and separable particles after the finite verb."""
        return [i for i, t in enumerate(self.body) if t.pos.startswith("V") or t.pos in {"PTKVZ", "PTKZU"}]

    def closing(self) -> tuple[Tokens, Tokens] | None:
        """The body as the middle field and the verbs that close it ("am Montag" + "gesperrt werden"); None
        when there are none or other verbs stand before them."""
        body = self.body
        marks = self.verbs()
        if not marks or marks != list(range(marks[0], len(body))):
            return None
        return body[: marks[0]], body[marks[0] :]


def frame(clause: Sequence[Token]) -> Frame | None:
    """The frame of a simple main clause, or None (see the module docstring)."""
    clause = list(clause)
    if not clause or clause[0].lemma == BULLET or clause[0].pos in DEPENDENT_STARTS:
        return None
    flags = top_level(clause)
    colon = next((i for i, t in enumerate(clause) if flags[i] and t.text == ":"), len(clause))
    finite = [i for i, t in enumerate(clause[:colon]) if flags[i] and t.pos in FINITE]
    if len(finite) != 1 or any(in_dependent(clause[:colon])):
        return None
    verb = finite[0]
    first = next((i for i, t in enumerate(clause) if t.pos not in CONJUNCTIONS), len(clause))
    if verb <= first:
        return None  # verb first: a question, a condition, an imperative
    if any(t.pos == "VVPP" or t.pos.endswith("INF") for t in clause[first:verb]):
        return None  # "Eröffnet wird ...", "Helfen kann ...": a verb in the prefield
    if not _one_prefield(clause[first:verb]) or _capitals(clause):
        return None
    end = len(clause)
    for index in range(verb + 1, len(clause)):
        token = clause[index]
        if not flags[index]:
            continue
        if token.text in {":"} or token.lemma == LEAD_COLON:
            end = index
            break
        if token.text in {";", "–", "—"} or (token.text == "-" and token.pos.startswith("$")):
            return None
    if not _open_commas(clause[verb + 1 : end]):
        return None
    return Frame(clause, verb, end)


def _one_prefield(prefield: Sequence[Token]) -> bool:
    """True when the words before the verb can be one constituent: no comma but those of a date or of a
    quotation ("„...“, sagte sie"), no dash, no adverb of time before a noun phrase ("Nun das Volk sah")."""
    tokens = list(prefield)
    while tokens and tokens[-1].text == ",":  # the comma that closes a date before the verb
        tokens = tokens[:-1]
    flags = top_level(tokens)
    if not tokens or any(t.text in {"–", "—", "-", ";", ":"} and flags[i] for i, t in enumerate(tokens)):
        return not tokens
    spans = segments(tokens)
    quoted = tokens[0].text == "„" and len(spans) == 2 and spans[1][0] == spans[1][1]
    if len(spans) > 1 and not quoted:
        return False
    first, second = tokens[0], tokens[1] if len(tokens) > 1 else None
    return not (
        first.pos == "ADV"
        and first.text.lower() not in FOCUS
        and second is not None
        and second.pos in {"ART", "PPOSAT", "PDAT", "NN", "NE"}
    )


# Particles that may stand before the subject in the prefield ("Auch Oberbürgermeister X zeigte sich").
FOCUS = {"auch", "nur", "sogar", "selbst", "erst", "schon", "bereits", "noch", "gerade", "vor", "allein"}
# Word classes that are never capitalised inside a sentence (verse and tagging errors: "Hundert Bat Öl").
LOWER_TAGS = {
    *("KOKOM", "KON", "KOUS", "APPR", "APPRART", "ART", "ADV", "VVFIN", "VAFIN", "VMFIN", "PRELS", "PWS"),
}


def _capitals(clause: Sequence[Token]) -> bool:
    """True when a word of a closed class is capitalised inside the clause (not after a colon or a quote)."""
    return any(
        token.pos in LOWER_TAGS
        and token.text[:1].isupper()
        and clause[index - 1].text not in {":", "„", "(", "–", '"', "‚"}
        for index, token in enumerate(clause)
        if index
    )


def _open_commas(tokens: Sequence[Token]) -> bool:
    """True when no comma in the body would stand between a verb and what it governs.

    Commas of an enumeration ("bei Vereinen, Schulen und Kitas") and of a date ("am Montag, 4. Mai,") are
    open: the parts between them are noun phrases, and the last part holds "und", "oder" or "sowie" after its
    first word. After any other comma the rest is an apposition or a clause ("Medaillen, insgesamt 80 Stück",
    "bis zum Tod, und zwar ..."), and a verb must not follow it.
    """
    spans = segments(tokens)
    if len(spans) == 1:
        return True
    inner_spans = [tokens[a:b] for a, b in spans[1:-1]]
    start, end = spans[-1]
    last = tokens[start:end]
    return (
        all(part and all(t.pos in NOUN_PHRASE_TAGS for t in part) for part in inner_spans)
        and len(last) > 1
        and last[0].pos != "KON"
        and any(t.text.lower() in {"und", "oder", "sowie"} for t in last[1:])
    )


NOUN_PHRASE_TAGS = {
    *("NN", "NE", "NNA", "ADJA", "ART", "TRUNC", "CARD", "PIAT", "PIDAT", "PPOSAT", "PDAT", "KON", "FM"),
}


def agreeing(frame_: Frame, options: Sequence[VerbReading]) -> tuple[int, str] | None:
    """Person and number of the subject among the readings of the finite verb ("eröffnete": 1st or 3rd).

    The first person needs its pronoun next to the verb ("ich eröffnete", "eröffnete ich"); else the 3rd
    person is taken (the polite "Sie" takes its forms). None when the readings leave a choice.
    """
    rows = {(r.person, r.number) for r in options}
    if len(rows) == 1:
        return next(iter(rows))
    clause, verb = frame_.clause, frame_.verb
    beside = [clause[i] for i in (verb - 1, verb + 1) if 0 <= i < len(clause)]
    for token in beside:
        number = FIRST_PERSON.get(token.text.lower())
        if token.pos == "PPER" and number and (1, number) in rows:
            return 1, number
    third = {row for row in rows if row[0] == 3}
    return next(iter(third)) if len(third) == 1 else None


def auxiliary(lemma: str, person: int, number: str) -> str | None:
    """The present form of "haben" or "sein" for the perfect ("hat", "sind")."""
    conjugation = verbs.conjugate(lemma)
    return conjugation.finite("present", person, number) if conjugation else None  # type: ignore[arg-type]


def rebuild(
    frame_: Frame, finite: Sequence[Token], body: Sequence[Token], closing: Sequence[Token]
) -> Tokens:
    """Prefield, new finite verb(s), the body and the closing verbs, then the tail after a colon."""
    out: Tokens = []
    finite = [replace(t, space_after=True) for t in finite]  # the verbs a rule puts in are words of their own
    closing = [replace(t, space_after=True) for t in closing]
    for part in (frame_.prefield, finite, body, closing):
        if part:
            out = [*out[:-1], replace(out[-1], space_after=True), *part] if out else list(part)
    last = frame_.clause[frame_.end - 1]
    out[-1] = replace(out[-1], space_after=last.space_after if frame_.tail else False)
    tail = frame_.tail
    if len(tail) == 1 and tail[0].text == ":":  # "Er antwortete:": the colon that ends a line stays
        tail = [replace(tail[0], lemma=LEAD_COLON)]
    return [*out, *tail]


def verb_token(text: str, pos: str, lemma: str) -> Token:
    """A verb the rules add."""
    return Token(text, pos, lemma)


def accusative_marked(tokens: Sequence[Token]) -> bool:
    """True when the tokens hold an object in the accusative ("den Wagen", "einen Bus", "ihn"): a
    determiner or pronoun of the masculine accusative that no preposition governs."""
    return any(
        t.text.lower() in ACCUSATIVE_MARKS and (i == 0 or tokens[i - 1].pos not in {"APPR", "APPRART"})
        for i, t in enumerate(tokens)
    )


PARTICIPLES = {"VVPP", "VAPP", "VMPP"}
# "Das Amt hat montags geöffnet": opening hours, a state in the present, not a perfect.
STATES_WITH_HABEN = {"geöffnet", "geschlossen"}


def is_past_clause(clause: Sequence[Token], verb: int) -> bool:
    """True when the main clause with its finite verb at ``verb`` tells of the past.

    A preterite ("eröffnete"), or a perfect: "haben" with a participle, "sein" with the participle of a verb
    that forms its perfect with "sein" ("ist gekommen") or with "worden" ("ist eröffnet worden"); "ist
    geschlossen" and "hat montags geöffnet" are states in the present.
    """
    finite = clause[verb]
    if is_past(finite):
        return True
    if finite.lemma not in {"haben", "sein"} or finite.pos != "VAFIN":
        return False
    inside = in_dependent(clause)
    for index in range(verb + 1, len(clause)):
        token = clause[index]
        if token.text in {":", ";"}:
            break
        if token.pos not in PARTICIPLES or inside[index]:
            continue
        if token.text == "worden" or (finite.lemma == "haben" and token.text not in STATES_WITH_HABEN):
            return True
        conjugation = verbs.conjugate(token.lemma)
        if conjugation is not None and (
            conjugation.auxiliaries[0] == "sein"
            or any(token.lemma.endswith(v) for v in words("rewrite/both_auxiliaries.tsv"))
        ):
            return True
    return False
