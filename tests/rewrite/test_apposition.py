"""The rules of simplify/rewrite/apposition.py, by their table of examples (tests/rewrite/examples/apposition.tsv)."""

from tests.rewrite.examples import examples_test

test_examples = examples_test("apposition")
