"""Rules S3 and S13: a "Wer ..., kann ..." sentence speaks to the reader directly.

"Wer keinen Internetzugang hat, kann sich an das Familienbüro wenden."
-> "Vielleicht haben Sie keinen Internetzugang." + "Dann können Sie sich an das Familienbüro wenden."
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.nlp import nouns, verbs
from simplify.rewrite.clauses import coordinated, dependent, segments, well_formed
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import VERB_FINAL_FORMS, Tokens, as_finite, is_finite, separable, spaced, word
from simplify.rewrite.verbs import is_past

# Predicates that make a "wer" clause an indirect question ("Wer gewinnt, ist noch offen").
KNOWN_STATES = {"unklar", "klar", "offen", "ungewiss", "bekannt", "unbekannt", "sicher", "egal", "gleich"}
KNOWING_VERBS = {
    "entscheiden",
    "bestimmen",
    "zeigen",
    "klären",
    "abhängen",
    "feststehen",
    "festlegen",
    "ergeben",
    "herausstellen",
    "wissen",
    "interessieren",
}
# Pronouns of a text's own address to its readers ("ihr", "du") and of the "wer" person ("er", "ihn").
OWN_ADDRESS = {"ihr", "euch", "euer", "eure", "euren", "eurem", "eurer", "du", "dich", "dir", "dein", "deine"}
OWN_ADDRESS |= {"deinen", "deinem", "deiner"}
HIM = {"er", "ihn", "ihm"}
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


def reader_clause(verb: Token, rest: Sequence[Token], lead: str) -> Tokens | None:
    """``LEAD verb Sie rest particle``: "Vielleicht haben Sie keinen Internetzugang"."""
    polite = _polite(verb, rest)
    if polite is None:
        return None
    form, particle = polite
    finite = replace(as_finite(verb), text=form, space_after=True)
    you = word("Sie", "PPER", "sie")
    # "Oder" is a conjunction and takes no place of its own: "Oder Sie brauchen Hilfe."
    body = [word(lead, "KON"), you, finite] if lead == "Oder" else [word(lead, "ADV"), finite, you]
    tail = _addressed(rest)
    if particle:
        return [*body, *spaced(tail), word(particle, "PTKVZ")] if tail else [*body, word(particle, "PTKVZ")]
    return [*body, *tail] if tail else [*body[:-1], replace(body[-1], space_after=False)]


@rule("S3.reader", kind="sentence", splits=True)
def reader(clause: Tokens) -> list[Tokens] | None:
    """S3/S13: "Wer X tut, kann Y" -> "Vielleicht tun Sie X. Dann können Sie Y.".

    A text that speaks to its readers with "ihr" or "du", or whose main clause points back to the "wer" person
    with "er", "ihn", "ihm", keeps its own address: "Vielleicht tut jemand X. Dann kann er Y." No rewrite for
    an indirect question ("Wer wahlberechtigt ist, steht erst am 3. Mai fest": who is entitled is settled).
    """
    spans = segments(clause)
    if len(spans) < 2 or clause[0].text != "Wer" or clause[0].pos not in {"PWS", "PRELS"}:
        return None
    start, end = spans[0]
    main_start = spans[1][0]
    if clause[main_start - 1].text != "," or clause[end - 1].pos not in VERB_FINAL_FORMS:
        return None
    if not is_finite(clause[main_start]) or dependent(clause, *spans[1]):
        return None
    main, following = _next_wer(clause[main_start:])
    if _asks(main) or any(t.text.lower() == "wer" for t in main):
        return None
    third = _third_person(clause)
    sentences = []
    for number, part in enumerate(coordinated(clause[start + 1 : end])):
        if not third_singular(part[-1]):
            return None  # "Wer mitmachen und gewinnen will": the verbs share "will"
        lead = "Vielleicht" if number == 0 else "Oder"
        made = _someone(part[-1], part[:-1], lead) if third else reader_clause(part[-1], part[:-1], lead)
        if made is None:
            return None
        sentences.append(made)
    out = _pronoun(main, "er") if third else reader_clause(main[0], main[1:], "Dann")
    if out is None:
        return None
    result = [*sentences, out]
    if not all(well_formed(c) for c in result):
        return None
    return [*result, following] if following else result


def _next_wer(main: Tokens) -> tuple[Tokens, Tokens]:
    """The main clause and a second "wer" sentence joined to it: "..., und wer X tut, soll Y" -> its own."""
    for index in range(1, len(main) - 2):
        if (
            main[index].text == ","
            and main[index + 1].text == "und"
            and main[index + 2].text.lower() == "wer"
        ):
            second = main[index + 2 :]
            return main[:index], [replace(second[0], text="Wer"), *second[1:]]
    return main, []


def third_singular(verb: Token) -> bool:
    """The verb can be a finite third person singular ("hat", "anmeldet"; not "mitmachen")."""
    found = verbs.readings(verb.text, verb.lemma)
    return any((r.person, r.number) == (3, "sg") for r in found) if found else not verb.text.endswith("en")


def _asks(main: Sequence[Token]) -> bool:
    """The main clause says what is known or settled about the "wer" clause: it is an indirect question."""
    return any(
        (t.pos == "PTKVZ" and t.text.lower() == "fest")
        or (t.pos in {"ADJD", "PTKVZ"} and t.text.lower() in KNOWN_STATES)
        or (t.pos.startswith("V") and t.lemma.lower() in KNOWING_VERBS)
        for t in main
    )


def _third_person(clause: Sequence[Token]) -> bool:
    """The text addresses its readers as "ihr"/"du", or points back to the "wer" person as "er"/"ihn"."""
    if any(_own_address(t) for t in clause):
        return True
    comma = next((i for i, t in enumerate(clause) if t.text == ","), len(clause))
    masculine = any(t.pos == "NN" and nouns.gender(t.lemma) == "m" for t in clause[:comma])
    return not masculine and any(t.pos == "PPER" and t.text.lower() in HIM for t in clause[comma:])


def _own_address(token: Token) -> bool:
    """ "ihr", "euch", "euer", "du", "dein": the text speaks to its readers (not the possessive "ihr")."""
    lower = token.text.lower()
    if lower not in OWN_ADDRESS:
        return False
    return token.pos in {"PPER", "PRF"} or (token.pos == "PPOSAT" and not lower.startswith("ih"))


def _someone(verb: Token, rest: Sequence[Token], lead: str) -> Tokens:
    """``LEAD verb jemand rest``: "Vielleicht möchte jemand bei euch groß sein" (the verb keeps its form)."""
    reflexive = [replace(rest[0], space_after=True)] if rest and rest[0].pos == "PRF" else []
    return _pronoun([verb, *rest[len(reflexive) :]], "jemand", lead, reflexive, joined=True)


def _pronoun(
    main: Sequence[Token],
    pronoun: str,
    lead: str = "Dann",
    before: Tokens | None = None,
    *,
    joined: bool = False,
) -> Tokens:
    """``LEAD finite [before] PRONOUN rest``: "Dann soll er euer Diener sein"; a ``joined`` verb-final verb
    loses its separable prefix to the end ("anmeldet" -> "meldet ... an")."""
    verb, rest = main[0], list(main[1:])
    split = separable(verb) if verb.pos == "VVFIN" and joined else None
    finite = replace(verb, text=split[0] if split else verb.text, space_after=True)
    subject = word(pronoun, "PIS" if pronoun == "jemand" else "PPER", pronoun)
    particle = [word(split[1], "PTKVZ")] if split else []
    body = [
        word(lead, "KON" if lead == "Oder" else "ADV"),
        finite,
        *(before or []),
        subject,
        *rest,
        *particle,
    ]
    return [*body[:-1], replace(body[-1], space_after=False)]
