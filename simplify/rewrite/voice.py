"""Rule S5: a passive clause with a named agent ("von X") becomes active.

"Der Verein wurde 1990 von drei Bürgern gegründet." -> "Drei Bürger haben den Verein 1990 gegründet."
"Das Fest wird von der Stadt ausgerichtet." -> "Die Stadt richtet das Fest aus."
Cases the rule cannot decline safely (an agent "von dem ..." of unknown gender, "ein" + noun) are left alone.
"""

from __future__ import annotations

from dataclasses import replace

from simplify.document import Token
from simplify.rewrite.clauses import nominative, well_formed
from simplify.rewrite.genitive import feminine
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import (
    NOUNS,
    Tokens,
    chunk,
    finite_index,
    inflected,
    initial,
    inner,
    separable,
    spaced,
    top_level,
    word,
)
from simplify.rewrite.verbs import present

DATIVE_PRONOUNS = {"ihm": ("er", False), "ihr": ("sie", False), "ihnen": ("sie", True), "uns": ("wir", True)}
ACCUSATIVE_PRONOUNS = {"er": "ihn", "sie": "sie", "es": "es", "wir": "uns"}
WEAK_ENDINGS = ("ent", "ant", "ist", "oge", "e", "at", "af", "ot")


def _agent(tokens: Tokens) -> tuple[Tokens, bool] | None:
    """The agent after "von" in the nominative, and whether it is plural; None when unsure."""
    if len(tokens) == 1 and tokens[0].text.lower() in DATIVE_PRONOUNS:
        pronoun, plural = DATIVE_PRONOUNS[tokens[0].text.lower()]
        return [word(pronoun, "PPER", pronoun)], plural
    if any(t.text in {"und", "sowie"} for t in tokens):
        return list(tokens), True
    if all(t.pos == "NE" for t in tokens):
        return list(tokens), False
    first = tokens[0]
    nouns = [t for t in tokens if t.pos in {"NN", "NNA"}]
    if len(nouns) != 1:
        return None
    noun = nouns[0]
    if any(t.pos != "NE" for t in tokens[tokens.index(noun) + 1 :]):
        return None
    if first.text == "der" and not inflected(noun) and feminine(noun):
        return [replace(first, text="die"), *(_nominative_adjective(t) for t in tokens[1:])], False
    if first.pos in {"PIAT", "PIDAT"} and first.text.endswith("en") and inflected(noun):
        # "von vielen jungen Vereinen" -> "viele junge Vereine"
        strong = [
            replace(t, text=t.text[:-1])
            if t.pos in {"PIAT", "PIDAT", "ADJA"} and t.text.endswith("en")
            else t
            for t in tokens
        ]
        return [_nominative_plural(noun) if t is noun else t for t in strong], True
    if first is noun and not inflected(noun) and len(tokens) > 1:
        return list(tokens), False  # a title and a name: "Oberbürgermeister Hakan Yılmaz"
    counted = first.pos == "CARD" and first.text.lower() not in {"1", "ein", "eins", "einer"}
    if (first.text == "den" or first is noun or counted) and (inflected(noun) or counted):
        out = [replace(t, text="die") if t is first and t.text == "den" else t for t in tokens]
        return [_nominative_plural(noun) if t is noun else t for t in out], True
    return None


def _nominative_adjective(token: Token) -> Token:
    if token.pos == "ADJA" and token.text.endswith("en"):
        return replace(token, text=token.text[:-1])
    return token


def _nominative_plural(noun: Token) -> Token:
    text = noun.text
    if text.endswith(("ern", "eln")):
        return replace(noun, text=text[:-1])
    if text.endswith("en") and text[:-1] != noun.lemma and not feminine(replace(noun, text=noun.lemma)):
        return replace(noun, text=text[:-1])
    return noun


def _accusative(patient: Tokens) -> Tokens | None:
    """The patient (subject of the passive) as the object of the active clause."""
    first = patient[0]
    if len(patient) == 1 and first.pos == "PPER":
        form = ACCUSATIVE_PRONOUNS.get(first.text.lower())
        return [replace(first, text=form)] if form else None
    if all(t.pos == "NE" for t in patient) or first.text.lower() in {"die", "das", "diese", "dieses"}:
        return list(patient)
    nouns = [t for t in patient if t.pos in NOUNS]
    if first.text.lower() == "der" and nouns and not inflected(nouns[0]):
        if nouns[0].text.lower().endswith(WEAK_ENDINGS):
            return None
        out = [replace(first, text="den")]
        for token in patient[1:]:
            if token.pos == "ADJA" and token.text.endswith("e"):
                token = replace(token, text=token.text + "n")
            out.append(token)
        return out
    if first.pos in NOUNS and inflected(first):
        return list(patient)
    return None


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


def _active(clause: Tokens, verb: int) -> list[Tokens] | None:
    """The active clause of a passive with ``werden`` at ``verb`` and the participle last."""
    tenses = {"wurde": "past", "wurden": "past", "wird": "present", "werden": "present"}
    tense = tenses.get(clause[verb].text.lower()) if clause[verb].lemma == "werden" else None
    if tense is None or any(t.pos.startswith("V") for t in clause[verb + 1 : -1]):
        return None
    flags = top_level(clause)
    von = next((i for i in range(verb + 1, len(clause) - 1) if flags[i] and clause[i].text == "von"), None)
    if von is None or clause[von - 1].pos in {"ADJD", "VVPP", "ADV"}:
        return None  # "getrennt von der Fahrbahn" names no agent
    end = chunk(clause, von + 1)
    if end == von + 1 or end >= len(clause):
        return None
    if clause[von - 1].pos in {"NN", "NNA"} and clause[von + 1].text[:1].isdigit():
        return None  # "auf einer Länge von 2 Kilometern": a measure of the noun, no agent
    if clause[end].text == "aus":
        end = chunk(clause, end)  # "von Kindern aus der Schule": the origin belongs to the agent
    agent_tokens = list(clause[von + 1 : end])
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
    patient = _accusative(patient)
    if patient is None:
        return None
    participle = clause[-1]
    if tense == "past":
        finite = [word("haben" if plural else "hat", "VAFIN", "haben")]
        closing = [participle]
    else:
        split = separable(replace(participle, text=participle.lemma, pos="VVFIN"))
        lemma = participle.lemma[len(split[1]) :] if split else participle.lemma
        form = present(lemma, plural=plural)
        if form is None:
            return None
        finite = [word(form, "VVFIN", participle.lemma)]
        closing = [word(split[1], "PTKVZ")] if split else []
    if front:
        body = [*front, *spaced(finite), *spaced(agent), *spaced(inner(patient)), *middle]
    else:
        body = [*initial(spaced(agent)), *spaced(finite), *spaced(inner(patient)), *middle]
    out = [*spaced(body), *closing] if closing else body
    out[-1] = replace(out[-1], space_after=False)
    return [out] if well_formed(out) else None


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
    agent = _from_case(phrase, "der" if preposition.text == "von" else "den")
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


def _from_case(phrase: Tokens, masculine: str) -> tuple[Tokens, bool] | None:
    """A noun phrase after "durch" (``masculine`` "den") or "von" ("der": feminine) in the nominative."""
    first = phrase[0]
    if first.pos != "ART":
        return (list(phrase), False) if first.pos == "NE" else None
    noun = next((t for t in phrase if t.pos in {"NN", "NNA"}), None)
    if noun is None or inflected(noun):
        return None
    if first.text == masculine and (masculine == "den" or feminine(noun)):
        nominative = "der" if masculine == "den" else "die"
        head = phrase.index(noun)
        adjectives = [replace(t, text=t.text[:-1]) if t.text.endswith("en") else t for t in phrase[1:head]]
        return [replace(first, text=nominative), *adjectives, *phrase[head:]], False
    if first.text in {"die", "das"} and masculine == "den":
        return list(phrase), False
    return None
