"""What the library keeps one of per process (the embedding model, word lists, vector readers) is built once,
even when the first questions after a start arrive on several threads at the same moment."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from index.shared import shared


def test_threads_asking_at_once_share_one_build() -> None:
    builds: list[str] = []
    start = threading.Barrier(8)

    @shared
    def reader(folder: str) -> object:
        builds.append(folder)
        time.sleep(0.05)  # long enough for every other thread to ask while the first still builds
        return object()

    def ask(folder: str) -> object:
        start.wait()
        return reader(folder)

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(ask, ["a"] * 6 + ["b"] * 2))
    assert sorted(builds) == ["a", "b"]
    assert len({id(item) for item in got[:6]}) == 1 and got[6] is got[7] is not got[0]
    reader.cache_clear()
    assert reader("a") is not got[0] and builds.count("a") == 2
