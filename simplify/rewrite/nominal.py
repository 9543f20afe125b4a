"""Rule S10 (verbs instead of nouns): the common nominal phrases of press releases become verbs.

- ``S10.light_verb``: a noun-verb phrase of ``rewrite/light_verbs.tsv`` becomes its verb, in the tense,
  person and number of the light verb: "Der Rat trifft eine Entscheidung über den Antrag." -> "Der Rat
  entscheidet über den Antrag."; "Das Verfahren kommt zur Anwendung." -> "Das Verfahren wird angewendet.";
  "Der Rat hat eine Entscheidung getroffen." -> "Der Rat hat entschieden."; "Viele nehmen das Angebot in
  Anspruch." -> "Viele nutzen das Angebot."
- ``S10.happens``: "X erfolgt" with a noun of ``rewrite/nominal_verbs.tsv``: "Die Eröffnung des Bades erfolgt
  am Montag." -> "Das Bad wird am Montag eröffnet." (rules S5 and S8 may then go on: "Man eröffnet das Bad am
  Montag."); with its agent: "Die Auszahlung des Geldes erfolgt durch das Amt." -> "Das Amt zahlt das Geld
  aus."; the genitive as the subject: "Die Abfahrt des Busses erfolgt um 9 Uhr." -> "Der Bus fährt um 9 Uhr
  ab."; any noun without a genitive, only before a time: "Die Abfuhr erfolgt am Freitag." -> "Die Abfuhr
  ist am Freitag."
- ``S10.after``: "Nach Abschluss (Fertigstellung) der Arbeiten wird die Straße freigegeben." -> "Wenn die
  Arbeiten fertig sind: Dann wird die Straße freigegeben."; in the past "Die Arbeiten waren fertig." +
  "Danach wurde die Straße freigegeben." Only for works ("der Sanierung", "des Umbaus"); a meeting is not
  "fertig".

Each rule works on a simple main clause (:mod:`simplify.rewrite.bracket`) and only where every phrase it moves
can be inflected for sure (:func:`simplify.nlp.agreement.reinflect`): the phrase exactly as in the table (no
adjective, no genitive after it), the subject exactly the noun and its genitive. Anything else stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from simplify import lexicon
from simplify.document import Token
from simplify.nlp import verbs
from simplify.rewrite.adverbials import MONTHS, TIME_PREPOSITIONS, time_words
from simplify.rewrite.bracket import Frame, agreeing, frame, is_past_clause, rebuild, verb_token
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import Tokens, chunk, initial, inner, top_level, word
from simplify.rewrite.voice import phrase_number, reinflected

GENITIVE_ARTICLES = {"des", "der", "eines", "einer"}
# Nouns of "nach Abschluss der Arbeiten": what they say is done is "fertig" when it is a work (a noun of
# rewrite/nominal_verbs.tsv or one of WORKS, also as the last part of a compound: "Bauarbeiten").
FINISHED = {"Abschluss", "Fertigstellung"}
WORKS = ("arbeit", "arbeiten", "bau", "bauten")


class LightVerb(NamedTuple):
    light: str
    phrase: tuple[str, ...]
    verb: str
    passive: bool
    participle: str


@cache
def _light_verbs() -> tuple[LightVerb, ...]:
    rows = []
    for light, phrase, verb, voice, *participle in lexicon.table("rewrite/light_verbs.tsv"):
        conjugation = verbs.conjugate(verb)
        if conjugation is not None:
            own = participle[0] if participle else conjugation.participle
            rows.append(LightVerb(light, tuple(phrase.split()), verb, voice == "passive", own))
    return tuple(rows)


def _tense(found: Frame, lemma: str) -> tuple[str, int, str] | None:
    """Paradigm ("present"/"preterite"), person and number of the finite verb as a form of ``lemma``."""
    readings = [r for r in verbs.readings(found.finite.text, lemma) if r.mood == "indicative"]
    tenses = {r.tense for r in readings}
    row = agreeing(found, readings) if len(tenses) == 1 else None
    return (tenses.pop(), *row) if row else None


def _finite(lemma: str, tense: tuple[str, int, str]) -> Token | None:
    conjugation = verbs.conjugate(lemma)
    if conjugation is None:
        return None
    form = conjugation.finite(tense[0], tense[1], tense[2])  # type: ignore[arg-type]
    return verb_token(form, "VAFIN" if lemma in {"sein", "haben", "werden"} else "VVFIN", lemma)


def _particle(lemma: str) -> Tokens:
    conjugation = verbs.conjugate(lemma)
    return [verb_token(p, "PTKVZ", p) for p in conjugation.prefix.split()] if conjugation else []


@rule("S10.light_verb", kind="sentence", levels=("leichte",))
def light_verb(clause: Tokens) -> list[Tokens] | None:
    """S10: a noun-verb phrase becomes its verb ("eine Entscheidung treffen" -> "entscheiden")."""
    found = frame(clause)
    if found is None:
        return None
    for entry in _light_verbs():
        at = _phrase_at(found.body, entry.phrase)
        if at is not None:
            rest = [*found.body[:at], *found.body[at + len(entry.phrase) :]]
            out = _with_verb(found, entry, rest)
            if out is not None:
                return [out]
    return None


def _phrase_at(body: Sequence[Token], phrase: Sequence[str]) -> int | None:
    """Where the words of ``phrase`` stand in the body at the top level, followed by no genitive."""
    flags = top_level(body)
    size = len(phrase)
    for index in range(len(body) - size + 1):
        if [t.text.lower() for t in body[index : index + size]] != list(phrase) or not flags[index]:
            continue
        following = body[index + size] if index + size < len(body) else None
        if following is None or following.text not in GENITIVE_ARTICLES | {"„"}:
            return index
    return None


def _with_verb(found: Frame, entry: LightVerb, rest: Tokens) -> Tokens | None:
    """The clause with the verb of ``entry`` in place of its light verb, or None."""
    finite = found.finite
    new = verbs.conjugate(entry.verb)
    participle = verb_token(entry.participle, "VVPP", entry.verb)
    if finite.lemma == entry.light and finite.pos == "VVFIN":  # "trifft eine Entscheidung"
        if any(t.pos.startswith("V") or t.pos == "PTKVZ" for t in rest) or new is None:
            return None
        tense = _tense(found, entry.light)
        if tense is None:
            return None
        if entry.passive:
            werden = _finite("werden", tense)
            return rebuild(found, [werden], rest, [participle]) if werden else None
        form = _finite(entry.verb, tense)
        return rebuild(found, [form], rest, _particle(entry.verb)) if form else None
    last = rest[-1] if rest else None
    if last is None or last.lemma != entry.light or any(t.pos.startswith("V") for t in rest[:-1]):
        return None
    rest = rest[:-1]
    if last.pos == "VVINF":  # "muss eine Entscheidung treffen", "kann zur Anwendung kommen"
        closing = [participle, verb_token("werden", "VAINF", "werden")] if entry.passive else None
        infinitive = [verb_token(entry.verb, "VVINF", entry.verb)]
        return rebuild(found, [finite], rest, closing or infinitive)
    if last.pos != "VVPP" or finite.lemma not in {"haben", "sein"}:
        return None
    if entry.passive and finite.lemma == "sein":  # "ist zur Anwendung gekommen" -> "ist angewendet worden"
        return rebuild(found, [finite], rest, [participle, verb_token("worden", "VAPP", "werden")])
    light = verbs.conjugate(entry.light)
    if entry.passive or new is None or light is None or new.auxiliaries != light.auxiliaries:
        return None
    return rebuild(found, [finite], rest, [participle])  # "hat eine Entscheidung getroffen"


@cache
def _nominal_verbs() -> dict[str, tuple[str, str]]:
    return {noun: (verb, role) for noun, verb, role in lexicon.table("rewrite/nominal_verbs.tsv")}


class _Subject(NamedTuple):
    noun: Token
    genitive: Tokens


def _nominal_subject(prefield: Sequence[Token]) -> _Subject | None:
    """ "Die Eröffnung des Bades": an article, a noun and its genitive (the noun of the table), or an article
    and a noun alone ("Die Abfuhr"); nothing else."""
    if len(prefield) < 2 or prefield[0].pos != "ART" or prefield[1].pos != "NN":
        return None
    genitive = list(prefield[2:])
    if genitive and (genitive[0].text not in GENITIVE_ARTICLES or chunk(genitive, 0) != len(genitive)):
        return None
    if genitive and prefield[1].text not in _nominal_verbs():
        return None
    return _Subject(prefield[1], genitive)


@rule("S10.happens", kind="sentence", levels=("leichte",))
def happens(clause: Tokens) -> list[Tokens] | None:
    """S10: "Die Eröffnung des Bades erfolgt am Montag." -> "Das Bad wird am Montag eröffnet."."""
    found = frame(clause)
    if found is None or found.finite.lemma != "erfolgen" or found.verbs():
        return None
    subject = _nominal_subject(found.prefield)
    tense = _tense(found, "erfolgen")
    if subject is None or tense is None or not found.body:
        return None
    if not subject.genitive:
        return _at_time(found, tense)
    verb, role = _nominal_verbs()[subject.noun.text]
    number = phrase_number(subject.genitive, "gen")
    patient = reinflected(subject.genitive, "nom", "gen")
    if number is None or patient is None:
        return None
    own = (tense[0], 3, number)
    if role == "subject":  # "Die Abfahrt des Busses erfolgt" -> "Der Bus fährt ab"
        form = _finite(verb, own)
        return [_clause(patient, form, found.body, _particle(verb), found)] if form else None
    body = list(found.body)
    if body[0].text == "durch" and chunk(body, 0) > 1:  # "... erfolgt durch das Amt" -> "Das Amt zahlt ..."
        return _by_agent(found, verb, tense[0], subject.genitive, chunk(body, 0))
    conjugation = verbs.conjugate(verb)
    werden = _finite("werden", own)
    if conjugation is None or werden is None:
        return None
    participle = verb_token(conjugation.participle, "VVPP", verb)
    return [_clause(patient, werden, body, [participle], found)]


def _clause(subject: Tokens, finite: Token, body: Sequence[Token], closing: Tokens, found: Frame) -> Tokens:
    """A clause with ``subject`` first, then ``finite``, the body and the closing verbs, then the tail."""
    size = len(subject)
    new = Frame([*initial(subject), *found.clause[found.verb :]], size, size + found.end - found.verb)
    return rebuild(new, [finite], list(body), closing)


def _at_time(found: Frame, tense: tuple[str, int, str]) -> list[Tokens] | None:
    """ "Die Abfuhr erfolgt am Freitag." -> "Die Abfuhr ist am Freitag.": only when a time is all that
    follows."""
    body = found.body
    if body[0].text.lower() not in TIME_PREPOSITIONS or not time_words(body):
        return None
    dated = set(time_words(body))
    if not all(i in dated or _date_word(t) for i, t in enumerate(body)):
        return None
    sein = _finite("sein", tense)
    return [rebuild(found, [sein], body, [])] if sein else None


def _date_word(token: Token) -> bool:
    """A word of a date or time phrase: a preposition, an article, a number, a comma, "bis", "und"."""
    return (
        token.pos in {"APPR", "APPRART", "ART", "CARD"}
        or token.text[:1].isdigit()
        or token.text.lower() in {",", "bis", "und", "-", "–"} | MONTHS
    )


def _by_agent(found: Frame, verb: str, paradigm: str, genitive: Tokens, end: int) -> list[Tokens] | None:
    """ "Die Auszahlung des Geldes erfolgt durch das Amt." -> "Das Amt zahlt das Geld aus."."""
    body = list(found.body)
    agent_tokens = body[1:end]
    agent = reinflected(agent_tokens, "nom", "acc")
    number = phrase_number(agent_tokens, "acc")
    patient = reinflected(genitive, "acc", "gen")
    if agent is None or number is None or patient is None:
        return None
    form = _finite(verb, (paradigm, 3, number))
    if form is None:
        return None
    return [_clause(agent, form, [*inner(patient), *body[end:]], _particle(verb), found)]


def _work(noun: Token) -> bool:
    """True for a noun of work done ("die Arbeiten", "der Umbau", "die Sanierung")."""
    lemma = noun.lemma.lower()
    return noun.lemma in _nominal_verbs() or lemma.endswith(WORKS)


@rule("S10.after", kind="sentence", splits=True, levels=("leichte",))
def after(clause: Tokens) -> list[Tokens] | None:
    """S10: "Nach Abschluss der Arbeiten ..." -> "Wenn die Arbeiten fertig sind: Dann ..."."""
    found = frame(clause)
    prefield = found.prefield if found else []
    if found is None or len(prefield) < 4 or prefield[0].text != "Nach" or prefield[1].text not in FINISHED:
        return None
    genitive = prefield[2:]
    if genitive[0].text not in GENITIVE_ARTICLES or chunk(genitive, 0) != len(genitive):
        return None
    if not _work(genitive[-1]):
        return None  # "nach Abschluss der Sitzung": a meeting is over, not "fertig"
    done = reinflected(genitive, "nom", "gen")
    number = phrase_number(genitive, "gen")
    if done is None or number is None:
        return None
    past = is_past_clause(clause, found.verb)
    sein = _finite("sein", ("preterite" if past else "present", 3, number))
    if sein is None:
        return None
    main = clause[found.verb :]
    if past:  # "Die Arbeiten waren fertig." + "Danach wurde die Straße freigegeben."
        first = [*initial(done), sein, word("fertig", "ADJD")]
        return [first, [word("Danach", "PAV", "danach"), *main]]
    fertig = [word("fertig", "ADJD"), replace(sein, space_after=False)]
    condition = [word("Wenn", "KOUS", "wenn"), *inner(done), *fertig]
    return [[*condition, word(":", "$."), word("Dann", "ADV", "dann"), *main]]
