"""Write output files atomically, never over the input."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from simplify.errors import InputError


def write_atomic(path: str | Path, text: str, *, protect: str | Path | None = None) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename; refuse to overwrite ``protect``."""
    target = Path(path)
    if protect is not None and target.exists() and target.resolve() == Path(protect).resolve():
        raise InputError(f"{target}: is the input file; choose another output file with -o")
    if target.is_dir():
        raise InputError(f"{target}: is a directory; -o needs a file name")
    if not target.parent.exists():
        raise InputError(f"{target.parent}: no such directory for the output file")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, _mode(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode(target: Path) -> int:
    """The mode an ordinary new file gets (mkstemp makes 0600), or the mode of the file replaced."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
