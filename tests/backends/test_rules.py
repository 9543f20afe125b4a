"""The rule backend: blocks, levels, rule ids, and properties of its output on whole releases."""

from __future__ import annotations

import re

import pytest

from simplify.backends import load_backend
from simplify.backends.rules import RuleBackend
from simplify.document import Block, BlockKind, Document, Source
from simplify.guard import missing
from simplify.rewrite.rules import book_ids
from simplify.segment import segment, segment_block
from simplify.settings import Settings
from tests.conftest import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"


def convert(text: str, kind: BlockKind = "paragraph", level: str = "leichte") -> tuple[list[str], list[str]]:
    """Output and rule ids of the backend for one block holding ``text`` (a single sentence)."""
    backend = RuleBackend(Settings(level=level))
    (rewrite,) = backend.rewrite(segment_block(Block(kind, text), 0))
    return rewrite.output, rewrite.rules


CASES = [
    (
        "Wir bleiben zu Hause, weil es regnet.",
        "paragraph",
        ["Wir bleiben zu Hause.", "Der Grund ist: Es regnet."],
        ["S3"],
    ),
    ("Sie sagt, der Bus sei voll.", "paragraph", ["Sie sagt: Der Bus ist voll."], ["S11"]),
    ("Die Schule wurde von der Stadt gebaut.", "paragraph", ["Die Stadt hat die Schule gebaut."], ["S5"]),
    (
        "Simone Zapf ist die Leiterin des Büros.",
        "paragraph",
        ["Simone Zapf ist die Leiterin vom Büro."],
        ["S7"],
    ),
    (
        "Die Städte tauschen sich aus und organisieren Projekte.",
        "list",
        ["Die Städte tauschen sich aus.", "Die Städte organisieren Projekte."],
        ["S2"],
    ),
    (
        "„Wir freuen uns“, so die Oberbürgermeisterin.",
        "paragraph",
        ["Die Oberbürgermeisterin sagt: „Wir freuen uns.“"],
        ["S11"],
    ),
    (
        "Anna Berg, Leiterin des Kulturamts, eröffnet die Ausstellung.",
        "paragraph",
        ["Anna Berg ist Leiterin vom Kulturamt.", "Anna Berg eröffnet die Ausstellung."],
        ["S3", "S7"],
    ),
    (
        "Weil die Räume zu klein waren und viele Menschen warten mussten, zieht das Amt um.",
        "paragraph",
        ["Die Räume waren zu klein.", "Viele Menschen mussten warten.", "Deshalb zieht das Amt um."],
        ["S3"],
    ),
    # must not fire: headings and contact lines are never rewritten, short main clauses stay
    (
        "Kaiserslautern pflegt acht Partnerschaften, weil sie wichtig sind",
        "heading",
        ["Kaiserslautern pflegt acht Partnerschaften, weil sie wichtig sind"],
        [],
    ),
    (
        "Telefon: 0631 3654336, weil wir erreichbar sind",
        "contact",
        ["Telefon: 0631 3654336, weil wir erreichbar sind"],
        [],
    ),
    (
        "Das Rathaus bleibt am Montag geschlossen.",
        "paragraph",
        ["Das Rathaus bleibt am Montag geschlossen."],
        [],
    ),
]


@pytest.mark.parametrize(("source", "kind", "expected", "rules"), CASES)
def test_backend_rewrites_and_reports_rules(
    source: str, kind: BlockKind, expected: list[str], rules: list[str]
) -> None:
    output, names = convert(source, kind)
    assert (output, book_ids(names)) == (expected, rules)


def test_backend_is_registered_and_keeps_order() -> None:
    backend = load_backend("rules")(Settings())
    sentences = segment_block(
        Block("paragraph", "Das Fest beginnt. Weil es regnet, bleiben wir zu Hause."), 3
    )
    rewrites = backend.rewrite(sentences)
    assert [r.source for r in rewrites] == sentences
    assert [r.backend for r in rewrites] == ["rules", "rules"]
    assert rewrites[0].output == ["Das Fest beginnt."]


def test_level_einfache_keeps_short_subordinate_clauses() -> None:
    source = "Wir bleiben zu Hause, weil es regnet."
    assert convert(source, level="einfache") == ([source], [])


def _releases() -> list[str]:
    corpus = [p for p in sorted((ROOT / "tests" / "corpus").glob("*.txt")) if ".expected" not in p.name]
    seeds = sorted(SEEDS.glob("00[1-4]_*.txt")) if SEEDS.is_dir() else []
    return [p.read_text(encoding="utf-8") for p in [*corpus, *seeds]]


SENTENCE_START = re.compile(r"^[„\"]?[A-ZÄÖÜ0-9]")
SENTENCE_END = re.compile(r"[.!?:]“?$")


def _list_item(line: str) -> bool:
    """L3: a list item line ("- Angers") is the one kind of output line that need not be a sentence."""
    first = line[2:].lstrip('„"')[:1]
    return line.startswith("- ") and (first.isupper() or first.isdigit())


@pytest.mark.slow
@pytest.mark.parametrize("level", ["leichte", "einfache"])
def test_every_rewritten_sentence_is_a_sentence_and_keeps_the_facts(level: str) -> None:
    backend = RuleBackend(Settings(level=level))
    fired = 0
    for text in _releases():
        blocks = [Block("paragraph", part) for part in text.split("\n\n") if part.strip()]
        for rewrite in backend.rewrite(segment(Document(Source(text), blocks))):
            if not rewrite.rules:
                assert rewrite.output == [rewrite.source.text]
                continue
            fired += 1
            ends = bool(SENTENCE_END.search(rewrite.source.text))
            for index, line in enumerate(rewrite.output):
                if _list_item(line):
                    previous = rewrite.output[index - 1] if index else ""
                    assert previous.endswith(":") or _list_item(previous), line
                    continue
                assert SENTENCE_START.match(line), line
                assert SENTENCE_END.search(line) or (not ends and index == len(rewrite.output) - 1), line
            assert missing(rewrite.source.text, " ".join(rewrite.output)) == []
    assert fired > 10


@pytest.mark.slow
def test_word_salad_never_crashes_and_never_comes_back_empty() -> None:
    import random

    words = (ROOT / "examples" / "pressemitteilung.txt").read_text(encoding="utf-8").split()
    words += [",", ",", "und", "weil", "dass", "die", "der", "„", "“", "(", ")", "–", ":", "wurde", "von"]
    words += [
        "deren",
        "dessen",
        "Wie",
        "ohne",
        "hinsichtlich",
        "Durch",
        "mit",
        "als",
        "sowohl",
        "sondern",
        "nur",
        "nicht",
        "auch",
        "am",
        "bis",
    ]
    words += ["Uhr", "9-12", "montags", "sagte", "wie", "z.", "B."]
    rng = random.Random(3)
    backend = RuleBackend(Settings())
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 28))) + rng.choice(
            [".", "", "!", ":"]
        )
        blocks = [Block("paragraph", text)]
        for rewrite in backend.rewrite(segment(Document(Source(text), blocks))):
            assert rewrite.output and all(line.strip() for line in rewrite.output)


def test_reported_speech_goes_on_in_the_next_sentence_of_the_paragraph() -> None:
    backend = RuleBackend(Settings())
    text = "Anna Berg sagte, die Stadt plane neu. Für das Fest würden noch Helfer gesucht."
    first, second = backend.rewrite(segment_block(Block("paragraph", text), 0))
    assert first.output == ["Anna Berg hat gesagt: Die Stadt plant neu."]
    assert second.output == ["Anna Berg hat auch gesagt: Für das Fest werden noch Helfer gesucht."]
    # a new paragraph has no speaker yet: the Konjunktiv II becomes indicative, nobody is named
    blocks = [Block("paragraph", "Anna Berg sagte, die Stadt plane neu."), Block("paragraph", text[38:])]
    sentences = [s for index, block in enumerate(blocks) for s in segment_block(block, index)]
    assert backend.rewrite(sentences)[1].output == ["Für das Fest werden noch Helfer gesucht."]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Die Stadt bittet um Verständnis.", "Am Montag sperrt die Stadt Lindenau die Straße am Markt."),
        # the utility may be the one who closes it: "man" stays
        ("Die Stadtwerke erneuern die Leitungen.", "Am Montag sperrt man die Straße am Markt."),
    ],
)
def test_the_issuer_of_the_release_acts_in_a_passive_without_agent(second: str, expected: str) -> None:
    blocks = [
        Block("heading", "Stadt Lindenau informiert"),
        Block("paragraph", f"Am Montag wird die Straße am Markt gesperrt. {second}"),
    ]
    sentences = [s for i, b in enumerate(blocks) for s in segment_block(b, i)]
    rewrites = RuleBackend(Settings()).rewrite(sentences)
    assert rewrites[1].output == [expected]
    assert ("S5.issuer" in rewrites[1].rules) == ("Lindenau" in expected)
