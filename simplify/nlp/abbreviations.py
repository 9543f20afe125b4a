"""The abbreviations of ``data/words/abbreviations.tsv``: what the rewriter writes out (W7) is what the
checker flags, and what one allows (WC, Lkw, Kita) the other passes (W7, W8, Z2)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from simplify.lexicon import path, read_table

_KINDS = {"immer", "weglassen", "nach-zahl", "endung", "erlaubt"}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The abbreviations by kind, keyed without inner spaces ("z.B.")."""

    always: dict[str, str]  # written out everywhere ("" for the ones that are dropped)
    after_number: dict[str, str]  # units, written out only after a number ("5 km")
    endings: dict[str, str]  # ends of words ("Hauptstr.")
    allowed: frozenset[str]  # well known, they stay (WC, Lkw, Kita)
    dropped: frozenset[str]  # left out ("e.V.")


@cache
def lexicon() -> Lexicon:
    """The abbreviation lexicon, keyed by the abbreviation without inner spaces ("z.B.")."""
    file = path("words/abbreviations.tsv")
    tables: dict[str, dict[str, str]] = {kind: {} for kind in _KINDS}
    for number, (short, long, kind) in read_table(file, 3):
        if kind not in _KINDS:
            raise ValueError(f"{file}, line {number}: unknown kind {kind!r}")
        tables[kind][short.replace(" ", "")] = long
    always = tables["immer"] | dict.fromkeys(tables["weglassen"], "")
    allowed = frozenset(tables["erlaubt"])
    return Lexicon(always, tables["nach-zahl"], tables["endung"], allowed, frozenset(tables["weglassen"]))


def known(word: str) -> bool:
    """Whether ``word`` (with or without its final dot) is in the lexicon, written out or allowed."""
    lex = lexicon()
    key = word.replace(" ", "")
    keys = (key, key + ".")
    return any(k in table for k in keys for table in (lex.always, lex.after_number, lex.allowed))


def alternatives(keys: list[str]) -> str:
    """Regex alternatives; an inner dot may be followed by a space ("z. B." and "z.B.")."""
    escaped = []
    for key in sorted(keys, key=len, reverse=True):
        parts = [re.escape(p) for p in key.split(".")]
        escaped.append(r"\.\s?".join(parts[:-1]) + (r"\." + parts[-1] if len(parts) > 1 else parts[0]))
    return "|".join(escaped)


@cache
def finder() -> re.Pattern[str]:
    """The abbreviations written out everywhere, found in a text (also capitalised where a sentence opens)."""
    keys = list(lexicon().always)
    capitalised = [k[0].upper() + k[1:] for k in keys if k[0].islower()]
    return re.compile(rf"(?<![\w.\-])({alternatives([*keys, *capitalised])})(?![\w\-])")
