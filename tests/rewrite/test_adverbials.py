"""The rules of simplify/rewrite/adverbials.py, by their table of examples (tests/rewrite/examples/adverbials.tsv)."""

from tests.rewrite.examples import examples_test

test_examples = examples_test("adverbials")
