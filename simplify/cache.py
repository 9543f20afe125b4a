"""Indexes built once from installed data packages and kept as SQLite files in the user's cache folder.

The folder is ``$SIMPLIFY_CACHE_DIR``, else ``$XDG_CACHE_HOME/simplify``, else ``~/.cache/simplify``. A file
is named by the index, the version of the package it comes from and the layout of this code, so an upgrade
builds a new one. It is written to a temporary file and renamed, so a reader never sees half a file. When the
folder cannot be written, the index is built in memory for this process only.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

Builder = Callable[[sqlite3.Connection], None]
_DONE = 1  # user_version of a finished index
_connections: dict[tuple[int, Path], sqlite3.Connection] = {}


def folder() -> Path:
    """Where the index files are (the folder may not exist yet)."""
    if os.environ.get("SIMPLIFY_CACHE_DIR"):
        return Path(os.environ["SIMPLIFY_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "simplify"


def database(name: str, build: Builder) -> sqlite3.Connection:
    """A read-only connection to the index ``name`` (``nouns-1.2.5-1``), built by ``build`` when missing.

    One connection per file and process (a forked worker opens its own); another cache folder
    (``SIMPLIFY_CACHE_DIR``) gets its own.
    """
    path = folder() / f"{name}.sqlite"
    key = (os.getpid(), path)
    if key not in _connections:
        _connections[key] = _open(path, build)
    return _connections[key]


def _open(path: Path, build: Builder) -> sqlite3.Connection:
    if not _complete(path):
        try:
            _write(path, build)
        except (OSError, sqlite3.Error):
            return _in_memory(build)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def _complete(path: Path) -> bool:
    """True when ``path`` is an index this module finished writing (it sets ``user_version`` last)."""
    if not path.exists():
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            return connection.execute("PRAGMA user_version").fetchone()[0] == _DONE
    except sqlite3.Error:
        return False


def _write(path: Path, build: Builder) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        connection = sqlite3.connect(tmp)
        try:
            build(connection)
            connection.execute(f"PRAGMA user_version = {_DONE}")
            connection.commit()
        finally:
            connection.close()
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _in_memory(build: Builder) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    build(connection)
    connection.commit()
    return connection
