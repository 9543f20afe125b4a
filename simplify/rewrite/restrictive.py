"""Restrictive relative clauses (rule S3): the restriction stays a restriction, never a statement about all.

"Alle Eltern, die einen Platz suchen, können kommen." must not become "Alle Eltern können kommen." + "Die
Eltern suchen einen Platz." It becomes, where the noun names the readers and the sentence offers or asks
something (a modal verb or "bitte", present tense):
"Vielleicht suchen Sie einen Platz." + "Dann können Sie kommen."
and otherwise, for a plural:
"Manche Eltern suchen einen Platz." + "Alle diese Eltern können kommen."
("Zahlreiche Haushalte waren bislang nicht berechtigt." + "Somit können diese Haushalte Wohngeld beziehen.")
Anything else (a singular "jede Person" that is no reader, "kein", a relative clause in another case) stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from simplify.document import Token
from simplify.lexicon import words
from simplify.nlp import agreement, nouns, wordforms
from simplify.nlp.agreement import Determiner, PhraseReading
from simplify.rewrite.address import reader_clause
from simplify.rewrite.clauses import coordinated
from simplify.rewrite.evidence import READERS, Finding, phrase_start, verb_numbers
from simplify.rewrite.syntax import (
    NOUNS,
    Tokens,
    as_finite,
    initial,
    is_finite,
    separable,
    spaced,
    word,
)

# Pronouns that would point to the wrong person once the readers are addressed as "Sie".
THIRD_PERSON = {"sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "ihnen", "er", "ihn", "ihm", "sein"}
THIRD_PERSON |= {"seine", "seinen", "seinem", "seiner", "seines", "es"}
# Verbs of looking for or needing something: their object need not exist yet.
SOUGHT = {"suchen", "brauchen", "benötigen", "wünschen", "planen", "erwarten"}
DEMONSTRATIVE = Determiner("der", "dies")
SOME = Determiner("der", "manch")


class Site(NamedTuple):
    """Where a restrictive clause stands: the words before it, its noun phrase, the finding, its words, the
    words after it."""

    before: Sequence[Token]
    start: int
    head: int
    finding: Finding
    body: Sequence[Token]
    rest: Sequence[Token]


def rewrite(
    before: Sequence[Token], head: int, finding: Finding, body: Sequence[Token], rest: Sequence[Token]
) -> list[Tokens] | None:
    """The sentences a restrictive relative clause after ``before[head]`` makes, or None (no rewrite)."""
    if finding.role != "subject" or finding.kind == "negative":
        return None
    if any(t.lemma in SOUGHT for t in before):
        return None  # "Helfer werden gesucht, die ...": the clause describes what is sought, nobody yet
    site = Site(before, phrase_start(before, head), head, finding, body, rest)
    addressed = _to_reader(site)
    if addressed:
        return addressed
    if finding.slot.number != "pl" or finding.kind not in {"bare", "universal", "definite", "quantity"}:
        return None
    return _some(site)


def statement(noun: Sequence[Token], part: Sequence[Token]) -> Tokens:
    """``noun`` + the verb-final ``part`` in verb-second order: "die Kinder" + "im Mai geboren wurden"."""
    verb = as_finite(part[-1])
    split = separable(verb) if verb.pos == "VVFIN" else None
    verb_token = replace(verb, text=split[0] if split else verb.text, space_after=True)
    particle = [Token(split[1], "PTKVZ", split[1])] if split else []
    middle = spaced(part[:-1]) if particle else list(part[:-1])
    sentence = [*initial(spaced(noun)), verb_token, *middle, *particle]
    return [*sentence[:-1], replace(sentence[-1], space_after=False)]


def _to_reader(site: Site) -> list[Tokens] | None:
    """ "Eltern, die X tun, können Y" -> "Vielleicht tun Sie X." + "Dann können Sie Y."."""
    before, start, head, finding, body, rest = site
    noun = before[head]
    if start != 0 or head != len(before) - 1 or not rest or not is_finite(rest[0]) or finding.past:
        return None
    if noun.lemma not in words(READERS) or finding.kind not in {"bare", "universal", "definite"}:
        return None
    offer = rest[0].pos == "VMFIN" or any(t.text.lower() == "bitte" for t in rest)
    if not offer or any(t.text.lower() in THIRD_PERSON and t.pos.startswith("P") for t in [*body, *rest]):
        return None
    out = []
    for number, part in enumerate(coordinated(body)):
        if (3, finding.slot.number) not in verb_numbers(part[-1]):
            return None  # "die mitmachen und gewinnen wollen": the verbs share the last one
        made = reader_clause(part[-1], part[:-1], "Vielleicht" if number == 0 else "Oder")
        if made is None:
            return None
        out.append(made)
    main = reader_clause(rest[0], rest[1:], "Dann")
    return [*out, main] if main else None


def _some(site: Site) -> list[Tokens] | None:
    """ "Q N, die X tun, VERB Y" -> "Manche N tun X." + "(alle) diese N VERB Y."."""
    before, start, head, finding, body, rest = site
    phrase = list(before[start : head + 1])
    if start and before[start - 1].pos in {"ADV", "ADJD"}:
        return None  # "rund 160 Parteien": the adverb belongs to the number
    first = _some_phrase(phrase, finding)
    these = _these(before, start, head, finding, rest)
    if first is None or these is None:
        return None
    parts = coordinated(body)
    out = [statement(first if n == 0 else _plain(these), part) for n, part in enumerate(parts)]
    main = [*before[:start], *these, *before[head + 1 :]]
    main = [*spaced(main), *rest] if rest else main
    return [*out, initial(main) if start == 0 else main]


def _some_phrase(phrase: Tokens, finding: Finding) -> Tokens | None:
    """The phrase in the nominative plural with "manche" ("Manche Eltern"), or with its own quantity
    ("zahlreiche Haushalte", "drei Kinder")."""
    own = finding.kind == "quantity"
    out: Tokens = [] if own else [word("Manche", "PIAT", "manche")]
    for token in phrase:
        if token.pos in NOUNS:
            found = nouns.readings(token.text, token.morphemes)
            forms = {r.inflect("nom", "pl") for r in found if r.number == "pl"}
            if any((r.case, r.number) == ("nom", "pl") for r in found):
                forms = {token.text}
            if len(forms) != 1 or None in forms or not wordforms.known(next(iter(forms)) or ""):
                return None
            out.append(replace(token, text=forms.pop() or ""))
        elif token.pos in {"ADJA", "PIAT", "PIDAT"} and (own or token.pos == "ADJA"):
            ending = next((e for e in ("en", "em", "er", "es", "e") if token.text.endswith(e)), None)
            if ending is None or token.text[:1].isupper():
                return None
            out.append(replace(token, text=token.text[: len(token.text) - len(ending)] + "e"))
        elif token.pos == "CARD" or token.text in {"und", "oder", "sowie"} or token.pos == "TRUNC":
            out.append(token)
        elif not (token.pos in {"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT"} and not own):
            return None
    return out


def _these(
    before: Sequence[Token], start: int, head: int, finding: Finding, rest: Sequence[Token]
) -> Tokens | None:
    """The phrase with "diese" in its own case: "alle Eltern" -> "alle diese Eltern", "Halter" -> "diese
    Halter"."""
    phrase = list(before[start : head + 1])
    preposition = [before[start - 1]] if start and before[start - 1].pos in {"APPR", "APPRART"} else []
    plural = {r for r in agreement.readings([*preposition, *phrase]) if r.number == "pl"}
    if all(t.pos in NOUNS or t.text in {"und", "oder", "sowie"} for t in phrase):
        plural = {r for r in plural if r.case != "gen"}  # a bare noun without an adjective is no genitive
    forms = {DEMONSTRATIVE.form(r) for r in plural}
    if len(forms) > 1 and start == 0 and rest and is_finite(rest[0]):
        forms = {DEMONSTRATIVE.form(PhraseReading("nom", "pl", ""))}  # the subject before its verb
    if len(forms) != 1 or None in forms:
        return None
    these = word(forms.pop() or "", "PDAT", "dieser")
    if finding.kind == "universal":
        return [replace(phrase[0], space_after=True), these, *phrase[1:]]
    if finding.kind == "definite":
        return [replace(these, text=_cased(these.text, phrase[0].text)), *phrase[1:]]
    nouns_only = [t for t in phrase if t.pos in NOUNS or t.text in {"und", "oder", "sowie"}]
    if any(t.pos == "ADJA" for t in phrase) and len(nouns_only) > 1:
        return None
    return [these, *nouns_only]


def _plain(these: Tokens) -> Tokens:
    """ "alle diese Eltern" in the nominative for a further sentence about them: "diese Eltern"."""
    noun = [t for t in these if t.pos in NOUNS or t.text in {"und", "oder", "sowie"}]
    nominative = DEMONSTRATIVE.form(PhraseReading("nom", "pl", "")) or "diese"
    texts = agreement.reinflect(noun, "nom")
    if texts is not None:
        noun = [replace(t, text=text) for t, text in zip(noun, texts, strict=True)]
    return [word(nominative, "PDAT", "dieser"), *noun]


def _cased(form: str, original: str) -> str:
    return form[:1].upper() + form[1:] if original[:1].isupper() else form
