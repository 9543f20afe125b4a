"""Rule S1 for long sentences with a heavy phrase: the phrase gets a sentence of its own.

"Durch X entstehen Y" -> "Es gibt X." + "Dadurch entstehen Y."; "hinsichtlich X" -> "Das gilt für X.";
"Der Bezirk mit einer Fläche von ... bietet ..." -> "Der Bezirk bietet ..." + "Der Bezirk hat eine ...";
"ein Aktionstag rund um X" -> "Es geht um X."; "die Straße zwischen X und Y" -> "Das gilt zwischen X und Y.";
"lädt gemeinsam mit X ein" -> "Die Stadt macht das gemeinsam mit X."; "Als X tut Y ..." -> "Y ist X." +
"Y tut ..."; "mit dem Fokus auf X" -> "Der Fokus liegt auf X."; "nach Angaben des Amtes" -> "Das sind
Angaben des Amtes.".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.lexicon import mapping
from simplify.profile import LEICHTE
from simplify.rewrite.bracket import is_past_clause
from simplify.rewrite.clauses import in_dependent, main_verb, nominative, subject_of, well_formed
from simplify.rewrite.genitive import feminine
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import (
    Tokens,
    chunk,
    estimated_words,
    inflected,
    initial,
    inner,
    is_verb,
    spaced,
    top_level,
    word,
)

# Sentences up to this many words keep their phrases.
MAX_WORDS = LEICHTE.line_words
# What may follow a phrase that leaves the end of a main clause: a separable particle or a verb at the end.
CLAUSE_END = {"PTKVZ", "VVPP", "VVINF", "VAINF", "VMINF", "VAPP", "VVIZU"}


@rule("S1.through", kind="sentence", splits=True, levels=("leichte",))
def through_phrase(clause: Tokens) -> list[Tokens] | None:
    """S1: a long "Durch X VERB Y" -> "Es gibt X." + "Dadurch VERB Y." (the cause gets its own sentence).

    "Durch den Austausch von Kultur und Bildung entstehen neue Möglichkeiten für die Zusammenarbeit."
    -> "Es gibt den Austausch von Kultur und Bildung." + "Dadurch entstehen neue Möglichkeiten für ..."
    """
    if estimated_words(clause) <= MAX_WORDS or clause[0].text != "Durch" or clause[0].pos != "APPR":
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


@rule("S1.regarding", kind="sentence", splits=True, levels=("leichte",))
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


@rule("S1.with", kind="sentence", splits=True, levels=("leichte",))
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
    parts = _accusative_parts(clause[at + 1 : verb])
    if parts is None:
        return None
    kept = [*spaced(subject), *clause[verb:]]
    has = [[*initial(spaced(subject)), word("hat", "VAFIN", "haben"), *_unspaced(part)] for part in parts]
    return [kept, *has] if well_formed(kept) and all(well_formed(h) for h in has) else None


def _accusative_parts(phrase: Sequence[Token]) -> list[Tokens] | None:
    """The objects of "hat" for the dative phrase after "mit": one per coordinated feminine noun phrase.

    "einer Fläche von 3 Hektar und fast der Hälfte als Park" -> "eine Fläche von 3 Hektar", "fast die Hälfte
    als Park". None when a part is not "einer/der" with a feminine singular (its accusative is unknown).
    """
    cuts = [i for i, t in enumerate(phrase) if t.text in {"und", "oder", "sowie"} and t.pos == "KON"]
    starts = [0, *(i + 1 for i in cuts)]
    ends = [*cuts, len(phrase)]
    parts = []
    for start, end in zip(starts, ends, strict=True):
        part = _accusative(phrase[start:end])
        if part is None:
            return None
        parts.append(part)
    return parts


def _accusative(phrase: Sequence[Token]) -> Tokens | None:
    """A feminine singular in the dative as accusative: "einer schönen Altstadt" -> "eine schöne Altstadt"."""
    index = 0
    while index < len(phrase) and phrase[index].pos in {"ADV", "ADJD"}:
        index += 1  # "fast der Hälfte"
    if index + 1 >= len(phrase):
        return None
    article = phrase[index]
    if article.text not in {"einer", "der"} or not feminine_noun(phrase[index:]):
        return None
    out = [*phrase[:index], replace(article, text="eine" if article.text == "einer" else "die")]
    index += 1
    while index < len(phrase) and phrase[index].pos == "ADJA":
        adjective = phrase[index]
        out.append(
            replace(adjective, text=adjective.text[:-1]) if adjective.text.endswith("en") else adjective
        )
        index += 1
    if index >= len(phrase) or phrase[index].pos != "NN":
        return None
    return [*out, *phrase[index:]]


def _unspaced(tokens: Sequence[Token]) -> Tokens:
    return [*tokens[:-1], replace(tokens[-1], space_after=False)]


def feminine_noun(phrase: Sequence[Token]) -> bool:
    """The first noun of ``phrase`` is a feminine singular (by the genitive rule's endings)."""
    noun = next((t for t in phrase if t.pos == "NN"), None)
    return noun is not None and not inflected(noun) and feminine(noun)


def _event(noun: Token) -> bool:
    """An event or offer noun ("Aktionstag", "Vortrag"): "rund um" after it names a topic, not a place."""
    nouns = mapping("rewrite/topic_nouns.tsv")
    parts = noun.compound_parts
    return noun.text.lower() in nouns or bool(parts and parts[-1].lower() in nouns)


def _phrase_end(clause: Tokens, start: int) -> int:
    """End of the prepositional phrase at ``start`` with "im/am/von ..." phrases after it ("um X im Y")."""
    end = chunk(clause, start)
    while end > start and end < len(clause) and clause[end].text in ATTACHED:
        following = chunk(clause, end)
        if following == end:
            break
        end = following
    return end


def _free(clause: Tokens, start: int, end: int, *, last: bool = True) -> bool:
    """The tokens start..end stand in the main clause, outside quotes and commas, after its finite verb.

    With ``last`` they also end the clause (before a separable particle or a verb at the end at most).
    """
    verb = main_verb(clause)
    flags, inside = top_level(clause), in_dependent(clause)
    return (
        verb is not None
        and verb < start
        and all(flags[i] and not inside[i] for i in range(start, end))
        and not any(t.text in {",", ":", ";", "–"} for t in clause[start:end])
        and (not last or end == len(clause) or clause[end].pos in CLAUSE_END)
    )


@rule("S1.topic", kind="sentence", splits=True, levels=("leichte",))
def topic(clause: Tokens) -> list[Tokens] | None:
    """S1: a noun with "rund um X" in a long sentence -> the sentence without it and "Es geht um X."

    "Der Beirat lädt zu einem Aktionstag rund um die Sicherheit im Straßenverkehr ein."
    -> "Der Beirat lädt zu einem Aktionstag ein." + "Es geht um die Sicherheit im Straßenverkehr."
    A quoted title after "zum Thema" at the end becomes "Das Thema ist „...“."; "ein Vortrag über X" at the
    end "Es geht um X.".
    """
    if estimated_words(clause) <= MAX_WORDS:
        return None
    for index in range(1, len(clause) - 2):
        pair = (clause[index].text, clause[index + 1].text)
        if clause[index].text == "über" and clause[index].pos == "APPR" and clause[index - 1].pos == "NN":
            end = _about_end(clause, index)
            if end <= index + 1 or not _free(clause, index, end) or not _event(clause[index - 1]):
                continue
            statement = [word("Es", "PPER", "es"), word("geht", "VVFIN", "gehen"), word("um", "APPR")]
            statement = [*statement, *clause[index + 1 : end]]
        elif pair not in {("rund", "um"), ("zum", "Thema")} or clause[index - 1].pos != "NN":
            continue
        elif pair == ("zum", "Thema"):
            end = chunk(clause, index + 2) if clause[index + 2].text == "„" else index + 2
            if end == index + 2 or not _free(clause, index, index + 2, last=False):
                continue
            if not all(t.pos in CLAUSE_END for t in clause[end:]):
                continue
            lead = [word("Das", "PDS", "das"), word("Thema", "NN", "Thema"), word("ist", "VAFIN", "sein")]
            statement = [*lead, *clause[index + 2 : end]]
        else:
            end = _phrase_end(clause, index + 1)
            if end <= index + 2 or not _free(clause, index, end) or not _event(clause[index - 1]):
                continue
            statement = [word("Es", "PPER", "es"), word("geht", "VVFIN", "gehen"), *clause[index + 1 : end]]
        kept = [*clause[:index], *clause[end:]]
        statement[-1] = replace(statement[-1], space_after=False)
        if well_formed(kept) and estimated_words(kept) >= 4:
            return [kept, statement]
    return None


# Prepositions that put an event somewhere or at some time ("ein Vortrag über X im Rathaus"): the phrase
# they open belongs to the event, not to its topic.
EVENT_PLACES = {"im", "am", "in", "um", "ab", "bis", "vom", "zum", "auf", "beim"}


def _about_end(clause: Tokens, index: int) -> int:
    """End of "über X" with the phrases that describe X ("über Betrug an der Tür und am Telefon")."""
    end = chunk(clause, index)
    if end < len(clause) and clause[end].text.lower() in EVENT_PLACES:
        return end
    while end < len(clause) and clause[end].pos in {"APPR", "APPRART"} and chunk(clause, end) > end:
        end = chunk(clause, end)
    return end


@rule("S1.between", kind="sentence", splits=True, levels=("leichte",))
def between(clause: Tokens) -> list[Tokens] | None:
    """S1: a subject with "zwischen X und Y" in a long sentence -> "Das gilt zwischen X und Y." after it.

    "Die Brückenstraße zwischen dem Marktplatz und der Einmündung von der Mühlenstraße wird gesperrt."
    -> "Die Brückenstraße wird gesperrt." + "Das gilt zwischen dem Marktplatz und der Einmündung von ..."
    """
    if estimated_words(clause) <= MAX_WORDS:
        return None
    verb = main_verb(clause)
    if verb is None or verb < 4:
        return None
    at = next((i for i in range(1, verb) if clause[i].text == "zwischen"), None)
    if at is None or any(t.text in {",", "„", "(", ":"} for t in clause[:verb]):
        return None
    subject = list(clause[:at])
    if chunk(subject, 0) != len(subject) or not nominative(subject) or subject[0].pos == "PPER":
        return None
    phrase = list(clause[at:verb])
    if not any(t.text == "und" for t in phrase) or any(is_verb(t) for t in phrase):
        return None
    kept = [*spaced(subject), *clause[verb:]]
    statement = [word("Das", "PDS", "das"), word("gilt", "VVFIN", "gelten"), *phrase]
    statement[-1] = replace(statement[-1], space_after=False)
    return [kept, statement] if well_formed(kept) and estimated_words(kept) >= 4 else None


# Prepositions whose phrase is taken to belong to the noun before it ("die Sicherheit im Straßenverkehr").
ATTACHED = {"im", "am", "zum", "zur", "beim", "von", "vom"}
# What may follow a complete "gemeinsam mit X": a phrase that cannot belong to X, or the clause end.
FOLLOWERS = {"ADV", "PTKVZ", "VVPP", "VVINF", "VAINF", "VMINF", "PTKNEG", "$."}
FOLLOWER_WORDS = {"zu", "zum", "zur", "ein", "eine", "einen", "das", "den", "die"}
# Tokens of a legal form after a name ("e. V.", "gGmbH").
LEGAL_FORMS = {"e.", "V.", "e.V.", "GmbH", "gGmbH", "AG", "eG"}
# Articles that show a singular subject (a plural subject would need "machen").
SINGULAR_ARTICLES = {"der", "das", "ein", "eine", "dieser", "dieses", "diese", "unser", "unsere"}


@rule("S1.together", kind="sentence", splits=True, levels=("leichte",))
def together(clause: Tokens) -> list[Tokens] | None:
    """S1: "gemeinsam mit X" leaves a long sentence as "SUBJECT macht das gemeinsam mit X."

    "Zur Eröffnung lädt die Stadt gemeinsam mit dem Heimatverein Lindenau zu einem Tag der offenen Tür ein."
    -> "Zur Eröffnung lädt die Stadt zu einem Tag der offenen Tür ein."
    + "Die Stadt macht das gemeinsam mit dem Heimatverein Lindenau."
    Only for a singular subject that can be told safely.
    """
    if estimated_words(clause) <= MAX_WORDS:
        return None
    subject = subject_of(clause)
    if not subject or not _singular(subject):
        return None
    for index in range(1, len(clause) - 2):
        if clause[index].text != "gemeinsam" or clause[index + 1].text != "mit":
            continue
        end = chunk(clause, index + 1)
        while index + 2 < end < len(clause) and (
            (clause[end].pos in {"NN", "NE"} and clause[end].text[:1].isupper())
            or clause[end].text in LEGAL_FORMS
        ):
            end += 1  # a name after the noun: "dem Heimatverein Lindenau e. V."
        if end <= index + 2 or not _free(clause, index, index + 1, last=False):
            continue
        if end < len(clause) and clause[end].pos not in FOLLOWERS and clause[end].text not in FOLLOWER_WORDS:
            continue
        kept = [*clause[:index], *clause[end:]]
        statement = [
            *initial(subject),
            word("macht", "VVFIN", "machen"),
            word("das", "PDS", "das"),
            *clause[index:end],
        ]
        statement[-1] = replace(statement[-1], space_after=False)
        if well_formed(kept) and estimated_words(kept) >= 4:
            return [kept, statement]
    return None


def _singular(subject: Sequence[Token]) -> bool:
    """A subject phrase that is a singular: a name, or an article that shows the singular."""
    nouns = [t for t in subject if t.pos in {"NN", "NE"}]
    if not nouns or any(t.text in {"und", "oder", ","} for t in subject):
        return False
    first = subject[0].text.lower()
    if subject[0].pos == "NE":
        return True
    if first == "die":
        return feminine_noun(subject)
    return first in SINGULAR_ARTICLES - {"diese", "unsere", "eine"} or (
        first in {"diese", "unsere", "eine"} and feminine_noun(subject)
    )


@rule("S1.role", kind="sentence", splits=True, levels=("leichte",))
def role(clause: Tokens) -> list[Tokens] | None:
    """S1: a long sentence that opens with the subject's role "Als X" -> "SUBJECT ist X." + the sentence.

    "Als Leiterin des Amtes plant Frau Berg jedes Jahr alle Feste und Märkte in der Stadt."
    -> "Frau Berg ist Leiterin des Amtes." + "Frau Berg plant jedes Jahr alle Feste und Märkte in der Stadt."
    """
    if (
        estimated_words(clause) <= MAX_WORDS
        or clause[0].text != "Als"
        or clause[0].pos not in {"APPR", "KOKOM"}
    ):
        return None
    verb = main_verb(clause)
    if (
        verb is None
        or verb < 2
        or clause[1].pos != "NN"  # a bare role ("Als Leiterin"): "Als erste Stadt" would need an article
        or _role_end(clause) != verb
        or (clause[verb].pos == "VAFIN" and clause[verb].lemma == "sein")
    ):
        return None
    end = chunk(clause, verb + 1)
    subject = list(clause[verb + 1 : end])
    if not subject or not nominative(subject) or end >= len(clause):
        return None
    finite = clause[verb]
    plural = finite.text.endswith("n")
    copula = ("waren" if plural else "war") if is_past_clause(clause, verb) else ("sind" if plural else "ist")
    role_phrase = [*clause[1:verb]]
    statement = [
        *initial(spaced(subject)),
        word(copula, "VAFIN", "sein"),
        *role_phrase[:-1],
        replace(role_phrase[-1], space_after=False),
    ]
    kept = [*initial(spaced(subject)), replace(finite, space_after=True), *clause[end:]]
    return [statement, kept] if well_formed(statement) and well_formed(kept) else None


def _role_end(clause: Tokens) -> int:
    """End of the role after "Als": a noun phrase with a genitive, also after a possessive ("ihrer Stadt")."""
    end = chunk(clause, 1)
    if end < len(clause) and clause[end].pos == "PPOSAT" and clause[end].text.endswith(("er", "es")):
        end = chunk(clause, end)
    return end


# Nouns of "mit dem Fokus auf X": the phrase becomes "Der Fokus liegt auf X."
FOCUS_NOUNS = {"Fokus", "Schwerpunkt"}


@rule("S1.focus", kind="sentence", splits=True, levels=("leichte",))
def focus(clause: Tokens) -> list[Tokens] | None:
    """S1: "mit dem Schwerpunkt auf X" leaves a long sentence as "Der Schwerpunkt liegt auf X."

    "Die Stadt gründete 1958 einen großen Verein für Kinder mit dem Schwerpunkt auf Jugendarbeit."
    -> "Die Stadt gründete 1958 einen großen Verein für Kinder." + "Der Schwerpunkt lag auf Jugendarbeit."
    """
    if estimated_words(clause) <= MAX_WORDS:
        return None
    for index in range(1, len(clause) - 3):
        if clause[index].text != "mit":
            continue
        at = index + 2 if clause[index + 1].text in {"dem", "einem"} else index + 1
        if at + 2 >= len(clause) or clause[at].text not in FOCUS_NOUNS or clause[at + 1].text != "auf":
            continue
        end = _phrase_end(clause, at + 2)
        if end <= at + 2 or not _free(clause, index, end):
            continue
        verb = main_verb(clause)
        past = verb is not None and is_past_clause(clause, verb)
        statement = [
            word("Der", "ART", "der"),
            replace(clause[at], space_after=True),
            word("lag" if past else "liegt", "VVFIN", "liegen"),
            *_unspaced(clause[at + 1 : end]),
        ]
        kept = [*clause[:index], *clause[end:]]
        if well_formed(kept) and well_formed(statement):
            return [kept, statement]
    return None


@rule("S1.reported", kind="sentence", splits=True, levels=("leichte",))
def reported(clause: Tokens) -> list[Tokens] | None:
    """S1: "nach Angaben des Amtes" leaves a long sentence as "Das sind Angaben des Amtes."

    "Die Arbeiten sollen nach Angaben des Bauamts bis zum 30. Juni im ganzen Ort abgeschlossen sein."
    -> "Die Arbeiten sollen bis zum 30. Juni im ganzen Ort abgeschlossen sein." + "Das sind Angaben des
    Bauamts." (the genitive rule S7 then writes "vom Bauamt")
    """
    if estimated_words(clause) <= MAX_WORDS:
        return None
    for index in range(1, len(clause) - 3):
        if clause[index].text.lower() != "nach" or clause[index + 1].text != "Angaben":
            continue
        source = index + 2
        if clause[source].text not in {"des", "der"}:
            continue  # a genitive: "nach Angaben des Amtes"
        end = chunk(clause, source)
        if end <= source + 1 or not _free(clause, index, end, last=False):
            continue
        kept = [*clause[:index], *clause[end:]]
        statement = [
            word("Das", "PDS", "das"),
            word("sind", "VAFIN", "sein"),
            *clause[index + 1 : end - 1],
            replace(clause[end - 1], space_after=False),
        ]
        if well_formed(kept) and estimated_words(kept) >= 4:
            return [kept, statement]
    return None
