"""Walk a batch INPUT (a folder, a .zip or a .tar[.gz]) safely and yield the files to convert.

Nothing is extracted to disk: members are read into memory with a size limit per file and per archive
(against decompression bombs). Members with absolute paths or ``..`` are refused, links inside archives are
refused, and symbolic links in folders are followed only while they stay inside INPUT. Archives found in a
folder are opened too; their members appear below the archive's own path (``2019.zip/rathaus.txt``).
"""

from __future__ import annotations

import os
import re
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Literal

from simplify.io.read import FORMATS, MAX_BYTES

__all__ = ["ARCHIVE_SUFFIXES", "DEFAULT_LIMITS", "Entry", "Limits", "archive_kind", "walk"]

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz")
_DRIVE = re.compile(r"^[A-Za-z]:")
_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Largest file (bytes) and the most bytes one archive may decompress to in total."""

    file_bytes: int = MAX_BYTES
    archive_bytes: int = 4 * 1024 * _MIB


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Entry:
    """A file found in INPUT: to convert (``data``), refused (``error``) or ignored (not a release format)."""

    path: str
    kind: Literal["convert", "refused", "ignored"]
    data: bytes = b""
    error: str = ""


class _TooLarge(Exception):
    pass


class _ArchiveBudget:
    """Counts decompressed bytes of one archive; stops it when the total passes the limit."""

    def __init__(self, limits: Limits | None) -> None:
        self.limit = limits.archive_bytes if limits is not None else 0
        self.left = self.limit

    def take(self, data: bytes) -> None:
        self.left -= len(data)
        if self.left < 0:
            raise _TooLarge


def archive_kind(path: Path) -> Literal["zip", "tar"] | None:
    name = path.name.lower()
    if name.endswith(".zip"):
        return "zip"
    if name.endswith((".tar", ".tar.gz", ".tgz")):
        return "tar"
    return None


def _wanted(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in FORMATS


def _hidden(path: str) -> bool:
    """Files editors never meant to publish: dot files and macOS resource forks."""
    return any(part.startswith(".") or part == "__MACOSX" for part in path.split("/"))


def safe_member_path(name: str) -> str | None:
    """The member name as a clean relative path, or None if it is absolute or climbs out with ``..``."""
    name = name.replace("\\", "/")
    if name.startswith("/") or _DRIVE.match(name) or "\x00" in name:
        return None
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def _read_limited(
    handle: IO[bytes], name: str, limits: Limits | None, budget: _ArchiveBudget | None
) -> Entry:
    if limits is None:  # counting only
        return Entry(name, "convert")
    data = handle.read(limits.file_bytes + 1)
    if budget is not None:
        budget.take(data)
    if len(data) > limits.file_bytes:
        return Entry(
            name, "refused", error=f"too large: over the limit of {_size(limits.file_bytes)} per file"
        )
    return Entry(name, "convert", data)


def _size(count: int) -> str:
    return f"{count / _MIB:.1f} MiB" if count >= _MIB else f"{count} bytes"


def _bomb(label: str, budget: _ArchiveBudget) -> Entry:
    return Entry(
        label,
        "refused",
        error=f"archive stopped: it decompresses to more than {_size(budget.limit)} "
        "(a decompression bomb or an archive to split)",
    )


def _refuse_name(name: str, prefix: str) -> Entry:
    return Entry(prefix + name, "refused", error="unsafe member path (absolute or with '..'): not extracted")


_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, RuntimeError, OSError)
_TAR_ERRORS = (tarfile.TarError, OSError, EOFError, zlib.error)


def _walk_zip(handle: IO[bytes], prefix: str, label: str, limits: Limits | None) -> Iterator[Entry]:
    budget = _ArchiveBudget(limits)
    try:
        archive = zipfile.ZipFile(handle)
    except _ZIP_ERRORS as error:
        yield Entry(label, "refused", error=f"unreadable archive: {error}")
        return
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            try:
                entry = _zip_entry(archive, info, prefix, limits, budget)
            except _TooLarge:
                yield _bomb(label, budget)
                return
            if entry is not None:
                yield entry


def _zip_entry(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    prefix: str,
    limits: Limits | None,
    budget: _ArchiveBudget,
) -> Entry | None:
    if info.is_dir():
        return None
    path = safe_member_path(info.filename)
    if path is None:
        return _refuse_name(info.filename, prefix)
    if _hidden(path):
        return None
    full = prefix + path
    if stat.S_ISLNK(info.external_attr >> 16):
        return Entry(full, "refused", error="link inside the archive: not followed")
    if not _wanted(path):
        return Entry(full, "ignored")
    if info.flag_bits & 0x1:
        return Entry(full, "refused", error="unreadable archive member: encrypted")
    try:
        with archive.open(info) as member:
            return _read_limited(member, full, limits, budget)
    except _ZIP_ERRORS as error:
        return Entry(full, "refused", error=f"unreadable archive member: {error}")


def _walk_tar(handle: IO[bytes], prefix: str, label: str, limits: Limits | None) -> Iterator[Entry]:
    budget = _ArchiveBudget(limits)
    try:
        archive = tarfile.open(fileobj=handle, mode="r|*")  # noqa: SIM115 (closed by the with below)
    except _TAR_ERRORS as error:
        yield Entry(label, "refused", error=f"unreadable archive: {error}")
        return
    with archive:
        members = iter(archive)
        while True:
            try:
                info = next(members, None)
                if info is None:
                    return
                entry = _tar_entry(archive, info, prefix, limits, budget)
            except _TooLarge:
                yield _bomb(label, budget)
                return
            except _TAR_ERRORS as error:
                yield Entry(label, "refused", error=f"archive damaged, the rest was not read: {error}")
                return
            if entry is not None:
                yield entry


def _tar_entry(
    archive: tarfile.TarFile,
    info: tarfile.TarInfo,
    prefix: str,
    limits: Limits | None,
    budget: _ArchiveBudget,
) -> Entry | None:
    if info.isdir():
        return None
    path = safe_member_path(info.name)
    if path is None:
        return _refuse_name(info.name, prefix)
    if _hidden(path):
        return None
    full = prefix + path
    if info.issym() or info.islnk():
        return Entry(full, "refused", error="link inside the archive: not followed")
    if not info.isfile():
        return Entry(full, "refused", error="not a regular file in the archive")
    if not _wanted(path):
        return Entry(full, "ignored")
    handle = archive.extractfile(info)
    if handle is None:
        return Entry(full, "refused", error="unreadable archive member")
    return _read_limited(handle, full, limits, budget)


def _walk_archive(path: Path, prefix: str, limits: Limits | None) -> Iterator[Entry]:
    """Members of the archive at ``path``; failures of the whole archive are named by its own path."""
    walker = _walk_zip if archive_kind(path) == "zip" else _walk_tar
    label = prefix.rstrip("/") or path.name
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Entry(label, "refused", error=f"cannot read: {error.strerror}")
        return
    with handle:
        yield from walker(handle, prefix, label, limits)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _walk_folder(root: Path, limits: Limits | None) -> Iterator[Entry]:
    real_root = os.path.realpath(root)
    for directory, dirnames, filenames in os.walk(root, followlinks=False):
        rel_dir = os.path.relpath(directory, root)
        rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
        for name in dirnames:
            full = os.path.join(directory, name)
            if os.path.islink(full) and not _inside(os.path.realpath(full), real_root):
                yield Entry(rel_dir + name, "refused", error="symbolic link out of INPUT: not followed")
        for name in sorted(filenames):
            if _hidden(name):
                continue
            yield from _folder_file(Path(directory, name), rel_dir + name, real_root, limits)


def _folder_file(file: Path, rel: str, real_root: str, limits: Limits | None) -> Iterator[Entry]:
    real = os.path.realpath(file)
    if file.is_symlink() and not _inside(real, real_root):
        yield Entry(rel, "refused", error="symbolic link out of INPUT: not followed")
        return
    if archive_kind(file) is not None:
        yield from _walk_archive(Path(real), rel + "/", limits)
        return
    if not _wanted(rel):
        yield Entry(rel, "ignored")
        return
    try:
        with open(real, "rb") as handle:
            yield _read_limited(handle, rel, limits, None)
    except OSError as error:
        yield Entry(rel, "refused", error=f"cannot read: {error.strerror}")


def walk(source: Path, limits: Limits | None = DEFAULT_LIMITS) -> Iterator[Entry]:
    """Every file of INPUT in a stable order (sorted for folders and zip files, stored order for tar).

    With ``limits=None`` nothing is read: the entries only count what there is (for the progress bar).
    """
    if source.is_dir():
        yield from _walk_folder(source, limits)
    else:
        yield from _walk_archive(source, "", limits)
