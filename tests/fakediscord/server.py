"""FakeDiscord: the loopback Discord (REST v10 + gateway) that the real discord.py client talks to.

This module holds the world, the server lifecycle and the patching of discord.py; the routes,
gateway, validation and interaction handles live in their own modules. The driving helpers that
play the user's side (slash commands, button presses, messages) are in :mod:`.driver`.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hmac
import re
import secrets
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import discord.gateway
import discord.http
import yarl
from aiohttp import web

from . import messages as msgs
from .driver import Driver
from .gateway import Gateway
from .handles import InteractionHandle
from .model import (
    CHANNEL_DM,
    EVERYONE_PERMISSIONS,
    MANAGE_GUILD,
    PRIVILEGED_INTENTS,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    SnowflakeFactory,
    StoredCommand,
)
from .records import ApiError, Notifier, RecordedRequest, SentMessage, UploadedFile, Violation
from .rest import API, Fault, RestLayer
from .routes import Routes
from .validation import DEFAULT_SPEC_PATH, SpecValidator

_SENT_KINDS = {
    ("POST", "/channels/{channel_id}/messages"): "channel_create",
    ("PATCH", "/channels/{channel_id}/messages/{message_id}"): "channel_edit",
    ("POST", "/interactions/{interaction_id}/{interaction_token}/callback"): "callback",
    ("POST", "/webhooks/{webhook_id}/{webhook_token}"): "followup",
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original"): "original_edit",
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"): "followup_edit",
}


@contextlib.contextmanager
def patch_discord(fake: FakeDiscord) -> Iterator[None]:
    """Point discord.py's REST base and gateway URL at `fake`, restoring the originals afterwards.

    Process-wide (class attributes), so one fake per process at a time.
    """
    old_base, old_gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = fake.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    try:
        yield
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway


class FakeDiscord(Driver):
    """A fake Discord for one bot: its application, guilds, users, channels and messages.

    With `populate=True` (the default) the world has one guild "Fake Guild" owned by user "owner",
    members "alice" and "mod" (the latter with a "Moderators" role holding Manage Server), the bot
    (with a "Bot" role), and a text channel "general".

    Options worth knowing: `token` (the one accepted; a random one by default), `ack_deadline`
    (Discord's 3 s), `reject_invalid` (answer spec/limit violations with 400 like the real API,
    or only record them), `spec_path`/`validate`, `privileged_intents` (those "enabled in the
    developer portal"; others close IDENTIFY with 4014), `echo_bot_messages` (dispatch the bot's
    own public messages back as MESSAGE_CREATE/UPDATE/DELETE, as Discord does).
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        application_id: int | None = None,
        bot_name: str = "FakeBot",
        populate: bool = True,
        default_locale: str = "en-US",
        spec_path: Path | str | None = DEFAULT_SPEC_PATH,
        validate: bool = True,
        reject_invalid: bool = True,
        ack_deadline: float = 3.0,
        followup_ttl: float = 15 * 60.0,
        heartbeat_interval_ms: int = 41250,
        privileged_intents: int = PRIVILEGED_INTENTS,
        attachment_size_limit: int = 10 * 1024 * 1024,
        echo_bot_messages: bool = True,
        host: str = "127.0.0.1",
    ) -> None:
        self.snowflake = SnowflakeFactory()
        self.application_id = application_id or self.snowflake()
        app_b64 = base64.b64encode(str(self.application_id).encode()).decode().rstrip("=")
        self.token = token or f"{app_b64}.fake.{secrets.token_urlsafe(27)}"
        self.application_flags = 0
        self.default_locale = default_locale
        self.reject_invalid = reject_invalid
        self.ack_deadline = ack_deadline
        self.followup_ttl = followup_ttl
        self.privileged_intents = privileged_intents
        self.attachment_size_limit = attachment_size_limit
        self.echo_bot_messages = echo_bot_messages
        self.host = host
        self.port = 0

        self.bot_user = FakeUser(self.application_id, bot_name, bot=True)
        self.users: dict[int, FakeUser] = {self.bot_user.id: self.bot_user}
        self.guilds: dict[int, FakeGuild] = {}
        self.channels: dict[int, FakeChannel] = {}
        self.messages: dict[int, dict[str, Any]] = {}
        self.channel_messages: dict[int, list[int]] = {}
        self.files: dict[int, FakeAttachment] = {}
        self.commands: dict[int | None, list[StoredCommand]] = {}
        self.interactions: dict[int, InteractionHandle] = {}
        self._by_token: dict[str, InteractionHandle] = {}

        self.requests: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self.errors: list[ApiError] = []
        self.internal_errors: list[Exception] = []
        self.faults: list[Fault] = []
        self.notifier = Notifier()
        self.validator = SpecValidator(spec_path if validate else None)
        self.gateway = Gateway(self, heartbeat_interval_ms)
        self._runner: web.AppRunner | None = None
        self._resume_mark = 0
        if populate:
            self._populate()

    # -- lifecycle --------------------------------------------------------------------------------

    async def start(self) -> Self:
        rest = RestLayer(self)
        app = web.Application(middlewares=[rest.middleware], client_max_size=64 * 1024 * 1024)
        Routes(self).register(app)
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_get("/resume-gateway", self.gateway.handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self.gateway.close_all()
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    def patched(self) -> contextlib.AbstractContextManager[None]:
        """`with fake.patched():` points discord.py at this fake for the block."""
        return patch_discord(self)

    @property
    def base_url(self) -> str:
        if not self.port:
            raise RuntimeError("fakediscord: start() the server first")
        return f"http://{self.host}:{self.port}"

    @property
    def api_base(self) -> str:
        return self.base_url + API

    @property
    def ws_base(self) -> str:
        return self.base_url.replace("http://", "ws://", 1)

    @property
    def gateway_url(self) -> str:
        return self.ws_base + "/gateway"

    @property
    def spec_available(self) -> bool:
        """False when the OpenAPI file is absent (or validation is off): schema checks are skipped."""
        return self.validator.available

    def now(self) -> float:
        return asyncio.get_running_loop().time()

    def token_matches(self, token: object) -> bool:
        return isinstance(token, str) and hmac.compare_digest(token.encode(), self.token.encode())

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0, what: str = "a condition") -> None:
        await self.notifier.wait_for(predicate, timeout, what)

    # -- world building ---------------------------------------------------------------------------

    def _populate(self) -> None:
        owner = self.add_user("owner")
        guild = self.add_guild("Fake Guild", owner=owner)
        mods = self.add_role(guild, "Moderators", MANAGE_GUILD)
        self.add_member(guild, self.add_user("alice"))
        self.add_member(guild, self.add_user("mod"), roles=[mods])
        self.add_text_channel(guild, "general")

    # Ids are generated unless given, for tests that need fixed ids (e.g. ids in a bot's config).

    def add_user(
        self, username: str, *, global_name: str | None = None, bot: bool = False, id: int | None = None
    ) -> FakeUser:
        user = FakeUser(id or self.snowflake(), username, global_name, bot)
        self.users[user.id] = user
        return user

    def add_guild(
        self,
        name: str,
        *,
        owner: FakeUser | None = None,
        locale: str | None = None,
        bot_permissions: int = EVERYONE_PERMISSIONS,
        id: int | None = None,
    ) -> FakeGuild:
        """A guild with @everyone, its owner and the bot (with a "Bot" role) as members."""
        owner = owner or self.add_user(f"{name.lower().replace(' ', '_')}_owner")
        guild = FakeGuild(id or self.snowflake(), name, owner.id, locale or self.default_locale)
        guild.roles[guild.id] = FakeRole(guild.id, "@everyone", EVERYONE_PERMISSIONS)
        self.guilds[guild.id] = guild
        self.add_member(guild, owner)
        self.add_member(guild, self.bot_user, roles=[self.add_role(guild, "Bot", bot_permissions)])
        return guild

    def add_role(self, guild: FakeGuild, name: str, permissions: int = 0, *, id: int | None = None) -> FakeRole:
        role = FakeRole(id or self.snowflake(), name, permissions, position=len(guild.roles))
        guild.roles[role.id] = role
        return role

    def add_member(
        self, guild: FakeGuild, user: FakeUser, *, roles: Sequence[FakeRole] = (), nick: str | None = None
    ) -> FakeMember:
        member = FakeMember(user, [r.id for r in roles], nick)
        guild.members[user.id] = member
        return member

    def add_text_channel(self, guild: FakeGuild, name: str, *, id: int | None = None) -> FakeChannel:
        channel = FakeChannel(id or self.snowflake(), name, guild_id=guild.id, position=len(guild.channels))
        guild.channels[channel.id] = channel
        self.channels[channel.id] = channel
        return channel

    async def set_overwrite(self, channel: FakeChannel, user: FakeUser, *, allow: int = 0, deny: int = 0) -> None:
        """Change a member's permissions in a channel (CHANNEL_UPDATE), as a server admin would."""
        channel.overwrites[user.id] = (allow, deny)
        await self.gateway.dispatch("CHANNEL_UPDATE", channel.payload())

    async def delete_channel(self, channel: FakeChannel) -> None:
        """Delete a guild channel (CHANNEL_DELETE); its messages go with it, later requests get 10003."""
        if channel.guild_id is not None:
            self.guilds[channel.guild_id].channels.pop(channel.id, None)
        self.channels.pop(channel.id, None)
        await self.gateway.dispatch("CHANNEL_DELETE", channel.payload())

    async def set_role_permissions(self, guild: FakeGuild, role: FakeRole, permissions: int) -> None:
        """Change a role's permissions (GUILD_ROLE_UPDATE), as a server admin would."""
        role.permissions = permissions
        await self.gateway.dispatch("GUILD_ROLE_UPDATE", {"guild_id": str(guild.id), "role": role.payload()})

    async def create_role(self, guild: FakeGuild, name: str, permissions: int = 0) -> FakeRole:
        """Create a role while the bot is connected (GUILD_ROLE_CREATE), as a server admin would; `add_role`
        is for building the world before the bot connects (it tells the bot nothing)."""
        role = self.add_role(guild, name, permissions)
        await self.gateway.dispatch("GUILD_ROLE_CREATE", {"guild_id": str(guild.id), "role": role.payload()})
        return role

    async def set_member_roles(self, guild: FakeGuild, user: FakeUser, roles: Sequence[FakeRole]) -> None:
        """Give a member other roles (GUILD_MEMBER_UPDATE), as a server admin would."""
        member = guild.members[user.id]
        member.roles = [role.id for role in roles]
        await self.gateway.dispatch("GUILD_MEMBER_UPDATE", {"guild_id": str(guild.id), **member.payload()})

    async def announce_guild(self, guild: FakeGuild) -> None:
        """Send GUILD_CREATE for a guild added after the bot connected (the bot "joins" it), or one back from
        an outage."""
        guild.unavailable = False
        await self.gateway.dispatch("GUILD_CREATE", self.gateway.guild_create_payload(guild.id))

    def dm_channel(self, user: FakeUser) -> FakeChannel:
        """The DM channel between `user` and the bot (created on first use, as Discord does)."""
        for channel in self.channels.values():
            if channel.type == CHANNEL_DM and channel.recipient is user:
                return channel
        channel = FakeChannel(self.snowflake(), None, CHANNEL_DM, recipient=user)
        self.channels[channel.id] = channel
        return channel

    def user(self, username: str) -> FakeUser:
        return next(u for u in self.users.values() if u.username == username)

    @property
    def guild(self) -> FakeGuild:
        """The first guild (the populated one by default)."""
        return next(iter(self.guilds.values()))

    @property
    def channel(self) -> FakeChannel:
        """The first text channel of the first guild."""
        return next(iter(self.guild.channels.values()))

    @property
    def owner(self) -> FakeUser:
        return self.users[self.guild.owner_id] if self.guilds else self.bot_user

    def add_attachment(self, filename: str, data: bytes, content_type: str | None = None) -> FakeAttachment:
        """A user-uploaded file, served by the fake, to pass as an attachment option or message file."""
        part = UploadedFile("files[0]", filename, content_type or "application/octet-stream", data)
        return msgs.store_file(self, 0, part)

    # -- commands ---------------------------------------------------------------------------------

    def store_commands(self, payloads: list[dict[str, Any]], guild_id: int | None) -> list[StoredCommand]:
        """Replace a scope's commands as a bulk PUT does, keeping ids of commands that already existed."""
        old = {(c.name, c.type): c for c in self.commands.get(guild_id, [])}
        stored = []
        for body in payloads:
            ctype = int(body.get("type") or 1)
            previous = old.get((body["name"], ctype))
            payload = {
                "default_member_permissions": None,
                "nsfw": False,
                "contexts": None,
                "integration_types": [0],
                "description": "",
                "options": [],
                **body,
                "id": str(previous.id if previous else self.snowflake()),
                "application_id": str(self.application_id),
                "version": str(self.snowflake()),
                "type": ctype,
            }
            if guild_id is not None:
                payload["guild_id"] = str(guild_id)
            stored.append(StoredCommand(payload, guild_id))
        self.commands[guild_id] = stored
        self.notifier.changed()
        return stored

    def seed_commands(self, payloads: list[dict[str, Any]], guild: FakeGuild | None = None) -> list[StoredCommand]:
        """Register commands without the bot syncing (e.g. for bots that sync only when changed)."""
        return self.store_commands(payloads, guild.id if guild else None)

    def find_command(self, name: str, guild_id: int | None, ctype: int = 1) -> StoredCommand:
        scopes = ([guild_id] if guild_id is not None else []) + [None]
        for scope in scopes:
            for command in self.commands.get(scope, []):
                if command.name == name and command.type == ctype:
                    return command
        raise LookupError(f"fakediscord: command {name!r} is not registered (did the bot sync its tree?)")

    # -- interactions and messages (used by routes and driver) -------------------------------------

    def register_interaction(self, handle: InteractionHandle) -> None:
        self.interactions[handle.id] = handle
        self._by_token[handle.token] = handle

    def interaction_by_token(self, token: str) -> InteractionHandle | None:
        return self._by_token.get(token)

    def interaction_metadata(self, handle: InteractionHandle) -> dict[str, Any]:
        payload = handle.payload
        user = payload["member"]["user"] if "member" in payload else payload["user"]
        meta: dict[str, Any] = {
            "id": str(handle.id),
            "type": handle.type,
            "user": user,
            "authorizing_integration_owners": payload["authorizing_integration_owners"],
        }
        if handle.type == 2:
            meta["name"] = payload["data"]["name"]
            meta["command_type"] = payload["data"].get("type", 1)
        if "message" in payload:
            meta["interacted_message_id"] = payload["message"]["id"]
        return meta

    async def echo(self, event: str, msg: dict[str, Any]) -> None:
        """Tell the bot about its own public messages over the gateway, as Discord does."""
        if self.echo_bot_messages and self.gateway.session is not None and msgs.is_public(msg):
            await self.gateway.dispatch(event, msgs.gateway_copy(self, msg))

    async def delete_message(self, msg: dict[str, Any]) -> None:
        msg_id, channel_id = int(msg["id"]), int(msg["channel_id"])
        self.messages.pop(msg_id, None)
        ids = self.channel_messages.get(channel_id, [])
        if msg_id in ids:
            ids.remove(msg_id)
        if self.echo_bot_messages and self.gateway.session is not None and msgs.is_public(msg):
            data = {"id": str(msg_id), "channel_id": str(channel_id)}
            if "guild_id" in msg:
                data["guild_id"] = msg["guild_id"]
            await self.gateway.dispatch("MESSAGE_DELETE", data)

    def messages_in(self, channel: FakeChannel | int) -> list[dict[str, Any]]:
        """Messages currently stored in a channel, oldest first."""
        cid = channel if isinstance(channel, int) else channel.id
        return [self.messages[i] for i in self.channel_messages.get(cid, []) if i in self.messages]

    def bot_messages(self, channel: FakeChannel | int | None = None) -> list[dict[str, Any]]:
        pool = self.messages.values() if channel is None else self.messages_in(channel)
        return [m for m in pool if int(m["author"]["id"]) == self.bot_user.id]

    async def wait_bot_message(
        self,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        *,
        channel: FakeChannel | int | None = None,
        timeout: float = 5.0,
    ) -> dict[str, Any]:
        """Wait for a stored message by the bot (in `channel`, matching `predicate`); oldest match wins."""

        def find() -> dict[str, Any] | None:
            return next((m for m in self.bot_messages(channel) if predicate is None or predicate(m)), None)

        await self.wait_for(lambda: find() is not None, timeout, "a message from the bot")
        found = find()
        assert found is not None
        return found

    def messages_sent(self) -> list[SentMessage]:
        """Every message body the bot sent (creates, callbacks with a message, edits, follow-ups).

        Built from the request log, so rejected and retried attempts are included, each with its
        status: checks such as "every message pings nobody" see everything the bot tried.
        """
        out = []
        for rec in self.requests:
            kind = _SENT_KINDS.get((rec.method, rec.route or ""))
            body = rec.json if isinstance(rec.json, dict) else {}
            if kind is None or (kind == "callback" and body.get("type") not in (4, 7)):
                continue
            data = (body.get("data") or {}) if kind == "callback" else body
            ref = (data.get("message_reference") or {}).get("message_id")
            referenced = self.messages.get(int(ref)) if ref is not None else None
            token = rec.params.get("webhook_token") or rec.params.get("interaction_token")
            handle = self._by_token.get(token or "")
            channel = rec.params.get("channel_id")
            out.append(
                SentMessage(
                    kind=kind,
                    method=rec.method,
                    route=rec.route or "",
                    path=rec.path,
                    status=rec.status,
                    content=data.get("content"),
                    embeds=data.get("embeds"),
                    components=data.get("components"),
                    allowed_mentions=data.get("allowed_mentions"),
                    flags=data.get("flags"),
                    attachments=list(rec.files),
                    reply_to=int(ref) if ref is not None else None,
                    reply_author=int(referenced["author"]["id"]) if referenced else None,
                    interaction_id=handle.id if handle else None,
                    channel_id=int(channel) if channel else (handle.channel_id if handle else None),
                )
            )
        return out

    def requests_matching(self, method: str, path_regex: str) -> list[RecordedRequest]:
        """Recorded requests by method ("*" for any) and a regex searched in the path below /api/v10."""
        return [r for r in self.requests if r.matches(method, path_regex)]

    # -- faults -----------------------------------------------------------------------------------

    def rate_limit_next(
        self, method: str, path_regex: str, retry_after: float = 0.2, global_: bool = False, times: int = 1
    ) -> None:
        """Answer the next `times` matching requests (path relative to /api/v10) with a 429."""
        self.faults.append(Fault(method.upper(), re.compile(path_regex), 429, times, retry_after, global_))

    def fail_next(
        self,
        method: str,
        path_regex: str,
        status: int = 500,
        times: int = 1,
        code: int = 0,
        message: str = "",
    ) -> None:
        """Answer the next `times` matching requests with `status` (e.g. 500, 502: discord.py retries)."""
        self.faults.append(Fault(method.upper(), re.compile(path_regex), status, times, code=code, message=message))

    # -- gateway helpers --------------------------------------------------------------------------

    async def wait_identified(self, count: int = 1, timeout: float = 5.0) -> None:
        await self.wait_for(lambda: self.gateway.stats.identifies >= count, timeout, f"{count} IDENTIFY(s)")

    async def drop_gateway(self, code: int = 4000) -> None:
        """Close the bot's gateway socket from the server side (4000: resumable)."""
        self._resume_mark = self.gateway.stats.resumes
        await self.gateway.drop(code)

    async def send_reconnect(self) -> None:
        """Send op 7 RECONNECT: the client must reconnect and RESUME."""
        self._resume_mark = self.gateway.stats.resumes
        await self.gateway.send_op(7)

    async def invalidate_session(self, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION: with resumable=False the client must IDENTIFY afresh."""
        await self.gateway.send_op(9, resumable)

    async def wait_resumed(self, timeout: float = 5.0) -> None:
        """Wait until the client has RESUMEd after the last drop_gateway()/send_reconnect()."""
        mark = self._resume_mark
        await self.wait_for(
            lambda: self.gateway.stats.resumes > mark and self.gateway.connected,
            timeout,
            "the client to RESUME",
        )
