"""The rules of simplify/rewrite/that.py, by their table of examples (tests/rewrite/examples/that.tsv)."""

from tests.rewrite.examples import examples_test

test_examples = examples_test("that")
