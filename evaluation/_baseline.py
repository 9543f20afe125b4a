"""The code of another commit beside this checkout's, to time both in one run on the same machine.

``checkout(ref)`` extracts the repository at ``ref`` (``git archive``) into a temporary folder; a command run
with ``env(folder)`` imports that folder's ``simplify``. ``BEFORE_ISSUE_16`` is main before the speed work
of issue 16 (a239e4f).
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEFORE_ISSUE_16 = "a239e4f"


@contextlib.contextmanager
def checkout(ref: str) -> Iterator[Path]:
    """The repository's files at ``ref`` in a temporary folder (removed afterwards)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref], check=True, capture_output=True
    ).stdout
    with tempfile.TemporaryDirectory(prefix="simplify-baseline-") as folder:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        yield Path(folder)


def env(code: Path, **extra: str) -> dict[str, str]:
    """The environment of a subprocess that imports ``simplify`` from ``code`` (run it with ``cwd=code``:
    ``python -m`` puts the working folder first); a user's Python keeps its bytecode."""
    found = {**os.environ, "PYTHONPATH": str(code), **extra}
    found.pop("PYTHONDONTWRITEBYTECODE", None)
    return found
