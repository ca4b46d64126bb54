"""Follows end to end: the real discord.py client against the fake Discord, the watcher on a real folder,
the reindex in a child process, the state in SQLite."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.client import DatelineBot
from bot.settings import Settings
from tests.bot.conftest import PROCESS_TIMEOUT, Dateline, Held, embed_text, run_cli, running
from tests.fakediscord import FakeDiscord
from tests.fakediscord.messages import new_message
from tests.fakediscord.model import EMBED_LINKS, EVERYONE_PERMISSIONS, SEND_MESSAGES

#: The issue's bound from a file's last write to its post (a timeout to wait with, not a timing assert).
POST_BOUND = 5.0
TOPIC = "zeewierkwekers Vlissingen"
MANAGE_CHANNELS = 1 << 4


def record(number: int, *, about: bool = True, day: int = 1) -> dict[str, Any]:
    """One news record; `about` the followed topic or not."""
    if about:
        title = f"Zeewierkwekers in Vlissingen oogsten partij {number}"
        body = f"VLISSINGEN (ANP) - De zeewierkwekers van Vlissingen oogstten partij {number} voor de kust."
    else:
        title = f"Nieuwe fietsbrug bij Zwolle, fase {number}"
        body = f"ZWOLLE (ANP) - Over de IJssel komt fase {number} van een nieuwe fietsbrug."
    return {"id": f"rec-{number}-{int(about)}", "title": title, "text": body,
            "published": f"2026-11-{day:02d}T{8 + number % 12:02d}:{number % 60:02d}:00+01:00"}


def lines(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(item) + "\n" for item in records)


def follow_posts(fake: FakeDiscord, channel_id: int) -> list[dict[str, Any]]:
    """Messages the bot posted in a channel by itself (not answers to commands)."""
    return [message for message in fake.bot_messages(channel_id) if message.get("embeds")
            and "interaction_metadata" not in message and "interaction" not in message]


async def write_slowly(path: Path, text: str, pieces: int = 5, pause: float = 0.2) -> float:
    """Write a file in pieces, as a scraper does; the monotonic time of the last write."""
    size = -(-len(text) // pieces)
    with path.open("w", encoding="utf-8") as handle:
        for start in range(0, len(text), size):
            handle.write(text[start:start + size])
            handle.flush()
            await asyncio.sleep(pause)
    return time.monotonic()


async def wait_indexed(bot, word: str, count: int = 1) -> None:
    """Until the index holds `count` stories with `word` (the watcher indexed them)."""
    deadline = time.monotonic() + PROCESS_TIMEOUT
    while time.monotonic() < deadline:
        result = await bot.librarian.search(word)
        if result.total >= count:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"the watcher never indexed {count} stories with {word!r}")


async def follow(fake: FakeDiscord, topic: str = TOPIC, **options: Any) -> str:
    handle = await fake.slash("follow", {"topic": topic, **options}, user=fake.owner, locale="nl")
    await handle.wait_callback()
    assert handle.ephemeral
    (reply,) = await handle.wait_followups(1, timeout=PROCESS_TIMEOUT)
    return reply["content"]


@pytest.fixture
def watched(settings: Settings) -> Settings:
    return replace(settings, watch=True)


async def test_a_slowly_written_file_is_posted_once_per_matching_story_and_never_again(
        fake: FakeDiscord, watched: Settings) -> None:
    channel = fake.channel
    async with running(fake, watched) as bot:
        # A story already there when the follow is made is older than the follow: never posted.
        (watched.articles_dir / "eerder.jsonl").write_text(lines([record(1)]), encoding="utf-8")
        await wait_indexed(bot, "zeewierkwekers")
        said = await follow(fake)
        assert said.startswith(f"<#{channel.id}> volgt nu „{TOPIC}” (#1)")

        batch = [record(2), record(3), record(4, about=False)]
        last_write = await write_slowly(watched.articles_dir / "nieuw.jsonl", lines(batch))
        await fake.wait_for(lambda: len(follow_posts(fake, channel.id)) >= 2,
                            timeout=POST_BOUND - (time.monotonic() - last_write), what="two posts")
        await asyncio.sleep(1.5)  # nothing more comes: not the old story, not the one about Zwolle
        posts = follow_posts(fake, channel.id)
        assert sorted(post["embeds"][0]["title"] for post in posts) == [
            "Zeewierkwekers in Vlissingen oogsten partij 2", "Zeewierkwekers in Vlissingen oogsten partij 3"]
        assert len(fake.requests_matching("POST", rf"^/channels/{channel.id}/messages$")) == 2

        embed = posts[0]["embeds"][0]
        assert embed["author"]["name"] == "VLISSINGEN (ANP)"
        assert "<t:" in embed["description"] and ":f> (<t:" in embed["description"]
        assert "**zeewierkwekers**" in embed["description"].lower()
        story_id = embed["footer"]["text"].split(" · ")[0]
        assert " · volgt „zeewierkwekers Vlissingen” · " in embed["footer"]["text"]
        button = posts[0]["components"][0]["components"][0]
        assert button["custom_id"] == f"dateline:follow-story:{story_id}" and button["label"] == "Heel verhaal"

        pressed = await fake.click(posts[0], button["custom_id"], user=fake.user("alice"))
        opened = await pressed.wait_original(lambda message: bool(message.get("embeds")))
        assert pressed.ephemeral and opened["embeds"][0]["title"] == embed["title"]

    # A restart, then a full rebuild by the CLI in another process: nothing is new, nothing is posted again.
    async with running(fake, watched) as bot:
        done = run_cli("reindex", "--full", "--articles", str(watched.articles_dir), "--index",
                       str(watched.index_dir), cwd=watched.articles_dir.parent)
        assert done.returncode == 0, done.stderr
        await asyncio.sleep(2.5)  # several polls of the index version
        assert len(follow_posts(fake, channel.id)) == 2
        # A story updated in place (same id, new text) is not new either.
        changed = [record(2) | {"text": record(2)["text"] + " Het weer zat mee."}, record(3), record(4, about=False)]
        (watched.articles_dir / "nieuw.jsonl").write_text(lines(changed), encoding="utf-8")
        await wait_indexed(bot, "weer zat mee")
        await asyncio.sleep(1.5)
        assert len(follow_posts(fake, channel.id)) == 2


async def test_forty_new_stories_at_once_make_three_posts_and_one_digest(fake: FakeDiscord,
                                                                         watched: Settings) -> None:
    channel = fake.channel
    async with running(fake, watched) as bot:
        await follow(fake)
        (watched.articles_dir / "veel.jsonl").write_text(lines([record(n) for n in range(1, 41)]), encoding="utf-8")
        await fake.wait_for(lambda: any(post["embeds"][0]["title"].startswith("37 nieuwe artikelen")
                                        for post in follow_posts(fake, channel.id)),
                            timeout=PROCESS_TIMEOUT, what="the digest")
        await wait_indexed(bot, "zeewierkwekers", 40)
        await asyncio.sleep(1.5)
    posts = follow_posts(fake, channel.id)
    assert len(posts) == 4  # three posts (the per-minute budget) and one digest
    digest = next(post for post in posts if post["embeds"][0]["title"].startswith("37 nieuwe"))
    assert digest["embeds"][0]["title"] == f"37 nieuwe artikelen over „{TOPIC}”"
    singles = [post["embeds"][0]["title"] for post in posts if post is not digest]
    # The newest three are posted on their own; the digest lists the other 37, each once.
    listed = digest["embeds"][0]["description"].split("\n")
    assert len(listed) == 37 and not any(title in digest["embeds"][0]["description"] for title in singles)


async def test_a_deleted_channel_pauses_its_follow(fake: FakeDiscord, watched: Settings) -> None:
    news = fake.add_text_channel(fake.guild, "nieuws")
    async with running(fake, watched) as bot:
        await follow(fake, channel=news)
        await fake.delete_channel(news)
        state = bot.get_cog("Follows").state
        await settled(fake, lambda: state.follows()[0].paused is not None, "the follow to pause")
        (watched.articles_dir / "nieuw.jsonl").write_text(lines([record(5)]), encoding="utf-8")
        await wait_indexed(bot, "zeewierkwekers")
        await asyncio.sleep(1.5)
        listed = await fake.slash("follows", user=fake.owner, locale="nl")
        shown = embed_text(await listed.wait_original(lambda message: bool(message.get("embeds"))))
    assert listed.ephemeral
    assert f"`#1` <#{news.id}> „{TOPIC}” — ⏸ gepauzeerd: kanaal verwijderd" in shown
    assert follow_posts(fake, news.id) == [] and fake.requests_matching("POST", rf"/channels/{news.id}/") == []


async def test_lost_permissions_pause_a_follow_until_they_are_back(fake: FakeDiscord, watched: Settings) -> None:
    channel = fake.channel
    async with running(fake, watched) as bot:
        await follow(fake)
        state = bot.get_cog("Follows").state
        await fake.set_overwrite(channel, fake.bot_user, deny=SEND_MESSAGES)
        await settled(fake, lambda: state.follows()[0].paused is not None, "the follow to pause")
        assert state.follows()[0].paused == "rechten kwijt (Send Messages, Embed Links)"
        (watched.articles_dir / "tijdens.jsonl").write_text(lines([record(6)]), encoding="utf-8")
        await wait_indexed(bot, "zeewierkwekers")
        await asyncio.sleep(1.5)
        await fake.set_overwrite(channel, fake.bot_user, deny=0)
        await settled(fake, lambda: state.follows()[0].paused is None, "the follow to resume")
        (watched.articles_dir / "daarna.jsonl").write_text(lines([record(7)]), encoding="utf-8")
        await fake.wait_for(lambda: len(follow_posts(fake, channel.id)) >= 1, timeout=PROCESS_TIMEOUT,
                            what="the post after the pause")
        await asyncio.sleep(1.5)
    # What came during the pause is not posted late; what came after is.
    assert [post["embeds"][0]["title"] for post in follow_posts(fake, channel.id)] == [
        "Zeewierkwekers in Vlissingen oogsten partij 7"]


async def test_follow_reports_missing_permissions_and_refuses_non_managers(fake: FakeDiscord,
                                                                          settings: Settings) -> None:
    async with running(fake, settings) as bot:
        refused = await fake.slash("follow", {"topic": TOPIC}, user=fake.user("mod"), locale="nl")
        await refused.wait_callback()
        assert refused.ephemeral
        assert refused.content == ("Alleen wie kanalen mag beheren (of een ingestelde beheerder) kan "
                                   "volgopdrachten beheren.")

        await fake.set_overwrite(fake.channel, fake.bot_user, deny=SEND_MESSAGES)
        cached = bot.get_channel(fake.channel.id)
        await fake.wait_for(lambda: not cached.permissions_for(cached.guild.me).send_messages,
                            what="the CHANNEL_UPDATE to reach the bot")
        closed = await fake.slash("follow", {"topic": TOPIC}, user=fake.owner, locale="nl")
        await closed.wait_callback()
        assert closed.ephemeral
        assert closed.content == (f"Ik kan niet posten in <#{fake.channel.id}>: ik mis Send Messages, Embed Links. "
                                  "Geef me die rechten en probeer het opnieuw.")
        state = bot.get_cog("Follows").state
        assert state.follows() == []
    registered = {command.name: command.payload for command in fake.commands[None]}
    assert int(registered["follow"]["default_member_permissions"]) == MANAGE_CHANNELS
    assert int(registered["unfollow"]["default_member_permissions"]) == MANAGE_CHANNELS


async def test_unfollow_with_autocomplete_and_the_server_limit(fake: FakeDiscord, settings: Settings,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.follows

    monkeypatch.setattr(bot.follows, "MAX_FOLLOWS", 2)
    async with running(fake, settings) as dateline_bot:
        assert (await follow(fake, "zeewier")).startswith(f"<#{fake.channel.id}> volgt nu „zeewier” (#1)")
        await follow(fake, "Vlissingen", source="ANP")
        assert await follow(fake, "Zwolle") == ("Hier lopen al 2 volgopdrachten, het maximum; haal er "
                                                "eerst een weg met /unfollow.")
        suggest = await fake.autocomplete("unfollow", "follow", "vlis", user=fake.owner)
        await suggest.wait_callback()
        assert [(choice["name"], choice["value"]) for choice in suggest.choices] == [("#2 Vlissingen → #general", "2")]
        gone = await fake.slash("unfollow", {"follow": "2"}, user=fake.owner, locale="nl")
        await gone.wait_callback()
        assert gone.ephemeral and gone.content == f"Gestopt: <#{fake.channel.id}> volgt „Vlissingen” niet meer (#2)."
        assert [item.topic for item in dateline_bot.get_cog("Follows").state.follows()] == ["zeewier"]
        unknown = await fake.slash("unfollow", {"follow": "9"}, user=fake.owner, locale="nl")
        await unknown.wait_callback()
        assert unknown.content == "Hier is geen volgopdracht 9."
        # Parsed as typed, escaped only where Discord shows it back.
        marked = await fake.slash("unfollow", {"follow": "**1**"}, user=fake.owner, locale="nl")
        await marked.wait_callback()
        assert marked.content == "Hier is geen volgopdracht \\*\\*1\\*\\*."
        assert [item.topic for item in dateline_bot.get_cog("Follows").state.follows()] == ["zeewier"]
        hashed = await fake.slash("unfollow", {"follow": " #1"}, user=fake.owner, locale="nl")
        await hashed.wait_callback()
        assert hashed.content == f"Gestopt: <#{fake.channel.id}> volgt „zeewier” niet meer (#1)."


async def test_latest_pages_the_newest_stories_of_a_topic(fake: FakeDiscord, settings: Settings) -> None:
    (settings.articles_dir / "veel.jsonl").write_text(lines([record(n) for n in range(1, 8)]), encoding="utf-8")
    for page in settings.articles_dir.glob("*.txt"):  # else their briefs are as new as the checkout (a guess)
        page.write_text("fetched: 2026-01-21T12:00:00+01:00\n" + page.read_text("utf-8"), "utf-8")
    assert run_cli("reindex", "--articles", str(settings.articles_dir), "--index", str(settings.index_dir),
                   cwd=settings.articles_dir.parent).returncode == 0
    async with running(fake, settings):
        handle = await fake.slash("latest", {"topic": "zeewierkwekers"}, locale="nl")
        first = await handle.wait_original(lambda message: bool(message.get("embeds")))
        embed = first["embeds"][0]
        assert embed["title"] == "Nieuwste artikelen over „zeewierkwekers” (pagina 1/2)"
        titles = [field["name"] for field in embed["fields"]]
        assert titles == [f"Zeewierkwekers in Vlissingen oogsten partij {n}" for n in (7, 6, 5, 4, 3)]
        everything = await fake.slash("latest", locale="nl")
        newest = (await everything.wait_original(lambda message: bool(message.get("embeds"))))["embeds"][0]
        assert newest["title"].startswith("Nieuwste artikelen (pagina 1/")
        assert newest["fields"][0]["name"] == "Zeewierkwekers in Vlissingen oogsten partij 7"



def follow_post_with_button(fake: FakeDiscord, story_id: str) -> dict[str, Any]:
    """A follow post the bot made earlier (before a restart), with its "whole story" button."""
    button = {"type": 2, "style": 1, "label": "Heel verhaal", "custom_id": f"dateline:follow-story:{story_id}"}
    return new_message(fake, fake.channel, fake.bot_user, {"embeds": [{"title": "Een verhaal"}],
                                                            "components": [{"type": 1, "components": [button]}]}, [])


async def test_the_whole_story_button_of_a_story_that_is_gone_says_so_privately(dateline: Dateline) -> None:
    fake = dateline.fake
    post = follow_post_with_button(fake, "rgone000000")
    pressed = await fake.click(post, "dateline:follow-story:rgone000000", user=fake.user("alice"), locale="nl")
    await pressed.wait_callback()
    assert pressed.ephemeral and pressed.content == "Geen verhaal met id rgone000000."


async def test_the_whole_story_button_when_reading_crashes_apologises_privately(
        dateline: Dateline, hold: Callable[..., Held], caplog: pytest.LogCaptureFixture) -> None:
    fake = dateline.fake
    held = hold(dateline.bot, "story", fail=lambda: RuntimeError("whoosh exploded"))
    post = follow_post_with_button(fake, "r0000000001")
    pressed = await fake.click(post, "dateline:follow-story:r0000000001", user=fake.user("alice"), locale="nl")
    assert (await pressed.wait_callback()).type == 5  # thinking, privately
    held.release()
    (note,) = await pressed.wait_followups(1)
    assert note["content"] == "Sorry, daar ging iets mis. Het is gelogd; probeer het later opnieuw."
    assert note["flags"] & 64
    crash = next(record for record in caplog.records if record.levelno >= logging.ERROR)
    assert crash.exc_info is not None and "whoosh exploded" in str(crash.exc_info[1])


async def settled(fake: FakeDiscord, predicate: Callable[[], bool], what: str) -> None:
    """Wait for what the bot does in its own time (a pause, a resume, its cache seeing a change) as long as a
    process may take on a busy machine, not the fake's 5 s: one such wait once ran out during a full test run."""
    await fake.wait_for(predicate, timeout=PROCESS_TIMEOUT, what=what)


async def pause_by_posting(fake: FakeDiscord, bot: DatelineBot, articles: Path, number: int) -> None:
    """A new story arrives while the bot may not post in the channel: the desk pauses the follow."""
    state = bot.get_cog("Follows").state
    (articles / f"tijdens-{number}.jsonl").write_text(lines([record(number)]), encoding="utf-8")
    await fake.wait_for(lambda: state.follows()[0].paused is not None, timeout=PROCESS_TIMEOUT,
                        what="the follow to pause")


async def wait_posted(fake: FakeDiscord, articles: Path, number: int) -> None:
    """A new story arrives and is posted in the default channel."""
    (articles / f"daarna-{number}.jsonl").write_text(lines([record(number)]), encoding="utf-8")
    title = f"Zeewierkwekers in Vlissingen oogsten partij {number}"
    await fake.wait_for(lambda: title in [post["embeds"][0]["title"] for post in follow_posts(fake, fake.channel.id)],
                        timeout=PROCESS_TIMEOUT, what=f"the post of story {number}")


async def test_permissions_given_back_through_the_bots_role_resume_a_follow(fake: FakeDiscord,
                                                                            watched: Settings) -> None:
    guild = fake.guild
    bot_role = guild.role("Bot")
    no_posting = EVERYONE_PERMISSIONS & ~(SEND_MESSAGES | EMBED_LINKS)
    guild.everyone.permissions = no_posting  # only the bot's role lets it post
    async with running(fake, watched) as bot:
        state = bot.get_cog("Follows").state

        def may_post() -> bool:
            """As the bot's cache has it: a post before the cache has the change would be refused (403)."""
            channel = bot.get_channel(fake.channel.id)
            return channel.permissions_for(channel.guild.me).send_messages  # type: ignore[union-attr]

        await follow(fake)
        await fake.set_role_permissions(guild, bot_role, 0)
        await settled(fake, lambda: not may_post(), "the bot to see its role's change")
        await pause_by_posting(fake, bot, watched.articles_dir, 1)
        assert state.follows()[0].paused == "rechten kwijt (Send Messages, Embed Links)"
        await fake.set_role_permissions(guild, bot_role, EVERYONE_PERMISSIONS)
        await settled(fake, lambda: state.follows()[0].paused is None, "the follow to resume")
        await wait_posted(fake, watched.articles_dir, 2)

        # The same through the bot's roles: a role that may not post instead of its own, then its own again.
        await fake.set_member_roles(guild, fake.bot_user, [await fake.create_role(guild, "Muted")])
        await settled(fake, lambda: not may_post(), "the bot to see its roles' change")
        await pause_by_posting(fake, bot, watched.articles_dir, 3)
        await fake.set_member_roles(guild, fake.bot_user, [bot_role])
        await settled(fake, lambda: state.follows()[0].paused is None, "the follow to resume")
        await wait_posted(fake, watched.articles_dir, 4)
    assert [post["embeds"][0]["title"] for post in follow_posts(fake, fake.channel.id)] == [
        "Zeewierkwekers in Vlissingen oogsten partij 2", "Zeewierkwekers in Vlissingen oogsten partij 4"]


async def test_permissions_given_back_while_the_bot_was_offline_resume_a_follow(fake: FakeDiscord,
                                                                                watched: Settings) -> None:
    async with running(fake, watched) as bot:
        await follow(fake)
        await fake.set_overwrite(fake.channel, fake.bot_user, deny=SEND_MESSAGES)
        state = bot.get_cog("Follows").state
        await settled(fake, lambda: state.follows()[0].paused is not None, "the follow to pause")
    fake.channel.overwrites.clear()  # while the bot is away: no event tells it
    async with running(fake, watched) as bot:
        state = bot.get_cog("Follows").state
        await settled(fake, lambda: state.follows()[0].paused is None, "the follow to resume")
        await wait_posted(fake, watched.articles_dir, 1)


async def test_a_server_in_an_outage_does_not_pause_its_follows(fake: FakeDiscord, settings: Settings) -> None:
    async with running(fake, settings):
        await follow(fake)
    (settings.articles_dir / "tijdens.jsonl").write_text(lines([record(1)]), encoding="utf-8")
    assert run_cli("reindex", "--articles", str(settings.articles_dir), "--index", str(settings.index_dir),
                   cwd=settings.articles_dir.parent).returncode == 0
    fake.guild.unavailable = True  # the bot starts while Discord has the server in an outage
    async with running(fake, settings) as bot:
        state = bot.get_cog("Follows").state
        await fake.wait_for(lambda: bool(state.queued(False, "pending")) or state.follows()[0].paused is not None,
                            timeout=PROCESS_TIMEOUT, what="the new story to wait for the server")
        await asyncio.sleep(1.5)  # several rounds of the desk
        assert state.follows()[0].paused is None and follow_posts(fake, fake.channel.id) == []
        await fake.announce_guild(fake.guild)
        await fake.wait_for(lambda: len(follow_posts(fake, fake.channel.id)) == 1, timeout=PROCESS_TIMEOUT,
                            what="the post once the server is back")
    (post,) = follow_posts(fake, fake.channel.id)
    assert post["embeds"][0]["title"] == "Zeewierkwekers in Vlissingen oogsten partij 1"


async def test_follow_into_another_channel_needs_authority_there(fake: FakeDiscord, settings: Settings) -> None:
    own = fake.add_text_channel(fake.guild, "eigen")
    alice = fake.user("alice")
    own.overwrites[alice.id] = (MANAGE_CHANNELS, 0)  # she manages her own channel only
    async with running(fake, settings) as bot:
        refused = await fake.slash("follow", {"topic": TOPIC, "channel": fake.channel}, user=alice, channel=own,
                                   locale="nl")
        await refused.wait_callback()
        assert refused.ephemeral
        assert refused.content == (f"Je mag geen kanalen beheren in <#{fake.channel.id}>, dus daar kun je geen "
                                   "volgopdracht maken.")
        assert bot.get_cog("Follows").state.follows() == []
        handle = await fake.slash("follow", {"topic": TOPIC}, user=alice, channel=own, locale="nl")
        await handle.wait_callback()
        (said,) = await handle.wait_followups(1, timeout=PROCESS_TIMEOUT)
        assert said["content"].startswith(f"<#{own.id}> volgt nu „{TOPIC}” (#1)")


async def test_follow_filters_are_limited_so_the_confirmation_fits(fake: FakeDiscord, settings: Settings) -> None:
    async with running(fake, settings):
        registered = {command.name: command.payload for command in fake.commands[None]}
    options = {option["name"]: option for option in registered["follow"]["options"]}
    assert options["source"]["max_length"] == 100 and options["place"]["max_length"] == 100
