"""The rules of simplify/rewrite/coordination.py, by their table of examples (tests/rewrite/examples/coordination.tsv)."""

from tests.rewrite.examples import examples_test

test_examples = examples_test("coordination")
