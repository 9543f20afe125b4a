"""The rules of simplify/rewrite/aims.py, by their table of examples (tests/rewrite/examples/aims.tsv)."""

from tests.rewrite.examples import examples_test

test_examples = examples_test("aims")
