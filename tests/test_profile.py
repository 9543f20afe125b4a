"""One profile per level: the rewriter, the checker, the renderers and the prompts agree on what a level means."""

from __future__ import annotations

import json

import pytest

from simplify.backends.llm import _system_prompt
from simplify.check import check_units
from simplify.errors import UsageError
from simplify.profile import LEVELS, PROFILES, profile
from simplify.rewrite.compounds import split
from tests.conftest import run_cli


def test_levels_and_names() -> None:
    assert LEVELS == ("leichte", "einfache")
    assert [profile(level).name for level in LEVELS] == ["Leichte Sprache", "Einfache Sprache"]
    with pytest.raises(UsageError, match="expected one of leichte, einfache"):
        profile("schwer")


@pytest.mark.parametrize(
    ("level", "phrase"), [("leichte", "in Leichter Sprache"), ("einfache", "in Einfacher Sprache")]
)
def test_the_llm_prompt_names_the_level_in_the_dative(level: str, phrase: str) -> None:
    assert phrase in _system_prompt(level)


@pytest.mark.parametrize(
    ("level", "word", "expected"),
    [
        ("leichte", "Stadtverwaltung", "Stadt·verwaltung"),
        ("einfache", "Stadtverwaltung", "Stadtverwaltung"),
        ("leichte", "Bürgerbüro", "Bürger·büro"),
        ("einfache", "Kindertagesstätte", "Kinder·tages·stätte"),
    ],
)
def test_the_rewriter_splits_exactly_what_the_checker_asks_to_split(
    level: str, word: str, expected: str
) -> None:
    sentence = f"Die {word} hilft."
    written = split(sentence, separator="mediopunkt", level=level)
    assert written == f"Die {expected} hilft."
    assert not [f for f in check_units([written], level=level) if f.rule == "W6"]
    if written == sentence:
        assert len(word) < PROFILES[level].compound_letters


@pytest.mark.slow
def test_convert_einfache_output_passes_its_own_compound_check(tmp_path) -> None:
    release = tmp_path / "r.txt"
    release.write_text(
        "Die Stadtverwaltung informiert über die neue Kindertagesstätte. Das Bürgerbüro hat am Samstag geöffnet.",
        encoding="utf-8",
    )
    out = tmp_path / "out.txt"
    assert run_cli("convert", "--level", "einfache", str(release), "-o", str(out)).returncode == 0
    checked = run_cli("check", "--level", "einfache", "--format", "json", str(out))
    rules = {f["rule"] for f in json.loads(checked.stdout)["findings"]}
    assert "W6" not in rules
