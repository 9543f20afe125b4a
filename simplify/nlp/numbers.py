"""German number words (``data/words/number_words.tsv``): the value of a cardinal number word, for the
rewriter (Z1), the checker (Z1) and the fact guard alike."""

from __future__ import annotations

from functools import cache, lru_cache

from simplify.lexicon import path, read_table


@cache
def number_table() -> tuple[dict[str, tuple[int, str]], dict[str, str]]:
    """Building blocks (form -> value, type) and phrases (phrase -> replacement) of words/number_words.tsv."""
    blocks: dict[str, tuple[int, str]] = {}
    phrases: dict[str, str] = {}
    for _number, (form, value, kind) in read_table(path("words/number_words.tsv"), 3):
        if kind == "phrase":
            phrases[form] = value
        else:
            blocks[form] = (int(value), kind)
    return blocks, phrases


@lru_cache(maxsize=50_000)
def cardinal(word: str) -> int | None:
    """The value of a German cardinal number word ("vier" 4, "einundzwanzig" 21), else None.

    The bare article "ein" is no number; "eins" is.
    """
    blocks, _ = number_table()
    if word == "ein" or not word.isalpha() or not word.islower():
        return None
    if word in blocks and blocks[word][1] == "word":
        return blocks[word][0]
    return _below(word, 1_000_000, blocks)


def _below(word: str, limit: int, blocks: dict[str, tuple[int, str]]) -> int | None:
    """Parse ``word`` as a number below ``limit`` from units, teens, tens, hundert and tausend."""
    for multiplier_word, size in (("tausend", 1000), ("hundert", 100)):
        if size >= limit or multiplier_word not in word:
            continue
        head, _, tail = word.partition(multiplier_word)
        factor = 1 if head == "" else _below(head, size, blocks) if head != "ein" else 1
        rest = 0 if tail == "" else _below(tail, size, blocks) if tail != "ein" else None
        if factor is None or rest is None:
            return None
        return factor * size + rest
    entry = blocks.get(word)
    if entry and entry[1] in {"unit", "teen", "ten"}:
        return entry[0]
    unit, sep, ten = word.partition("und")
    if (
        sep
        and blocks.get(ten, (0, ""))[1] == "ten"
        and (unit == "ein" or blocks.get(unit, (0, ""))[1] == "unit")
    ):
        return blocks[ten][0] + (1 if unit == "ein" else blocks[unit][0])
    return None
