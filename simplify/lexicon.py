"""Every data file of ``simplify/data``, read once, and wordfreq, wrapped once.

Data files are grouped by who reads them (``input/``, ``words/``, ``rewrite/``, ``check/``, ``readability/``,
``backends/``; ``data/README.md`` lists them). A table is UTF-8 text with one row per line and tab-separated
cells; it starts with a declared header of comment lines::

    # what: what the file holds and which rule reads it (a key's continuation lines start with "#   ")
    # source: where the entries come from
    # licence: the licence of the entries
    # columns: the columns, separated by <TAB>
    # further comment lines: notes

Comment lines (``#``) and blank lines are no rows. A JSON file carries the same keys in its ``about`` object.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from simplify import cache as index_cache
from simplify.errors import InputError

__all__ = [
    "HEADER_KEYS",
    "Header",
    "data_files",
    "header",
    "json_file",
    "mapping",
    "path",
    "read_table",
    "table",
    "words",
    "zipf",
]

HEADER_KEYS = ("what", "source", "licence", "columns")


@dataclass(frozen=True, slots=True)
class Header:
    """The declared header of a data file."""

    what: str
    source: str
    licence: str
    columns: str


def path(name: str) -> Traversable:
    """The data file ``name`` (a path below ``simplify/data``, e.g. ``"words/glossary.tsv"``)."""
    return files("simplify").joinpath("data", *name.split("/"))


def data_files() -> list[str]:
    """The names of every data file, sorted."""
    root = Path(str(files("simplify").joinpath("data")))
    return sorted(
        str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.suffix in {".tsv", ".json"}
    )


@cache
def _text(name: str) -> str:
    return path(name).read_text(encoding="utf-8")


@cache
def header(name: str) -> Header:
    """The declared header of a data file; a key that is missing is an empty string."""
    if name.endswith(".json"):
        about = json_file(name).get("about", {})
        return Header(*(str(about.get(key, "")) for key in HEADER_KEYS))
    found: dict[str, list[str]] = {}
    key = None
    for line in _text(name).splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        label, _, value = body.partition(":")
        if label in HEADER_KEYS and not line[1:].startswith("   "):
            key = label
            found[key] = [value.strip()]
        elif key is not None and line.startswith("#   "):
            found[key].append(body)
        else:
            key = None
    return Header(*(" ".join(found.get(k, [])) for k in HEADER_KEYS))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a data table, each a tuple of its cells with surrounding spaces removed."""
    lines = (line for line in _text(name).splitlines() if line.strip() and not line.startswith("#"))
    rows = (line.split("\t") for line in lines)
    return tuple(tuple(cell.strip() for cell in row) for row in rows)


@cache
def mapping(name: str) -> dict[str, str]:
    """A table as a dict: first column -> second column ("" for a row of one cell)."""
    return {row[0]: row[1] if len(row) > 1 else "" for row in table(name)}


@cache
def words(name: str, kind: str | None = None) -> frozenset[str]:
    """The first column of a table; with ``kind``, the second column of the rows whose first is ``kind``."""
    if kind is None:
        return frozenset(row[0] for row in table(name))
    return frozenset(row[1] for row in table(name) if row[0] == kind)


@cache
def json_file(name: str) -> dict[str, object]:
    """A JSON data file."""
    return json.loads(_text(name))


def read_table(file: Path | str | Traversable, columns: int, *, optional: int = 0):
    """(line number, cells) of a table a user gives (``--glossary``) or a built-in one read the same way.

    Each row has ``columns`` non-empty cells, and up to ``optional`` more; a malformed line raises
    InputError naming the file and the line.
    """
    try:
        text = (file if hasattr(file, "read_text") else Path(file)).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read {file}: {error}") from None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        while len(cells) > columns and not cells[-1]:
            cells.pop()
        if not columns <= len(cells) <= columns + optional or not all(cells[:columns]):
            expected = f"{columns}" + (f" to {columns + optional}" if optional else "")
            raise InputError(
                f"{file}, line {number}: expected {expected} tab-separated non-empty columns, got {line!r}"
            )
        yield number, cells


Wordlist = Literal["large", "small"]


_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
"""The letters of the Latin script with their precomposed accented forms (ä, é, ı, ł, ...)."""
_PLAIN = re.compile(f"[{_LETTERS}]+")
"""Words wordfreq reads as one token that is the word casefolded: their Zipf value is one index lookup."""
_INDEXED = re.compile(f"[{_LETTERS}]+(?:-[{_LETTERS}]+)*\\.?|[!-/:-@\\[-`{{-~„“”‚‘’–—…«» ]*")
"""Plain words, joined by hyphens ("E-Mail"), with a full stop ("Dr."), or punctuation only or nothing."""
_ZIPF_LAYOUT = 3
_MINIMUM = 1e-9
"""wordfreq's frequency of an unknown word (Zipf 0)."""


@lru_cache(maxsize=200_000)
def zipf(word: str, wordlist: Wordlist = "large") -> float:
    """wordfreq's Zipf frequency of a German word (0 when unknown, 7 for the most common words).

    ``small`` is wordfreq's short list (words from about Zipf 3 up): it loads faster and is enough where
    a rule only asks whether a word is common. Plain words, also hyphenated, and punctuation are looked up
    in an index of the list (``simplify.cache``, built once) and combined as wordfreq does: loading the
    large list takes 0.4 s and 76 MiB in every process. Other words (digits, other scripts) ask wordfreq.
    """
    keys = [token.casefold() for token in _PLAIN.findall(word)]
    if not _INDEXED.fullmatch(word) or not all(_PLAIN.fullmatch(key) for key in keys):
        from wordfreq import zipf_frequency

        return zipf_frequency(word, "de", wordlist=wordlist)
    index = _zipf_index(wordlist)
    one_over = 0.0
    for key in keys:
        row = index.execute("SELECT freq FROM words WHERE word = ?", (key,)).fetchone()
        if row is None:
            return _zipf_of(_MINIMUM)
        one_over += 1.0 / row[0]
    return _zipf_of(max(1.0 / one_over, _MINIMUM) if one_over else _MINIMUM)


def _zipf_of(frequency: float) -> float:
    """wordfreq's rounding: the frequency to three significant digits, its Zipf value to two decimals."""
    rounded = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


@cache
def _zipf_index(wordlist: Wordlist) -> sqlite3.Connection:
    from importlib import metadata

    name = f"wordfreq-de-{wordlist}-{metadata.version('wordfreq')}-{_ZIPF_LAYOUT}"
    return index_cache.database(name, lambda connection: _build_zipf(connection, wordlist))


def _build_zipf(connection: sqlite3.Connection, wordlist: Wordlist) -> None:
    """Each entry of plain letters with its frequency, the value of ``wordfreq.get_frequency_dict``."""
    from wordfreq import get_frequency_dict

    connection.execute("CREATE TABLE words (word TEXT PRIMARY KEY, freq REAL) WITHOUT ROWID")
    entries = get_frequency_dict("de", wordlist).items()
    plain = ((word, freq) for word, freq in entries if _PLAIN.fullmatch(word) and word == word.casefold())
    connection.executemany("INSERT INTO words VALUES (?, ?)", plain)
