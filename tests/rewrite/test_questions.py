"""The rules of simplify/rewrite/questions.py, by their table of examples (tests/rewrite/examples/questions.tsv)."""

from tests.rewrite.examples import examples_test

test_examples = examples_test("questions")
