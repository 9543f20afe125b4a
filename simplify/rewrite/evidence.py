"""Evidence for relative clauses (rule S3): the noun a relative pronoun refers to, its role, its meaning.

A relative clause is split off only with positive evidence, else the sentence stays as it is:

- the clause ends in a finite verb (", den 3. Juni abgeschlossen" ends in a participle: "den" is an article);
- the pronoun agrees in gender and number with its noun ("an der" needs a feminine singular noun), and no
  other noun in reach agrees as well ("die Einweihung der Zweigstelle der Kita im Bürgerhaus, an der ...");
- a pronoun that may be subject or object ("die", "das") is told apart by the finite verb: the subject agrees
  with it ("die Ansätze, die wir angehen" -> object); where both could be the subject, no split;
- a clause after a noun without a definite reference restricts it ("Eltern, die einen Platz suchen",
  "alle/jede ...", "kein ..."): it must not become a statement about all of them (rewrite.restrictive).

The agreement comes from ``simplify.nlp.agreement`` and ``simplify.nlp.nouns``, the verb forms from
``simplify.nlp.verbs``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from simplify.document import Token
from simplify.lexicon import mapping, words
from simplify.nlp import agreement, nouns, verbs
from simplify.nlp.agreement import PhraseReading
from simplify.rewrite.syntax import NOUNS, VERB_FINAL_FORMS, Tokens, chunk, is_finite

Role = Literal["subject", "object", "prepositional"]
Kind = Literal["name", "definite", "indefinite", "universal", "quantity", "bare", "negative"]

_SG_PL = (("sg", "m"), ("sg", "f"), ("sg", "n"), ("pl", ""))
# What a relative pronoun can be: case, number, gender.
PRONOUN_SLOTS: dict[str, frozenset[PhraseReading]] = {
    "der": frozenset({PhraseReading("nom", "sg", "m"), PhraseReading("dat", "sg", "f")}),
    "die": frozenset(PhraseReading(c, "sg" if g else "pl", g) for c in ("nom", "acc") for g in ("f", "")),
    "das": frozenset({PhraseReading("nom", "sg", "n"), PhraseReading("acc", "sg", "n")}),
    "dem": frozenset({PhraseReading("dat", "sg", "m"), PhraseReading("dat", "sg", "n")}),
    "den": frozenset({PhraseReading("acc", "sg", "m")}),
    "denen": frozenset({PhraseReading("dat", "pl", "")}),
}
# Tags inside a noun phrase before its noun; joined nouns ("Anliegerinnen und Anlieger") count too.
PHRASE_TAGS = {"ART", "ADJA", "CARD", "PIAT", "PIDAT", "PDAT", "PPOSAT", "TRUNC"}
JOINS = {"und", "oder", "sowie"}
LOCATING = {"in", "im", "bei"}
TIMES = "rewrite/time_nouns.tsv"
READERS = "rewrite/reader_nouns.tsv"
TIME_LEMMAS = {
    "jahr",
    "jahrzehnt",
    "jahrhundert",
    "monat",
    "woche",
    "tag",
    "stunde",
    "minute",
    "zeit",
    "uhr",
    "mal",
}
UNIVERSAL = ("all", "jed", "sämtlich", "diejenig", "derjenig", "dasjenig", "denjenig", "jeglich")
QUANTITIES = {
    "viel",
    "zahlreich",
    "einige",
    "einig",
    "mehrere",
    "manche",
    "manch",
    "wenige",
    "wenig",
    "etliche",
}
COPULAS = {"sein", "werden", "bleiben", "heißen"}
NOMINATIVE_PRONOUNS = {"ich": (1, "sg"), "du": (2, "sg"), "er": (3, "sg"), "es": (3, "sg"), "man": (3, "sg")}
NOMINATIVE_PRONOUNS |= {"wir": (1, "pl"), "ihr": (2, "pl"), "sie": (3, "")}


@dataclass(frozen=True, slots=True)
class Finding:
    """What the evidence says about one relative clause."""

    slot: PhraseReading
    role: Role
    kind: Kind
    restrictive: bool
    past: bool


def judge(
    before: Sequence[Token],
    head: int,
    pronoun: str,
    preposition: Sequence[Token],
    body: Sequence[Token],
    after: Sequence[Token] = (),
) -> Finding | None:
    """The finding for the relative clause ``body`` between ``before`` and ``after`` whose noun is
    ``before[head]``, or None when the evidence does not suffice (the clause then stays).

    Restrictive: "alle/jede", "kein", a quantity, a bare noun; a definite plural of people where the sentence
    offers, allows or asks something (a modal verb, "bitte": "Die Eltern, die ..., können ..."); an
    indefinite noun under a modal verb or a negation. A definite plural in a statement names a known group
    ("Die Arbeiten, die ... ausgeführt werden, dauern zwei Wochen")."""
    verb = body[-1] if body else None
    if verb is None or not _finite(verb) or pronoun not in PRONOUN_SLOTS:
        return None
    start = phrase_start(before, head)
    slots = _agreeing(PRONOUN_SLOTS[pronoun], before, start, head, preposition)
    role = _role(slots, preposition, body, verb) if slots else None
    if role is None:
        return None
    if role == "subject":
        slots = {s for s in slots if s.case == "nom" and (3, s.number) in verb_numbers(verb)}
    elif role == "object":
        slots = {s for s in slots if s.case != "nom"}
    if _rivals(before, start, head, slots):
        return None
    if len({(s.number, s.gender) for s in slots}) != 1:
        return None
    slot = min(slots)
    kind = _kind(before, start, head, slot)
    past = any(_preterite(t) for t in [*before, *body])
    sentence = [*before, *after]
    modal = any(t.pos == "VMFIN" or t.text.lower() in {"nicht", "kein", "keine", "bitte"} for t in sentence)
    people = before[head].lemma in words(READERS)
    if (
        kind == "bare"
        and start > 0
        and slot.number == "pl"
        and (_episodic(sentence) or _predicate(before, start))
    ):
        # "Die Schüler hatten Vorschläge gemacht, die ...", "Dies sind Wärmeanomalien, die ...": new things,
        # like "ein"
        kind = "indefinite"
    if kind == "definite" and _predicate(before, start):
        kind = (
            "negative"  # "... ist die Haltung, die ... am stärksten entgegenkommt": the clause identifies it
        )
    restrictive = kind in {"universal", "quantity", "bare", "negative"} or (
        (kind == "indefinite" and modal) or (kind == "definite" and slot.number == "pl" and modal and people)
    )
    return Finding(slot, role, kind, restrictive, past)


def candidate(
    before: Sequence[Token], pronoun: str, preposition: Sequence[Token], body: Sequence[Token]
) -> tuple[int, Finding] | None:
    """The one noun of the clause that a relative clause after the verb bracket can refer to, by agreement:
    "Somit können zahlreiche Haushalte Wohngeld beziehen, die bislang nicht berechtigt waren": "Haushalte"."""
    found = []
    for index in _reach(before, len(before), far=True):
        if before[index].pos == "NN":
            finding = judge(before, index, pronoun, preposition, body)
            if finding is not None:
                found.append((index, finding))
    return found[0] if len(found) == 1 else None


def repeated(antecedent: Tokens, noun: Token, finding: Finding) -> Tokens:
    """The repeated noun in the pronoun's case and number ("den Treibhausgasen" -> "die Treibhausgase")."""
    if len(antecedent) != 2 or antecedent[0].pos != "ART" or noun.pos != "NN":
        return antecedent
    slot = finding.slot
    forms = {
        r.inflect(slot.case, slot.number)
        for r in nouns.readings(noun.text, noun.morphemes)
        if r.number == slot.number and (slot.number == "pl" or r.gender in {slot.gender, ""})
    }
    if len(forms) != 1 or None in forms:
        return antecedent
    return [antecedent[0], replace(antecedent[1], text=forms.pop())]


def phrase_start(before: Sequence[Token], head: int) -> int:
    """Where the phrase of ``before[head]`` starts: its determiner, adjectives, joined nouns, a first name."""
    at = head
    while at > 0:
        token, current = before[at - 1], before[at]
        joins = JOINS | ({","} if at >= 2 and before[at - 2].pos == "TRUNC" else set())
        if (
            token.pos in PHRASE_TAGS
            or (token.pos in {"ADV", "ADJD"} and current.pos == "ADJA")
            or (token.text in joins and at >= 2 and before[at - 2].pos in NOUNS | {"TRUNC"})
            or (token.pos in NOUNS and (current.text in JOINS or joined_name(before, at)))
        ):
            at -= 1
        else:
            break
    return at


def joined_name(before: Sequence[Token], at: int) -> bool:
    """``before[at]`` continues a name: "Laura Schaller", "Dr. Ulrich Kreis" (a first name before it)."""
    return before[at - 1].pos == "NE" and before[at].pos in {"NE", "NN"}


def _finite(verb: Token) -> bool:
    """The last word of the clause is a finite verb: not a participle that HanTa's repair made one."""
    if verb.pos not in VERB_FINAL_FORMS:
        return False
    if verbs.conjugate(verb.lemma) is None:
        return not (verb.text.startswith("ge") and verb.text.endswith("t"))
    return bool(verbs.readings(verb.text, verb.lemma))


def _readings(tokens: Sequence[Token]) -> set[tuple[str, str]]:
    """(number, gender) a noun phrase can have; a name is singular of any gender, joined nouns are plural."""
    if any(t.text in JOINS for t in tokens):
        return {("pl", "")}
    if tokens and tokens[-1].pos == "NE":
        return {("sg", "m"), ("sg", "f"), ("sg", "n")}
    found = {(r.number, r.gender) for r in agreement.readings(tokens)}
    if not found and tokens:
        noun = tokens[-1]
        found = {
            (r.number, r.gender if r.number == "sg" else "")
            for r in nouns.readings(noun.text, noun.morphemes)
        }
    return found or set(_SG_PL)


def _agreeing(
    slots: frozenset[PhraseReading],
    before: Sequence[Token],
    start: int,
    head: int,
    preposition: Sequence[Token],
) -> set[PhraseReading]:
    """The pronoun's readings that agree with the noun phrase (and with the preposition's case)."""
    found = _readings(before[start : head + 1])
    cases = set(agreement.governed(preposition[0].text)) if preposition else {"nom", "acc", "dat", "gen"}
    return {s for s in slots if (s.number, s.gender) in found and s.case in cases}


def verb_numbers(verb: Token) -> set[tuple[int, str]]:
    """(person, number) the finite verb can have."""
    found = {(r.person, r.number) for r in verbs.readings(verb.text, verb.lemma)}
    if found:
        return found
    plural = verb.text.endswith(("en", "rn", "ln")) or verb.text.lower() == "sind"
    return {(1, "pl"), (3, "pl")} if plural else {(1, "sg"), (3, "sg"), (2, "pl")}


def _rivals(before: Sequence[Token], start: int, head: int, slots: set[PhraseReading]) -> bool:
    """Another noun in reach agrees with the pronoun as well: which one is meant is not clear.

    In reach: the nouns the phrase depends on ("die Einweihung der Zweigstelle, an der"); after a verb
    bracket ("..., statt, an der"), every noun of the clause.
    """
    far = head + 1 < len(before) and not _trailing_name(before, head)
    wanted = {(s.number, s.gender) for s in slots}
    for other in _reach(before, start, far):
        word = before[other].text
        if word.endswith(".") and len(word) <= 4:
            continue  # an abbreviation ("e. V.") names nothing a clause can be about
        if word.lower() in mapping(TIMES) or before[other].lemma.lower() in TIME_LEMMAS:
            continue  # "für nächstes Jahr": a time is no antecedent
        if start <= other <= head or (
            other + 1 < len(before) and before[other + 1].pos in NOUNS and joined_name(before, other + 1)
        ):
            continue
        start_other = phrase_start(before, other)
        if all(s.number == "sg" for s in slots) and _conjunct(before, start_other, other):
            continue  # a singular pronoun does not refer to one member of "A, B und C"
        opener = before[start_other - 1] if start_other > 0 else None
        if before[other].pos == "NE" and opener is not None and opener.text.lower() in LOCATING:
            continue  # "mit Haarlem in den Niederlanden": the name after "in" locates the other
        single = start_other == other or not joined_name(before, other)
        place = before[other].pos == "NE" and ((opener is not None and opener.pos == "APPR") or single)
        found = {("sg", "n")} if place else _readings(before[start_other : other + 1])
        if found & wanted:
            return True  # (a name after a preposition or of one word is a place: neuter)
    return False


def _conjunct(before: Sequence[Token], start: int, end: int) -> bool:
    """The phrase from ``start`` to ``end`` is a member of an enumeration ("die Stadt und der Werbering")."""
    after = before[end + 1].text if end + 1 < len(before) else ""
    ahead = before[start - 1].text if start > 0 else ""
    return (after in JOINS | {","} and end + 2 < len(before)) or (ahead in JOINS | {","} and start > 1)


def _trailing_name(before: Sequence[Token], head: int) -> bool:
    """Only names or numbers follow the noun ("die Stadt Izmit", "die Gruppen 2 bis 5")."""
    return all(t.pos in {"NE", "CARD"} or t.text == "bis" for t in before[head + 1 :])


def _reach(before: Sequence[Token], start: int, far: bool) -> list[int]:
    """Indexes of the nouns a relative clause after ``before`` may refer to besides the one at ``start``."""
    if far:
        # the nouns after the finite verb: a relative clause after the verb bracket refers to one of them
        bounds = [i for i, t in enumerate(before) if t.text in {",", ":", ";", "–"} or is_finite(t)]
        first = bounds[-1] + 1 if bounds else 0
        return [i for i in range(first, len(before)) if before[i].pos in NOUNS]
    found = []
    at = start
    while at > 0:
        link = before[at - 1]
        if link.pos in {"APPR", "APPRART"}:
            at -= 1  # a phrase that describes the noun before it: "die Anerkennung mit dem Preis"
        elif not (before[at].text.lower() in {"der", "des", "eines", "einer"} and link.pos in NOUNS):
            break  # only a genitive depends on the noun before it
        if at == 0 or before[at - 1].pos not in NOUNS:
            break
        found.append(at - 1)
        at = phrase_start(before, at - 1)
    return found


def _role(
    slots: set[PhraseReading], preposition: Sequence[Token], body: Sequence[Token], verb: Token
) -> Role | None:
    """Subject or object: the case of the pronoun, else the agreement of the finite verb."""
    if preposition:
        return "prepositional"
    cases = {s.case for s in slots}
    if cases == {"nom"}:
        return "subject" if _subject_agrees(slots, verb) else None
    if "nom" not in cases:
        return "object"
    pronoun_subject = _subject_agrees(slots, verb)
    rival = _other_subject(body[:-1], verb)
    if rival == "pronoun":
        return "object"  # "die wir angehen": "wir" can only be the subject
    if pronoun_subject and (not rival or verb.lemma in COPULAS):
        return "subject"
    if rival and not pronoun_subject:
        return "object"
    return None


def _subject_agrees(slots: set[PhraseReading], verb: Token) -> bool:
    return any(s.case == "nom" and (3, s.number) in verb_numbers(verb) for s in slots)


def _other_subject(words: Sequence[Token], verb: Token) -> Literal["pronoun", "phrase", ""]:
    """A phrase in the relative clause that can be the subject of its verb: "pronoun" for a personal pronoun
    that is only ever a subject ("die wir angehen"), "phrase" for a noun phrase that may be one, else ""."""
    numbers = verb_numbers(verb)
    index = 0
    while index < len(words):
        end = max(chunk(words, index), index + 1)
        while index + 1 < end and (
            words[index].pos in {"ADV", "ADJD"}
            or (words[index].pos == "CARD" and words[index + 1].pos in {"ART", "PPOSAT", "PDAT"})
        ):
            index += 1  # "auch das Café", "(August) 2026 einen Platz"
        token = words[index]
        lower = token.text.lower()
        if token.pos == "PPER" and lower in NOMINATIVE_PRONOUNS:
            person, number = NOMINATIVE_PRONOUNS[lower]
            if any(p == person and number in {n, ""} for p, n in numbers):
                return "pronoun" if lower not in {"sie", "es"} else "phrase"
        elif token.pos in {"ART", "PDAT", "PPOSAT", "PIAT", "ADJA", "CARD"} | NOUNS and any(
            t.pos in NOUNS for t in words[index:end]
        ):
            found = agreement.readings(words[index:end]) if words[end - 1].pos != "NE" else None
            if found is None or any(r.case == "nom" and (3, r.number) in numbers for r in found):
                return "phrase"
        index = end
    return ""


def _kind(before: Sequence[Token], start: int, head: int, slot: PhraseReading) -> Kind:
    """What kind of reference the noun phrase has: a name, definite, indefinite, "alle/jede", bare, ..."""
    noun = before[head]
    if noun.pos == "NE" or (head > 0 and joined_name(before, head)):
        return "name"
    if start > 0 and before[start - 1].pos == "APPRART":
        return "definite"  # "zum Sommerfest": the article is in the preposition
    first = before[start]
    lower = first.text.lower()
    if first.pos in {"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT"}:
        if lower.startswith("kein"):
            return "negative"
        if lower.startswith(UNIVERSAL):
            return "universal"
        if lower.startswith("ein") and agreement.determiner(lower) is not None:
            return "indefinite"
        if first.pos != "PIAT" and agreement.determiner(lower) is not None:
            return "definite"
    if first.pos == "CARD" or first.lemma.lower() in QUANTITIES:
        return "quantity" if slot.number == "pl" else "bare"
    return "bare"


def _predicate(before: Sequence[Token], start: int) -> bool:
    """The noun phrase at ``start`` follows a copula (not a passive) outside a prepositional phrase: it says
    what the subject is ("Dies sind Wärmeanomalien, die ...", "... ist die Haltung, die ...")."""
    if start and before[start - 1].pos in {"APPR", "APPRART"}:
        return False
    colons = [i for i, t in enumerate(before[:start]) if t.text == ":"]
    clause = before[colons[-1] + 1 if colons else 0 : start]
    passive = any(t.pos in {"VVPP", "VVINF", "VVIZU"} for t in before[colons[-1] + 1 if colons else 0 :])
    return not passive and any(is_finite(t) and t.lemma in COPULAS for t in clause)


def _episodic(sentence: Sequence[Token]) -> bool:
    """The main clause tells of one past event: a preterite, or "haben"/"sein" with a participle."""
    perfect = any(t.lemma in {"haben", "sein"} and is_finite(t) for t in sentence) and any(
        t.pos in {"VVPP", "VAPP"} for t in sentence
    )
    return perfect or any(_preterite(t) for t in sentence)


def _preterite(token: Token) -> bool:
    """A finite verb in the preterite only ("hielten", "waren"; "wollen" is present)."""
    if not is_finite(token):
        return False
    found = verbs.readings(token.text, token.lemma)
    return bool(found) and all(r.tense == "preterite" and r.mood == "indicative" for r in found)
