"""Batch conversion of press archives: a folder, .zip or .tar[.gz] in, a mirrored tree of outputs out.

The driver walks INPUT (:mod:`simplify.batch.walk`), skips what the manifest shows as done with the same
content and settings, sends the rest to an engine (a local process pool, or Ray in :mod:`simplify.batch.ray`),
and writes each output atomically before recording it in the manifest (:mod:`simplify.batch.manifest`). A run
killed at any moment is finished by ``resume=True``: nothing is lost, nothing is converted twice, no partial
file stays.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from simplify.batch.convert import Engine, Outcome, Task
from simplify.batch.layout import OUTPUT_SUFFIXES, REPORTS, Layout, owned
from simplify.batch.local import LocalEngine
from simplify.batch.manifest import Manifest, remove_stale_temporaries
from simplify.batch.progress import Progress
from simplify.batch.walk import DEFAULT_LIMITS, Limits, archive_kind, walk
from simplify.errors import UsageError
from simplify.io.write import OutputError, write_all, write_atomic
from simplify.settings import Settings

__all__ = [
    "OUTPUT_SUFFIXES",
    "REPORTS",
    "BatchResult",
    "Engine",
    "Limits",
    "LocalEngine",
    "Task",
    "job_signature",
    "run_batch",
]


@dataclass(slots=True)
class BatchResult:
    """What a batch run did: counts, the failed inputs with their reasons, where the summary is."""

    counts: dict[str, int]
    failures: list[tuple[str, str]] = field(default_factory=list)
    summary: Path | None = None


def job_signature(settings: Settings, fmt: str) -> str:
    """Settings.signature() plus what else changes the outputs: format, --force, the glossary's content.

    ``auto`` is recorded as the backend it resolves to, so a model that becomes available later (or goes
    away) makes ``--resume`` redo the files."""
    if settings.backend == "auto":
        from simplify.backends.auto import resolved

        settings = replace(settings, backend=resolved(settings))
    parts = [settings.signature(), f"format:{fmt}"]
    if settings.force:
        parts.append("force:yes")
    if settings.glossary and Path(settings.glossary).is_file():
        digest = hashlib.sha256(Path(settings.glossary).read_bytes()).hexdigest()[:16]
        parts.append(f"glossary-sha256:{digest}")
    return "|".join(parts)


def _engine(
    name: str,
    settings: Settings,
    fmt: str,
    workers: int | None,
    ray_address: str | None,
    time_limit: float | None,
) -> Engine:
    if name == "local":
        return LocalEngine(settings, fmt, workers or os.cpu_count() or 1, time_limit)
    if name == "ray":
        from simplify.batch.ray import RayEngine

        return RayEngine(settings, fmt, workers=workers, address=ray_address, time_limit=time_limit)
    raise UsageError(f"unknown engine {name!r}: choose local or ray")


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _check_paths(source: Path, outdir: Path) -> None:
    if not source.exists():
        raise UsageError(f"{source}: no such folder or archive")
    if source.is_file() and archive_kind(source) is None:
        raise UsageError(f"{source}: expected a folder, a .zip, a .tar or a .tar.gz file")
    src, out = source.resolve(), outdir.resolve()
    if _inside(out, src):
        raise UsageError(
            f"OUTDIR {outdir} is inside INPUT {source}: choose a folder outside it (INPUT is never changed)"
        )
    if _inside(src, out):
        raise UsageError(
            f"INPUT {source} is inside OUTDIR {outdir}: choose an OUTDIR that does not contain INPUT"
        )
    if outdir.exists() and not outdir.is_dir():
        raise UsageError(f"OUTDIR {outdir} is a file: pass a folder")


def _check_outdir(outdir: Path, manifest: Manifest, resume: bool) -> None:
    if manifest.exists and not resume:
        raise UsageError(
            f"{outdir} holds an earlier batch ({Manifest.NAME}): add --resume to finish or update it, "
            "or choose an empty OUTDIR"
        )
    if not manifest.exists and outdir.exists() and any(outdir.iterdir()):
        raise UsageError(
            f"{outdir} is not empty and holds no batch {Manifest.NAME}: choose an empty or new OUTDIR"
        )


def _open_outdir(outdir: Path, manifest: Manifest) -> None:
    """Make OUTDIR, clean up after a killed run, and load the manifest, dropping what cannot be trusted."""
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(outdir)
        damaged = manifest.load()
    except OSError as error:
        raise UsageError(f"OUTDIR {outdir}: cannot write there ({error.strerror or error})") from None
    where = [f"line {number}" for number in damaged]
    for path, entry in list(manifest.entries.items()):
        if not all(owned(entry.get(key), path, outdir) for key in ("output", "report")):
            del manifest.entries[path]
            where.append(f"{path}: a file outside its own names")
    if where:
        logging.getLogger("simplify").warning(
            "simplify batch: warning: %d damaged manifest line(s) skipped (%s): those inputs are done again",
            len(where),
            "; ".join(where[:5]) + (" ..." if len(where) > 5 else ""),
        )


def _unchanged(previous: dict[str, object], task: Task, signature: str, outdir: Path) -> bool:
    """Whether the manifest shows this input done with the same content and settings, its files in place."""
    if previous.get("sha256") != task.sha256 or previous.get("settings") != signature:
        return False
    if previous.get("status") == "failed":  # the input's fault: the same input fails the same way
        return True
    if previous.get("status") != "ok":  # "crashed": try again
        return False
    files = [previous.get("output"), previous.get("report")]
    return previous.get("output") == task.output and all((outdir / f).is_file() for f in files if f)


def _remove_old(previous: dict[str, object] | None, keep: set[str], outdir: Path) -> None:
    """Delete a previous run's output and report of an input when they are replaced by other files."""
    for key in ("output", "report"):
        old = previous.get(key) if previous else None
        if isinstance(old, str) and old not in keep and owned(old, str(previous["path"]), outdir):
            (outdir / old).unlink(missing_ok=True)


def run_batch(
    source: Path,
    outdir: Path,
    settings: Settings,
    *,
    fmt: str = "text",
    engine: str = "local",
    workers: int | None = None,
    ray_address: str | None = None,
    resume: bool = False,
    reports: Literal["hardest", "all"] = "hardest",
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    time_limit: float | None = None,
) -> BatchResult:
    """Convert every release in ``source`` into ``outdir``; see the module docstring.

    Per-document HTML reports go to ``_reports/`` for the documents the summary lists as hardest to read
    (``reports="all"``: for every document, which about doubles the time); with ``fmt="html"`` every output
    is its own report. A document that takes longer than ``time_limit`` seconds fails with that reason.
    """
    if fmt not in OUTPUT_SUFFIXES:
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(OUTPUT_SUFFIXES)}")
    if workers is not None and workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    source, outdir = Path(source), Path(outdir)
    _check_paths(source, outdir)
    from simplify.backends import load_backend

    load_backend(settings.backend)  # an unknown backend is a usage error before any work starts
    manifest = Manifest(outdir)
    _check_outdir(outdir, manifest, resume)
    runner = _engine(engine, settings, fmt, workers, ray_address, time_limit)
    try:
        job = _Job(source, outdir, manifest, settings, fmt, limits, progress or Progress())
        return job.run(runner, all_reports=reports == "all")
    finally:
        runner.close()


class _Job:
    """One run of a batch: decides what to convert, stores outcomes, writes reports and the summary."""

    def __init__(
        self,
        source: Path,
        outdir: Path,
        manifest: Manifest,
        settings: Settings,
        fmt: str,
        limits: Limits,
        progress: Progress,
    ) -> None:
        self.source, self.outdir, self.manifest = source, outdir, manifest
        self.settings, self.fmt, self.limits, self.progress = settings, fmt, limits, progress
        self.signature = job_signature(settings, fmt)
        self.layout = Layout(fmt)
        self.entries: dict[str, dict[str, object]] = {}  # this run's manifest entries by input path
        self.counts: Counter[str] = Counter(converted=0, unchanged=0, ignored=0)
        self._duplicates: Counter[str] = Counter()
        self._candidates: dict[str, tuple[tuple[float, str], str, str]] = {}
        """The reports of the hardest documents so far, made with their conversion: path -> (key, report
        path, HTML); written at the end for those that stay among the hardest."""

    def run(self, runner: Engine, *, all_reports: bool) -> BatchResult:
        from simplify.report.summary import HARDEST

        _open_outdir(self.outdir, self.manifest)
        total = sum(1 for entry in walk(self.source, None) if entry.kind != "ignored")
        self.progress.start(total)
        # Small jobs: every document is among the hardest, so its report is made with it. Larger ones make
        # a report with the conversion of each document that is among the hardest so far, and keep the
        # reports of the hardest: no document is converted twice for its report.
        all_reports = (all_reports or total <= HARDEST) and self.fmt != "html"
        hardest_reports = not all_reports and self.fmt != "html"
        try:
            with self.manifest:
                for task, outcome in runner.map(self._tasks(all_reports, hardest_reports)):
                    self._store(task, outcome)
                    self.counts["converted"] += outcome.ok
                    self.progress.advance()
                if hardest_reports:
                    self._write_candidates()
                    self._hardest_reports(runner)
        finally:
            self.progress.close()
        self.manifest.rewrite()
        return self._finish()

    def _record(self, entry: dict[str, object]) -> None:
        self.entries[str(entry["path"])] = entry
        self.manifest.record(entry)

    def _tasks(self, all_reports: bool, hardest_reports: bool = False) -> Iterator[Task]:
        """The inputs that need converting; refused and unchanged ones are recorded on the way."""
        for entry in walk(self.source, self.limits):
            if entry.kind == "ignored":
                self.counts["ignored"] += 1
                continue
            path, error = entry.path, entry.error
            if path in self.entries:
                self._duplicates[path] += 1
                path = f"{path} [duplicate {self._duplicates[path] + 1}]"
                error = "the same path appears twice in the archive: only the first one is converted"
            if error:
                self._record(_failed(path, None, self.signature, error))
                self.progress.advance()
                continue
            digest = hashlib.sha256(entry.data).hexdigest()
            report = self.layout.report(path) if all_reports or hardest_reports else None
            above = self._threshold() if hardest_reports else None
            task = Task(path, entry.data, digest, self.layout.output(path), report, above)
            previous = self.manifest.entries.get(path)
            if previous is not None and _unchanged(previous, task, self.signature, self.outdir):
                self.entries[path] = previous
                self.counts["unchanged"] += 1
                self.progress.skip()
                continue
            self.entries[path] = {}  # taken until converted: a second member of this name is refused
            yield task

    def _threshold(self) -> tuple[float, str]:
        """The key a document must exceed to be among the hardest so far (any while there are fewer)."""
        from simplify.report.summary import HARDEST

        if len(self._candidates) < HARDEST:
            return (float("-inf"), "")
        return min(key for key, _report, _html in self._candidates.values())

    def _keep_candidate(self, task: Task, outcome: Outcome) -> None:
        from simplify.report.summary import HARDEST

        index = (outcome.readability or {}).get("after", {}).get("index")
        if outcome.report is None or task.report is None or not isinstance(index, int | float):
            return
        self._candidates[task.path] = ((float(index), task.path), task.report, outcome.report)
        if len(self._candidates) > HARDEST:
            del self._candidates[min(self._candidates, key=lambda path: self._candidates[path][0])]

    def _write_candidates(self) -> None:
        """Write the kept reports of the documents the summary lists as hardest."""
        from simplify.report.summary import hardest

        for entry in hardest(self.entries.values()):
            path = str(entry["path"])
            if path in self._candidates:
                _key, report, html = self._candidates[path]
                write_atomic(self.outdir / report, html, parents=True)
                self._record({**entry, "report": report})
        self._candidates.clear()

    def _store(self, task: Task, outcome: Outcome) -> None:
        """Write the task's files atomically, then record it in the manifest (a report made as one of the
        hardest so far is kept back: :meth:`_write_candidates`)."""
        if task.report_above is not None:
            self._keep_candidate(task, outcome)
            outcome = replace(outcome, report=None)
        previous = self.manifest.entries.get(task.path)
        if not outcome.ok:
            _remove_old(previous, set(), self.outdir)
            status = "crashed" if outcome.crashed else "failed"
            self._record(_failed(task.path, task.sha256, self.signature, outcome.error, status))
            return
        report = task.output if self.fmt == "html" else None
        files = [(self.outdir / task.output, outcome.output)]
        if task.report is not None and outcome.report is not None:
            files.append((self.outdir / task.report, outcome.report))
            report = task.report
        try:
            write_all(files, parents=True)
        except (
            OSError,
            OutputError,
        ) as error:  # a name the file system refuses, a full disk: this file fails
            reason = f"cannot write the output: {getattr(error, 'strerror', None) or error}"
            self._record(_failed(task.path, task.sha256, self.signature, reason, "crashed"))
            return
        _remove_old(previous, {task.output, *([report] if report else [])}, self.outdir)
        self._record(
            {
                "path": task.path,
                "sha256": task.sha256,
                "settings": self.signature,
                "status": "ok",
                "error": None,
                "output": task.output,
                "report": report,
                "readability": outcome.readability,
            }
        )

    def _hardest_reports(self, runner: Engine) -> None:
        """Make the per-document reports the summary links to: the hardest documents that have none yet."""
        from simplify.report.summary import hardest

        wanted = {
            str(e["path"]): e
            for e in hardest(self.entries.values())
            if not (isinstance(e.get("report"), str) and (self.outdir / str(e["report"])).is_file())
        }

        def tasks() -> Iterator[Task]:
            for entry in walk(self.source, self.limits):
                done = wanted.pop(entry.path, None) if entry.kind == "convert" else None
                if done is not None and hashlib.sha256(entry.data).hexdigest() == done["sha256"]:
                    report = self.layout.report(entry.path)
                    yield Task(entry.path, entry.data, str(done["sha256"]), str(done["output"]), report)
                if not wanted:
                    return

        if not wanted:
            return
        for task, outcome in runner.map(tasks()):
            if outcome.ok and outcome.report is not None and task.report is not None:
                write_atomic(self.outdir / task.report, outcome.report, parents=True)
                self._record({**self.entries[task.path], "report": task.report})

    def _finish(self) -> BatchResult:
        from simplify.report.summary import write_summary

        failures = [(p, str(e.get("error"))) for p, e in self.entries.items() if e.get("status") != "ok"]
        self.counts.update(
            total=len(self.entries), ok=len(self.entries) - len(failures), failed=len(failures)
        )
        counts = dict(self.counts)
        summary = write_summary(
            self.outdir,
            list(self.entries.values()),
            counts=counts,
            settings=self.settings.record(),
            fmt=self.fmt,
        )
        return BatchResult(counts, failures, summary)


def _failed(
    path: str, sha256: str | None, signature: str, error: str, status: str = "failed"
) -> dict[str, object]:
    return {
        "path": path,
        "sha256": sha256,
        "settings": signature,
        "status": status,
        "error": error,
        "output": None,
        "report": None,
        "readability": None,
    }
