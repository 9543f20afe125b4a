"""Rule S1 (short sentences): a date, time or time adverbial in a long sentence gets a sentence of its own.

"Der Beirat lädt am Mittwoch, 7. Oktober 2026, von 10 bis 15 Uhr zu einem Aktionstag ein."
-> "Der Beirat lädt zu einem Aktionstag ein." + "Das ist am Mittwoch, 7. Oktober 2026."
+ "Das ist von 10 bis 15 Uhr." (a long day and clock time become two sentences, see :func:`clock_apart`);
"ein Jahr lang" -> "Das dauert ein Jahr.".

A phrase leaves its clause only where nothing can be misread (issue "Drafts an editor can trust", shape 5):
the unit is one sentence, the clause tells of one event (one finite verb, no "und"/"oder" joining two verb
phrases, no "und" right before the phrase), the phrase is a complete time expression (a day, date, year,
clock time or time noun: "um die 900" and "zum 33. Mal" are none), the rest of the clause names no other
time it could be confused with (a range is never torn apart; a clock time may leave its day), and the tense
of "Das ist"/"Das war" follows the clause (preterite or perfect: "war") and fits the phrase ("in den kommenden
Jahren" is never "war", "im vergangenen Jahr" never "ist" unless "seit" opens it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise

from simplify.document import Token
from simplify.lexicon import mapping
from simplify.lexicon import words as words_of
from simplify.profile import LEICHTE
from simplify.rewrite.bracket import is_past_clause
from simplify.rewrite.clauses import in_dependent, main_verb, nominative, well_formed
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import (
    FINITE,
    NOUNS,
    Tokens,
    chunk,
    estimated_words,
    initial,
    inner,
    spaced,
    top_level,
    word,
    words,
)

# Adverbs after a time phrase that make it a comparison ("im Jahr davor").
COMPARED = {"davor", "danach", "zuvor"}
# Sentences up to this many words keep their dates and times.
MAX_WORDS = LEICHTE.line_words
OPENERS = {"am", "ab", "vom", "seit"}
INSIDE = {"uhr", "bis", "von", "zum", "dem", "den", "und", ",", ".", "-", "–", "am", "um"}


def _time_word(text: str) -> bool:
    lower = text.lower()
    return text[:1].isdigit() or lower in INSIDE or lower in words_of("rewrite/time_nouns.tsv")


def _run(clause: Tokens, start: int) -> int:
    """End of the date/time phrase starting at ``start`` (``start`` when there is none)."""
    end = start + 1
    while end < len(clause) and _time_word(clause[end].text):
        end += 1
    while end > start + 1 and clause[end - 1].text.lower() in INSIDE - {"uhr"}:
        end -= 1
    phrase = clause[start:end]
    if end - start < 3 or not any(t.text[:1].isdigit() for t in phrase):
        return start
    dated = any(t.text.lower() in MONTHS or t.text.count(".") >= 2 for t in phrase)
    return end if dated else start


def _long_main_clause(clause: Tokens) -> tuple[int, list[bool]] | None:
    """For a clause too long for one line: its main verb and, per token, whether it stands at the top
    level outside any dependent clause. None for a short clause or one without a main verb."""
    if estimated_words(clause) <= MAX_WORDS or two_sentences(clause):
        return None
    verb = main_verb(clause)
    if verb is None:
        return None
    inside = in_dependent(clause)
    flags = [top and not dependent for top, dependent in zip(top_level(clause), inside, strict=True)]
    return (verb, flags) if _one_event(clause, verb, flags) else None


def two_sentences(clause: Sequence[Token]) -> bool:
    """True when a unit holds two sentences the splitter missed: a full stop inside it, or an ordinal-like
    number before a word that starts a sentence ("waren es um die 900. Die Stimmung ...")."""
    for token, following in pairwise(clause):
        if token.text in {".", "!", "?"}:
            return True
        if (
            token.text[:1].isdigit()
            and token.text.endswith(".")
            and following.text[:1].isupper()
            and following.pos not in NOUNS | {"FM", "ADJA", "CARD"}
        ):
            return True
    return False


# Conjunctions that join two verb phrases into two events ("wenden ... oder ab Mittwoch ... schildern").
EVENT_JOINS = {"und", "oder", "sowie", "sondern", "aber", "bzw.", "beziehungsweise", "doch"}


def _one_event(clause: Sequence[Token], verb: int, flags: Sequence[bool]) -> bool:
    """True when the main clause tells of one event: one finite verb, and no conjunction between two of its
    other verbs (two coordinated infinitives or participles are two events a time phrase may belong to)."""
    finite = [i for i, t in enumerate(clause) if flags[i] and t.pos in FINITE]
    if finite != [verb]:
        return False
    others = [i for i in range(verb + 1, len(clause)) if flags[i] and clause[i].pos.startswith("V")]
    return not any(
        flags[i]
        and clause[i].text.lower() in EVENT_JOINS
        and any(v < i for v in others)
        and any(v > i for v in others)
        for i in range(verb + 1, len(clause))
    )


@rule("S1.time_phrase", kind="sentence", splits=True)
def time_phrase(clause: Tokens) -> list[Tokens] | None:
    """S1: move a date or time out of the middle of a long main clause into "Das ist ..."."""
    found = _long_main_clause(clause)
    if found is None:
        return None
    verb, flags = found
    if any(t.pos in {"PTKZU", "VVIZU"} for t in clause):
        return None  # "entschied, die Ehrung am 19. Mai durchzuführen": the date may belong to either verb
    for start in range(verb + 1, len(clause) - 1):
        if (
            not flags[start]
            or clause[start].text.lower() not in OPENERS
            or _time_word(clause[start - 1].text)
            or _completes_noun(clause, start)
        ):
            continue
        end = _run(clause, start)
        if end == start or end >= len(clause):
            continue
        phrase = [*clause[start:end]]
        if clause[end].text.lower() in {"und", "oder", "bis"}:
            continue
        if clause[end].text == "," and any(t.text == "," for t in phrase):
            end += 1  # the comma that closes "am Samstag, 14. März 2026,"
        kept = [*clause[:start], *clause[end:]]
        if kept[start - 1].text == "," or (start < len(kept) and kept[start].text == ","):
            continue
        copula = _copula(clause, verb, start, kept, phrase)
        if copula is None:
            continue
        phrase[-1] = replace(phrase[-1], space_after=False)
        statement = [word("Das", "PDS", "das"), word(copula, "VAFIN", "sein"), *phrase]
        if words(kept) >= 4 and well_formed(kept):
            return [kept, *clock_apart(statement)]
    return None


def _completes_noun(clause: Sequence[Token], start: int) -> bool:
    """A date that completes the noun before it stays: "für die Zeit vom 21. bis 30. Dezember", "im
    Beschluss vom 13. Dezember" (a "vom" date names the noun's date, not the event's)."""
    previous = clause[start - 1]
    return previous.pos in NOUNS and (clause[start].text.lower() == "vom" or _time_head(previous))


def _copula(
    clause: Sequence[Token], verb: int, start: int, kept: Sequence[Token], phrase: Sequence[Token]
) -> str | None:
    """ "war" or "ist" for a time phrase that leaves its clause, or None when it must stay: it is joined
    to what comes before ("seit 1973 und damit im 50. Jahr"), the rest names another time, or its direction
    does not fit the tense of the clause ("Das war in den kommenden 15 Jahren")."""
    if _coordinated_before(clause, start) or _other_times(clause, start, len(phrase), kept):
        return None
    past = is_past_clause(clause, verb)
    direction = _direction(phrase)
    if past and direction == "future":
        return None
    if not past and direction == "past" and phrase[0].text.lower() != "seit":
        return None
    return "war" if past else "ist"


def _coordinated_before(clause: Sequence[Token], start: int) -> bool:
    """True when a conjunction stands right before the phrase or before the adverbs in front of it."""
    index = start - 1
    while index > 0 and clause[index].pos in {"ADV", "PAV", "PROAV"}:
        index -= 1
    return index >= 0 and clause[index].pos == "KON"


@cache
def _directions() -> dict[str, str]:
    return mapping("rewrite/time_direction.tsv")


def _direction(phrase: Sequence[Token]) -> str:
    """ "future", "past" or "" for a time phrase, by its words (rewrite/time_direction.tsv)."""
    directions = _directions()
    found = {
        direction
        for token in phrase
        for start, direction in directions.items()
        if token.text.lower().startswith(start)
    }
    return found.pop() if len(found) == 1 else ("mixed" if found else "")


def _other_times(clause: Sequence[Token], start: int, length: int, kept: Sequence[Token]) -> bool:
    """True when the rest of the clause names a time the phrase at ``start`` could be confused with.

    A clock time or a weekday adverb left behind is always a time torn apart; another day, date or year
    counts unless it belongs to a noun ("alle Termine von Montag bis Freitag") or the phrase is a clock time
    alone, which may leave its day ("Jeden Mittwoch ... Das ist von 16 bis 18 Uhr."). Adverbs that only
    point to the past or future ("damals", "künftig") name no time of their own.
    """
    if _timed(kept):
        return True
    phrase = clause[start : start + length]
    directions = _directions()
    loose = [
        i
        for i in time_words(clause)
        if not start <= i < start + length
        and not _bound_to_noun(clause, i)
        and not (
            clause[i].pos in {"ADV", "ADJD"} and any(clause[i].text.lower().startswith(d) for d in directions)
        )
    ]
    if not loose:
        return False
    clock = any(t.text == "Uhr" for t in phrase) and phrase[0].text.lower() != "bis"
    return not (clock and not time_words([t for t in phrase if t.text != "Uhr"], clock=False))


def _bound_to_noun(tokens: Sequence[Token], index: int) -> bool:
    """True when the time word at ``index`` stands in a prepositional phrase right after a noun."""
    for at in range(index - 1, max(-1, index - 7), -1):
        token = tokens[at]
        if token.pos in {"APPR", "APPRART"} and token.text.lower() != "bis":
            return at > 0 and tokens[at - 1].pos in NOUNS and not _time_head(tokens[at - 1])
        if not (_time_word(token.text) or token.pos in {"ART", "ADJA", "CARD"} or _time_head(token)):
            return False
    return False


# Prepositions before which a time noun or a year names a time ("in zwei Wochen", "bis 2026").
TIME_PREPOSITIONS = {
    *("am", "im", "an", "in", "bis", "ab", "seit", "vom", "von", "während", "zum", "nach", "vor"),
}
MONTHS = {
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
}


def time_words(tokens: Sequence[Token], *, clock: bool = True) -> list[int]:
    """Indexes of the words that name a time: a day, month, season or part of the day, an adverb of time
    ("gestern", "montags", "bald"), a clock time ("Uhr"; not with ``clock=False``), a date ("30.06.2023"),
    a year after a preposition or a month, a time noun after a preposition or after "nächste", "kommende",
    "vergangene" ("in zwei Wochen", "nächste Woche")."""
    return [index for index in range(len(tokens)) if _names_a_time(tokens, index, clock=clock)]


def _names_a_time(tokens: Sequence[Token], index: int, *, clock: bool) -> bool:
    token = tokens[index]
    lower = token.text.lower()
    if lower == "uhr":
        return clock
    before = [t.text.lower() for t in tokens[max(0, index - 1) : index]]
    directions = _directions()
    if token.pos in {"ADV", "ADJD"} and any(lower.startswith(d) for d in directions):
        return True
    if _year_number(lower):
        return bool(before) and before[-1] in TIME_PREPOSITIONS | MONTHS | {"jahr"}
    if _time_head(token):
        start = index - 1
        while start >= 0 and tokens[start].pos in {"ART", "ADJA", "CARD", "PIAT", "PDAT", "PPOSAT"}:
            start -= 1  # "in den nächsten zwei Wochen": back to the word before the noun phrase
        phrase = [t.text.lower() for t in tokens[max(start, 0) : index]]
        return lower in words_of("rewrite/time_nouns.tsv") or any(
            w in TIME_PREPOSITIONS or any(w.startswith(d) for d in directions) for w in phrase
        )
    return (
        lower in words_of("rewrite/time_nouns.tsv")
        or lower in words_of("rewrite/time_adverbs.tsv")
        or lower in words_of("rewrite/weekday_adverbs.tsv")
        or _date(lower)
    )


def _date(text: str) -> bool:
    """ "30.06.2023", "3.5.": a date in digits."""
    parts = text.split(".")
    return len(parts) >= 3 and all(p.isdigit() for p in parts[:2]) and bool(parts[0])


def _year_number(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in {"19", "20"}


# Prepositions that open a time adverbial; after the strong ones a number alone makes a time ("um 18 Uhr").
TIME_OPENERS = frozenset(
    [
        "am",
        "im",
        "an",
        "in",
        "bis",
        "ab",
        "seit",
        "vom",
        "von",
        "während",
        "um",
        "zum",
        "innerhalb",
        "für",
        "nach",
        "vor",
    ]
)
STRONG_OPENERS = frozenset(["am", "im", "bis", "ab", "seit", "vom", "während", "um", "zum", "innerhalb"])


def _time_head(token: Token) -> bool:
    heads = words_of("rewrite/time_heads.tsv")
    parts = token.compound_parts
    return token.text.lower() in heads or bool(parts and parts[-1] in heads)


def _adverbial_end(clause: Sequence[Token], start: int) -> int:
    """End of a time adverbial at ``start`` ("während der Bauzeit", "von 9 bis 12 Uhr"), or ``start``.

    Phrases that follow each other are taken together while each names a time; "von 11" counts when
    "bis 15 Uhr" follows it.
    """
    end = best = start
    while end < len(clause) and _opener(clause[end]):
        inner_start = end
        if clause[end].text.lower() == "bis" and end + 1 < len(clause) and clause[end + 1].pos == "APPRART":
            inner_start = end + 1  # "bis zum 30. April"
        phrase_end = chunk(clause, inner_start)
        if phrase_end <= inner_start and clause[end].text.lower() == "bis":
            phrase_end = _noun_end(clause, end + 1)  # "bis 18 Uhr" ("bis" tagged as an adverb)
        phrase_end = max(phrase_end, _time_run(clause, end))
        if phrase_end <= inner_start:
            break
        while (
            phrase_end < len(clause)
            and clause[phrase_end].text.isdigit()
            and len(clause[phrase_end].text) == 4
        ):
            phrase_end += 1  # the year after a date: "zum 5. Juli 2026"
        while (
            phrase_end + 1 < len(clause)
            and clause[phrase_end].text in {"-", "–"}
            and clause[phrase_end + 1].text[:1].isdigit()
        ):
            phrase_end += 2  # the end of a range: "in den Jahren 1993-1994"
        piece = clause[end:phrase_end]
        opener = clause[end].text.lower()
        end = phrase_end
        if _names_time(piece, opener):
            best = end
        elif opener not in {"von", "vom", "ab"} or end >= len(clause) or clause[end].text.lower() != "bis":
            break  # "an einer Haltestelle" after "während der Bauzeit" is no time
    return best


# Time nouns too vague to stand alone in "Das ist ...": "in Zukunft", "in dieser Zeit".
VAGUE_HEADS = {"zukunft", "zeit"}


def _names_time(piece: Sequence[Token], opener: str) -> bool:
    """True when a prepositional phrase is a complete time expression: a time noun ("im Sommer", "während
    der Bauzeit") or, after a strong opener, a date or year ("bis 2026", "ab dem 3.5.2026").

    A number alone is no time ("um die 900" is about 900, "zum 33. Mal" counts); "für" needs a number ("für
    2 Wochen"), "zum"/"zur" a date ("zum 1. Januar"; "zum 100. Geburtstag gratulieren" names what, not
    when).
    """
    digits = any(t.text[:1].isdigit() for t in piece)
    dated = any(_year_number(t.text) or _date(t.text.lower()) or t.text.lower() in MONTHS for t in piece)
    if (opener == "für" and not digits) or (opener in {"zum", "zur"} and not dated):
        return False
    heads = [t for t in piece if _time_head(t)]
    if heads and not digits and not any(t.pos in {"ADJA", "PIAT", "PIDAT"} for t in piece):
        # "in den Jahren", "in Zukunft": a plural after its article alone, or a vague noun, says no time
        return not any(t.text.lower() in VAGUE_HEADS or _plural_head(piece, t) for t in heads)
    if heads:
        return True
    return opener in STRONG_OPENERS and dated


def _plural_head(piece: Sequence[Token], token: Token) -> bool:
    """ "den Jahren", "den Tagen": a time noun in the plural right after its definite article."""
    text = token.text.lower()
    at = list(piece).index(token)
    plural = token.pos == "NN" and text != token.lemma.lower() and text.endswith("en")
    return plural and at > 0 and piece[at - 1].text.lower() in {"den", "die"}


def _opener(token: Token) -> bool:
    lower = token.text.lower()
    return lower in TIME_OPENERS and (token.pos in {"APPR", "APPRART"} or lower in {"bis", "während"})


def _time_run(clause: Sequence[Token], start: int) -> int:
    """End of numbers, clock times and day names after ``start``: "vom 3. bis 5. Juli", "von 16-18 Uhr",
    "von Freitag, 12 Uhr, bis Sonntag, 24 Uhr" (a comma counts when a number or "bis" follows it)."""
    end = start + 1
    while end < len(clause):
        token = clause[end]
        following = clause[end + 1] if end + 1 < len(clause) else None
        if token.text == ",":
            if following is None or not (following.text[:1].isdigit() or following.text == "bis"):
                break
        elif not (token.text[:1].isdigit() or token.text in {"-", "–", "bis", "Uhr"} or _time_head(token)):
            break
        end += 1
    while end > start + 1 and clause[end - 1].text in {",", "-", "–", "bis"}:
        end -= 1
    run = clause[start + 1 : end]
    return end if any(t.text[:1].isdigit() for t in run) else start


def _noun_end(clause: Sequence[Token], start: int) -> int:
    end = chunk(clause, start)
    return end if end > start else start - 1


def _statement(copula: str, phrase: Sequence[Token]) -> Tokens:
    phrase = list(phrase)
    if phrase[0].text.lower() == "seit":  # "Das ist seit Jahrzehnten so."
        return [
            word("Das", "PDS", "das"),
            word(copula, "VAFIN", "sein"),
            *inner(spaced(phrase)),
            word("so", "ADV"),
        ]
    phrase[-1] = replace(phrase[-1], space_after=False)
    return [word("Das", "PDS", "das"), word(copula, "VAFIN", "sein"), *inner(phrase)]


@rule("S1.time_adverb", kind="sentence", splits=True, levels=("leichte",))
def time_adverbial(clause: Tokens) -> list[Tokens] | None:
    """S1: a long main clause gives a time adverbial a sentence of its own ("Das ist ...").

    "Die Buslinien halten während der Bauzeit an einer Ersatzhaltestelle vor dem Rathaus."
    -> "Die Buslinien halten an einer Ersatzhaltestelle vor dem Rathaus." + "Das ist während der Bauzeit."
    "Im Sommer reisen 4 Jugendliche aus Kaiserslautern für 2 Wochen nach Japan."
    -> "4 Jugendliche aus Kaiserslautern reisen für 2 Wochen nach Japan." + "Das ist im Sommer."
    A phrase right after a noun may belong to that noun ("die Termine von Montag bis Freitag"): only a
    clock time or a year ("in Schweden im Jahr 1958") is moved from there.
    """
    found = _long_main_clause(clause)
    if found is None:
        return None
    verb, flags = found
    if not all(flags):
        return None
    fronted = _fronted(clause, verb)
    if fronted:
        return fronted
    for start in range(verb + 1, len(clause) - 1):
        end = _adverbial_end(clause, start)
        if end == start and clause[start].text.lower() in words_of("rewrite/weekday_adverbs.tsv"):
            end = _time_run(clause, start)  # "dienstags 10-12 Uhr"
        if (
            end == start
            and clause[start].pos == "ADV"
            and clause[start].text in words_of("rewrite/time_adverbs.tsv")
        ):
            end = start + 1  # "jüngst", "gestern"
        if end == start or (end >= len(clause) and not _year(clause[start:end])):
            continue  # a phrase at the end may belong to the noun before it, unless it names a year
        if end < len(clause) and _continued(clause[end], clause[end - 1]):
            continue
        if end < len(clause) and clause[end].text == ",":
            if not any(t.text == "," for t in clause[start:end]):
                continue
            end += 1  # the comma that closes "von Freitag, 12 Uhr, bis Sonntag, 24 Uhr,"
        start = _with_adverbs(clause, verb, start)
        if _bound_before(clause, start, end):
            continue
        if any(t.text in {",", "–", ":"} for t in clause[verb:start]):
            continue  # the phrase stands in an addition after a comma
        if (
            end < len(clause)
            and clause[end].pos in {"ADV", "PAV", "PROAV"}
            and clause[end].text.lower() in COMPARED
        ):
            continue
        kept = [*clause[:start], *clause[end:]]
        phrase = clause[start : end - 1] if clause[end - 1].text == "," else clause[start:end]
        copula = _copula(clause, verb, start, kept, phrase)
        if copula and words(kept) >= 4 and well_formed(kept):
            return [kept, *clock_apart(_statement(copula, phrase))]
    return None


def _with_adverbs(clause: Sequence[Token], verb: int, start: int) -> int:
    """The start of the phrase with the adverbs that belong to it: "spätestens am Wahltag", "auch sonntags
    von 11 bis 17 Uhr", "montags und donnerstags von 9 bis 12 Uhr" move as a whole."""
    weekdays = words_of("rewrite/weekday_adverbs.tsv")
    while start - 1 > verb and (
        clause[start - 1].text.lower() in words_of("rewrite/focus_adverbs.tsv")
        or clause[start - 1].text.lower() in weekdays
        or (clause[start - 1].text == "und" and clause[start].text.lower() in weekdays)
    ):
        start -= 1
    return start


def _bound_before(clause: Sequence[Token], start: int, end: int) -> bool:
    """True when what stands before the phrase binds it: the end of a range ("von 300 bis 500 Jahren"), a noun
    it may belong to (only a clock time, a year or an adverb leaves a noun), a comparison ("mehr als im Jahr
    davor"), a preposition, an article or a conjunction."""
    previous, phrase = clause[start - 1], clause[start:end]
    if previous.pos == "CARD" and clause[start].text == "bis":
        return True
    if (
        previous.pos in NOUNS
        and not any(t.text == "Uhr" for t in phrase)
        and not _year(phrase)
        and clause[start].pos != "ADV"  # "jüngst", "dienstags": an adverb describes the statement
    ):
        return True
    return previous.text in {",", "–"} or previous.pos in {"APPR", "APPRART", "ART", "KON", "KOKOM"}


def _continued(following: Token, last: Token) -> bool:
    """The phrase goes on: "und", "bis", a range ("1993 -1994"), a genitive ("Tage meines Lebens"), a phrase
    after its noun that tells which time ("in den Jahren nach dem Brand")."""
    return (
        following.text in {"und", "oder", "bis"}
        or (following.text in {"nach", "vor"} and last.pos == "NN")
        or following.text[:1] in {"-", "–"}
        or (following.pos == "PPOSAT" and following.text.endswith(("es", "er")))
    )


def _year(phrase: Sequence[Token]) -> bool:
    """ "im Jahr 1958", "in den Jahren 1993 bis 1994": a year tells when the statement holds."""
    return phrase[0].text.lower() in {"im", "in"} and any(
        t.pos == "CARD" and len(t.text) == 4 and t.text.isdigit() and t.text[:2] in {"19", "20"}
        for t in phrase
    )


def _timed(tokens: Sequence[Token]) -> bool:
    """True when a clock time or a weekday adverb ("montags") is left: the times would be torn apart."""
    return any(t.text == "Uhr" or t.text.lower() in words_of("rewrite/weekday_adverbs.tsv") for t in tokens)


def _fronted(clause: Tokens, verb: int) -> list[Tokens] | None:
    """A time adverbial in first position: the subject takes its place ("Im Sommer reist X" -> "X reist")."""
    if verb == 0 or _adverbial_end(clause, 0) != verb:
        return None
    rest = clause[verb + 1 :]
    skip = 1 if rest and rest[0].pos == "PRF" else 0
    end = chunk(rest, skip)
    while end < len(rest) and rest[end].text in {"von", "aus"} and chunk(rest, end) > end:
        if chunk(rest, end) < len(rest) and rest[chunk(rest, end)].text == "bis":
            break  # "von Montag bis Freitag" is a time, not a part of the subject
        end = chunk(rest, end)  # "die Innenstadt von Mühlhagen", "Schüler aus Lindenau"
    subject = rest[skip:end]
    if not subject or not nominative(subject) or end >= len(rest):
        return None
    kept = [
        *initial(spaced(subject)),
        replace(clause[verb], space_after=True),
        *spaced(rest[:skip]),
        *rest[end:],
    ]
    copula = _copula(clause, verb, 0, kept, clause[:verb])
    if copula and words(kept) >= 4 and well_formed(kept):
        return [kept, *clock_apart(_statement(copula, clause[:verb]))]
    return None


CLOCK_OPENERS = {"von", "um", "ab", "bis"}


def clock_apart(statement: Tokens) -> list[Tokens]:
    """S1: a long "Das ist <day> <clock time>." becomes "Das ist <day>." + "Das ist <clock time>."

    "Das ist am Mittwoch, 7. Oktober 2026, von 10 bis 15 Uhr." -> "Das ist am Mittwoch, 7. Oktober 2026."
    + "Das ist von 10 bis 15 Uhr." A clock time bound to its day ("von Freitag, 12 Uhr, bis Sonntag, 24 Uhr")
    stays whole: only a clock time whose opener is followed by a number is split off.
    """
    if estimated_words(statement) <= MAX_WORDS:
        return [statement]
    for index in range(4, len(statement) - 2):
        token = statement[index]
        if (
            token.text.lower() not in CLOCK_OPENERS
            or not statement[index + 1].text[:1].isdigit()
            or not any(t.text == "Uhr" for t in statement[index:])
            or statement[index - 1].text.lower() in CLOCK_OPENERS
            or any(t.text.lower() in CLOCK_OPENERS for t in statement[2:index])
        ):
            continue
        day = list(statement[:index])
        while day and day[-1].text == ",":
            day.pop()
        clock = list(statement[index:])
        if words(day) < 4 or clock[-1].text == ",":
            continue
        day[-1] = replace(day[-1], space_after=False)
        return [day, [*statement[:2], *clock]]
    return [statement]


@rule("S1.duration", kind="sentence", splits=True, levels=("leichte",))
def duration(clause: Tokens) -> list[Tokens] | None:
    """S1: "ein Jahr lang", "zwei Wochen lang" in a long main clause -> "Das dauert ein Jahr."

    "Hier arbeiten junge Leute aus der Partnerstadt ein Jahr lang in der Verwaltung im Rathaus."
    -> "Hier arbeiten junge Leute aus der Partnerstadt in der Verwaltung im Rathaus." + "Das dauert ein Jahr."
    """
    found = _long_main_clause(clause)
    if found is None:
        return None
    verb, flags = found
    for end in range(verb + 3, len(clause)):
        if clause[end].text != "lang" or not flags[end]:
            continue
        start = end - 2
        article, noun = clause[start], clause[end - 1]
        if (
            article.pos not in {"ART", "CARD"}
            or not _time_head(noun)
            or clause[start - 1].pos in {"APPR", "APPRART"}
        ):
            continue
        kept = [*clause[:start], *clause[end + 1 :]]
        verb_text = "dauerte" if is_past_clause(clause, verb) else "dauert"
        statement = [
            word("Das", "PDS", "das"),
            word(verb_text, "VVFIN", "dauern"),
            *inner([article]),
            replace(noun, space_after=False),
        ]
        if words(kept) >= 4 and well_formed(kept):
            return [kept, statement]
    return None
