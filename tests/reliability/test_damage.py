"""The index folder damaged or deleted while the bot runs: the bot notices at the next read, says so in its
log, tells users the index is being rebuilt (privately, no traceback, no apology), rebuilds it from the
article files, and answers again; no answer ever comes from a damaged or half-written index.

tests/bot/test_service.py has the deleted-folder case at the Librarian's level; here every kind of damage
goes through Discord.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.service
from bot.errors import IndexRebuilding
from bot.service import Librarian
from bot.settings import Settings
from index.store import CURRENT_FILE
from tests.bot.conftest import PROCESS_TIMEOUT, SOLDIERS_QUESTION, Dateline, has_embeds, run_cli
from tests.fakediscord import FakeDiscord, InteractionHandle

REBUILDING = "De index wordt opnieuw opgebouwd; probeer het zo opnieuw."
ANSWER = "10.000 militairen"


def current_generation(index: Path) -> Path:
    return index / (index / CURRENT_FILE).read_text("utf-8").strip()


def segment(index: Path) -> Path:
    return next(current_generation(index).glob("*.seg"))


def toc(index: Path) -> Path:
    return next(current_generation(index).glob("*.toc"))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "folder-deleted": lambda index: shutil.rmtree(index),
    "segment-deleted": lambda index: segment(index).unlink(),
    "segment-truncated": lambda index: os.truncate(segment(index), segment(index).stat().st_size // 3),
    "segment-emptied": lambda index: os.truncate(segment(index), 0),
    "toc-garbled": lambda index: toc(index).write_bytes(b"garbage\x00\xff" * 40),
    "current-garbled": lambda index: (index / CURRENT_FILE).write_bytes(b"\xff\xfe\x00gen-../../etc"),
}


async def ask(fake: FakeDiscord, name: str) -> InteractionHandle:
    """/ask as a new user each time (so no cooldown interferes)."""
    user = fake.add_user(name)
    fake.add_member(fake.guild, user)
    return await fake.slash("ask", {"question": SOLDIERS_QUESTION}, user=user, locale="nl")


async def outcome(handle: InteractionHandle) -> str:
    """What the user saw: the answer's title, or the private note."""
    await handle.wait_callback(timeout=3)
    if handle.ephemeral:
        if handle.callback is not None and handle.callback.type == 5:  # deferred, then told privately
            (note,) = await handle.wait_followups(1, timeout=5)
            return note["content"]
        return handle.content or ""
    message = await handle.wait_original(has_embeds, timeout=5)
    return message["embeds"][0]["title"]


@pytest.mark.parametrize("damage", sorted(DAMAGE))
async def test_a_damaged_index_is_noticed_reported_and_rebuilt(dateline: Dateline, caplog: pytest.LogCaptureFixture,
                                                               damage: str) -> None:
    caplog.set_level(logging.INFO)
    fake, librarian = dateline.fake, dateline.bot.librarian
    assert await outcome(await ask(fake, "voor")) == ANSWER  # the searcher is open on the intact index

    DAMAGE[damage](dateline.index)
    seen = await outcome(await ask(fake, "tijdens"))
    assert seen == REBUILDING  # told, privately, not a traceback and not a wrong answer
    rebuild = librarian._build_task
    assert rebuild is not None, "no rebuild was started"
    # Asked while the rebuild runs: the right answer (the new index is published) or the same note.
    during = []
    number = 0
    while not rebuild.done() and number < 20:
        during.append(await outcome(await ask(fake, f"wachtend-{number}")))
        number += 1
        await asyncio.sleep(0.1)
    assert set(during) <= {REBUILDING, ANSWER}, during
    await asyncio.wait_for(rebuild, PROCESS_TIMEOUT)
    assert rebuild.result() is not None and rebuild.result().full  # a full rebuild from the article files

    assert await outcome(await ask(fake, "na")) == ANSWER
    assert await librarian._run(librarian.library.story_count) == 16

    said = [record.getMessage() for record in caplog.records if record.name == "bot.service"]
    assert any(line.startswith("the index is unusable (") and "rebuilding it from the article files" in line
               for line in said), said
    failures = [record for record in caplog.records if record.name == "bot.client" or record.exc_info]
    assert failures == []  # no command crashed (no apology was sent)


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_the_next_cli_command_repairs_a_damaged_index(settings: Settings, tmp_path: Path, damage: str) -> None:
    """A CLI read over a damaged index rebuilds it and answers, as the bot does; so does an incremental
    `run_bot.py reindex`, instead of failing on it."""
    where = ["--articles", str(settings.articles_dir), "--index", str(settings.index_dir)]
    DAMAGE[damage](settings.index_dir)
    answered = run_cli("ask", SOLDIERS_QUESTION, "--json", *where, cwd=tmp_path)
    assert answered.returncode == 0 and "Traceback" not in answered.stderr, answered.stderr
    assert '"answer": "10.000 militairen"' in answered.stdout
    if damage.startswith("segment"):  # the table of contents is intact: the read finds the damage
        assert "is damaged: rebuilding it from" in answered.stderr
    DAMAGE[damage](settings.index_dir)
    repaired = run_cli("reindex", "--json", *where, cwd=tmp_path)
    assert repaired.returncode == 0, repaired.stderr
    assert '"full": true' in repaired.stdout and '"stories": 16' in repaired.stdout
    answered = run_cli("story", "a768be9904bd", "--json", *where, cwd=tmp_path)
    assert answered.returncode == 0 and "VS schatten aantal" in answered.stdout


async def test_a_rebuild_that_fails_is_logged_and_retried_later_not_per_read(
        settings: Settings, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index is gone and so are the articles (a disk went away): the rebuild fails, says why in the
    log, and the next reads do not each start another reindex process."""
    librarian = Librarian(settings)
    await librarian.start()
    try:
        shutil.rmtree(settings.index_dir)
        shutil.rmtree(settings.articles_dir)
        with pytest.raises(IndexRebuilding):
            await librarian.ask(SOLDIERS_QUESTION)
        first = librarian._build_task
        assert first is not None
        assert await asyncio.wait_for(first, PROCESS_TIMEOUT) is None  # failed, and said so (not raised)
        assert any(record.getMessage().startswith("building the index failed (articles folder ")
                   for record in caplog.records)
        for _ in range(3):
            with pytest.raises(IndexRebuilding):
                await librarian.ask(SOLDIERS_QUESTION)
        assert librarian._build_task is first  # no new reindex process per read
        monkeypatch.setattr(bot.service, "REBUILD_RETRY", 0.0)
        with pytest.raises(IndexRebuilding):
            await librarian.ask(SOLDIERS_QUESTION)
        assert librarian._build_task is not first  # after the pause, it tries again
        await asyncio.wait_for(librarian._build_task, PROCESS_TIMEOUT)
    finally:
        await librarian.close()


async def test_damage_found_when_the_bot_starts_is_rebuilt_before_anyone_asks(settings: Settings) -> None:
    """The warm-up after a start reads the index; damage it finds starts the rebuild at once."""
    DAMAGE["segment-truncated"](settings.index_dir)
    librarian = Librarian(settings)
    try:
        await librarian.start()
        assert librarian._warming.task is not None  # started by the start itself
        await librarian.warmed()
        assert librarian._build_task is not None  # nobody asked anything yet
        await asyncio.wait_for(librarian._build_task, PROCESS_TIMEOUT)
        assert (await librarian.ask(SOLDIERS_QUESTION)).answer == ANSWER
    finally:
        await librarian.close()
