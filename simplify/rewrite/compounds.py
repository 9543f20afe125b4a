"""W6: long compound nouns are split with the chosen separator: "Stadtverwaltung" -> "Stadt·verwaltung"
(mediopunkt, Bredel & Maaß: the second part lower case), "Stadt-Verwaltung" (hyphen, Netzwerk Leichte Sprache:
capitalised), or unchanged (none). Which words are split, and which are names that stay whole, is
:mod:`simplify.nlp.compounds`. A word that already holds a separator or a hyphen is left alone, so running the
rule twice changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from simplify.nlp.compounds import CANDIDATE, join, names, parts, splits
from simplify.rewrite.rules import TextContext, rule

__all__ = ["compound_words", "join", "names", "parts", "split"]


@rule("W6.compounds", kind="text", context=True)
def compound_words(text: str, context: TextContext) -> str:
    """W6: long compound nouns split with the separator of the run; names stay whole."""
    return split(text, separator=context.separator, level=context.level, keep=context.keep)


def split(text: str, *, separator: str, level: str, keep: Collection[str] = ()) -> str:
    """Split the long compound nouns of ``text``; words in ``keep`` (names) stay whole."""
    if separator == "none":
        return text

    def one(match: re.Match[str]) -> str:
        word = match.group()
        pieces = () if word in keep else splits(word, level)
        return join(pieces, separator) if pieces else word

    return CANDIDATE.sub(one, text)
