"""The rule contract: every rule is named once in the order, has examples, and its ids are in docs/rules.md."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from simplify import lexicon
from simplify.rewrite import rules
from tests.conftest import ROOT
from tests.rewrite.examples import load, modules

RULE_BOOK = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")


def test_every_rule_is_in_the_order_exactly_once() -> None:
    named = [row[0] for row in lexicon.table(rules.ORDER)]
    assert [n for n, count in Counter(named).items() if count > 1] == []
    assert set(named) == set(rules.registered())


def test_kinds_come_in_the_order_the_pipeline_applies_them() -> None:
    order = [rule.kind for rule in rules.ordered() if rule.kind != "paragraph"]
    assert order == sorted(order, key=["sentence", "clause", "text"].index)


@pytest.mark.parametrize("name", sorted(rules.registered()))
def test_every_rule_has_an_example_where_it_fires(name: str) -> None:
    module = rules.registered()[name].apply.__module__.rsplit(".", 1)[1]
    assert module in modules(), f"no example table tests/rewrite/examples/{module}.tsv"
    assert any(e.rule == name and e.fires for e in load(module)), f"{name} has no example in {module}.tsv"


@pytest.mark.parametrize("name", sorted(rules.registered()))
def test_every_rule_is_listed_under_its_ids_in_the_rule_book(name: str) -> None:
    rule = rules.registered()[name]
    assert rule.ids and all(re.search(rf"^\| {re.escape(i)} \|", RULE_BOOK, re.M) for i in rule.ids), rule.ids
    assert f"`{name}`" in RULE_BOOK, f"docs/rules.md does not name {name}"


def test_every_rule_has_a_docstring() -> None:
    assert [name for name, rule in rules.registered().items() if not rule.summary] == []


def test_rule_levels_are_known_levels() -> None:
    assert all(rule.levels <= {"leichte", "einfache"} and rule.levels for rule in rules.registered().values())


def test_book_ids_map_names_and_keep_markers() -> None:
    assert rules.book_ids(["S3.relative", "S3.apposition", "Z4.dates", "guard-fallback"]) == [
        "S3",
        "Z4",
        "guard-fallback",
    ]
