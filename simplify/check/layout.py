"""Layout and text rules L1-L3 and T1 of RULES.md."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from simplify import lexicon
from simplify.check.units import FINITE, Hit, Unit
from simplify.profile import Profile

LINE_END_HYPHEN = re.compile(r"[A-Za-zÄÖÜäöüß]+-\s*$")
SERIES_CONJUNCTIONS = {"und", "oder", "sowie"}
MAX_ITEM_WORDS = 4


def l1_one_sentence_per_line(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """L1: a line that holds more than one sentence."""
    if len(unit.sentence_starts) > 1:
        second = unit.sentence_starts[1]
        yield unit.hit(
            "L1",
            second,
            len(unit.tokens) - 1,
            "Mehrere Sätze in einer Zeile: Schreiben Sie jeden Satz in eine neue Zeile.",
        )


def l2_no_hyphenation(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """L2: a word broken with a hyphen at the end of the line."""
    match = LINE_END_HYPHEN.search(unit.text)
    if match:
        yield Hit("L2", match.start(), match.end(), "Trennen Sie Wörter nicht am Zeilen·ende.")


def l3_lists(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """L3: a series of more than 3 items in running text ("A, B, C und D")."""
    commas = [i for i, t in enumerate(unit.tokens) if t.text == ","]
    if len(commas) < 2:
        return
    series = [commas[0]]
    for previous, comma in itertools.pairwise(commas):
        item = unit.tokens[previous + 1 : comma]
        if len(item) > MAX_ITEM_WORDS or any(t.pos in FINITE for t in item):
            series = [comma]
            continue
        series.append(comma)
    last = series[-1]
    tail = range(last + 1, len(unit.tokens))
    joint = next((i for i in tail if unit.lower(i) in SERIES_CONJUNCTIONS), None)
    if len(series) >= 2 and joint is not None and joint - last - 1 <= MAX_ITEM_WORDS:
        start = max(series[0] - 1, 0)
        end = (
            next(
                (i for i in range(joint + 1, len(unit.tokens)) if unit.tokens[i].pos.startswith("$")),
                len(unit.tokens),
            )
            - 1
        )
        yield unit.hit(
            "L3",
            start,
            end,
            f"Aufzählung mit {len(series) + 2} Teilen: Schreiben Sie eine Liste, "
            "jeder Teil in eine neue Zeile.",
        )


def t1_legal_notice(units: Sequence[Unit], limits: Profile) -> Iterator[tuple[Unit, Hit]]:
    """T1: a text about binding rules says that only the original is legally binding (Leichte Sprache)."""
    if not limits.leichte_rules:
        return
    text = " ".join(unit.text for unit in units).lower()
    if any(notice in text for notice in lexicon.words("check/legal.tsv", "notice")):
        return
    triggers = tuple(lexicon.words("check/legal.tsv", "trigger"))
    for unit in units:
        for i, token in enumerate(unit.tokens):
            if token.pos == "NN" and token.lemma.lower().endswith(triggers):
                yield (
                    unit,
                    unit.hit(
                        "T1",
                        i,
                        i,
                        f"Der Text nennt eine Regel, die rechtlich gilt („{token.text}“). "
                        "Schreiben Sie dazu: "
                        "Nur der Text in schwerer Sprache ist rechtlich gültig.",
                    ),
                )
                return


SENTENCE_RULES = (l3_lists,)
LINE_RULES = (l1_one_sentence_per_line, l2_no_hyphenation)
DOCUMENT_RULES = (t1_legal_notice,)
