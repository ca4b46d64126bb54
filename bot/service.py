"""The library as the bot uses it: off the event loop, time-limited, bounded per server.

- Reads (search, quote, compare, ask, story) run in a small thread pool with a time limit, so the event
  loop keeps acknowledging interactions while Whoosh works.
- Reindexing runs in a separate process (`run_bot.py reindex`): pure-Python indexing in a thread of the
  bot would hold the GIL for seconds at a time and starve the event loop. The process reports progress
  as JSON lines; the reindex lock (flock) keeps one reindex per index across processes, CLI included.
- While the very first index is built, readers wait for it (up to a limit) instead of failing. An index that
  becomes unusable while the bot runs (deleted, damaged) is rebuilt from the article files in the background,
  and readers are told so meanwhile; a rebuild that failed is retried, but not more often than REBUILD_RETRY.
- Each server may have a bounded number of requests in flight; more are answered with a polite refusal.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sys
import tempfile
import threading
import time
import traceback
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from bot.errors import (
    IndexBuilding,
    IndexRebuilding,
    IngestPending,
    ReindexFailedError,
    ReindexRunning,
    TooBusy,
    TookTooLong,
)
from bot.exit_codes import EXIT_BUSY, EXIT_FAILED
from bot.settings import PROJECT_ROOT, Settings
from index.ingest import Ingested, save_upload
from index.library import Library
from index.models import Answer, Comparison, Hit, QuoteResult, ReindexReport, SearchResult, Skipped, Story
from index.reindex import reindex_holder
from index.reindex_steps import Progress
from index.store import IndexUnavailable

log = logging.getLogger(__name__)

T = TypeVar("T")
ProgressHandler = Callable[[Progress], Awaitable[None]]

#: Seconds a read may take before the user is told it took too long.
READ_TIME_LIMIT = 10.0
#: Seconds a read waits for the first index build before saying the index is being built.
BUILD_WAIT = 2.5
#: Requests one server may have running at once, and waiting for their turn.
PER_GUILD_CONCURRENCY = 4
PER_GUILD_WAITING = 32
#: Seconds after a failed rebuild before another is tried (a full disk does not empty itself at once).
REBUILD_RETRY = 30.0
#: The names of the reader threads: users' reads, and the follows' look at the index.
READ_THREADS, NEWS_THREADS = "dateline-read", "dateline-news"
#: Seconds closing waits for reads still running before it logs where they are and goes on.
CLOSE_WAIT = 30.0
#: Seconds a saved upload waits for another process's reindex to let go of the lock.
INGEST_WAIT = 60.0


async def _shut_down(executor: ThreadPoolExecutor, threads: str) -> None:
    """Cancel the executor's queued work and wait for its running work, which cannot be cancelled (a warm-up
    takes seconds at 100,000 stories), off the loop, but not forever: its threads (named `threads`…) still
    running after CLOSE_WAIT have their stacks logged, so a stop that hangs says where, and closing goes on."""
    executor.shutdown(wait=False, cancel_futures=True)
    loop, done = asyncio.get_running_loop(), asyncio.Event()

    def wait_for_threads() -> None:
        executor.shutdown()
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: the stop went on without us
            loop.call_soon_threadsafe(done.set)

    # A daemon thread of its own, not asyncio.to_thread: the default executor is joined without a time limit
    # when asyncio.run ends, so a stuck read would hang the stop there instead.
    threading.Thread(target=wait_for_threads, name="dateline-close", daemon=True).start()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(done.wait(), CLOSE_WAIT)
    if not done.is_set():
        frames = sys._current_frames()
        stacks = [f"{thread.name}:\n" + "".join(traceback.format_stack(frames[thread.ident]))
                  for thread in threading.enumerate() if thread.name.startswith(threads) and thread.ident in frames]
        log.error("closing without waiting longer for %d thread(s) still running after %.0f s:\n%s",
                  len(stacks), CLOSE_WAIT, "\n".join(stacks))


def _child_environment() -> dict[str, str]:
    """The environment of the bot's child processes: everything but the token, which they never need."""
    return {key: value for key, value in os.environ.items() if key != "DISCORD_TOKEN"}


class Repeating:
    """Background work run in one task at a time: asked for again while it runs, it runs once more when that
    run is done (a burst of reindexes asks for one more warm-up or openings pass, not a pile of them).
    `work` returns False to stop early (the index turned out damaged: a rebuild asks again)."""

    def __init__(self, name: str, work: Callable[[], Awaitable[bool]]) -> None:
        self.name, self.work = name, work
        self.task: asyncio.Task[None] | None = None
        self._again = False

    def request(self) -> None:
        if self.task is not None and not self.task.done():
            self._again = True
            return
        self.task = asyncio.create_task(self._runs(), name=self.name)

    async def _runs(self) -> None:
        self._again = True
        while self._again:
            self._again = False
            if not await self.work():
                return

    async def done(self) -> None:
        """Until the runs asked for so far are over."""
        while self.task is not None and not self.task.done():
            await asyncio.gather(asyncio.shield(self.task), return_exceptions=True)


class Librarian:
    """Async access to one Library for the bot's cogs (and the console)."""

    def __init__(self, settings: Settings, *, workers: int = 2) -> None:
        self.settings = settings
        self.library = Library(settings.articles_dir, settings.index_dir)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=READ_THREADS)
        #: The follows' look at the index: its own searcher (and lock) and thread, so it never queues behind
        #: users' reads or the warm-up after a reindex (which holds the shared searcher for seconds at 100k).
        self._news = Library(settings.articles_dir, settings.index_dir)
        self._news_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=NEWS_THREADS)
        self._reindex_lock = asyncio.Lock()
        self._built = asyncio.Event()
        self._gates: dict[int, asyncio.Semaphore] = {}
        self._waiting: dict[int, int] = defaultdict(int)
        self._build_task: asyncio.Task[ReindexReport | None] | None = None
        self._build_failed_at: float | None = None
        #: Prepares the index for reads in a reader thread after a start and after each reindex, so the first
        #: user's typo is not the one who waits for the lexicon (4.6 s at 100,000 stories).
        self._warming = Repeating("dateline-warm", self._warm_once)
        #: Embeds the openings of the stories a reindex added, then the passages of the newest stories
        #: (`run_bot.py openings --passages N`, a child process at low priority: at 100,000 stories a first
        #: build's openings take most of an hour, and the shared material's passages as long, which no reply
        #: should wait for; answers meanwhile weigh only the stories already embedded, and embed their passages).
        self._openings = Repeating("dateline-openings", self._embed_once)
        #: Awaited after every reindex this process ran, before the index is warmed for reads: the follows
        #: look for new stories at once, not after the warm-up (seconds at 100,000 stories) lets go of the index.
        self.on_reindexed: list[Callable[[], Awaitable[None]]] = []

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self, wait: bool = False) -> bool:
        """Use the index if there is one; otherwise build it, in the background unless `wait`. True when a
        build was started (the console says so before it waits: `built`)."""
        if await self._run(self.library.has_index, limit=None):
            self._built.set()
            self._warming.request()
            self._openings.request()
            return False
        log.info("no index yet: building it from %s", self.settings.articles_dir)
        self._start_build()
        if wait:
            await self.built()
        return True

    async def built(self) -> None:
        """Until the first build has ended (built, or failed and logged)."""
        await self._built.wait()

    def _start_build(self, reason: str = "") -> None:
        """Build the index from the article files in the background (first start, or damage found)."""
        if (self._build_task is not None and not self._build_task.done()) or self._reindex_lock.locked():
            return  # a build (or a reindex, which repairs too) is running already
        if self._build_failed_at is not None and time.monotonic() - self._build_failed_at < REBUILD_RETRY:
            return
        if reason:
            log.error("the index is unusable (%s): rebuilding it from the article files in %s", reason,
                      self.settings.articles_dir)
        self._build_task = asyncio.create_task(self._build(), name="dateline-build")

    async def _build(self) -> ReindexReport | None:
        try:
            report = await self.reindex(full=True)
            self._build_failed_at = None
            log.info("the index is built: %d stories", report.stories)
            return report
        except ReindexRunning:
            log.info("another process is reindexing; waiting for it")
            while await self._run(reindex_holder, self.settings.index_dir, limit=None):
                await asyncio.sleep(1)
            return None
        except Exception as error:  # logged here: nobody awaits this task
            self._build_failed_at = time.monotonic()
            log.error("building the index failed (%s); trying again in %.0f s at the earliest", error,
                      REBUILD_RETRY)
            return None
        finally:
            self._built.set()

    async def _warm_once(self) -> bool:
        try:
            await self._run(self.library.warm, limit=None)
        except IndexUnavailable as error:  # damaged: rebuild now, not when the first user asks
            self._start_build(str(error))
            return False
        except Exception:  # logged here: nobody awaits this task
            log.exception("preparing the index for reads failed")
        return True

    async def _embed_once(self) -> bool:
        command = [sys.executable, str(PROJECT_ROOT / "run_bot.py"), "openings", "--json",
                   "--passages", str(self.settings.passage_stories),
                   "--articles", str(self.settings.articles_dir), "--index", str(self.settings.index_dir)]
        process = await asyncio.create_subprocess_exec(
            *command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=_child_environment(),
            cwd=str(PROJECT_ROOT))
        try:
            output, errors = await process.communicate()
        except BaseException:  # the bot is closing: the vectors saved so far stay, the next pass goes on
            if process.returncode is None:
                process.kill()
            await process.wait()
            raise
        if process.returncode != 0:
            lines = errors.decode("utf-8", "replace").strip().splitlines()
            log.error("embedding story openings failed (exit %s): %s", process.returncode, " | ".join(lines[-5:]))
            return False
        log.info("story openings and passages: %s", output.decode("utf-8", "replace").strip())
        try:  # the vectors changed on disk: read them now, not in the next user's question
            await self._run(self.library.prepare_answers, limit=None)
        except Exception:  # logged here: nobody awaits this task
            log.exception("reading the new story openings failed")
        return True

    async def embedded(self) -> None:
        """Until the openings pass after the last start or reindex is done (for tests and benchmarks)."""
        await self._openings.done()

    async def warmed(self) -> None:
        """Until the warm-up after the last start or reindex is done (for benchmarks that time reads)."""
        await self._warming.done()

    async def close(self) -> None:
        for task in (self._build_task, self._warming.task, self._openings.task):
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        await _shut_down(self._executor, READ_THREADS)
        await _shut_down(self._news_executor, NEWS_THREADS)
        self.library.close()
        self._news.close()

    @property
    def reindexing(self) -> bool:
        return self._reindex_lock.locked()

    # -- running blocking work -----------------------------------------------------------------

    async def _run(self, function: Callable[..., T], *args: Any, limit: float | None = READ_TIME_LIMIT,
                   **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._executor, partial(function, *args, **kwargs))
        if limit is None:
            return await future
        try:
            return await asyncio.wait_for(future, timeout=limit)
        except TimeoutError:
            log.warning("%s took longer than %.0f s", getattr(function, "__name__", function), limit)
            raise TookTooLong() from None

    @contextlib.asynccontextmanager
    async def slot(self, guild_id: int | None) -> AsyncIterator[None]:
        """A place in this server's bounded queue of work (DMs share one queue).

        PER_GUILD_CONCURRENCY requests run at once per server and up to PER_GUILD_WAITING more wait
        their turn; beyond that the user is told politely to try again, so one busy (or abusive)
        server cannot take the reader threads from the others."""
        key = guild_id or 0
        gate = self._gates.get(key)
        if gate is None:
            gate = self._gates[key] = asyncio.Semaphore(PER_GUILD_CONCURRENCY)
        if gate.locked() and self._waiting[key] >= PER_GUILD_WAITING:
            raise TooBusy()
        self._waiting[key] += 1
        try:
            await gate.acquire()
        finally:
            self._waiting[key] -= 1
        try:
            yield
        finally:
            gate.release()

    async def serve(self, guild_id: int | None, work: Coroutine[Any, Any, T]) -> T:
        """Run `work` (a read a command asked for) in its server's place in the queue (see `slot`)."""
        try:
            async with self.slot(guild_id):
                return await work
        finally:
            work.close()  # refused before it started: close it, or Python warns it was never awaited

    async def _read(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if not self._built.is_set():
            try:
                await asyncio.wait_for(self._built.wait(), timeout=BUILD_WAIT)
            except TimeoutError:
                raise IndexBuilding() from None
        try:
            return await self._run(function, *args, **kwargs)
        except IndexUnavailable as error:
            # Past the first build's wait, an unusable index (deleted, damaged, or a first build that failed)
            # is being built again.
            self._start_build(str(error))
            raise IndexRebuilding() from None

    # -- reads ---------------------------------------------------------------------------------

    async def search(self, query: str, **options: Any) -> SearchResult:
        return await self._read(self.library.search, query, **options)

    async def story(self, story_id: str) -> Story | None:
        return await self._read(self.library.story, story_id)

    async def headlines(self, prefix: str) -> list[tuple[str, str]]:
        return await self._read(self.library.headlines, prefix)

    async def quote(self, query: str) -> QuoteResult:
        return await self._read(self.library.quote, query)

    async def ask(self, question: str) -> Answer:
        return await self._read(self.library.ask, question)

    async def latest(self, topic: str = "", **options: Any) -> SearchResult:
        return await self._read(self.library.latest, topic, **options)

    async def compare(self, topic: str, chart: bool = True) -> tuple[Comparison, bytes | None]:
        """The comparison and its chart as PNG bytes."""
        if not chart:
            return await self._read(self.library.compare, topic), None
        return await self._read(self._compare_with_chart, topic)

    def _compare_with_chart(self, topic: str) -> tuple[Comparison, bytes | None]:
        """In the reader thread: the chart goes to a temporary file (the library writes files, as the CLI
        wants) and is read back, so no file work is left for the event loop."""
        with tempfile.TemporaryDirectory(prefix="dateline-chart-") as folder:
            path = Path(folder) / "chart.png"
            result = self.library.compare(topic, chart=path)
            png = path.read_bytes() if result.chart else None
        result.chart = "dateline-chart.png" if png else None
        return result, png

    # -- writes --------------------------------------------------------------------------------

    async def reindex(self, full: bool = False, progress: ProgressHandler | None = None) -> ReindexReport:
        """Run `run_bot.py reindex` as a child process; one at a time (and across processes)."""
        if self._reindex_lock.locked():
            raise ReindexRunning()
        async with self._reindex_lock:
            return await self._reindex_process(full, progress)

    async def _reindex_process(self, full: bool, progress: ProgressHandler | None) -> ReindexReport:
        command = [sys.executable, str(PROJECT_ROOT / "run_bot.py"), "reindex", "--json", "--progress", "json",
                   "--no-openings", "--background", "--articles", str(self.settings.articles_dir),
                   "--index", str(self.settings.index_dir)]
        if full:
            command.append("--full")
        process = await asyncio.create_subprocess_exec(
            *command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=_child_environment(),
            cwd=str(PROJECT_ROOT))
        assert process.stdout is not None and process.stderr is not None
        reader = asyncio.create_task(process.stdout.read())
        errors: list[str] = []
        try:
            async for raw in process.stderr:
                line = raw.decode("utf-8", "replace").rstrip()
                if line.startswith('{"progress"'):
                    if progress is not None:
                        update = json.loads(line)["progress"]
                        await progress(Progress(update["phase"], update["done"], update["total"]))
                elif line:
                    errors.append(line)
            output = await reader
            code = await process.wait()
        except BaseException:
            # Stopped (the bot is closing) or failed: end the child (a killed reindex is safe: the index
            # keeps its last published state) and reap it, so no process or pipe outlives us.
            reader.cancel()
            if process.returncode is None:
                process.kill()
            await process.wait()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
            raise
        if code == EXIT_BUSY:
            raise ReindexRunning()
        if code != 0:
            log.error("reindex process failed (exit %s): %s", code, " | ".join(errors[-5:]))
            if code == EXIT_FAILED:  # a failure the reindex explained (disk full, folder missing): as a reason code
                failure = json.loads(output.decode("utf-8"))
                raise ReindexFailedError(failure["reason"], failure["where"], failure["detail"])
            raise RuntimeError(f"reindex failed with exit code {code}")
        payload = json.loads(output.decode("utf-8"))
        payload["skipped"] = [Skipped(**item) for item in payload.get("skipped", [])]
        for listener in self.on_reindexed:
            try:
                await listener()
            except Exception:  # the reindex itself succeeded: its report still goes out
                log.exception("a listener to the reindex failed")
        self._warming.request()
        self._openings.request()
        return ReindexReport(**payload)

    async def ingest(self, name: str, data: bytes) -> tuple[Ingested, ReindexReport]:
        """Save an upload into the articles folder and index it (IngestRefused says why not).

        Refused as busy, with nothing saved, while another reindex runs here or in another process (the
        CLI); if one starts between that check and ours, the saved upload waits for it (INGEST_WAIT)."""
        if self._reindex_lock.locked():
            raise ReindexRunning()
        async with self._reindex_lock:
            if await self._run(reindex_holder, self.settings.index_dir, limit=None):
                raise ReindexRunning()
            saved = await self._run(save_upload, self.settings.articles_dir, name, data, limit=None)
            loop = asyncio.get_running_loop()
            deadline = loop.time() + INGEST_WAIT
            while True:
                try:
                    return saved, await self._reindex_process(False, None)
                except ReindexRunning:
                    if loop.time() >= deadline:
                        raise IngestPending(saved.relpath) from None
                    log.info("%s is saved; waiting for another reindex to finish to index it", saved.relpath)
                    await asyncio.sleep(1.0)

    async def refresh(self) -> ReindexReport:
        """The watcher's reindex: a reindex running here or in another process is waited for, not doubled
        (it may not have seen the newest files, so ours runs after it; unchanged files cost a stat)."""
        while True:
            async with self._reindex_lock:
                try:
                    return await self._reindex_process(False, None)
                except ReindexRunning:
                    pass  # another process holds the index's lock
            await asyncio.sleep(0.5)

    # -- what is new (follows) -------------------------------------------------------------------
    # Background work, not a user's read: no time limit, and an unusable index is the rebuild's business.

    async def _look(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._news_executor, partial(function, *args, **kwargs))

    async def index_version(self) -> str:
        return await self._look(self._news.version)

    async def story_ids(self) -> tuple[str, set[str]]:
        return await self._look(self._news.story_ids)

    async def matching(self, topic: str, story_ids: set[str], **filters: Any) -> list[Hit]:
        return await self._look(self._news.matching, topic, story_ids, **filters)
