"""SQLite files in the user's cache: indexes built once from installed data packages, and stores of results.

The folder is ``$SIMPLIFY_CACHE_DIR``, else the user cache folder platformdirs names (when installed), else
``$XDG_CACHE_HOME/simplify``, else ``~/.cache/simplify``. An index file
is named by the index, the version of the package it comes from and the layout of this code, so an upgrade
builds a new one. It is written to a temporary file and renamed, so a reader never sees half a file. When the
folder cannot be written, the index is built in memory for this process only.

A store (:func:`store`) keeps results that are costly to compute and depend on their key alone (HanTa's
analysis of a word), shared by the processes of a batch: SQLite in WAL mode, new entries written in
batches, each one once (``INSERT OR IGNORE``). ``SIMPLIFY_STORE=off`` turns stores off (the tests do).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType

Builder = Callable[[sqlite3.Connection], None]
_DONE = 1  # user_version of a finished index
_connections: dict[tuple[int, Path], sqlite3.Connection] = {}


def folder() -> Path:
    """Where the index files are (the folder may not exist yet)."""
    if os.environ.get("SIMPLIFY_CACHE_DIR"):
        return Path(os.environ["SIMPLIFY_CACHE_DIR"])
    if _platformdirs() is not None:
        return Path(_platformdirs().user_cache_dir("simplify"))
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "simplify"


@cache
def _platformdirs() -> ModuleType | None:
    """platformdirs when installed; asked once (a failed import searches the whole path every time)."""
    try:
        import platformdirs
    except ImportError:
        return None
    return platformdirs


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


class Store:
    """A persistent table of JSON values by text key; new values are written every ``batch`` entries and
    when the process ends. Errors of the file (locked too long, disk full) cost only the caching."""

    def __init__(self, connection: sqlite3.Connection, batch: int = 200) -> None:
        self._connection = connection
        self._pending: dict[str, str] = {}
        self._batch = batch

    def get(self, key: str) -> object:
        """The stored value, or None."""
        if key in self._pending:
            return json.loads(self._pending[key])
        try:
            row = self._connection.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return None if row is None else json.loads(row[0])

    def put(self, key: str, value: object) -> None:
        self._pending[key] = json.dumps(value)
        if len(self._pending) >= self._batch:
            self.flush()

    def flush(self) -> None:
        """Write the pending entries (an entry another process wrote first stays)."""
        pending, self._pending = self._pending, {}
        if not pending:
            return
        with contextlib.suppress(sqlite3.Error), self._connection:
            self._connection.executemany("INSERT OR IGNORE INTO entries VALUES (?, ?)", pending.items())


_stores: dict[tuple[int, Path], Store | None] = {}


def store(name: str) -> Store | None:
    """The store ``name`` (``hanta-1.2.1-1``) of this process, or None when stores are off
    (``SIMPLIFY_STORE=off``) or the cache folder cannot be written."""
    if os.environ.get("SIMPLIFY_STORE", "").lower() in {"off", "0", "no", "false"}:
        return None
    path = folder() / f"{name}.sqlite"
    key = (os.getpid(), path)
    if key not in _stores:
        _stores[key] = _open_store(path)
    return _stores[key]


def _open_store(path: Path) -> Store | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=10, check_same_thread=False)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        with connection:
            connection.execute(
                "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"
            )
    except (OSError, sqlite3.Error):
        return None
    opened = Store(connection)
    atexit.register(opened.flush)
    return opened
