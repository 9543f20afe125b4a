"""The local engine of ``simplify batch``: a process pool; a worker that crashes costs only its file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context

from simplify.batch.convert import Outcome, Task, convert_in_worker, converter, init_worker
from simplify.errors import UsageError
from simplify.settings import Settings

__all__ = ["RECYCLE_AFTER", "LocalEngine"]

RECYCLE_AFTER = 500
"""Documents per worker before the pool is replaced by fresh workers. The pipeline's caches (bounded, but
large) grow with every new sentence; fresh workers keep memory flat however large the archive is, for about
4 % more time (loading the models again)."""
_MAX_DEATHS = 3
"""Workers dying on this many files in a row stop the batch: then the files are not the cause."""


class LocalEngine:
    """A process pool whose workers each load the pipeline once (and are replaced after RECYCLE_AFTER
    documents each); ``workers=1`` runs in this process."""

    def __init__(self, settings: Settings, fmt: str, workers: int, time_limit: float | None = None) -> None:
        self.settings, self.fmt, self.workers, self.time_limit = settings, fmt, workers, time_limit
        self._pool: ProcessPoolExecutor | None = None
        self._deaths = 0  # files in a row whose worker died

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context("spawn"),
                initializer=init_worker,
                initargs=(self.settings, self.fmt, os.getpid(), self.time_limit),
            )
        return self._pool

    def _restart(self) -> None:
        self.close()
        self._start()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map(self, tasks: Iterator[Task]) -> Iterator[tuple[Task, Outcome]]:
        if self.workers == 1:
            local = converter(self.settings, self.fmt, self.time_limit)
            for task in tasks:
                report = task.report is not None
                yield task, local.convert(task.path, task.data, report=report, report_above=task.report_above)
            return
        pending: dict[Future[Outcome], Task] = {}
        submitted = 0
        for task in tasks:
            if submitted >= RECYCLE_AFTER * self.workers:
                while pending:
                    yield from self._collect(pending)
                self._restart()
                submitted = 0
            pending[self._submit(task)] = task
            submitted += 1
            while len(pending) >= 2 * self.workers:
                yield from self._collect(pending)
        while pending:
            yield from self._collect(pending)

    def _collect(self, pending: dict[Future[Outcome], Task]) -> Iterator[tuple[Task, Outcome]]:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        crashed = False
        for future in done:
            task = pending.pop(future)
            try:
                outcome = future.result()
            except BrokenProcessPool:
                crashed = True
                pending[future] = task
                continue
            yield task, outcome
        if crashed:
            # A worker died (out of memory, a crash in a library): every task in flight is lost. Run each
            # of them alone in a fresh pool to find the one that kills the worker; the others succeed.
            suspects = list(pending.values())
            pending.clear()
            self._restart()
            for task in suspects:
                yield task, self._alone(task)

    def _submit(self, task: Task) -> Future[Outcome]:
        report = task.report is not None
        return self._start().submit(convert_in_worker, task.path, task.data, report, task.report_above)

    def _alone(self, task: Task) -> Outcome:
        try:
            outcome = self._submit(task).result()
        except BrokenProcessPool:
            self._deaths += 1
            if self._deaths >= _MAX_DEATHS:
                raise UsageError(
                    f"worker processes died on {_MAX_DEATHS} files in a row, so the cause is not the files: "
                    "check free memory, or run with --workers 1 to see the error"
                ) from None
            self._restart()
            return Outcome(
                error="the worker process died on this file (out of memory or a crash in a library)",
                crashed=True,
            )
        self._deaths = 0
        return outcome
