"""One shared instance per argument, built once even when threads ask for it at the same moment.

`functools.cache` keeps what a function returned, but two threads calling it before the first call has
returned both run it: two embedding models, two word lists, two readers of a folder's vectors (~80 MB each
at 100,000 stories). Answers run on a pool of threads, so the first questions after a start do race.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from functools import cache, wraps
from typing import TypeVar

Result = TypeVar("Result")


def shared(function: Callable[..., Result]) -> Callable[..., Result]:
    """`function` cached per argument, its first call per argument made by one thread while the others wait
    (a lock per function: building one thing never waits for another). `cache_clear` as functools'."""
    cached = cache(function)
    lock = threading.RLock()  # re-entrant: a shared builder may call another argument of itself

    @wraps(function)
    def once(*args: Hashable) -> Result:
        with lock:
            return cached(*args)

    once.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return once
