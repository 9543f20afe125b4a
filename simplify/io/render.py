"""Output formats of a conversion, found through a small registry of ``name -> "module:function"``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import import_module
from typing import TYPE_CHECKING

from simplify.document import VERBATIM_BLOCKS
from simplify.errors import UsageError
from simplify.profile import profile

if TYPE_CHECKING:
    from simplify.document import Result, Rewrite

RENDERERS: dict[str, str] = {
    "text": "simplify.io.render:render_text",
    "markdown": "simplify.io.render:render_markdown",
    "json": "simplify.io.render:render_json",
    "html": "simplify.report.html:render_html",
}


def _blocks(result: Result) -> Iterator[tuple[str, list[Rewrite]]]:
    """Rewrites grouped by the block they come from, in document order."""
    group: list[Rewrite] = []
    for rewrite in result.rewrites:
        if group and rewrite.source.block_index != group[0].source.block_index:
            yield group[0].source.block, group
            group = []
        group.append(rewrite)
    if group:
        yield group[0].source.block, group


def _lines(group: list[Rewrite]) -> list[str]:
    return [line for rewrite in group for line in rewrite.output]


def _running(result: Result) -> bool:
    """Whether the level of the run writes running text (Einfache Sprache) rather than a line per sentence."""
    return profile(str(result.settings.get("level", "leichte"))).running_text


def render_text(result: Result) -> str:
    """Leichte Sprache: one sentence per line; Einfache Sprache: running text. Blank line between blocks."""
    running = _running(result)
    parts = []
    for kind, group in _blocks(result):
        lines = _lines(group)
        parts.append(" ".join(lines) if running and kind == "paragraph" else "\n".join(lines))
    return "\n\n".join(parts) + "\n"


def render_markdown(result: Result) -> str:
    """Markdown: headings as ``##``, list items as ``-``, contact lines with hard line breaks."""
    running = _running(result)
    parts = []
    for kind, group in _blocks(result):
        lines = _lines(group)
        if kind == "heading":
            parts.append("## " + " ".join(lines))
        elif kind == "list":
            parts.append("- " + " ".join(lines))
        elif kind in VERBATIM_BLOCKS or not running:
            parts.append("  \n".join(lines))
        else:
            parts.append(" ".join(lines))
    return "\n\n".join(parts).replace("\n\n- ", "\n- ") + "\n"


def render_json(result: Result) -> str:
    return json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"


def render(result: Result, fmt: str) -> str:
    """Render ``result`` in the output format ``fmt`` (text, markdown, json, html)."""
    if fmt not in RENDERERS:
        raise UsageError(f"unknown output format {fmt!r}: choose one of {', '.join(RENDERERS)}")
    module_name, _, function = RENDERERS[fmt].partition(":")
    return getattr(import_module(module_name), function)(result)
