"""Write output files atomically (a synced temporary file and a rename), never over the input."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from simplify.errors import InputError

__all__ = ["TMP_SUFFIX", "write_atomic"]

TMP_SUFFIX = ".simplify-tmp"
"""Temporary files are named ``.NAME.RANDOM.simplify-tmp`` beside their target until the rename."""


def write_atomic(
    path: str | Path, data: str | bytes, *, protect: str | Path | None = None, parents: bool = False
) -> None:
    """Write ``data`` (text as UTF-8) to ``path``; refuse to overwrite ``protect``.

    With ``parents`` missing folders are made; without, a missing folder is an error.
    """
    target = Path(path)
    if protect is not None and target.exists() and target.resolve() == Path(protect).resolve():
        raise InputError(f"{target}: is the input file; choose another output file with -o")
    if target.is_dir():
        raise InputError(f"{target}: is a directory; -o needs a file name")
    if parents:
        target.parent.mkdir(parents=True, exist_ok=True)
    elif not target.parent.exists():
        raise InputError(f"{target.parent}: no such directory for the output file")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _mode(target: Path) -> int:
    """The mode an ordinary new file gets (mkstemp makes 0600), or the mode of the file replaced."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
