"""Lazy registry of backends: ``name -> "module:Class"``; other packages add theirs by entry point."""

from __future__ import annotations

from importlib import import_module, metadata
from typing import TYPE_CHECKING

from simplify.errors import UsageError

if TYPE_CHECKING:
    from simplify.backends.base import Backend

ENTRY_POINT_GROUP = "simplify.backends"

BACKENDS: dict[str, str] = {
    "rules": "simplify.backends.rules:RuleBackend",
    "seq2seq": "simplify.backends.seq2seq:Seq2SeqBackend",
    "llm": "simplify.backends.llm:LLMBackend",
    "auto": "simplify.backends.auto:AutoBackend",
}


def available() -> dict[str, str]:
    """Built-in backends plus those other packages register under ``simplify.backends``."""
    found = dict(BACKENDS)
    for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(entry.name, entry.value)
    return found


def load_backend(name: str) -> type[Backend]:
    """Import and return the backend class registered as ``name``."""
    registry = available()
    if name not in registry:
        choices = ", ".join(sorted(registry))
        raise UsageError(f"unknown backend {name!r}: choose one of {choices}")
    module_name, _, class_name = registry[name].partition(":")
    return getattr(import_module(module_name), class_name)
