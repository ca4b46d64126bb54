"""Reindexes side by side, across processes: a CLI `reindex`, a `/reindex` and an `/ingest`. One runs; the
others are told it is busy (an /ingest saves nothing then), readers keep being answered, and a reindex
killed with SIGKILL leaves no lock behind.

The reindex that holds the lock is a real `run_bot.py reindex` that waits, lock held, until the test lets
it go (tests/reliability/driver.py --wait-at), so nothing here depends on how fast a machine is.
tests/bot/test_e2e_admin.py has two reindexes inside the bot, and one lock held by the test process.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

import bot.service
from bot.errors import IngestPending
from bot.service import Librarian
from bot.settings import PROJECT_ROOT, Settings
from index.reindex import reindex_holder, reindex_lock
from tests.bot.conftest import PROCESS_TIMEOUT, SOLDIERS_QUESTION, Dateline, embed_text, has_embeds, run_cli
from tests.bot.test_e2e_admin import BUSY, MUSSELS
from tests.fakediscord import FakeDiscord, InteractionHandle
from tests.reliability.conftest import child_environment, driver_command

OTHER = MUSSELS.replace("Mosselvissers in Yerseke tevreden", "Oesterkwekers in Yerseke tevreden").replace(
    "mosselvissers", "oesterkwekers")


@contextlib.asynccontextmanager
async def cli_reindex_holding_the_lock(dateline: Dateline, release: Path, mark: str,
                                       *options: str) -> AsyncIterator[asyncio.subprocess.Process]:
    """`run_bot.py reindex` in a child process, holding the lock until `release` exists."""
    where = ["--articles", str(dateline.articles), "--index", str(dateline.index)]
    process = await asyncio.create_subprocess_exec(
        *driver_command("--wait-at", "scan", "--until", str(release),
                        args=["reindex", "--json", "--progress", "json", *where, *options]),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=PROJECT_ROOT,
        env=child_environment(DATELINE_TEST_MARK=mark))
    try:
        assert process.stderr is not None
        while b'"phase": "scan"' not in await asyncio.wait_for(process.stderr.readline(), PROCESS_TIMEOUT):
            pass
        assert reindex_holder(dateline.index) is not None  # it holds the lock now
        yield process
    finally:
        release.touch()
        if process.returncode is None:
            try:
                await asyncio.wait_for(process.wait(), PROCESS_TIMEOUT)
            except TimeoutError:
                process.kill()
                await process.wait()
        await process.communicate()  # close the pipes


async def told_busy_privately(fake: FakeDiscord, handle: InteractionHandle) -> None:
    """Deferred (the bot could only learn it from its reindex process), then a private note."""
    assert (await handle.wait_callback()).type == 5
    (note,) = await handle.wait_followups(1, timeout=PROCESS_TIMEOUT)
    assert note["content"] == BUSY and note["flags"] & 64
    await fake.wait_for(lambda: handle.deleted_original, what="the placeholder to be deleted")


async def ingest(fake: FakeDiscord, name: str, text: str) -> InteractionHandle:
    upload = fake.add_attachment(name, text.encode(), "text/plain")
    return await fake.slash("ingest", {"file": upload}, user=fake.user("mod"), locale="nl")


async def asked(fake: FakeDiscord, user: str) -> str:
    handle = await fake.slash("ask", {"question": SOLDIERS_QUESTION}, user=fake.user(user), locale="nl")
    return (await handle.wait_original(has_embeds))["embeds"][0]["title"]


async def test_a_cli_reindex_runs_while_reindex_ingest_and_another_cli_are_told_busy(dateline: Dateline,
                                                                                     tmp_path: Path,
                                                                                     mark: str) -> None:
    fake = dateline.fake
    (dateline.articles / "nieuw.txt").write_text(MUSSELS, encoding="utf-8")
    where = ["--articles", str(dateline.articles), "--index", str(dateline.index)]
    async with cli_reindex_holding_the_lock(dateline, tmp_path / "go", mark) as first:
        await told_busy_privately(fake, await fake.slash("reindex", user=fake.user("mod"), locale="nl"))
        await told_busy_privately(fake, await ingest(fake, "oesters.txt", OTHER))
        assert not (dateline.articles / "ingested").exists()  # refused before anything was saved
        second = await asyncio.to_thread(run_cli, "reindex", *where, cwd=tmp_path)
        assert second.returncode == 3 and "Traceback" not in second.stderr
        (line,) = [line for line in second.stderr.splitlines() if line.startswith("Dateline: ")]
        assert line.startswith("Dateline: Er loopt al een herindexering (pid ") and line.endswith(
            "; probeer het zo opnieuw.")
        assert await asked(fake, "alice") == "10.000 militairen"  # readers are answered meanwhile
        (tmp_path / "go").touch()
        output, _ = await asyncio.wait_for(first.communicate(), PROCESS_TIMEOUT)
        assert first.returncode == 0 and b'"added": 1' in output  # the one that ran did its job

    # Afterwards the others work: nothing stayed locked.
    again = await fake.slash("reindex", user=fake.user("mod"), locale="nl")
    report = embed_text(await again.wait_original(has_embeds, timeout=PROCESS_TIMEOUT))
    assert report.startswith("Index bijgewerkt: 0 nieuw, 0 gewijzigd, 0 verwijderd, 3 ongewijzigd; 17 verhalen")
    added = await ingest(fake, "oesters.txt", OTHER)
    message = await added.wait_original(has_embeds, timeout=PROCESS_TIMEOUT)
    assert message["content"] == "Toegevoegd als `ingested/oesters.txt` (1 verhaal)."


async def test_a_reindex_in_discord_makes_the_cli_and_an_ingest_wait_their_turn(dateline: Dateline, tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch,
                                                                                mark: str) -> None:
    """/reindex's own reindex process holds the lock: the CLI exits busy, /ingest and /reindex are refused."""
    fake = dateline.fake
    release = tmp_path / "go"
    spawn = asyncio.create_subprocess_exec
    held: list[asyncio.subprocess.Process] = []

    async def holding(program: str, script: str, *args: Any, **kwargs: Any) -> asyncio.subprocess.Process:
        if args[0] != "reindex":  # the openings pass after it runs as it is
            return await spawn(program, script, *args, **kwargs)
        command = driver_command("--wait-at", "scan", "--until", str(release), args=list(args))
        held.append(await spawn(*command, **{**kwargs, "env": {**kwargs["env"], "DATELINE_TEST_MARK": mark}}))
        return held[-1]

    monkeypatch.setattr(asyncio, "create_subprocess_exec", holding)
    (dateline.articles / "nieuw.txt").write_text(MUSSELS, encoding="utf-8")
    running = await fake.slash("reindex", user=fake.user("mod"), locale="nl")
    assert (await running.wait_callback()).type == 5
    await fake.wait_for(lambda: reindex_holder(dateline.index) is not None, timeout=PROCESS_TIMEOUT,
                        what="the bot's reindex process to take the lock")
    try:
        cli = await asyncio.to_thread(run_cli, "reindex", "--articles", str(dateline.articles), "--index",
                                      str(dateline.index), cwd=tmp_path)
        assert cli.returncode == 3 and "Er loopt al een herindexering (pid " in cli.stderr
        for handle in (await fake.slash("reindex", user=fake.user("owner"), locale="nl"),
                       await ingest(fake, "oesters.txt", OTHER)):
            await handle.wait_callback()  # refused at once: the bot knows its own reindex runs
            assert handle.ephemeral and handle.content == BUSY
        assert await asked(fake, "alice") == "10.000 militairen"
    finally:
        release.touch()
    report = embed_text(await running.wait_original(has_embeds, timeout=PROCESS_TIMEOUT))
    assert report.startswith("Index bijgewerkt: 1 nieuw, 0 gewijzigd, 0 verwijderd, 2 ongewijzigd; 17 verhalen")
    assert len(held) == 1 and not (dateline.articles / "ingested").exists()


async def test_a_reindex_killed_with_sigkill_leaves_no_lock(dateline: Dateline, tmp_path: Path, mark: str) -> None:
    fake = dateline.fake
    (dateline.articles / "nieuw.txt").write_text(MUSSELS, encoding="utf-8")
    async with cli_reindex_holding_the_lock(dateline, tmp_path / "never", mark) as holder:
        holder.send_signal(signal.SIGKILL)
        await asyncio.wait_for(holder.wait(), PROCESS_TIMEOUT)
        assert holder.returncode == -signal.SIGKILL
        assert (dateline.index / ".reindex.lock").exists()  # the file stays; the lock died with its holder
        assert reindex_holder(dateline.index) is None
        handle = await fake.slash("reindex", user=fake.user("mod"), locale="nl")
        report = embed_text(await handle.wait_original(has_embeds, timeout=PROCESS_TIMEOUT))
        assert report.startswith("Index bijgewerkt: 1 nieuw, 0 gewijzigd, 0 verwijderd, 2 ongewijzigd; 17 verhalen")
        cli = await asyncio.to_thread(run_cli, "reindex", "--json", "--articles", str(dateline.articles), "--index",
                                      str(dateline.index), cwd=tmp_path)
        assert cli.returncode == 0 and '"unchanged": 3' in cli.stdout


def test_a_stale_lock_file_is_no_lock(tmp_path: Path) -> None:
    """What a crashed holder leaves, its note about itself, is only a note."""
    (tmp_path / ".reindex.lock").write_text("pid 999999, sinds 03:14:15", encoding="utf-8")
    assert reindex_holder(tmp_path) is None



async def test_an_upload_saved_just_as_another_process_took_the_lock_waits_for_it(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The race the busy check cannot close: the lock is taken between the check and the ingest's reindex.
    The upload is saved already, so it waits for the lock (up to INGEST_WAIT), then is indexed; a lock held
    longer than that leaves it for the next reindex, and the user is told so."""
    librarian = Librarian(settings)
    await librarian.start()
    monkeypatch.setattr(bot.service, "reindex_holder", lambda root: None)  # the check saw no holder

    async def hold(seconds: float) -> None:
        with reindex_lock(settings.index_dir):  # as another process would (flock is per open file)
            await asyncio.sleep(seconds)

    try:
        holder = asyncio.create_task(hold(1.5))
        await asyncio.sleep(0)
        saved, report = await asyncio.wait_for(librarian.ingest("mosselen.txt", MUSSELS.encode()), PROCESS_TIMEOUT)
        assert holder.done() and saved.relpath == "ingested/mosselen.txt" and report.added == 1

        monkeypatch.setattr(bot.service, "INGEST_WAIT", 0.5)
        holder = asyncio.create_task(hold(3.0))
        await asyncio.sleep(0)
        with pytest.raises(IngestPending) as pending:
            await asyncio.wait_for(librarian.ingest("oesters.txt", OTHER.encode()), PROCESS_TIMEOUT)
        assert pending.value.values == {"file": "ingested/oesters.txt"}
        assert (settings.articles_dir / "ingested" / "oesters.txt").exists()
        await holder
        assert (await librarian.reindex()).added == 1  # the next reindex picks it up
    finally:
        await librarian.close()
