"""Rules S11 (direct speech) and S6 (no Konjunktiv): who speaks comes first, then a colon and the words.

"„Der Bus ist voll“, sagt Simone Zapf." -> "Simone Zapf sagt: „Der Bus ist voll.“"
"Sie sagt, der Bus sei voll." -> "Sie sagt: Der Bus ist voll."
"Wir würden uns freuen." -> "Wir freuen uns."
"""

from __future__ import annotations

from dataclasses import replace

from simplify.rewrite.clauses import nominative, said, segments, well_formed
from simplify.rewrite.syntax import (
    PUNCT,
    Tokens,
    chunk,
    finite_index,
    initial,
    inner,
    is_finite,
    is_verb,
    mapping,
    separable,
    spaced,
    top_level,
    word,
)
from simplify.rewrite.verbs import indicative, is_konjunktiv, present


def _speaker(tail: Tokens) -> tuple[Tokens, Tokens] | None:
    """Split a verb-first attribution (``ist sich Simone Zapf sicher``) into subject and the rest."""
    if len(tail) < 2:
        return None
    if tail[0].text.lower() == "so" and nominative(tail[1:]) and chunk(tail, 1) == len(tail):
        return list(tail[1:]), [word("sagt", "VVFIN", "sagen")]
    if not is_finite(tail[0]):
        return None
    rest = tail[1:]
    skip = 1 if rest and rest[0].pos == "PRF" else 0
    end = chunk(rest, skip)
    subject = list(rest[skip:end])
    if not subject or not nominative(subject) or any(is_verb(t) or t.pos == "NE" for t in rest[end:]):
        return None
    return subject, [replace(tail[0], space_after=True), *rest[:skip], *rest[end:]]


def quotation(clause: Tokens) -> list[Tokens] | None:
    """S11: a quotation followed by its speaker becomes "SPEAKER sagt: „...“".

    A quotation that began in an earlier sentence is closed and followed by "Das sagt SPEAKER."
    """
    closing = next((i for i, t in enumerate(clause) if t.text == "“"), None)
    if closing is None or closing + 2 >= len(clause) or clause[closing + 1].text != ",":
        return None
    opened = clause[0].text == "„"
    if not opened and any(t.text == "„" for t in clause[:closing]):
        return None
    found = _speaker(list(clause[closing + 2 :]))
    if found is None:
        return None
    subject, predicate = found
    quote = list(clause[: closing + 1])
    if opened:
        statement = [*initial(spaced(subject)), *spaced(predicate), word(":", "$."), *quote]
        return [statement] if well_formed(statement[: len(subject) + len(predicate)]) else None
    verb = predicate[0]
    if verb.lemma not in mapping("syntax_speech_verbs.tsv") or len(predicate) > 1:
        return None
    return [quote, [word("Das", "PDS", "das"), verb, *inner(subject)]]


def indirect(clause: Tokens) -> list[Tokens] | None:
    """S11: indirect speech in Konjunktiv I after a verb of saying becomes direct speech in the indicative.

    "Sie sagt, der Bus sei voll." -> "Sie sagt: Der Bus ist voll."
    "Der Bus sei voll, sagt sie." -> "Sie sagt: Der Bus ist voll."
    """
    spans = segments(clause)
    if len(spans) < 2 or any(t.text in {"„", "“"} for t in clause):
        return None
    for k in range(1, len(spans)):
        delimiter = clause[spans[k][0] - 1].text
        if delimiter not in {",", ":"}:
            continue
        left = clause[: spans[k][0] - 1]
        right = clause[spans[k][0] :]
        speech = said(left)
        if speech is not None and (reported := _reported(right)):
            if delimiter == ":" and [t.text for t in reported] == [t.text for t in right]:
                continue  # already direct speech (a Konjunktiv II that stays): nothing to do
            return [[*left, word(":", "$."), *initial(reported)]]
        if delimiter == "," and k == len(spans) - 1 and (reported := _reported(left)):
            found = _speaker(list(right))
            if found and found[1][0].lemma in mapping("syntax_speech_verbs.tsv"):
                subject, predicate = found
                statement = [*initial(spaced(subject)), *predicate]
                return [[*spaced(statement)[:-1], statement[-1], word(":", "$."), *initial(reported)]]
    return None


def _reported(clause: Tokens) -> Tokens | None:
    """A verb-second clause in Konjunktiv I (or II), turned into the indicative; None when it is none.

    Konjunktiv II (syntax_konjunktiv2.tsv): plural forms stand in for Konjunktiv I and become the
    indicative ("viele Familien hätten sich ... gewünscht" -> "haben"); singular forms and forms next
    to a condition ("ohne", "wenn", "sonst") are unreal and stay ("ohne die Helfer wäre ...").
    """
    verb = finite_index(clause)
    if verb is None or verb == 0:
        return None
    second = mapping("syntax_konjunktiv2.tsv")
    if not is_konjunktiv(clause[verb]) and clause[verb].text.lower() not in second:
        return None
    if any(t.text.lower() == "ich" for t in clause) or chunk(clause, 0) != verb:
        return None
    unreal = any(t.text.lower() in {"ohne", "wenn", "falls", "sonst"} for t in clause)
    flags = top_level(clause)
    out = []
    for index, token in enumerate(clause):
        if flags[index] and is_finite(token) and token.text.lower() in second:
            form = None if unreal else second[token.text.lower()]
            token = replace(token, text=form) if form else token
        elif flags[index] and is_finite(token) and is_konjunktiv(token):
            form = indicative(token)
            if form is None:
                return None
            token = replace(token, text=form)
        out.append(token)
    return out if well_formed(out) else None


def conditional(clause: Tokens) -> list[Tokens] | None:
    """S6: "würde(n) + infinitive" without a condition becomes the present tense ("Wir würden uns freuen")."""
    verb = finite_index(clause)
    if verb is None or clause[verb].text.lower() not in {"würde", "würden"}:
        return None
    if any(t.text.lower() in {"wenn", "falls", "ich", "sonst", "gern", "gerne"} for t in clause):
        return None
    last = len(clause) - 1
    if clause[last].pos not in {"VVINF", "VAINF", "VMINF"} or any(
        is_verb(t) for t in clause[verb + 1 : last]
    ):
        return None
    infinitive = clause[last]
    split = separable(replace(infinitive, pos="VVFIN"))
    stem_lemma = infinitive.lemma[len(split[1]) :] if split else infinitive.lemma
    form = present(stem_lemma, plural=clause[verb].text.lower() == "würden")
    if form is None:
        return None
    if clause[verb].text[0].isupper():
        form = form.capitalize()
    particle = [word(split[1], "PTKVZ")] if split else []
    body = [t for t in clause[verb + 1 : last] if t.pos not in PUNCT or t.text != ","]
    out = [
        *clause[:verb],
        replace(clause[verb], text=form, lemma=infinitive.lemma, pos="VVFIN"),
        *spaced(body),
    ]
    out = [*out, *particle] if particle else [*out[:-1], replace(out[-1], space_after=False)]
    return [out] if well_formed(out) else None
