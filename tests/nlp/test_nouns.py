"""Nouns from german-nouns: readings of written forms, inflection, gender, compounds (German in -> exact out)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from simplify import cache
from simplify.nlp import nouns
from simplify.nlp.analysis import word_morphemes

ALL = ("nom", "gen", "dat", "acc")


def forms(word: str, morphemes: tuple[tuple[str, str], ...] = ()) -> set[tuple[str, str, str, str]]:
    """(lemma, gender, case, number) of every reading of an ordinary noun."""
    return {(r.lemma, r.gender, r.case, r.number) for r in nouns.readings(word, morphemes)}


def cases(lemma: str, gender: str, number: str, *which: str) -> set[tuple[str, str, str, str]]:
    return {(lemma, gender, case, number) for case in which}


READINGS = [
    ("Straßen", cases("Straße", "f", "pl", *ALL)),
    ("Straße", cases("Straße", "f", "sg", *ALL)),
    ("Hauses", cases("Haus", "n", "sg", "gen")),
    ("Häuser", cases("Haus", "n", "pl", "nom", "gen", "acc")),
    ("Häusern", cases("Haus", "n", "pl", "dat")),
    # weak masculine nouns: -en in every case but the nominative singular
    ("Kollege", cases("Kollege", "m", "sg", "nom")),
    ("Kollegen", cases("Kollege", "m", "sg", "gen", "dat", "acc") | cases("Kollege", "m", "pl", *ALL)),
    ("Herrn", cases("Herr", "m", "sg", "gen", "dat", "acc")),
    ("Namens", cases("Name", "m", "sg", "gen") | cases("Namen", "m", "sg", "gen")),
    # umlaut plurals
    ("Gärten", cases("Garten", "m", "pl", *ALL)),
    ("Garten", cases("Garten", "m", "sg", "nom", "dat", "acc")),
    ("Mütter", cases("Mutter", "f", "pl", "nom", "gen", "acc")),
    ("Müttern", cases("Mutter", "f", "pl", "dat")),
    ("Städten", cases("Stadt", "f", "pl", "dat")),
    # -nis and -in plurals
    ("Ergebnisses", cases("Ergebnis", "n", "sg", "gen")),
    ("Ergebnissen", cases("Ergebnis", "n", "pl", "dat")),
    ("Ergebnisse", cases("Ergebnis", "n", "pl", "nom", "gen", "acc") | cases("Ergebnis", "n", "sg", "dat")),
    ("Künstlerinnen", cases("Künstlerin", "f", "pl", *ALL)),
    ("Künstlerin", cases("Künstlerin", "f", "sg", *ALL)),
    ("Künstlern", cases("Künstler", "m", "pl", "dat")),
    ("Bürgerinnen", cases("Bürgerin", "f", "pl", *ALL)),
    # foreign plurals
    ("Museen", cases("Museum", "n", "pl", *ALL)),
    ("Firmen", cases("Firma", "f", "pl", *ALL)),
    ("Gefäßen", cases("Gefäß", "n", "pl", "dat")),
    # nouns only in the plural have no gender
    ("Ferien", cases("Ferien", "", "pl", *ALL)),
    # compounds the list lacks are read as their head, the first part kept
    ("Friedrichstraße", cases("Friedrichstraße", "f", "sg", *ALL)),
    ("Friedrichstraßen", cases("Friedrichstraße", "f", "pl", *ALL)),
    ("Stadtverwaltungsgebäudes", cases("Stadtverwaltungsgebäude", "n", "sg", "gen")),
    ("Sommerferienprogramm", cases("Sommerferienprogramm", "n", "sg", "nom", "dat", "acc")),
    ("Kita-Gebühren", cases("Kita-Gebühr", "f", "pl", *ALL)),
    (
        "Zwetschgendatschikuchen",
        cases("Zwetschgendatschikuchen", "m", "sg", "nom", "dat", "acc")
        | cases("Zwetschgendatschikuchen", "m", "pl", *ALL),
    ),
    # no known head: the paradigm of a suffix Wiktionary inflects; a chance head ("Zungen") loses to it
    ("Vernetzung", cases("Vernetzung", "f", "sg", *ALL)),
    ("Vernetzungen", cases("Vernetzung", "f", "pl", *ALL)),
    ("Xyzschaft", cases("Xyzschaft", "f", "sg", *ALL)),  # not der Schaft
    ("Kaiserslautern", set()),  # "-er" is too short a suffix to read names by
    # names and words the list does not know
    ("Schmidtke", set()),
    ("Qxzvbnk", set()),
    ("straße", set()),
]


@pytest.mark.parametrize(("word", "expected"), READINGS)
def test_readings_of_a_written_noun(word: str, expected: set) -> None:
    assert forms(word) == expected


def test_a_noun_with_two_genders_has_readings_of_both() -> None:
    assert forms("Teil") == cases("Teil", "n", "sg", "nom", "dat", "acc") | cases(
        "Teil", "m", "sg", "nom", "dat", "acc"
    )
    assert nouns.genders("Teil") == ("n", "m")
    assert nouns.genders("See") == ("m", "f")


def test_plural_only_nouns_are_plural_in_every_reading() -> None:
    for word in ("Leute", "Eltern", "Ferien", "Kosten"):
        found = nouns.readings(word)
        assert found and {r.number for r in found} == {"pl"}, word
        assert any(r.gender == "" for r in found), word


def test_nominalised_adjectives_carry_their_declension() -> None:
    masculine = {(r.case, r.number, r.declension) for r in nouns.readings("Vorsitzender") if r.gender == "m"}
    assert ("nom", "sg", "strong") in masculine  # Vorsitzender (alone)
    assert ("nom", "sg", "mixed") in masculine  # ein Vorsitzender
    assert ("nom", "sg", "weak") not in masculine  # der Vorsitzende
    weak = {
        (r.lemma, r.case)
        for r in nouns.readings("Vorsitzende")
        if r.declension == "weak" and r.number == "sg"
    }
    assert weak == {("Vorsitzender", "nom"), ("Vorsitzende", "nom"), ("Vorsitzende", "acc")}


INFLECT = [
    ("Kollege", "gen", "sg", {}, "Kollegen"),
    ("Kollege", "nom", "pl", {}, "Kollegen"),
    ("Herr", "acc", "sg", {}, "Herrn"),
    ("Name", "gen", "sg", {}, "Namens"),
    ("Haus", "gen", "sg", {}, "Hauses"),
    ("Haus", "dat", "pl", {}, "Häusern"),
    ("Haus", "dat", "sg", {}, "Haus"),  # not the old "Hause"
    ("Fahrrad", "gen", "sg", {}, "Fahrrades"),  # the main form before "Fahrrads"
    ("Garten", "nom", "pl", {}, "Gärten"),
    ("Mutter", "nom", "pl", {}, "Mütter"),  # the main sense, not "Muttern" (nuts)
    ("Stadt", "dat", "pl", {}, "Städten"),
    ("Ergebnis", "gen", "sg", {}, "Ergebnisses"),
    ("Ergebnis", "nom", "pl", {}, "Ergebnisse"),
    ("Künstlerin", "nom", "pl", {}, "Künstlerinnen"),
    ("Künstler", "dat", "pl", {}, "Künstlern"),
    ("Museum", "nom", "pl", {}, "Museen"),
    ("Thema", "nom", "pl", {}, "Themen"),
    ("Leute", "dat", "pl", {}, "Leuten"),
    ("Eltern", "dat", "pl", {}, "Eltern"),
    ("Ferien", "nom", "sg", {}, None),
    ("Band", "nom", "pl", {"gender": "n"}, "Bänder"),
    ("Band", "nom", "pl", {"gender": "m"}, "Bände"),
    ("Band", "nom", "pl", {"gender": "f"}, "Bands"),
    ("Vorsitzender", "nom", "sg", {"declension": "mixed"}, "Vorsitzender"),
    ("Vorsitzender", "nom", "sg", {"declension": "weak"}, "Vorsitzende"),
    ("Vorsitzender", "dat", "sg", {"declension": "strong"}, "Vorsitzendem"),
    ("Vorsitzender", "nom", "sg", {}, None),  # a nominalised adjective needs its declension
    ("Friedrichstraße", "dat", "pl", {}, "Friedrichstraßen"),
    ("Stadtverwaltungsgebäude", "gen", "sg", {}, "Stadtverwaltungsgebäudes"),
    ("Sommerferienprogramm", "dat", "pl", {}, "Sommerferienprogrammen"),
    ("Kita-Gebühr", "nom", "pl", {}, "Kita-Gebühren"),
    ("Vernetzung", "nom", "pl", {}, "Vernetzungen"),
    ("Qxzvbnk", "nom", "pl", {}, None),
]


@pytest.mark.parametrize(("lemma", "case", "number", "options", "expected"), INFLECT)
def test_inflect(lemma: str, case: str, number: str, options: dict, expected: str | None) -> None:
    assert nouns.inflect(lemma, case, number, **options) == expected


GENDERS = [
    ("Straße", "f"),
    ("Haus", "n"),
    ("Kollege", "m"),
    ("Teil", "n"),  # das Teil first in Wiktionary; genders() has both
    ("Friedrichstraße", "f"),
    ("Stadtverwaltungsgebäude", "n"),
    ("Sommerferienprogramm", "n"),
    ("Kita-Gebühr", "f"),
    ("Vernetzung", "f"),
    ("Müllerling", "m"),
    ("Ferien", None),
    ("Eltern", None),
    ("Qxzvbnk", None),
]


@pytest.mark.parametrize(("lemma", "expected"), GENDERS)
def test_gender(lemma: str, expected: str | None) -> None:
    assert nouns.gender(lemma) == expected


def test_a_reading_inflects_its_own_paradigm_and_keeps_the_compound_prefix() -> None:
    reading = next(
        r for r in nouns.readings("Stadtverwaltungsgebäude") if (r.case, r.number) == ("nom", "sg")
    )
    assert reading.head == "Verwaltungsgebäude"
    assert reading.inflect("gen", "sg") == "Stadtverwaltungsgebäudes"
    assert reading.inflect("dat", "pl") == "Stadtverwaltungsgebäuden"
    street = next(iter(nouns.readings("Friedrichstraße")))
    assert street.inflect("nom", "pl") == "Friedrichstraßen"


def test_hanta_morphemes_allow_a_short_head() -> None:
    assert forms("Seniorenrat") == set()  # "Rat" is shorter than 4 letters
    assert forms("Seniorenrat", word_morphemes("Seniorenrat")) == cases(
        "Seniorenrat", "m", "sg", "nom", "dat", "acc"
    )


def test_the_index_is_built_once_into_the_cache_folder(fresh_cache: Path) -> None:
    nouns.readings("Haus")
    built = sorted(p.name for p in fresh_cache.iterdir())
    assert any(name.startswith("nouns-") and name.endswith(".sqlite") for name in built)
    assert not [name for name in built if name.endswith(".tmp")]


def test_an_unwritable_cache_folder_falls_back_to_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("SIMPLIFY_CACHE_DIR", str(blocked / "cache"))

    def build(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("INSERT INTO t VALUES (1)")

    connection = cache.database("test-1", build)
    assert connection.execute("SELECT x FROM t").fetchall() == [(1,)]


def test_an_unfinished_cache_file_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIMPLIFY_CACHE_DIR", str(tmp_path))
    (tmp_path / "test-2.sqlite").write_bytes(b"half a file")
    calls = []

    def build(connection: sqlite3.Connection) -> None:
        calls.append(1)
        connection.execute("CREATE TABLE t (x)")

    cache.database("test-2", build)
    assert calls == [1]
    assert os.listdir(tmp_path) == ["test-2.sqlite"]
    with sqlite3.connect(tmp_path / "test-2.sqlite") as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (1,)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # feminine person nouns of known masculine ones: the same form in every case
        ("Anliegerinnen", {("Anliegerin", "f", case, "pl") for case in ("nom", "gen", "dat", "acc")}),
        ("Anliegerin", {("Anliegerin", "f", case, "sg") for case in ("nom", "gen", "dat", "acc")}),
        # a verb used as a noun
        ("Dazugehören", {("Dazugehören", "n", case, "sg") for case in ("nom", "dat", "acc")}),
    ],
)
def test_nouns_german_forms_by_rule(word: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert {(r.lemma, r.gender, r.case, r.number) for r in nouns.readings(word)} == expected


def test_a_compound_head_needs_a_first_part_that_is_a_word() -> None:
    # "Anlie" is no word: "Anliegerinnen" is no form of "Gerinne"
    assert all(r.head != "Gerinne" for r in nouns.readings("Anliegerinnen"))
