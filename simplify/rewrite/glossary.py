"""W2: hard words get a simpler word or a "Das bedeutet: ..." explanation after their first use.

The built-in glossary ``simplify/data/words/glossary.tsv`` is written for this project; a user glossary
(``Settings.glossary``, same format) wins over it entry by entry. Format, one entry per line::

    Wort<TAB>ersetzen<TAB>einfacheres Wort     exact word form -> simpler word form
    Wort-<TAB>ersetzen<TAB>Stamm-              adjective stem: the ending (-e, -en, -er, -es, -em) is kept
    Wort<TAB>ersetzen<TAB>Wort<TAB>Klasse      only where the word has this class (an STTS tag prefix)
    verb<TAB>ersetzen<TAB>verb<TAB>Verb        every form of the verb ("finit": finite forms only)
    Wort<TAB>erklären<TAB>Ein Satz in Leichter Sprache.

``erklären`` entries keep the word (a technical term) and match its inflected forms too. How a class is
checked and a verb inflected is :mod:`simplify.rewrite.forms`.
A feminine and a masculine entry ("Anwohnerin", "Anwohner") are a pair: a text explains the pair once.
An entry for the pair itself ("Anwohnerin und Anwohner<TAB>erklären<TAB>Anwohnerinnen und Anwohner
wohnen an einer Straße.") is the explanation when both forms appear in one sentence. Both levels
treat the glossary alike: "einfache" also keeps technical terms and explains them, and simpler
everyday words are never wrong in plain German either.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from simplify import lexicon
from simplify.document import EXPLANATION_PREFIX
from simplify.errors import InputError
from simplify.lexicon import read_table, zipf
from simplify.rewrite import forms, idioms
from simplify.rewrite.forms import VERB_CLASSES, Analysis, Edit
from simplify.rewrite.rules import TextContext, rule

RARE_ZIPF = 2.5  # wordfreq Zipf value below which a word counts as rare (about once in 3 million words)
_ENDINGS = ("", "e", "en", "er", "es", "em")
_INFLECTIONS = ("nen", "en", "es", "er", "n", "s", "e")
_KINDS = {"ersetzen", "erklären"}
_WORD = re.compile(r"[^\W\d_]+(?:[·\-][^\W\d_]+)*")
_CLASS = re.compile(r"[A-Z]+")  # an STTS tag or its start: ADV, ADJA, NN, VVINF


@dataclass(frozen=True, slots=True)
class Glossary:
    """Replacements (word form -> simpler form), adjective stems, phrases and explanations."""

    replace: dict[str, str]
    stems: dict[str, str]
    phrases: dict[str, str]
    explain: dict[str, str]
    contexts: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    classes: dict[str, str] = field(default_factory=dict)
    """Word class of a replacement (word form, or stem + "-"): the STTS tag prefix the word must have."""
    verbs: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Verb lemma -> (replacement lemma, "Verb" or "finit")."""
    _found: dict[str, tuple[str, str] | None] = field(default_factory=dict, compare=False, repr=False)
    _partners: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def keys(self) -> frozenset[str]:
        """Every word the glossary rewrites or explains (for the fact guard and rare-word report), with the
        capitalised words of its phrases ("Übrigen" of "im Übrigen")."""
        phrase_words = {w for phrase in self.phrases for w in phrase.split() if w[:1].isupper()}
        return frozenset({**self.replace, **self.explain, **self.stems, **self.verbs}) | phrase_words

    def word_class(self, word: str, replacement: str) -> str:
        """The class the glossary names for the replacement of ``word`` (a form or a stem), or ""."""
        key = normalise(word)
        if key in self.replace:
            return self.classes.get(key, "")
        stem = next((key[: len(key) - len(e)] for e in _ENDINGS if e and key.endswith(e)), key)
        return self.classes.get(stem + "-", self.classes.get(key + "-", ""))

    def verb(self, word: str) -> tuple[str, str, str] | None:
        """(lemma, replacement, class) of a verb entry one of whose forms ``word`` is, or None."""
        lower = word.lower()
        for lemma, (replacement, word_class) in self.verbs.items():
            if lower in forms.verb_forms(lemma):
                return lemma, replacement, word_class
        return None

    def lookup(self, word: str) -> tuple[str, str] | None:
        """("ersetzen", replacement) or ("erklären", term) for a word form, else None (cached per word)."""
        if word not in self._found:
            self._found[word] = self._lookup(normalise(word))
        return self._found[word]

    def fits(self, term: str, words: frozenset[str]) -> bool:
        """Whether the explanation of ``term`` is right for a text with these (lower-case) words.

        A term with cue words in its context column fits only a text with a word that starts with one of
        them; a cue with "-" names words that rule the explanation out ("Bürgermeister" is explained
        differently where the text names an "Oberbürgermeister").
        """
        required, excluded = self.contexts.get(term, (frozenset(), frozenset()))
        if any(word.startswith(cue) for cue in excluded for word in words):
            return False
        return not required or any(word.startswith(cue) for cue in required for word in words)

    def partner(self, term: str) -> str | None:
        """The other gender form of an explained term ("Anwohnerin" <-> "Anwohner"), or None."""
        if not self._partners:
            self._partners.update(_pairs(self.explain))
        return self._partners.get(term)

    def _lookup(self, key: str) -> tuple[str, str] | None:
        if key in self.replace:
            return "ersetzen", self.replace[key]
        for ending in _ENDINGS:
            stem = key[: len(key) - len(ending)] if ending else key
            if key.endswith(ending) and stem in self.stems:
                return "ersetzen", self.stems[stem] + ending
        for inflection in ("", *_INFLECTIONS):
            base = key[: len(key) - len(inflection)] if inflection else key
            if key.endswith(inflection) and base in self.explain and (not inflection or len(base) >= 5):
                return "erklären", base
        return None


def _pairs(explain: dict[str, str]) -> dict[str, str]:
    """Feminine and masculine entries in both directions: Anwohnerin/Anwohner, Landrätin/Landrat,
    Kämmerin/Kämmerer, Kollegin/Kollege. An empty entry "" stands for "no pairs" (computed once)."""
    found = {"": ""}
    for term in explain:
        if not term.endswith("in") or " " in term:
            continue
        stem = term[:-2]
        plain = stem.translate(str.maketrans("äöü", "aou"))
        masculine = next(
            (m for m in (stem, stem + "e", stem + "er", plain) if m in explain and m != term), None
        )
        if masculine:
            found[term] = masculine
            found[masculine] = term
    return found


def pair_key(first: str, second: str) -> str:
    """The glossary key of a pair's own explanation: "Anwohnerin und Anwohner" (feminine first)."""
    feminine, masculine = (first, second) if first.endswith("in") else (second, first)
    return f"{feminine} und {masculine}"


def normalise(word: str) -> str:
    """A word without compound separators: "Bürger·büro" and "Bürger-Büro" both give "Bürgerbüro"."""
    if "·" not in word and "-" not in word:
        return word
    parts = re.split(r"[·\-]", word)
    return parts[0] + "".join(p[:1].lower() + p[1:] if p[1:].islower() else p for p in parts[1:])


def _parse(path: Path | str) -> Glossary:
    replace: dict[str, str] = {}
    stems: dict[str, str] = {}
    phrases: dict[str, str] = {}
    explain: dict[str, str] = {}
    contexts: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    classes: dict[str, str] = {}
    verbs: dict[str, tuple[str, str]] = {}
    for number, (word, kind, text, *context) in read_table(path, 3, optional=1):
        if kind not in _KINDS:
            raise InputError(f"{path}, line {number}: kind must be 'ersetzen' or 'erklären', got {kind!r}")
        word_class = context[0] if context and kind == "ersetzen" else ""
        if word_class and not (word_class in VERB_CLASSES or _CLASS.fullmatch(word_class)):
            raise InputError(
                f"{path}, line {number}: the class of a replacement is 'Verb', 'finit' or an STTS tag, "
                f"got {word_class!r}"
            )
        if word_class in VERB_CLASSES:
            verbs[word] = (text, word_class)
        elif word_class:
            classes[word if word.endswith("-") else normalise(word)] = word_class
        if kind == "erklären":
            explain[normalise(word)] = text if text[-1] in ".!?" else text + "."
            if context:
                cues = context[0].lower().split()
                required = frozenset(c for c in cues if not c.startswith("-"))
                contexts[normalise(word)] = (required, frozenset(c[1:] for c in cues if c.startswith("-")))
        elif word_class in VERB_CLASSES:
            continue
        elif word.endswith("-") != text.endswith("-"):
            raise InputError(f"{path}, line {number}: a stem entry ends with '-' on both sides")
        elif word.endswith("-"):
            stems[word[:-1]] = text[:-1]
        elif " " in word:
            phrases[word] = text
        else:
            replace[normalise(word)] = text
    return Glossary(replace, stems, phrases, explain, contexts, classes, verbs)


def _resolve(replace: dict[str, str], path: str) -> dict[str, str]:
    """Follow chains (A -> B, B -> C gives A -> C), so a second run changes nothing."""
    resolved = {}
    for word, target in replace.items():
        seen = {word}
        while target in replace:
            if target in seen:
                raise InputError(f"{path}: the replacements of {word!r} form a cycle")
            seen.add(target)
            target = replace[target]
        resolved[word] = target
    return resolved


@cache
def load(user: str | None = None) -> Glossary:
    """The built-in glossary (with the explanations of idioms that stay, rule W4), overridden entry by entry
    by the user glossary at ``user``."""
    builtin = _parse(lexicon.path("words/glossary.tsv"))
    builtin.explain.update({k: v for k, v in idioms.explanations().items() if k not in builtin.explain})
    if user is None:
        return builtin
    if not Path(user).is_file():
        raise InputError(f"glossary file not found: {user}")
    own = _parse(user)
    names = ("replace", "stems", "phrases", "explain", "contexts", "classes", "verbs")
    overridden = {word for name in names for word in getattr(own, name)}
    overridden |= {word + "-" for word in own.stems}
    parts = []
    for name in names:
        merged = {word: value for word, value in getattr(builtin, name).items() if word not in overridden}
        merged.update(getattr(own, name))
        parts.append(merged)
    replace, stems, phrases, explain, contexts, classes, verbs = parts
    return Glossary(_resolve(replace, user), stems, phrases, explain, contexts, classes, verbs)


@lru_cache(maxsize=64)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    ordered = sorted(phrases, key=len, reverse=True)
    # a phrase that ends in a noun goes on where a capitalised word follows ("Einwohnerinnen und Einwohner
    # Dresdens"): it stays
    alternatives = "|".join(
        re.escape(p) + (r"(?!\s+[A-ZÄÖÜ])" if p.split()[-1][:1].isupper() else "") for p in ordered
    )
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)")


def _match_case(replacement: str, original: str, initial: bool) -> str:
    """A capitalised word keeps its capital in a one-word replacement (a noun stays a noun); a phrase put in
    its place ("Hochbetagte" -> "sehr alte Menschen") is capitalised only where a sentence opens."""
    if original[:1].isupper() and replacement[:1].islower() and (initial or " " not in replacement):
        return replacement[:1].upper() + replacement[1:]
    return replacement


@rule("W2.glossary", kind="text", context=True)
def replace_words(text: str, context: TextContext) -> str:
    """W2: simpler words in place of hard ones; the terms to explain are noted in the context."""
    if context.glossary is None:
        return text
    text, terms = rewrite(text, context.glossary)
    context.terms.extend(terms)
    return text


def rewrite(text: str, glossary: Glossary) -> tuple[str, list[str]]:
    """Replace words and phrases; return the new text and the glossary terms to explain, in order.

    A replacement with a word class is made only where the word has that class in its sentence, a verb
    in the form the sentence needs (:mod:`simplify.rewrite.forms`)."""
    pattern = _phrase_pattern(tuple(glossary.phrases))
    if pattern is not None:
        text = pattern.sub(lambda m: glossary.phrases[m.group(1)], text)
    analysis = Analysis(text)
    terms: list[str] = []
    edits: list[Edit] = []
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        initial = opens_sentence(text, start)
        key, found = word, glossary.lookup(word)
        if found is None and word[:1].isupper() and initial:
            key = word[:1].lower() + word[1:]
            found = glossary.lookup(key)
        if found is None:
            edits.extend(_verb(glossary, analysis, word, start, initial))
            continue
        kind, value = found
        if kind == "erklären":
            if not (key[:1].isupper() and forms.fits("ADJ", analysis, start, word)):
                terms.append(value)  # not in "Beauftragte Firmen": an adjective, not the noun explained
            continue
        word_class = glossary.word_class(key, value)
        if word_class == "NN" and " " not in value and forms.fits(word_class, analysis, start, value):
            value = forms.noun_form(analysis, start, value) or ""
        elif not forms.fits(word_class, analysis, start, value):
            value = ""
        if not value:  # the form does not fit here: maybe it is a form of a verb entry ("benötigt")
            edits.extend(_verb(glossary, analysis, word, start, initial))
            continue
        if value.lower() in _CONJUNCTIONS and _verb_follows(analysis, start):
            continue  # "Allerdings deckt die Methode …", not "Aber deckt …": no verb after a conjunction
        follow = glossary.lookup(value)
        if follow is not None and follow[0] == "erklären":
            terms.append(follow[1])  # "Kommune" -> "Gemeinde", which is explained
        edits.append(Edit(start, match.end(), _match_case(value, word, initial)))
    return _apply(text, edits), terms


_CONJUNCTIONS = frozenset({"aber", "und", "oder", "denn", "sondern"})


def _verb_follows(analysis: Analysis, start: int) -> bool:
    """Whether the word at ``start`` stands before the finite verb (VVFIN, VAFIN, VMFIN: an adverb in the
    first position)."""
    index = analysis.at(start)
    tokens = analysis.words
    return index is not None and index + 1 < len(tokens) and tokens[index + 1].pos.endswith("FIN")


def _verb(glossary: Glossary, analysis: Analysis, word: str, start: int, initial: bool) -> list[Edit]:
    """The edits for a form of a verb entry ("benötigt" -> "braucht"/"gebraucht"), or []."""
    entry = glossary.verb(word)
    if entry is None:
        return []
    edits = forms.verb_edits(analysis, start, *entry)
    cased = [dataclasses.replace(e, text=_match_case(e.text, word, initial)) for e in edits[:1]]
    return cased + edits[1:]


def _apply(text: str, edits: list[Edit]) -> str:
    """The text with non-overlapping edits made (an edit that overlaps an earlier one is left out)."""
    pieces: list[str] = []
    last = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < last:
            continue
        pieces.extend([text[last : edit.start], edit.text])
        last = edit.end
    pieces.append(text[last:])
    return "".join(pieces)


_OPENING = ' „"»([*|…'  # may stand before the first word of a sentence, or vanish under C1


def opens_sentence(text: str, position: int) -> bool:
    """Whether the word at ``position`` opens a sentence: at the start, after . : ! ? ; or a line break."""
    before = text[:position].rstrip(_OPENING)
    return not before or before[-1] in ".:!?;\n"


def explanation(term: str, glossary: Glossary) -> str:
    """The explanation line for ``term``: "Das bedeutet: ..."; an explanation that names its word ("Fußläufig
    heißt: ...") as "Das Wort fußläufig bedeutet: ...", not in a second frame."""
    text = glossary.explain[term]
    named = _NAMED.match(text)
    if named and named.group(1).lower() == term.lower() and " " not in term:
        return f"Das Wort {term} bedeutet: {named.group(2)}"
    return EXPLANATION_PREFIX + text


_NAMED = re.compile(r"(\S+) heißt: (.+)")


@lru_cache(maxsize=100_000)
def rare_words(text: str, glossary: Glossary | None = None) -> list[str]:
    """Words rarer than ``RARE_ZIPF`` with no glossary entry, in order of first appearance.

    Names, numbers, abbreviations and compounds whose parts are all common words are not reported.
    """
    from simplify.nlp.abbreviations import known as known_abbreviation
    from simplify.nlp.analysis import tokenize

    glossary = glossary or load()
    found: list[str] = []
    for sentence in tokenize(text):
        for token in sentence:
            word = token.text
            if (
                not word.isalpha()
                or len(word) < 5
                or token.pos in {"NE", "XY", "CARD", "FM"}
                or word in found
                or known_abbreviation(word)
                or glossary.lookup(word) is not None
                or glossary.lookup(word[:1].lower() + word[1:]) is not None
                or max(zipf(word), zipf(token.lemma or word)) >= RARE_ZIPF
            ):
                continue
            parts = token.compound_parts
            if parts and all(zipf(p) >= RARE_ZIPF for p in parts):
                continue
            found.append(word)
    return found
