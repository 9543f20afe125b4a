"""Morphological checks of the sanity gate: what a rewrite must not produce.

- a noun phrase whose article, adjectives and noun cannot agree ("Die Gefäßen", "mit Künstlerinnen und
  Künstler"), or that a preposition cannot govern ("von den Lands·bergern Straße" is caught by the first);
- a word that is no German word form (a rule glued or inflected something wrongly);
- a main clause with a finite verb but nothing that can be its subject ("Zu unserem gewohnten Alltag können
  zurückkehren.");
- "X ist Y" where X and Y are two members of one enumeration of the source ("Judo ist Tennis.");
- a noun of the source put in the other number ("von den Friedrichstraßen" for one street);
- a member of an enumeration put apart from the others (every member stays in the list).

Each check gives defects as tuples of words, like the other checks of :mod:`simplify.rewrite.sanity`: a defect
the source clause already has does not count against a rule. The checks use the morphology layer
(:mod:`simplify.nlp.agreement`, :mod:`simplify.nlp.wordforms`) and stay silent where it knows nothing (names,
unknown nouns): they reject what is certainly wrong, never what is merely unknown.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from simplify.document import Token
from simplify.nlp import agreement, nouns, verbs, wordforms
from simplify.nlp.analysis import word_analysis, word_morphemes
from simplify.nlp.numbers import cardinal
from simplify.rewrite.syntax import BULLET, FINITE, top_level

Defect = tuple[str, ...]

_DETERMINERS = {"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT"}
_PREPOSITIONS = {"APPR", "APPRART"}
_NOUN_TAGS = {"NN", "NNA", "NNI"}  # HanTa tags nominalised adjectives NNA and infinitives NNI
_MODIFIERS = {"ADJA", "CARD"}
_COPULA = {"ist", "sind", "war", "waren"}
_NOUN_START = {"NN", "NE", "NNA", "FM", "ART", "ADJA", "CARD", "PPOSAT", "PIAT", "PDAT", "TRUNC"}
# Words that can be the subject of a clause without a noun phrase (pronouns that can be nominative).
_SUBJECT_PRONOUNS = {
    "ich", "du", "er", "sie", "es", "wir", "ihr", "man", "das", "dies", "dieses", "diese", "dieser", "der",
    "die", "jemand", "niemand", "alle", "viele", "einige", "manche", "beide", "jeder", "jede", "jedes",
    "wer", "was", "nichts", "etwas", "alles", "keiner", "keine", "keines", "mehrere", "wenige", "andere",
    "viel", "vieles", "mehr", "weniger", "wenig", "einiges", "manches", "beides", "folgendes",
}  # fmt: skip
# Words a rule may create whose form the word list can check: content words (closed classes are written out
# by the rules themselves).
_CONTENT = {"NN", "ADJA", "ADJD", "VVFIN", "VVINF", "VVPP", "VVIZU"}


def defects(clause: Sequence[Token]) -> set[Defect]:
    """The morphological defects of one clause."""
    return {*_phrases(clause), *_unknown_words(clause), *_missing_subject(clause)}


def _noun_phrases(clause: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run preposition? determiner modifiers* noun ("mit den großen Kisten")."""
    index = 0
    while index < len(clause):
        start = index
        inside = index and clause[index - 1].pos in _DETERMINERS | _MODIFIERS | _PREPOSITIONS
        if inside:  # a phrase starts at its first word, never in the middle ("die beiden Städte")
            index += 1
            continue
        if clause[index].pos in _PREPOSITIONS:
            index += 1
        if index < len(clause) and clause[index].pos in _DETERMINERS:
            index += 1
        while index < len(clause) and clause[index].pos in _MODIFIERS:
            index += 1
        has_determiner = index > start and clause[index - 1].pos not in _PREPOSITIONS
        if index < len(clause) and clause[index].pos in _NOUN_TAGS and has_determiner:
            yield start, index + 1
            index += 1
        else:
            index = start + 1


def _phrases(clause: Sequence[Token]) -> Iterator[Defect]:
    """Noun phrases with no reading at all: article, adjectives, noun (and preposition) do not agree."""
    for start, end in _noun_phrases(clause):
        phrase = clause[start:end]
        if not phrase[-1].text[:1].isupper() or not phrase[-1].text.isalpha():
            continue  # a noun HanTa guessed in lower case, or a hyphenated form: nothing certain
        if not agreement.readings(phrase) and _known_noun(phrase[-1]):
            yield ("noun phrase does not agree", *(t.text for t in phrase))


def _known_noun(noun: Token) -> bool:
    """Whether the morphology knows the noun for certain: listed itself, or a compound whose head HanTa's
    morphemes confirm ("Rufenden" is no compound of "Enden"); else an empty reading says nothing."""
    parts = {morpheme for morpheme, label in noun.morphemes if label.startswith("NN")}
    found = nouns.readings(noun.text, noun.morphemes)
    return any(r.head == r.lemma or r.head.lower() in parts for r in found)


def _unknown_words(clause: Sequence[Token]) -> Iterator[Defect]:
    """Words that are no German word form; names, numbers, signs and compounds with marks pass."""
    for index, token in enumerate(clause):
        text = token.text
        if token.pos not in _CONTENT or not text.isalpha() or len(text) < 3:
            continue
        if text.isupper() or (index and text[:1].isupper() and token.pos not in _NOUN_TAGS):
            continue  # acronyms; capitalised words inside a clause that are no common nouns (names)
        if token.pos == "NN" and nouns.readings(text, word_morphemes(text)):
            continue  # a noun the morphology can read (also a compound of a known head)
        if token.pos.startswith("VV") and _verb_form(text, token.lemma):
            continue  # a form the conjugator gives the verb ("angewendet" of "anwenden")
        if not wordforms.known(text if index else text[:1].lower() + text[1:]) and not wordforms.known(text):
            yield ("no German word", text)


def _verb_form(text: str, lemma: str) -> bool:
    """A form of the verb by the conjugator or by HanTa ("wenden": "gewandt" and "gewendet")."""
    conjugation = verbs.conjugate(lemma) if lemma else None
    if conjugation is None:
        return False
    forms = {lemma, conjugation.participle, conjugation.zu_infinitive}
    if text.lower() in forms or verbs.readings(text, lemma):
        return True
    found, tag = word_analysis(text.lower())
    return tag.startswith("VV") and found.lower() == lemma.lower()


def _missing_subject(clause: Sequence[Token]) -> Iterator[Defect]:
    """A main clause with a finite verb in second position and no word that can be its subject."""
    flags = top_level(clause)
    verbs = [i for i, t in enumerate(clause) if t.pos in FINITE and flags[i]]
    if not verbs or clause[0].pos in {"KOUS", "PRELS", "PWS", "PWAV"} or clause[-1].text == "?":
        return
    verb = verbs[0]
    if verb == 0 or clause[-1].text == ":" or (clause[verb].lemma == "geben" and _es_gibt(clause, verb)):
        return  # a lead line ("Hinzu kommt:") has its subject after the colon
    if clause[verb].lemma == "werden" and any(t.pos == "VVPP" for t in clause[verb:]):
        return  # an impersonal passive needs no subject ("Vielfach wurde vermutet")
    if any(_can_be_subject(clause, i) for i in range(len(clause)) if i != verb):
        return
    yield ("no subject", clause[verb].text)


def _es_gibt(clause: Sequence[Token], verb: int) -> bool:
    return any(t.text.lower() == "es" for t in clause[max(0, verb - 1) : verb + 2])


def _can_be_subject(clause: Sequence[Token], index: int) -> bool:
    token = clause[index]
    if token.pos in {"NE", "FM", "XY", "CARD", "PPER", "PIS", "PDS", "PWS", "PRELS"}:
        return token.pos != "PPER" or token.text.lower() in _SUBJECT_PRONOUNS
    if token.text.lower() in _SUBJECT_PRONOUNS and (token.pos.startswith("P") or token.pos == "ADV"):
        return True
    if token.pos == "ART" and index + 1 < len(clause) and clause[index + 1].pos == "ADJA":
        following = clause[index + 2].pos if index + 2 < len(clause) else ""
        return following not in _NOUN_TAGS  # "Der alte ist angenehm": an adjective used as a noun
    if token.pos not in _NOUN_TAGS:
        return False
    start = index
    while start > 0 and clause[start - 1].pos in _MODIFIERS | _DETERMINERS | {"ADV"}:
        start -= 1
    if start > 0 and clause[start - 1].pos in _PREPOSITIONS:
        return False
    found = agreement.readings(clause[start : index + 1])
    return not found or any(r.case == "nom" for r in found)


def equated_members(source: Sequence[Token], clause: Sequence[Token]) -> Defect | None:
    """ "X ist Y" in ``clause`` where X and Y are members of one enumeration of ``source`` ("Judo ist
    Tennis")."""
    verbs = [i for i, t in enumerate(clause) if t.text in _COPULA and t.pos.startswith("VA")]
    if len(verbs) != 1 or verbs[0] + 1 >= len(clause):
        return None
    predicate = clause[verbs[0] + 1 :]
    if predicate[0].pos in _PREPOSITIONS or any(t.pos in {"VVPP", "ADJD"} for t in predicate):
        return None  # "Izmit ist von Bergen umgeben" says where, it equates nothing
    left = {t.text for t in clause[: verbs[0]] if t.pos in {"NN", "NE"}}
    right = {t.text for t in predicate if t.pos in {"NN", "NE"}}
    if not left or not right:
        return None
    for items in _enumerations(source):
        members = {t.text for item in items for t in item if t.pos in {"NN", "NE"} or _capitalised_verb(t)}
        if left & members and right & members and not (left & right):
            return ("list members made X ist Y", *sorted(left), *sorted(right))
    return None


def number_changed(source: Sequence[Token], clause: Sequence[Token]) -> Defect | None:
    """A noun of the source that a rewrite put in the other number ("der Friedrichstraße" -> "von den
    Friedrichstraßen"): its new form cannot have any number its source form had."""
    forms: dict[str, set[str]] = {}
    for token in source:
        if token.pos in _NOUN_TAGS and cardinal(token.lemma.lower()) is None:  # "Tausende", "Hunderte"
            forms.setdefault(token.lemma, set()).update(r.number for r in nouns.readings(token.text))
    written = {t.text for t in source}
    for token in clause:
        if token.pos not in _NOUN_TAGS or token.text in written or not forms.get(token.lemma):
            continue
        numbers = {r.number for r in nouns.readings(token.text)}
        if numbers and not numbers & forms[token.lemma]:
            return ("noun in the other number", token.text)
    return None


def list_torn(source: Sequence[Token], clauses: Sequence[Sequence[Token]]) -> Defect | None:
    """A member of an enumeration of nouns or names that ends up apart from the others: every member stays in
    the clause that holds most of them, or all are the bullet items of one list, or each has a sentence of the
    same frame ("Es gibt A.", "Es gibt B."). A member named again elsewhere is fine."""
    for items in _enumerations(source):
        members = {_last_noun(item) for item in items}
        holding = [{t.text for t in clause} & members for clause in clauses]
        home = max(range(len(clauses)), key=lambda i: len(holding[i]), default=0)
        if not clauses or holding[home] == members or not set().union(*holding) >= members:
            continue
        places = sorted(i for i, found in enumerate(holding) if found)
        bullets = all(clauses[i] and clauses[i][0].lemma == BULLET for i in places)
        frames = {tuple(t.text.lower() for t in clauses[i][:2]) for i in places}
        if not ((bullets and places[-1] - places[0] == len(places) - 1) or len(frames) == 1):
            return ("enumeration torn apart", *sorted(members))
    return None


def _enumerations(tokens: Sequence[Token]) -> Iterator[list[list[Token]]]:
    """The items of each enumeration: three or more short items without a verb, each with a noun or name, the
    last two joined by "und", "oder" or "sowie", the others by commas ("Judo, Tennis, Triathlon oder
    Pferdesport"). The first item is cut to its last three words (it may carry the lead-in)."""
    items: list[list[Token]] = [[]]
    separators: list[str] = []
    for token in [*tokens, Token(".", "$.")]:
        if token.text == "," or (token.text in {"und", "oder", "sowie"} and token.pos == "KON"):
            items.append([])
            separators.append(token.text)
        elif token.pos in FINITE or token.pos in {"$.", "PRELS", "KOUS"} or token.text in {":", ";"}:
            yield from _series(items, separators)
            items, separators = [[]], []
        else:
            items[-1].append(token)


def _series(items: list[list[Token]], separators: list[str]) -> Iterator[list[list[Token]]]:
    for end, separator in enumerate(separators):
        if separator == ",":
            continue
        start = end
        while start > 0 and separators[start - 1] == ",":
            start -= 1
        run = [items[start][-3:], *items[start + 1 : end + 2]]
        if end - start >= 1 and all(_member(item, first=i == 0) for i, item in enumerate(run)):
            yield run


def _member(item: list[Token], *, first: bool) -> bool:
    """A short item with a noun or name and no verb; a later item starts like a noun phrase ("besonders in
    den Bereichen ..." after a comma adds to the clause, it is no item)."""
    verbless = not any(t.pos.startswith(("V", "PTKZU")) and t.text[:1].islower() for t in item)
    starts = first or (bool(item) and (item[0].pos in _NOUN_START or item[0].text[:1].isupper()))
    return 0 < len(item) <= 6 and verbless and starts and bool(_last_noun(item))


def _last_noun(item: list[Token]) -> str:
    """The last noun or name of an item (a capitalised word HanTa took for a verb is a name: "Horch")."""
    return next((t.text for t in reversed(item) if t.pos in {"NN", "NE"} or _capitalised_verb(t)), "")


def _capitalised_verb(token: Token) -> bool:
    return token.pos.startswith("V") and token.text[:1].isupper()
