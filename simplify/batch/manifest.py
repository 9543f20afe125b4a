"""The batch manifest (JSONL, one line per finished input) and crash-safe file writing.

Each line records an input's ``path``, content ``sha256``, ``settings`` signature, ``status`` and ``error``,
plus where its ``output`` and ``report`` went and its ``readability`` scores. Status "ok"; "failed": the
input's fault (it fails the same way again); "crashed": a bug or a dead worker, retried by ``--resume``.
Lines are appended after the output file is in place, so a line never points at a missing or partial file.
A line cut off by a crash (or otherwise damaged) is dropped with a warning when the manifest is loaded again,
so its input is done again; at the start and the end of a run the manifest is rewritten with one line per
path, sorted. File names that are not UTF-8 are kept as their bytes (Python's surrogate escapes).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from simplify.batch.layout import MANIFEST
from simplify.io.write import TMP_SUFFIX, encode_text, write_atomic

__all__ = ["TMP_SUFFIX", "Manifest", "remove_stale_temporaries"]


def remove_stale_temporaries(outdir: Path) -> int:
    """Delete temporary files a killed run left behind; returns how many."""
    count = 0
    for directory, _, filenames in os.walk(outdir):
        for name in filenames:
            if name.startswith(".") and name.endswith(TMP_SUFFIX):
                os.unlink(os.path.join(directory, name))
                count += 1
    return count


class Manifest:
    """Append-only JSONL of finished inputs; the last line for a path wins."""

    NAME = MANIFEST

    def __init__(self, outdir: Path) -> None:
        self.path = outdir / self.NAME
        self.entries: dict[str, dict[str, object]] = {}
        self._fd: int | None = None

    @property
    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> list[int]:
        """Read earlier entries and rewrite the file compactly; returns the numbers of the damaged lines
        that were dropped (cut off by a crash or a full disk, edited into something else)."""
        self.entries = {}
        damaged: list[int] = []
        if not self.path.exists():
            return damaged
        with self.path.open(encoding="utf-8", errors="surrogateescape") as handle:
            for number, line in enumerate(handle, start=1):
                entry = _entry(line)
                if entry is not None:
                    self.entries[str(entry["path"])] = entry
                elif line.strip():
                    damaged.append(number)
        self.rewrite()
        return damaged

    def rewrite(self) -> None:
        """Replace the file atomically by one line per path, sorted by path (the same for every engine)."""
        lines = (_line(self.entries[path]) for path in sorted(self.entries))
        write_atomic(self.path, "".join(lines), parents=True)

    def __enter__(self) -> Manifest:
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def record(self, entry: dict[str, object]) -> None:
        """Append ``entry`` in one write (unless the manifest already says exactly this)."""
        path = str(entry["path"])
        if self.entries.get(path) == entry:
            return
        if self._fd is None:
            raise RuntimeError("Manifest.record() outside 'with manifest:'")
        os.write(self._fd, encode_text(_line(entry)))
        self.entries[path] = entry


def _line(entry: dict[str, object]) -> str:
    return json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"


def _entry(line: str) -> dict[str, object] | None:
    """The entry of one manifest line, or None when the line is damaged."""
    try:
        entry = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return None
    if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
        return None
    return entry
