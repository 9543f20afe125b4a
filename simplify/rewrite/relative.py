"""Rule S3 for relative clauses: the relative clause becomes its own sentence that repeats the noun.

"Der Bürgermeister, der seit 2010 im Amt ist, eröffnet das Fest."
-> "Der Bürgermeister eröffnet das Fest. Der Bürgermeister ist seit 2010 im Amt."
"Die Stadt lädt zum Fest ein, zu dem 30.000 Gäste kommen." -> "... Zu dem Fest kommen 30.000 Gäste."
"Das Land hat den Umbau gefördert, was 70 Prozent der Kosten entspricht." -> "Das Land hat den Umbau
gefördert." + "Das entspricht 70 Prozent der Kosten."
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.lexicon import mapping
from simplify.rewrite import evidence, restrictive
from simplify.rewrite.clauses import (
    RELATIVE_FORMS,
    coordinated,
    dependent,
    extent,
    join,
    nominative,
    segments,
    well_formed,
)
from simplify.rewrite.genitive import feminine
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import (
    Tokens,
    as_finite,
    chunk,
    finite_index,
    inflected,
    initial,
    is_finite,
    separable,
    spaced,
    verb_second,
    word,
)

# Tokens that close the verb bracket: a relative clause after them refers to a noun further left.
BRACKET_CLOSERS = {"VVPP", "VVINF", "VAINF", "VMINF", "VAPP", "PTKVZ", "ADJD", "VVIZU"}
# How far back (in tokens) a noun may stand when the relative clause follows the verb bracket.
LOOKBACK = 5
# The possessive that replaces a relative "deren"/"dessen" (+ "e" for feminine and plural nouns).
POSSESSIVES = {"deren": "Ihr", "dessen": "Sein"}
# Tags of the words a relative clause may skip to reach its noun ("im Jahr 1999", "in der Stadt").
PHRASE_TAGS = {"APPR", "APPRART", "ART", "ADJA", "CARD", "NN", "NE"}


@rule("S3.relative", kind="sentence", splits=True)
def relative(clause: Tokens) -> list[Tokens] | None:
    """S3: "NOUN, der ... VERB" -> a sentence about NOUN; "NOUN, in der ... VERB" -> "In der NOUN ..."."""
    if clause and (is_finite(clause[0]) or clause[0].pos in {"PWS", "PWAV", "PWAT"}):
        return None  # a question ("Könnt ihr den Becher trinken, den ich trinke?") stays one sentence
    spans = segments(clause)
    for k in range(1, len(spans)):
        start = spans[k][0]
        if spans[k][1] - start < 2:
            continue
        last = extent(clause, spans, k)
        if clause[start - 1].text != "," or last is None or spans[last][1] - start < 3:
            continue
        end = spans[last][1]
        if last + 1 < len(spans) and clause[end].text != ",":
            continue
        preposition: Tokens = []
        pronoun_at = start
        if clause[start].pos == "APPR" and clause[start + 1].text.lower() in RELATIVE_FORMS:
            preposition = [replace(clause[start], space_after=True)]
            pronoun_at = start + 1
        elif clause[start].pos != "PRELS" and not (
            clause[start].pos == "ART" and clause[start].text in {"der", "die", "das"}
        ):
            continue
        pronoun = clause[pronoun_at].text.lower()
        antecedent = _antecedent(clause[: start - 1], pronoun, strict=clause[pronoun_at].pos == "ART")
        if (
            antecedent is None
            and preposition
            and preposition[0].text == "von"
            and pronoun in {"denen", "dem"}
        ):
            # "1,8 Millionen Euro, von denen 40 Prozent ..." -> "Davon ..."
            antecedent, preposition = [word("Davon", "PROAV", "davon")], []
        if antecedent is None and pronoun == "die" and not preposition:
            antecedent = _head_before_names(clause[: start - 1], clause[end - 1])
        if antecedent is None:
            continue
        before = clause[: start - 1]
        body = clause[pronoun_at + 1 : end]
        head = _head_index(before, antecedent)
        after = clause[end + 1 :] if last + 1 < len(spans) else []
        found = evidence.judge(before, head, pronoun, preposition, body, after) if head is not None else None
        if head is not None and found is None:
            other = evidence.candidate(before, pronoun, preposition, body) if _bracket(before) else None
            if other is None:
                continue
            head, found = other
            article = word("den" if pronoun == "denen" else pronoun, "ART", "der")
            antecedent = [article, replace(before[head], space_after=True)]
        joined = head is not None and any(
            t.text in {"und", "oder", "sowie"} for t in before[evidence.phrase_start(before, head) : head]
        )
        if found is not None and joined and not any(t.text in {"und", "oder", "sowie"} for t in antecedent):
            continue  # "Breslau und Coventry, die beide ...": never only "Coventry"
        if found is not None and found.restrictive:
            if last + 1 < len(spans) and dependent(clause, *spans[last + 1]):
                continue
            rest = clause[end + 1 :] if last + 1 < len(spans) else []
            out = restrictive.rewrite(before, head, found, body, rest)
            if out and all(well_formed(c) for c in out):
                return out
            continue
        if found is not None and found.kind == "name" and before[head].pos == "NN":
            # "Laura Schaller, die ..." -> "Laura Schaller ...", never "Die Schaller ..."
            name = before[evidence.phrase_start(before, head) : head + 1]
            antecedent = [replace(t, space_after=True) for t in name if not _title(t)]
        elif found is not None:
            antecedent = evidence.repeated(antecedent, before[head], found)
        out = _split(clause, spans, k, last, [*preposition, *antecedent], body)
        if out:
            return out
    return None


def _split(
    clause: Tokens, spans: list[tuple[int, int]], k: int, last: int, noun: Tokens, body: Tokens
) -> list[Tokens] | None:
    """The main clause without the relative clause, then one sentence per coordinated verb about ``noun``."""
    start, end = spans[k][0], spans[last][1]
    sentences = []
    for part in coordinated(body):
        if any(is_finite(t) or t.text in {":", ";"} for t in part[:-1]):
            return None
        verb = as_finite(part[-1])
        split = separable(verb) if verb.pos == "VVFIN" else None
        verb_token = replace(verb, text=split[0] if split else verb.text, space_after=True)
        particle = [Token(split[1], "PTKVZ", split[1])] if split else []
        middle = spaced(part[:-1]) if particle else part[:-1]
        sentence = [*initial(noun), verb_token, *middle, *particle]
        sentences.append([*sentence[:-1], replace(sentence[-1], space_after=False)])
    while last + 1 < len(spans) and dependent(clause, *spans[last + 1]):
        last += 1
    if last > k:
        # a clause depending on this one goes with it ("mit dem Menschen geehrt werden, die ...")
        sentences[-1] = [*sentences[-1], *clause[end : spans[last][1]]]
    rest = clause[spans[last][1] + 1 :] if last + 1 < len(spans) else []
    if rest and _own_verb(clause[: start - 1], rest):
        return None  # ", die ... ermöglichen, sie fördern und unterstützen": the clause goes on
    main = join(clause[: start - 1], rest)
    out = [main, *sentences]
    return out if sentences and all(well_formed(c) for c in out) else None


def _own_verb(before: Sequence[Token], rest: Sequence[Token]) -> bool:
    """What follows the relative clause has a verb the main clause cannot take: it continues the clause."""
    finite = [t for t in before if is_finite(t)]
    if not finite or any(t.pos in {"PRELS", "KOUS"} for t in before):
        return False  # no main verb yet, or an outer clause whose verb follows
    if any(is_finite(t) for t in rest):
        return True
    return finite[0].pos == "VVFIN" and any(t.pos in {"VVINF", "VAINF", "VMINF"} for t in rest)


def _title(token: Token) -> bool:
    """An academic title before a name ("Dr.", "Prof.")."""
    return token.text.endswith(".") and token.pos in {"NN", "NE"}


def _bracket(before: Sequence[Token]) -> bool:
    """The clause before ends with its verb bracket ("... Wohngeld beziehen, die ...")."""
    return bool(before) and before[-1].pos in BRACKET_CLOSERS


def _head_index(before: Sequence[Token], antecedent: Sequence[Token]) -> int | None:
    """Where the noun the antecedent repeats stands in ``before`` (None for "Davon")."""
    last = antecedent[-1]
    if last.pos not in {"NN", "NE", "NNA"}:
        return None
    return next(
        (
            i
            for i in range(len(before) - 1, -1, -1)
            if (before[i].lemma, before[i].pos) == (last.lemma, last.pos)
        ),
        None,
    )


def _agrees(noun: Token, pronoun: str) -> bool:
    """Whether a relative pronoun can refer to the noun (gender and number by heuristics)."""
    plural = inflected(noun)
    if pronoun == "die":
        return True  # feminine, or a plural that looks like the singular (Eltern, Bürger)
    if pronoun == "denen":
        return plural
    if pronoun in {"das", "dem", "den"}:
        return not feminine(noun) or (plural and pronoun == "den")
    return not plural  # "der": masculine nominative or feminine dative


def _agrees_far(before: Sequence[Token], index: int, pronoun: str) -> bool:
    """Agreement for a noun further back: "das" needs a neuter article ("das Baubüro am Rand, das ...")."""
    if not _agrees(before[index], pronoun):
        return False
    if pronoun != "das":
        return True
    tags = {"ART", "APPRART", "PDAT", "PIAT", "PPOSAT"}
    article = next((t for t in reversed(before[:index]) if t.pos in tags), None)
    return article is not None and article.text.lower() in {"das", "ein", "dieses", "kein", "jedes"}


def _antecedent(before: Sequence[Token], pronoun: str, *, strict: bool = False) -> Tokens | None:
    """The noun a relative pronoun refers to, in the pronoun's case: ``Stadt`` + ``die`` -> ``die Stadt``."""
    if not before:
        return None
    index = len(before) - 1
    if before[index].pos in BRACKET_CLOSERS:
        window = range(index - 1, max(-1, index - LOOKBACK - 1), -1)
        index = next((i for i in window if before[i].pos == "NN" and _agrees_far(before, i, pronoun)), -1)
        if index < 0 and pronoun == "das":
            return _place(before, window)
        if index < 0 or any(t.text == "," or is_finite(t) for t in before[index + 1 :]):
            return None
    last = before[index]
    if last.pos == "NE":
        names = _names(before[: index + 1])
        if names and index - len(names) >= 0 and before[index - len(names)].pos in {"APPR", "APPRART"}:
            return None  # "die Partnerschaft mit Arnstadt in Thüringen, die ..." refers to the head noun
        at = index - len(_run(before[: index + 1]))
        if names is None and at >= 0 and before[at].pos == "NN" and _agrees(before[at], pronoun):
            # "zur Stadt Izmit, die ..." -> "die Stadt Izmit"
            article = word("den" if pronoun == "denen" else pronoun, "ART", "der")
            return [article, replace(before[at], space_after=True), *_run(before[: index + 1])]
        return names
    if last.pos in {"NN", "NNA"} and not _agrees(last, pronoun):
        # "das Kita-Portal der Stadt, das ...": the noun before a genitive attribute
        at = index - 1
        while at >= 0 and before[at].pos in {"ADJA", "ART"} and before[at].text not in {"der", "des"}:
            at -= 1
        if at >= 1 and before[at].text in {"der", "des"} and before[at - 1].pos == "NN":
            last = before[at - 1]
            index = at - 1
    if last.pos == "CARD" or (last.pos in {"NN", "NNA"} and not _agrees(last, pronoun)):
        # "nach dem Erdbeben im Jahr 1999, bei dem ...": the noun before a phrase of place or time
        for at in range(index - 1, max(-1, index - LOOKBACK - 2), -1):
            if before[at].pos not in PHRASE_TAGS:
                break
            if (
                before[at].pos == "NN"
                and _agrees_far(before, at, pronoun)
                and before[at + 1].pos in {"APPR", "APPRART"}
            ):
                last, index = before[at], at
                break
    if last.pos not in {"NN", "NNA"} or not _agrees(last, pronoun):
        return None
    if strict and pronoun == "die" and not (inflected(last) or feminine(last)):
        return None  # a "die" tagged as article: only where gender or number make it a pronoun
    truncated = _truncated(before, index)
    if truncated:
        # "die Restmüll-, Bio- und Papiertonnen, die ...": one noun with shared parts
        return [word(pronoun, "ART", "der"), *truncated, replace(last, space_after=True)]
    if index > 0 and before[index - 1].pos == "KON":
        pair = _gender_pair(before, index)
        if pair and pronoun in {"die", "denen"}:
            article = word("den" if pronoun == "denen" else "die", "ART", "der")
            return [article, *pair[:-1], replace(pair[-1], space_after=True)]
        head = _list_head(before, index, pronoun)
        if head is not None:
            return [word(pronoun, "ART", "der"), replace(head, space_after=True)]
        return None  # "die Restmüll-, Bio- und Papiertonnen, die ...": the noun is one of several
    plural = inflected(last)
    if plural and pronoun not in {"die", "denen"}:
        return None
    noun = last.text
    if pronoun == "denen" and not noun.endswith(("n", "s")):
        noun += "n"
    elif (
        plural
        and index > 0
        and before[index - 1].text == "den"
        and noun not in {last.lemma + "n", last.lemma + "en"}
    ):
        return None
    elif plural and pronoun == "die" and noun == last.lemma + "n" and last.lemma.endswith(("er", "el")):
        noun = last.lemma  # dative plural "den Helfern" -> "die Helfer"
    article = "den" if pronoun == "denen" else pronoun
    return [word(article, "ART", "der"), replace(last, text=noun, space_after=True)]


def _truncated(before: Sequence[Token], index: int) -> Tokens:
    """The truncated parts before the noun at ``index`` ("Restmüll-, Bio- und"), or [] when there are none."""
    at = index - 1
    while at >= 0 and (before[at].pos == "TRUNC" or before[at].text in {",", "und", "oder"}):
        at -= 1
    parts = list(before[at + 1 : index])
    if not parts or parts[0].pos != "TRUNC" or parts[-1].text not in {"und", "oder"}:
        return []
    return [replace(t, space_after=True) for t in parts]


def _list_head(before: Sequence[Token], index: int, pronoun: str) -> Token | None:
    """The noun before "mit A, B und C" when a singular relative pronoun follows the list.

    "ein Kinderland mit Kletterwand, Bastelzelt und Puppentheater, das ... geöffnet ist": the clause
    is about the Kinderland (a list of equals has no single antecedent).
    """
    if pronoun not in {"der", "das"}:
        return None
    at = index
    while at > 0 and (before[at].pos in {"NN", "ADJA", "ART"} or before[at].text in {",", "und", "oder"}):
        at -= 1
    if at < 1 or before[at].text != "mit" or before[at - 1].pos != "NN":
        return None
    noun = before[at - 1]
    return noun if _agrees(noun, pronoun) and not inflected(noun) else None


def _gender_pair(before: Sequence[Token], index: int) -> Tokens | None:
    """ "Wahlhelferinnen und Wahlhelfer" before a relative pronoun: one group of people, not two nouns."""
    if index < 2 or before[index - 1].text != "und":
        return None
    female, male = before[index - 2], before[index]
    stem = male.text[:-1] if male.text.endswith("n") and not female.text.startswith(male.text) else male.text
    if female.pos != "NN" or not female.text.endswith("innen") or not female.text.startswith(stem[:-1]):
        return None
    if male.text.endswith("n") and male.text[:-1] == male.lemma:
        male = replace(male, text=male.lemma)  # dative plural "Besuchern" -> "Besucher"
    return [replace(female, space_after=True), replace(before[index - 1], space_after=True), male]


def _place(before: Sequence[Token], window: range) -> Tokens | None:
    """A town named before the verb bracket: "mit Ramat Gan in Israel verbunden, das ..." -> "Ramat Gan".

    Names after "in" locate the town and are skipped; the town itself follows another preposition.
    """
    for index in window:
        if before[index].pos != "NE" or (index + 1 < len(before) and before[index + 1].pos == "NE"):
            continue
        names = _run(before[: index + 1])
        opener = index - len(names)
        if opener > 0 and before[opener].pos == "ART":
            opener -= 1  # "in den Niederlanden"
        if opener < 0 or any(t.text == "," or is_finite(t) for t in before[index + 1 :]):
            return None
        if before[opener].text.lower() in {"in", "im"}:
            continue
        return names if before[opener].pos == "APPR" else None
    return None


def _run(before: Sequence[Token]) -> Tokens:
    """The names (NE tokens, up to four) that end ``before``."""
    names: Tokens = []
    for token in reversed(before):
        if token.pos != "NE" or len(names) == 4:
            break
        names.insert(0, replace(token, space_after=True))
    return names


def _head_before_names(before: Sequence[Token], verb: Token) -> Tokens | None:
    """The feminine head of "die Partnerschaft mit Arnstadt in Thüringen, die ... wurde".

    Only when the relative clause ends with a singular finite verb and the phrases between the head and the
    comma are prepositions with one-word names: a singular "die" cannot refer to a place name (neuter).
    """
    if not is_finite(verb) or verb.text.endswith("en") or verb.text == "sind":
        return None
    at = len(before) - 1
    while at >= 1 and before[at].pos == "NE" and before[at - 1].pos == "APPR":
        at -= 2
    if at == len(before) - 1 or at < 0:
        return None
    head = before[at]
    if head.pos != "NN" or not feminine(head) or inflected(head):
        return None
    return [word("die", "ART", "der"), replace(head, space_after=True)]


def _names(before: Sequence[Token]) -> Tokens | None:
    """A name of up to four tokens ending ``before`` (not one that follows an article: "der Stadt Kassel")."""
    names = _run(before)
    if len(names) < len(before) and before[-len(names) - 1].pos in {"ART", "NN"}:
        return None
    return names


@rule("S3.relative_possessive", kind="sentence", splits=True)
def possessive(clause: Tokens) -> list[Tokens] | None:
    """S3: a relative clause with "deren"/"dessen" at the end becomes a sentence with "ihr"/"sein".

    "Die Vereine bieten Speisen an, deren Erlös in die Jugendarbeit fließt."
    -> "Die Vereine bieten Speisen an." + "Ihr Erlös fließt in die Jugendarbeit."
    Only when the noun after the pronoun is the subject (no pronoun subject follows) and the relative
    clause ends the sentence.
    """
    for index in range(2, len(clause) - 2):
        token = clause[index]
        if token.pos != "PRELAT" or token.text.lower() not in POSSESSIVES or clause[index - 1].text != ",":
            continue
        rest = list(clause[index + 1 :])
        if any(t.text in {",", "„", "(", ":"} or t.pos in {"PPER", "PRELS", "KOUS"} for t in rest):
            return None
        noun = next((i for i, t in enumerate(rest) if t.pos in {"NN", "NE"}), None)
        if noun is None or any(t.pos not in {"ADJA", "ADV", "CARD"} for t in rest[:noun]):
            return None
        head = rest[noun]
        plural = inflected(head) and head.lemma[:1].isupper()
        form = POSSESSIVES[token.text.lower()] + ("e" if plural or feminine(head) else "")
        statement = verb_second([word(form, "PPOSAT", form.lower()), *rest])
        main = list(clause[: index - 1])
        if statement is None or not well_formed(main) or not well_formed(statement):
            return None
        return [main, initial(statement)]
    return None


# Pronouns that "was" refers to ("alles, was ..."): the clause is about them, not about the whole sentence.
WAS_ANTECEDENTS = {"alles", "das", "etwas", "nichts", "vieles", "manches", "einiges", "dasjenige", "weniges"}


def _knows(before: Sequence[Token]) -> bool:
    """The clause before ends in a verb of seeing, knowing or saying: "was" then opens its object."""
    verb = before[-1] if before and before[-1].pos.startswith("V") else None
    lemmas = (mapping("rewrite/knowing_verbs.tsv"), mapping("words/speech_verbs.tsv"))
    return verb is not None and any(verb.lemma in table for table in lemmas)


def _open_object(main: Sequence[Token]) -> bool:
    """The main clause ends with its verb and subject alone: "was" opens the verb's object.

    "... verspricht die Zwickauer Jubiläumssause, was auch die Stadtfeste davor zum Magneten werden ließ"
    (the festival promises what made the earlier ones a success), "Er tut, was er kann".
    """
    verb = finite_index(main)
    if verb is None or main[verb].pos != "VVFIN":
        return False
    after = main[verb + 1 :]
    if not after:
        return True
    end = chunk(after, 0)
    return end == len(after) and nominative(after) and not nominative(main[:verb])


@rule("S3.relative_was", kind="sentence", splits=True)
def which(clause: Tokens) -> list[Tokens] | None:
    """S3: ", was ..." at the end refers to the whole sentence -> the sentence and "Das ..." (verb second).

    "Das Land hat den Umbau mit 80.000 Euro gefördert, was etwa 70 Prozent der Kosten entspricht."
    -> "Das Land hat den Umbau mit 80.000 Euro gefördert." + "Das entspricht etwa 70 Prozent der Kosten."
    """
    for index in range(3, len(clause) - 2):
        token = clause[index]
        if token.text != "was" or token.pos != "PRELS" or clause[index - 1].text != ",":
            continue
        if clause[index - 2].text.lower() in WAS_ANTECEDENTS or _knows(clause[: index - 1]):
            continue
        if _open_object(clause[: index - 1]):
            return None
        body = list(clause[index + 1 :])
        if any(t.text in {",", ":", ";", "„"} for t in body):
            return None
        statement = verb_second([word("Das", "PDS", "das"), *body])
        main = [*clause[: index - 2], replace(clause[index - 2], space_after=False)]
        if statement is None or not well_formed(main) or not well_formed(statement):
            return None
        return [main, statement]
    return None
