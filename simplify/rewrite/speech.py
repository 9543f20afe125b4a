"""Rules S11 (direct speech) and S6 (no Konjunktiv): who speaks comes first, then a colon and the words.

"„Der Bus ist voll“, sagt Simone Zapf." -> "Simone Zapf sagt: „Der Bus ist voll.“"
"Sie sagt, der Bus sei voll." -> "Sie sagt: Der Bus ist voll."
"Wir würden uns freuen." -> "Wir freuen uns."
"Neue Helfer würden gesucht." -> "Neue Helfer werden gesucht."

Reported speech often goes on in the next sentence without a verb of saying ("Haase erklärte, die Stadt
könne ... . Bei den Krippen sei die Nachfrage größer."). The rules see one sentence at a time, so
:func:`speaker` reads who speaks in a sentence and :func:`continued` turns the next sentence, when it
goes on in Konjunktiv I, into indirect speech of that speaker ("Ulrike Haase sagte, bei den Krippen sei
..."), which :func:`indirect` then makes direct. Without a known speaker such a sentence stays as it is
(the checker reports its Konjunktiv).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.lexicon import mapping
from simplify.nlp import mood
from simplify.rewrite.clauses import nominative, said, segments, well_formed
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import (
    PUNCT,
    Tokens,
    chunk,
    finite_index,
    initial,
    inner,
    is_finite,
    is_verb,
    separable,
    spaced,
    top_level,
    word,
)
from simplify.rewrite.verbs import indicative, is_konjunktiv, is_past, present


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


@rule("S11.quotation", kind="sentence")
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
    if verb.lemma not in mapping("words/speech_verbs.tsv") or len(predicate) > 1:
        return None
    return [quote, [word("Das", "PDS", "das"), verb, *inner(subject)]]


@rule("S11.indirect", kind="sentence")
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
            if found and found[1][0].lemma in mapping("words/speech_verbs.tsv"):
                subject, predicate = found
                statement = [*initial(spaced(subject)), *predicate]
                return [[*spaced(statement)[:-1], statement[-1], word(":", "$."), *initial(reported)]]
    return None


def _reported(clause: Tokens) -> Tokens | None:
    """A verb-second clause in Konjunktiv I (or II), turned into the indicative; None when it is none.

    Konjunktiv II (data/words/konjunktiv.tsv): plural forms stand in for Konjunktiv I and become the
    indicative ("viele Familien hätten sich ... gewünscht" -> "haben"); singular forms and forms next
    to a condition ("ohne", "wenn", "sonst") are unreal and stay ("ohne die Helfer wäre ...").
    """
    verb = finite_index(clause)
    if verb is None or verb == 0:
        return None
    second = mood.second_in_speech()
    if not is_konjunktiv(clause[verb]) and clause[verb].text.lower() not in second:
        return None
    if any(t.text.lower() == "ich" for t in clause) or not _verb_second(clause, verb):
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


def _verb_second(clause: Tokens, verb: int) -> bool:
    """Whether the finite verb at ``verb`` follows one or more phrases of a main clause, nothing else
    ("Bei den Plätzen für Kinder unter drei Jahren sei ...": no verb, comma or subordinator before it)."""
    if chunk(clause, 0) == verb:
        return True
    before = clause[:verb]
    return chunk(clause, 0) > 0 and not any(
        is_verb(t) or t.pos in PUNCT or t.pos in {"KOUS", "PRELS", "PWAV"} for t in before
    )


@rule("S6.konjunktiv", kind="clause")
def conditional(clause: Tokens) -> list[Tokens] | None:
    """S6: "würde(n) + infinitive" without a condition becomes the present tense ("Wir würden uns freuen");
    "würde(n) + past participle" becomes the passive in the present ("Helfer würden gesucht" -> "werden")."""
    verb = finite_index(clause)
    if verb is None or clause[verb].text.lower() not in {"würde", "würden"}:
        return None
    if any(t.text.lower() in {"wenn", "falls", "ich", "sonst", "gern", "gerne"} for t in clause):
        return None
    last = len(clause) - 1
    if clause[last].pos == "VVPP" and not any(is_verb(t) for t in clause[verb + 1 : last]):
        return _passive(clause, verb)
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


def _passive(clause: Tokens, verb: int) -> list[Tokens] | None:
    """ "würde(n) ... gesucht" -> "wird/werden ... gesucht" (the participle stays last)."""
    form = "werden" if clause[verb].text.lower() == "würden" else "wird"
    if clause[verb].text[0].isupper():
        form = form.capitalize()
    out = [*clause[:verb], replace(clause[verb], text=form, lemma="werden", pos="VAFIN"), *clause[verb + 1 :]]
    return [out] if well_formed(out) else None


def speaker(tokens: Sequence[Token]) -> Tokens | None:
    """Who speaks in a sentence, as the start of indirect speech ("Ulrike Haase sagte"), or None.

    The subject of a verb of saying (words/speech_verbs.tsv) or of a verb after which words often follow
    (speech_stance_verbs.tsv: "bat um Verständnis"): a noun phrase before the verb ("Wahlleiter Stefan
    Ruhland sagte, ..."), the name of an apposition ("Die Leiterin des Jugendamts, Ulrike Haase,
    erklärte, ..."), or the noun phrase after a quotation ("„...“, sagte Haase."). A title before a
    name is left out ("Wahlleiter Stefan Ruhland" -> "Stefan Ruhland"): the reader met it just before.
    The verb becomes "sagte" (or "sagt" when the sentence is in the present tense), followed by "auch"
    after a verb of saying ("Stefan Ruhland sagte auch"): the person goes on speaking.
    """
    tokens = list(tokens)
    verbs = {*mapping("words/speech_verbs.tsv"), *mapping("rewrite/speech_stance_verbs.tsv")}
    flags = top_level(tokens)
    index = next(
        (i for i, t in enumerate(tokens) if flags[i] and is_finite(t) and _lemma(tokens, i) in verbs),
        None,
    )
    if index is None:
        return None
    if index >= 2 and tokens[index - 1].text == "," and tokens[index - 2].text == "“":
        subject = [t for t in tokens[index + 1 :] if t.pos not in PUNCT]
        if not all(t.pos in {"ART", "ADJA", "NN", "NE"} or t.text[:1].isupper() for t in subject):
            return None  # "„...“, sagte Haase am Montag": more than the speaker follows
    else:
        subject = _named(tokens[:index])
    if not subject or not any(t.pos in {"NN", "NE"} for t in subject) or not nominative(subject):
        return None
    subject = _without_title(subject)
    said_form = "sagte" if is_past(tokens[index]) else "sagt"
    also = [word("auch", "ADV")] if _lemma(tokens, index) in mapping("words/speech_verbs.tsv") else []
    return [*initial(spaced(subject)), word(said_form, "VVFIN", "sagen"), *also]


def _lemma(tokens: Tokens, index: int) -> str:
    """The lemma of the finite verb at ``index`` with its particle ("teilte ... mit" -> mitteilen)."""
    for token in tokens[index + 1 :]:
        if token.text in {",", ".", ":", ";", "„"}:
            break
        if token.pos == "PTKVZ":
            return token.text.lower() + tokens[index].lemma
    return tokens[index].lemma


def _without_title(subject: Tokens) -> Tokens:
    """A name without the title before it ("Der Kämmerer Jens Obst" -> "Jens Obst"); else the subject."""
    start = 1 if subject and subject[0].pos == "ART" else 0
    if (
        len(subject) >= start + 3
        and subject[start].pos == "NN"
        and subject[start + 1].pos == "NE"
        and all(t.text[:1].isupper() and t.text.isalpha() for t in subject[start + 2 :])
    ):
        return subject[start + 1 :]
    return subject


def _named(subject: Tokens) -> Tokens | None:
    """A subject before its verb, or the name in its apposition ("Die Leiterin X, Ulrike Haase,")."""
    if not subject or subject[0].text == "„" or chunk(subject, 0) == 0:
        return None
    if "," not in {t.text for t in subject}:
        return subject if chunk(subject, 0) == len(subject) else None
    commas = [i for i, t in enumerate(subject) if t.text == ","]
    if len(commas) != 2 or commas[1] != len(subject) - 1:
        return None
    name = subject[commas[0] + 1 : commas[1]]
    named = name and name[0].pos == "NE" and all(t.text[:1].isupper() and t.text.isalpha() for t in name)
    return [replace(t, pos="NE") for t in name] if named else None


_ALSO = {"auch", "außerdem", "zudem", "ebenfalls", "ebenso", "weiter", "ferner"}


@rule("S11.continued", kind="paragraph")
def continued(tokens: Sequence[Token], said_by: Tokens) -> tuple[Token, ...] | None:
    """A sentence that goes on in Konjunktiv I with no verb of saying, as indirect speech of ``said_by``.

    "Bei den Krippen sei die Nachfrage größer." with "Ulrike Haase sagte" -> "Ulrike Haase sagte, bei
    den Krippen sei die Nachfrage größer."; None when the sentence is no such continuation (no
    Konjunktiv in its main clause, a verb of saying of its own, a quotation, "ich").
    """
    body = list(tokens)
    if not body or any(t.text in {"„", "“", '"', "ich", "Ich"} for t in body):
        return None
    verbs = mapping("words/speech_verbs.tsv")
    if any(is_verb(t) and t.lemma in verbs for t in body):
        return None
    verb = finite_index(body)
    if verb is None or verb == 0 or not _verb_second(body, verb):
        return None
    second = mood.second_in_speech()
    finite = body[verb]
    if not (is_konjunktiv(finite) and indicative(finite)) and not second.get(finite.text.lower()):
        return None
    if said_by[-1].text == "auch" and any(t.text.lower() in _ALSO for t in body):
        said_by = said_by[:-1]  # "Auch die Steuer habe sich erholt": no second "auch"
    return (*said_by, word(",", "$,"), *inner(body))
