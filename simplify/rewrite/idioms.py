"""Rule W4: idioms and metaphors get their plain meaning (``data/words/idioms.tsv``).

Four kinds of entries:

- verb idioms ("etwas in Angriff nehmen" -> "etwas beginnen"): the fixed words ("in Angriff") and a form of
  the verb in the same clause. The fixed words go, the verb of the meaning takes the person, number and tense
  of the idiom's verb (:mod:`simplify.rewrite.forms`), the other words of the meaning take the place of the
  fixed words and a separable prefix goes to the end of the clause: "Im Frühjahr nimmt die Stadt die
  Sanierung in Angriff." -> "Im Frühjahr beginnt die Stadt die Sanierung."; "Über 200 Freiwillige legten Hand
  an." -> "Über 200 Freiwillige halfen mit."; "hat das Erzählcafé ins Leben gerufen" -> "hat das Erzählcafé
  gegründet". "seine" in an idiom stands for any possessive ("ihre Pforten"); a reflexive idiom ("sich aus
  dem Staub machen") loses its "sich" when the meaning has none.
- phrase idioms ("auf Hochtouren" -> "mit voller Kraft") are replaced as written.
- noun idioms ("Frischzellenkur" -> "Erneuerung") keep the case and number of the noun, and adjectives of the
  meaning are inflected for the determiner before it: "ein Leuchtturmprojekt" -> "ein wichtiges Projekt",
  "die Leuchtturmprojekte" -> "die wichtigen Projekte".
- explain idioms stay; their meaning follows the sentence as "Das bedeutet: ...": the rule notes them like
  glossary terms (the glossary holds their explanations) and the post-processing places the explanation
  (:mod:`simplify.rewrite.post`, recorded as W2.explain).

When a match is not sure (the verb is in another clause, the end of the clause is unclear, a form is
ambiguous), the idiom stays. The genitive rule (S7) leaves idioms with a genitive whole ("das Herz der
Stadt"), so that this rule finds them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from simplify.document import Token
from simplify.lexicon import table
from simplify.nlp import agreement, nouns, verbs
from simplify.rewrite import forms
from simplify.rewrite.forms import Analysis, Edit
from simplify.rewrite.rules import TextContext, rule

__all__ = ["Entry", "entries", "explanations", "genitive_phrases", "idioms"]

TABLE = "words/idioms.tsv"
_TOKEN = re.compile(r"[^\W\d_][\w\-|]*|\d+|[^\w\s]")
SLOTS = frozenset({"jemandem", "jemanden", "etwas"})
POSSESSIVE_STEMS = ("mein", "dein", "sein", "ihr", "unser", "euer", "eur")
_BOUNDARIES = {"$,", "$.", "KOUS", "PRELS", "PRELAT", "PWAV", "PWS"}
_GENITIVES = frozenset({"der", "des", "eines", "einer"})
_STRONG_ENDINGS = {"m": "er", "f": "e", "n": "es"}


Replacements = list[tuple[int, str]]
"""(token index, new text) pairs."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the idiom table."""

    idiom: str
    meaning: str
    kind: str
    example: str

    @property
    def words(self) -> tuple[str, ...]:
        """The idiom as tokens ("tagein, tagaus" -> "tagein", ",", "tagaus")."""
        return tuple(_TOKEN.findall(self.idiom))


@dataclass(frozen=True, slots=True)
class _Verb:
    """A verb idiom read for matching: its fixed words, verb and the words of its meaning."""

    entry: Entry
    fixed: tuple[str, ...]
    verb: str
    reflexive: bool
    extra: tuple[str, ...]
    """The words of the meaning before its verb, without slots: "genau" of "etwas genau prüfen"."""
    meaning_verb: str
    add_reflexive: bool = False
    """The meaning is reflexive and the idiom is not ("getrennte Wege gehen" -> "sich trennen")."""


@cache
def entries() -> tuple[Entry, ...]:
    """Every row of the idiom table."""
    return tuple(Entry(*row[:4]) for row in table(TABLE))


@cache
def explanations() -> dict[str, str]:
    """Explain idioms -> the sentence that explains them (the glossary explains them like its terms)."""
    explained = (e for e in entries() if e.kind == "explain")
    return {e.idiom: e.meaning if e.meaning[-1] in ".!?" else e.meaning + "." for e in explained}


@cache
def genitive_phrases() -> tuple[str, ...]:
    """Idioms with a genitive inside ("das Herz der Stadt"): rule S7 leaves them whole."""
    return tuple(
        e.idiom
        for e in entries()
        if e.kind != "noun" and any(w in _GENITIVES for w in e.words[1:-1]) and " " in e.idiom
    )


@cache
def _is_infinitive(word: str) -> bool:
    """Whether the last word of an idiom is an infinitive ("nehmen"), not a participle ("gesprochen")."""
    if not word.islower() or not (word in {"sein", "tun"} or word.endswith(("en", "ern", "eln"))):
        return False
    from simplify.nlp.analysis import analyse_sentence

    conjugation = verbs.conjugate(word)
    if conjugation is None or not word.startswith("ge") or conjugation.participle == word:
        return conjugation is not None  # "gehen"; "geraten" is an infinitive and a participle
    return analyse_sentence(word)[0].pos != "VVPP"  # "gehören", not "gesprochen"


@cache
def _verbs(kinds: frozenset[str] = frozenset({"verb"})) -> tuple[_Verb, ...]:
    """The verb idioms of ``kinds`` that can be matched: no slot between the fixed words, the same slots in
    the meaning, and a meaning that is an infinitive phrase. Explain idioms need only their fixed words."""
    found = []
    for entry in entries():
        if entry.kind not in kinds or not _is_infinitive(entry.words[-1]):
            continue
        fixed = list(entry.words[:-1])
        while fixed and (fixed[0] in SLOTS or fixed[0] == "sich"):
            fixed.pop(0)
        reflexive = "sich" in entry.words[:-1]
        meaning = entry.meaning.split()
        own_slots = sorted(w for w in entry.words if w in SLOTS)
        if entry.kind == "explain" and fixed and not SLOTS.intersection(fixed):
            found.append(_Verb(entry, tuple(fixed), entry.words[-1], False, (), ""))  # "für sich sprechen"
            continue
        if not fixed or SLOTS.intersection(fixed) or "sich" in fixed:
            continue  # a slot between the fixed words
        if sorted(w for w in meaning if w in SLOTS) != own_slots or not _is_infinitive(meaning[-1]):
            continue  # the meaning needs other arguments
        extra = tuple(w for w in meaning[:-1] if w not in SLOTS and w != "sich")
        drop, add = reflexive and "sich" not in meaning, "sich" in meaning and not reflexive
        found.append(_Verb(entry, tuple(fixed), entry.words[-1], drop, extra, meaning[-1], add))
    return tuple(sorted(found, key=lambda v: -len(v.fixed)))


@cache
def _phrases(kinds: frozenset[str] = frozenset({"phrase"})) -> tuple[Entry, ...]:
    """Phrase idioms of ``kinds``, the longest first (explain idioms without a verb: "kein Wunschkonzert")."""
    chosen = [e for e in entries() if e.kind in kinds]
    chosen = [e for e in chosen if not (e.kind == "explain" and _is_infinitive(e.words[-1]))]
    return tuple(sorted(chosen, key=lambda e: -len(e.words)))


@cache
def _nouns() -> dict[str, tuple[str, tuple[str, ...], str]]:
    """Noun idiom lemma -> (gender, adjective stems of the meaning, head noun of the meaning)."""
    found = {}
    for entry in entries():
        if entry.kind != "noun":
            continue
        idiom, _, gender = entry.idiom.partition("|")
        meaning, _, meaning_gender = entry.meaning.partition("|")
        *adjectives, head = meaning.split()
        ending = _STRONG_ENDINGS.get(gender, "")
        if gender != meaning_gender or not all(a.endswith(ending) and a.islower() for a in adjectives):
            continue
        found[idiom] = (gender, tuple(a[: len(a) - len(ending)] for a in adjectives), head)
    return found


@cache
def _keys() -> tuple[tuple[str, tuple[str, ...], object], ...]:
    """(a lower-case word that must occur, the other words that must occur, idiom) for a quick test before
    a line is analysed."""
    keyed: list[tuple[str, tuple[str, ...], object]] = []
    everything = frozenset({"verb", "phrase", "explain"})
    for verb in _verbs(everything):
        keyed.append((_key(verb.fixed), _needed(verb.fixed), verb))
    for phrase in _phrases(everything):
        keyed.append((_key(phrase.words), _needed(phrase.words), phrase))
    for lemma in _nouns():
        keyed.append((lemma.lower(), (), lemma))
    return tuple(keyed)


def _needed(words: Sequence[str]) -> tuple[str, ...]:
    """The words of an idiom a line must contain as written (lower case; "seine" stands for "ihre")."""
    return tuple(w.lower() for w in words if w != "seine")


def _key(words: Sequence[str]) -> str:
    """The longest word of an idiom that is written as in the table ("seine" stands for "ihre")."""
    return max((w for w in words if w != "seine"), key=len).lower()


@rule("W4.idioms", kind="text", context=True)
def idioms(text: str, context: TextContext | None = None) -> str:
    """W4: idioms and metaphors get their plain meaning ("auf Hochtouren" -> "mit voller Kraft"); one that
    stays is explained after the sentence like a glossary term ("zu Buche schlagen")."""
    lower = text.lower()
    candidates = [item for key, needed, item in _keys() if key in lower and all(w in lower for w in needed)]
    if not candidates:
        return text
    analysis = Analysis(text)
    edits: list[Edit] = []
    for item in candidates:
        if _explained(item):
            if context is not None and context.glossary is not None and _found(analysis, item):
                context.terms.append(_entry(item).idiom)
            continue
        if isinstance(item, _Verb):
            found = _verb_edits(analysis, item)
        elif isinstance(item, Entry):
            found = _phrase_edits(analysis, item)
        else:
            found = _noun_edits(analysis, item)
        if found and not any(_overlap(a, b) for a in found for b in edits):
            edits.extend(found)
    return _apply(text, edits)


def _entry(item: object) -> Entry:
    return item.entry if isinstance(item, _Verb) else item  # type: ignore[return-value]


def _explained(item: object) -> bool:
    entry = _entry(item)
    return isinstance(entry, Entry) and entry.kind == "explain"


def _found(analysis: Analysis, item: object) -> bool:
    if isinstance(item, _Verb):
        return _verb_match(analysis, item) is not None
    return isinstance(item, Entry) and _phrase_match(analysis, item.words) is not None


# Phrases.


def _matches(token: Token, word: str, first: bool) -> bool:
    text = token.text if not first else token.text[:1].lower() + token.text[1:]
    if word == "seine":
        found = agreement.determiner(token.text)
        return found is not None and found.kind == "ein" and found.stem in POSSESSIVE_STEMS
    return text == (word if not first else word[:1].lower() + word[1:])


def _phrase_match(analysis: Analysis, words: Sequence[str], start: int = 0) -> int | None:
    """The index of the first token of ``words`` in the line, from token ``start`` on, or None."""
    tokens = analysis.words
    for index in range(start, len(tokens) - len(words) + 1):
        if all(_matches(tokens[index + i], w, i == 0) for i, w in enumerate(words)):
            return index
    return None


def _phrase_edits(analysis: Analysis, entry: Entry) -> list[Edit]:
    index = _phrase_match(analysis, entry.words)
    if index is None:
        return []
    start, end = _span(analysis, index, index + len(entry.words))
    meaning = entry.meaning
    if _opens(analysis, index):
        meaning = meaning[:1].upper() + meaning[1:]
    return [Edit(start, end, meaning)]


# Verbs.


def _verb_match(analysis: Analysis, idiom: _Verb) -> tuple[int, int, int | None] | None:
    """(first fixed token, verb token, separated prefix token or None) of a verb idiom, or None."""
    tokens = analysis.words
    conjugation = verbs.conjugate(idiom.verb)
    if conjugation is None:
        return None
    index = _phrase_match(analysis, idiom.fixed)
    while index is not None:
        low, high = _clause(tokens, index, index + len(idiom.fixed))
        for position in [*range(index - 1, low - 1, -1), *range(index + len(idiom.fixed), high)]:
            token = tokens[position]
            if not token.pos.startswith("V"):
                continue
            if token.lemma.lower() == idiom.verb:
                return index, position, None
            prefix = conjugation.prefix
            base = idiom.verb.removeprefix(prefix.replace(" ", "")) if prefix else ""
            if prefix and token.lemma.lower() == base:
                particles = [p for p in range(position + 1, high) if tokens[p].pos == "PTKVZ"]
                separated = next((p for p in particles if tokens[p].text == prefix), None)
                if separated is not None:
                    return index, position, separated
        index = _phrase_match(analysis, idiom.fixed, index + 1)
    return None


def _verb_edits(analysis: Analysis, idiom: _Verb) -> list[Edit]:
    """The edits that put the meaning of a verb idiom in its place, or [] when a form is not sure."""
    found = _verb_match(analysis, idiom)
    source, target = verbs.conjugate(idiom.verb), verbs.conjugate(idiom.meaning_verb)
    if found is None or source is None or target is None or _opens(analysis, found[0]):
        return []  # "Unter die Lupe nimmt die Stadt ...": the meaning would need another word order
    first, verb, separated = found
    tokens = analysis.words
    offsets = analysis.offsets
    form = forms.verb_form(tokens, verb, source, separated=separated is not None)
    edits = _reflexive(analysis, idiom, first) if idiom.reflexive else []
    if form is None or edits is None:
        return []
    start, end = _span(analysis, first, first + len(idiom.fixed))
    extra = " ".join(idiom.extra)
    if form == "zu":
        return [*edits, Edit(start, end, extra), forms.zu_edit(tokens, offsets, verb, idiom.meaning_verb)]
    new = _imperative(tokens, verb, target, form) or forms.new_form(target, form)
    auxiliary = _auxiliary(tokens, first, target) if form == "participle" else []
    if new is None or auxiliary is None:
        return []
    edits += [Edit(offsets[a], offsets[a] + len(tokens[a].text), text) for a, text in auxiliary]
    if tokens[verb].text[:1].isupper():
        new = new[:1].upper() + new[1:]
    verb_span = (offsets[verb], offsets[verb] + len(tokens[verb].text))
    prefix = target.prefix
    if isinstance(form, str) or (separated is None and forms.final(tokens, verb)):
        if idiom.add_reflexive and not _has_reflexive(tokens, first, idiom):
            return []  # where "sich" goes before a verb at the end is not sure
        joined = new if isinstance(form, str) else prefix.replace(" ", "") + new
        return [*edits, Edit(start, end, extra), Edit(*verb_span, joined)]
    edits += [Edit(*verb_span, new), Edit(start, end, extra)]
    if idiom.add_reflexive and not _has_reflexive(tokens, first, idiom):
        if any(r.person != 3 for r in form):
            return []  # "mich", "uns": only the third person is sure
        edits.append(Edit(verb_span[1], verb_span[1], " sich"))  # "trennen sich ab Sommer"
    if separated is not None:
        return [*edits, Edit(*_span(analysis, separated, separated + 1), f" {prefix}" if prefix else "")]
    if prefix:  # the prefix of the meaning goes to the end of the clause: "passen gut auf die Häuser auf"
        at = forms.clause_end(tokens, verb)
        position = end if at is None else offsets[at] if at < len(tokens) else len(analysis.text.rstrip())
        edits.append(Edit(position, position, " " + prefix))
    return edits


def _has_reflexive(tokens: Sequence[Token], first: int, idiom: _Verb) -> bool:
    low, high = _clause(tokens, first, first + len(idiom.fixed))
    return any(tokens[p].pos == "PRF" for p in range(low, high))


def _reflexive(analysis: Analysis, idiom: _Verb, first: int) -> list[Edit] | None:
    """The edit that removes the "sich" of a reflexive idiom whose meaning has none, or None."""
    tokens = analysis.words
    low, high = _clause(tokens, first, first + len(idiom.fixed))
    reflexive = next((p for p in range(low, high) if tokens[p].pos == "PRF"), None)
    return None if reflexive is None else [Edit(*_span(analysis, reflexive, reflexive + 1), "")]


def _imperative(tokens: Sequence[Token], verb: int, target: verbs.Conjugation, form) -> str | None:
    """The polite imperative ("Halten Sie ..." -> "Seien Sie ..."): a verb that opens the sentence before
    "Sie"."""
    opens = verb == 0 or tokens[verb - 1].text in {":", "„", '"'}
    if isinstance(form, str) or not opens or verb + 1 >= len(tokens) or tokens[verb + 1].text != "Sie":
        return None
    return target.finite("konjunktiv1", 3, "pl")


def _auxiliary(tokens: Sequence[Token], first: int, target: verbs.Conjugation) -> Replacements | None:
    """The perfect auxiliary of the clause in the form the meaning's verb needs ("hat ... die Augen
    geschlossen" -> "ist ... gestorben"): [] when it stays, None when it cannot be changed safely."""
    low, high = _clause(tokens, first, first)
    found = [i for i in range(low, high) if tokens[i].pos.startswith("VA")]
    perfect = [i for i in found if tokens[i].lemma.lower() in {"haben", "sein"}]
    if not perfect or any(tokens[i].lemma.lower() == "werden" for i in found):
        return []  # no perfect, or a passive ("wurde ... auf Eis gelegt")
    index = perfect[0]
    auxiliary = tokens[index]
    if auxiliary.lemma.lower() in target.auxiliaries:
        return []
    new = verbs.conjugate(target.auxiliary)
    if new is None or auxiliary.pos != "VAFIN":
        return None
    readings = {r for r in verbs.readings(auxiliary.text, auxiliary.lemma) if r.mood == "indicative"}
    texts = {new.finite(r.tense, r.person, r.number) for r in readings}  # type: ignore[arg-type]
    if len(texts) != 1:
        return None
    text = texts.pop()
    return [(index, text[:1].upper() + text[1:] if auxiliary.text[:1].isupper() else text)]


def _clause(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """The token range of the clause around ``start:end``: between commas, full stops and subordinators."""
    low = start
    while low and tokens[low - 1].pos not in _BOUNDARIES:
        low -= 1
    high = end
    while high < len(tokens) and tokens[high].pos not in _BOUNDARIES:
        high += 1
    return low, high


# Nouns.


def _noun_edits(analysis: Analysis, lemma: str) -> list[Edit]:
    gender, adjectives, head = _nouns()[lemma]
    tokens = analysis.words
    for index, token in enumerate(tokens):
        found = _noun_readings(token, lemma, gender)
        if token.pos != "NN" or not found:
            continue
        first = forms.phrase_start(tokens, index)
        slots = agreement.readings(tokens[first : index + 1]) or frozenset(
            agreement.PhraseReading(r.case, r.number, r.gender if r.number == "sg" else "") for r in found
        )
        text = _noun_phrase(tokens[first:index], slots, gender, adjectives, head)
        if text is None:
            return []
        if index == 0 or _opens(analysis, index):
            text = text[:1].upper() + text[1:]
        return [Edit(*_span(analysis, index, index + 1), text)]
    return []


def _noun_readings(token: Token, lemma: str, gender: str) -> list[nouns.NounReading]:
    """The readings of a noun idiom's form; for a noun german-nouns lacks ("Frischzellenkur"), its base form
    is a singular (in any case but a masculine or neuter genitive)."""
    known = nouns.readings(token.text, token.morphemes)
    if known or token.text != lemma:
        return [r for r in known if r.lemma == lemma]
    cases = nouns.CASES if gender == "f" else ("nom", "dat", "acc")
    return [nouns.NounReading(lemma, gender, case, "sg") for case in cases]  # type: ignore[arg-type]


def _noun_phrase(
    before: Sequence[Token], slots: frozenset[agreement.PhraseReading], gender: str, adjectives, head: str
) -> str | None:
    """The meaning in the case and number of the idiom's noun, adjectives inflected for the determiner."""
    contracted = [agreement.contraction(t.text) for t in before if t.pos == "APPRART"]
    articles = [t.text for t in before if t.pos != "APPRART"] + [c[1] for c in contracted if c]
    determiner = next((found for text in articles if (found := agreement.determiner(text))), None)
    endings = determiner.adjectives if determiner else agreement.STRONG
    texts = set()
    for slot in slots:
        if slot.number == "sg" and slot.gender != gender:
            continue
        form = nouns.inflect(head, slot.case, slot.number, gender=gender if slot.number == "sg" else None)
        if form is None:
            return None
        words = [stem + endings[slot] for stem in adjectives]
        texts.add(" ".join([*words, form]))
    return texts.pop() if len(texts) == 1 else None


# Text.


def _span(analysis: Analysis, first: int, end: int) -> tuple[int, int]:
    """The characters of tokens ``first:end`` with the spaces before them."""
    offsets = analysis.offsets
    tokens = analysis.words
    start = offsets[first]
    while start and analysis.text[start - 1] == " ":
        start -= 1
    return start, offsets[end - 1] + len(tokens[end - 1].text)


def _opens(analysis: Analysis, index: int) -> bool:
    tokens = analysis.words
    return index == 0 or tokens[index - 1].text in {".", "!", "?", ":", "„", '"'}


def _overlap(a: Edit, b: Edit) -> bool:
    return a.start < b.end and b.start < a.end


_SPACES = re.compile(r" {2,}")


def _apply(text: str, edits: list[Edit]) -> str:
    """The text with the edits made: a replacement of words that had a space before them keeps it."""
    pieces: list[str] = []
    last = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        replacement = edit.text
        if replacement and text[edit.start : edit.start + 1] == " " and not replacement.startswith(" "):
            replacement = " " + replacement
        pieces.extend([text[last : edit.start], replacement])
        last = edit.end
    pieces.append(text[last:])
    return _SPACES.sub(" ", "".join(pieces))
