"""What the editor must simplify by hand: sentences the rewriter left as they were although they break a rule.

The rule engine makes no rewrite it cannot make safely, so some sentences stay as they were. Each of them that
still breaks a rule of the level is marked with the rule and the reason ("Satz bitte selbst vereinfachen:
Nebensatz mit „wobei“: ..."), found by the checker on the source sentence, whose analysis the pipeline already
made. A sentence the rules did rewrite is marked where one of its lines is still longer than the level allows,
and for the rules it breaks that none of the rules that fired deals with (a passive kept while a genitive was
rewritten). Headings and contact lines are never marked.
"""

from __future__ import annotations

from collections.abc import Sequence

from simplify.check import check_units
from simplify.document import Review, Rewrite, is_explanation
from simplify.profile import profile
from simplify.rewrite import rules

# The rules an editor fixes by rewriting a sentence (word rules are the post-processing's and the checker's).
SENTENCE_RULES = ("S1", "S2", "S3", "S5", "S6", "S7", "S8", "S10", "S11")
_BODY = {"paragraph", "list"}
PREFIX = "Satz bitte selbst vereinfachen: "


def restructured(rewrite: Rewrite) -> bool:
    """Whether a sentence or clause rule (or a model) rewrote the sentence, not only words and signs."""
    known = rules.registered()
    return any(
        (name in known and known[name].kind in {"sentence", "clause", "paragraph"})
        or name.startswith("model")
        for name in rewrite.rules
    )


def mark(rewrites: Sequence[Rewrite], level: str) -> None:
    """Set ``Rewrite.review`` for every body sentence the editor has to simplify."""
    body = [r for r in rewrites if r.source.block in _BODY]
    found = check_units([r.source for r in body], level=level)
    limit = profile(level).sentence_words
    for number, rewrite in enumerate(body, start=1):
        changed = restructured(rewrite)
        handled = set(rules.book_ids(rewrite.rules)) | ({"S1", "S2", "S3"} if changed else set())
        reviews = {}
        for finding in found:
            if finding.line == number and finding.rule in SENTENCE_RULES and finding.rule not in handled:
                reviews.setdefault(finding.rule, Review(finding.rule, PREFIX + finding.message, finding.text))
        lines = [line for line in rewrite.output if not is_explanation(line)]
        long = [line for line in lines if _words(line) > limit]
        if changed and long:
            reason = f"Zeile bitte selbst kürzen: Sie hat {_words(long[0])} Wörter (höchstens {limit})."
            reviews["S1"] = Review("S1", reason, long[0])
        rewrite.review = list(reviews.values())


def _words(line: str) -> int:
    return sum(1 for word in line.split() if any(c.isalnum() for c in word))
