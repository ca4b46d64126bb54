"""The watcher on a real folder with the real watchfiles: settling, coalescing, and the fallback scan."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

import bot.watcher
from bot.watcher import ArticleWatcher

#: Generous bounds to wait with on a loaded machine (never asserted as durations).
WAIT = 15.0


class Reindexes:
    """What the watcher asked for: the size of every article file at the moment of each reindex."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.seen: list[dict[str, int]] = []
        self.startup: dict[str, int] | None = None
        self.changed = asyncio.Event()

    async def __call__(self) -> None:
        self.seen.append({path.name: path.stat().st_size for path in sorted(self.folder.glob("*")) if path.is_file()})
        self.changed.set()

    async def wait(self, count: int) -> None:
        async with asyncio.timeout(WAIT):
            while len(self.seen) < count:
                self.changed.clear()
                await self.changed.wait()


@contextlib.asynccontextmanager
async def watching(watcher: ArticleWatcher) -> AsyncIterator[ArticleWatcher]:
    """The watcher running, past its first round (what changed while nobody watched), which is forgotten."""
    reindexes = watcher.reindex
    assert isinstance(reindexes, Reindexes)
    task = asyncio.create_task(watcher.run())
    try:
        await reindexes.wait(1)
        reindexes.startup = reindexes.seen.pop()
        async with asyncio.timeout(WAIT):
            while watcher.mode == "starting":
                await asyncio.sleep(0.02)
        yield watcher
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_a_slowly_written_file_is_read_once_and_whole(tmp_path: Path) -> None:
    reindexes = Reindexes(tmp_path)
    text = "".join(f'{{"id": {n}, "title": "Bericht {n}", "text": "Tekst {n}."}}\n' for n in range(50))
    async with watching(ArticleWatcher(tmp_path, reindexes)):
        with (tmp_path / "nieuw.jsonl").open("w", encoding="utf-8") as handle:
            for start in range(0, len(text), len(text) // 6):
                handle.write(text[start:start + len(text) // 6])
                handle.flush()
                await asyncio.sleep(0.25)  # slower than watchfiles' grouping, faster than the settle time
        await reindexes.wait(1)
        await asyncio.sleep(1.0)
    assert reindexes.seen == [{"nieuw.jsonl": len(text.encode())}]


async def test_a_burst_of_files_is_one_reindex_and_hidden_files_none(tmp_path: Path) -> None:
    reindexes = Reindexes(tmp_path)
    async with watching(ArticleWatcher(tmp_path, reindexes)):
        for number in range(20):
            (tmp_path / f"bericht-{number}.txt").write_text(f"Kop {number}\nTekst.\n", encoding="utf-8")
        await reindexes.wait(1)
        (tmp_path / ".schrijven.tmp").write_text("half", encoding="utf-8")
        await asyncio.sleep(1.5)
    assert len(reindexes.seen) == 1 and len(reindexes.seen[0]) == 20


async def test_the_first_round_indexes_what_arrived_while_nobody_watched(tmp_path: Path) -> None:
    (tmp_path / "terwijl-uit.txt").write_text("Kop\nTekst.\n", encoding="utf-8")
    reindexes = Reindexes(tmp_path)
    async with watching(ArticleWatcher(tmp_path, reindexes)):
        await asyncio.sleep(1.0)
    assert reindexes.startup == {"terwijl-uit.txt": 11} and reindexes.seen == []


async def test_a_deleted_file_is_a_change_too(tmp_path: Path) -> None:
    (tmp_path / "oud.txt").write_text("Kop\nTekst.\n", encoding="utf-8")
    reindexes = Reindexes(tmp_path)
    async with watching(ArticleWatcher(tmp_path, reindexes)):
        (tmp_path / "oud.txt").unlink()
        await reindexes.wait(1)
    assert reindexes.seen == [{}]


async def test_a_watch_that_fails_says_so_once_and_scans_instead(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(bot.watcher, "SCAN_SECONDS", 0.2)

    async def over_the_limit(*_args: object, **_kwargs: object) -> AsyncIterator[set[tuple[int, str]]]:
        raise OSError(28, "OS file watch limit reached")
        yield set()  # an async generator, as watchfiles' awatch is

    reindexes = Reindexes(tmp_path)
    with caplog.at_level(logging.WARNING, logger="bot.watcher"):
        async with watching(ArticleWatcher(tmp_path, reindexes, watch=over_the_limit)) as watcher:
            (tmp_path / "nieuw.txt").write_text("Kop\nTekst.\n", encoding="utf-8")
            await reindexes.wait(1)
            (tmp_path / "nog een.txt").write_text("Kop\nTekst.\n", encoding="utf-8")
            await reindexes.wait(2)
            assert watcher.mode == "scanning"
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 1 and "OS file watch limit reached" in warnings[0] and "scanning it every" in warnings[0]
    assert reindexes.seen[-1] == {"nieuw.txt": 11, "nog een.txt": 11}


async def test_a_removed_folder_falls_back_to_scanning_and_is_picked_up_when_it_returns(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(bot.watcher, "SCAN_SECONDS", 0.2)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "oud.txt").write_text("Kop\nTekst.\n", encoding="utf-8")
    reindexes = Reindexes(folder)
    with caplog.at_level(logging.WARNING, logger="bot.watcher"):
        async with watching(ArticleWatcher(folder, reindexes)) as watcher:
            shutil.rmtree(folder)
            await reindexes.wait(1)  # the deletion is a change: the index drops the folder's stories
            async with asyncio.timeout(WAIT):
                while watcher.mode != "scanning":
                    await asyncio.sleep(0.05)
            folder.mkdir()
            (folder / "terug.txt").write_text("Kop\nTekst.\n", encoding="utf-8")
            while reindexes.seen[-1] != {"terug.txt": 11}:
                await reindexes.wait(len(reindexes.seen) + 1)
    assert sum("scanning it every" in record.getMessage() for record in caplog.records) == 1
