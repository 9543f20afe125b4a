"""Rule S3 for appositions and parentheses: they become their own sentence or are folded in.

"Anna Berg, Leiterin des Amts, lädt ein." -> "Anna Berg ist Leiterin des Amts." + "Anna Berg lädt ein."
"Die Leiterin, Anna Berg, lädt ein." -> "Anna Berg ist die Leiterin." + "Anna Berg lädt ein."
"Columbia (USA)" -> "Columbia in den USA".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.lexicon import mapping
from simplify.nlp import agreement
from simplify.nlp.nouns import CASES, Case
from simplify.rewrite.clauses import segments, well_formed
from simplify.rewrite.genitive import feminine
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import (
    Tokens,
    chunk,
    finite_index,
    inflected,
    initial,
    inner,
    is_finite,
    is_verb,
    spaced,
    word,
)
from simplify.rewrite.verbs import is_past

IS = ("ist", "VAFIN", "sein")
# Words that join the last item of an enumeration.
LIST_JOINS = {"und", "oder", "sowie", "bzw."}


@rule("S3.apposition", kind="sentence", splits=True)
def apposition(clause: Tokens) -> list[Tokens] | None:
    """S3: "NAME, APPOSITION, ..." -> "NAME ..." and "NAME ist APPOSITION"; "NP, NAME, VERB" likewise."""
    return _name_first(clause) or _name_second(clause)


def _name_first(clause: Tokens) -> list[Tokens] | None:
    spans = segments(clause)
    for k in range(1, len(spans)):
        start, end = spans[k]
        opening = clause[start - 1].text
        closing = clause[end].text if k + 1 < len(spans) else ""
        if opening not in {",", "–"} or closing not in {"", ",", "–"} or (opening == "–" and closing == ","):
            continue
        before = clause[: start - 1]
        if _listed(clause, spans, k):
            continue
        names = _names(before)
        subject = names
        if names:
            phrase = _nominative_phrase(clause[start:end], _cases(before, names))
        else:
            names = _date(before)
            subject = [word("der", "ART"), *names]
            phrase = _masculine(clause[start:end]) if names else None
        if phrase is None:
            continue
        rest = clause[end + 1 :] if closing else []
        kept = list(before)
        if rest and closing == "–":
            kept = [*spaced(kept), word("–", "$("), *rest]
        elif rest:
            kept = [*spaced(kept), *rest]
        statement = [*initial(subject), word(*IS), *phrase]
        if not (well_formed(kept) and well_formed(statement)):
            continue
        verb = finite_index(kept)
        name_at = len(before) - len(names)
        return (
            [statement, kept]
            if (verb is not None and name_at < verb) or kept[0].text == "„"
            else [kept, statement]
        )
    return None


def _name_second(clause: Tokens) -> list[Tokens] | None:
    """ "Die Leiterin des Jugendamts, Ulrike Haase, erklärte: ..." (the noun phrase opens the sentence)."""
    spans = segments(clause)
    if len(spans) < 3 or clause[0].pos != "ART" or clause[0].text.lower() not in {"der", "die"}:
        return None
    (_, first_end), (start, end), (after, _) = spans[0], spans[1], spans[2]
    phrase = clause[:first_end]
    names = clause[start:end]
    if clause[start - 1].text != "," or clause[end].text != ",":
        return None
    if not names or any(t.pos != "NE" for t in names) or len(names) > 4:
        return None
    if after >= len(clause) or any(is_verb(t) for t in phrase) or not is_finite(clause[after]):
        return None
    names = [replace(t, space_after=True) for t in names]
    statement = [*names, word(*IS), *inner(phrase)]
    kept = [*names, *clause[after:]]
    return [statement, kept] if well_formed(statement) and well_formed(kept) else None


def _names(before: Sequence[Token]) -> Tokens:
    """The name (up to four tokens) right before an apposition."""
    names: Tokens = []
    for token in reversed(before):
        if token.pos != "NE" or len(names) == 4:
            break
        names.insert(0, replace(token, space_after=True))
    if names and len(names) < len(before) and before[-len(names) - 1].pos in {"ART", "PPOSAT"}:
        return []
    if names and len(names) < len(before) and before[-len(names) - 1].pos == "NN" and _code(names):
        return [replace(before[-len(names) - 1], space_after=True), *names]  # "Haus C", not "C"
    return names


def _code(names: Sequence[Token]) -> bool:
    """A name that only labels the noun before it: "C" in "Haus C", "B 27" in "Halle B 27"."""
    return all(len(t.text) <= 3 for t in names)


def _date(before: Sequence[Token]) -> Tokens:
    """A date ending ``before`` after an article: "für den 27. Januar 2026" -> "27. Januar 2026"."""
    months = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober"}
    months |= {"november", "dezember"}
    end = len(before)
    if end and before[end - 1].pos == "CARD" and len(before[end - 1].text) == 4:
        end -= 1
    if end < 3 or before[end - 1].text.lower() not in months or not before[end - 2].text.endswith("."):
        return []
    if before[end - 3].pos != "ART":
        return []
    return [replace(t, space_after=True) for t in before[end - 2 :]]


def _masculine(phrase: Sequence[Token]) -> Tokens | None:
    """ "den Gedenktag der Befreiung" -> "der Gedenktag der Befreiung" (accusative of a masculine noun)."""
    if not phrase or phrase[0].text != "den" or any(is_verb(t) or t.pos in {"KOUS", "PRELS"} for t in phrase):
        return None
    head = next((i for i, t in enumerate(phrase) if t.pos == "NN"), None)
    if head is None or inflected(phrase[head]):
        return None
    modifiers = [
        replace(t, text=t.text[:-1]) if t.pos == "ADJA" and t.text.endswith("en") else t
        for t in phrase[1:head]
    ]
    return [replace(phrase[0], text="der"), *modifiers, *phrase[head:]]


def _listed(clause: Sequence[Token], spans: list[tuple[int, int]], k: int) -> bool:
    """The comma before span ``k`` separates items of an enumeration, not a name and its apposition.

    "im Judo, Tennis, Triathlon oder Pferdesport", "Pfarrer Michael Prokschi, der stellvertretenden
    Bürgermeisterin Susanne Wörner, Schulrat Michael Brummer und ...": the span before also follows a comma,
    the span itself holds "und"/"oder", or a later span without a verb does.
    """
    previous = clause[spans[k - 1][0] : spans[k - 1][1]]
    if k > 1 and clause[spans[k - 1][0] - 1].text == "," and not any(is_verb(t) for t in previous):
        return True
    for j in range(k, len(spans)):
        start, end = spans[j]
        span = clause[start:end]
        if j > k and any(is_verb(t) or t.pos in {"KOUS", "PRELS", "PWS", "PWAV"} for t in span):
            return False
        if any(t.text.lower() in LIST_JOINS for t in span):
            return True
    return False


def _cases(before: Sequence[Token], names: Sequence[Token]) -> tuple[Case, ...]:
    """The cases the name can be in: those its preposition governs, else any."""
    index = len(before) - len(names) - 1
    if index >= 0 and before[index].pos in {"APPR", "APPRART"}:
        contracted = agreement.contraction(before[index].text)
        return agreement.governed(contracted[0] if contracted else before[index].text) or CASES
    return CASES


def _nominative_phrase(phrase: Sequence[Token], cases: tuple[Case, ...]) -> Tokens | None:
    """The apposition in the nominative, or None when it is no apposition or its case can't be set.

    Evidence for an apposition: a singular noun phrase of a role or description ("Leiterin des Amts", "die
    neue Leiterin") in a case the name can have; not a bare noun alone ("Judo, Tennis"), not a second name
    ("der Bürgermeisterin Susanne Wörner").
    """
    if len(phrase) < 2 or any(is_verb(t) or t.pos in {"KOUS", "PRELS", "PPER", "KON"} for t in phrase):
        return None
    head = next((i for i, t in enumerate(phrase) if t.pos in {"NN", "NNA"}), None)
    if head is None or any(t.pos not in {"ART", "ADJA", "ADV"} for t in phrase[:head]):
        return None
    if head + 1 < len(phrase) and phrase[head + 1].pos == "NE":
        return None
    found = agreement.readings(phrase[: head + 1])
    if not any(r.case in cases and r.number == "sg" for r in found):
        return None
    if head == 0:
        return list(phrase)
    texts = agreement.reinflect(phrase[: head + 1], "nom")
    if texts is None:
        return None
    return [replace(t, text=text) for t, text in zip(phrase, texts, strict=False)] + list(phrase[head + 1 :])


@rule("S3.parenthesis", kind="sentence")
def parenthesis(clause: Tokens) -> list[Tokens] | None:
    """S3: a country in parentheses after a place is folded in: "Columbia (USA)" -> "Columbia in den USA"."""
    places = mapping("rewrite/places.tsv")
    for index, token in enumerate(clause):
        if token.text != "(" or index == 0 or clause[index - 1].pos != "NE":
            continue
        close = next((j for j in range(index + 1, len(clause)) if clause[j].text == ")"), None)
        if close is None:
            continue
        name = " ".join(t.text for t in clause[index + 1 : close])
        if name not in places:
            continue
        phrase = places[name].split()
        tokens = [word(phrase[0], "APPR" if phrase[0] == "in" else "APPRART")]
        tokens.extend(word(part, "ART", "der") for part in phrase[1:-1])
        tokens.append(Token(phrase[-1], "NE", phrase[-1], space_after=clause[close].space_after))
        return [[*spaced(clause[:index]), *tokens, *clause[close + 1 :]]]
    return None


@rule("S3.examples", kind="sentence", splits=True)
def examples(clause: Tokens) -> list[Tokens] | None:
    """S3: a list after "darunter" gets its own sentence: "X, darunter A und B" -> "Dazu gehören A und B"."""
    spans = segments(clause)
    for k in range(1, len(spans)):
        start, end = spans[k]
        if end - start < 2 or clause[start - 1].text != "," or clause[start].text.lower() != "darunter":
            continue
        items = clause[start + 1 :]
        if len(items) < 2 or any(is_verb(t) for t in items):
            return None
        plural = any(t.text in {",", "und", "sowie"} for t in items)
        statement = [
            word("Dazu", "PROAV", "dazu"),
            word("gehören" if plural else "gehört", "VVFIN", "gehören"),
        ]
        statement = [*statement, *items]
        kept = list(clause[: start - 1])
        return [kept, statement] if well_formed(kept) and well_formed(statement) else None
    return None


@rule("S3.participle", kind="sentence", splits=True)
def participles(clause: Tokens) -> list[Tokens] | None:
    """S3: participle phrases after the subject become sentences with "ist".

    "Izmit, am Meer gelegen und von Bergen umgeben, ist ein Partner."
    -> "Izmit ist ein Partner." + "Izmit ist am Meer gelegen." + "Izmit ist von Bergen umgeben."
    """
    comma = next((i for i, t in enumerate(clause) if t.text == ","), None)
    if comma is None or comma == 0:
        return None
    subject = list(clause[:comma])
    if chunk(subject, 0) != len(subject) or not any(t.pos in {"NE", "NN"} for t in subject):
        return None
    close = next((i for i in range(comma + 1, len(clause)) if clause[i].text == ","), None)
    if close is None or close + 1 >= len(clause) or not is_finite(clause[close + 1]):
        return None
    middle = list(clause[comma + 1 : close])
    if (
        not middle
        or middle[-1].pos != "VVPP"
        or any(is_finite(t) or t.pos in {"PRELS", "KOUS"} for t in middle)
    ):
        return None
    parts: list[Tokens] = [[]]
    for index, token in enumerate(middle):
        if token.text == "und" and index > 0 and middle[index - 1].pos == "VVPP":
            parts.append([])
        else:
            parts[-1].append(token)
    if any(len(part) < 2 or part[-1].pos != "VVPP" for part in parts):
        return None
    main = [*spaced(subject), *clause[close + 1 :]]
    said = [[*initial(spaced(subject)), word(*IS), *inner(part)] for part in parts]
    out = [main, *said]
    return out if all(well_formed(c) for c in out) else None


@rule("S3.dash_appendix", kind="sentence", splits=True)
def dash_appendix(clause: Tokens) -> list[Tokens] | None:
    """S3: "…, – als NOUN …" at the end becomes "Das ist/war NOUN …".

    "Vier Jugendliche reisten nach Japan – als Gegenbesuch zu den Gästen aus Japan."
    -> "Vier Jugendliche reisten nach Japan." + "Das war ein Gegenbesuch zu den Gästen aus Japan."
    """
    dash = next((i for i, t in enumerate(clause) if t.text in {"–", "—"}), None)
    if dash is None or dash + 2 >= len(clause) or clause[dash + 1].text != "als":
        return None
    left, rest = list(clause[:dash]), list(clause[dash + 2 :])
    if rest[0].pos not in {"NN", "ADJA"} or any(is_verb(t) or t.text in {",", "–", "—"} for t in rest):
        return None
    end = chunk(rest, 0)
    while 0 < end < len(rest):  # the noun and the phrases that describe it ("im Jahr 2024"), nothing else
        if rest[end].pos == "CARD":
            end += 1
        elif rest[end].pos in {"APPR", "APPRART"} and chunk(rest, end) > end:
            end = chunk(rest, end)
        else:
            break
    verbs = [t for t in left if is_finite(t)]
    if end != len(rest) or not verbs or not well_formed(left):
        return None
    copula = "war" if is_past(verbs[-1]) else "ist"  # the tense of the clause right before the dash
    article = word("eine" if feminine(rest[0]) else "ein", "ART", "ein") if rest[0].pos == "NN" else None
    statement = [
        word("Das", "PDS", "das"),
        word(copula, "VAFIN", "sein"),
        *([article] if article else []),
        *rest,
    ]
    return [left, statement]


NOUN_PHRASE_STARTS = {"ART", "NN", "NE", "PPOSAT", "PIAT", "ADJA"}
# How a verbless addition after the last comma becomes a sentence, by its first word.
ADDITION_LEADS = {
    "besonders": ("Das", "gilt"),
    "vor": ("Das", "gilt"),
    "auch": ("Das", "gilt"),
    "insbesondere": ("Das", "gilt"),
    "rund": ("Das", "sind"),
    "ungefähr": ("Das", "sind"),
    "etwa": ("Das", "sind"),
    "fast": ("Das", "sind"),
    "knapp": ("Das", "sind"),
}


@rule("S3.addition", kind="sentence", splits=True)
def addition(clause: Tokens) -> list[Tokens] | None:
    """S3: a verbless addition after the last comma becomes "Das gilt ..." or "Das sind ...".

    "Die Stadt fördert die Wirtschaft, besonders in der Innenstadt."
    -> "Die Stadt fördert die Wirtschaft." + "Das gilt besonders in der Innenstadt."
    "Es kamen 26.000 Gäste, rund 15 Prozent mehr als davor." -> "... Das sind rund 15 Prozent mehr als davor."
    ("Das sind" only with a number in the addition.)
    """
    comma = max((i for i, t in enumerate(clause) if t.text == ","), default=None)
    if comma is None or comma < 3 or comma + 2 >= len(clause):
        return None
    left, right = list(clause[:comma]), list(clause[comma + 1 :])
    lead = ADDITION_LEADS.get(right[0].text.lower())
    if lead is None or any(
        is_verb(t) or t.text in {"„", "“", "(", ":", "–"} or t.pos == "KOUS" for t in right
    ):
        return None
    if lead[1] == "sind" and not any(t.text[:1].isdigit() for t in right):
        return None
    if not well_formed(left) or any(t.text == "," for t in left):
        return None
    body = inner(right)
    focus = 2 if right[0].text.lower() == "vor" else 1  # "vor allem"
    if lead[1] == "gilt" and focus < len(right) and right[focus].pos in NOUN_PHRASE_STARTS:
        body = [
            *body[:focus],
            word("für", "APPR"),
            *body[focus:],
        ]  # "auch die Kinder" -> "auch für die Kinder"
    verb = word(lead[1], "VVFIN" if lead[1] == "gilt" else "VAFIN", "gelten" if lead[1] == "gilt" else "sein")
    return [left, [word(lead[0], "PDS", "das"), verb, *body]]
