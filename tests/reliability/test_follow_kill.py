"""A bot killed with SIGKILL between indexing new stories and posting them: after a restart every new matching
story is posted exactly once (nothing lost, nothing doubled).

The killed bot is a real `DatelineBot` in a child process, talking to this test's fake Discord; it dies at
one of the points where a crash would hurt: before the new stories are recorded, after they are queued but
before a post is sent, and after a post was sent but before it was marked as posted.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
import textwrap
from dataclasses import replace

import pytest

from bot.settings import PROJECT_ROOT, Settings
from tests.bot.conftest import running
from tests.fakediscord import FakeDiscord
from tests.reliability.conftest import CHILD_TIMEOUT, child_environment

TOPIC = "zeewierkwekers Vlissingen"

CRASHING_BOT = textwrap.dedent("""
    import asyncio, os, signal, sys

    import discord.gateway, discord.http, yarl

    import bot.state
    from bot.client import DatelineBot
    from bot.settings import load_settings

    api, gateway, point = sys.argv[1:4]
    discord.http.Route.BASE = api
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)

    original = getattr(bot.state.StateDB, point)

    def die(self, *args, **kwargs):
        if point == "record_observation" and not args[1]:  # nothing new seen yet: not the moment
            return original(self, *args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)

    setattr(bot.state.StateDB, point, die)
    settings = load_settings(require_token=True, dotenv=False)

    async def main():
        async with DatelineBot(settings, guild_ready_timeout=0.01) as client:
            await client.start(settings.token.reveal())

    asyncio.run(main())
""")


def follow_posts(fake: FakeDiscord, channel_id: int) -> list[dict]:
    return [message for message in fake.bot_messages(channel_id) if message.get("embeds")
            and "interaction_metadata" not in message]


@pytest.mark.parametrize(("point", "posted_before_restart"), [
    ("record_observation", 0),  # indexed, not yet seen: the restart finds the stories new
    ("claim", 0),  # seen and queued, nothing sent
    ("mark_posted", 1),  # the first post went out; the kill came before it was marked
])
async def test_a_kill_between_indexing_and_posting_loses_nothing_and_doubles_nothing(
        fake: FakeDiscord, settings: Settings, mark: str, point: str, posted_before_restart: int) -> None:
    channel = fake.channel
    async with running(fake, settings):
        handle = await fake.slash("follow", {"topic": TOPIC}, user=fake.owner, locale="nl")
        await handle.wait_followups(1, timeout=CHILD_TIMEOUT)
    records = [{"id": f"zw-{number}", "title": f"Zeewierkwekers in Vlissingen oogsten partij {number}",
                "text": f"VLISSINGEN (ANP) - De zeewierkwekers van Vlissingen oogstten partij {number}.",
                "published": f"2026-11-0{number}T09:00:00+01:00"} for number in (1, 2, 3)]
    (settings.articles_dir / "nieuw.jsonl").write_text("".join(json.dumps(item) + "\n" for item in records),
                                                        encoding="utf-8")

    environment = child_environment(
        DATELINE_TEST_MARK=mark, DISCORD_TOKEN=fake.token, DATELINE_ARTICLES_DIR=str(settings.articles_dir),
        DATELINE_INDEX_DIR=str(settings.index_dir), DATELINE_STATE_DB=str(settings.state_path), DATELINE_WATCH="on")
    child = await asyncio.create_subprocess_exec(sys.executable, "-c", CRASHING_BOT, fake.api_base, fake.gateway_url,
                                                 point, cwd=PROJECT_ROOT, env=environment,
                                                 stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    _, errors = await asyncio.wait_for(child.communicate(), timeout=CHILD_TIMEOUT)
    assert child.returncode == -signal.SIGKILL, errors.decode()
    assert len(follow_posts(fake, channel.id)) == posted_before_restart

    async with running(fake, replace(settings, watch=True)):
        await fake.wait_for(lambda: len(follow_posts(fake, channel.id)) >= 3, timeout=CHILD_TIMEOUT,
                            what="every story posted")
        await asyncio.sleep(1.5)  # several rounds: nothing more comes
    titles = sorted(post["embeds"][0]["title"] for post in follow_posts(fake, channel.id))
    assert titles == [item["title"] for item in records]
