"""Rule S1 for long sentences with a heavy phrase: the phrase gets a sentence of its own.

"Durch X entstehen Y" -> "Es gibt X." + "Dadurch entstehen Y."; "hinsichtlich X" -> "Das gilt für X.";
"Der Bezirk mit einer Fläche von ... bietet ..." -> "Der Bezirk bietet ..." + "Der Bezirk hat eine ...".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.rewrite.clauses import main_verb, nominative, well_formed
from simplify.rewrite.genitive import feminine
from simplify.rewrite.syntax import (
    Tokens,
    chunk,
    estimated_words,
    inflected,
    initial,
    inner,
    is_verb,
    spaced,
    word,
)


def through_phrase(clause: Tokens) -> list[Tokens] | None:
    """S1: a long "Durch X VERB Y" -> "Es gibt X." + "Dadurch VERB Y." (the cause gets its own sentence).

    "Durch den Austausch von Kultur und Bildung entstehen neue Möglichkeiten für die Zusammenarbeit."
    -> "Es gibt den Austausch von Kultur und Bildung." + "Dadurch entstehen neue Möglichkeiten für ..."
    """
    if estimated_words(clause) <= 12 or clause[0].text != "Durch" or clause[0].pos != "APPR":
        return None
    verb = main_verb(clause)
    if verb is None or verb < 4 or any(t.text in {":", ";", "–"} for t in clause[:verb]):
        return None
    cause = list(clause[1:verb])
    if chunk(cause, 0) == 0 or any(is_verb(t) for t in cause):
        return None
    exists = [word("Es", "PPER", "es"), word("gibt", "VVFIN", "geben"), *inner(spaced(cause[:-1])), cause[-1]]
    effect = [word("Dadurch", "PROAV", "dadurch"), *clause[verb:]]
    return [exists, effect] if well_formed(exists) and well_formed(effect) else None


# Genitive determiners after "hinsichtlich"/"bezüglich" and their accusative after "für" (plural, feminine).
GENITIVE_TO_ACCUSATIVE = {
    "der": "die",
    "ihrer": "ihre",
    "seiner": "seine",
    "unserer": "unsere",
    "einer": "eine",
}


def regarding(clause: Tokens) -> list[Tokens] | None:
    """S7, S1: "hinsichtlich/bezüglich X" leaves a long sentence as "Das gilt für X."

    "Die Stadt blickt hinsichtlich ihrer Partnerschaften auf eine lange Tradition zurück."
    -> "Die Stadt blickt auf eine lange Tradition zurück." + "Das gilt für ihre Partnerschaften."
    """
    if estimated_words(clause) <= 12:
        return None
    for index, token in enumerate(clause):
        if token.text.lower() not in {"hinsichtlich", "bezüglich"} or index == 0:
            continue
        determiner = clause[index + 1] if index + 1 < len(clause) else None
        if determiner is None or determiner.text.lower() not in GENITIVE_TO_ACCUSATIVE:
            return None
        end = chunk(clause, index + 1)
        while end < len(clause) and clause[end].pos in {"APPR", "APPRART"} and chunk(clause, end) > end:
            end = chunk(clause, end)
        phrase = list(clause[index + 1 : end])
        if len(phrase) < 2 or end == index + 1:
            return None
        phrase[0] = replace(determiner, text=GENITIVE_TO_ACCUSATIVE[determiner.text.lower()])
        kept = [*clause[:index], *clause[end:]]
        statement = [word("Das", "PDS", "das"), word("gilt", "VVFIN", "gelten"), word("für", "APPR"), *phrase]
        statement[-1] = replace(statement[-1], space_after=False)
        return [kept, statement] if well_formed(kept) else None
    return None


def with_phrase(clause: Tokens) -> list[Tokens] | None:
    """S1: a long subject with "mit einer/der ..." -> the sentence without it and "SUBJECT hat eine/die ...".

    "Der Bezirk mit einer Fläche von 1341 Hektar bietet viel Raum für Projekte."
    -> "Der Bezirk bietet viel Raum für Projekte." + "Der Bezirk hat eine Fläche von 1341 Hektar."
    """
    if estimated_words(clause) <= 12:
        return None
    verb = main_verb(clause)
    if verb is None or verb < 4:
        return None
    at = next((i for i in range(1, verb) if clause[i].text == "mit"), None)
    if at is None or at + 1 >= verb:
        return None
    subject = list(clause[:at])
    end = chunk(subject, 0)
    while 0 < end < len(subject) and subject[end].pos in {"NN", "NE"}:
        end += 1  # "der Bezirk Mitte"
    if end != len(subject) or not nominative(subject) or any(t.text == "," for t in clause[:verb]):
        return None
    article = clause[at + 1]
    if article.text not in {"einer", "der"} or not feminine_noun(clause[at + 1 : verb]):
        return None
    # dative -> accusative of a feminine singular: "einer schönen Altstadt" -> "eine schöne Altstadt"
    attribute = [replace(article, text="eine" if article.text == "einer" else "die")]
    index = at + 2
    while index < verb and clause[index].pos == "ADJA":
        adjective = clause[index]
        attribute.append(
            replace(adjective, text=adjective.text[:-1]) if adjective.text.endswith("en") else adjective
        )
        index += 1
    attribute.extend(clause[index:verb])
    kept = [*spaced(subject), *clause[verb:]]
    has = [*initial(spaced(subject)), word("hat", "VAFIN", "haben"), *attribute]
    has[-1] = replace(has[-1], space_after=False)
    return [kept, has] if well_formed(kept) and well_formed(has) else None


def feminine_noun(phrase: Sequence[Token]) -> bool:
    """The first noun of ``phrase`` is a feminine singular (by the genitive rule's endings)."""
    noun = next((t for t in phrase if t.pos == "NN"), None)
    return noun is not None and not inflected(noun) and feminine(noun)
