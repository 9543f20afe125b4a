"""Shared fixtures: where the third-party texts of ../shared are, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def seed(prefix: str) -> Path:
    """A seed text from ../shared/seeds, or skip the test when ../shared is absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"../shared/seeds not present ({SEEDS}): third-party seed texts are not part of the repo")
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def run_cli(
    *args: str, stdin: bytes | str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    """Run ``python -m simplify ARGS`` in a real subprocess and capture its output as text."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    # PYTHONPATH: this checkout's simplify, also when ``cwd`` is elsewhere (else the installed one is run)
    env = {**os.environ, "NO_COLOR": "1", "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    process = subprocess.run(
        [sys.executable, "-m", "simplify", *args],
        input=data if data is not None else b"",
        capture_output=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=300,
    )
    return subprocess.CompletedProcess(
        process.args, process.returncode, process.stdout.decode("utf-8"), process.stderr.decode("utf-8")
    )


# No test reads or writes the user's store of word analyses (simplify.cache.store); subprocesses inherit it.
os.environ["SIMPLIFY_STORE"] = "off"
