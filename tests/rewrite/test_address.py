"""The rules of simplify/rewrite/address.py, by their table of examples (tests/rewrite/examples/address.tsv)."""

from tests.rewrite.examples import examples_test

test_examples = examples_test("address")
