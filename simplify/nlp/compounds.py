"""Compound nouns: where a long compound is split (the rewriter writes the parts with a separator, rule W6)
and which capitalised words are names that stay whole. The checker asks the same questions, so it flags
exactly the compounds the rewriter would split.

When a word is split:
- it is a capitalised noun of at least ``Profile.compound_letters`` letters: 10 for Leichte Sprache
  ("Bürgerbüro" yes, "Rathaus" no), 16 for Einfache Sprache, which splits only very long words; the
  letters of a feminine form are counted without its ending, so that it splits like the masculine form
  ("Radfahrerinnen" stays whole like "Radfahrer");
- it is no name: words the analysis tagged NE, capitalised words right after a name ("Manuel
  Steinbrenner"), and streets, districts and firms known by the words around them ("Kanalstraße",
  "Königsbrücker Straße", "Stadtteil Kinderhaus", "Friedemann & Weber"; :func:`names`);
- the whole word is not itself common (Zipf < ``COMMON_ZIPF``: "Geburtstag", "Krankenhaus" stay whole),
  nor is its masculine form ("Bürgermeisterin" stays whole like "Bürgermeister");
- every part is a real word of at least 3 letters (wordfreq Zipf >= ``PART_ZIPF``, with or without
  its linking element: "Adventsreise" -> "Advents·reise" because "Advent" is a word; with or without the
  feminine "-in"/"-innen", so that "Wahlhelferinnen" splits like "Wahlhelfer"; a first part may be a
  verb stem: "Ansprechpartner" -> "Ansprech·partner" because "ansprechen" is a word);
- of the possible splits, the one with the fewest parts wins, then the one whose rarest part is most common;
- when HanTa sees no compound at all ("Leseausweis", "Kindertagesstätte"), a first part is split off
  when both it and the rest are nouns by HanTa's analysis (a first part may also be a verb stem such as
  "Lese") and real words, and the rest is no suffix ("-schaft"); the rest is then split again:
  "Kinder·tages·stätte" like "Kinder·tages·pflege".
A word of more than ``MAX_LETTERS`` letters is no compound of the language but noise or an attack: it stays
whole (the splitting of longer strings costs time that grows with the square of their length).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from simplify.lexicon import words, zipf
from simplify.nlp.analysis import word_morphemes
from simplify.profile import SEPARATORS, profile

_zipf = partial(zipf, wordlist="small")  # a part of a compound must be a common word

PART_ZIPF = 3.0  # wordfreq's small list holds the words from Zipf 3 up: a part must be in it
COMMON_ZIPF = 4.0
MAX_LETTERS = 63
"""Longest word split: "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz" has 63 letters."""
_LINKS = ("es", "en", "er", "s", "n", "e")
_FEMININE = ("innen", "in")
_NOUNLIKE = {"NN", "FUGE", "SUF"}  # label bases of a noun's morphemes (NN_VAR, SUF_NN, SUF_FEM count)
# particles and prepositions HanTa also knows as nouns ("Fort", "Ober"): never a first part of their own
_NO_HEADS = {"fort", "wider", "wieder", "weiter", "voll", "hinter", "durch", "nach", "ober", "unter", "über"}
_NO_HEADS |= {"neben", "gegen", "zurück", "zusammen"}
_PLURALS = ("en", "n", "e", "s")
_ADJECTIVE_ENDINGS = ("lich", "ig", "isch", "los", "bar", "sam", "haft", "end")
_SUFFIX_WORDS = {"schaft", "schaften", "heit", "heiten", "keit", "keiten", "nis", "nisse", "tum", "ling"}
_LEXICAL = ("NN", "ADJ", "NE", "VV")
CANDIDATE = re.compile(r"(?<![\w·\-@./])[A-ZÄÖÜ][a-zäöüß]+(?![\w·\-@])")


@lru_cache(maxsize=100_000)
def _is_word(piece: str, *, first: bool = False) -> float:
    """The Zipf value of a piece, or of the piece without its linking element or ending; 0 if too short.

    A last part may also be a feminine form ("helferinnen" counts as "helfer"), a first part the stem of a
    verb ("ansprech" counts as "ansprechen").
    """
    lower = piece.lower()
    if len(lower) < 3:
        return 0.0
    best = _zipf(lower)
    for link in _LINKS:
        if lower.endswith(link) and len(lower) - len(link) >= 3:
            best = max(best, _zipf(lower[: -len(link)]))
    if first and len(lower) >= 4:
        best = max(best, _zipf(lower + "en"), _zipf(lower + "n") if lower.endswith("e") else 0.0)
    if not first:
        stems = [lower[: -len(f)] for f in _FEMININE if lower.endswith(f) and len(lower) - len(f) >= 3]
        best = max([best, *(_zipf(stem) for stem in stems)])
    return best


@lru_cache(maxsize=100_000)
def parts(word: str) -> tuple[str, ...]:
    """The surface parts of a compound noun, e.g. ("Bürger", "büro"); () if it is not split."""
    if len(word) > MAX_LETTERS:
        return ()
    lower = word.lower()
    if max(_zipf(lower), _zipf(_masculine(word))) >= COMMON_ZIPF:
        return ()  # "Bürgermeisterin" stays whole like the common "Bürgermeister"
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
    if position != len(lower):
        return ()
    if not boundaries:
        analysis = word_morphemes(word)
        stems = [m for m, label in analysis if label.split("_")[0] in _LEXICAL]
        labels = [label for _m, label in analysis]
        # a name HanTa knows ("Kaiserslautern") or an adjective from a name ("Maastrichter") stays whole
        known_name = labels == ["NE"] or "ADJ_INVAR" in labels
        return _split_off(word, stems[0]) if len(stems) == 1 and not known_name else ()
    return _fewest_parts(word, boundaries)


def _fewest_parts(word: str, boundaries: list[int]) -> tuple[str, ...]:
    """The split at ``boundaries`` with the fewest parts whose rarest part is a word, and of those the one
    whose rarest part is most common (the first in the order of the cut positions on a tie); ().

    Dynamic programming over the cut positions instead of trying every combination: ``reach[k][j]`` is
    the best rarest part of a split of ``word[edges[j]:]`` into ``k`` parts, so a word with many boundaries
    costs ``parts x boundaries^2`` look-ups, not ``2^boundaries``.
    """
    edges = (0, *boundaries, len(word))
    end = len(edges) - 1

    def score(a: int, b: int) -> float:
        return _is_word(word[edges[a] : edges[b]], first=b != end)

    reach: list[list[float]] = [[float("inf") if j == end else -1.0 for j in range(end + 1)]]
    for size in range(1, end + 1):
        reach.append(
            [
                max((min(score(j, e), reach[-1][e]) for e in range(j + 1, end + 1)), default=-1.0)
                for j in range(end + 1)
            ]
        )
        if size > 1 and reach[size][0] >= PART_ZIPF:  # one part is the word itself, no split
            return _first_best(word, edges, reach, size, score)
    return ()


def _first_best(
    word: str, edges: tuple[int, ...], reach: list[list[float]], size: int, score: Callable[[int, int], float]
) -> tuple[str, ...]:
    """The split into ``size`` parts whose rarest part scores ``reach[size][0]``, earliest cuts first."""
    target, position, pieces = reach[size][0], 0, []
    for left in range(size, 0, -1):
        following = next(
            e
            for e in range(position + 1, len(edges))
            if min(score(position, e), reach[left - 1][e]) >= target
        )
        pieces.append(word[edges[position] : edges[following]])
        position = following
    return tuple(pieces)


def _plain(piece: str) -> float:
    """The Zipf value of a last part as it is or without a plural ending ("Personen" -> "Person")."""
    lower = piece.lower()
    stems = [lower[: -len(e)] for e in _PLURALS if lower.endswith(e) and len(lower) - len(e) >= 4]
    return max([_zipf(lower), *(_zipf(stem) for stem in stems)])


def _noun(word: str, *, head: bool) -> bool:
    """Whether HanTa analyses ``word`` as a noun (a head may also be a verb stem: "Lese", "Warte")."""
    labels = [label.split("_")[0] for _morpheme, label in word_morphemes(word)]
    if head and labels == ["VV", "SUF"]:
        return True
    return "NN" in labels and all(label in _NOUNLIKE for label in labels)


def _split_off(word: str, stem: str) -> tuple[str, ...]:
    """A first part and the rest (split again) of a compound HanTa took for one ``stem``; () when unsure.

    The cut leaves at least 4 letters of the stem to the rest, so that no ending becomes a part
    ("Lehrerinnen" is no "Lehre·rinnen"); the last part is a word as it is or without a plural ending
    ("Parlamentarier" is no "Parlament·arier"); adjectives ("freundlich") are never split.
    """
    if stem.endswith(_ADJECTIVE_ENDINGS):
        return ()
    best: tuple[float, tuple[str, ...]] | None = None
    for cut in range(4, len(stem) - 3):
        head, rest = word[:cut], word[cut:].capitalize()
        if head.lower() in _NO_HEADS or rest.lower() in _SUFFIX_WORDS:
            continue
        # the head first (frequency look-ups, one analysis), the rest (analysed and split again) after
        if _is_word(head, first=True) < PART_ZIPF or not _noun(head, head=True):
            continue
        tail = parts(rest) or (rest,)
        rarest = min(_is_word(head, first=True), *(_is_word(p) for p in tail[:-1]), _plain(tail[-1]))
        if rarest < PART_ZIPF or not _noun(rest, head=False):
            continue
        if best is None or rarest > best[0]:
            best = (rarest, (head, tail[0].lower(), *tail[1:]))
    return best[1] if best else ()


@lru_cache(maxsize=100_000)
def _masculine(word: str) -> str:
    """The lower-case word before HanTa's feminine ending ("Bürgermeisterinnen" -> "bürgermeister")."""
    position = 0
    for morpheme, label in word_morphemes(word):
        if label == "SUF_FEM" and word[position:].lower() in _FEMININE:  # not "Termine" (Term-in-e)
            return word[:position].lower()
        position += len(morpheme)
    return word.lower()


_STREET_ENDINGS = (
    "straße",
    "strasse",
    "str.",
    "weg",
    "platz",
    "allee",
    "gasse",
    "ring",
    "damm",
    "ufer",
    "chaussee",
)
_NAME_CONTEXTS = "words/name_contexts.tsv"


def _context(kind: str) -> frozenset[str]:
    return words(_NAME_CONTEXTS, kind)


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and token.text.replace("-", "").isalpha()


def _place_name(tokens: Sequence, i: int) -> bool:
    """Whether ``tokens[i]`` names a street, a district or a firm by the words around it.

    - a street: a word in -straße, -str., -allee or -gasse that is no kind of street ("Kanalstraße", not
      "Umgehungsstraße"), and any street word with a house number or a corner: "Rathausplatz 1",
      "Hauptstraße Ecke Bahnhofstraße";
    - the word before "Straße", "Platz", ...: "Königsbrücker Straße";
    - a rare capitalised adjective in -er before a noun: "Kaiserslauterer Innenstadt";
    - a word after "Stadt", "Stadtteil", "Ortsteil", ...: "im Stadtteil Kinderhaus";
    - the place of a dateline: "Kesselstadt, 23. März 2026.";
    - a word of a firm name with "&": "Friedemann & Weber".
    """
    word, before, after = (
        tokens[i].text,
        tokens[i - 1] if i else None,
        tokens[i + 1] if i + 1 < len(tokens) else None,
    )
    near = [t.text for t in tokens[max(0, i - 2) : i + 3]]
    if word.lower().endswith(tuple(_context("street-ending"))) and word.lower() not in _context(
        "kind-of-street"
    ):
        return True
    if word.lower().endswith(_STREET_ENDINGS) and (
        (after is not None and after.text[:1].isdigit()) or "Ecke" in near
    ):
        return True
    if after is not None and (after.text in _context("street-word") or after.text == "&"):
        return True
    if before is not None and (before.text in _context("place-noun") or before.text == "&"):
        return True
    if before is None and after is not None and after.text == "," and i + 2 < len(tokens):
        return tokens[i + 2].text[:1].isdigit()  # the place of a dateline: "Kesselstadt, 23. März 2026."
    rare = _zipf(word.lower()) < PART_ZIPF
    return (
        word.endswith("er")
        and before is not None  # not the first word of the sentence
        and after is not None
        and after.pos == "NN"
        and _capitalised(after)
        and rare
    )


def names(tokens: Sequence) -> frozenset[str]:
    """Words of a sentence that must not be split: names (NE), surnames after a first name, and streets,
    districts and firms recognised by the words around them (:func:`_place_name`).

    A capitalised word right after a name counts as a surname ("Manuel Steinbrenner") when it is
    rare (Zipf < ``PART_ZIPF``) and the name before it is no genitive ("Kassels Städtepartnerschaften").
    The base form of a name counts too: the genitive rule writes "von Kaiserslautern" for "Kaiserslauterns".
    """
    kept = set()
    previous = ""
    for i, token in enumerate(tokens):
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
            if token.pos == "NE" and token.lemma and token.lemma[:1].isupper():
                kept.add(token.lemma)
            previous = word
        else:
            previous = ""
            if _capitalised(token) and _place_name(tokens, i):
                kept.add(word)
    return frozenset(kept)


def splits(word: str, level: str) -> tuple[str, ...]:
    """The parts the rewriter writes ``word`` in at ``level`` ("Stadtverwaltung" -> "Stadt", "verwaltung"),
    or () when it stays whole (too short for the level, too long to be a word, common, or no compound)."""
    minimum = profile(level).compound_letters
    if not minimum <= len(word) <= MAX_LETTERS or len(_masculine(word)) < minimum:
        return ()
    return parts(word)


def join(pieces: tuple[str, ...], separator: str) -> str:
    """Join parts with the separator: "Bürger·büro", "Bürger-Büro"."""
    mark = SEPARATORS[separator]
    head, *rest = pieces
    if separator == "hyphen":
        return mark.join([head, *(p[:1].upper() + p[1:] for p in rest)])
    return mark.join([head, *(p.lower() for p in rest)])
