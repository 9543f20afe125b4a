"""W6: long compound nouns are split with the chosen separator, from HanTa's compound analysis.

"Stadtverwaltung" -> "Stadt·verwaltung" (mediopunkt, Bredel & Maaß: the second part lower case),
"Stadt-Verwaltung" (hyphen, Netzwerk Leichte Sprache: capitalised), or unchanged (none).

When a word is split:
- it is a capitalised noun of at least ``MIN_LETTERS[level]`` letters: 10 for Leichte Sprache
  ("Bürgerbüro" yes, "Rathaus" no), 16 for Einfache Sprache, which splits only very long words;
- it is no name: words the analysis tagged NE, and capitalised words right after a name
  ("Manuel Steinbrenner"), are passed in as ``keep`` and never split;
- the whole word is not itself common (Zipf < ``COMMON_ZIPF``: "Geburtstag", "Krankenhaus" stay whole);
- every part is a real word of at least 3 letters (wordfreq Zipf >= ``PART_ZIPF``, with or without
  its linking element: "Adventsreise" -> "Advents·reise" because "Advent" is a word);
- of the possible splits, the one with the fewest parts wins, then the one whose rarest part is most common.
A word that already holds a separator or a hyphen is left alone, so running the rule twice changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import combinations, pairwise

from simplify.segment import word_morphemes

MIN_LETTERS = {"leichte": 10, "einfache": 16}
PART_ZIPF = 3.0  # wordfreq's small list holds the words from Zipf 3 up: a part must be in it
COMMON_ZIPF = 4.0
_LINKS = ("es", "en", "er", "s", "n", "e")
_LEXICAL = ("NN", "ADJ", "NE", "VV")
_CANDIDATE = re.compile(r"(?<![\w·\-@./])[A-ZÄÖÜ][a-zäöüß]+(?![\w·\-@])")
SEPARATORS = {"mediopunkt": "·", "hyphen": "-"}


@lru_cache(maxsize=100_000)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "de", wordlist="small")


def _is_word(piece: str) -> float:
    """The Zipf value of a piece, or of the piece without its linking element; 0 if it is too short."""
    lower = piece.lower()
    if len(lower) < 3:
        return 0.0
    best = _zipf(lower)
    for link in _LINKS:
        if lower.endswith(link) and len(lower) - len(link) >= 3:
            best = max(best, _zipf(lower[: -len(link)]))
    return best


@lru_cache(maxsize=100_000)
def parts(word: str) -> tuple[str, ...]:
    """The surface parts of a compound noun, e.g. ("Bürger", "büro"); () if it is not split."""
    lower = word.lower()
    if _zipf(lower) >= COMMON_ZIPF:
        return ()
    position = 0
    boundaries = []
    previous = ""
    for morpheme, label in word_morphemes(word):
        base = label.split("_")[0]
        if not lower.startswith(morpheme, position):
            return ()
        lexical = base.startswith(_LEXICAL)
        if lexical and position > 0 and (previous.startswith(_LEXICAL) or previous == "FUGE"):
            boundaries.append(position)
        previous = base
        position += len(morpheme)
    if position != len(lower) or not boundaries:
        return ()
    best: tuple[int, float, tuple[str, ...]] | None = None
    for size in range(1, len(boundaries) + 1):
        for cut in combinations(boundaries, size):
            edges = (0, *cut, len(word))
            pieces = tuple(word[a:b] for a, b in pairwise(edges))
            rarest = min(_is_word(p) for p in pieces)
            if rarest < PART_ZIPF:
                continue
            if best is None or (len(pieces), -rarest) < (best[0], -best[1]):
                best = (len(pieces), rarest, pieces)
        if best is not None:
            break
    return best[2] if best else ()


def join(pieces: tuple[str, ...], separator: str) -> str:
    """Join parts with the separator: "Bürger·büro", "Bürger-Büro"."""
    mark = SEPARATORS[separator]
    head, *rest = pieces
    if separator == "hyphen":
        return mark.join([head, *(p[:1].upper() + p[1:] for p in rest)])
    return mark.join([head, *(p.lower() for p in rest)])


def split(text: str, *, separator: str, level: str, keep: Collection[str] = ()) -> str:
    """Split the long compound nouns of ``text``; words in ``keep`` (names) stay whole."""
    if separator == "none":
        return text
    minimum = MIN_LETTERS[level]

    def one(match: re.Match[str]) -> str:
        word = match.group()
        if len(word) < minimum or word in keep:
            return word
        pieces = parts(word)
        return join(pieces, separator) if pieces else word

    return _CANDIDATE.sub(one, text)


def names(tokens: Collection) -> frozenset[str]:
    """Words of a sentence that must not be split: names (NE) and surnames after a first name.

    A capitalised word right after a name counts as a surname ("Manuel Steinbrenner") when it is
    rare (Zipf < ``PART_ZIPF``) and the name before it is no genitive ("Kassels Städtepartnerschaften").
    """
    kept = set()
    previous = ""
    for token in tokens:
        word = token.text
        surname = (
            previous
            and not previous.endswith("s")
            and word[:1].isupper()
            and word.isalpha()
            and _zipf(word.lower()) < PART_ZIPF
        )
        if token.pos == "NE" or surname:
            kept.add(word)
            previous = word
        else:
            previous = ""
    return frozenset(kept)
