"""Progress of a batch: a rich bar with rate and remaining time on a terminal, a few plain lines in logs."""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["LogProgress", "Progress", "TerminalProgress", "for_stream"]


class Progress:
    """The progress interface; this base shows nothing (library use, tests)."""

    def start(self, total: int) -> None:
        """Announce how many files the batch has."""

    def advance(self) -> None:
        """One file finished (converted or failed)."""

    def skip(self) -> None:
        """One file needs no work (unchanged since the last run); it leaves the total."""

    def close(self) -> None:
        """The batch is over."""


class LogProgress(Progress):
    """One line per tenth of the job (and at least every ``every`` seconds) on a non-terminal stream."""

    def __init__(self, stream: TextIO, *, every: float = 60.0) -> None:
        self.stream = stream
        self.every = every
        self.total = self.done = 0
        self._started = self._last = time.monotonic()
        self._next_step = 0

    def start(self, total: int) -> None:
        self.total = total
        self._started = self._last = time.monotonic()
        self._print(f"simplify batch: {total} file(s) to convert")

    def skip(self) -> None:
        self.total -= 1

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        step = self.done * 10 // max(self.total, 1)
        if step > self._next_step or now - self._last >= self.every or self.done == self.total:
            self._next_step = step
            self._last = now
            rate = self.done / max(now - self._started, 1e-9)
            left = (self.total - self.done) / rate if rate else 0.0
            percent = self.done * 100 // max(self.total, 1)
            self._print(
                f"simplify batch: {self.done}/{self.total} files ({percent}%), {rate:.1f} files/s, "
                f"about {_duration(left)} left"
            )

    def _print(self, line: str) -> None:
        print(line, file=self.stream, flush=True)


class TerminalProgress(Progress):
    """A rich progress bar: files done, rate, elapsed and remaining time."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Bar

        self._bar = Bar(
            TextColumn("[bold]simplify batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("remaining"),
            TimeRemainingColumn(),
            console=Console(file=stream),
            transient=False,
        )
        self._task = self._bar.add_task("batch", total=None, rate="")

    def start(self, total: int) -> None:
        self._bar.start()
        self._bar.update(self._task, total=total)

    def skip(self) -> None:
        task = self._bar.tasks[0]
        self._bar.update(self._task, total=max((task.total or 1) - 1, 0))

    def advance(self) -> None:
        self._bar.advance(self._task)
        task = self._bar.tasks[0]
        rate = task.completed / task.elapsed if task.elapsed else 0.0
        self._bar.update(self._task, rate=f"{rate:.1f} files/s")

    def close(self) -> None:
        self._bar.stop()


def for_stream(stream: TextIO = sys.stderr) -> Progress:
    """A bar on a terminal, log lines otherwise."""
    return TerminalProgress(stream) if stream.isatty() else LogProgress(stream)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s"
