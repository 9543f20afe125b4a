"""Rule S2: one statement per sentence. Main clauses joined by "und", "aber", a comma, a colon or a
shared modal verb become sentences of their own; so do two subjects that share an auxiliary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.lexicon import mapping
from simplify.nlp import agreement
from simplify.rewrite.clauses import (
    BOUNDARIES,
    GENERATED_COLON,
    conjunction,
    delimiter,
    dependent,
    fixed,
    in_dependent,
    main_verb,
    nominative,
    said,
    segments,
    subject_of,
    well_formed,
)
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import (
    PUNCT,
    Tokens,
    chunk,
    estimated_words,
    finite_index,
    has_finite,
    inflected,
    initial,
    inner,
    is_finite,
    spaced,
    top_level,
    words,
)


@rule("S2.coordination", kind="sentence", splits=True)
def coordination(clause: Tokens) -> list[Tokens] | None:
    """S2: two main clauses joined by und, aber, oder, denn become two sentences.

    "Die Städte tauschen sich aus und organisieren Projekte."
    -> "Die Städte tauschen sich aus. Die Städte organisieren Projekte."
    """
    flags = top_level(clause)
    connectors = mapping("rewrite/connectors.tsv")
    inside = in_dependent(clause)
    for index, token in enumerate(clause):
        if not flags[index] or inside[index] or token.pos != "KON" or token.text.lower() not in connectors:
            continue
        left = list(clause[:index])
        if any(t.text in {":", ";"} for t, top in zip(left, flags, strict=False) if top):
            continue
        if left and left[-1].text in {",", "–"}:
            left = left[:-1]
        right = list(clause[index + 1 :])
        if len(right) < 2 or not has_finite(left) or not well_formed(left):
            continue
        if right[0].pos in {"VVINF", "VAINF"} and _plural_verb(left):
            right[0] = replace(right[0], pos="VVFIN")
        last_start, last_end = segments(left)[-1]
        if finite_index(left[last_start:last_end]) is None and not is_finite(right[0]):
            continue  # "..., Radfahrerinnen und Radfahrer müssen": the "und" joins nouns
        if is_finite(right[0]):
            if len(right) > 1 and right[1].text == "Sie" and is_finite(left[0]):
                continue  # "Haben Sie Fragen und brauchen Sie Hilfe": a question or request (see imperatives)
            subject = subject_of(left)
            if subject is None:
                continue
            right = [*initial(spaced(subject)), *right]
        else:
            end = chunk(right, 0)
            if end == 0 or end >= len(right) or not is_finite(right[end]) or not nominative(right[:end]):
                continue  # "und uns freuen": "uns" is no subject
        if _shares_bracket(left, right):
            continue
        lead = connectors[token.text.lower()]
        if not lead:
            second = initial(right)
        else:
            second = [*fixed(lead), *(initial(right) if lead.endswith(":") else inner(right))]
        out = [left, second]
        if all(well_formed(c) for c in out):
            return out
    return None


@rule("S2.asyndetic", kind="sentence", splits=True)
def asyndetic(clause: Tokens) -> list[Tokens] | None:
    """S2: two main clauses joined by a comma only become two sentences.

    "Fußgänger dürfen die Brücke nutzen, Radfahrer müssen absteigen." -> two sentences.
    """
    spans = segments(clause)
    for k in range(1, len(spans)):
        start, end = spans[k]
        if delimiter(clause, spans, k) != "," or dependent(clause, start, end) or end - start < 2:
            continue
        left, right = clause[: start - 1], clause[start:]
        if right[0].pos in {"KON", "KOUS", "PRELS", "PWS", "PWAV", "VVPP", "PTKZU"} or conjunction(
            clause, start, end
        ):
            continue
        verb = chunk(right, 0)
        if verb == 0 or verb >= len(right) or not is_finite(right[verb]) or said(left) is not None:
            continue
        last_start, last_end = segments(left)[-1]
        if finite_index(left[last_start:last_end]) is None:
            continue
        if well_formed(left) and well_formed(right):
            return [list(left), initial(right)]
    return None


def _plural_verb(left: Sequence[Token]) -> bool:
    """True when the left clause has a plural full verb and no auxiliary waiting for an infinitive."""
    verb = finite_index(left)
    return verb is not None and left[verb].pos == "VVFIN" and left[verb].text.endswith("en")


def _shares_bracket(left: Sequence[Token], right: Sequence[Token]) -> bool:
    """True when an auxiliary of the left clause waits for the participle that ends the right one."""
    verb = finite_index(left)
    if verb is None or left[verb].pos not in {"VAFIN", "VMFIN"}:
        return False
    left_closed = any(t.pos in {"VVPP", "VVINF", "VAINF", "VMINF", "VAPP", "PTKVZ"} for t in left[verb + 1 :])
    right_open = right[-1].pos in {"VVPP", "VVINF", "VAINF", "VAPP"} and not has_finite(right[:-1])
    return right_open and not left_closed


@rule("S2.colon", kind="sentence", splits=True)
def colon(clause: Tokens) -> list[Tokens] | None:
    """S2: two main clauses joined by a colon or semicolon become two sentences.

    "Auch sonst ist viel in Bewegung: Vier Jugendliche reisen nach Japan."
    -> "Auch sonst ist viel in Bewegung. Vier Jugendliche reisen nach Japan."
    """
    flags = top_level(clause)
    for index, token in enumerate(clause):
        if (
            not flags[index]
            or token.text not in {":", ";"}
            or token.pos not in PUNCT
            or token.lemma == GENERATED_COLON
        ):
            continue
        left, right = clause[:index], clause[index + 1 :]
        if not right or right[0].text == "„" or words(left) < 4 or left[0].pos == "KOUS":
            continue
        if finite_index(left) is None or said(left) is not None:
            continue
        if left[-1].pos in {"PAV", "PROAV"}:
            continue  # "Die Stadt informiert darüber: ..." needs what follows
        if well_formed(left) and well_formed(right):
            return [list(left), initial(right)]
    return None


@rule("S2.shared_verb", kind="sentence", splits=True)
def shared_verb(clause: Tokens) -> list[Tokens] | None:
    """S2: several infinitives under one modal or auxiliary become one sentence each.

    "Besucher können einen Sehtest machen, den Rollator prüfen lassen und im Bus üben."
    -> "Besucher können einen Sehtest machen." + "Besucher können den Rollator prüfen lassen." + ...
    """
    verb = main_verb(clause)
    if verb is None or clause[verb].pos not in {"VMFIN", "VAFIN"} or verb == 0:
        return None
    prefield = clause[:verb]
    if any(t.text in BOUNDARIES for t in prefield):
        return None
    rest = clause[verb + 1 :]
    subject: Tokens = []
    if not nominative(prefield):
        # "Deshalb sollen Ehrenamtliche im Haus sein und helfen": every part keeps "Deshalb" and the subject
        end = chunk(rest, 0)
        subject = list(rest[:end])
        if not subject or not nominative(subject):
            return None
        rest = rest[end:]
    flags = top_level(rest)
    inside = in_dependent(rest)
    parts: list[Tokens] = []
    start = 0
    for index, token in enumerate(rest):
        ends_phrase = index > 0 and rest[index - 1].pos in {"VVINF", "VAINF", "VMINF", "VVPP", "VAPP"}
        follows_dependent = index + 1 < len(rest) and inside[index + 1]
        if (
            flags[index]
            and not inside[index]
            and not follows_dependent
            and ends_phrase
            and token.text in {",", "und", "oder"}
        ):
            parts.append(list(rest[start:index]))
            start = index + 1
    parts.append(list(rest[start:]))
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return None
    if any(p[-1].pos == "VVIZU" or p[-2].pos == "PTKZU" for p in parts):
        return None  # "hat ihn eingeladen, beim Fest zu sprechen": a "zu" infinitive, not a second verb
    if any(_own_subject(p) for p in parts[1:]):
        return None  # "konnte das Fest nicht stattfinden und auch der Preis nicht verliehen werden"
    finite = replace(clause[verb], space_after=True)
    if subject:
        lead = [*initial(spaced(prefield)), finite, *spaced(subject)]
        out = [[*lead, *part] for part in parts]
    else:
        out = [[*initial(spaced(prefield)), finite, *inner(part)] for part in parts]
    return out if all(well_formed(c) and _ends_in_verb(c) for c in out) else None


def _own_subject(part: Sequence[Token]) -> bool:
    """Whether a part holds a noun phrase with an article that can only be a nominative ("der Preis")."""
    for index, token in enumerate(part):
        if token.pos == "ART" and (index == 0 or part[index - 1].pos not in {"APPR", "APPRART"}):
            phrase = part[index : chunk(part, index)]
            cases = {r.case for r in agreement.readings(phrase)}
            if cases == {"nom"}:
                return True
    return False


def _ends_in_verb(clause: Sequence[Token]) -> bool:
    """The clause's own verb bracket closes at its end (a dependent clause may follow)."""
    spans = segments(clause)
    own = [span for span in spans if not dependent(clause, *span)]
    start, end = own[-1]
    return end > start and clause[end - 1].pos in {"VVINF", "VAINF", "VMINF", "VVPP", "VAPP", "PTKVZ"}


@rule("S2.requests", kind="sentence", splits=True)
def imperatives(clause: Tokens) -> list[Tokens] | None:
    """S2: two requests joined by "und" become two sentences, also after a dependent clause.

    "Erfahren Sie, welche Städte dazugehören, und entdecken Sie ihre Geschichte."
    -> "Erfahren Sie, welche Städte dazugehören." + "Entdecken Sie ihre Geschichte."
    """
    if (
        len(clause) < 6
        or clause[1].text != "Sie"
        or clause[0].lemma not in mapping("rewrite/request_verbs.tsv")
    ):
        return None
    for index in range(3, len(clause) - 3):
        after = clause[index + 1]
        if clause[index].text != "und" or clause[index + 2].text != "Sie":
            continue
        if after.lemma not in mapping("rewrite/request_verbs.tsv") or not after.text.endswith("en"):
            continue
        end = index - 1 if clause[index - 1].text == "," else index
        left = [*clause[: end - 1], replace(clause[end - 1], space_after=False)]
        out = [left, initial(clause[index + 1 :])]
        if all(well_formed(c) for c in out):
            return out
    return None


# Plural auxiliaries and modals and their singular, for a coordinated subject split in two.
SINGULAR_VERBS = {
    "werden": "wird",
    "wurden": "wurde",
    "sind": "ist",
    "waren": "war",
    "haben": "hat",
    "hatten": "hatte",
    "können": "kann",
    "konnten": "konnte",
    "sollen": "soll",
    "müssen": "muss",
    "dürfen": "darf",
}
SINGULAR_ARTICLES = {"der", "die", "das", "ein", "eine"}
# Prepositions of phrases that may describe the second subject ("das Verständnis für andere Kulturen");
# others ("mit viel Geld", "von der Stadt") tell how the statement holds and belong to both subjects.
NOUN_ATTRIBUTE_PREPOSITIONS = {"für", "über", "zu", "zur", "zum", "gegen", "aus", "in", "im"}


@rule("S2.shared_subject", kind="sentence", splits=True, levels=("leichte",))
def shared_subject(clause: Tokens) -> list[Tokens] | None:
    """S2: a long clause with the subject "A und B" after its auxiliary -> one sentence for A, one for B.

    "Auch werden die kulturelle Arbeit und das Verständnis für andere Länder in den Schulen gefördert."
    -> "Auch wird die kulturelle Arbeit gefördert." + "Auch wird das Verständnis für andere Länder in den
    Schulen gefördert." Only for two singular noun phrases with an article, when no more than the verbs
    and up to two phrases that describe the second noun ("für andere Kulturen") follow it.
    """
    if estimated_words(clause) <= 12:
        return None
    verb = main_verb(clause)
    if verb is None or clause[verb].text not in SINGULAR_VERBS or not all(top_level(clause)):
        return None
    cut = next((i for i in range(verb + 1, len(clause)) if clause[i].text == "und"), None)
    if cut is None:
        return None
    first = list(clause[verb + 1 : cut])
    tail = len(clause)
    while tail > cut and clause[tail - 1].pos in {"VVPP", "VAPP", "VVINF", "VAINF", "PTKVZ"}:
        tail -= 1
    second = list(clause[cut + 1 : tail])
    if tail == len(clause) or not (_singular(first) and second and _singular(second[: chunk(second, 0)])):
        return None
    if chunk(first, 0) != len(first):
        return None
    if not _noun_attributes(second, chunk(second, 0)):
        return None
    singular = replace(clause[verb], text=SINGULAR_VERBS[clause[verb].text], space_after=True)
    front, end = list(clause[:verb]), list(clause[tail:])
    out = [[*front, singular, *spaced(part), *end] for part in (first, second)]
    return out if all(well_formed(c) for c in out) else None


def _noun_attributes(phrase: Sequence[Token], start: int) -> bool:
    """From ``start`` on, ``phrase`` holds at most two prepositional phrases that may describe its noun."""
    count = 0
    while start < len(phrase):
        end = chunk(phrase, start)
        if end == start or phrase[start].text.lower() not in NOUN_ATTRIBUTE_PREPOSITIONS:
            return False
        start, count = end, count + 1
    return count <= 2


def _singular(phrase: Sequence[Token]) -> bool:
    """An article and a singular noun: "die kulturelle Vielfalt", "das Verständnis"."""
    return (
        len(phrase) >= 2
        and phrase[0].text.lower() in SINGULAR_ARTICLES
        and nominative(phrase)
        and phrase[-1].pos in {"NN", "NNI"}
        and not inflected(phrase[-1])
        and all(t.pos == "ADJA" for t in phrase[1:-1])
    )
