"""Rule S3 for subordinate and "um ... zu" clauses, and the clause structure all rules share.

Shared: comma segments, dependent clauses, well-formedness, subjects. Each rule takes the tokens of
one clause (without its closing punctuation) and returns the clauses it makes of it, or None when it
does not fire. A rule never returns a clause that is not a main clause; what it cannot rewrite
safely it leaves for the checker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from simplify.document import Token
from simplify.lexicon import mapping, table
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import (
    CLOSING,
    KEEP_CAPITAL,
    LEAD_COLON,
    NOUNS,
    OPENING,
    PUNCT,
    VERB_FINAL_FORMS,
    Tokens,
    as_finite,
    chunk,
    finite_index,
    inflected,
    initial,
    inner,
    invert,
    is_finite,
    is_verb,
    separable,
    spaced,
    top_level,
    verb_second,
    word,
    words,
)

BOUNDARIES = {",", "–", "—", ":", ";"}
DASHES = {"–", "—"}
# Connectors the rules put first; a clause that starts with one keeps it.
CONNECTORS = {
    "deshalb",
    "danach",
    "trotzdem",
    "dann",
    "vorher",
    "gleichzeitig",
    "seitdem",
    "dabei",
    "da",
    "aber",
}
# Lemma of a colon the rules put in ("Sie sagt: ..."): the colon rule never splits there.
GENERATED_COLON = ":rule"
NOMINATIVE_PRONOUNS = {"ich", "du", "er", "sie", "es", "wir", "ihr", "man"}
SUBJECT_STARTS = {"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "NN", "NE", "NNA", "CARD", "ADJA", "PIS"}
NON_NOMINATIVE = {"den", "dem", "des", "einem", "einen", "eines", "einer", "diesem", "diesen"}
RELATIVE_FORMS = {"der", "die", "das", "dem", "den", "denen"}
DATE_WORDS = {"uhr", "bis", "von", "am", "dem", "den", "der"}
# Particles that focus the clause after the comma ("..., aber auch, wenn ...").
FOCUS_PARTICLES = {"auch", "nur", "besonders", "insbesondere", "allem", "gerade", "selbst", "sogar", "erst"}
# Words that resume a clause in first position in the main clause ("Wenn X, dann Y").
RESUMING = {"dann", "so", "da", "deshalb", "darum"}
QUESTION_WORDS = {"was", "wer", "wie", "warum", "wieso", "weshalb", "wann", "wo", "wohin", "woher", "wozu"}
# Words that open a phrase in the nominative or the accusative alike.
EITHER_CASE = {"die", "das", "eine", "ein", "sie", "es", "diese", "dieses"}
# Patterns that move a following clause before its main clause (rewrite/subordinators.tsv).
MOVING = {"keep", "swap"}
THIRD_PERSON = {"er", "sie", "ihm", "ihn", "ihnen", "ihr"}


def segments(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Spans between top-level commas, dashes, colons and semicolons.

    A date or time set off by commas ("am Samstag, dem 11. April, ...") is no boundary.
    """
    flags = top_level(tokens)
    spans: list[tuple[int, int]] = []
    start = 0
    for index, token in enumerate(tokens):
        if flags[index] and token.text in BOUNDARIES and (token.pos in PUNCT or token.text in DASHES):
            spans.append((start, index))
            start = index + 1
    spans.append((start, len(tokens)))
    merged: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        start, end = spans[k]
        if merged and tokens[start - 1].text == "," and _date_like(tokens[start:end]):
            first = merged.pop()
            if k + 1 < len(spans) and tokens[end].text == ",":
                k += 1
                end = spans[k][1]
            merged.append((first[0], end))
        else:
            merged.append((start, end))
        k += 1
    return merged


def _date_like(span: Sequence[Token]) -> bool:
    """True for "dem 11. April", "7. Oktober 2026", "12 Uhr" and the like."""
    times = mapping("rewrite/time_nouns.tsv")
    if not span or not any(t.text[:1].isdigit() for t in span):
        return False
    return all(
        t.text[:1].isdigit() or t.text.lower() in times or t.text.lower() in DATE_WORDS or t.text == "."
        for t in span
    )


def dependent(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when the span opens a subordinate, relative or infinitive clause."""
    if end <= start:
        return False
    first = tokens[start]
    if first.pos in {"KOUS", "PRELS", "PWAV", "PWS", "KOUI", "PRELAT"}:
        return True
    if first.text.lower() == "so" and end - start > 1 and tokens[start + 1].text.lower() == "dass":
        return True
    if first.text.lower() == "sodass":
        return True
    if not (
        first.pos == "APPR"
        and end - start > 2
        and tokens[start + 1].text.lower() in RELATIVE_FORMS | {"dessen", "deren"}
        and tokens[end - 1].pos in VERB_FINAL_FORMS
    ):
        return False
    phrase = chunk(tokens[:end], start)
    return not (phrase < end and is_finite(tokens[phrase]))  # "Mit dem Portal können ..." is a main clause


def well_formed(tokens: Sequence[Token]) -> bool:
    """A sentence with a main clause (a finite verb outside dependent clauses); dependent clauses complete.

    "Wenn es regnet: Dann bleiben wir zu Hause" is well formed; "weil es regnet" alone is not.
    """
    if not tokens or words(tokens) < 2:
        return False
    first = tokens[0]
    if first.pos == "KON":
        return first.text.lower() in {"und", "aber", "doch", "oder"} and well_formed(tokens[1:])
    if first.text in BOUNDARIES or first.text in {".", "?", "!"}:
        return False
    main_verb = False
    flags = top_level(tokens)
    for start, end in segments(tokens):
        if dependent(tokens, start, end):
            if tokens[end - 1].pos not in VERB_FINAL_FORMS | {"VVIZU"}:
                return False
        elif any(flags[i] and is_finite(tokens[i]) for i in range(start, end)):
            main_verb = True
    return main_verb


def extent(tokens: Sequence[Token], spans: list[tuple[int, int]], k: int) -> int | None:
    """Index of the last span of the dependent clause opening at span ``k``.

    A clause may run over commas of an enumeration or a date ("der u. a. Vertreter der Stadt, der
    Sparkasse und des Landes angehören"); None when no span ends it with a verb.
    """
    for j in range(k, len(spans)):
        start, end = spans[j]
        if j > k and (tokens[start - 1].text != "," or dependent(tokens, start, end)):
            return None
        if end > start and tokens[end - 1].pos in VERB_FINAL_FORMS:
            return j
        if any(is_verb(t) for t in tokens[start:end]):
            return None
    return None


def delimiter(tokens: Sequence[Token], spans: list[tuple[int, int]], k: int) -> str:
    """The boundary before span ``k`` ("" for the first span)."""
    return tokens[spans[k][0] - 1].text if k > 0 else ""


def join(left: Sequence[Token], right: Sequence[Token]) -> Tokens:
    """Two pieces of a clause joined with a space."""
    if not left:
        return list(right)
    if not right:
        return list(left)
    return [*spaced(left), *right]


def fixed(text: str) -> Tokens:
    """Tokens for a fixed connector text such as ``Der Grund ist:``."""
    tags = {"Der": "ART", "Das": "PDS", "Grund": "NN", "Ziel": "NN", "ist": "VAFIN", "geht": "VVFIN"}
    out: Tokens = []
    for part in text.split():
        core = part.rstrip(":")
        out.append(word(core, tags.get(core, "ADV")))
        if part.endswith(":"):
            out[-1] = replace(out[-1], space_after=False)
            out.append(word(":", "$."))
    return out


def coordinated(body: Sequence[Token]) -> list[Tokens]:
    """Split coordinated verb-final clauses: "am Fluss liegt und 161.000 Einwohner zählt" -> two clauses."""
    flags = top_level(body)
    for index, token in enumerate(body):
        if (
            flags[index]
            and token.text in {"und", "oder"}
            and 0 < index < len(body) - 1
            and body[index - 1].pos in VERB_FINAL_FORMS
            and body[-1].pos in VERB_FINAL_FORMS
            and not any(is_finite(t) for t in body[index + 1 : -1])
        ):
            return [list(body[:index]), *coordinated(body[index + 1 :])]
    return [list(body)]


def verb_second_all(body: Sequence[Token]) -> list[Tokens] | None:
    """Verb-final clauses (several when coordinated) in verb-second order.

    A second clause without a subject of its own shares the first one's: "Wasser eingedrungen ist und die
    Träger angegriffen hat" -> "Wasser ist eingedrungen." + "Wasser hat die Träger angegriffen."
    """
    if _participle_joined(body):
        return None
    parts = coordinated(body)
    first = verb_second(parts[0])
    if first is None:
        return None
    end = chunk(first, 0)
    if end == len(first) - 1 and first[-1].lemma == "sein" and len(parts[0]) > 3:
        return None  # "der Gesalbte der Sohn Davids ist": the phrase read holds the predicate too
    subject = first[:end] if nominative(first[:end]) else None
    out = [initial(first)]
    for part in parts[1:]:
        clause = verb_second(part)
        agrees = clause is not None and _agrees(clause)
        if agrees and subject is not None and _either_case(clause[: chunk(clause, 0)], part):
            return None  # "als er kam und die Stadt sah": "die Stadt" may be the object of "er"
        if not agrees:
            if subject is None:
                return None
            clause = _with_subject(subject, part)
        out.append(initial(clause))
    return out


def _zu_infinitive(span: Sequence[Token]) -> bool:
    """True for "Gott anzuschauen", "den Weg zu finden": an infinitive with "zu" and no finite verb."""
    if len(span) < 2 or any(is_finite(t) for t in span):
        return False
    return span[-1].pos == "VVIZU" or (span[-2].text == "zu" and span[-1].pos in {"VVINF", "VAINF"})


def _participle_joined(body: Sequence[Token]) -> bool:
    """True for "die Brücke saniert und die Kosten trägt": a finite verb read as a participle, or a
    participle that shares the verb at the end ("nicht verweht oder aufgerissen werden")."""
    return any(t.pos == "VVPP" and n.pos == "KON" for t, n in pairwise(body))


def _either_case(phrase: Sequence[Token], part: Sequence[Token]) -> bool:
    """True for a phrase that may be nominative or accusative ("die Stadt", "sie", "ihr Haus") in a clause
    whose verb takes an object (not "sein", "werden", "bleiben": "die Halle leer war", "gehalten werden")."""
    if any(t.lemma in {"sein", "werden", "bleiben"} for t in part if is_verb(t)):
        return False
    if not phrase:
        return False
    first = phrase[0]
    return (
        first.text.lower() in {"die", "das", "eine", "ein", "sie", "es", "diese", "dieses"}
        or first.pos == "PPOSAT"
    )


def _agrees(clause: Sequence[Token]) -> bool:
    """False when the first phrase cannot be the subject of the verb after it (number disagrees)."""
    end = chunk(clause, 0)
    if end >= len(clause) or not nominative(clause[:end]):
        return True
    return _plural_phrase(clause[:end]) == _plural_form(clause[end])


def _plural_form(verb: Token) -> bool:
    return verb.text.endswith("en") or verb.text.lower() == "sind"


def _plural_phrase(phrase: Sequence[Token]) -> bool:
    from simplify.rewrite.genitive import feminine

    first = phrase[0]
    if first.pos == "PPER":
        return first.text.lower() in {"wir", "ihr"}
    if any(t.text in {"und", "sowie"} for t in phrase):
        return True
    nouns = [t for t in phrase if t.pos in NOUNS]
    if not nouns:
        return False
    noun = nouns[0]
    if inflected(noun) and noun.pos == "NN":
        return True
    return first.text.lower() == "die" and not feminine(noun)


def _with_subject(subject: Sequence[Token], part: Sequence[Token]) -> Tokens:
    """``subject`` + the verb of the verb-final ``part`` + the rest of it."""
    verb = as_finite(part[-1])
    split = separable(verb) if verb.pos == "VVFIN" else None
    verb_token = replace(verb, text=split[0] if split else verb.text, space_after=True)
    rest = inner(part[:-1])
    if split:
        return [*spaced(subject), verb_token, *spaced(rest), Token(split[1], "PTKVZ", split[1])]
    return (
        [*spaced(subject), verb_token, *rest[:-1], replace(rest[-1], space_after=False)]
        if rest
        else [*spaced(subject), replace(verb_token, space_after=False)]
    )


def _inverted(body: Sequence[Token], connector: str) -> list[Tokens] | None:
    """Verb-final clauses as ``CONNECTOR verb rest``: ``das Fest beginnt`` -> ``Danach beginnt das Fest``."""
    if _participle_joined(body):
        return None
    parts = coordinated(body)
    first = parts[0]
    if len(first) < 2 or first[-1].pos not in VERB_FINAL_FORMS or first[0].pos == "PRF":
        return None
    if any(is_finite(t) for t in first[:-1]):
        return None
    verb = as_finite(first[-1])
    split = separable(verb) if verb.pos == "VVFIN" else None
    verb_token = replace(verb, text=split[0] if split else verb.text, space_after=True)
    particle = [Token(split[1], "PTKVZ", split[1])] if split else []
    lead = [word(connector, "ADV"), verb_token, *inner(first[:-1]), *particle]
    rest = [verb_second(part) for part in parts[1:]]
    if any(r is None for r in rest):
        return None
    lead = [*lead[:-1], replace(lead[-1], space_after=False)]
    return [lead, *(initial(r) for r in rest if r)]


def conjunction(tokens: Sequence[Token], start: int, end: int) -> tuple[str, int] | None:
    """The subordinating conjunction opening the span and where the clause body starts."""
    if end - start < 3 or tokens[end - 1].pos not in VERB_FINAL_FORMS:
        return None
    first = tokens[start]
    lower = first.text.lower()
    if lower == "so" and tokens[start + 1].text.lower() == "dass":
        return "sodass", start + 2
    if lower == "sodass":
        return lower, start + 1
    if _row(lower) != ("-", "-") and (first.pos == "KOUS" or (start > 0 and tokens[start - 1].text == ",")):
        return lower, start + 1
    if (
        lower in {"als", "damit"}
        and end < len(tokens)
        and tokens[end].text == ","
        and _misread(tokens, start, end)
    ):
        return lower, start + 1
    return None


def _misread(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "Als der Zug hielt, stiegen ...", "Damit alle mitmachen können, ist ...": a conjunction read as a
    preposition or adverb; the span ends in its only finite verb and the main clause after the comma starts
    with its finite verb."""
    finite = [i for i in range(start, end) if is_finite(tokens[i])]
    return (
        (start == 0 or tokens[start - 1].pos == "KON") and finite == [end - 1] and is_finite(tokens[end + 1])
    )


def _row(conj: str) -> tuple[str, str]:
    """Patterns for the clause in first and in second position (rewrite/subordinators.tsv)."""
    for row in table("rewrite/subordinators.tsv"):
        if row[0] == conj and len(row) >= 3:
            return row[1], row[2]
    return "-", "-"


@rule("S3.subordinate", kind="sentence", splits=True)
def subordinate(clause: Tokens) -> list[Tokens] | None:
    """S3: a subordinate clause (weil, wenn, dass, obwohl, ...) becomes a main clause with a fixed connector.

    "Wir bleiben zu Hause, weil es regnet." -> "Wir bleiben zu Hause. Der Grund ist: Es regnet."
    "Weil es regnet, bleiben wir zu Hause." -> "Es regnet. Deshalb bleiben wir zu Hause."
    """
    if len(clause) > 3 and (clause[1].pos in {"KOUS", "APPR"} or _unclosed(clause)):
        return _opened(clause)
    spans = segments(clause)
    colon = _last_colon(clause, spans)
    if colon is not None:
        # "Auch hier gilt: Die Dokumente liegen erst dann bereit, wenn ...": the clause goes after the colon
        lead = list(clause[:colon])
        rest = subordinate(list(clause[colon + 1 :]))
        if rest is None or not well_formed(lead):
            return None
        return [[*lead[:-1], replace(lead[-1], space_after=False), Token(":", "$.", LEAD_COLON)], *rest]
    for k, (start, end) in enumerate(spans):
        found = conjunction(clause, start, end)
        if not found or delimiter(clause, spans, k) not in {"", ","}:
            continue
        if k + 1 < len(spans) and delimiter(clause, spans, k + 1) != ",":
            continue
        conj, body_start = found
        body = clause[body_start:end]
        first_pattern, after_pattern = _row(conj)
        if conj == "während" and _contrast(clause, body_start, end):
            first_pattern = after_pattern = "contrast:Aber"
        if k and clause[start - 2].text.lower() in FOCUS_PARTICLES:
            continue  # "..., vor allem aber auch, wenn ...": the particle belongs to the clause
        if k and _question(clause):
            continue  # "Was willst du, dass ich tue?": a question keeps its clause
        if (
            k
            and after_pattern.partition(":")[0] in MOVING
            and (in_dependent(clause)[spans[k - 1][0]] or _cataphoric(body))
        ):
            continue  # moved before the main clause it could lose what it depends on or what "sie" means
        if k:
            last = k
            # what depends on the clause goes with it: "..., damit alle wissen, wann ...", "..., weil er
            # sich fürchtete, Gott anzuschauen"
            while last + 1 < len(spans) and (
                dependent(clause, *spans[last + 1]) or _zu_infinitive(clause[slice(*spans[last + 1])])
            ):
                last += 1
            tail = clause[end : spans[last][1]]
            after = clause[spans[last][1] + 1 :] if last + 1 < len(spans) else []
            main = join(clause[: start - 1], after)
            out = _after(conj, body, main, after_pattern, interrupted=bool(after), tail=tail)
        else:
            out = _first_position(clause, spans, body, first_pattern)
        if out and all(well_formed(c) for c in out):
            return out
    return None


def _opened(clause: Tokens) -> list[Tokens] | None:
    """ "Und als er kam, ..." and "„Ich bleibe, weil ...": the first word opens the first sentence made (a
    quotation that goes on in the next sentence)."""
    first = clause[0]
    quote = _unclosed(clause)
    if not quote and (first.text.lower() not in {"und", "aber"} or clause[1].pos not in {"KOUS", "APPR"}):
        return None
    out = subordinate(list(clause[1:]))
    if not out:
        return None
    lead = list(out[0]) if quote else _lower_pronoun(inner(out[0]), clause)
    if quote:
        return [[first, *lead], *out[1:]]
    return [[replace(first, space_after=True), *lead], *out[1:]]


def _question(clause: Sequence[Token]) -> bool:
    """True when the clause opens with a question word (the tagger may not know it after a quotation mark)."""
    first = next((t for t in clause if t.text not in OPENING), None)
    if first is None:
        return False
    return first.pos in {"PWS", "PWAV", "PWAT"} or first.text.lower() in QUESTION_WORDS


def _lower_pronoun(tokens: Tokens, source: Sequence[Token]) -> Tokens:
    """ "sie" after a word put before it, not the address "Sie" that starting the sentence made of it."""
    if tokens and tokens[0].text in KEEP_CAPITAL and tokens[0].text not in {t.text for t in source}:
        return [replace(tokens[0], text=tokens[0].text.lower()), *tokens[1:]]
    return tokens


def _contrast(clause: Sequence[Token], start: int, end: int) -> bool:
    """True when a "während" clause (``clause[start:end]``) contrasts with its main clause rather than
    telling their time: one is in the past and the other not, or both have the same full verb ("Während A
    5 Euro kostet, kostet B 3 Euro")."""
    from simplify.rewrite.verbs import is_past

    verb = clause[end - 1]
    others = [*clause[:start], *clause[end:]]
    main = next((t for t in others if is_finite(t)), None)
    if is_finite(verb) and main is not None and is_past(verb) != is_past(main):
        return True  # "Während X früher geschätzt wurden, sind sie heute beliebt": not at the same time
    if verb.pos != "VVFIN" and verb.pos != "VVINF":
        return False  # "Während die Halle saniert wird, wird ...": an auxiliary tells nothing
    return any(is_verb(t) and t.lemma == verb.lemma for t in others)


def _unclosed(clause: Sequence[Token]) -> bool:
    """True when the clause opens with a quotation mark that it does not close."""
    return (
        clause[0].text in OPENING
        and not clause[0].space_after
        and not any(t.text in CLOSING for t in clause[1:])
    )


def _last_colon(clause: Tokens, spans: list[tuple[int, int]]) -> int | None:
    """Index of the last top-level colon when a clause after it follows its main clause and would move
    before it ("Es gilt: X, wenn Y"); the words before the colon stay in front then."""
    for k in range(len(spans) - 1, 0, -1):
        if delimiter(clause, spans, k) == ":":
            moves = any(
                (found := conjunction(clause, *spans[j])) and _row(found[0])[1].partition(":")[0] in MOVING
                for j in range(k + 1, len(spans))
            )
            return spans[k][0] - 1 if moves else None
    return None


def _cataphoric(body: Sequence[Token]) -> bool:
    """True when the clause has a third-person pronoun ("wenn sie sich engagieren") that would come before
    the noun it stands for once the clause moves to the front."""
    nouns = [i for i, t in enumerate(body) if t.pos in NOUNS]
    return any(
        (t.pos == "PPER" and t.text in THIRD_PERSON)
        or (t.pos == "PPOSAT" and t.text.startswith(("sein", "ihr")) and not any(n < i for n in nouns))
        for i, t in enumerate(body)
    )


def _correlate(main: Tokens) -> tuple[Tokens, Tokens] | None:
    """ "Die Dokumente liegen erst dann bereit" -> ("Die Dokumente liegen bereit", "erst dann"); None
    without a top-level "dann" that points to the condition."""
    flags = top_level(main)
    at = next((i for i, t in enumerate(main) if flags[i] and t.text == "dann" and i > 0), None)
    if at is None:
        return None
    start = at - 1 if main[at - 1].text.lower() in {"nur", "erst", "auch", "genau"} else at
    rest = [*main[:start], *main[at + 1 :]]
    if not rest or start == 0:
        return None
    return [*rest[:-1], replace(rest[-1], space_after=False)], list(main[start : at + 1])


def _first_position(
    clause: Tokens, spans: list[tuple[int, int]], body: Tokens, pattern: str
) -> list[Tokens] | None:
    """The subordinate clause opens the sentence; the main clause starts with its finite verb.

    Dependent clauses between the two ("Nachdem X ergeben hatte, dass Y, ist ...") stay with the first.
    """
    for j in range(1, len(spans)):
        start, end = spans[j]
        if delimiter(clause, spans, j) != ",":
            return None
        if start < end and is_finite(clause[start]):
            break
        if start + 1 < end and clause[start].text.lower() in RESUMING and is_finite(clause[start + 1]):
            start += 1  # "Wenn X, dann Y": the connector the pattern puts in replaces "dann"
            break
        if not dependent(clause, start, end):
            return None
    else:
        return None
    tail = clause[spans[1][0] - 1 : spans[j][0] - 1] if j > 1 else []
    main = clause[start:]
    kind, _, text = pattern.partition(":")
    if kind == "invert":
        subs = verb_second_all(body)
        if not subs:
            return None
        subs[-1] = [*subs[-1], *tail]
        return [*subs, [word(text, "ADV"), *inner(main)]]
    if kind == "keep" and not tail:
        condition = [*spaced([clause[0], *body][:-1]), body[-1], word(":", "$.")]
        return [[*condition, word(text, "ADV"), *inner(main)]]
    if kind == "contrast":  # "Während A teuer ist, ist B billig." -> "A ist teuer." + "Aber B ist billig."
        subs = verb_second_all(body)
        verb = main[0]
        end = chunk(main, 1)
        subject = main[1:end]
        if not subs or tail or not subject or not nominative(subject) or end == len(main):
            return None
        turned = [*inner(spaced(subject)), replace(verb, space_after=True), *main[end:]]
        return [*subs, [word(text, "KON"), *_lower_pronoun(turned, clause)]]
    if kind == "goal":  # "Damit X, Y" -> "Das Ziel ist: X." + "Deshalb Y."
        subs = verb_second_all(body)
        if not subs:
            return None
        subs[-1] = [*subs[-1], *tail]
        return [[*fixed("Das Ziel ist:"), *subs[0]], *subs[1:], [word(text, "ADV"), *inner(main)]]
    return None


def _invert(main: Tokens, connector: Tokens) -> Tokens | None:
    """:func:`invert`, but not before "man" ("Damit muss man rechnen": "man" stays next to the verb)."""
    verb = finite_index(main)
    if verb is not None and verb + 1 < len(main) and main[verb + 1].pos == "PIS":
        return None
    return invert(main, connector)


def _after(
    conj: str, body: Tokens, main: Tokens, pattern: str, *, interrupted: bool, tail: Tokens
) -> list[Tokens] | None:
    """The subordinate clause follows or interrupts ``main``; ``tail`` (its own dependents) goes along."""
    kind, _, text = pattern.partition(":")
    if kind == "keep":
        if len(coordinated(body)) > 1 or tail:
            return None
        connected = main[0].text.lower() in CONNECTORS  # "Deshalb kann ..." keeps its own connector
        correlate = _correlate(main)
        if correlate:  # "nur dann": the correlate opens the main clause ("Nur dann liegen ... bereit")
            main, words_ = correlate
            swapped = _invert(main, [replace(t, space_after=True) for t in initial(words_)])
        else:
            swapped = None if connected else _invert(main, [word(text, "ADV")])
        condition = [word(conj.capitalize(), "KOUS"), *body]
        return [[*spaced(condition[:-1]), condition[-1], word(":", "$."), *(swapped or initial(main))]]
    subs = _inverted(body, text) if kind == "invert" else verb_second_all(body)
    if not subs:
        return None
    if kind == "contrast":
        return [main, [word(text, "KON"), *_lower_pronoun(inner(subs[0]), body)], *subs[1:]]
    subs[-1] = [*subs[-1], *tail]
    if kind == "lead":
        return [main, [*fixed(text + ":"), *subs[0]], *subs[1:]]
    if kind == "invert":
        return [main, *subs]
    if kind == "swap":
        swapped = _invert(main, [word(text, "ADV")])
        return [*subs, swapped] if swapped else None
    if kind == "colon" and not interrupted and main[-1].text not in BOUNDARIES:
        return [[*main, word(":", "$.", GENERATED_COLON), *subs[0]], *subs[1:]]
    return None


def main_verb(clause: Sequence[Token]) -> int | None:
    """Index of the finite verb of the main clause (not one of a subordinate or relative clause)."""
    inside = in_dependent(clause)
    flags = top_level(clause)
    return next((i for i, t in enumerate(clause) if flags[i] and not inside[i] and is_finite(t)), None)


def in_dependent(clause: Sequence[Token]) -> list[bool]:
    """For each token: True when it stands in a comma-separated subordinate or relative clause."""
    flags = [False] * len(clause)
    for start, end in segments(clause):
        if dependent(clause, start, end):
            flags[start:end] = [True] * (end - start)
    return flags


def subject_of(clause: Sequence[Token]) -> Tokens | None:
    """The subject of a main clause when it can be told safely (first position or right after the verb)."""
    closing = next((i for i, t in enumerate(clause) if t.text == "“"), None)
    if closing is not None and not any(t.text == "„" for t in clause[:closing]):
        # "... zu treffen“, betont Edith Backer und freut sich": the words before are quoted
        rest = clause[closing + 1 :]
        return subject_of(rest[1:] if rest and rest[0].text == "," else rest)
    verb = finite_index(clause)
    if verb is None:
        return None
    prefield = list(clause[:verb])
    dash = next((i for i, t in enumerate(prefield) if t.text in DASHES), None)
    if dash is not None and dash < 3:
        prefield = prefield[dash + 1 :]  # a dateline: "Karlsruhe – Die Stadt Karlsruhe geht ..."
    if (
        prefield
        and nominative(prefield)
        and not any(t.text in BOUNDARIES for t in prefield)
        and prefield[-1].pos not in {"ADV", "ADJD", "PAV"}  # "Sechs Tage später nahm Jesus ...": no subject
    ):
        return [*prefield[:-1], replace(prefield[-1], space_after=True)]
    start = verb + 1
    if start < len(clause) and clause[start].pos == "PRF":
        start += 1
    end = chunk(clause, start)
    candidate = list(clause[start:end])
    after = end
    while after < len(clause) and clause[after].pos in {"APPR", "APPRART"} and chunk(clause, after) > after:
        after = chunk(clause, after)
    if after < len(clause) and clause[after].text in {",", "und", "oder", "sowie"}:
        return None  # "kauften Maria aus Magdala, Maria und Salome Öl": the subject may go on
    if candidate and nominative(candidate):
        return [*candidate[:-1], replace(candidate[-1], space_after=True)]
    return None


def nominative(phrase: Sequence[Token]) -> bool:
    """True when a phrase looks like a subject: a nominative pronoun or a noun phrase not in another case."""
    if not phrase:
        return False
    first = phrase[0]
    if first.pos == "PDS" and len(phrase) == 1:
        return first.text.lower() in {"diese", "dieser", "dieses", "das", "der", "die"}
    if first.pos == "PPER":
        return first.text.lower() in NOMINATIVE_PRONOUNS and len(phrase) == 1
    if first.text.lower() in NON_NOMINATIVE or first.pos in {"APPR", "APPRART"}:
        return False
    return first.pos in SUBJECT_STARTS and any(t.pos in NOUNS or t.pos == "PIS" for t in phrase)


def said(left: Sequence[Token]) -> int | None:
    """Index of a verb of saying that ends ``left`` (only its subject or particle may follow it)."""
    verbs = mapping("words/speech_verbs.tsv")
    particle = ""
    for index in range(len(left) - 1, -1, -1):
        token = left[index]
        if token.pos == "PTKVZ":
            particle = token.text.lower()
        if is_verb(token):
            found = token.lemma in verbs or particle + token.lemma in verbs
            return index if found and (is_finite(token) or token.pos == "VVPP") else None
    return None


@rule("S3.how", kind="sentence", splits=True)
def how_clause(clause: Tokens) -> list[Tokens] | None:
    """S3: "Wie ADJ X ist, zeigt Y." -> "Y zeigt:" + "X ist ADJ." (the how-clause is the object of "zeigt").

    "Wie groß das Interesse ist, zeigt die Nachfrage." -> "Die Nachfrage zeigt: Das Interesse ist groß."
    """
    if len(clause) < 7 or clause[0].text != "Wie" or clause[1].pos not in {"ADJD", "ADV"}:
        return None
    comma = next((i for i, t in enumerate(clause) if t.text == ","), None)
    if comma is None or comma + 2 >= len(clause) or clause[comma - 1].lemma != "sein":
        return None
    verb = clause[comma + 1]
    subject = list(clause[comma + 2 :])
    end = chunk(subject, 0)
    while 0 < end < len(subject) and subject[end].pos in {"APPR", "APPRART"} and chunk(subject, end) > end:
        end = chunk(subject, end)
    if not is_finite(verb) or end != len(subject) or not nominative(subject):
        return None
    topic = list(clause[2 : comma - 1])
    if chunk(topic, 0) == 0 or any(is_verb(t) for t in topic):
        return None
    shows = [*initial(spaced(subject)), replace(verb, space_after=False), word(":", "$.", GENERATED_COLON)]
    state = [*initial(spaced(topic)), replace(clause[comma - 1], space_after=True), inner(clause[1:2])[0]]
    return [[*shows, *state]] if well_formed(state) else None


# Predicates that "nicht" can stand before as they are ("anwesend sein", "geöffnet").
PREDICATIVE_TAGS = {"ADJD", "VAINF", "VVINF", "VVPP", "VAPP", "PTKVZ"}


@rule("S3.without", kind="sentence", splits=True)
def without_that(clause: Tokens) -> list[Tokens] | None:
    """S3: ", ohne dass X PREDICATE VERB" at the end -> "Dabei VERB X nicht PREDICATE."

    "Sie leihen Bücher aus, ohne dass Personal anwesend sein muss."
    -> "Sie leihen Bücher aus." + "Dabei muss Personal nicht anwesend sein."
    Only for a clause whose rest is a bare predicate, so "nicht" has one right place.
    """
    for index in range(2, len(clause) - 3):
        if (
            clause[index - 1].text != ","
            or clause[index].text.lower() != "ohne"
            or clause[index + 1].text != "dass"
        ):
            continue
        body = list(clause[index + 2 :])
        if not body or not is_finite(body[-1]):
            return None
        end = chunk(body, 0)
        subject, rest = body[:end], body[end:-1]
        if (
            not subject
            or not nominative(subject)
            or not rest
            or any(t.pos not in PREDICATIVE_TAGS for t in rest)
        ):
            return None
        main = list(clause[: index - 1])
        statement = [
            word("Dabei", "PROAV", "dabei"),
            replace(body[-1], space_after=True),
            *inner(spaced(subject)),
            word("nicht", "PTKNEG"),
            *rest,
        ]
        return [main, statement] if well_formed(main) and well_formed(statement) else None
    return None
