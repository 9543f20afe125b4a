"""Grammar checks for replacements (rules W2 and W4): a replacement is made only where its form fits.

The glossary (``data/words/glossary.tsv``) names a word class for an "ersetzen" entry in its fourth column:

- ``Verb``: word and replacement are verbs, written as infinitives ("benötigen" -> "brauchen",
  "gewährleisten" -> "sicher machen"). A form HanTa tags as a form of the word's lemma becomes the same form
  of the replacement, made by :mod:`simplify.nlp.verbs`: a finite verb with the same person, number, tense
  and mood ("benötigte" -> "brauchte"), a participle ("werden benötigt" -> "werden gebraucht"), an
  infinitive, a zu-infinitive ("zu gewährleisten" -> "sicher zu machen"). Where a finite verb stands in
  second place, a particle of the replacement ("sicher", "ab") goes to the end of the clause ("und machen
  die Qualität sicher"); when the end of the clause is not clear (a conjunction or another verb comes
  first), the word stays. ``finit`` is the same for finite forms only ("erfolgen" -> "sein").
- an STTS tag or the start of one (``ADV``, ``ADJA``, ``NN``, ``VVINF`` ...): the word form (or adjective
  stem) is replaced only where HanTa's tag starts with it ("benötigt-" -> "nötig-" only for an attributive
  adjective: "die benötigte Infrastruktur" -> "die nötige Infrastruktur"). A noun (``NN``) replaced by one
  noun takes the case and number its phrase has ("in den Räumlichkeiten" -> "in den Räumen"), and in the
  singular only a noun of the same gender may replace it. An infinitive (``VVINF``) is replaced only at the
  end of its clause (HanTa takes "gewährleisten" after "und" for an infinitive).

Without a class the word form is replaced wherever it stands (user glossaries may leave the column out).
A replacement of several words ("jedes Jahr", "in Zukunft") is never put right after a preposition ("von
jährlich 300 Millionen" stays).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from simplify.document import Token
from simplify.nlp import agreement, nouns, verbs

__all__ = [
    "VERB_CLASSES",
    "Analysis",
    "Edit",
    "clause_end",
    "final",
    "fits",
    "new_form",
    "noun_form",
    "phrase_start",
    "verb_edits",
    "verb_form",
    "verb_forms",
    "zu_edit",
]

VERB_CLASSES = frozenset({"Verb", "finit"})
_ENDS = {"$,", "$.", "$("}
_AUXILIARIES = {"werden", "sein", "haben"}
_OPENERS = {"KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "KON"}
_SUBORDINATORS = {"KOUS", "PRELS", "PRELAT", "PWS", "PWAV"}
Readings = tuple[verbs.VerbReading, ...]
_PRONOUNS = {1: {"ich", "wir", "mich", "uns", "mir"}, 2: {"du", "ihr", "dich", "dir", "euch"}}
_DETERMINERS = {"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PWAT", "APPRART"}
_BEFORE_PHRASE = {"APPR", "APPRART"}  # "von jährlich 300 Euro" must not become "von jedes Jahr"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the characters ``start:end`` of the text by ``text`` (an insertion when start == end)."""

    start: int
    end: int
    text: str


class Analysis:
    """HanTa's tokens of one line with the character offset of each, made when first needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._tokens: list[tuple[int, Token]] | None = None

    @property
    def tokens(self) -> list[tuple[int, Token]]:
        if self._tokens is None:
            self._tokens = _aligned(self.text)
        return self._tokens

    @property
    def words(self) -> list[Token]:
        """The tokens, without their offsets."""
        return [token for _offset, token in self.tokens]

    @property
    def offsets(self) -> list[int]:
        """The character offset of each token."""
        return [offset for offset, _token in self.tokens]

    def at(self, start: int) -> int | None:
        """The index of the token that starts at character ``start``, or None."""
        return next((i for i, (offset, _t) in enumerate(self.tokens) if offset == start), None)


@lru_cache(maxsize=20_000)
def _aligned(text: str) -> list[tuple[int, Token]]:
    from simplify.nlp.analysis import tokenize

    found: list[tuple[int, Token]] = []
    position = 0
    for sentence in tokenize(text):
        for token in sentence:
            offset = text.find(token.text, position)
            if offset < 0:
                continue
            found.append((offset, token))
            position = offset + len(token.text)
    return found


def fits(word_class: str, analysis: Analysis, start: int, replacement: str) -> bool:
    """Whether a word form at ``start`` has the glossary entry's class (an STTS tag prefix) in its sentence,
    and a replacement of several words does not follow a preposition."""
    index = analysis.at(start)
    if index is None:
        return not word_class
    tokens = analysis.words
    if " " in replacement and index and tokens[index - 1].pos in _BEFORE_PHRASE:
        return False
    if not word_class:
        return True
    if not tokens[index].pos.startswith(word_class):
        return False
    return word_class != "VVINF" or final(tokens, index)


def noun_form(analysis: Analysis, start: int, replacement: str) -> str | None:
    """The replacement noun in the case and number of the noun at ``start``; None when they cannot agree."""
    index = analysis.at(start)
    new = [r for r in nouns.readings(replacement) if r.inflect(r.case, r.number) == replacement]
    if index is None or not new:
        return None
    tokens = analysis.words
    first = phrase_start(tokens, index)
    slots = agreement.readings(tokens[first : index + 1])
    if not slots:
        noun = tokens[index]
        slots = frozenset(
            agreement.PhraseReading(r.case, r.number, r.gender if r.number == "sg" else "")
            for r in nouns.readings(noun.text, noun.morphemes)
        )
    lemma, gender = new[0].lemma, nouns.gender(new[0].lemma)
    forms = set()
    for slot in slots:
        if slot.number == "sg" and slot.gender != gender:
            return None  # "die Beförderung" -> "der Transport" would need another article
        wanted = gender if slot.number == "sg" else None
        forms.add(nouns.inflect(lemma, slot.case, slot.number, gender=wanted))
    return forms.pop() if len(forms) == 1 and None not in forms else None


def phrase_start(tokens: Sequence[Token], noun: int) -> int:
    """Where the noun phrase of the noun at ``noun`` starts: its adjectives and numbers, one determiner and
    the preposition before it, which fixes the case ("in den Räumlichkeiten")."""
    first = noun
    while first and tokens[first - 1].pos in {"ADJA", "CARD"}:
        first -= 1
    if first and tokens[first - 1].pos in _DETERMINERS:
        first -= 1
    if first and tokens[first - 1].pos in {"APPR", "APPRART"} and tokens[first].pos != "APPRART":
        first -= 1
    return first


@lru_cache(maxsize=1_000)
def verb_forms(lemma: str) -> frozenset[str]:
    """Every written form of a verb (lower case): finite (split and joined), participle, infinitives."""
    conjugation = verbs.conjugate(lemma)
    if conjugation is None:
        return frozenset()
    joined = conjugation.prefix.replace(" ", "")
    finite = {f for forms in conjugation.forms.values() for f in forms}
    found = finite | {joined + f for f in finite} | {lemma, conjugation.participle}
    found |= set(conjugation.zu_infinitive.split()[-1:])
    return frozenset(found)


def verb_edits(analysis: Analysis, start: int, lemma: str, replacement: str, word_class: str) -> list[Edit]:
    """The edits that put ``replacement`` (a verb) in place of the form of ``lemma`` at ``start``; [] when
    the form does not fit (no verb of that lemma there, an ambiguous form, an unclear end of clause)."""
    index = analysis.at(start)
    if index is None:
        return []
    offsets = analysis.offsets
    tokens = analysis.words
    token = tokens[index]
    words = replacement.split()
    conjugation = verbs.conjugate(words[-1])
    source = verbs.conjugate(lemma)
    if not token.pos.startswith("V") or token.lemma.lower() != lemma or conjugation is None or source is None:
        return []
    form = verb_form(tokens, index, source)
    if form is None or (word_class == "finit" and isinstance(form, str)):
        return []
    if form == "zu":
        return [zu_edit(tokens, offsets, index, replacement)]
    new = new_form(conjugation, form)
    if new is None:
        return []
    end = start + len(token.text)
    extra = words[:-1]
    if isinstance(form, str):  # a participle or an infinitive: "sicher gemacht", "abgeben"
        return [Edit(start, end, " ".join([*extra, new]))]
    if final(tokens, index):  # verb-final: "sicher macht", "abgibt"
        return [Edit(start, end, " ".join([*extra, conjugation.prefix.replace(" ", "") + new]))]
    particles = " ".join([*extra, conjugation.prefix]).strip()
    if not particles:
        return [Edit(start, end, new)]
    at = clause_end(tokens, index)
    if at is None:
        return []
    position = offsets[at] if at < len(tokens) else len(analysis.text.rstrip())
    return [Edit(start, end, new), Edit(position, position, " " + particles)]


def new_form(conjugation: verbs.Conjugation, form: str | Readings) -> str | None:
    """The form of ``conjugation`` that ``form`` (a result of :func:`verb_form`) asks for: the participle,
    the infinitive or the one finite form all readings give ("benötigte" -> "brauchte"); None when unsure.
    A finite form is written without its separable prefix ("nimmt"; the caller puts "teil" in place)."""
    if form == "participle":
        return conjugation.participle
    if form == "infinitive":
        return conjugation.lemma
    if isinstance(form, str):
        return None
    found = {conjugation.finite(_paradigm(r), r.person, r.number) for r in form}
    return found.pop() if len(found) == 1 else None


def _paradigm(reading: verbs.VerbReading) -> verbs.Paradigm:
    if reading.mood == "indicative":
        return reading.tense
    return "konjunktiv1" if reading.tense == "present" else "konjunktiv2"


def verb_form(
    tokens: Sequence[Token], index: int, source: verbs.Conjugation, *, separated: bool = False
) -> str | Readings | None:
    """What the verb form at ``index`` is: "participle", "infinitive", "zu" or its finite readings
    (``separated``: a finite verb whose prefix stands at the end of the clause, "legten ... an").

    HanTa's tag is not trusted where the form could be both: a form in second place is finite ("Die Stadt
    gewährleistet die Qualität"), one at the end of its clause a participle after an auxiliary ("werden ...
    benötigt", "benötigt hat") and an infinitive after "zu" or a modal verb."""
    text = tokens[index].text.lower()
    if text == source.zu_infinitive and " " not in source.zu_infinitive:
        return "zu"
    if source.prefix and not separated and not text.startswith(source.prefix.replace(" ", "")):
        return None  # a separated verb ("reichen ... ein"): its particle stands elsewhere
    if separated:
        return _persons(tokens, verbs.readings(text, source.lemma)) or None
    at_end = final(tokens, index)
    previous = tokens[index - 1].text.lower() if index else ""
    readings = _persons(tokens, verbs.readings(text, source.lemma))
    subordinate = _subordinate(tokens, index)
    auxiliary = at_end and not subordinate and _auxiliary_before(tokens, index)
    if text == source.participle and (auxiliary or _auxiliary_after(tokens, index) or not readings):
        return "participle"
    if text == source.participle and at_end and not subordinate:
        return None  # no auxiliary, no subordinate clause: unclear
    modal = _modal_before(tokens, index) or _auxiliary_after(tokens, index)  # "erfolgen sollte"
    if text == source.lemma and at_end and (previous == "zu" or modal or not readings):
        return "zu" if previous == "zu" else "infinitive"
    return readings or None


def _persons(tokens: Sequence[Token], readings: Readings) -> Readings:
    """Readings without the first or second person ("wir/ihr erfolgen") where the sentence has no pronoun of
    that person, and indicative where a form is also a Konjunktiv."""
    for person, pronouns in _PRONOUNS.items():
        if not any(t.text.lower() in pronouns and t.pos.startswith("PP") for t in tokens):
            readings = tuple(r for r in readings if r.person != person)
    indicative = tuple(r for r in readings if r.mood == "indicative")
    return indicative or readings  # "benötigte": the preterite, as weak verbs read, not Konjunktiv II


def _auxiliary_after(tokens: Sequence[Token], index: int) -> bool:
    """Whether an auxiliary or modal verb follows ("benötigt hat", "erfolgen sollte")."""
    return index + 1 < len(tokens) and tokens[index + 1].pos.startswith(("VA", "VM"))


def _modal_before(tokens: Sequence[Token], index: int) -> bool:
    """Whether a modal verb or "werden" stands earlier in the clause ("müssen ... gewährleisten")."""
    return _earlier(
        tokens,
        index,
        lambda t: t.pos.startswith("VM") or (t.pos.startswith("VA") and t.lemma.lower() == "werden"),
    )


def zu_edit(tokens: Sequence[Token], offsets: list[int], index: int, replacement: str) -> Edit:
    """ "zu gewährleisten" -> "sicher zu machen", "einzureichen" -> "abzugeben"; ``replacement`` is an
    infinitive phrase whose last word is the verb."""
    words = replacement.split()
    conjugation = verbs.conjugate(words[-1])
    zu = conjugation.zu_infinitive if conjugation is not None else f"zu {words[-1]}"
    start = offsets[index - 1] if index and tokens[index - 1].text.lower() == "zu" else offsets[index]
    return Edit(start, offsets[index] + len(tokens[index].text), " ".join([*words[:-1], zu]))


def final(tokens: Sequence[Token], index: int) -> bool:
    """Whether the verb at ``index`` ends its clause (verb-final): punctuation, a verb or "und" follows."""
    if index + 1 >= len(tokens):
        return True
    following = tokens[index + 1]
    return following.pos in _ENDS or following.pos.startswith("V") or following.pos == "KON"


def _auxiliary_before(tokens: Sequence[Token], index: int) -> bool:
    """Whether a form of werden, sein or haben stands earlier in the sentence ("werden ... benötigt"), over
    commas ("haben, wie angekündigt, Geld benötigt")."""
    for token in reversed(tokens[:index]):
        if token.pos.startswith("VA") and token.lemma.lower() in _AUXILIARIES:
            return True
        if token.pos in {"$.", "KOUS"} or token.text in {":", ";"}:
            return False
    return False


def _subordinate(tokens: Sequence[Token], index: int) -> bool:
    """Whether the verb at ``index`` ends a subordinate clause: a conjunction or relative pronoun opens its
    stretch without commas ("..., dass die Stadt Geld benötigt")."""
    for token in reversed(tokens[:index]):
        if token.pos in _SUBORDINATORS:
            return True
        if token.pos in _ENDS or token.text in {":", ";"}:
            return False
    return False


def _earlier(tokens: Sequence[Token], index: int, wanted: Callable[[Token], bool]) -> bool:
    """Whether a token ``wanted`` accepts stands before ``index`` in the same clause: the search goes back
    over commas (dates, appositions) and stops at a subordinate clause or the end of a sentence."""
    for token in reversed(tokens[:index]):
        if wanted(token):
            return True
        if token.pos in _SUBORDINATORS or token.pos == "$." or token.text in {":", ";"}:
            return False
    return False


def clause_end(tokens: Sequence[Token], index: int) -> int | None:
    """Where a verb-second clause ends (a comma, full stop or bracket), or None when a conjunction, a
    subordinate clause or another verb comes first (the particle's place is then not clear)."""
    for position in range(index + 1, len(tokens)):
        token = tokens[position]
        if token.pos in _ENDS or token.text in {":", ";"}:
            return position
        if token.pos in _OPENERS or token.pos.startswith("V") or token.pos == "PTKVZ":
            return None
    return len(tokens)
