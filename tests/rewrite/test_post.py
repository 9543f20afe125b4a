"""The rules of simplify/rewrite/post.py, by their table of examples (tests/rewrite/examples/post.tsv)."""

from tests.rewrite.examples import examples_test

test_examples = examples_test("post")
