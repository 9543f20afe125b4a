"""The rules of simplify/rewrite/correlative.py, by their table of examples (tests/rewrite/examples/correlative.tsv)."""

from tests.rewrite.examples import examples_test

test_examples = examples_test("correlative")
