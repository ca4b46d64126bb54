"""Watching the articles folder: files that arrive, change or go are indexed without anyone asking.

- Change events come from `watchfiles` (inotify on Linux, FSEvents, ReadDirectoryChangesW), not a hand-made
  poll loop.
- A file still being written is not read half: after the last event, every changed file must keep its size
  and modification time for SETTLE_SECONDS before the reindex runs, and events that arrive meanwhile join
  the same round, so a burst of files is one reindex.
- The reindex is the caller's (the bot's runs as a child process under the one-at-a-time lock, and waits for
  a running one rather than doubling it).
- It starts with one reindex: files that arrived while nobody watched are indexed too.
- A watcher that fails (the folder removed, the OS's watch limit reached) says so once and falls back to a
  scan of the folder every SCAN_SECONDS, comparing sizes and modification times.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

from watchfiles import DefaultFilter, awatch

from index.reading import ARTICLE_SUFFIXES
from index.reindex import scan_articles

log = logging.getLogger(__name__)
# watchfiles logs every batch of changes at INFO; our own log says what each round did.
logging.getLogger("watchfiles.main").setLevel(logging.WARNING)

#: Seconds a changed file must keep its size and modification time before it is read.
SETTLE_SECONDS = 0.5
#: Seconds between checks while waiting for files to settle.
CHECK_SECONDS = 0.1
#: A file still changing after this long is indexed as it is (a log-like file that never stops).
MAX_WAIT_SECONDS = 30.0
#: Seconds between scans of the folder once watching failed.
SCAN_SECONDS = 5.0
#: watchfiles groups events this long (ms) and yields after this much quiet (ms).
DEBOUNCE_MS = 300
STEP_MS = 50

Stamp = tuple[int, int] | None
Watch = Callable[..., AsyncIterator[set[tuple[Any, str]]]]


def _stamps(paths: list[str]) -> list[Stamp]:
    return [_stamp(path) for path in paths]


def _stamp(path: str) -> Stamp:
    """Size and modification time, or None when the file is gone (a deletion is settled at once)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _relevant(path: str, root: Path) -> bool:
    """Article files, not hidden ones (a writer's temporary `.x.tmp` is renamed into place when done)."""
    try:
        parts = Path(path).relative_to(root).parts
    except ValueError:
        return False
    if any(part.startswith(".") for part in parts):
        return False
    return not Path(path).suffix or Path(path).suffix.lower() in ARTICLE_SUFFIXES


class ArticleWatcher:
    """Runs `reindex` after files under `folder` changed and settled; `run()` until cancelled."""

    def __init__(self, folder: Path, reindex: Callable[[], Awaitable[object]], *, watch: Watch = awatch) -> None:
        self.folder = Path(folder).resolve()
        self.reindex = reindex
        self._watch = watch
        self._pending: dict[str, Stamp] = {}
        self._arrived = asyncio.Event()
        self._last_event = 0.0
        self.mode = "starting"  # watching | scanning, for logs and tests

    async def run(self) -> None:
        self._note(set())  # a first round: what changed while nobody watched
        settler = asyncio.create_task(self._settle_forever(), name="dateline-watch-settle")
        try:
            try:
                await self._watch_events()
                reason = "the watch ended"
            except asyncio.CancelledError:
                raise
            except Exception as error:  # whatever the OS said: folder gone, watch limit, no permission
                reason = f"{type(error).__name__}: {error}"
            log.warning("watching %s failed (%s); scanning it every %.0f s instead", self.folder, reason,
                        SCAN_SECONDS)
            await self._scan_forever()
        finally:
            settler.cancel()
            await asyncio.gather(settler, return_exceptions=True)

    def _note(self, paths: set[str]) -> None:
        """Paths that changed; their size and time are read by the settler, off the event loop."""
        for path in paths:
            self._pending.setdefault(path, None)
        self._last_event = asyncio.get_running_loop().time()
        self._arrived.set()

    async def _watch_events(self) -> None:
        if not self.folder.is_dir():
            raise FileNotFoundError(f"no folder {self.folder}")
        self.mode = "watching"
        log.info("watching %s for new and changed article files", self.folder)
        async for changes in self._watch(self.folder, watch_filter=DefaultFilter(), debounce=DEBOUNCE_MS,
                                         step=STEP_MS, recursive=True):
            relevant = {path for _, path in changes if _relevant(path, self.folder)}
            if relevant:
                self._note(relevant)
            if not self.folder.is_dir():  # inotify keeps quiet about its own root going away
                raise FileNotFoundError(f"{self.folder} was removed")

    async def _scan_forever(self) -> None:
        self.mode = "scanning"
        previous = await asyncio.to_thread(self._snapshot)
        while True:
            await asyncio.sleep(SCAN_SECONDS)
            current = await asyncio.to_thread(self._snapshot)
            changed = {path for path in set(previous) | set(current) if previous.get(path) != current.get(path)}
            previous = current
            if changed:
                self._note(changed)

    def _snapshot(self) -> dict[str, Stamp]:
        try:
            found, _ = scan_articles(self.folder)
        except OSError:
            return {}  # the folder is gone: its files count as deleted
        return {str(self.folder / relpath): (stat.st_size, stat.st_mtime_ns) for relpath, stat in found.items()}

    async def _settle_forever(self) -> None:
        while True:
            await self._arrived.wait()
            await self._settled()
            self._pending.clear()
            self._arrived.clear()
            try:
                await self.reindex()
            except asyncio.CancelledError:
                raise
            except Exception:  # logged here: the next change tries again
                log.exception("indexing the changed article files failed")

    async def _settled(self) -> None:
        """Wait until every pending file kept its size and time for SETTLE_SECONDS (new events restart it)."""
        loop = asyncio.get_running_loop()
        started = quiet_since = loop.time()
        while loop.time() - quiet_since < SETTLE_SECONDS:
            if loop.time() - started > MAX_WAIT_SECONDS:
                log.warning("%d file(s) kept changing for %.0f s; indexing them as they are", len(self._pending),
                            MAX_WAIT_SECONDS)
                return
            await asyncio.sleep(CHECK_SECONDS)
            quiet_since = max(quiet_since, self._last_event)
            pending = list(self._pending.items())
            stamps = await asyncio.to_thread(_stamps, [path for path, _ in pending])
            for (path, before), now in zip(pending, stamps, strict=True):
                if now != before:
                    self._pending[path] = now
                    quiet_since = loop.time()
