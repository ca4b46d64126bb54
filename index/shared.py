"""One shared instance per argument (or per searcher), built once even when threads ask for it at the same moment.

`functools.cache` keeps what a function returned, but two threads calling it before the first call has
returned both run it: two embedding models, two word lists, two readers of a folder's vectors (~41 MB each
at 100,000 stories). Answers run on a pool of threads, so the first questions after a start do race.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from functools import cache, wraps
from typing import TypeVar

Result = TypeVar("Result")
Key = TypeVar("Key")


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


def per_searcher(function: Callable[[Key], Result]) -> Callable[[Key], Result]:
    """`function` of a searcher, built once per searcher (i.e. per index version) by one thread while the others
    wait, and let go of with the searcher: a weak key, so a reindex's old version is not kept alive by what was
    read from it (a lexicon of its words, its copy groups, its filter sets)."""
    values: weakref.WeakKeyDictionary[Key, Result] = weakref.WeakKeyDictionary()
    lock = threading.Lock()

    @wraps(function)
    def once(searcher: Key) -> Result:
        with lock:
            value = values.get(searcher)
            if value is None:
                value = values[searcher] = function(searcher)
            return value

    return once
