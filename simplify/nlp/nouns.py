"""Nouns: gender, number and every case form, from german-nouns (Wiktionary; licence CC BY-SA 4.0).

The list (``german_nouns/nouns.csv``, about 100,000 nouns) is read at run time from the installed package and
never copied into this repository, nor is any table made from it. Columns used: ``lemma``, ``pos``, ``genus``
and ``genus 1`` to ``genus 4`` (a noun with two genders), and the form columns "<case> <number>" with the
suffixes "*" (an alternative form: "Fahrrads"), " 1" to " 4" (a singular per gender, or alternative plurals:
"Bänder", "Bande") and " stark", " schwach", " gemischt" (nominalised adjectives: "der Vorsitzende", "ein
Vorsitzender"). Rows of first names, surnames, proper names, letters and symbols are left out; nouns only used
in the plural ("Leute", "Ferien") have no gender ("").

Parsing the CSV takes 1-2 s, so the first lookup builds an index once into the user's cache folder
(``simplify.cache``: SQLite, keyed by the german-nouns version); later processes open it in a millisecond.
Nothing is read at import.

A noun the list lacks is read as its compound head: the longest last part of at least 4 letters the list
knows, after a first part of at least 3 ("Stadtverwaltungsgebäudes" -> "Verwaltungsgebäudes", genitive
singular). A hyphen or HanTa's morphemes (``Token.morphemes``) may show a boundary that allows shorter parts
("Seniorenrat" -> "Rat"). The first part is kept as written.

A noun that has no known head but ends in a suffix the list inflects ("-ung", "-heit", "-keit", "-schaft",
"-ismus", "-ling", "-chen", "-tum"; at least 3 letters) takes the suffix's paradigm ("Vernetzung", feminine,
plural "Vernetzungen").
"""

from __future__ import annotations

import csv
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import metadata
from itertools import compress
from pathlib import Path
from typing import Literal

from simplify import cache as index_cache

__all__ = [
    "CASES",
    "NUMBERS",
    "Case",
    "Declension",
    "Gender",
    "NounReading",
    "Number",
    "gender",
    "genders",
    "inflect",
    "readings",
]

Case = Literal["nom", "gen", "dat", "acc"]
Number = Literal["sg", "pl"]
Gender = Literal["m", "f", "n", ""]
Declension = Literal["", "strong", "weak", "mixed"]
"""How a nominalised adjective is inflected ("" for every other noun)."""

CASES: tuple[Case, ...] = ("nom", "gen", "dat", "acc")
NUMBERS: tuple[Number, ...] = ("sg", "pl")
DECLENSIONS: tuple[Declension, ...] = ("", "strong", "weak", "mixed")

MIN_HEAD = 4
"""Letters a compound head needs unless HanTa's morphemes show the boundary."""
MIN_FIRST = 3
"""Letters the first part of a compound needs unless a hyphen or HanTa's morphemes show the boundary."""
MIN_SUFFIX = 3
"""Letters of the shortest suffix whose paradigm an unknown noun may take ("-ung", not "-in")."""

_CSV_CASES = {"nominativ": "nom", "genitiv": "gen", "dativ": "dat", "akkusativ": "acc"}
_CSV_DECLENSIONS = {"stark": "strong", "schwach": "weak", "gemischt": "mixed"}
_SKIPPED_POS = {"Vorname", "Nachname", "Eigenname", "Buchstabe", "Symbol"}
_WORD = re.compile(r"-?[^\W\d_]+(?:-[^\W_]+)*")  # a leading hyphen for suffixes: "-ung", "-ungen"
_LAYOUT = 3  # version of the index layout below; part of the cache file name


def _bit(case: Case, number: Number, declension: Declension = "") -> int:
    """The bit of one slot in a form's mask: 4 cases x 2 numbers x 4 declensions."""
    return 1 << (CASES.index(case) + 4 * NUMBERS.index(number) + 8 * DECLENSIONS.index(declension))


def _slots(mask: int) -> Iterator[tuple[Case, Number, Declension]]:
    for bit in range(32):
        if mask >> bit & 1:
            yield CASES[bit % 4], NUMBERS[bit // 4 % 2], DECLENSIONS[bit // 8]


@dataclass(frozen=True, slots=True)
class NounReading:
    """One thing a written noun can be: "Straßen" is Straße, feminine, plural, in any of the four cases.

    ``head`` is the noun of the list the reading comes from: the lemma itself, or the head of a compound the
    list lacks ("Friedrichstraße" -> "Straße"). ``gender`` is "" for nouns only used in the plural.
    """

    lemma: str
    gender: Gender
    case: Case
    number: Number
    declension: Declension = ""
    head: str = ""
    paradigm: int = field(default=0, repr=False, compare=False)

    def inflect(self, case: Case, number: Number, declension: Declension | None = None) -> str | None:
        """The same noun (same paradigm, same compound prefix) in another case or number."""
        wanted = self.declension if declension is None else declension
        form = _paradigm(self.paradigm).get(_bit(case, number, wanted))
        return (
            None if form is None else _join(self.lemma[: len(self.lemma) - len(self.head.lstrip("-"))], form)
        )


@lru_cache(maxsize=100_000)
def readings(word: str, morphemes: tuple[tuple[str, str], ...] = ()) -> tuple[NounReading, ...]:
    """Every (lemma, gender, case, number) the written noun ``word`` can be; () for an unknown word.

    ``morphemes`` is HanTa's analysis (``Token.morphemes``); it only helps to find the head of a compound.
    """
    found = _readings(word)
    if found or not word[:1].isupper():
        return found
    made = _feminine(word) or _nominalised(word)
    if made:
        return made
    split = _split(word, lambda part: bool(_readings(part)), morphemes)
    if split is None:
        return ()
    prefix, head = split
    return tuple(
        NounReading(_join(prefix, r.lemma), r.gender, r.case, r.number, r.declension, r.lemma, r.paradigm)
        for r in _readings(head)
    )


def inflect(
    lemma: str, case: Case, number: Number, *, gender: Gender | None = None, declension: Declension = ""
) -> str | None:
    """The form of ``lemma`` in ``case`` and ``number`` (``inflect("Kollege", "dat", "sg")`` -> "Kollegen").

    Wiktionary's first entry with that gender wins (its main sense: "Mutter" -> "Mütter", not "Muttern").
    Nominalised adjectives need ``declension`` (after "der": weak, after "ein": mixed, alone: strong).
    """
    prefix, entries = _entries(lemma)
    for paradigm, entry_gender in entries:
        if gender is not None and entry_gender != gender:
            continue
        form = _paradigm(paradigm).get(_bit(case, number, declension))
        if form is not None:
            return _join(prefix, form)
    return None


def genders(lemma: str) -> tuple[Gender, ...]:
    """Every gender Wiktionary gives the noun, its main sense first ("Teil" -> ("n", "m"))."""
    _prefix, entries = _entries(lemma)
    return tuple(dict.fromkeys(g for _paradigm, g in entries if g))


def gender(lemma: str) -> Gender | None:
    """The gender of the noun's main sense ("Straße" -> "f"); None when unknown or only used in the plural."""
    found = genders(lemma)
    return found[0] if found else None


# Nouns the list lacks that German forms by rule.

_MADE: dict[int, dict[int, str]] = {}
"""Paradigms made at run time (negative ids): feminine person nouns, nominalised infinitives."""


def _made(forms: dict[tuple[Case, Number], str]) -> int:
    key = -(len(_MADE) + 1)
    _MADE[key] = {_bit(case, number): form for (case, number), form in forms.items()}
    return key


@lru_cache(maxsize=20_000)
def _feminine(word: str) -> tuple[NounReading, ...]:
    """A feminine person noun of a known masculine one ("Anliegerin", "Anliegerinnen" of "Anlieger"):
    the same form in every case, "-innen" in the plural."""
    for suffix, number in (("innen", "pl"), ("in", "sg")):
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < MIN_FIRST:
            continue
        if any(r.gender == "m" for r in readings(base)):
            lemma = base + "in"
            paradigm = _made({(c, "sg"): lemma for c in CASES} | {(c, "pl"): base + "innen" for c in CASES})
            return tuple(NounReading(lemma, "f", case, number, "", lemma, paradigm) for case in CASES)
    return ()


@lru_cache(maxsize=20_000)
def _nominalised(word: str) -> tuple[NounReading, ...]:
    """A verb used as a neuter noun ("das Dazugehören", "beim Kennenlernen"): HanTa's morphemes end in the
    infinitive suffix; the same form in nominative, dative and accusative, "-s" in the genitive."""
    from simplify.nlp.analysis import word_morphemes

    morphemes = word_morphemes(word)
    if not morphemes or morphemes[-1][1] != "SUF_INF":
        return ()
    paradigm = _made(
        {("nom", "sg"): word, ("gen", "sg"): word + "s", ("dat", "sg"): word, ("acc", "sg"): word}
    )
    return tuple(NounReading(word, "n", case, "sg", "", word, paradigm) for case in ("nom", "dat", "acc"))


def _plausible_first(part: str) -> bool:
    """Whether a compound's first part is a word (with or without a linking element), so that a head found
    after it is no chance match ("Anlie" + "Gerinne")."""
    from simplify.lexicon import zipf

    lower = part.lower().rstrip("-")
    stems = {lower} | {
        lower[: -len(link)] for link in ("es", "en", "er", "s", "n", "e") if lower.endswith(link)
    }
    return any(len(stem) >= 2 and zipf(stem) > 0 for stem in stems)


# Lookups.


@lru_cache(maxsize=100_000)
def _readings(word: str) -> tuple[NounReading, ...]:
    rows = _index().execute(
        "SELECT n.id, n.lemma, n.gender, f.main | f.alt FROM forms f JOIN nouns n ON n.id = f.noun "
        "WHERE f.form = ? ORDER BY n.id",
        (word,),
    )
    found = (
        NounReading(lemma, gender, case, number, declension, lemma, paradigm)
        for paradigm, lemma, gender, mask in rows
        for case, number, declension in _slots(mask)
    )
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=20_000)
def _entries(lemma: str) -> tuple[str, tuple[tuple[int, Gender], ...]]:
    """(compound prefix, ((paradigm, gender), ...)) of a lemma, or of its compound head."""
    entries = _lemma_entries(lemma)
    if entries or not lemma[:1].isupper():
        return "", entries
    split = _split(lemma, lambda part: bool(_lemma_entries(part)))
    return ("", ()) if split is None else (split[0], _lemma_entries(split[1]))


@lru_cache(maxsize=20_000)
def _lemma_entries(lemma: str) -> tuple[tuple[int, Gender], ...]:
    return tuple(_index().execute("SELECT id, gender FROM nouns WHERE lemma = ? ORDER BY id", (lemma,)))


@lru_cache(maxsize=20_000)
def _paradigm(paradigm: int) -> dict[int, str]:
    """Slot bit -> form of one paradigm; a main form wins over an alternative one."""
    if paradigm < 0:
        return _MADE[paradigm]
    forms: dict[int, str] = {}
    query = "SELECT form, main, alt FROM forms WHERE noun = ? ORDER BY rowid"
    rows = list(_index().execute(query, (paradigm,)))
    for column in (1, 2):
        for row in rows:
            for bit in range(32):
                if row[column] >> bit & 1:
                    forms.setdefault(1 << bit, row[0])
    return forms


def _split(
    word: str, known: Callable[[str], bool], morphemes: Sequence[tuple[str, str]] = ()
) -> tuple[str, str] | None:
    """(first part, head) of a compound: the longest known last part, capitalised; else (stem, "-suffix").

    A head no more than a letter longer than a known suffix is a chance match: "Vernetzungen" is "Vernetz" +
    "-ungen", not "Vernet" + "Zungen".
    """
    suffix = _suffix(word, known)
    shortest = len(suffix[1]) if suffix else 0  # the suffix with its hyphen: one letter more
    hyphens = {i + 1 for i, char in enumerate(word) if char == "-"}
    boundaries = set(range(MIN_FIRST, len(word) - MIN_HEAD + 1)) | hyphens | _noun_starts(word, morphemes)
    shown = hyphens | _noun_starts(word, morphemes)
    for start in sorted(boundaries):
        part = word[start:]
        if part[:1].isalpha() and len(part) > shortest:
            head = part[0].upper() + part[1:]
            if known(head) and (start in shown or _plausible_first(word[:start])):
                return word[:start], head
    return suffix


def _suffix(word: str, known: Callable[[str], bool]) -> tuple[str, str] | None:
    """(stem, suffix) for a word in a suffix Wiktionary inflects ("Vernetzung" -> "Vernetz", "-ung")."""
    for start in range(MIN_FIRST, len(word) - MIN_SUFFIX + 1):
        if known("-" + word[start:]):
            return word[:start], "-" + word[start:]
    return None


def _noun_starts(word: str, morphemes: Sequence[tuple[str, str]]) -> set[int]:
    """Where HanTa's noun morphemes begin inside ``word`` (when they spell the word)."""
    if "".join(m for m, _label in morphemes) != word.lower():
        return set()
    starts, position = set(), 0
    for morpheme, label in morphemes:
        if label.startswith("NN") and 0 < position < len(word) - 1:
            starts.add(position)
        position += len(morpheme)
    return starts


def _join(prefix: str, form: str) -> str:
    """A compound's first part and a form of its head: "Friedrich" + "Straßen" -> "Friedrichstraßen"."""
    if form.startswith("-"):  # a suffix: "Vernetz" + "-ungen"
        return prefix + form[1:]
    if not prefix or prefix.endswith("-"):
        return prefix + form
    return prefix + form[0].lower() + form[1:]


# The index.


def _index() -> sqlite3.Connection:
    return index_cache.database(_index_name(), _build)


@cache
def _index_name() -> str:
    return f"nouns-{metadata.version('german-nouns')}-{_LAYOUT}"


def _csv_path() -> Path:
    from german_nouns.config import CSV_FILE_PATH

    return Path(CSV_FILE_PATH)


def _build(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE nouns (id INTEGER PRIMARY KEY, lemma TEXT, gender TEXT)")
    connection.execute("CREATE TABLE forms (form TEXT, noun INTEGER, main INTEGER, alt INTEGER)")
    with _csv_path().open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        columns = _Columns(next(rows))
        entries = (entry for row in rows for entry in columns.entries(row))
        nouns, forms = [], []
        for paradigm, (lemma, noun_gender, found) in enumerate(entries, 1):
            nouns.append((paradigm, lemma, noun_gender))
            forms.extend((form, paradigm, main, alt) for form, (main, alt) in found.items())
    connection.executemany("INSERT INTO nouns VALUES (?, ?, ?)", nouns)
    connection.executemany("INSERT INTO forms VALUES (?, ?, ?, ?)", forms)
    connection.execute("CREATE INDEX forms_by_form ON forms (form)")
    connection.execute("CREATE INDEX forms_by_noun ON forms (noun)")
    connection.execute("CREATE INDEX nouns_by_lemma ON nouns (lemma)")


Forms = dict[str, list[int]]  # form -> [mask of main slots, mask of alternative slots]


class _Columns:
    """The columns of nouns.csv this module reads, found by their names in the header."""

    def __init__(self, header: list[str]) -> None:
        where = {name: index for index, name in enumerate(header)}
        self.lemma, self.pos, self.genus = where["lemma"], where["pos"], where["genus"]
        self.numbered = {str(i): where[f"genus {i}"] for i in range(1, 5)}
        self.slots = [_column(name) for name in header]

    def entries(self, row: list[str]) -> Iterator[tuple[str, Gender, Forms]]:
        """(lemma, gender, forms) of each sense in one row: one per gender, or per numbered singular."""
        lemma = row[self.lemma]
        if not _WORD.fullmatch(lemma) or _SKIPPED_POS.intersection(row[self.pos].split(",")):
            return
        if lemma.startswith("-") and len(lemma) - 1 < MIN_SUFFIX:
            return  # "-er", "-in": too short to tell a suffix from the end of a name
        shared: Forms = {}
        by_sense: dict[str, Forms] = {}
        for slot, form in zip(compress(self.slots, row), compress(row, row), strict=True):
            if slot is not None and (form.isalpha() or _WORD.fullmatch(form)):
                bit, sense, alternative = slot
                target = by_sense.setdefault(sense, {}) if sense else shared
                target.setdefault(form, [0, 0])[alternative] |= bit
        numbered = {sense: row[index] for sense, index in self.numbered.items()}
        for sense, forms in by_sense.items():
            yield lemma, numbered[sense] or row[self.genus], _merge(forms, shared)
        if shared and not by_sense:
            for noun_gender in [g for g in dict.fromkeys([row[self.genus], *numbered.values()]) if g] or [""]:
                yield lemma, noun_gender, shared


def _column(name: str) -> tuple[int, str, int] | None:
    """(slot bit, sense, alternative) of a form column; None for other columns.

    "genitiv singular*" is an alternative form (1); "nominativ singular 2" the singular of the second gender
    (sense "2"); "nominativ plural 2" an alternative plural; "dativ singular schwach" a weak declension slot.
    """
    words = name.split()
    if len(words) < 2 or words[0] not in _CSV_CASES:
        return None
    number: Number = "sg" if words[1].rstrip("*") == "singular" else "pl"
    extra = words[2] if len(words) > 2 else ""
    bit = _bit(_CSV_CASES[words[0]], number, _CSV_DECLENSIONS.get(extra, ""))
    sense = extra if extra.isdigit() and number == "sg" else ""
    alternative = words[1].endswith("*") or (extra.isdigit() and extra != "1" and number == "pl")
    return bit, sense, int(alternative)


def _merge(own: Forms, shared: Forms) -> Forms:
    merged = {form: list(masks) for form, masks in own.items()}
    for form, (main, alt) in shared.items():
        masks = merged.setdefault(form, [0, 0])
        masks[0] |= main
        masks[1] |= alt
    return merged
