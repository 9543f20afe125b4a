"""Random bytes, random Unicode and random file names through every command, in this process.

Whatever comes in: no exception escapes ``main`` (no traceback), the exit code is 0, 1 or 2, and a run
that exits with 2 wrote nothing. The hypothesis deadline of 30 s per example only catches hangs.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simplify.cli import main

HANG = settings(
    max_examples=12,
    deadline=timedelta(seconds=30),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".docx", ".tsv", ".jsonl", ".csv", ""])
# File names as the file system takes them: bytes without "/" and NUL, possibly not UTF-8.
NAMES = (
    st.binary(min_size=1, max_size=60)
    .map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_"))
    .filter(lambda b: b not in {b".", b".."})
)
GERMAN = st.sampled_from(
    [
        "Die Stadt Lindenau baut am 3. März 2026 eine neue Schule für 300 Kinder.",
        "Hinweise unter Tel. 0631 365-4336 oder info@stadt-lindenau.de.",
        "Suche\n\nMenü\n\nDie Feuerwehr übt.",
        "DIE STADT FEIERT. ALLE SIND EINGELADEN.",
        "original\tsimplification\nDie Stadt baut.\tDie Stadt baut.\n",
    ]
)
CONTENT = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(GERMAN, st.text(max_size=80)).map(lambda p: (p[0] + p[1]).encode("utf-8", "surrogatepass")),
)


@contextmanager
def folder() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="hostile-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _file(root: Path, name: bytes, suffix: str, data: bytes) -> str:
    path = os.fsencode(root) + b"/" + name + suffix.encode()
    with open(path, "wb") as handle:
        handle.write(data)
    return os.fsdecode(path)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> int:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse: a usage error is exit 2 with one line
        code = exit_.code
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (0, 1, 2), (code, err)
    return int(code or 0)


def _written(root: Path, before: set[str]) -> set[str]:
    return {os.fsdecode(p) for p in os.listdir(os.fsencode(root))} - before


@HANG
@given(name=NAMES, suffix=SUFFIXES, data=CONTENT, command=st.sampled_from(["convert", "score", "check"]))
def test_one_file_commands(capsys, name: bytes, suffix: str, data: bytes, command: str) -> None:
    with folder() as root:
        path = _file(root, name, suffix, data)
        before = _written(root, set())
        extra = ["-o", str(root / "out.txt")] if command != "check" else []
        code = _run(
            [command, path, *extra, "--force"] if command != "score" else [command, path, *extra], capsys
        )
        if code == 2:
            assert _written(root, before) == set()


@HANG
@given(name=NAMES, suffix=st.sampled_from([".tsv", ".jsonl", ".csv"]), data=CONTENT)
def test_evaluate(capsys, name: bytes, suffix: str, data: bytes) -> None:
    with folder() as root:
        path = _file(root, name, suffix, data)
        code = _run(["evaluate", "--pairs", path, "--output-dir", str(root / "neu")], capsys)
        if code == 2:
            assert not (root / "neu").exists()


@HANG
@given(files=st.lists(st.tuples(NAMES, SUFFIXES, CONTENT), min_size=1, max_size=3))
def test_batch(capsys, files: list[tuple[bytes, str, bytes]]) -> None:
    with folder() as root:
        (root / "in").mkdir()
        for name, suffix, data in files:
            _file(root / "in", name, suffix, data)
        code = _run(["batch", str(root / "in"), "-o", str(root / "out"), "--workers", "1"], capsys)
        if code == 2:
            assert not (root / "out").exists()
        else:
            assert (root / "out" / "summary.json").is_file()
