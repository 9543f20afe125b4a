"""The rule contract: every rewrite rule has a unique name, its rule-book ids, its kind and its levels.

A rule registers itself with the :func:`rule` decorator where it is written::

    @rule("S3.relative", kind="sentence")
    def relative(clause: Tokens) -> list[Tokens] | None: ...

The name ("S3.relative") is what the output records when the rule changes a sentence; the part before
the dot is its id in the rule book (docs/rules.md), unless ``ids`` names others. Kinds:

- ``sentence``: tokens of one clause -> the clauses it becomes (``splits``: it makes several), or None;
- ``clause``: tokens of one clause -> the same clause rewritten (voice, mood, genitive), or None;
- ``text``: one output line -> the line rewritten (numbers, signs, glossary, compounds); ``facts`` marks the
  rules the fact guard also applies before it compares (they change how a fact is written, never what);
- ``paragraph``: rules that look across the sentences of a paragraph (reported speech going on, where an
  explanation goes); the component that owns them applies them and records their names.

The order of all rules is one data file, ``data/rewrite/order.tsv``: the engine, the post-processing and
the guard read their rules from :func:`ordered`, never from a list in code.
"""

from __future__ import annotations

import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING, Literal

from simplify import lexicon
from simplify.profile import LEVELS

if TYPE_CHECKING:
    from simplify.rewrite.glossary import Glossary

__all__ = ["KINDS", "ORDER", "Rule", "TextContext", "book_ids", "ordered", "registered", "rule"]

Kind = Literal["sentence", "clause", "text", "paragraph"]
KINDS: tuple[Kind, ...] = ("paragraph", "sentence", "clause", "text")
ORDER = "rewrite/order.tsv"


@dataclass(frozen=True, slots=True)
class Rule:
    """One registered rule."""

    name: str
    ids: tuple[str, ...]
    kind: Kind
    apply: Callable
    levels: frozenset[str]
    splits: bool = False  # a sentence rule that makes several sentences (Einfache Sprache keeps short ones)
    facts: bool = False  # a text rule the fact guard applies too
    context: bool = False  # a text rule that reads the TextContext (else it takes the text alone)

    @property
    def summary(self) -> str:
        """The first line of the rule function's docstring."""
        return (self.apply.__doc__ or "").strip().splitlines()[0] if self.apply.__doc__ else ""


@dataclass(slots=True)
class TextContext:
    """What text rules may read: the level, the separator, words to keep whole, the glossary; and what
    the glossary rule found (terms to explain after the sentence)."""

    level: str = "leichte"
    separator: str = "mediopunkt"
    keep: frozenset[str] = frozenset()
    glossary: Glossary | None = None
    terms: list[str] = field(default_factory=list)


_REGISTRY: dict[str, Rule] = {}


def rule(
    name: str,
    *,
    kind: Kind,
    ids: Iterable[str] | None = None,
    levels: Iterable[str] = LEVELS,
    splits: bool = False,
    facts: bool = False,
    context: bool = False,
) -> Callable[[Callable], Callable]:
    """Register the decorated function as the rule ``name``; the function itself is returned unchanged."""
    if kind not in KINDS:
        raise ValueError(f"rule {name}: kind must be one of {', '.join(KINDS)}, not {kind!r}")

    def register(function: Callable) -> Callable:
        if name in _REGISTRY and _REGISTRY[name].apply is not function:
            raise ValueError(f"rule {name} is registered twice")
        book = tuple(ids) if ids is not None else (name.split(".")[0],)
        _REGISTRY[name] = Rule(name, book, kind, function, frozenset(levels), splits, facts, context)
        return function

    return register


@cache
def registered() -> dict[str, Rule]:
    """Every rule, after importing every module of :mod:`simplify.rewrite` (each registers its rules)."""
    import simplify.rewrite as package

    for module in pkgutil.iter_modules(package.__path__):
        import_module(f"{package.__name__}.{module.name}")
    return dict(_REGISTRY)


@cache
def ordered(kind: Kind | None = None) -> tuple[Rule, ...]:
    """The rules of ``kind`` (all rules for None) in the order of ``data/rewrite/order.tsv``."""
    rules = registered()
    names = [row[0] for row in lexicon.table(ORDER)]
    unknown = [name for name in names if name not in rules]
    if unknown:
        raise ValueError(f"{ORDER} names rules nobody registered: {', '.join(unknown)}")
    return tuple(rules[name] for name in names if kind is None or rules[name].kind == kind)


def book_ids(names: Iterable[str]) -> list[str]:
    """The rule-book ids of rule names, in order and once each; markers such as "guard-fallback" stay."""
    rules = registered()
    found: list[str] = []
    for name in names:
        found.extend(rules[name].ids if name in rules else (name,))
    return list(dict.fromkeys(found))
