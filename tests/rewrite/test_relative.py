"""The rules of simplify/rewrite/relative.py, by their table of examples (tests/rewrite/examples/relative.tsv)."""

from tests.rewrite.examples import examples_test

test_examples = examples_test("relative")
