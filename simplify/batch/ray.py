"""``simplify batch --engine ray``: the same job as Ray tasks, on a local Ray instance or a cluster.

Only the conversion runs on Ray: each task gets one file's bytes and returns the rendered output, so the
nodes need no access to INPUT or OUTDIR, and the driver writes files and manifest exactly as the local engine
does. Each Ray worker process keeps one converter (pipeline and lexicons loaded once) between tasks. The nodes
need simplify-de installed in the same version (see README).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from simplify.batch.convert import Outcome, Task, converter
from simplify.errors import UsageError
from simplify.settings import Settings

__all__ = ["INSTALL_HINT", "RayEngine"]

INSTALL_HINT = "pip install 'simplify-de[distributed]' (or: pip install 'ray[data]')"


def _convert(
    settings: Settings,
    fmt: str,
    time_limit: float | None,
    name: str,
    data: bytes,
    report: bool,
    report_above: tuple[float, str] | None = None,
) -> Outcome:
    """The Ray task: convert one file with this worker process's converter."""
    return converter(settings, fmt, time_limit).convert(name, data, report=report, report_above=report_above)


class RayEngine:
    """Ray tasks, at most a few per CPU in flight so memory stays flat however large the archive is."""

    def __init__(
        self,
        settings: Settings,
        fmt: str,
        *,
        workers: int | None,
        address: str | None,
        time_limit: float | None = None,
    ) -> None:
        try:
            import ray
        except ImportError:
            raise UsageError(f"--engine ray needs Ray, which is not installed: {INSTALL_HINT}") from None
        self._ray = ray
        self.settings, self.fmt, self.time_limit = settings, fmt, time_limit
        self._owned = not ray.is_initialized()
        if self._owned:
            try:
                ray.init(
                    address=address,
                    num_cpus=workers if address is None else None,
                    include_dashboard=False,
                    logging_level=logging.WARNING,
                    log_to_driver=False,
                )
            except (ConnectionError, RuntimeError, ValueError) as error:
                raise UsageError(f"cannot connect to the Ray cluster at {address!r}: {error}") from None
        cpus = int(ray.cluster_resources().get("CPU", 1))
        # With --workers on a larger cluster, at most N tasks run at once; otherwise keep every CPU busy.
        self.in_flight = workers if workers and address else 2 * max(cpus, 1)
        self._remote = ray.remote(num_cpus=1, max_retries=2)(_convert)
        self._settings = ray.put(settings)

    def map(self, tasks: Iterator[Task]) -> Iterator[tuple[Task, Outcome]]:
        pending: dict[object, Task] = {}
        for task in tasks:
            report = task.report is not None
            ref = self._remote.remote(
                self._settings, self.fmt, self.time_limit, task.path, task.data, report, task.report_above
            )
            pending[ref] = task
            while len(pending) >= self.in_flight:
                yield from self._collect(pending)
        while pending:
            yield from self._collect(pending)

    def _collect(self, pending: dict[object, Task]) -> Iterator[tuple[Task, Outcome]]:
        done, _ = self._ray.wait(list(pending), num_returns=1)
        for ref in done:
            task = pending.pop(ref)
            try:
                outcome = self._ray.get(ref)
            except self._ray.exceptions.RayError as error:
                first_line = (
                    str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
                )
                outcome = Outcome(error=f"the Ray task failed: {first_line}", crashed=True)
            yield task, outcome

    def close(self) -> None:
        if self._owned and self._ray.is_initialized():
            self._ray.shutdown()
