"""The example tables of the rewrite rules: ``tests/rewrite/examples/<module>.tsv``, one per rule module.

Each row is an example a user can read: ``rule<TAB>level<TAB>input<TAB>output line<TAB>output line ...``.
The input is a paragraph, converted as ``simplify convert`` converts it; the test expects exactly the output
lines and that the rule named fired. ``rule`` may start with "!": the rule must not fire, the output is as
given. Every registered rule has at least one example where it fires (tests/rewrite/test_rules.py).

    python -m tests.rewrite.examples --write     # record the current outputs of every table's inputs

``--write`` is for changes that alter outputs on purpose; read the diff of the tables before committing.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from simplify.document import Source
from simplify.settings import Settings

FOLDER = Path(__file__).parent / "examples"


@dataclass(frozen=True, slots=True)
class Example:
    """One row of an example table."""

    rule: str
    fires: bool
    level: str
    text: str
    output: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{'' if self.fires else '!'}{self.rule}:{self.text[:40]}"


@cache
def _pipeline(level: str):
    from simplify.pipeline import Pipeline

    return Pipeline(Settings(level=level, force=True))  # type: ignore[arg-type]


def convert(text: str, level: str = "leichte") -> tuple[tuple[str, ...], frozenset[str]]:
    """The output lines of ``text`` as one paragraph at ``level`` and the names of every rule that fired."""
    result = _pipeline(level).run(Source(text))
    lines = tuple(line for rewrite in result.rewrites for line in rewrite.output)
    return lines, frozenset(name for rewrite in result.rewrites for name in rewrite.rules)


def rewrite(text: str, level: str = "leichte") -> list[str]:
    """Output sentences of the rule engine for one sentence, or the sentence itself when no rule fires."""
    from simplify.nlp.analysis import analyse_sentence
    from simplify.rewrite.engine import simplify_sentence

    output, _names = simplify_sentence(analyse_sentence(text), level)
    return list(output) or [text]


def load(module: str) -> list[Example]:
    """The examples of one rule module."""
    rows = []
    text = (FOLDER / f"{module}.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rule, level, source, *output = line.split("\t")
        rows.append(Example(rule.lstrip("!"), not rule.startswith("!"), level, source, tuple(output)))
    return rows


def examples_test(module: str):
    """The test of one rule module's table: exact output lines, and the rule fired (or did not)."""
    import pytest

    @pytest.mark.parametrize("example", load(module), ids=lambda e: e.id)
    def test_examples(example: Example) -> None:
        lines, fired = convert(example.text, example.level)
        assert lines == example.output
        assert (example.rule in fired) == example.fires, sorted(fired)

    return test_examples


def modules() -> list[str]:
    return sorted(path.stem for path in FOLDER.glob("*.tsv"))


def write(module: str, examples: list[Example]) -> None:
    header = [
        f"# Examples of the rules of simplify/rewrite/{module}.py (see tests/rewrite/examples.py).",
        "# rule<TAB>level<TAB>input<TAB>output line<TAB>...; a rule starting with ! must not fire.",
    ]
    rows = ["\t".join([("" if e.fires else "!") + e.rule, e.level, e.text, *e.output]) for e in examples]
    (FOLDER / f"{module}.tsv").write_text("\n".join(header + rows) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Record the current outputs of the rule example tables.")
    parser.add_argument("--write", action="store_true", help="rewrite every table with the current outputs")
    args = parser.parse_args(argv)
    changed = 0
    for module in modules():
        examples = load(module)
        fresh = [Example(e.rule, e.fires, e.level, e.text, convert(e.text, e.level)[0]) for e in examples]
        changed += sum(a != b for a, b in zip(examples, fresh, strict=True))
        if args.write:
            write(module, fresh)
    print(f"{changed} example(s) {'rewritten' if args.write else 'differ'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
