"""The rules of simplify/rewrite/commas.py, by their table of examples (tests/rewrite/examples/commas.tsv)."""

from tests.rewrite.examples import examples_test

test_examples = examples_test("commas")
