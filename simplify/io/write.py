"""Write output files atomically (a synced temporary file and a rename), and only where that is safe.

Every target is checked before anything is written: it must be a regular file or a new path (no device,
pipe, folder or symbolic link), in a folder that exists (or may be made), and it must be none of the
protected paths (the input) and no other output of the same run. Nothing is left behind on failure: a
failed write removes its temporary files, and no output is replaced before all of them are ready.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from simplify.errors import InputError

__all__ = [
    "TMP_SUFFIX",
    "OutputError",
    "check_target",
    "check_targets",
    "encode_text",
    "write_all",
    "write_atomic",
]

TMP_SUFFIX = ".simplify-tmp"
"""Temporary files are named ``.NAME.RANDOM.simplify-tmp`` beside their target until the rename."""

Protected = str | Path | Iterable[str | Path] | None


class OutputError(InputError):
    """An output cannot be written there (exit code 2, one line)."""


def _paths(protect: Protected) -> list[Path]:
    if protect is None:
        return []
    if isinstance(protect, str | Path):
        return [Path(protect)]
    return [Path(p) for p in protect if p is not None]


def _same(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (an existing one, or the same new path)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _check_folder(target: Path, parents: bool) -> None:
    folder = target.parent
    while parents and not os.path.lexists(folder) and folder != folder.parent:
        folder = folder.parent
    if not os.path.lexists(folder):
        raise OutputError(f"{target.parent}: no such directory for the output file")
    if not folder.is_dir():
        raise OutputError(f"{folder}: is not a directory, so {target.name} cannot be written there")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: cannot write in this folder (no permission, or read-only)")


def check_target(path: str | Path, *, protect: Protected = None, parents: bool = False) -> Path:
    """``path`` if an output may be written there; raises :class:`OutputError` saying why not.

    With ``parents`` missing folders may be made; without, a missing folder is an error.
    """
    target = Path(path)
    for protected in _paths(protect):
        if _same(target, protected):
            raise OutputError(f"{target}: is the input file; choose another output file")
    if target.is_symlink():
        raise OutputError(f"{target}: is a symbolic link; write to a regular file")
    if target.is_dir():
        raise OutputError(f"{target}: is a directory; the output needs a file name")
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        raise OutputError(f"{target}: is not a regular file (a device, pipe or socket); choose a file")
    _check_folder(target, parents)
    return target


def check_targets(
    paths: Sequence[str | Path], *, protect: Protected = None, parents: bool = False
) -> list[Path]:
    """:func:`check_target` for every output of one run; they must also differ from each other."""
    targets: list[Path] = []
    for path in paths:
        target = check_target(path, protect=protect, parents=parents)
        if any(_same(target, other) for other in targets):
            raise OutputError(f"{target}: named twice as an output; give each output its own file")
        targets.append(target)
    return targets


def write_atomic(
    path: str | Path, data: str | bytes, *, protect: Protected = None, parents: bool = False
) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` after :func:`check_target`; see :func:`write_all`."""
    write_all([(path, data)], protect=protect, parents=parents)


def write_all(
    files: Sequence[tuple[str | Path, str | bytes]], *, protect: Protected = None, parents: bool = False
) -> None:
    """Write several outputs of one run: all targets are checked (and must differ) before any is written,
    all temporary files are complete before the first rename."""
    targets = check_targets([path for path, _data in files], protect=protect, parents=parents)
    ready: list[tuple[str, Path]] = []
    try:
        for target, (_path, data) in zip(targets, files, strict=True):
            ready.append((_temporary(target, data, parents), target))
        for tmp, target in ready:
            os.replace(tmp, target)
    except OSError as error:
        raise OutputError(
            f"{error.filename or targets[0]}: cannot write: {error.strerror or error}"
        ) from None
    finally:
        for tmp, _target in ready:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


def encode_text(data: str | bytes) -> bytes:
    """UTF-8; file names that were not UTF-8 (surrogate escapes) keep their original bytes."""
    if isinstance(data, bytes):
        return data
    try:
        return data.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        return data.encode("utf-8", "replace")


def printable(text: str) -> str:
    """``text`` as valid UTF-8 for readers: a file name that was not UTF-8 shows its bytes as ``\\xfc``."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _temporary(target: Path, data: str | bytes, parents: bool) -> str:
    """A complete, synced temporary file beside ``target`` with the mode the target will have."""
    if parents:
        target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(encode_text(data))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode(target))
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return tmp


def _mode(target: Path) -> int:
    """The mode an ordinary new file gets (mkstemp makes 0600), or the mode of the file replaced."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
