"""The editor sees what was not simplified: every body sentence left as it was although it breaks a rule is
marked with the rule and the reason; rewritten sentences only where a line is still too long."""

from __future__ import annotations

import json

import pytest

from simplify import review
from simplify.document import Rewrite, Sentence, Source
from simplify.nlp.analysis import analyse_sentence
from simplify.pipeline import Pipeline
from simplify.settings import Settings
from tests.conftest import run_cli


def reviews(text: str, level: str = "leichte") -> list[list[tuple[str, str]]]:
    result = Pipeline(Settings(level=level, force=True)).run(Source(text))
    return [[(v.rule, v.reason) for v in r.review] for r in result.rewrites]


def marked(
    text: str, rules: list[str] | None = None, output: list[str] | None = None
) -> list[tuple[str, str]]:
    """The marks of one sentence whose rewrite fired ``rules`` and wrote ``output`` (the source by default)."""
    sentence = Sentence(text, analyse_sentence(text), "paragraph", 0)
    rewrite = Rewrite(sentence, output or [text], rules or [])
    review.mark([rewrite], "leichte")
    return [(v.rule, v.reason) for v in rewrite.review]


@pytest.mark.parametrize(
    ("text", "rules", "expected"),
    [
        # left as it was: every sentence rule it breaks, with the checker's reason
        ("Die Kosten liegen bei 5.000 Euro, wobei das Land die Hälfte übernimmt.", [], {"S3"}),
        ("Die Termine wurden gestern verschoben.", [], {"S5"}),
        ("Sollte es regnen, fällt das Fest aus.", [], {"S2", "S6"}),
        ("Die Stadt eröffnete das Bad.", [], {"S8"}),
        # a genitive rewritten: the passive the rule left is still marked
        ("Die Verschiebung der Termine wurde beschlossen.", ["S7.genitive"], {"S5", "S10"}),
        # a word rule only (glossary, compounds) is no rewrite of the sentence
        ("Die Termine wurden gestern verschoben.", ["W6.compounds"], {"S5"}),
        ("Das Bad ist offen.", [], set()),
    ],
)
def test_a_sentence_left_as_it_was_is_marked_with_rule_and_reason(text, rules, expected) -> None:
    found = marked(text, rules)
    assert {rule for rule, _reason in found} == expected
    assert all(reason.startswith("Satz bitte selbst vereinfachen: ") for _rule, reason in found)


def test_nebensatz_mit_wobei_is_named() -> None:
    (found,) = marked("Die Kosten liegen bei 5.000 Euro, wobei das Land die Hälfte übernimmt.")
    assert found[1].startswith("Satz bitte selbst vereinfachen: Nebensatz mit „wobei“")


def test_a_rewritten_sentence_is_marked_for_a_line_still_too_long() -> None:
    long = "Die Stadt baut in diesem Jahr eine große neue Halle für alle Vereine und Schulen am Fluss."
    assert marked("Weil es regnet, baut die Stadt eine Halle.", ["S3.subordinate"], [long, "Es regnet."]) == [
        ("S1", "Zeile bitte selbst kürzen: Sie hat 17 Wörter (höchstens 12).")
    ]


def test_a_simple_sentence_and_a_heading_are_not_marked() -> None:
    assert reviews("Das Bad ist offen.") == [[]]
    result = Pipeline(Settings(force=True)).run(
        Source("Die Verschiebung der Termine wurde beschlossen\n\nDas Bad ist offen.")
    )
    assert [r.review for r in result.rewrites if r.source.block == "heading"] == [[]]


@pytest.mark.slow
def test_json_terminal_and_html_show_the_marks(tmp_path) -> None:
    release = tmp_path / "r.txt"
    release.write_text("Je länger es regnet, desto voller wird der See.\n", encoding="utf-8")
    done = run_cli(
        "convert", "--format", "json", "--summary", "--report", str(tmp_path / "r.html"), str(release)
    )
    data = json.loads(done.stdout)
    assert data["review"] == 1
    reason = data["sentences"][0]["review"][0]["reason"]
    assert reason.startswith("Satz bitte selbst vereinfachen: ")
    terminal = " ".join(done.stderr.split())  # rich wraps long lines
    assert "Sätze bitte selbst vereinfachen" in terminal and f"Satz 1: {reason}" in terminal
    assert reason in (tmp_path / "r.html").read_text(encoding="utf-8")
