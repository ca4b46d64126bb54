"""Tests of the fake itself, driven through a small real discord.py bot defined here.

Each test starts a fresh fake and bot (function-scoped loops), so no state leaks between tests.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import discord
import pytest
import pytest_asyncio
from discord import app_commands
from discord.ext import commands

from . import MANAGE_GUILD, FakeDiscord, run_bot
from .fixtures import FakeFactory
from .records import pings_of
from .validation import check_limits

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
FRUITS = ["apple", "apricot", "banana", "blueberry", "cherry"] + [f"apple {i}" for i in range(40)]


class VoteView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Yes", custom_id="vote:yes", style=discord.ButtonStyle.primary)
    async def yes(self, interaction: discord.Interaction, button: discord.ui.Button[VoteView]) -> None:
        await interaction.response.edit_message(content=f"voted by {interaction.user.name}", view=None)


class SampleBot(commands.Bot):
    """The bot under test: a few commands covering each interaction path, and a mention reply."""

    def __init__(self, *, message_content: bool = False) -> None:
        intents = discord.Intents.default()
        intents.message_content = message_content
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            help_command=None,
            guild_ready_timeout=0.05,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.seen: list[str] = []
        self.errors: list[Exception] = []
        self.tree.error(self._on_tree_error)
        self._add_commands()

    async def _on_tree_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        self.errors.append(getattr(error, "original", error))

    async def on_message(self, message: discord.Message) -> None:
        if message.author.id == self.user.id:  # type: ignore[union-attr]
            return
        self.seen.append(message.content)
        if self.user in message.mentions:
            await message.reply(f"you said: {message.content}")

    def _add_commands(self) -> None:
        tree = self.tree

        @tree.command(name="ping", description="Answers at once, ephemerally")
        async def ping(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("pong", ephemeral=True)

        @tree.command(name="perms", description="Says whether the user may manage the server")
        async def perms(interaction: discord.Interaction) -> None:
            await interaction.response.send_message(f"manage={interaction.permissions.manage_guild}", ephemeral=True)

        @tree.command(name="report", description="Defers, edits, then follows up with a file")
        async def report(interaction: discord.Interaction, topic: str) -> None:
            await interaction.response.defer(thinking=True)
            await interaction.edit_original_response(content=f"report on {topic}")
            await interaction.followup.send("chart", file=discord.File(io.BytesIO(PNG), "chart.png"))

        async def fruit_choices(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f, value=f) for f in FRUITS if f.startswith(current)][:25]

        @tree.command(name="search", description="Searches, with autocomplete")
        @app_commands.autocomplete(query=fruit_choices)
        async def search(interaction: discord.Interaction, query: str) -> None:
            await interaction.response.send_message(f"searching {query}")

        @tree.command(name="vote", description="Sends a button")
        async def vote(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("vote?", view=VoteView())

        @tree.command(name="size", description="Reads an attachment")
        async def size(interaction: discord.Interaction, file: discord.Attachment) -> None:
            data = await file.read()
            await interaction.response.send_message(f"{file.filename}: {len(data)} bytes, png={data[:4] == PNG[:4]}")

        @tree.command(name="slow", description="Answers too late")
        async def slow(interaction: discord.Interaction) -> None:
            await asyncio.sleep(3.5)
            await interaction.response.send_message("too late")

        @tree.command(name="early", description="Follows up before responding")
        async def early(interaction: discord.Interaction) -> None:
            await interaction.followup.send("too early")

        @tree.command(name="shout", description="Sends an over-long message")
        async def shout(interaction: discord.Interaction, what: str) -> None:
            if what == "content":
                await interaction.response.send_message("A" * 2100)
            else:
                await interaction.response.send_message(embed=discord.Embed(title="T" * 300))


@pytest_asyncio.fixture
async def fake(fake_discord: FakeFactory) -> FakeDiscord:
    return await fake_discord()


@pytest_asyncio.fixture
async def bot(fake: FakeDiscord) -> AsyncIterator[SampleBot]:
    test_bot = SampleBot()
    async with run_bot(test_bot, fake):
        await test_bot.tree.sync()
        yield test_bot


def sent_ok(fake: FakeDiscord) -> None:
    """Every message went through without violations and pinged nobody."""
    assert fake.violations == []
    sent = fake.messages_sent()
    assert sent and all(s.pings_nobody for s in sent), [(s.kind, s.allowed_mentions) for s in sent]


# -- login, ready, sync ------------------------------------------------------------------------


async def test_login_ready_and_guild_available(fake: FakeDiscord, bot: SampleBot) -> None:
    assert bot.user is not None and bot.user.id == fake.bot_user.id
    guild = bot.get_guild(fake.guild.id)
    assert guild is not None and guild.name == "Fake Guild" and guild.owner_id == fake.guild.owner_id
    assert guild.me is not None and [c.name for c in guild.text_channels] == ["general"]
    assert bot.application_id == fake.application_id
    assert fake.gateway.stats.identifies == 1 and fake.gateway.stats.heartbeats >= 1
    me = fake.requests_matching("GET", r"/users/@me$")[0]
    assert me.auth_present and me.auth_valid and me.status == 200
    assert fake.token not in repr(fake.requests)  # the credential is never stored


async def test_wrong_token_is_rejected(fake: FakeDiscord) -> None:
    client = SampleBot()
    with pytest.raises(discord.LoginFailure):
        await client.login("not-the-token")
    await client.close()
    rec = fake.requests_matching("GET", r"/users/@me$")[-1]
    assert rec.status == 401 and rec.auth_present and not rec.auth_valid


async def test_sync_payload_recorded_and_valid(fake: FakeDiscord, bot: SampleBot) -> None:
    put = fake.requests_matching("PUT", r"/applications/\d+/commands$")[-1]
    assert put.status == 200 and put.violations == []
    assert {c["name"] for c in put.json} >= {"ping", "report", "search", "vote", "size"}
    fetched = await bot.tree.fetch_commands()
    assert {c.name: c.id for c in fetched} == {c.name: c.id for c in fake.commands[None]}
    # Guild-registered commands carry data.guild_id in their interactions.
    guild = discord.Object(fake.guild.id)
    bot.tree.copy_global_to(guild=guild)
    await bot.tree.sync(guild=guild)
    handle = await fake.slash("ping")
    assert handle.payload["data"]["guild_id"] == str(fake.guild.id)
    assert (await handle.wait_callback()).type == 4
    assert fake.violations == []


# -- interactions -----------------------------------------------------------------------------


async def test_immediate_ephemeral_response(fake: FakeDiscord, bot: SampleBot) -> None:
    handle = await fake.slash("ping", locale="nl")
    callback = await handle.wait_callback()
    assert callback.type == 4 and callback.data and callback.data["content"] == "pong"
    assert handle.ephemeral and handle.content == "pong"
    assert handle.ack_latency is not None and handle.ack_latency < fake.ack_deadline
    payload = handle.payload
    assert payload["locale"] == "nl" and payload["member"]["permissions"].isdigit()
    assert "guild_id" not in payload["data"]
    sent_ok(fake)


async def test_member_permissions_reach_the_bot(fake: FakeDiscord, bot: SampleBot) -> None:
    answers = {}
    for who, override in (("alice", None), ("mod", None), ("alice", MANAGE_GUILD)):
        handle = await fake.slash("perms", user=fake.user(who), permissions=override)
        answers[(who, override)] = (await handle.wait_original())["content"]
    assert answers == {
        ("alice", None): "manage=False",
        ("mod", None): "manage=True",
        ("alice", MANAGE_GUILD): "manage=True",
    }


async def test_dm_interaction_has_user_not_member(fake: FakeDiscord, bot: SampleBot) -> None:
    handle = await fake.slash("ping", dm=True)
    await handle.wait_callback()
    assert "member" not in handle.payload and "guild_id" not in handle.payload
    assert handle.payload["user"]["username"] == "alice"


async def test_defer_edit_and_followup_with_file(fake: FakeDiscord, bot: SampleBot) -> None:
    handle = await fake.slash("report", {"topic": "floods"})
    assert (await handle.wait_callback()).type == 5
    original = await handle.wait_original(lambda m: m["content"] == "report on floods")
    assert not handle.ephemeral and original["type"] == 20
    (followup,) = await handle.wait_followups(1)
    assert followup["content"] == "chart" and followup["attachments"][0]["filename"] == "chart.png"
    (upload,) = next(m for m in fake.messages_sent() if m.kind == "followup").attachments
    assert upload.filename == "chart.png" and upload.size == len(PNG) and upload.data.startswith(b"\x89PNG")
    sent_ok(fake)


async def test_attachment_option_is_downloadable(fake: FakeDiscord, bot: SampleBot) -> None:
    attachment = fake.add_attachment("photo.png", PNG, "image/png")
    handle = await fake.slash("size", {"file": attachment})
    assert handle.payload["data"]["resolved"]["attachments"][str(attachment.id)]["size"] == len(PNG)
    original = await handle.wait_original()
    assert original["content"] == f"photo.png: {len(PNG)} bytes, png=True"
    assert fake.requests_matching("GET", r"^/attachments/")[0].status == 200


async def test_autocomplete(fake: FakeDiscord, bot: SampleBot) -> None:
    handle = await fake.autocomplete("search", "query", "ap")
    callback = await handle.wait_callback()
    assert callback.type == 8
    choices = handle.choices or []
    assert len(choices) == 25 and all(c["name"].startswith("ap") for c in choices)
    assert handle.payload["data"]["options"][0]["focused"] is True
    assert fake.violations == []


async def test_button_press_updates_the_real_message(fake: FakeDiscord, bot: SampleBot) -> None:
    handle = await fake.slash("vote")
    message = await handle.wait_original()
    assert message["components"][0]["components"][0]["custom_id"] == "vote:yes"
    press = await fake.click(message, "vote:yes", user=fake.user("mod"))
    assert press.payload["message"]["id"] == message["id"]
    assert (await press.wait_callback()).type == 7
    updated = fake.messages[int(message["id"])]
    assert updated["content"] == "voted by mod" and updated["components"] == []
    sent_ok(fake)


# -- messages ---------------------------------------------------------------------------------


async def test_content_visible_only_when_mentioned(fake: FakeDiscord, bot: SampleBot) -> None:
    plain = await fake.send_message("hello there")
    await fake.wait_for(lambda: len(bot.seen) == 1, what="the bot to see the plain message")
    assert bot.seen == [""] and plain["content"] == "hello there"
    await fake.send_message("hi bot", mentions=[fake.bot_user])
    reply = await fake.wait_bot_message(lambda m: "referenced_message" in m)
    assert reply["content"] == f"you said: hi bot {fake.bot_user.mention}"
    assert reply["referenced_message"]["author"]["username"] == "alice"
    # A reply to the bot's message pings the bot, so its text is visible too (a reply chain).
    await fake.send_message("and again", reference=reply)
    again = await fake.wait_bot_message(lambda m: m["content"] == "you said: and again")
    assert again["referenced_message"]["message_reference"]["message_id"] == reply["id"]
    assert bot.seen == ["", f"hi bot {fake.bot_user.mention}", "and again"]
    sent_ok(fake)


async def test_messages_never_undo_a_role_change_the_bot_has_seen(fake: FakeDiscord, bot: SampleBot) -> None:
    """discord.py copies a message's `member` onto its cached member. On Discord only gateway events carry it,
    as it is when sent; a REST message (the answer to a post, a fetch, the history) or a reply quoting an old
    message carrying the member as it was when that message was made would put back the bot's old roles."""
    guild, cached = fake.guild, bot.get_guild(fake.guild.id)
    assert cached is not None
    channel = bot.get_channel(fake.channel.id)
    assert isinstance(channel, discord.TextChannel)
    old = await channel.send("before the change")  # the bot has its role "Bot" now

    def my_roles() -> list[str]:
        return [role.name for role in cached.me.roles]

    muted = await fake.create_role(guild, "Muted")
    await fake.wait_for(lambda: cached.get_role(muted.id) is not None, what="the bot to see the new role")
    await fake.set_member_roles(guild, fake.bot_user, [muted])
    await fake.wait_for(lambda: my_roles() == ["@everyone", "Muted"], what="the bot to see its roles' change")

    await channel.fetch_message(old.id)
    assert [message.id async for message in channel.history()] == [old.id]
    assert my_roles() == ["@everyone", "Muted"]
    assert "member" not in fake.messages[old.id]

    seen: list[discord.Message] = []

    async def on_message(message: discord.Message) -> None:
        seen.append(message)

    bot.add_listener(on_message)
    await fake.send_message("a reply to the old post", author=fake.user("mod"), reference=fake.messages[old.id])
    await fake.wait_bot_message(lambda m: m["content"] == "you said: a reply to the old post")
    assert my_roles() == ["@everyone", "Muted"]
    # The gateway's MESSAGE_CREATE carries the author's member as it is now (the bot caches no other members).
    (reply,) = [message for message in seen if message.author.id == fake.user("mod").id]
    assert isinstance(reply.author, discord.Member) and [r.name for r in reply.author.roles][-1] == "Moderators"


async def test_rate_limit_then_retry(fake: FakeDiscord, bot: SampleBot) -> None:
    fake.rate_limit_next("POST", r"^/channels/\d+/messages$", retry_after=0.2)
    fake.rate_limit_next("POST", r"^/interactions/", retry_after=0.1)
    await fake.send_message("ping", mentions=[fake.bot_user])
    handle = await fake.slash("ping")
    await fake.wait_bot_message(lambda m: m["content"].startswith("you said"))
    await handle.wait_callback()
    posts = fake.requests_matching("POST", r"/channels/\d+/messages$")
    assert [r.status for r in posts] == [429, 200] and posts[1].at - posts[0].at >= 0.19
    assert [r.status for r in fake.requests_matching("POST", r"/callback$")] == [429, 200]


async def test_server_error_then_retry(fake: FakeDiscord, bot: SampleBot) -> None:
    fake.fail_next("POST", r"^/channels/\d+/messages$", status=500)
    await fake.send_message("ping", mentions=[fake.bot_user])
    await fake.wait_bot_message(lambda m: m["content"].startswith("you said"))
    assert [r.status for r in fake.requests_matching("POST", r"/channels/\d+/messages$")] == [500, 200]


# -- gateway ----------------------------------------------------------------------------------


async def test_dropped_gateway_resumes_and_replays(fake: FakeDiscord, bot: SampleBot) -> None:
    await fake.drop_gateway()
    await fake.send_message("while you were out", mentions=[fake.bot_user])  # buffered, not sent
    await fake.wait_resumed()
    await fake.wait_bot_message(lambda m: "while you were out" in m["content"])
    stats = fake.gateway.stats
    assert stats.identifies == 1 and stats.resumes == 1 and stats.paths[-1] == "/resume-gateway"
    await fake.send_reconnect()
    await fake.wait_resumed()
    assert stats.identifies == 1 and stats.resumes == 2


# -- Discord's rules ----------------------------------------------------------------------------


async def test_three_second_rule_and_acknowledgement_errors(fake: FakeDiscord, bot: SampleBot) -> None:
    slow = await fake.slash("slow")
    # While /slow sleeps: a follow-up before any response, then a second acknowledgement.
    early = await fake.slash("early")
    assert (await early.wait_error(10015)).status == 404 and early.callback is None
    handle = await fake.slash("ping")
    await handle.wait_callback()
    with pytest.raises(discord.HTTPException) as again:
        await bot.http.request(
            discord.http.Route("POST", "/interactions/{i}/{t}/callback", i=handle.id, t=handle.token),
            json={"type": 4, "data": {"content": "x"}},
        )
    assert again.value.code == 40060 and handle.errors[0].code == 40060
    error = await slow.wait_error(10062, timeout=5)
    assert error.status == 404 and slow.callback is None
    await fake.wait_for(lambda: len(bot.errors) == 2, what="the bot's errors")
    assert {getattr(e, "code", None) for e in bot.errors} == {10015, 10062}


async def test_validation_catches_invalid_bodies(fake: FakeDiscord, bot: SampleBot) -> None:
    long_content = await fake.slash("shout", {"what": "content"})
    await long_content.wait_error(50035)
    long_title = await fake.slash("shout", {"what": "title"})
    await long_title.wait_error(50035)
    wheres = {(v.source, v.where) for v in fake.violations}
    assert ("limit", "data.content") in wheres and ("limit", "data.embeds.0.title") in wheres
    await fake.wait_for(lambda: len(bot.errors) == 2, what="the bot's errors")
    assert all(isinstance(e, discord.HTTPException) and e.status == 400 for e in bot.errors)
    if not fake.spec_available:
        pytest.skip(f"Discord OpenAPI spec unavailable: {fake.validator.reason}")
    with pytest.raises(discord.HTTPException):  # a type error only the schema knows about
        await bot.http.request(
            discord.http.Route("POST", "/channels/{c}/messages", c=fake.channel.id),
            json={"content": "x", "tts": "yes"},
        )
    assert any(v.source == "spec" and v.where == "tts" for v in fake.violations)


async def test_unknown_route_is_a_discord_404(fake: FakeDiscord) -> None:
    async with aiohttp.ClientSession() as session, session.get(f"{fake.api_base}/nope") as resp:
        assert resp.status == 404 and resp.headers["Content-Type"] == "application/json"
        body: dict[str, Any] = json.loads(await resp.read())
    assert body == {"message": "404: Not Found", "code": 0}
    assert fake.requests[-1].status == 404 and fake.requests[-1].route is None


def test_validation_skipped_without_spec() -> None:
    fake = FakeDiscord(spec_path="/nonexistent/openapi.json")
    assert not fake.spec_available and "not found" in fake.validator.reason
    assert fake.validator.validate("POST", "/channels/{channel_id}/messages", {"content": 5}) == []


@pytest.mark.parametrize("ci", ["", "true"])
async def test_a_test_that_cannot_validate_skips_or_in_ci_fails(fake_discord: FakeFactory,
                                                               monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    """Never passes unvalidated: without the spec (a clone without ../shared) it skips, saying why."""
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception if ci else pytest.skip.Exception,
                       match=r"cannot validate request bodies: spec not found at /nonexistent/openapi\.json"):
        await fake_discord(spec_path="/nonexistent/openapi.json")
    # Not validating is a test's explicit choice (validate=False, the 200-at-once load test): that one runs.
    unvalidated = await fake_discord(spec_path="/nonexistent/openapi.json", validate=False)
    assert not unvalidated.spec_available


def test_live_limits_without_a_bot() -> None:
    def wheres(method: str, route: str, body: Any) -> set[str]:
        return {issue.where for issue in check_limits(method, route, body)}

    msg = "/channels/{channel_id}/messages"
    assert wheres("POST", msg, {"content": "x" * 2000}) == set()
    assert wheres("POST", msg, {"content": "x" * 2001}) == {"content"}
    embed = {
        "title": "t" * 256,
        "description": "d" * 4096,
        "fields": [{"name": "n", "value": "v" * 1024}] * 26,
        "footer": {"text": "f" * 2049},
        "author": {"name": "a" * 257},
    }
    assert wheres("POST", msg, {"embeds": [embed]}) == {
        "embeds.0.fields",
        "embeds.0.footer.text",
        "embeds.0.author.name",
        "embeds",  # over 6,000 characters in total
    }
    assert wheres("POST", msg, {"embeds": [{}] * 11}) == {"embeds"}
    commands_route = "/applications/{application_id}/commands"
    choices = [{"name": str(i), "value": str(i)} for i in range(26)]
    bad = [
        {"name": "Search", "description": ""},
        {
            "name": "ok",
            "description": "d" * 101,
            "options": [{"type": 3, "name": "q", "description": "q", "choices": choices}],
        },
    ]
    assert wheres("PUT", commands_route, bad) == {
        "0.name",
        "0.description",
        "1.description",
        "1.options.0.choices",
    }
    callback = "/interactions/{interaction_id}/{interaction_token}/callback"
    assert wheres("POST", callback, {"type": 8, "data": {"choices": choices}}) == {"data.choices"}


def test_ping_rules() -> None:
    assert pings_of("hi <@1> <@&2> @everyone", None, 3) == {
        "users": [1],
        "roles": [2],
        "everyone": True,
        "replied_user": True,
    }
    none = {"parse": [], "replied_user": False}
    assert pings_of("hi <@1> <@&2> @everyone", none, 3) == {
        "users": [],
        "roles": [],
        "everyone": False,
        "replied_user": False,
    }
    assert pings_of("<@1> <@4>", {"parse": [], "users": ["4"]}, None)["users"] == [4]
