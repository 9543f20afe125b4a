"""Convert one batch input in a worker: read, run the pipeline, render, score. Shared by all engines.

A worker holds one :class:`Converter` (pipeline, backend and lexicons loaded once) and returns plain data;
the driver process writes the files and the manifest, so workers need no access to OUTDIR (a Ray cluster's
nodes do not have it).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from simplify.errors import InputError
from simplify.settings import Settings

if TYPE_CHECKING:
    from simplify.document import Result
    from simplify.pipeline import Pipeline

__all__ = [
    "READABILITY_KEYS",
    "Converter",
    "Engine",
    "Outcome",
    "Task",
    "convert_in_worker",
    "converter",
    "init_worker",
]

_WARM_UP = (
    "Die Stadt eröffnet am Montag das neue Rathaus. Alle Bürgerinnen und Bürger sind eingeladen.".encode()
)
READABILITY_KEYS = ("index", "level", "words", "sentences", "fre_amstad")
"""What the manifest keeps of ``simplify.readability.score_document`` for the summary."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: the rendered output and report, or the reason it failed."""

    error: str = ""
    crashed: bool = False  # the error is not the input's fault (a bug, a dead worker): --resume retries it
    output: str = ""
    report: str | None = None  # the HTML report (the output itself when the format is html)
    readability: dict[str, dict[str, object]] | None = None

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass(frozen=True, slots=True)
class Task:
    """One input to convert: its bytes, content hash and where its output and report go (relative)."""

    path: str
    data: bytes
    sha256: str
    output: str
    report: str | None
    report_above: tuple[float, str] | None = None
    """With a report path: make the report only if the document is harder to read after conversion than
    this (readability index, path), the key of the hardest documents (``simplify.report.summary.hardest``)."""


class Engine(Protocol):
    """Runs tasks somewhere and yields each with its outcome, in any order, with few tasks in flight."""

    def map(self, tasks: Iterator[Task]) -> Iterator[tuple[Task, Outcome]]: ...

    def close(self) -> None: ...


class Converter:
    """One pipeline with fixed settings, output format and time limit per document; loads its models on
    first use."""

    def __init__(self, settings: Settings, fmt: str, time_limit: float | None = None) -> None:
        self.settings = settings
        self.fmt = fmt
        self.time_limit = time_limit

    @cached_property
    def pipeline(self) -> Pipeline:
        from simplify.pipeline import Pipeline

        return Pipeline(self.settings)

    def warm_up(self) -> None:
        """Load every model and lexicon now (they load lazily), so no document pays for it."""
        self.pipeline.backend  # noqa: B018 (outside the time limit)
        self.convert("warm-up.txt", _WARM_UP, report=True)

    def convert(
        self,
        name: str,
        data: bytes,
        *,
        report: bool = False,
        report_above: tuple[float, str] | None = None,
    ) -> Outcome:
        """Convert one file's bytes (and make its HTML report if asked, with ``report_above`` only for a
        document that is harder to read: see :class:`Task`); never raises for a bad file, the Outcome says
        why it failed."""
        from simplify.deadline import time_limit
        from simplify.io.read import read_bytes
        from simplify.io.render import render
        from simplify.redact import redact

        try:
            with time_limit(self.time_limit):
                result = self.pipeline.run(read_bytes(data, name, path=name))
                output = render(result, self.fmt)
                readability = _readability(result)
                report = report and (report_above is None or _harder(readability, name, report_above))
                html = output if self.fmt == "html" else _report(result) if report else None
                return Outcome(output=output, report=html, readability=readability)
        except InputError as error:  # the manifest names the file
            return Outcome(error=redact(str(error).removeprefix(f"{name}: ")))
        except Exception as error:  # a bug must not stop the batch; the manifest keeps the reason
            return Outcome(error=redact(f"internal error: {type(error).__name__}: {error}"), crashed=True)


def _report(result: Result) -> str | None:
    """The per-document HTML report, when simplify.report.html is installed."""
    try:
        from simplify.report.html import render_html
    except ImportError:
        return None
    return render_html(result)


def _harder(readability: dict[str, dict[str, object]] | None, name: str, than: tuple[float, str]) -> bool:
    index = (readability or {}).get("after", {}).get("index")
    return isinstance(index, int | float) and (float(index), name) > than


def _readability(result: Result) -> dict[str, dict[str, object]] | None:
    """Document scores before and after conversion, when simplify.readability is installed."""
    try:
        from simplify.readability import score_document
    except ImportError:
        return None
    before = [rewrite.source.text for rewrite in result.rewrites]
    after = [line for rewrite in result.rewrites for line in rewrite.output]
    return {
        name: {key: scores[key] for key in READABILITY_KEYS if key in scores}
        for name, scores in (("before", score_document(before)), ("after", score_document(after)))
    }


_current: Converter | None = None


def converter(settings: Settings, fmt: str, time_limit: float | None = None) -> Converter:
    """This worker process's converter, made once for the job's settings, format and time limit."""
    global _current
    if _current is None or (_current.settings, _current.fmt, _current.time_limit) != (
        settings,
        fmt,
        time_limit,
    ):
        _current = Converter(settings, fmt, time_limit)
    return _current


def init_worker(settings: Settings, fmt: str, parent: int, time_limit: float | None = None) -> None:
    """Process-pool initializer: load the pipeline and its models once in this worker, and end the worker
    when the driver process ``parent`` is gone (killed with SIGKILL, it cannot tell its pool to stop)."""
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="exit-with-driver").start()
    converter(settings, fmt, time_limit).warm_up()


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def convert_in_worker(
    name: str, data: bytes, report: bool, report_above: tuple[float, str] | None = None
) -> Outcome:
    """Process-pool task: convert with the converter :func:`init_worker` made."""
    if _current is None:
        raise RuntimeError("convert_in_worker() before init_worker()")
    return _current.convert(name, data, report=report, report_above=report_above)
