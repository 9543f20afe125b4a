"""The word-form guard: German forms in the right case are known, made-up forms are not."""

from __future__ import annotations

import pytest

from simplify.nlp import wordforms

KNOWN = [
    # nouns, capitalised
    "Haus",
    "Hauses",
    "Häuser",
    "Gefäßen",
    "Straße",
    "Kollegen",
    "Gärten",
    "Mütter",
    "Ergebnisse",
    "Künstlerinnen",
    "Leute",
    "Ferien",
    "Eltern",
    "Vorsitzende",
    "Vorsitzender",
    # compounds whose head is a known noun
    "Friedrichstraße",
    "Stadtverwaltungsgebäudes",
    "Sommerferienprogramm",
    "Kita-Gebühren",
    "Bürger-Büro",
    # verb forms, lower case; the list lacks "fließt" and "genehmigt", ablaut knows them
    "nimmt",
    "erhielt",
    "käme",
    "wäre",
    "ließe",
    "überlässt",
    "durchgeführt",
    "teilzunehmen",
    "fließt",
    "genehmigt",
    "teilnimmt",
    "stattfindet",
    # inflected adjectives and determiners the list lacks, from their bare forms
    "gemeinsame",
    "internationalen",
    "teure",
    "größeren",
    "geplanten",
    "welche",
    "Soziale",
    # words that are also nouns but not only nouns
    "essen",
    "laut",
    "morgen",
    # any word may start a sentence
    "Heute",
    "Nimmt",
]

UNKNOWN = [
    "Gefäßeen",
    "übergelassen",  # ablaut's old participle of überlassen
    "teilnimmtet",
    "kommte",
    "großee",
    "schöneen",
    "Xyzqbk",
    "xyzqbk",
    # nouns written in lower case
    "bürger",
    "gebäude",
    "häuser",
    "straße",
    # no words
    "3",
    "",
    "Haus!",
    "E-",
]


@pytest.mark.parametrize("word", KNOWN)
def test_known_forms(word: str) -> None:
    assert wordforms.known(word)


@pytest.mark.parametrize("word", UNKNOWN)
def test_unknown_forms(word: str) -> None:
    assert not wordforms.known(word)
