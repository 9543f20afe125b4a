"""Rule S3 for a temporal "als" clause written without its comma.

"Es begann 1961 als die Stadt den Vertrag schloss." is read as "Es begann 1961, als die Stadt den Vertrag
schloss." so that the subordinate-clause rule can make a main clause of it. A comparison ("mehr als die
Stadt braucht") is never touched: the word before "als" must be a year.
"""

from __future__ import annotations

from dataclasses import replace

from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import Tokens, is_finite, word

# What may open the clause after "als": an article, a pronoun or a possessive.
OPENERS = {"ART", "PPER", "PPOSAT", "PDAT"}


@rule("S3.als", kind="sentence")
def temporal_als(clause: Tokens) -> list[Tokens] | None:
    """S3: insert the missing comma before a temporal "als" clause that ends with its finite verb."""
    if any(t.text in {",", ":", ";"} for t in clause) or len(clause) < 6 or not is_finite(clause[-1]):
        return None
    for index in range(2, len(clause) - 2):
        token = clause[index]
        if token.text != "als" or clause[index + 1].pos not in OPENERS:
            continue
        before = clause[index - 1]
        if not (before.pos == "CARD" and before.text.isdigit() and len(before.text) == 4):
            continue
        if not any(is_finite(t) for t in clause[:index]) or any(is_finite(t) for t in clause[index:-1]):
            continue
        head = [*clause[: index - 1], replace(before, space_after=False), word(",", "$,")]
        return [[*head, replace(token, pos="KOUS"), *clause[index + 1 :]]]
    return None
