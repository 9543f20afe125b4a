"""Rule S5 (active voice): a passive becomes active where the rule knows who acts, or where "man" is safe.

- ``S5.active``: a passive with its agent after "von" ("Der Verein wurde 1990 von drei Bürgern gegründet." ->
  "Drei Bürger haben den Verein 1990 gegründet."; "Das Fest wird von der Stadt ausgerichtet." -> "Die Stadt
  richtet das Fest aus."). The agent goes into the nominative and the old subject into the accusative through
  :func:`simplify.nlp.agreement.reinflect` (also a coordination: "von beauftragten Fachfirmen sowie
  Mitarbeitern des Amtes" -> "beauftragte Fachfirmen sowie Mitarbeiter des Amtes"); a phrase it cannot
  inflect for sure, a subject "Sie" at the start (the reader or "they"?) and a genitive it cannot take along
  leave the clause as it is.
- ``S5.appendix``: a participle after a dash names who acted ("– unterstützt durch den Verein X" -> "Der
  Verein X hat das unterstützt.").
- ``S5.man``: the documented rule for a passive without an agent. It becomes active with "man" only where
  that is safe: the present or the preterite ("wird"/"wurde" + participle, nothing else; the preterite
  becomes the perfect with "hat"), no "von", "vom" or "durch"
  anywhere in the clause (an agent or a cause the rule cannot place), and a subject that is a thing: a noun
  phrase whose nouns are no names and no persons, groups or organisations (``rewrite/sanity_agents.tsv``,
  feminine person suffixes, masculine nouns in -er), in the nominative with the number of "wird"/"werden",
  and inflected for the accusative for sure. "Die Straße wird am Montag gesperrt." -> "Man sperrt die Straße
  am Montag."; "Am Montag wurde die Straße gesperrt." -> "Am Montag hat man die Straße gesperrt." Every other
  passive stays: the pluperfect and the perfect passive, a person as subject ("Die Eltern
  werden gebeten"), a modal verb ("muss gesperrt werden") and the state passive ("ist geschlossen"), which
  DIN allows.
- Who acts, where the release says so: :func:`with_issuer` turns a "man" that ``S5.man`` wrote into the issuer
  of the release ("Man sperrt die Straße." -> "Die Stadt Lindenau sperrt die Straße.") for the verbs an
  administration performs itself (``rewrite/issuer_verbs.tsv``). The issuer comes from the whole document
  (:func:`simplify.rewrite.issuer.find`), which a sentence rule cannot see; the backend applies it to a
  document's rewrites (:class:`simplify.backends.rules.RuleBackend`, see docs/rules.md, ``S5.issuer``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from simplify.document import Rewrite, Token
from simplify.lexicon import words
from simplify.nlp import agreement, nouns, verbs
from simplify.rewrite.adverbials import time_words
from simplify.rewrite.bracket import Frame, frame, rebuild
from simplify.rewrite.clauses import nominative, well_formed
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import (
    NOUNS,
    Tokens,
    chunk,
    finite_index,
    initial,
    inner,
    spaced,
    top_level,
    word,
)

DATIVE_PRONOUNS = {"ihm": ("er", False), "ihr": ("sie", False), "ihnen": ("sie", True), "uns": ("wir", True)}
ACCUSATIVE_PRONOUNS = {"er": "ihn", "sie": "sie", "es": "es", "wir": "uns"}
AGENT_PREPOSITIONS = {"von", "vom", "durch"}
GENITIVE_ARTICLES = {"des", "der", "eines", "einer"}
# What may stand in a genitive attribute after the agent ("des Garten- und Friedhofsamtes").
GENITIVE_PARTS = {"ADJA", "TRUNC", "KON", "NN", "NE", "CARD"}


def reinflected(tokens: Sequence[Token], case: str, source: str) -> Tokens | None:
    """The tokens of a noun phrase in ``case`` (:func:`simplify.nlp.agreement.reinflect`), or None."""
    texts = agreement.reinflect(tokens, case, source=source)  # type: ignore[arg-type]
    return [replace(t, text=text) for t, text in zip(tokens, texts, strict=True)] if texts else None


def phrase_number(tokens: Sequence[Token], case: str) -> str | None:
    """ "sg" or "pl" of a noun phrase in ``case``; coordinated nouns are plural; None when unsure."""
    if any(t.text.lower() in {"und", "sowie"} for t in tokens):
        return "pl"
    found = {r.number for r in agreement.readings(tokens) if r.case == case}
    return found.pop() if len(found) == 1 else None


def _agent(tokens: Tokens) -> tuple[Tokens, bool] | None:
    """The agent after "von" (a dative) in the nominative, and whether it is plural; None when unsure."""
    if len(tokens) == 1 and tokens[0].text.lower() in DATIVE_PRONOUNS:
        pronoun, plural = DATIVE_PRONOUNS[tokens[0].text.lower()]
        return [word(pronoun, "PPER", pronoun)], plural
    if all(t.pos == "NE" for t in tokens):
        return list(tokens), any(t.text in {"und", "sowie"} for t in tokens)
    agent = reinflected(tokens, "nom", "dat")
    number = phrase_number(tokens, "dat")
    if agent is None or number is None:
        return None
    return agent, number == "pl"


def _accusative(patient: Tokens, *, first_word: bool) -> Tokens | None:
    """The subject of the passive as the object of the active clause; None when unsure.

    A "Sie" that opens the sentence may be the reader or "they": it stays a passive.
    """
    first = patient[0]
    if len(patient) == 1 and first.pos == "PPER":
        if first_word and first.text == "Sie":
            return None
        form = ACCUSATIVE_PRONOUNS.get(first.text.lower())
        return [replace(first, text=form)] if form else None
    if all(t.pos == "NE" for t in patient):
        return list(patient)
    return reinflected(patient, "acc", "nom")


@rule("S5.active", kind="clause")
def active(clause: Tokens) -> list[Tokens] | None:
    """S5: "X wurde von Y gegründet" -> "Y hat X gegründet"; "X wird von Y VERB-t" -> "Y VERB-t X"."""
    verb = finite_index(clause)
    if verb == 1 and clause[0].pos == "VVPP" and clause[-1].pos != "VVPP":
        # "Eröffnet wird das Fest von X": the participle stands first
        clause = [*clause[1:], replace(clause[0], text=clause[0].text.lower(), space_after=False)]
        clause[-2] = replace(clause[-2], space_after=True)
        return _active(clause, 0)
    if verb is None or clause[verb].lemma != "werden" or clause[-1].pos != "VVPP":
        return None
    return _active(clause, verb)


def _agent_span(clause: Tokens, verb: int) -> tuple[int, int, Tokens] | None:
    """Where "von X" stands (start, end) and the agent's tokens with "vom" as "dem"; None for no agent."""
    flags = top_level(clause)
    von = next(
        (i for i in range(verb + 1, len(clause) - 1) if flags[i] and clause[i].text in {"von", "vom"}), None
    )
    if von is None or clause[von - 1].pos in {"ADJD", "VVPP", "ADV"}:
        return None  # "getrennt von der Fahrbahn" names no agent
    if clause[von - 1].pos in NOUNS and clause[von + 1].text[:1].isdigit():
        return None  # "auf einer Länge von 2 Kilometern": a measure of the noun, no agent
    after_noun = clause[von - 1].pos in NOUNS and not time_words(clause[von - 2 : von])
    if after_noun and chunk(clause, verb + 1) != von:
        return None  # "Anliegen wie die Abholung von Ausweisen": "von" after a noun other than the subject
    end = chunk(clause, von + 1)
    if clause[von].text == "vom":  # "vom Bauamt": the phrase "dem Bauamt"
        end = von - 1 + chunk([word("von", "APPR"), word("dem", "ART", "der"), *clause[von + 1 :]], 1)
    if end <= von + 1 or end >= len(clause):
        return None
    if clause[end].text == "bis" or time_words(clause[von:end]):
        return None  # "von Montag bis Freitag beantwortet": a time, no agent
    if clause[end].text[:1].isupper() or clause[end].text in {"„", '"', "»", "("}:
        return None  # "vom Verein Runder Tisch für …": a name after the noun the chunk cannot see
    end = _genitive_end(clause, end)
    if clause[end].text == "aus":
        end = chunk(clause, end)  # "von Kindern aus der Schule": the origin belongs to the agent
    agent = list(clause[von + 1 : end])
    if clause[von].text == "vom":
        agent = [word("dem", "ART", "der"), *agent]
    return von, end, agent


def _genitive_end(clause: Tokens, end: int) -> int:
    """The end of a genitive attribute after the agent that its chunk left out ("des Garten- und
    Friedhofsamtes"), or ``end``."""
    if end >= len(clause) or clause[end].pos != "ART" or clause[end].text not in GENITIVE_ARTICLES:
        return end
    index = end + 1
    while index < len(clause) and clause[index].pos in GENITIVE_PARTS:
        index += 1
    while index > end + 1 and clause[index - 1].pos not in {"NN", "NE"}:
        index -= 1
    return index if index > end + 1 else end


def _active(clause: Tokens, verb: int) -> list[Tokens] | None:
    """The active clause of a passive with ``werden`` at ``verb`` and the participle last."""
    tense = {r.tense for r in verbs.readings(clause[verb].text, "werden")}
    if len(tense) != 1 or any(t.pos.startswith("V") for t in clause[verb + 1 : -1]):
        return None
    span = _agent_span(clause, verb)
    if span is None:
        return None
    von, end, agent_tokens = span
    origin = next((i for i, t in enumerate(agent_tokens) if t.text == "aus"), len(agent_tokens))
    found = _agent(agent_tokens[:origin])
    if found is None:
        return None
    agent, plural = found
    agent = [*agent, *agent_tokens[origin:]]
    prefield = list(clause[:verb])
    middle = [*clause[verb + 1 : von], *clause[end:-1]]
    if prefield and nominative(prefield):
        patient, front = prefield, []
    else:
        cut = chunk(middle, 0)
        patient, front = middle[:cut], prefield
        middle = middle[cut:]
        if not patient or not nominative(patient):
            return None
    accusative = _accusative(patient, first_word=not front)
    finite = _finite(clause[-1], tense.pop(), plural)
    if accusative is None or finite is None:
        return None
    verbs_, closing = finite
    if front and accusative[0].pos == "PPER":  # "Am Dienstag eröffnen ihn X und Y": the pronoun first
        body = [*front, *spaced(verbs_), *spaced(accusative), *spaced(agent), *middle]
    elif front:
        body = [*front, *spaced(verbs_), *spaced(agent), *spaced(inner(accusative)), *middle]
    else:
        body = [*initial(spaced(agent)), *spaced(verbs_), *spaced(inner(accusative)), *middle]
    out = [*spaced(body), *closing] if closing else body
    out[-1] = replace(out[-1], space_after=False)
    return [out] if well_formed(out) else None


def _finite(participle: Token, tense: str, plural: bool) -> tuple[Tokens, Tokens] | None:
    """The finite verb and the words that close the active clause: "hat" + participle (the past), or the
    present form + its separable particle."""
    conjugation = verbs.conjugate(participle.lemma)
    if conjugation is None or conjugation.participle != participle.text.lower():
        return None
    number = "pl" if plural else "sg"
    if tense == "preterite":
        return [word("haben" if plural else "hat", "VAFIN", "haben")], [participle]
    form = conjugation.finite("present", 3, number)
    particle = [word(p, "PTKVZ") for p in conjugation.prefix.split()]
    return [word(form, "VVFIN", conjugation.lemma)], particle


@rule("S5.man", kind="sentence", levels=("leichte",))
def impersonal(clause: Tokens) -> list[Tokens] | None:
    """S5: a passive without an agent, of a thing, becomes active with "man" (module docstring)."""
    found = frame(clause)
    if found is None or found.finite.pos != "VAFIN" or found.finite.lemma != "werden":
        return None
    split = found.closing()
    readings = {(r.tense, r.number) for r in verbs.readings(found.finite.text, "werden") if r.person == 3}
    if split is None or len(readings) != 1 or any(t.text.lower() in AGENT_PREPOSITIONS for t in clause):
        return None
    middle, closing = split
    tense, number = readings.pop()
    if tense not in {"present", "preterite"} or [t.pos for t in closing] != ["VVPP"]:
        return None
    subject = _thing_subject(found, middle)
    if subject is None:
        return None
    patient, front, middle = subject
    if phrase_number(patient, "nom") != number:
        return None
    accusative = _accusative(patient, first_word=False)
    finite = _finite(closing[0], tense, plural=False)
    if accusative is None or finite is None:
        return None
    verbs_, particle = finite
    body = [*inner(accusative), *middle]
    if front:  # "Am Montag sperrt man die Straße."
        return [rebuild(found, [*verbs_, word("man", "PIS", "man")], body, particle)]
    frame_ = Frame([word("Man", "PIS", "man"), *clause[found.verb :]], 1, 1 + found.end - found.verb)
    return [rebuild(frame_, verbs_, body, particle)]


def _thing_subject(found: Frame, middle: Tokens) -> tuple[Tokens, Tokens, Tokens] | None:
    """The subject of the passive (prefield, or first in the middle field), what stands before the verb
    instead, and the rest of the middle field; None unless the subject is a thing."""
    prefield = found.prefield
    if prefield and nominative(prefield) and chunk(prefield, 0) == len(prefield):
        patient, front = prefield, []
    elif prefield and nominative(prefield):
        return None  # "3 Aufführungen an einem Tag werden Veranstaltungen ...": two subjects
    else:
        cut = chunk(middle, 0)
        patient, front, middle = middle[:cut], prefield, middle[cut:]
    if not patient or not nominative(patient) or patient[0].pos in {"PPER", "PDS", "PIS"}:
        return None
    heads = [t for t in patient if t.pos in NOUNS]
    if not heads or any(not _thing(t) for t in heads):
        return None
    return patient, front, middle


def _thing(noun: Token) -> bool:
    """True for a common noun that names no person, group or organisation (see the module docstring)."""
    if noun.pos != "NN":
        return False
    agents = words("rewrite/sanity_agents.tsv")
    lemma = noun.lemma.lower()
    last = noun.compound_parts[-1] if noun.compound_parts else lemma
    if lemma in agents or last in agents or any(label == "SUF_FEM" for _m, label in noun.morphemes):
        return False
    if any(lemma.endswith(a) for a in agents if len(a) >= 5) or lemma.endswith(("in", "innen")):
        return False
    return not (lemma.endswith("er") and nouns.gender(noun.lemma) in {"m", None})


@rule("S5.appendix", kind="sentence", splits=True)
def appendix(clause: Tokens) -> list[Tokens] | None:
    """S5: a participle after a dash names who acted.

    "Das Duo reiste nach Rom – unterstützt durch den Verein X." -> "Das Duo reiste nach Rom." +
    "Der Verein X hat das unterstützt."
    """
    dashes = [i for i, t in enumerate(clause) if t.text in {"–", "—"} and top_level(clause)[i]]
    if not dashes or dashes[-1] + 3 >= len(clause):
        return None
    at = dashes[-1]
    participle, preposition = clause[at + 1], clause[at + 2]
    if participle.pos not in {"VVPP", "VVFIN"} or preposition.text not in {"durch", "von"}:
        return None  # HanTa often tags the participle after a dash as finite
    phrase = list(clause[at + 3 :])
    names = {"ART", "NN", "NE", "ADJA", "FM", "CARD"}
    if not phrase or any(t.pos not in names and t.text not in {"e.", "V.", "e.V."} for t in phrase):
        return None
    agent = _from_case(phrase, "dat" if preposition.text == "von" else "acc")
    if agent is None:
        return None
    actors, plural = agent
    kept = list(clause[:at])
    statement = [
        *initial(spaced(actors)),
        word("haben" if plural else "hat", "VAFIN", "haben"),
        word("das", "PDS"),
        replace(participle, space_after=False),
    ]
    return [kept, statement] if well_formed(kept) and well_formed(statement) else None


def _from_case(phrase: Tokens, case: str) -> tuple[Tokens, bool] | None:
    """A noun phrase after "durch" (accusative) or "von" (dative) in the nominative, and whether it is
    plural; a name stays as it is."""
    if phrase[0].pos == "NE":
        return list(phrase), False
    actors = reinflected(phrase, "nom", case)
    number = phrase_number(phrase, case)
    if actors is None or number is None:
        return None
    return actors, number == "pl"


def with_issuer(rewrites: Sequence[Rewrite], issuer: str | None) -> None:
    """S5: the "man" that rule S5.man wrote becomes the issuer of the release where it performs the verb.

    "Man sperrt die Straße." -> "Die Stadt Lindenau sperrt die Straße." for ``issuer`` "die Stadt Lindenau"
    (a singular nominative, as :func:`simplify.rewrite.issuer.find` gives it). Only lines of rewrites that
    S5.man changed, whose source has no "man" of its own, with one "man" next to a present form of a verb of
    ``rewrite/issuer_verbs.tsv``, or next to "hat" in a line that ends with its participle; the rewrite
    records "S5.issuer".
    """
    if not issuer:
        return
    for rewrite in rewrites:
        if "S5.man" not in rewrite.rules or re.search(r"\bman\b", rewrite.source.text, re.I):
            continue
        lines = [_named(line, issuer) for line in rewrite.output]
        if lines != rewrite.output:
            rewrite.output = lines
            rewrite.rules.append("S5.issuer")


def _named(line: str, issuer: str) -> str:
    """One line with its "man" replaced by the issuer, or the line as it was."""
    if len(re.findall(r"\bman\b", line, re.I)) != 1:
        return line
    present, participles = _issuer_forms()
    last = re.search(r"(\w+)\W*$", line)
    perfect = last is not None and last.group(1) in participles

    def acts(verb: str) -> bool:
        return verb in present or (verb == "hat" and perfect)

    start = re.match(r"Man (\w+) ", line)
    if start and acts(start.group(1)):
        return issuer[:1].upper() + issuer[1:] + line[3:]
    inside = re.search(r" (\w+) man ", line)
    if inside and acts(inside.group(1)):
        return line[: inside.end(1) + 1] + issuer + line[inside.end() - 1 :]
    return line


@cache
def _issuer_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The third person singular present ("sperrt", "bietet") and the participle ("gesperrt", "angeboten")
    of every verb of rewrite/issuer_verbs.tsv."""
    found = [c for c in map(verbs.conjugate, words("rewrite/issuer_verbs.tsv")) if c is not None]
    return frozenset(c.finite("present", 3, "sg") for c in found), frozenset(c.participle for c in found)
