"""Rule S3 for "um ... zu" clauses: the aim becomes a sentence of its own.

"Das Duo reiste nach Banja Luka, um aufzutreten." -> "Das Duo ist nach Banja Luka gereist." + "Das Duo
wollte auftreten." Where the subject cannot want (a passive, a thing) the aim is named: "Das Ziel ist: Rohre
verlegen." Nothing is made of a result ("genug Geld, um ...", "zu klein, um ...") or of a denied aim ("nicht
gekommen, um ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.rewrite.clauses import (
    BOUNDARIES,
    delimiter,
    dependent,
    fixed,
    join,
    segments,
    subject_of,
    well_formed,
)
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import (
    Tokens,
    finite_index,
    has_finite,
    initial,
    inner,
    is_finite,
    is_verb,
    spaced,
    top_level,
    word,
)


@rule("S3.infinitive", kind="sentence", splits=True)
def infinitive(clause: Tokens) -> list[Tokens] | None:
    """S3: "um ... zu" becomes a sentence with "wollen", or "Das Ziel ist:" when the subject is not sure.

    "Das Duo reiste nach Banja Luka, um aufzutreten." -> "... Das Duo wollte auftreten."
    "Um Wartezeiten zu verringern, öffnet das Amt am Samstag."
    -> "Das Amt will Wartezeiten verringern." + "Deshalb öffnet das Amt am Samstag."
    "Die Straße wird gesperrt, um Rohre zu verlegen." -> "... Das Ziel ist: Rohre verlegen."
    """
    from simplify.rewrite.sanity import sane

    spans = segments(clause)
    for k, (start, stop) in enumerate(spans):
        if (
            start == stop
            or clause[start].text.lower() != "um"
            or clause[start].pos not in ({"KOUI", "APPR"} if k == 0 else {"KOUI"})
        ):
            continue  # the tagger reads a sentence-initial "Um" as a preposition; the "zu" infinitive decides
        if k and delimiter(clause, spans, k) != ",":
            continue
        last = _infinitive_extent(clause, spans, k)
        if last is None:
            continue
        end = spans[last][1]
        aim = _bare_infinitives(clause[start + 1 : end])
        after = last + 1  # a clause that depends on the aim goes with it ("..., um zu sehen, ob ...")
        while (
            after < len(spans) and delimiter(clause, spans, after) == "," and dependent(clause, *spans[after])
        ):
            after += 1
        tail = list(clause[end : spans[after - 1][1]]) if after > last + 1 else []
        if aim is None or (after < len(spans) and delimiter(clause, spans, after) != ","):
            continue
        rest = list(clause[spans[after][0] :]) if after < len(spans) else []
        if k == 0 and (not rest or not is_finite(rest[0])):
            continue
        following: list[Tokens] = []
        if (
            k
            and rest
            and (rest[0].pos == "KON" or has_finite(rest) or any(t.text in BOUNDARIES for t in rest))
        ):
            # "..., um X zu tun, und sie sagten ...": the aim stands between two statements
            if not well_formed(rest[1:] if rest[0].pos == "KON" else rest):
                continue
            following, rest = [initial(rest)], []
        for want in (True, False):  # "X will ..." only where the gate agrees that X can want
            if k == 0:
                out = _aim_first(rest, aim, tail, want=want)
            else:
                out = _aim_after(clause[:start], join(clause[: start - 1], rest), aim, tail, want=want)
            out = [*out, *following] if out else None
            if out and all(well_formed(c) for c in out) and (not want or sane(clause, out)):
                return out
    return None


def _infinitive_extent(clause: Tokens, spans: list[tuple[int, int]], k: int) -> int | None:
    """Index of the span that ends the "um ... zu" clause opening at span ``k`` (over the commas of an
    enumeration: "um Straßen, Rad- und Gehwege zu verbessern"); None when it does not end in "zu" + verb."""
    for j in range(k, len(spans)):
        start, end = spans[j]
        if j > k and (delimiter(clause, spans, j) != "," or dependent(clause, start, end)):
            return None
        if end - start >= 1 and (
            clause[end - 1].pos == "VVIZU" or (end - start >= 2 and clause[end - 2].text == "zu")
        ):
            return j if clause[end - 1].pos in {"VVIZU", "VVINF", "VAINF", "VMINF"} else None
        if any(is_verb(t) for t in clause[start:end]):
            return None
    return None


def _bare_infinitives(span: Sequence[Token]) -> Tokens | None:
    """ "Straßen und Wege zu verbessern" -> "Straßen und Wege verbessern"; None for a span with a finite verb,
    a dependent clause or a verb that is no infinitive with "zu" (or a verb right before one)."""
    out: Tokens = []
    for index, token in enumerate(span):
        following = span[index + 1] if index + 1 < len(span) else None
        if (
            is_finite(token)
            or token.pos in {"KOUS", "PRELS", "PWS", "PWAV", "KOUI"}
            or token.text in BOUNDARIES - {","}
        ):
            return None
        if token.text == "zu" and token.pos == "PTKZU":
            continue
        if token.pos == "VVIZU":
            out.append(replace(token, text=token.lemma, pos="VVINF"))
        elif is_verb(token):
            before_zu = following is not None and (following.text == "zu" or following.pos == "VVIZU")
            if not before_zu and not (index and span[index - 1].text == "zu"):
                return None
            out.append(token)
        else:
            out.append(token)
    if len(out) < 1 or not is_verb(out[-1]):
        return None
    return [*out[:-1], replace(out[-1], space_after=False)]


def _consecutive(context: Sequence[Token]) -> bool:
    """True for "genug Geld, um ...", "zu klein, um ..." and "reicht, um ...": a result, not an aim."""
    return any(
        t.text.lower() in {"genug", "genügend", "ausreichend"}
        or t.pos == "PTKA"
        or t.lemma in {"reichen", "genügen", "ausreichen"}
        for t in context
    )


def _negated(context: Sequence[Token]) -> bool:
    """True for "nicht gekommen, um ...": the aim is denied, not stated."""
    return any(t.pos == "PTKNEG" or t.text.lower().startswith(("kein", "nie")) for t in context)


def _passive(context: Sequence[Token]) -> bool:
    """True when the clause is passive ("wird gesperrt", "werden genutzt"): its subject is no agent."""
    return any(t.lemma == "werden" for t in context) and any(t.pos in {"VVPP", "VAPP"} for t in context)


def _wants(context: Sequence[Token], aim: Tokens) -> Tokens | None:
    """ "Das Amt will ..." with the subject and tense of ``context``; None when its subject is not sure."""
    from simplify.rewrite.verbs import is_past

    subject = subject_of(context)
    finite_at = finite_index(context)
    if (
        subject is None
        or finite_at is None
        or _passive(context)
        or (len(subject) == 1 and subject[0].text.lower() in {"es", "das", "dies"})
    ):
        return None
    finite = context[finite_at]
    plural = finite.text.endswith("en") or finite.text == "sind"
    form = ("wollten" if plural else "wollte") if is_past(finite) else ("wollen" if plural else "will")
    return [*initial(spaced(subject)), word(form, "VMFIN", "wollen"), *spaced(aim[:-1]), aim[-1]]


def _goal(aim: Tokens, context: Sequence[Token]) -> Tokens | None:
    """ "Das Ziel ist: Rohre verlegen"; None for a negated aim ("nicht zu stören") and after a predicative
    adjective ("wichtig, um ..."), where the aim is no goal of the main clause."""
    if any(t.pos == "PTKNEG" for t in aim) or (context and context[-1].pos == "ADJD"):
        return None
    return [*fixed("Das Ziel ist:"), *inner(aim)]


def _aim_after(
    before: Sequence[Token], main: Tokens, aim: Tokens, tail: Tokens, *, want: bool
) -> list[Tokens] | None:
    """ "X tut Y, um Z zu tun" -> "X tut Y." + "X will Z tun." (or "Das Ziel ist: Z tun.")."""
    if main and main[-1].text in BOUNDARIES:
        main = main[:-1]
    flags = top_level(before)
    cuts = [
        i
        for i in range(len(before) - 1)
        if flags[i] and (before[i].text in BOUNDARIES or (before[i].pos == "KON" and has_finite(before[i:])))
    ]
    context = before[cuts[-1] + 1 if cuts else 0 : -1]  # the clause the aim belongs to
    if _consecutive(context) or _negated(context) or not main:
        return None
    statement = _wants(context, aim) if want else _goal(aim, context)
    return [main, [*statement, *tail]] if statement else None


def _aim_first(main: Tokens, aim: Tokens, tail: Tokens, *, want: bool) -> list[Tokens] | None:
    """ "Um Z zu tun, tut X Y" -> "X will Z tun." + "Deshalb tut X Y." (or "Das Ziel ist: Z tun." first)."""
    if _consecutive(main) or _negated(main):
        return None
    statement = _wants(main, aim) if want else _goal(aim, main[:0])
    return [[*statement, *tail], [word("Deshalb", "PROAV", "deshalb"), *inner(main)]] if statement else None
