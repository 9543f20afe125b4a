"""Rule S1 (short sentences): a date, time or time adverbial in a long sentence gets a sentence of its own.

"Der Beirat lädt am Mittwoch, 7. Oktober 2026, von 10 bis 15 Uhr zu einem Aktionstag ein."
-> "Der Beirat lädt zu einem Aktionstag ein." + "Das ist am Mittwoch, 7. Oktober 2026."
+ "Das ist von 10 bis 15 Uhr." (a long day and clock time become two sentences, see :func:`clock_apart`);
"ein Jahr lang" -> "Das dauert ein Jahr.".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.lexicon import mapping
from simplify.profile import LEICHTE
from simplify.rewrite.clauses import in_dependent, main_verb, nominative, well_formed
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import (
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
from simplify.rewrite.verbs import is_past

# Adverbs after a time phrase that make it a comparison ("im Jahr davor").
COMPARED = {"davor", "danach", "zuvor"}
# Sentences up to this many words keep their dates and times.
MAX_WORDS = LEICHTE.line_words
OPENERS = {"am", "ab", "vom", "seit"}
INSIDE = {"uhr", "bis", "von", "zum", "dem", "den", "und", ",", ".", "-", "–", "am", "um"}


def _time_word(text: str) -> bool:
    lower = text.lower()
    return text[:1].isdigit() or lower in INSIDE or lower in mapping("rewrite/time_nouns.tsv")


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
    months = {
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
    dated = any(t.text.lower() in months or t.text.count(".") >= 2 for t in phrase)
    return end if dated else start


def _long_main_clause(clause: Tokens) -> tuple[int, list[bool]] | None:
    """For a clause too long for one line: its main verb and, per token, whether it stands at the top
    level outside any dependent clause. None for a short clause or one without a main verb."""
    if estimated_words(clause) <= MAX_WORDS:
        return None
    verb = main_verb(clause)
    if verb is None:
        return None
    inside = in_dependent(clause)
    return verb, [top and not dependent for top, dependent in zip(top_level(clause), inside, strict=True)]


@rule("S1.time_phrase", kind="sentence", splits=True)
def time_phrase(clause: Tokens) -> list[Tokens] | None:
    """S1: move a date or time out of the middle of a long main clause into "Das ist ..."."""
    found = _long_main_clause(clause)
    if found is None:
        return None
    verb, flags = found
    for start in range(verb + 1, len(clause) - 1):
        if (
            not flags[start]
            or clause[start].text.lower() not in OPENERS
            or _time_word(clause[start - 1].text)
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
        phrase[-1] = replace(phrase[-1], space_after=False)
        copula = "war" if is_past(clause[verb]) else "ist"
        statement = [word("Das", "PDS", "das"), word(copula, "VAFIN", "sein"), *phrase]
        if words(kept) >= 4 and well_formed(kept):
            return [kept, *clock_apart(statement)]
    return None


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
    heads = mapping("rewrite/time_heads.tsv")
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
        digits = any(t.text[:1].isdigit() for t in piece)
        if (opener != "für" or digits) and (
            any(_time_head(t) for t in piece) or (digits and opener in STRONG_OPENERS)
        ):
            best = end
        elif opener not in {"von", "vom", "ab"} or end >= len(clause) or clause[end].text.lower() != "bis":
            break  # "an einer Haltestelle" after "während der Bauzeit" is no time
    return best


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


def _past(clause: Sequence[Token], verb: int) -> bool:
    """Preterite, or a perfect tense (haben/sein + participle at the end)."""
    finite, last = clause[verb], clause[-1]
    if last.pos in {"VVPP", "VAPP"} and (
        finite.lemma == "haben"
        or (finite.lemma == "sein" and last.lemma in mapping("rewrite/sein_perfect.tsv"))
    ):
        return True
    return is_past(finite)


def _statement(clause: Sequence[Token], verb: int, phrase: Sequence[Token]) -> Tokens:
    copula = "war" if _past(clause, verb) else "ist"
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
        if end == start and clause[start].text.lower() in mapping("rewrite/weekday_adverbs.tsv"):
            end = _time_run(clause, start)  # "dienstags 10-12 Uhr"
        if (
            end == start
            and clause[start].pos == "ADV"
            and clause[start].text in mapping("rewrite/time_adverbs.tsv")
        ):
            end = start + 1  # "jüngst", "gestern"
        if end == start or (end >= len(clause) and not _year(clause[start:end])):
            continue  # a phrase at the end may belong to the noun before it, unless it names a year
        if end < len(clause) and _continued(clause[end]):
            continue
        if end < len(clause) and clause[end].text == ",":
            if not any(t.text == "," for t in clause[start:end]):
                continue
            end += 1  # the comma that closes "von Freitag, 12 Uhr, bis Sonntag, 24 Uhr,"
        # "spätestens am Wahltag", "auch sonntags von 11 bis 17 Uhr", "montags und donnerstags von 9 bis
        # 12 Uhr" move as a whole
        while start - 1 > verb and (
            clause[start - 1].text.lower() in mapping("rewrite/focus_adverbs.tsv")
            or clause[start - 1].text.lower() in mapping("rewrite/weekday_adverbs.tsv")
            or (
                clause[start - 1].text == "und"
                and clause[start].text.lower() in mapping("rewrite/weekday_adverbs.tsv")
            )
        ):
            start -= 1
        previous = clause[start - 1]
        if previous.pos == "CARD" and clause[start].text == "bis":
            continue  # "von 300 bis 500 Jahren": the end of a range
        if (
            previous.pos in NOUNS
            and not any(t.text == "Uhr" for t in clause[start:end])
            and not _year(clause[start:end])
            and clause[start].pos != "ADV"  # "jüngst", "dienstags": an adverb describes the statement
        ):
            continue
        if previous.text in {",", "–"} or previous.pos in {"APPR", "APPRART", "ART", "KON", "KOKOM"}:
            continue  # "mehr als im Jahr davor" compares; the phrase is no time of the statement
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
        if words(kept) >= 4 and well_formed(kept) and not _timed(kept):
            return [kept, *clock_apart(_statement(clause, verb, phrase))]
    return None


def _continued(following: Token) -> bool:
    """The phrase goes on: "und", "bis", a range ("1993 -1994"), a genitive ("Tage meines Lebens")."""
    return (
        following.text in {"und", "oder", "bis"}
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
    return any(t.text == "Uhr" or t.text.lower() in mapping("rewrite/weekday_adverbs.tsv") for t in tokens)


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
    if words(kept) >= 4 and well_formed(kept) and not _timed(kept):
        return [kept, *clock_apart(_statement(clause, verb, clause[:verb]))]
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
        verb_text = "dauerte" if _past(clause, verb) else "dauert"
        statement = [
            word("Das", "PDS", "das"),
            word(verb_text, "VVFIN", "dauern"),
            *inner([article]),
            replace(noun, space_after=False),
        ]
        if words(kept) >= 4 and well_formed(kept):
            return [kept, statement]
    return None
