"""Rule S1.fillers: filler and hedge words that carry no fact are dropped (``data/rewrite/fillers.tsv``).

"Das ist nämlich wichtig." -> "Das ist wichtig."; "Das ist zwar teuer, aber gut." -> "Das ist teuer, aber
gut."; "Den Verein gibt es bereits seit 1990." -> "Den Verein gibt es seit 1990."; a hedge is no quantity:
"zumindest 20 Euro" -> "mindestens 20 Euro", "kursiert zumindest im Internet" -> "kursiert jedenfalls im
Internet". Only words of the table change, each under its condition; a word that stands alone before the
finite verb stays ("Übrigens gibt es Kuchen": without it the verb would open the sentence), and so does a
word between commas that opens an enumeration ("drei Orte, nämlich ..."). Words that carry a fact or the
claim ("nur", "fast", "erst", "noch", "nicht", "kein", "rund", "etwa", "bis zu") are not in the table.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from simplify.document import Token
from simplify.lexicon import table, words
from simplify.nlp.numbers import cardinal
from simplify.rewrite.numbers import MONTHS, WEEKDAYS
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import FINITE, Tokens, word

TABLE = "rewrite/fillers.tsv"
DROP = "weg"
_TIME_WORDS = frozenset({"seit", "vor", "zum", "im"})  # not "am": "bereits am Montag" says "earlier"
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_OPENERS = {"KON", "$(", "$,"}  # may stand before a word in the prefield ("Und übrigens ...")
_KONJUNKTIV = ("würd", "wär", "hätt")  # "wäre eigentlich schön": a wish


@dataclass(frozen=True, slots=True)
class Filler:
    """One row of the table: the words, what becomes of them and when."""

    words: tuple[str, ...]
    action: str
    condition: str


@cache
def fillers() -> tuple[Filler, ...]:
    """The rows of the filler table, the longest first."""
    rows = [Filler(tuple(row[0].split()), row[1], row[2] if len(row) > 2 else "") for row in table(TABLE)]
    return tuple(sorted(rows, key=lambda f: -len(f.words)))


def _matches(clause: Tokens, index: int, filler: Filler) -> bool:
    texts = [t.text.lower() for t in clause[index : index + len(filler.words)]]
    return tuple(texts) == filler.words and _holds(clause, index, filler)


def _holds(clause: Tokens, index: int, filler: Filler) -> bool:
    """Whether the condition of ``filler`` holds for the words at ``index``."""
    end = index + len(filler.words)
    previous = clause[index - 1] if index else None
    condition = filler.condition
    if condition == "Partikel":
        return clause[index].pos == "ADV" and (previous is None or previous.text != ",")
    if condition == "ohne und":
        return previous is None or previous.text.lower() != "und"
    if condition in {"vor Zahl", "nicht vor Zahl"}:
        return _number_follows(clause, end) == (condition == "vor Zahl")
    if condition == "vor Zeit":
        return _time_follows(clause, end)
    if condition == "ohne Modalverb":
        return not any(t.pos.startswith("VM") or t.text.lower().startswith(_KONJUNKTIV) for t in clause)
    return True


def _number(token: Token) -> bool:
    return token.pos == "CARD" or cardinal(token.text.lower()) is not None


def _phrase_after(clause: Tokens, end: int) -> Tokens:
    """The words of the phrase after ``end``: up to 4, before a verb or punctuation."""
    found: Tokens = []
    for token in clause[end : end + 4]:
        if token.pos.startswith(("V", "$")) or (found and token.pos in {"APPR", "APPRART", "KON"}):
            break
        found.append(token)
    return found


def _number_follows(clause: Tokens, end: int) -> bool:
    """A number in the phrase after ``end``: "zumindest 20 Euro", "zumindest für die kommenden zwei Jahre"."""
    return any(_number(t) for t in _phrase_after(clause, end))


def _time_follows(clause: Tokens, end: int) -> bool:
    """A time phrase after ``end``: "seit 1990", "im Vorjahr", "zum zehnten Mal", "vor 20 Jahren" (not "im
    Maltesergrund": a place)."""
    phrase = _phrase_after(clause, end)
    if not phrase or phrase[0].text.lower() not in _TIME_WORDS:
        return False
    if phrase[0].text.lower() == "seit":
        return True
    heads = _time_heads()
    return any(
        t.pos == "CARD" or t.text in _CALENDAR or any(t.text.lower().endswith(h) for h in heads)
        for t in phrase[1:]
    )


@cache
def _time_heads() -> tuple[str, ...]:
    return (*words("rewrite/time_heads.tsv"), "mal")


def _alone_before_verb(clause: Tokens, index: int, end: int) -> bool:
    """Whether the words ``index:end`` are all that stands before the finite verb (the prefield)."""
    return end < len(clause) and clause[end].pos in FINITE and all(t.pos in _OPENERS for t in clause[:index])


@rule("S1.fillers", kind="clause")
def drop_fillers(clause: Tokens) -> list[Tokens] | None:
    """S1: filler and hedge words that carry no fact are dropped ("nämlich", "zwar", "bereits seit")."""
    out: Tokens = []
    index = 0
    changed = False
    while index < len(clause):
        filler = next((f for f in fillers() if _matches(clause, index, f)), None)
        end = index + len(filler.words) if filler else index
        if filler is None or (filler.action == DROP and _alone_before_verb(clause, index, end)):
            out.append(clause[index])
            index += 1
            continue
        changed = True
        if filler.action != DROP:
            out.append(_cased(word(filler.action, "ADV"), clause[index]))
        elif out and out[-1].text == "," and end < len(clause) and clause[end].text == ",":
            end += 1  # ", übrigens," -> ","
        index = end
    return [out] if changed else None


def _cased(new: Token, old: Token) -> Token:
    return replace(new, text=new.text.capitalize()) if old.text[:1].isupper() else new
