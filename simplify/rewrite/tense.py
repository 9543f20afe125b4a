"""Rule S8 (Präsens and Perfekt): preterite and pluperfect become perfect, the future becomes present.

- ``S8.perfect``: "Die Stadt eröffnete das Bad." -> "Die Stadt hat das Bad eröffnet."; "Die Stadt teilte die
  Zahlen mit." -> "Die Stadt hat die Zahlen mitgeteilt."; "Er wurde 1990 Bürgermeister." -> "Er ist 1990
  Bürgermeister geworden." Sein, haben and the modal verbs keep their preterite (RULES.md S8).
- ``S8.pluperfect``: "hatte eröffnet" -> "hat eröffnet"; "war gekommen" -> "ist gekommen" ("war geschlossen"
  is a state in the past and stays).
- ``S8.passive_past``: "Das Bad wurde 1990 eröffnet." -> "Das Bad ist 1990 eröffnet worden.", only where it
  reads well: no agent ("von X" is rule S5's), at most ``MAX_MIDDLE`` words between the verbs.
- ``S8.future``: "Die Stadt wird am Montag die Straße sperren." -> "Die Stadt sperrt am Montag die Straße.",
  only when the clause names its time; without one the future stays (the present would change the meaning).

The auxiliary (haben or sein), the participle, the separable prefix and the person and number of every form
come from :mod:`simplify.nlp.verbs`. A rule changes only a simple main clause (see
:mod:`simplify.rewrite.bracket`: the verb second, no subordinate clause, one finite verb); the participle goes
to the end of the clause, before a colon. A verb whose form it cannot read for sure (a Konjunktiv II, a form
of two tenses, a verb that takes both auxiliaries, "sein" with an object in the accusative) is left alone.
"""

from __future__ import annotations

from functools import cache

from simplify import lexicon
from simplify.document import Token
from simplify.nlp import verbs
from simplify.nlp.verbs import Conjugation, VerbReading
from simplify.rewrite import idioms
from simplify.rewrite.adverbials import time_words
from simplify.rewrite.bracket import Frame, accusative_marked, agreeing, auxiliary, frame, rebuild, verb_token
from simplify.rewrite.clauses import nominative
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import Tokens, chunk, words

# Words between the finite verb and the participle up to which "ist ... eröffnet worden" reads well.
MAX_MIDDLE = 5
# Words between the auxiliary and the participle of a perfect at most: a longer bracket keeps the reader
# waiting for the verb (the preterite stays; once rule S1 has shortened the clause, the perfect follows).
MAX_BRACKET = 15
AGENT_PREPOSITIONS = {"von", "vom", "durch"}
PARTICIPLES = {"VVPP", "VAPP"}


def _readings(form: str, lemma: str, tense: str) -> list[VerbReading] | None:
    """The indicative readings of a finite form when every reading is of ``tense``; None otherwise."""
    found = verbs.readings(form, lemma)
    if not found or any(r.tense != tense for r in found):
        return None
    return [r for r in found if r.mood == "indicative"] or None


def _perfect_auxiliary(conjugation: Conjugation, body: Tokens, *, nominative_prefield: bool) -> str | None:
    """ "haben" or "sein" for the perfect; a reflexive verb takes "haben"; None when unsure.

    A verb that takes either ("ist umgezogen", "hat den Schrank umgezogen"; ``rewrite/both_auxiliaries.tsv``)
    takes "haben" with a marked accusative object and "sein" with no noun phrase outside a prepositional
    phrase; between the two it stays in the preterite.
    """
    if any(t.pos == "PRF" for t in body):
        reflexive = verbs.conjugate(f"sich {conjugation.lemma}")
        return reflexive.auxiliary if reflexive else None
    both = len(conjugation.auxiliaries) > 1 or _either(conjugation.lemma)
    if both:
        if accusative_marked(body):
            return "haben"
        return "sein" if _no_object(body, subject=not nominative_prefield) else None
    if conjugation.auxiliary == "sein" and accusative_marked(body):
        return None  # "lief den Marathon": the object makes it unsure
    return conjugation.auxiliary


def _either(lemma: str) -> bool:
    """True for a verb of rewrite/both_auxiliaries.tsv, also with a prefix ("umziehen" by "ziehen")."""
    return any(lemma.endswith(verb) for verb in lexicon.words("rewrite/both_auxiliaries.tsv"))


# Words that are no object: adverbs, particles, numbers (a year).
FREE_TAGS = {"ADV", "ADJD", "PTKNEG", "PTKVZ", "PAV", "PROAV", "CARD"}


def _no_object(body: Tokens, *, subject: bool) -> bool:
    """True when every phrase of the body is a prepositional phrase, an adverb, a number or a particle; with
    ``subject``, the first noun phrase is the subject ("Da zog Jona aus der Stadt")."""
    index = 0
    while index < len(body):
        token = body[index]
        if token.pos in {"APPR", "APPRART"}:
            index = max(chunk(body, index), index + 1)
        elif token.pos in FREE_TAGS or token.text in {",", "und"}:
            index += 1
        elif subject and chunk(body, index) > index:
            index, subject = chunk(body, index), False
        else:
            return False
    return True


@rule("S8.perfect", kind="sentence", levels=("leichte",))
def perfect(clause: Tokens) -> list[Tokens] | None:
    """S8: the preterite of a full verb becomes the perfect ("eröffnete" -> "hat ... eröffnet")."""
    found = frame(clause)
    if found is None:
        return None
    finite = found.finite
    copula = finite.pos == "VAFIN" and finite.lemma == "werden"  # "wurde Bürgermeister"
    if (finite.pos != "VVFIN" and not copula) or _idiom(clause):
        return None
    body = found.body
    marks = found.verbs()
    if marks and (copula or marks != [len(body) - 1] or body[-1].pos != "PTKVZ"):
        return None
    particle = _particle(found) if not copula else ""
    if particle is None:
        return None
    body = body[:-1] if particle else body
    lemma = particle + finite.lemma.lower()
    conjugation = verbs.conjugate(lemma)
    readings = _readings(finite.text, lemma, "preterite")
    if conjugation is None or readings is None or conjugation.prefix.replace(" ", "") != particle:
        return None
    if words(body) > MAX_BRACKET:
        return None
    row = agreeing(found, readings)
    helper = _perfect_auxiliary(conjugation, body, nominative_prefield=nominative(found.prefield))
    form = auxiliary(helper, *row) if row and helper else None
    if form is None or (copula and not _predicate(found)):
        return None
    participle = verb_token(conjugation.participle, "VVPP", lemma)
    return [rebuild(found, [verb_token(form, "VAFIN", helper)], body, [participle])]


def _idiom(clause: Tokens) -> bool:
    """Whether the clause holds an idiom the glossary explains as written ("Petrus meinte es gut"): its
    wording stays, so that its explanation follows."""
    text = " ".join(t.text for t in clause)
    return any(idiom in text for idiom in _explained_phrases())


@cache
def _explained_phrases() -> tuple[str, ...]:
    """The explained idioms of several words, as written."""
    return tuple(idiom for idiom in idioms.explanations() if " " in idiom)


# Particles that are prepositions too: alone after the verb ("Die Medaille ging an") they may begin a list.
PREPOSITION_PARTICLES = {"an", "auf", "aus", "bei", "mit", "nach", "vor", "zu", "über", "um", "durch", "ab"}


def _particle(found: Frame) -> str | None:
    """The separable particle that closes the clause ("" for none), also where HanTa tagged it as a
    preposition ("fand ... statt"); None when the last word may be either ("Die Medaille ging an" before a
    list of names)."""
    body = found.body
    if not body:
        return ""
    last = body[-1]
    word = last.text.lower()
    prefix = word in lexicon.words("rewrite/separable.tsv") and last.pos in {"APPR", "ADV"}
    if last.pos != "PTKVZ" and not prefix:
        return ""
    conjugation = verbs.conjugate(word + found.finite.lemma.lower())
    if conjugation is None or conjugation.prefix.replace(" ", "") != word:
        return None
    if len(body) == 1 and word in PREPOSITION_PARTICLES and not found.tail:
        return None  # "Die Medaille ging an" (a list follows); "Die Stadt teilte mit:" is sure
    if any(t.text.lower() in POSTPOSITIONS.get(word, ()) for t in body[:-1]):
        return None  # "fiel über die Köpfe hinweg": "hinweg" may close the phrase, not the verb
    return word


# Particles that also close a prepositional phrase ("über die Köpfe hinweg", "um den See herum"), and the
# prepositions they close.
POSTPOSITIONS = {"hinweg": ("über",), "hindurch": ("durch",), "herum": ("um",), "heraus": ("aus",)}


def _predicate(found: Frame) -> bool:
    """True when "wurde" is a full verb with a noun or a plain adjective as predicate ("wurde 1990
    Bürgermeister", "wurde kalt"), not a passive whose participle HanTa took for an adjective ("wurden ...
    überarbeitet", "Betreut wurden die Gäste vom Verein")."""
    body, prefield = found.body, found.prefield
    if not body or any(t.text.lower() in AGENT_PREPOSITIONS for t in found.clause):
        return False
    if any(t.pos == "ADJD" for t in prefield[:1]):
        return False
    last = body[-1]
    plain = last.pos == "ADJD" and not last.text.endswith(("t", "en", "n"))
    return plain or last.pos in {"NN", "NE", "NNA"}


@rule("S8.pluperfect", kind="sentence", levels=("leichte",))
def pluperfect(clause: Tokens) -> list[Tokens] | None:
    """S8: the pluperfect becomes the perfect ("hatte eröffnet" -> "hat eröffnet", "war gekommen" -> "ist").

    "war geschlossen" (a state in the past) stays.
    """
    found = frame(clause)
    if found is None or found.finite.pos != "VAFIN" or found.finite.lemma not in {"haben", "sein"}:
        return None
    split = found.closing()
    if split is None:
        return None
    middle, closing = split
    if not 1 <= len(closing) <= 2 or any(t.pos not in PARTICIPLES for t in closing):
        return None
    if len(closing) == 2 and closing[1].text != "worden":
        return None
    lemma = found.finite.lemma
    if lemma == "sein" and closing[-1].text != "worden" and not _with_sein(closing[0]):
        return None
    readings = _readings(found.finite.text, lemma, "preterite")
    row = agreeing(found, readings) if readings else None
    form = auxiliary(lemma, *row) if row else None
    if form is None:
        return None
    return [rebuild(found, [verb_token(form, "VAFIN", lemma)], middle, closing)]


def _with_sein(participle: Token) -> bool:
    """True when the participle is of a verb that forms its perfect with "sein" only ("gekommen")."""
    conjugation = verbs.conjugate(participle.lemma)
    return conjugation is not None and conjugation.auxiliaries == ("sein",)


@rule("S8.passive_past", kind="sentence", levels=("leichte",))
def passive_past(clause: Tokens) -> list[Tokens] | None:
    """S8: "wurde eröffnet" -> "ist eröffnet worden" in a short clause without an agent."""
    found = frame(clause)
    if found is None or found.finite.pos != "VAFIN" or found.finite.lemma != "werden":
        return None
    split = found.closing()
    if split is None:
        return None
    middle, closing = split
    if len(closing) != 1 or closing[0].pos != "VVPP" or words(middle) > MAX_MIDDLE:
        return None
    if any(t.text.lower() in AGENT_PREPOSITIONS for t in found.clause):
        return None  # "von der Stadt eröffnet": rule S5 makes it active
    readings = _readings(found.finite.text, "werden", "preterite")
    row = agreeing(found, readings) if readings else None
    form = auxiliary("sein", *row) if row else None
    if form is None:
        return None
    closing = [*closing, verb_token("worden", "VAPP", "werden")]
    return [rebuild(found, [verb_token(form, "VAFIN", "sein")], middle, closing)]


@rule("S8.future", kind="sentence", levels=("leichte",))
def future(clause: Tokens) -> list[Tokens] | None:
    """S8: "wird ... sperren" -> "sperrt ..." when the clause names its time ("am Montag", "ab 2027")."""
    found = frame(clause)
    if found is None or found.finite.pos != "VAFIN" or found.finite.lemma != "werden":
        return None
    split = found.closing()
    if split is None or not time_words(found.clause):
        return None
    middle, closing = split
    readings = _readings(found.finite.text, "werden", "present")
    row = agreeing(found, readings) if readings else None
    if row is None:
        return None
    tags = [t.pos for t in closing]
    if tags == ["VVPP", "VAINF"] and closing[1].lemma == "werden":
        return [rebuild(found, [found.finite], middle, closing[:1])]  # "wird gesperrt werden"
    if tags == ["VVPP", "VAINF"] and closing[1].lemma == "sein" and not _with_sein(closing[0]):
        form = auxiliary("sein", *row)  # "wird geschlossen sein": a state
        return [rebuild(found, [verb_token(form, "VAFIN", "sein")], middle, closing[:1])] if form else None
    if len(closing) != 1 or not _plain_infinitive(closing[0]):
        return None
    conjugation = verbs.conjugate(closing[0].lemma)
    if conjugation is None:
        return None
    form = conjugation.finite("present", *row)  # type: ignore[arg-type]
    particle = [verb_token(p, "PTKVZ", p) for p in conjugation.prefix.split()]
    return [rebuild(found, [verb_token(form, "VVFIN", conjugation.lemma)], middle, particle)]


def _plain_infinitive(token: Token) -> bool:
    """A full verb or "sein"/"haben" as a full verb: "sperren", "geöffnet sein" is not (its participle is)."""
    return token.pos == "VVINF" or (token.pos == "VAINF" and token.lemma in {"sein", "haben"})
