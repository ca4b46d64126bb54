"""Logging in and registering the slash commands, only when their definitions changed."""

from __future__ import annotations

from dataclasses import replace

from bot.client import SYNC_STATE_FILE, DatelineBot
from bot.settings import Settings
from tests.bot.conftest import Dateline, has_embeds, running
from tests.fakediscord import INTENT_MESSAGE_CONTENT, MANAGE_GUILD, FakeDiscord

COMMANDS = ["search", "story", "quote", "compare", "ask", "reindex", "ingest", "help", "follow", "follows",
            "unfollow", "latest"]
ADMIN_COMMANDS = {"reindex", "ingest"}
FOLLOW_COMMANDS = {"follow", "unfollow"}  # Manage Channels
MANAGE_CHANNELS = 1 << 4
GLOBAL_PUT = r"^/applications/\d+/commands$"


class ChangedHelp(DatelineBot):
    """The same bot after a release that reworded /help."""

    async def sync_if_changed(self) -> bool:
        command = self.tree.get_command("help")
        assert command is not None
        command.description = "Wat Dateline kan, kort uitgelegd / what Dateline does"
        return await super().sync_if_changed()


async def test_login_identifies_once_without_privileged_intents(dateline: Dateline) -> None:
    fake, bot = dateline.fake, dateline.bot
    assert bot.user is not None and bot.user.id == fake.bot_user.id
    assert bot.application_id == fake.application_id
    me = fake.requests_matching("GET", r"^/users/@me$")[0]
    assert me.auth_present and me.auth_valid and me.status == 200
    assert fake.gateway.stats.identifies == 1
    assert fake.gateway.session is not None and not fake.gateway.session.intents & INTENT_MESSAGE_CONTENT
    assert bot.get_guild(fake.guild.id) is not None


async def test_the_sync_registers_twelve_described_commands(dateline: Dateline) -> None:
    fake = dateline.fake
    (put,) = fake.requests_matching("PUT", GLOBAL_PUT)
    assert put.status == 200 and put.violations == [] and dateline.bot.synced is True
    commands = {command["name"]: command for command in put.json}
    assert list(commands) == COMMANDS
    for name, command in commands.items():
        assert 1 <= len(command["description"]) <= 100, name
        for option in command.get("options") or []:
            assert 1 <= len(option["description"]) <= 100, (name, option["name"])
        if name in ADMIN_COMMANDS:
            assert int(command["default_member_permissions"]) == MANAGE_GUILD, name  # Manage Server
            assert command["contexts"] == [0] and command["dm_permission"] is False, name  # guild only
        elif name in FOLLOW_COMMANDS:
            assert int(command["default_member_permissions"]) == MANAGE_CHANNELS, name
            assert command["contexts"] == [0], name
        else:
            assert command["default_member_permissions"] is None, name
    assert commands["story"]["options"][0]["autocomplete"] is True
    assert commands["ingest"]["options"][0]["type"] == 11  # an attachment
    assert [command.name for command in fake.commands[None]] == COMMANDS


async def test_commands_are_synced_again_only_when_they_changed(fake: FakeDiscord, settings: Settings) -> None:
    async with running(fake, settings) as first:
        assert first.synced is True
    assert (settings.index_dir / SYNC_STATE_FILE).is_file()
    assert len(fake.requests_matching("PUT", GLOBAL_PUT)) == 1

    async with running(fake, settings) as second:  # a restart with the same commands
        assert second.synced is False
        handle = await fake.slash("help", locale="nl")  # the registered commands still work
        await handle.wait_callback()
    assert len(fake.requests_matching("PUT", GLOBAL_PUT)) == 1

    async with running(fake, settings, force_sync=True) as forced:  # run_bot.py --sync
        assert forced.synced is True
    assert len(fake.requests_matching("PUT", GLOBAL_PUT)) == 2

    async with running(fake, settings, bot_class=ChangedHelp) as changed:
        assert changed.synced is True
    puts = fake.requests_matching("PUT", GLOBAL_PUT)
    assert len(puts) == 3
    assert {command["name"]: command["description"] for command in puts[-1].json}["help"].startswith("Wat Dateline")
    assert fake.gateway.stats.identifies == 4  # four separate starts


async def test_a_configured_server_gets_the_commands_directly(fake: FakeDiscord, settings: Settings) -> None:
    settings = replace(settings, guild_id=fake.guild.id)
    async with running(fake, settings):
        assert fake.requests_matching("PUT", GLOBAL_PUT) == []
        (put,) = fake.requests_matching("PUT", rf"^/applications/\d+/guilds/{fake.guild.id}/commands$")
        assert [command["name"] for command in put.json] == COMMANDS
        handle = await fake.slash("ask", {"question": "hoeveel soldaten zitten in Rusland?"}, locale="nl")
        assert handle.payload["data"]["guild_id"] == str(fake.guild.id)
        await handle.wait_original(has_embeds)
