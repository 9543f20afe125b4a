"""Where a batch puts each input's output and report, and which names in a manifest the batch may touch.

Outputs mirror the input paths (``2019/rathaus.txt`` -> ``2019/rathaus.md``); the first input to claim a
name keeps it, a later one gets ``~2``. A manifest is data, not instructions: an output or report it names
is used (or deleted) only when it is a name this layout gives that input and it stays inside OUTDIR.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

__all__ = ["MANIFEST", "OUTPUT_SUFFIXES", "REPORTS", "SUMMARY_FILES", "Layout", "owned"]

OUTPUT_SUFFIXES = {"text": ".txt", "markdown": ".md", "html": ".html", "json": ".json"}
REPORTS = "_reports"
"""Folder in OUTDIR for the per-document HTML reports (when the output format is not html)."""
SUMMARY_FILES = ("summary.html", "summary.json")
MANIFEST = "manifest.jsonl"


class Layout:
    """Output and report paths mirroring the input paths; the first input to claim a name keeps it."""

    def __init__(self, fmt: str) -> None:
        self.fmt = fmt
        self.claimed: set[str] = {MANIFEST, *SUMMARY_FILES}

    def _claim(self, wanted: str) -> str:
        candidate, number = wanted, 1
        while candidate in self.claimed:
            number += 1
            path = PurePosixPath(wanted)
            candidate = str(path.with_name(f"{path.stem}~{number}{path.suffix}"))
        self.claimed.add(candidate)
        return candidate

    def output(self, path: str) -> str:
        return self._claim(str(PurePosixPath(path).with_suffix(OUTPUT_SUFFIXES[self.fmt])))

    def report(self, path: str) -> str | None:
        return None if self.fmt == "html" else self._claim(f"{REPORTS}/{path}.html")


def _names(path: str) -> re.Pattern[str]:
    """Every output or report name the layout can give the input ``path`` (in any format, with ``~N``)."""
    stem = re.escape(str(PurePosixPath(path).with_suffix("")))
    suffixes = "|".join(re.escape(suffix) for suffix in OUTPUT_SUFFIXES.values())
    return re.compile(rf"(?:{stem}|{re.escape(REPORTS)}/{re.escape(path)})(?:~\d+)?(?:{suffixes})")


def owned(name: object, path: str, outdir: Path) -> bool:
    """Whether ``name`` (from a manifest line for input ``path``) is a file this batch may use or delete."""
    if name is None:
        return True
    if not isinstance(name, str) or ".." in PurePosixPath(name).parts or not _names(path).fullmatch(name):
        return False
    root = os.path.realpath(outdir)
    return os.path.realpath(os.path.join(root, name)).startswith(root + os.sep)
