"""How answers reach the user: directly when quick, deferred then edited when slow, privately when
something is wrong, and never twice."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.replies
import bot.service
from bot.service import PER_GUILD_CONCURRENCY
from bot.settings import Settings
from index.store import IndexUnavailable
from tests.bot.conftest import (
    SOLDIERS_QUESTION,
    Dateline,
    Held,
    build_index,
    copy_articles,
    embed_text,
    full_queue,
    has_embeds,
    listening,
    running,
    sent_for,
    time_out_now,
)
from tests.bot.test_e2e_commands import buttons, write_wind_farms
from tests.conftest import SAMPLE
from tests.fakediscord import FakeDiscord

APOLOGY = "Sorry, daar ging iets mis. Het is gelogd; probeer het later opnieuw."
TOO_BUSY = "Er lopen in deze server al een paar vragen tegelijk; probeer het zo nog eens."


async def test_quick_work_is_answered_directly(dateline: Dateline, monkeypatch: pytest.MonkeyPatch) -> None:
    # "Quick" is what is done within QUICK_SECONDS; widened here (still inside Discord's 3 s) so that a
    # loaded machine's slower read of the two sample pages is quick too.
    monkeypatch.setattr(bot.replies, "QUICK_SECONDS", 2.5)
    fake = dateline.fake
    handle = await fake.slash("ask", {"question": SOLDIERS_QUESTION}, locale="nl")
    callback = await handle.wait_callback()
    assert callback.type == 4  # the answer itself, not "Dateline is thinking…"
    assert callback.data is not None and callback.data["embeds"][0]["title"] == "10.000 militairen"
    assert [sent.kind for sent in sent_for(fake, handle.id)] == ["callback"]  # no edits, no follow-ups


async def test_slow_work_is_deferred_then_the_original_is_edited(dateline: Dateline,
                                                                 hold: Callable[..., Held]) -> None:
    fake = dateline.fake
    held = hold(dateline.bot, "ask")  # the read takes as long as the test says
    handle = await fake.slash("ask", {"question": SOLDIERS_QUESTION}, locale="nl")
    callback = await handle.wait_callback()
    assert callback.type == 5 and not callback.ephemeral  # "Dateline is thinking…", in public
    assert held.started.is_set() and not held.finished.is_set()  # deferred before the work was done
    assert handle.original is not None and not has_embeds(handle.original)
    held.release()
    message = await handle.wait_original(has_embeds, timeout=10)
    assert message["embeds"][0]["title"] == "10.000 militairen" and not handle.ephemeral
    assert [sent.kind for sent in sent_for(fake, handle.id)] == ["original_edit"]
    assert held.calls == [(SOLDIERS_QUESTION,)] and handle.followups == []


async def test_error_replies_are_private(dateline: Dateline) -> None:
    """A cooldown hit (the fifth /ask within 30 s) and a story that is not there: ephemeral notes."""
    fake = dateline.fake
    for _ in range(4):
        answered = await fake.slash("ask", {"question": SOLDIERS_QUESTION}, locale="nl")
        await answered.wait_original(has_embeds)
        assert not answered.ephemeral
    refused = await fake.slash("ask", {"question": SOLDIERS_QUESTION}, locale="nl")
    callback = await refused.wait_callback()
    assert callback.type == 4 and callback.data is not None and callback.data["flags"] == 64
    assert refused.ephemeral and (refused.content or "").startswith("Even rustig aan: probeer het over ")
    other = await fake.slash("ask", {"question": SOLDIERS_QUESTION}, user=fake.user("mod"), locale="nl")
    await other.wait_original(has_embeds)  # the cooldown is per user
    missing = await fake.slash("story", {"story": "nope"}, locale="en-US")
    await missing.wait_callback()
    assert missing.ephemeral and missing.content == "No story with id nope."


async def test_a_crash_after_deferring_ends_in_a_private_apology(dateline: Dateline, hold: Callable[..., Held],
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    fake = dateline.fake
    held = hold(dateline.bot, "ask", fail=lambda: RuntimeError("whoosh exploded"))
    handle = await fake.slash("ask", {"question": "waarom?"}, locale="nl")
    assert (await handle.wait_callback()).type == 5
    held.release()  # and now it crashes
    (followup,) = await handle.wait_followups(1, timeout=5)
    await fake.wait_for(lambda: handle.deleted_original, what="the placeholder to be deleted")
    assert followup["content"] == APOLOGY and followup["flags"] & 64
    assert handle.original is None  # nobody is left looking at "Dateline is thinking…"
    failure = next(record for record in caplog.records if record.name == "bot.client")
    assert failure.levelno == logging.ERROR and failure.getMessage().startswith("command /ask failed")
    assert "waarom?" in failure.getMessage() and failure.exc_info is not None


async def test_a_user_facing_failure_after_deferring_is_explained_privately(dateline: Dateline,
                                                                            hold: Callable[..., Held]) -> None:
    held = hold(dateline.bot, "quote", fail=lambda: IndexUnavailable("being replaced"))
    handle = await dateline.fake.slash("quote", {"query": "Zelensky"}, locale="en-US")
    assert (await handle.wait_callback()).type == 5
    held.release()
    (followup,) = await handle.wait_followups(1, timeout=5)
    assert followup["content"] == "The index is being rebuilt; try again shortly." and followup["flags"] & 64
    await dateline.fake.wait_for(lambda: handle.deleted_original, what="the placeholder to be deleted")


async def wind_farm_search(fake: FakeDiscord, tmp_path: Path) -> Settings:
    articles = copy_articles(SAMPLE, tmp_path / "many")
    write_wind_farms(articles, 12)
    return Settings(articles_dir=articles, index_dir=build_index(articles, tmp_path / "index"))


async def test_a_press_queued_behind_busy_work_is_deferred_then_shows_the_page(fake: FakeDiscord,
                                                                               tmp_path: Path) -> None:
    async with running(fake, await wind_farm_search(fake, tmp_path)) as dateline_bot:
        alice = fake.user("alice")
        handle = await fake.slash("search", {"query": "windpark"}, user=alice, locale="nl")
        message = await handle.wait_original(has_embeds)
        await listening(dateline_bot, message, fake)
        async with contextlib.AsyncExitStack() as stack:  # four requests running in this server
            for _ in range(PER_GUILD_CONCURRENCY):
                await stack.enter_async_context(dateline_bot.librarian.slot(fake.guild.id))
            press = await fake.click(message, "dateline:next", user=alice, locale="nl")
            callback = await press.wait_callback()
            assert callback.type == 6  # "updating…", while it waits its turn (the test holds every slot)
            assert "(pagina 1/3)" in fake.messages[int(message["id"])]["embeds"][0]["title"]
        await fake.wait_for(lambda: "(pagina 2/3)" in fake.messages[int(message["id"])]["embeds"][0]["title"],
                            what="page 2")
        assert [sent.kind for sent in sent_for(fake, press.id)] == ["original_edit"]
        assert buttons(fake.messages[int(message["id"])])["dateline:previous"]["disabled"] is False


async def test_a_full_queue_is_told_so_and_the_pager_stays_put(fake: FakeDiscord, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.service, "PER_GUILD_WAITING", 1)
    async with running(fake, await wind_farm_search(fake, tmp_path)) as dateline_bot:
        alice = fake.user("alice")
        handle = await fake.slash("search", {"query": "windpark"}, user=alice, locale="nl")
        message = await handle.wait_original(has_embeds)
        await listening(dateline_bot, message, fake)
        async with full_queue(dateline_bot.librarian, fake.guild.id):
            press = await fake.click(message, "dateline:next", user=alice, locale="nl")
            await press.wait_callback()
            assert press.ephemeral and press.content == TOO_BUSY
            ask = await fake.slash("ask", {"question": SOLDIERS_QUESTION}, user=alice, locale="nl")
            await ask.wait_callback()
            assert ask.ephemeral and ask.content == TOO_BUSY
            assert fake.messages[int(message["id"])]["embeds"] == message["embeds"]
        press = await fake.click(message, "dateline:next", user=alice, locale="nl")
        assert (await press.wait_callback()).type == 7
        assert "(pagina 2/3)" in fake.messages[int(message["id"])]["embeds"][0]["title"]  # not page 3


async def test_a_long_story_pages_privately_and_its_pager_times_out(fake: FakeDiscord, tmp_path: Path) -> None:
    articles = copy_articles(SAMPLE, tmp_path / "long")
    paragraph = "De dijkgraaf vertelde uitgebreid over het hoogwater in de uiterwaarden en de kribben. " * 6
    (articles / "dijk.txt").write_text(
        "date: 2024-11-02T09:00:00+01:00\nsource: ANP\n\nHoogwater bij de dijken langs de Waal\n"
        + "NIJMEGEN (ANP) - " + "\n".join([paragraph] * 12) + "\n", encoding="utf-8")
    settings = Settings(articles_dir=articles, index_dir=build_index(articles, tmp_path / "index"))
    async with running(fake, settings) as dateline_bot:
        alice = fake.user("alice")
        handle = await fake.slash("search", {"query": "dijkgraaf"}, user=alice, locale="nl")
        results = await handle.wait_original(has_embeds)
        await listening(dateline_bot, results, fake)
        story_id = buttons(results)["dateline:open-story"]["options"][0]["value"]
        choice = await fake.select(results, "dateline:open-story", [story_id], user=alice, locale="nl")
        story = await choice.wait_original(has_embeds)
        await listening(dateline_bot, story, fake)
        assert choice.ephemeral and story["embeds"][0]["footer"]["text"].endswith(" · 1/2")
        press = await fake.click(story, "dateline:next", user=alice, locale="nl")
        assert (await press.wait_callback()).type == 7
        assert fake.messages[int(story["id"])]["embeds"][0]["footer"]["text"].endswith(" · 2/2")
        await time_out_now(dateline_bot, story, fake)

        def disabled() -> bool:
            controls = buttons(fake.messages[int(story["id"])])
            return bool(controls) and all(control.get("disabled") for control in controls.values())

        await fake.wait_for(disabled, timeout=5, what="the story's pager to be disabled")
        assert set(buttons(fake.messages[int(story["id"])])) == {"dateline:previous", "dateline:next"}
        assert "dijkgraaf" in embed_text(fake.messages[int(story["id"])])
