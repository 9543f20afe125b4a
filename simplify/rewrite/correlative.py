"""Rule S2 for paired conjunctions: "nicht nur A, sondern auch B", "sowohl A als auch B" make 2 sentences.

"Die Stadt fördert sowohl Vereine als auch Schulen mit Geld."
-> "Die Stadt fördert Vereine mit Geld." + "Die Stadt fördert auch Schulen mit Geld."
Inside a relative clause both halves become sentences about the noun:
"Kassel hat einen Partner, der nicht nur Bürger, sondern auch Projekte fördert."
-> "Kassel hat einen Partner." + "Der Partner fördert Bürger." + "Der Partner fördert auch Projekte."
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.rewrite.clauses import well_formed
from simplify.rewrite.relative import relative
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import Tokens, chunk, is_verb, spaced, top_level, word

# (first word, second word) of the opening pair and the two words of the closing pair
PAIRS = ((("nicht", "nur"), ("sondern", "auch")), (("sowohl",), ("als", "auch")))
# Words of a total or of a joint action: a sentence with them is not true of each half alone.
TOTALS = {
    "insgesamt",
    "zusammen",
    "gemeinsam",
    "beide",
    "beiden",
    "gesamt",
    "miteinander",
    "zusammengerechnet",
}


def _find(clause: Sequence[Token], words_: tuple[str, ...], start: int) -> int | None:
    flags = top_level(clause)
    for index in range(start, len(clause) - len(words_) + 1):
        if flags[index] and tuple(t.text.lower() for t in clause[index : index + len(words_)]) == words_:
            return index
    return None


@rule("S2.correlative", kind="sentence", splits=True)
def correlative(clause: Tokens) -> list[Tokens] | None:
    """S2: split "nicht nur A, sondern auch B" / "sowohl A als auch B" into one sentence per half.

    Words before the pair belong to both halves; words after B belong to both unless a comma
    starts them (then they describe B: "das Bestreben, Beziehungen zu fördern"). Where a half would get
    words that may belong to the other alone or to both together, the pair becomes "A und B" instead:
    a total ("..., insgesamt 80 Stück"), or a phrase after B that may describe B only ("die Einflüsse auf
    die Natur"). Halves that end in their own verb ("gewürdigt, sondern auch ... gesprochen") share nothing
    after B.
    """
    for opening, closing in PAIRS:
        first = _find(clause, opening, 0)
        if first is None:
            continue
        second = _find(clause, closing, first + len(opening))
        if second is None:
            continue
        a_end = second - 1 if clause[second - 1].text == "," else second
        half_a = list(clause[first + len(opening) : a_end])
        b_start = second + len(closing)
        if not half_a or b_start >= len(clause):
            continue
        b_end = chunk(clause, b_start)
        if b_end <= b_start:  # no phrase found ("das Bestreben" tagged NNI): B runs to the next comma
            b_end = next((i for i in range(b_start + 1, len(clause)) if clause[i].text == ","), len(clause))
        if is_verb(half_a[-1]):
            b_end = len(clause)  # two verb phrases: "X gewürdigt, sondern auch über Y gesprochen"
        rest = _finite_end(clause[:first], list(clause[b_end:]))
        prefix = list(clause[:first])
        if rest and rest[0].text == ",":
            half_b, shared = list(clause[b_start:]), []
        else:
            half_b, shared = list(clause[b_start:b_end]), rest
        if _joined_only(prefix, shared):
            if any(t.text == "," for t in half_a):
                return None  # "sowohl direkt genutzt werden, etwa ..., als auch ...": too involved
            merged = _merged(clause, first, opening, half_a, b_start)
            return [merged] if well_formed(merged) else None
        one = _close([*spaced(prefix), *spaced(half_a), *shared])
        two = _close([*spaced(prefix), word("auch", "ADV"), *spaced(half_b), *shared])
        if not (well_formed(one) and well_formed(two)):
            continue
        if any(t.pos == "PRELS" for t in prefix):
            # both halves in one relative clause: only when the relative clause can be split off
            halves = _relative_halves(one, two)
            if halves:
                return halves
            continue
        return [one, two]
    return None


def _joined_only(prefix: Sequence[Token], shared: Sequence[Token]) -> bool:
    """Words both halves would share that may not belong to each alone: a total, or a phrase after B."""
    if any(t.text.lower() in TOTALS for t in [*prefix, *shared]):
        return True
    flags = top_level(shared)
    if any(flag and t.text == "," for t, flag in zip(shared, flags, strict=True)):
        return True  # "..., insgesamt 80 Stück": an addition about all of it
    return bool(shared) and shared[0].pos in {"APPR", "APPRART"}


def _merged(clause: Tokens, first: int, opening: tuple[str, ...], half_a: Tokens, b_start: int) -> Tokens:
    """The pair as "A und B" ("nicht nur A, sondern auch B" -> "A und auch B"), the rest as it was."""
    also = [word("auch", "ADV")] if opening == ("nicht", "nur") else []
    return [*spaced(clause[:first]), *spaced(half_a), word("und", "KON"), *also, *clause[b_start:]]


def _finite_end(prefix: Sequence[Token], rest: Tokens) -> Tokens:
    """A relative clause ends in a finite verb even where HanTa tagged a participle ("die ... umfasst")."""
    if rest and rest[-1].pos == "VVPP" and any(t.pos == "PRELS" for t in prefix):
        return [*rest[:-1], replace(rest[-1], pos="VVFIN")]
    return rest


def _close(tokens: Tokens) -> Tokens:
    """The last token carries no space (a sentence end follows)."""
    return [*tokens[:-1], replace(tokens[-1], space_after=False)] if tokens else []


def _relative_halves(one: Tokens, two: Tokens) -> list[Tokens] | None:
    """Both halves inside one relative clause: the main clause once, then a sentence per half."""
    split_one, split_two = relative(one), relative(two)
    if not split_one or not split_two or len(split_one) != 2 or len(split_two) != 2:
        return None
    if [t.text for t in split_one[0]] != [t.text for t in split_two[0]]:
        return None
    return [split_one[0], split_one[1], split_two[1]]
