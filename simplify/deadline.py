"""A time limit per document: a conversion that runs longer is stopped with one clear error.

The limit is a POSIX interval timer (SIGALRM) in the main thread; elsewhere (a thread, Windows) it is not
enforced. What the timer interrupts is left consistent: the pipeline's caches only ever gain whole entries.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from simplify.errors import InputError

__all__ = ["DEFAULT_SECONDS", "MODEL_SECONDS", "TimeLimitError", "time_limit"]

DEFAULT_SECONDS = 60.0
"""Default limit per document: the rule engine takes about a second; a minute means something is wrong."""
MODEL_SECONDS = 600.0
"""Default limit with a model backend: a model on a CPU or a remote server is much slower than the rules."""


class TimeLimitError(InputError):
    """The document took longer than the time limit (``--time-limit``)."""


def _enforceable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeLimitError` in the block when it runs over ``seconds`` (None or 0: no limit)."""
    if not seconds or not _enforceable():
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise TimeLimitError(
            f"took longer than {seconds:g} s and was stopped (raise --time-limit, or split the text)"
        )

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
