"""The Librarian: reads off the event loop with a time limit, a bounded queue per server, and reindexing
in a child process, one at a time."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import threading
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest
import pytest_asyncio

import bot.service
from bot.errors import IndexBuilding, ReindexFailedError, ReindexRunning, TooBusy, TookTooLong
from bot.service import Librarian, Repeating
from bot.settings import PROJECT_ROOT, Settings
from index import typos
from index.answers.rerank import embedded_texts
from index.openings import NOTHING, Openings, index_openings
from index.passage_vectors import Passages, newest_stories
from index.reindex import reindex_lock
from tests.bot.conftest import PROCESS_TIMEOUT, RUNNING_PER_SERVER, SOLDIERS_QUESTION, WAITING_PER_SERVER


@pytest_asyncio.fixture
async def librarian(settings: Settings) -> AsyncIterator[Librarian]:
    started = Librarian(settings)
    await started.start()
    yield started
    await started.close()


def test_the_limits_are_the_readmes() -> None:
    readme = " ".join((PROJECT_ROOT / "README.md").read_text("utf-8").split())
    assert "per server, four requests run at once and up to 32 wait their turn" in readme


async def test_four_run_at_once_per_server_and_thirty_two_wait(librarian: Librarian) -> None:
    running = 0
    most = 0
    release = asyncio.Event()

    async def work(guild: int) -> None:
        nonlocal running, most
        async with librarian.slot(guild):
            running += 1
            most = max(most, running)
            await release.wait()
            running -= 1

    async def enter(guild: int) -> None:
        async with librarian.slot(guild):
            pass

    tasks = [asyncio.create_task(work(1)) for _ in range(RUNNING_PER_SERVER + WAITING_PER_SERVER)]
    await asyncio.sleep(0.05)
    assert running == RUNNING_PER_SERVER  # the other 32 wait their turn
    with pytest.raises(TooBusy):  # the queue is full: refused at once (a place in line would wait forever)
        await asyncio.wait_for(enter(1), timeout=10)
    await asyncio.wait_for(enter(2), timeout=10)  # another server is not held up
    release.set()
    await asyncio.gather(*tasks)
    assert most == RUNNING_PER_SERVER


async def test_a_read_that_takes_too_long_is_given_up(librarian: Librarian) -> None:
    let_go, running = threading.Event(), threading.Event()

    def read() -> str:
        running.set()
        let_go.wait(60)  # held far beyond the limit, whatever the machine's speed
        running.clear()
        return "done"

    try:
        with pytest.raises(TookTooLong):
            await librarian._run(read, limit=0.05)
        assert running.is_set()  # given up while the read still ran: the event loop did not wait for it
    finally:
        let_go.set()


async def test_reads_wait_for_the_first_build_a_little(settings: Settings, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.service, "BUILD_WAIT", 0.05)
    librarian = Librarian(replace(settings, index_dir=tmp_path / "fresh"))
    try:
        await librarian.start()
        with pytest.raises(IndexBuilding):
            await librarian.ask(SOLDIERS_QUESTION)
        assert librarian._build_task is not None
        await asyncio.wait_for(librarian._build_task, PROCESS_TIMEOUT)
        assert (await librarian.ask(SOLDIERS_QUESTION)).answer == "10.000 militairen"
    finally:
        await librarian.close()


async def test_a_deleted_index_is_rebuilt(librarian: Librarian, settings: Settings) -> None:
    assert (await librarian.ask(SOLDIERS_QUESTION)).answer == "10.000 militairen"
    librarian.library.close()
    shutil.rmtree(settings.index_dir)
    with pytest.raises(IndexBuilding):
        await librarian.ask(SOLDIERS_QUESTION)
    assert librarian._build_task is not None
    await asyncio.wait_for(librarian._build_task, PROCESS_TIMEOUT)
    assert (await librarian.ask(SOLDIERS_QUESTION)).answer == "10.000 militairen"


async def test_compare_returns_the_chart_as_png(librarian: Librarian) -> None:
    comparison, png = await librarian.compare("Noord-Koreaanse soldaten in Rusland")
    assert png is not None and png.startswith(b"\x89PNG") and comparison.chart == "dateline-chart.png"
    assert len(comparison.figures) >= 4


async def test_reindex_runs_in_a_child_process_one_at_a_time(librarian: Librarian, settings: Settings) -> None:
    (settings.articles_dir / "leeg.txt").write_bytes(b"")
    phases: list[str] = []

    async def progress(update: bot.service.Progress) -> None:
        phases.append(update.phase)

    first = asyncio.create_task(librarian.reindex(progress=progress))
    await asyncio.sleep(0)
    assert librarian.reindexing
    with pytest.raises(ReindexRunning):
        await librarian.reindex()
    with pytest.raises(ReindexRunning):
        await librarian.ingest("nieuw.txt", b"x")
    report = await asyncio.wait_for(first, PROCESS_TIMEOUT)
    assert (report.added, report.unchanged, [item.reason for item in report.skipped]) == (0, 2, ["empty file"])
    assert phases[0] == "scan" and phases[-1] == "done" and not librarian.reindexing


def _reindex_priorities() -> list[int]:
    """The priorities (niceness) of the processes this one started that run `run_bot.py reindex`, read from
    /proc; one that ends while it is read is passed over."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        with contextlib.suppress(OSError):  # ended meanwhile (ProcessLookupError is one)
            parent = next(line.split()[1] for line in status.read_text().splitlines() if line.startswith("PPid:"))
            command = (status.parent / "cmdline").read_bytes().split(b"\0")
            if int(parent) == os.getpid() and b"reindex" in command and any(b"run_bot.py" in part for part in command):
                found.append(os.getpriority(os.PRIO_PROCESS, int(status.parent.name)))
    return found


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the child's priority from /proc")
async def test_the_bots_reindex_runs_at_low_priority(librarian: Librarian, settings: Settings) -> None:
    """A reindex (and its build workers) must not take the CPU from the bot that answers beside it: at 100,000
    stories, 5 to 7 of 50 questions asked during a full reindex ran past the 10-second limit until the bot ran
    it at low priority (`reindex --background`), none after (`docs/performance.md`)."""
    (settings.articles_dir / "leeg.txt").write_bytes(b"")
    priorities: list[int] = []

    async def progress(update: bot.service.Progress) -> None:
        priorities.extend(_reindex_priorities())

    await asyncio.wait_for(librarian.reindex(progress=progress), PROCESS_TIMEOUT)
    assert priorities and min(priorities) > os.getpriority(os.PRIO_PROCESS, 0), priorities


async def test_a_reindex_replies_before_the_new_stories_openings_are_embedded_then_they_are(
        librarian: Librarian, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reply says what changed at once; the new story's opening is embedded after it, in the background,
    beside every other story's and read by the bot when done (not in the next question: ~0.2–0.3 s at 100,000
    stories), and the story answers questions (English ones too)."""
    (settings.articles_dir / "boerderij.txt").write_text(
        "Boerderij in Friesland afgebrand\n\nBURGUM (ANP) - Een uitslaande brand heeft vannacht een boerderij "
        "in Burgum verwoest. Tachtig koeien konden op tijd naar buiten worden gebracht.\n", "utf-8")
    report = await asyncio.wait_for(librarian.reindex(), PROCESS_TIMEOUT)
    assert report.added == 1
    await asyncio.wait_for(librarian.embedded(), PROCESS_TIMEOUT)
    stories = index_openings(librarian.library.store)
    assert set(Openings(settings.index_dir).stored()) == set(stories)  # every story's, the new one's too
    read = []  # the pass replaced the file; the bot has read it since, so no question reads it again
    monkeypatch.setattr(Openings, "_read", lambda openings: read.append(openings) or NOTHING)
    answer = await librarian.ask("How many cows were saved from the farm fire?")
    assert answer.quote is not None and "Tachtig koeien" in answer.quote.text
    assert read == []


async def test_after_a_reindex_the_newest_stories_passages_are_embedded_ahead_when_asked_for(
        settings: Settings) -> None:
    """DATELINE_PASSAGE_STORIES reaches the background pass: after a reindex, the file holds the passages of the
    newest story (the one just added) and no other's."""
    librarian = Librarian(replace(settings, passage_stories=1))
    await librarian.start(wait=True)
    try:
        (settings.articles_dir / "boerderij.txt").write_text(
            "Boerderij in Friesland afgebrand\n\nBURGUM (ANP) - Een uitslaande brand heeft vannacht een boerderij "
            "in Burgum verwoest. Tachtig koeien konden op tijd naar buiten worden gebracht.\n", "utf-8")
        await asyncio.wait_for(librarian.reindex(), PROCESS_TIMEOUT)
        await asyncio.wait_for(librarian.embedded(), PROCESS_TIMEOUT)
        newest = newest_stories(librarian.library.store, 1)[0]
        assert newest.headline == "Boerderij in Friesland afgebrand"
        ahead = Passages(settings.index_dir).current()
        assert len(ahead) == len(set(embedded_texts(newest)))
        assert all(vector is not None for vector in ahead.vectors(embedded_texts(newest)))
    finally:
        await librarian.close()


async def test_a_reindex_held_by_another_process_is_reported_busy(librarian: Librarian, settings: Settings) -> None:
    with reindex_lock(settings.index_dir), pytest.raises(ReindexRunning):
        await asyncio.wait_for(librarian.reindex(), PROCESS_TIMEOUT)


async def test_a_failed_reindex_says_why(librarian: Librarian, settings: Settings) -> None:
    shutil.rmtree(settings.articles_dir)
    with pytest.raises(ReindexFailedError) as failed:
        await asyncio.wait_for(librarian.reindex(), PROCESS_TIMEOUT)
    # Told in each reader's own language: the child says why as a code, not as a Dutch sentence.
    missing = settings.articles_dir
    assert failed.value.message("en") == (f"The reindex failed: {missing} does not exist; "
                                          "the previous index stays in use.")
    assert failed.value.message("nl") == (f"De herindexering is mislukt: {missing} bestaat niet; "
                                          "de vorige index blijft in gebruik.")
    assert (await librarian.ask(SOLDIERS_QUESTION)).answer == "10.000 militairen"  # the old index stays


async def test_closing_does_not_wait_forever_for_a_read_and_logs_where_it_is_stuck(
        settings: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """A read that never ends no longer hangs the stop without a word: after CLOSE_WAIT, closing logs the
    reader thread's stack (the function it is in) and goes on."""
    librarian = Librarian(settings)
    await librarian.start(wait=True)
    await librarian.warmed()  # the warm-up is a read too: only the stuck one is left running
    release, entered = threading.Event(), threading.Event()

    def stuck_search(query: str, **options: object) -> None:
        entered.set()
        release.wait(timeout=60)

    monkeypatch.setattr(librarian.library, "search", stuck_search)
    monkeypatch.setattr(bot.service, "CLOSE_WAIT", 0.3)
    read = asyncio.create_task(librarian.search("soldaten"))
    try:
        await asyncio.to_thread(entered.wait, 10)
        await asyncio.wait_for(librarian.close(), 10)
        stuck = [record.getMessage() for record in caplog.records if "still running" in record.getMessage()]
        assert len(stuck) == 1 and "dateline-read" in stuck[0] and "stuck_search" in stuck[0]
    finally:
        release.set()
        with contextlib.suppress(Exception):
            await read


async def test_closing_mid_reindex_ends_the_child(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    librarian = Librarian(settings)
    processes: list[asyncio.subprocess.Process] = []
    spawn = asyncio.create_subprocess_exec

    async def spawned(*args: object, **kwargs: object) -> asyncio.subprocess.Process:
        processes.append(await spawn(*args, **kwargs))  # type: ignore[arg-type]
        return processes[-1]

    monkeypatch.setattr(asyncio, "create_subprocess_exec", spawned)
    task = asyncio.create_task(librarian.reindex(full=True))
    while not processes:
        await asyncio.sleep(0.01)
    task.cancel()  # as when the bot stops
    with contextlib.suppress(asyncio.CancelledError):
        await task
    await librarian.close()
    assert processes[0].returncode is not None and not librarian.reindexing


async def test_the_index_is_prepared_for_typos_after_a_start_and_after_each_reindex(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The typo lexicon is read in the background when an index version appears (4.6 s at 100,000 stories),
    not by the first user who mistypes a word."""
    built: list[object] = []
    original = typos.Lexicon.__init__

    def counting(self: typos.Lexicon, reader: object) -> None:
        built.append(reader)
        original(self, reader)

    monkeypatch.setattr(typos.Lexicon, "__init__", counting)
    librarian = Librarian(settings)
    try:
        await librarian.start()
        assert librarian._warming.task is not None  # started by the start itself
        await librarian.warmed()
        assert len(built) == 1
        result = await librarian.search("soldatne")
        assert result.reading.corrections == {"soldatne": ["soldaten"]} and len(built) == 1
        (settings.articles_dir / "extra.txt").write_text(
            "Overstroming in Limburg\nMAASTRICHT (ANP) - Het water stijgt; vrijwilligers vullen zandzakken.", "utf-8")
        await librarian.reindex()
        await librarian.warmed()
        assert len(built) == 2  # the new index version got its own, before anyone asked
        result = await librarian.search("zandzakkne")
        assert result.hits[0].headline == "Overstroming in Limburg" and len(built) == 2
    finally:
        await librarian.close()


@pytest.mark.parametrize(("goes_on", "expected"), [(True, [0, 1]), (False, [0])])
async def test_background_work_asked_for_while_it_runs_runs_once_more_not_once_per_ask(
        goes_on: bool, expected: list[int]) -> None:
    """A burst of reindexes asks for one more warm-up (or openings pass) after the running one, not a pile;
    work that says stop (a warm-up that found the index damaged: the rebuild asks again) is not run again."""
    runs: list[int] = []
    gate = asyncio.Event()

    async def work() -> bool:
        runs.append(len(runs))
        await gate.wait()
        return goes_on

    repeating = Repeating("test-work", work)
    repeating.request()
    await asyncio.sleep(0)
    for _ in range(5):
        repeating.request()
    gate.set()
    await repeating.done()
    assert runs == expected
