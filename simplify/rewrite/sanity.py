"""The sanity gate: a rule's result is rejected when it is garbled (never garble, never state what is false).

The engine calls ``sane(before, after)`` after a sentence or clause rule returned clauses; when it is False
the engine tries the next rule or leaves the clause unchanged. The morphological checks (noun phrases agree,
created words exist, every clause has a subject, no "X ist Y" between list members) are in
:mod:`simplify.rewrite.wellformed`. All checks are cheap tests on the tags HanTa gave and the
tags the rules give the tokens they add: nothing is tagged again.

A defect of one clause (no finite verb, "man kaufen", "Was Rollbewegung fällt ...") counts only when the rule
brought it in: a defect the source clause already had (a heading without a verb, a tagging error) does not
block a rewrite. Other checks compare the source with the result: duplicated content, a shared object left
behind, a negated "dass" clause turned into a statement, a purpose clause turned into "X will ..." for a
subject that cannot want anything.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from itertools import pairwise

from simplify.document import Token
from simplify.lexicon import mapping
from simplify.rewrite import wellformed
from simplify.rewrite.genitive import feminine
from simplify.rewrite.syntax import BULLET, FINITE, LEAD_COLON, NOUNS, top_level

Defect = tuple[str, ...]

# Forms that cannot agree with a singular pronoun subject next to them ("man kaufen", "ich sind").
_PLURAL_ENDINGS = ("en", "ln", "rn")
_NOT_THIRD = {"sind", "seid", "bist", "bin"}
_NOT_FIRST = {"sind", "seid", "bist", "ist", "hat", "wird"}
_NOT_SECOND = {"sind", "seid", "bin", "ist", "hat", "wird"}
_CLAUSE_ENDS = {",", ".", ":", ";", ")", "“", "und", "oder", "–"}
_BOUNDARIES = {",", ":", ";"}
_INFINITIVES = {"VVINF", "VAINF", "VMINF", "VVIZU"}
# What may follow an attributive adjective: its noun, another adjective, a conjunction before one.
_AFTER_ADJECTIVE = {
    "NN",
    "NE",
    "NNA",
    "FM",
    "ADJA",
    "TRUNC",
    "CARD",
    "und",
    "oder",
    "sowie",
    "als",
    "bis",
    "wie",
}
# Words after the finite verb that may be the subject, so that the noun before the verb may be an object.
_OTHER_SUBJECT = {"PPER", "PIS", "PDS", "ART", "NE", "PPOSAT", "PIAT", "PDAT"}
# First words of a dependent clause (which ends in its verb) and what stands before the verb of one.
_DEPENDENT = {"KOUS", "KOUI", "KOKOM", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"}
_BEFORE_FINAL_VERB = {"ADJD", "ADV", "PTKNEG", "VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU"}
# A stretch of words two result clauses share is duplicated content when it has this many words or two finite
# verbs (a clause said twice); a repeated subject or verb frame ("Die Besucher können ...") is shorter.
_LONG_REPEAT = 13
_MIN_REPEAT = 4
# Finite verbs and imperatives: what makes a clause a sentence.
_SENTENCE_VERBS = FINITE | {"VVIMP", "VAIMP"}
# Articles a preposition cannot govern: accusative prepositions never take "der"/"dem", dative ones never
# "die"/"das" ("für der Politik", "mit die Kinder").
_ACCUSATIVE = ("der", "dem", "des")
_DATIVE = ("die", "das", "des")
_CASES = {
    **dict.fromkeys(("für", "durch", "gegen", "ohne"), _ACCUSATIVE),
    **dict.fromkeys(("mit", "nach", "bei", "seit", "von", "zu", "aus"), _DATIVE),
}
# Determiners of a subject: after "wurde" they open a second subject ("wurde das Wahlrecht eingeführt").
_NOMINATIVE = {"der", "die", "das", "ein", "eine", "jeder", "jede", "jedes"}
_RANGE_STARTS = {"von", "vom", "ab", "zwischen"}
_PERSON_PRONOUNS = {"ich", "du", "er", "sie", "wir", "ihr", "man", "jemand", "wer"}


def sane(before: Sequence[Token], after: Sequence[Sequence[Token]]) -> bool:
    """True when the clauses a sentence rule made of ``before`` are not garbled."""
    return any(after) and next(problems(before, after), None) is None


def problems(before: Sequence[Token], after: Sequence[Sequence[Token]]) -> Iterator[tuple[int, str]]:
    """Why the clauses ``after`` made of ``before`` are garbled: (index of the clause in ``after``, reason).

    Computed lazily, cheapest checks first: the gate stops at the first problem.
    """
    known: set[Defect] | None = None
    for index, clause in enumerate(after):
        if not clause:
            continue
        found = defects(clause, before)
        if found:
            known = defects(before, before) if known is None else known
            for defect in sorted(found - known):
                yield index, ": ".join(defect)
    for index, clause in enumerate(after):
        if (equated := wellformed.equated_members(before, clause)) is not None:
            yield index, ": ".join(equated)
        if (changed := wellformed.number_changed(before, clause)) is not None:
            yield index, ": ".join(changed)
    if (torn := wellformed.list_torn(before, after)) is not None:
        yield 0, ": ".join(torn)
    if (index := _duplicated(after)) is not None:
        yield index, "content said twice"
    if (index := _object_left_behind(before, after)) is not None:
        yield index, "object of coordinated verbs left behind"
    if (index := _range_torn(before, after)) is not None:
        yield index, "range 'von ... bis' torn apart"
    if (index := _slash_torn(before, after)) is not None:
        yield index, "words joined by a slash torn apart"
    if (index := _negation_lost(before, after)) is not None:
        yield index, "negated 'dass' clause made a statement"
    if (index := _bad_wish(before, after)) is not None:
        yield index, "'um ... zu' made 'will' for a subject that cannot want"


def defects(clause: Sequence[Token], source: Sequence[Token] = ()) -> set[Defect]:
    """What is wrong with one clause, each defect with the words it concerns.

    ``source``: the clause a rule rewrote, whose articles show the gender of its nouns ("die Höhe").
    """
    if not clause:
        return set()
    found = {*_agreement(clause), *_relatives(clause), *_verb_forms(clause), *_modal_alone(clause)}
    found |= wellformed.defects(clause)
    found |= set(_particles(clause))
    found |= {*_order(clause), *_noun_phrases(clause, source)}
    if not _has_finite(clause) and not _exempt(clause):
        found.add(("no finite verb",))
    return found


def _exempt(clause: Sequence[Token]) -> bool:
    """A list item ("- Karfreitag") or a lead line ("Das sind die Feiertage:") needs no finite verb."""
    return clause[0].lemma == BULLET or clause[-1].lemma == LEAD_COLON or clause[-1].text == ":"


def _has_finite(clause: Sequence[Token]) -> bool:
    return any(t.pos in _SENTENCE_VERBS for t in clause)


def _agreement(clause: Sequence[Token]) -> Iterator[Defect]:
    """A singular pronoun subject next to a finite verb that cannot agree with it ("kaufen man")."""
    for index, token in enumerate(clause):
        pronoun = token.text.lower()
        if pronoun not in {"man", "er", "ich", "du"} or token.pos not in {"PPER", "PIS"}:
            continue
        for side, beyond in ((index - 1, index + 1), (index + 1, index - 1)):
            if not 0 <= side < len(clause) or clause[side].pos not in FINITE:
                continue
            if 0 <= beyond < len(clause) and (clause[beyond].pos == "KON" or clause[beyond].text == ","):
                continue  # a coordinated subject: "Dann kaufen er und sie", "Sie und er kaufen"
            if _disagrees(pronoun, clause[side].text.lower()):
                yield ("agreement", pronoun, clause[side].text.lower())


def _disagrees(pronoun: str, verb: str) -> bool:
    if pronoun == "ich":
        return verb.endswith(_PLURAL_ENDINGS) or verb in _NOT_FIRST
    if pronoun == "du":
        return verb.endswith(_PLURAL_ENDINGS) or verb in _NOT_SECOND
    return verb.endswith(_PLURAL_ENDINGS) or verb in _NOT_THIRD


def _relatives(clause: Sequence[Token]) -> Iterator[Defect]:
    """A clause opening with a relative or interrogative pronoun before a noun ("Was Rollbewegung fällt"),
    or a relative pronoun straight after a verb ("erwies das sich")."""
    if len(clause) > 1 and clause[1].pos in NOUNS | {"ADJA"}:
        first = clause[0]
        if first.text.lower() in {"was", "wer", "wem", "wen"} or first.pos in {"PRELS", "PRELAT"}:
            yield ("relative at start", first.text.lower(), clause[1].text)
    for index in range(1, len(clause)):
        token, previous = clause[index], clause[index - 1]
        if token.pos in {"PRELS", "PRELAT"} and previous.pos.startswith("V"):
            yield ("relative after verb", previous.text, token.text)


def _modal_alone(clause: Sequence[Token]) -> Iterator[Defect]:
    """A modal verb with no infinitive in its clause ("Sie kann auch zur Erzeugung von Strom")."""
    if any(t.pos == "VMFIN" for t in clause) and not any(t.pos in _INFINITIVES for t in clause):
        # HanTa tags an infinitive at the end of the clause finite at times ("... beim Wahlamt melden")
        last = next((t for t in reversed(clause) if any(c.isalnum() for c in t.text)), clause[-1])
        if last.pos != "VVFIN" or not last.text.endswith(_PLURAL_ENDINGS):
            yield ("modal verb without infinitive",)


def _verb_forms(clause: Sequence[Token]) -> Iterator[Defect]:
    """Verb tokens no rewrite may leave: a verb in capitals inside the clause ("Gott Ihr"), an auxiliary
    or modal whose conjunct lost its verb ("Sie werden und Gott ..."), an unsplit separable verb
    before the end of its clause ("Danach niederlässt er sich")."""
    for index, token in enumerate(clause):
        if not token.pos.startswith("V"):
            continue
        following = clause[index + 1] if index + 1 < len(clause) else None
        if index and token.text[:1].isupper() and clause[index - 1].text not in {":", "„", "(", "–", '"'}:
            yield ("verb in capitals", token.text)
        if (
            token.pos in {"VAFIN", "VMFIN"}
            and following is not None
            and following.text in {"und", "oder"}
            and index + 2 < len(clause)
            and not clause[index + 2].pos.startswith("V")
        ):
            yield ("auxiliary without verb", token.text)
        if token.pos in FINITE and following is not None and following.pos in FINITE:
            yield ("two finite verbs", token.text, following.text)
        ending = following is None or following.text in _CLAUSE_ENDS
        if token.pos in FINITE and not ending and (particle := _particle(token)) is not None:
            yield ("unsplit separable verb", token.text, particle)


def _particles(clause: Sequence[Token]) -> Iterator[Defect]:
    """Particles left in the wrong place: "zu" with no infinitive after it ("lichten Anker zu"), a separable
    particle after a comma ("..., zu"), a separable verb split at the wrong place ("hergehen ... ein")."""
    for index, token in enumerate(clause):
        following = clause[index + 1] if index + 1 < len(clause) else None
        if token.pos == "PTKZU" and (following is None or not following.pos.startswith("V")):
            yield ("zu without infinitive", token.text)
        particle = token.pos == "PTKVZ" or (following is None and token.text.lower() in _particle_words())
        if particle and index and clause[index - 1].text == ",":
            # after a parenthesis ("nimmt die Fläche, dort ist es warm, zu") it belongs to the first verb
            verb = next((t.text for t in clause if t.pos in FINITE), "")
            yield ("particle after a comma", token.text, verb)
    particles = {t.text.lower() for t in clause if t.pos == "PTKVZ"}
    for verb in clause:
        if verb.pos not in FINITE or not particles:
            continue
        lemma, text = verb.lemma.lower(), verb.text.lower()
        for particle in mapping("rewrite/sanity_particles.tsv"):
            cut = next((p for p in particles if particle.startswith(p) and p != particle), None)
            if cut and lemma.startswith(particle) and text.startswith(particle[len(cut) :]):
                yield ("separable verb split in the wrong place", cut, verb.text)


@cache
def _particle_words() -> frozenset[str]:
    """Separable particles of rewrite/separable.tsv and rewrite/sanity_particles.tsv (HanTa tags a lone "zu"
    ADV)."""
    return frozenset(mapping("rewrite/separable.tsv")) | frozenset(mapping("rewrite/sanity_particles.tsv"))


def _order(clause: Sequence[Token]) -> Iterator[Defect]:
    """Word order of a subordinate clause where a main clause belongs: a clause opening with a subordinating
    conjunction whose verb is not at the end ("Während die Männer bleiben ..."), a main clause whose finite
    verb comes last after other words ("Die Abgeordneten unabhängiger sind")."""
    segments = _segments(clause)
    first = clause[segments[0][0] : segments[0][1]]
    if clause[0].pos == "KOUS" and not first[-1].pos.startswith("V"):
        yield ("subordinate clause without its verb at the end", clause[0].text.lower())
    for start, end in segments:
        segment = clause[start:end]
        if len(segment) < 3 or any(t.pos in _DEPENDENT for t in segment[:2]):
            continue
        finite = [t for t in segment if t.pos in FINITE]
        if finite == [segment[-1]] and segment[-2].pos in _BEFORE_FINAL_VERB:
            yield ("main clause with its verb at the end", segment[-2].text, segment[-1].text)


def _segments(clause: Sequence[Token]) -> list[tuple[int, int]]:
    """(start, end) of the parts of a clause between top-level commas, colons and semicolons."""
    flags = top_level(clause)
    cuts = [i for i, t in enumerate(clause) if flags[i] and t.text in _BOUNDARIES]
    bounds = [-1, *cuts, len(clause)]
    return [(a + 1, b) for a, b in pairwise(bounds) if b > a + 1] or [(0, len(clause))]


def _particle(verb: Token) -> str | None:
    """The separable particle a finite verb still begins with ("niederlässt" -> "nieder")."""
    lemma, text = verb.lemma.lower(), verb.text.lower()
    if lemma in mapping("rewrite/inseparable.tsv"):
        return None
    for particle in mapping("rewrite/sanity_particles.tsv"):
        if lemma.startswith(particle) and text.startswith(particle) and len(lemma) > len(particle) + 2:
            return particle
    return None


def _noun_phrases(clause: Sequence[Token], source: Sequence[Token]) -> Iterator[Defect]:
    """Articles that cannot go with their noun or preposition, a subject that cannot agree with its verb,
    a clause that ends in half a word ("Temperatur-")."""
    if (subject := _subject_agreement(clause, source)) is not None:
        yield subject
    if (second := _second_subject(clause)) is not None:
        yield second
    for index in range(len(clause) - 1):
        preposition, article = clause[index].text.lower(), clause[index + 1]
        if article.pos == "ART" and article.text.lower() in _CASES.get(preposition, ()):
            yield ("case after preposition", preposition, article.text.lower())
    for index, token in enumerate(clause):
        if (
            token.pos == "ADJA"
            and token.text[:1].islower()
            and _after_brackets(clause, index + 1) not in _AFTER_ADJECTIVE
        ):
            yield ("adjective without its noun", token.text)
    if clause[-1].pos == "TRUNC":
        yield ("half a word at the end", clause[-1].text)


def _after_brackets(clause: Sequence[Token], index: int) -> str:
    """The tag of the first token from ``index`` on outside brackets ("" at the end of the clause); a
    conjunction counts by its text ("und", "als": HanTa tags it as a preposition too)."""
    depth = 0
    for token in clause[index:]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(depth - 1, 0)
        elif not depth:
            return token.text.lower() if token.pos in {"KON", "KOKOM", "APPR"} else token.pos
    return ""


def _subject_agreement(clause: Sequence[Token], source: Sequence[Token]) -> Defect | None:
    """A subject at the start (article, adjectives, noun) before the finite verb that cannot go together:
    "Der Höhe sollte" (a feminine noun after "Der" or "Das"), "Die Niederschlägen kann" (a plural noun
    with a singular verb), "Die Zeit wurden" (a feminine singular noun with a plural verb)."""
    if len(clause) < 3 or clause[0].text not in {"Der", "Das", "Die"} or clause[0].pos != "ART":
        return None
    index = 1
    while index < len(clause) and clause[index].pos == "ADJA":
        index += 1
    if index + 1 >= len(clause) or clause[index].pos != "NN" or clause[index + 1].pos not in FINITE:
        return None
    if index + 2 < len(clause) and clause[index + 2].pos in _OTHER_SUBJECT:
        return None  # the noun may be a fronted object: "Die Dinge habe ich gesagt"
    article, noun, verb = clause[0].text, clause[index], clause[index + 1].text.lower()
    plural_verb = verb.endswith(_PLURAL_ENDINGS) or verb == "sind"
    singular = noun.text.lower() == noun.lemma.lower()  # feminine nouns do not inflect in the singular
    if article != "Die" and singular and (_feminine(noun) or _after_die(noun, source)):
        if _as_in_source(clause[: index + 1], source):
            return None  # a fronted dative the source has too: "Der Jury gehören … an"
        return ("subject", article, noun.text, verb)
    if article == "Die" and singular and _feminine(noun) and plural_verb:
        return ("subject", article, noun.text, verb)
    if article == "Die" and not singular and noun.lemma[:1].isupper() and not plural_verb:
        return ("subject", article, noun.text, verb)
    return None


def _second_subject(clause: Sequence[Token]) -> Defect | None:
    """A passive clause with a second subject after its auxiliary: "Die Rassentrennung wurde das Wahlrecht
    eingeführt" (a shared subject put before a conjunct that had its own)."""
    if len(clause) < 5 or clause[-1].pos != "VVPP" or clause[0].pos not in {"ART", "PIAT", "PPOSAT"}:
        return None
    index = 1
    while index < len(clause) and clause[index].pos == "ADJA":
        index += 1
    if index + 2 >= len(clause) or clause[index].pos != "NN":
        return None
    verb, article = clause[index + 1], clause[index + 2]
    if verb.pos != "VAFIN" or verb.lemma != "werden" or article.text.lower() not in _NOMINATIVE:
        return None
    return ("second subject", verb.text, article.text.lower())


def _duplicated(clauses: Sequence[Sequence[Token]]) -> int | None:
    """The clause that is the same as an earlier one or shares a long stretch of words with it (a list or a
    clause said twice)."""
    texts = [[t.text.lower() for t in clause] for clause in clauses]
    for second in range(1, len(texts)):
        for first in range(second):
            if texts[second] and texts[first] == texts[second]:
                return second
            if len(set(texts[first]) & set(texts[second])) < _MIN_REPEAT:
                continue  # no run of shared words can be long enough
            if any(
                _repeated(clauses[first][start:end]) for start, end in _shared(texts[first], texts[second])
            ):
                return second
    return None


def _shared(first: list[str], second: list[str]) -> Iterator[tuple[int, int]]:
    """Maximal runs of ``first`` (start, end) that also occur in ``second``, at least _MIN_REPEAT long."""
    previous = [0] * (len(second) + 1)
    for i, text in enumerate(first, 1):
        current = [0] * (len(second) + 1)
        for j, other in enumerate(second, 1):
            if text == other:
                current[j] = previous[j - 1] + 1
        for j, length in enumerate(current):
            ended = i == len(first) or j == len(second) or first[i] != second[j]
            if length >= _MIN_REPEAT and ended:
                yield i - length, i
        previous = current


def _repeated(stretch: Sequence[Token]) -> bool:
    """A shared stretch that is duplicated content, not a repeated subject or verb frame."""
    count = sum(1 for t in stretch if any(c.isalnum() for c in t.text))
    return count >= _LONG_REPEAT or sum(1 for t in stretch if t.pos in FINITE) >= 2


def _object_left_behind(before: Sequence[Token], clauses: Sequence[Sequence[Token]]) -> int | None:
    """The clause that is subject and verb alone ("Die Speisen prägen") where coordinated verbs shared their
    object ("prägen und ergänzen die Küche")."""
    for position, clause in enumerate(clauses):
        last = clause[-1] if clause else None
        if last is None or last.pos not in FINITE:
            continue
        if any(t.pos.startswith("V") or t.text in _BOUNDARIES for t in clause[:-1]):
            continue
        for index in range(len(before) - 3):
            if (
                before[index].text == last.text
                and before[index].pos in FINITE
                and before[index + 1].text in {"und", "oder"}
                and before[index + 2].pos in FINITE
                and before[index + 3].pos != "PRF"  # "wimmelt und löst sich auf": nothing shared
                and any(c.isalnum() for c in before[index + 3].text)
            ):
                return position
    return None


def _range_torn(before: Sequence[Token], clauses: Sequence[Sequence[Token]]) -> int | None:
    """The clause that has the "bis" of a range without its "von" ("Das ist bis maximal 57.000 Jahren" made
    of "von 300 bis maximal 57.000 Jahren"); a range is known by the word after "bis"."""
    ranges = {end for end, started in _ranges(before).items() if started}
    if not ranges:
        return None
    for position, clause in enumerate(clauses):
        if {end for end, started in _ranges(clause).items() if not started} & ranges:
            return position
    return None


def _slash_torn(before: Sequence[Token], clauses: Sequence[Sequence[Token]]) -> int | None:
    """The clause that has a word of a slash pair without the pair ("Das ist im Juli." and "... oder August"
    made of "im Juli/August"; "Nr. 7/9", "90/Die Grünen"): a slash joins what it stands between."""
    pairs = _slash_pairs(before)
    if not pairs:
        return None
    for position, clause in enumerate(clauses):
        words = {t.text for t in clause}
        kept = _slash_pairs(clause)
        if any((a in words or b in words) and (a, b) not in kept for a, b in pairs):
            return position
    return None


def _slash_pairs(tokens: Sequence[Token]) -> set[tuple[str, str]]:
    """The words on both sides of each "/" token."""
    return {
        (tokens[i - 1].text, tokens[i + 1].text) for i in range(1, len(tokens) - 1) if tokens[i].text == "/"
    }


def _ranges(tokens: Sequence[Token]) -> dict[str, bool]:
    """For each "bis" (keyed by the word after it): whether "von", "ab" or "zwischen" is close before it."""
    return {
        tokens[index + 1].text: any(
            t.text.lower() in _RANGE_STARTS for t in tokens[max(0, index - 5) : index]
        )
        for index in range(len(tokens) - 1)
        if tokens[index].text == "bis"
    }


def _negation_lost(before: Sequence[Token], clauses: Sequence[Sequence[Token]]) -> int | None:
    """A "dass" clause after a negated or doubting main clause ("Es gibt keine Belege, dass ...") became a
    statement of its own: the result says the opposite."""
    governed = None
    for index, token in enumerate(before[:-1]):
        if token.text.lower() == "dass" and any(
            _negates(t) for t in before[_clause_start(before, index) : index]
        ):
            governed = before[index + 1].text
            break
    if governed is None:
        return None
    kept = sum(1 for clause in clauses for t in clause if t.text.lower() == "dass")
    total = sum(1 for t in before if t.text.lower() == "dass")
    # a rule that says the negation itself ("ohne dass X" -> "Dabei ... nicht X") adds a negation word
    added = sum(_negation_word(t) for c in clauses for t in c) > sum(_negation_word(t) for t in before)
    if kept >= total or added:
        return None
    return next((i for i, c in enumerate(clauses) if any(t.text == governed for t in c)), 0)


def _clause_start(tokens: Sequence[Token], index: int) -> int:
    """Start of the clause before a conjunction at ``index`` ("Es gibt keine Belege, dass ..." -> 0)."""
    end = index - 1 if index and tokens[index - 1].text == "," else index
    return next((i + 1 for i in range(end - 1, -1, -1) if tokens[i].text in _BOUNDARIES), 0)


def _negation_word(token: Token) -> bool:
    return token.pos == "PTKNEG" or token.text.lower().startswith("kein")


def _negates(token: Token) -> bool:
    words = _negators()
    text, lemma = token.text.lower(), token.lemma.lower()
    return text in words[0] or lemma in words[0] or any(part in lemma for part in words[1])


@cache
def _negators() -> tuple[frozenset[str], tuple[str, ...]]:
    """Whole words and lemma parts of rewrite/sanity_negators.tsv."""
    entries = mapping("rewrite/sanity_negators.tsv")
    return (
        frozenset(w for w in entries if not w.startswith("*")),
        tuple(w[1:] for w in entries if w.startswith("*")),
    )


def _bad_wish(before: Sequence[Token], clauses: Sequence[Sequence[Token]]) -> int | None:
    """A purpose clause ("..., um ... zu ...") became "X will ..." although the main clause is passive or
    negated, or X is no person, group or organisation ("Die Klinge will die Schärfe erhalten")."""
    wishes = [i for i, c in enumerate(clauses) for t in c if _wish(t)]
    if len(wishes) <= sum(1 for t in before if _wish(t)):
        return None
    start = next((i for i, t in enumerate(before) if t.text.lower() == "um"), None)
    if start is None:
        return None
    main = before[_clause_start(before, start) : start]
    passive = any(t.lemma == "werden" for t in main) and any(t.pos == "VVPP" for t in main)
    if passive or any(_negation_word(t) for t in main):
        return wishes[-1]
    return next((i for i in wishes if not _agent(_subject(clauses[i]))), None)


def _wish(token: Token) -> bool:
    return token.lemma == "wollen" and token.pos == "VMFIN"


def _subject(clause: Sequence[Token]) -> Sequence[Token]:
    """The words before the finite verb of a "X will ..." clause."""
    verb = next((i for i, t in enumerate(clause) if _wish(t)), 0)
    flags = top_level(clause)
    return [t for t, flag in zip(clause[:verb], flags[:verb], strict=True) if flag]


def _agent(subject: Sequence[Token]) -> bool:
    """A subject that can want something: a person pronoun, a name, a person or organisation noun."""
    for token in subject:
        if token.text.lower() in _PERSON_PRONOUNS and token.pos in {"PPER", "PIS", "PWS"}:
            return True
        if token.pos == "NE" or (token.pos == "NN" and _agent_noun(token)):
            return True
    return False


def _agent_noun(noun: Token) -> bool:
    agents = mapping("rewrite/sanity_agents.tsv")
    lemma = noun.lemma.lower()
    last = noun.compound_parts[-1] if noun.compound_parts else lemma
    if lemma in agents or last in agents or any(label == "SUF_FEM" for _m, label in noun.morphemes):
        return True
    return any(lemma.endswith(a) for a in agents if len(a) >= 5)


def _feminine(noun: Token) -> bool:
    """Feminine by an ending ("-ung") or the whole last compound part ("Hauptstadt") of rewrite/feminine.tsv.

    Stricter than the genitive rule's test: no guess that nouns in -e are feminine ("Der Vorsitzende",
    "Das Interesse") and no word that merely ends like one ("Der Aufwand", "Der Start").
    """
    lower = noun.text.lower()
    last = noun.compound_parts[-1] if noun.compound_parts else lower
    exceptions = mapping("rewrite/not_feminine.tsv")
    if lower in exceptions or last in exceptions:
        return False
    table = mapping("rewrite/feminine.tsv")
    return last in table or any(lower.endswith(w[1:]) for w in table if w.startswith("-"))


def _as_in_source(phrase: Sequence[Token], source: Sequence[Token]) -> bool:
    """Whether the source has the same words in a row (the article's case ignored): no rule made them."""
    words = [token.text.lower() for token in phrase]
    texts = [token.text.lower() for token in source]
    return any(texts[i : i + len(words)] == words for i in range(len(texts) - len(words) + 1))


def _after_die(noun: Token, source: Sequence[Token]) -> bool:
    """True when the source has the noun after "die" or "eine" and it looks feminine ("die Höhe"): its
    article shows it is feminine (or plural), whatever its ending."""
    for index, token in enumerate(source):
        if token.text != noun.text or not feminine(token):
            continue
        start = index - 1
        while start > 0 and source[start].pos == "ADJA":
            start -= 1
        if start >= 0 and source[start].text.lower() in {"die", "eine"} and source[start].pos == "ART":
            return True
    return False
