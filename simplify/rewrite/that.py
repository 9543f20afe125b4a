"""Rule S3 for a "dass" clause that opens the sentence: it becomes a main clause of its own.

"Dass das Fest ausfällt, liegt am Wetter." -> "Das Fest fällt aus." + "Das liegt am Wetter."
"Dass die Arbeit nicht einfach sei, betonte der Bürgermeister."
-> "Der Bürgermeister betonte, dass die Arbeit nicht einfach sei." (which S11.indirect and S3.subordinate
then make "Der Bürgermeister hat betont:" + "Die Arbeit ist nicht einfach.")
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.lexicon import mapping
from simplify.rewrite.clauses import (
    delimiter,
    dependent,
    extent,
    nominative,
    segments,
    verb_second_all,
    well_formed,
)
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import NOUNS, Tokens, chunk, initial, inner, is_finite, is_verb, spaced, word

THAT = {"dass", "daß"}


@rule("S3.that_first", kind="sentence", splits=True)
def that_first(clause: Tokens) -> list[Tokens] | None:
    """S3: "Dass X, VERB ..." -> "X." + "Das VERB ..."; after a verb of saying the speaker comes first."""
    if len(clause) < 5 or clause[0].text.lower() not in THAT:
        return None
    spans = segments(clause)
    last = extent(clause, spans, 0)
    if last is None:
        return None
    main_at = last + 1  # relative clauses of the "dass" clause go with it ("..., die wir brauchen")
    while main_at < len(spans) and dependent(clause, *spans[main_at]):
        main_at += 1
    if main_at >= len(spans) or any(delimiter(clause, spans, j) != "," for j in range(1, main_at + 1)):
        return None
    start = spans[main_at][0]
    main = list(clause[start:])
    if len(main) < 2 or not is_finite(main[0]):
        return None
    body = list(clause[1 : spans[last][1]])
    tail = list(clause[spans[last][1] : start - 1])
    speaker = _speaker(main)
    if speaker is not None:
        subject, rest = speaker
        moved = [*subject, replace(main[0], space_after=bool(rest)), *rest]
        comma = replace(moved[-1], space_after=False)
        out = [[*moved[:-1], comma, word(",", "$,"), word("dass", "KOUS"), *body, *tail]]
    else:
        subs = verb_second_all(body)
        if not subs:
            return None
        subs[-1] = [*subs[-1], *tail]
        out = [*subs, [word("Das", "PDS", "das"), *inner(main)]]
    return out if all(well_formed(c) for c in out) else None


def _speaker(main: Sequence[Token]) -> tuple[Tokens, Tokens] | None:
    """Subject and rest of "betonte der Bürgermeister bei ..." when the verb is one of saying."""
    verbs = mapping("words/speech_verbs.tsv")
    lemmas = [t.lemma for t in main if is_verb(t)]
    particle = main[-1].text.lower() if main[-1].pos == "PTKVZ" else ""
    if not (set(lemmas) & set(verbs) or particle + main[0].lemma in verbs):
        return None
    end = chunk(main, 1)
    subject = list(main[1:end])
    if not subject or not nominative(subject) or (end < len(main) and main[end].pos in NOUNS):
        return None  # "Pastor Friedemann Magaard": the name goes on after the phrase read
    return initial(spaced(subject)), list(main[end:])
