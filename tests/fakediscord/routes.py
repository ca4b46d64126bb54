"""REST v10 route handlers: what Discord does for each call a discord.py bot makes in normal flows.

Path parameter names match the OpenAPI spec's, so the matched aiohttp route template doubles as the
key for spec validation. Numeric ids are constrained to digits so `@original` and `@me` win.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import messages as msgs
from .handles import InteractionHandle
from .model import FLAG_EPHEMERAL, FLAG_LOADING, READ_MESSAGE_HISTORY, SEND_MESSAGES, VIEW_CHANNEL, FakeChannel
from .records import CallbackRecord, RecordedRequest
from .rest import API, INTERACTION, RECORD, DiscordError, invalid_form, json_response

if TYPE_CHECKING:
    from .server import FakeDiscord

ID = r"{%s:\d+}"
# Interaction response types each interaction type may answer with.
ALLOWED_CALLBACKS = {2: {4, 5, 9}, 3: {4, 5, 6, 7, 9}, 4: {8}, 5: {4, 5, 6, 7}}


def no_content() -> web.Response:
    return web.Response(status=204)


class Routes:
    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    def register(self, app: web.Application) -> None:
        app_ = "/applications/" + ID % "application_id"
        app_guild = app_ + "/guilds/" + ID % "guild_id"
        channel = "/channels/" + ID % "channel_id"
        message = channel + "/messages/" + ID % "message_id"
        guild = "/guilds/" + ID % "guild_id"
        hook = "/webhooks/" + ID % "webhook_id" + "/{webhook_token}"
        hook_msg = hook + "/messages/" + ID % "message_id"
        table: list[tuple[str, str, Any]] = [
            ("GET", "/users/@me", self.get_me),
            ("GET", "/users/" + ID % "user_id", self.get_user),
            ("POST", "/users/@me/channels", self.create_dm),
            ("GET", "/oauth2/applications/@me", self.get_application),
            ("GET", "/applications/@me", self.get_application),
            ("GET", "/gateway", self.get_gateway),
            ("GET", "/gateway/bot", self.get_gateway),
            ("GET", app_ + "/commands", self.get_commands),
            ("PUT", app_ + "/commands", self.put_commands),
            ("POST", app_ + "/commands", self.post_command),
            ("DELETE", app_ + "/commands/" + ID % "command_id", self.delete_command),
            ("GET", app_guild + "/commands", self.get_commands),
            ("PUT", app_guild + "/commands", self.put_commands),
            ("POST", app_guild + "/commands", self.post_command),
            ("DELETE", app_guild + "/commands/" + ID % "command_id", self.delete_command),
            ("GET", app_guild + "/commands/permissions", self.empty_list),
            ("POST", "/interactions/" + ID % "interaction_id" + "/{interaction_token}/callback", self.callback),
            ("POST", hook, self.execute_webhook),
            ("GET", hook + "/messages/@original", self.get_webhook_message),
            ("PATCH", hook + "/messages/@original", self.edit_webhook_message),
            ("DELETE", hook + "/messages/@original", self.delete_webhook_message),
            ("GET", hook_msg, self.get_webhook_message),
            ("PATCH", hook_msg, self.edit_webhook_message),
            ("DELETE", hook_msg, self.delete_webhook_message),
            ("GET", channel, self.get_channel),
            ("GET", channel + "/messages", self.get_messages),
            ("POST", channel + "/messages", self.create_message),
            ("POST", channel + "/typing", self.typing),
            ("GET", message, self.get_message),
            ("PATCH", message, self.edit_message),
            ("DELETE", message, self.delete_message),
            ("PUT", message + "/reactions/{emoji_name}/@me", self.add_reaction),
            ("DELETE", message + "/reactions/{emoji_name}/@me", self.remove_reaction),
            ("GET", guild, self.get_guild),
            ("GET", guild + "/channels", self.get_guild_channels),
            ("GET", guild + "/roles", self.get_roles),
            ("GET", guild + "/members/" + ID % "user_id", self.get_member),
        ]
        for method, path, handler in table:
            app.router.add_route(method, API + path, handler)
        app.router.add_get("/attachments/{channel_id}/" + ID % "attachment_id" + "/{filename}", self.cdn)

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _rec(request: web.Request) -> RecordedRequest:
        return request[RECORD]

    def _body(self, request: web.Request) -> dict[str, Any]:
        body = self._rec(request).json
        return body if isinstance(body, dict) else {}

    def _channel(self, request: web.Request) -> FakeChannel:
        channel = self.fake.channels.get(int(request.match_info["channel_id"]))
        if channel is None:
            raise DiscordError(404, 10003, "Unknown Channel")
        return channel

    def _message(self, message_id: int, channel_id: int | None = None) -> dict[str, Any]:
        msg = self.fake.messages.get(message_id)
        if msg is None or (channel_id is not None and int(msg["channel_id"]) != channel_id):
            raise DiscordError(404, 10008, "Unknown Message")
        return msg

    def _guild_id(self, request: web.Request) -> int | None:
        raw = request.match_info.get("guild_id")
        if raw is not None and int(raw) not in self.fake.guilds:
            raise DiscordError(404, 10004, "Unknown Guild")
        return None if raw is None else int(raw)

    # -- users, application, gateway ----------------------------------------------------------

    async def get_me(self, request: web.Request) -> web.Response:
        return json_response(
            {
                **self.fake.bot_user.payload(),
                "verified": True,
                "mfa_enabled": False,
                "flags": 0,
                "locale": "en-US",
                "email": None,
            }
        )

    async def get_user(self, request: web.Request) -> web.Response:
        user = self.fake.users.get(int(request.match_info["user_id"]))
        if user is None:
            raise DiscordError(404, 10013, "Unknown User")
        return json_response(user.payload())

    async def create_dm(self, request: web.Request) -> web.Response:
        user = self.fake.users.get(int(self._body(request).get("recipient_id") or 0))
        if user is None:
            raise DiscordError(400, 50035, "Invalid Form Body")
        return json_response(self.fake.dm_channel(user).payload())

    async def get_application(self, request: web.Request) -> web.Response:
        fake = self.fake
        return json_response(
            {
                "id": str(fake.application_id),
                "name": fake.bot_user.username,
                "icon": None,
                "description": "",
                "summary": "",
                "type": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "0" * 64,
                "flags": fake.application_flags,
                "team": None,
                "owner": fake.owner.payload(),
                "bot": fake.bot_user.payload(),
                "interactions_endpoint_url": None,
                "redirect_uris": [],
                "approximate_guild_count": len(fake.guilds),
                "install_params": None,
                "tags": [],
            }
        )

    async def get_gateway(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return json_response({"url": self.fake.ws_base, "shards": 1, "session_start_limit": limit})

    # -- application commands -----------------------------------------------------------------

    async def get_commands(self, request: web.Request) -> web.Response:
        guild_id = self._guild_id(request)
        return json_response([c.payload for c in self.fake.commands.get(guild_id, [])])

    async def put_commands(self, request: web.Request) -> web.Response:
        guild_id = self._guild_id(request)
        body = self._rec(request).json or []
        stored = self.fake.store_commands(body, guild_id)
        return json_response([c.payload for c in stored])

    async def post_command(self, request: web.Request) -> web.Response:
        guild_id = self._guild_id(request)
        body = self._body(request)
        current = [
            c.payload
            for c in self.fake.commands.get(guild_id, [])
            if (c.name, c.type) != (body.get("name"), body.get("type") or 1)
        ]
        stored = self.fake.store_commands([*current, body], guild_id)
        return json_response(stored[-1].payload, 201)

    async def delete_command(self, request: web.Request) -> web.Response:
        guild_id = self._guild_id(request)
        cid = int(request.match_info["command_id"])
        commands = self.fake.commands.get(guild_id, [])
        if not any(c.id == cid for c in commands):
            raise DiscordError(404, 10063, "Unknown application command")
        self.fake.commands[guild_id] = [c for c in commands if c.id != cid]
        return no_content()

    async def empty_list(self, request: web.Request) -> web.Response:
        return json_response([])

    # -- interactions ---------------------------------------------------------------------------

    async def callback(self, request: web.Request) -> web.Response:
        fake = self.fake
        handle = fake.interactions.get(int(request.match_info["interaction_id"]))
        if handle is None or handle.token != request.match_info["interaction_token"]:
            raise DiscordError(404, 10062, "Unknown interaction")
        request[INTERACTION] = handle
        now = fake.now()
        if handle.callback is not None:
            raise DiscordError(400, 40060, "Interaction has already been acknowledged.")
        if now - handle.dispatched_at > fake.ack_deadline:
            raise DiscordError(404, 10062, "Unknown interaction")
        body = self._body(request)
        rtype, data = body.get("type"), body.get("data")
        if rtype not in ALLOWED_CALLBACKS.get(handle.type, set()):
            message = f"Invalid response type {rtype} for this interaction."
            raise invalid_form("type", "INTERACTION_CALLBACK_TYPE_INVALID", message)
        data, files = data or {}, self._rec(request).files
        if rtype in (6, 7) and "message" not in handle.payload:
            raise DiscordError(400, 50035, "Invalid Form Body")
        if rtype == 4 and msgs.is_empty(data, files):
            raise DiscordError(400, 50006, "Cannot send an empty message")
        # Recorded before any await so a concurrent second callback already sees it.
        handle.callback = CallbackRecord(rtype, body.get("data"), now, now - handle.dispatched_at)
        msg: dict[str, Any] | None = None
        if rtype in (4, 5):
            flags = int(data.get("flags") or 0) & (FLAG_EPHEMERAL | msgs.SETTABLE_FLAGS)
            flags |= FLAG_LOADING if rtype == 5 else 0
            msg = msgs.new_message(
                fake,
                fake.channels[handle.channel_id],
                fake.bot_user,
                data if rtype == 4 else {},
                files,
                msg_type=20 if handle.type == 2 else 0,
                interaction=fake.interaction_metadata(handle),
                flags=flags,
            )
            handle.original_id = int(msg["id"])
            await fake.echo("MESSAGE_CREATE", msg)
        elif rtype in (6, 7):
            msg = self._message(int(handle.payload["message"]["id"]))
            handle.original_id = int(msg["id"])
            if rtype == 7:
                msgs.edit_message(fake, msg, data, files)
                await fake.echo("MESSAGE_UPDATE", msg)
        if request.query.get("with_response", "false").lower() not in ("1", "true"):
            return no_content()
        interaction: dict[str, Any] = {"id": str(handle.id), "type": handle.type}
        resource: dict[str, Any] = {"type": rtype}
        if msg is not None:
            interaction.update(
                response_message_id=msg["id"],
                response_message_loading=rtype == 5,
                response_message_ephemeral=bool(msg["flags"] & FLAG_EPHEMERAL),
            )
            if rtype in (4, 7):
                resource["message"] = msg
        return json_response({"interaction": interaction, "resource": resource})

    def _webhook_handle(self, request: web.Request) -> InteractionHandle:
        fake = self.fake
        if int(request.match_info["webhook_id"]) != fake.application_id:
            raise DiscordError(404, 10015, "Unknown Webhook")
        handle = fake.interaction_by_token(request.match_info["webhook_token"])
        if handle is None:
            raise DiscordError(401, 50027, "Invalid Webhook Token")
        request[INTERACTION] = handle
        if fake.now() - handle.dispatched_at > fake.followup_ttl:
            raise DiscordError(401, 50027, "Invalid Webhook Token")
        if handle.callback is None:
            # The interaction webhook exists only once the interaction has been acknowledged.
            raise DiscordError(404, 10015, "Unknown Webhook")
        return handle

    def _webhook_message(self, request: web.Request, handle: InteractionHandle) -> dict[str, Any]:
        raw = request.match_info.get("message_id")
        msg_id = handle.original_id if raw is None else int(raw)
        if msg_id is None or (raw is None and handle.deleted_original):
            raise DiscordError(404, 10008, "Unknown Message")
        if msg_id != handle.original_id and msg_id not in handle.followup_ids:
            raise DiscordError(404, 10008, "Unknown Message")
        return self._message(msg_id)

    async def execute_webhook(self, request: web.Request) -> web.Response:
        fake, handle = self.fake, self._webhook_handle(request)
        body, files = self._body(request), self._rec(request).files
        if msgs.is_empty(body, files):
            raise DiscordError(400, 50006, "Cannot send an empty message")
        original = handle.original
        if original is not None and original.get("flags", 0) & FLAG_LOADING:
            # The first follow-up after a "thinking" defer replaces the loading message.
            msgs.edit_message(fake, original, body, files)
            msg = original
            await fake.echo("MESSAGE_UPDATE", msg)
        else:
            msg = msgs.new_message(
                fake,
                fake.channels[handle.channel_id],
                fake.bot_user,
                body,
                files,
                msg_type=20 if handle.type == 2 else 0,
                flags=int(body.get("flags") or 0) & (FLAG_EPHEMERAL | msgs.SETTABLE_FLAGS),
                interaction=fake.interaction_metadata(handle),
            )
            await fake.echo("MESSAGE_CREATE", msg)
        handle.followup_ids.append(int(msg["id"]))
        if request.query.get("wait", "false").lower() in ("1", "true"):
            return json_response(msg)
        return no_content()

    async def get_webhook_message(self, request: web.Request) -> web.Response:
        handle = self._webhook_handle(request)
        return json_response(self._webhook_message(request, handle))

    async def edit_webhook_message(self, request: web.Request) -> web.Response:
        handle = self._webhook_handle(request)
        msg = self._webhook_message(request, handle)
        msgs.edit_message(self.fake, msg, self._body(request), self._rec(request).files)
        await self.fake.echo("MESSAGE_UPDATE", msg)
        return json_response(msg)

    async def delete_webhook_message(self, request: web.Request) -> web.Response:
        handle = self._webhook_handle(request)
        msg = self._webhook_message(request, handle)
        if int(msg["id"]) == handle.original_id:
            handle.deleted_original = True
        await self.fake.delete_message(msg)
        return no_content()

    # -- channels and messages ----------------------------------------------------------------

    async def get_channel(self, request: web.Request) -> web.Response:
        return json_response(self._channel(request).payload())

    def _require(self, channel: FakeChannel, needed: int) -> None:
        """403 Missing Permissions when the bot lacks `needed` in a guild channel (overwrites included)."""
        if channel.guild_id is None:
            return
        granted = self.fake.guilds[channel.guild_id].permissions_in(channel, self.fake.bot_user.id)
        if granted & needed != needed:
            raise DiscordError(403, 50013, "Missing Permissions")

    async def get_messages(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        self._require(channel, VIEW_CHANNEL | READ_MESSAGE_HISTORY)
        ids = sorted(self.fake.channel_messages.get(channel.id, []), reverse=True)
        q = request.query
        if "before" in q:
            ids = [i for i in ids if i < int(q["before"])]
        if "after" in q:
            ids = [i for i in ids if i > int(q["after"])]
        limit = min(int(q.get("limit", 50)), 100)
        return json_response([self.fake.messages[i] for i in ids[:limit] if i in self.fake.messages])

    async def create_message(self, request: web.Request) -> web.Response:
        fake, channel = self.fake, self._channel(request)
        body, files = self._body(request), self._rec(request).files
        replying = (body.get("message_reference") or {}).get("message_id") is not None
        self._require(channel, VIEW_CHANNEL | SEND_MESSAGES | (READ_MESSAGE_HISTORY if replying else 0))
        if msgs.is_empty(body, files):
            raise DiscordError(400, 50006, "Cannot send an empty message")
        ref = (body.get("message_reference") or {}).get("message_id")
        if (
            ref is not None
            and int(ref) not in fake.messages
            and (body["message_reference"].get("fail_if_not_exists", True))
        ):
            raise invalid_form("message_reference", "REPLIES_UNKNOWN_MESSAGE", "Unknown message")
        msg = msgs.new_message(
            fake, channel, fake.bot_user, body, files, flags=int(body.get("flags") or 0) & msgs.SETTABLE_FLAGS
        )
        await fake.echo("MESSAGE_CREATE", msg)
        return json_response(msg)

    async def get_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        return json_response(self._message(int(request.match_info["message_id"]), channel.id))

    async def edit_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        msg = self._message(int(request.match_info["message_id"]), channel.id)
        if int(msg["author"]["id"]) != self.fake.bot_user.id:
            raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
        msgs.edit_message(self.fake, msg, self._body(request), self._rec(request).files)
        await self.fake.echo("MESSAGE_UPDATE", msg)
        return json_response(msg)

    async def delete_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        await self.fake.delete_message(self._message(int(request.match_info["message_id"]), channel.id))
        return no_content()

    async def typing(self, request: web.Request) -> web.Response:
        self._require(self._channel(request), VIEW_CHANNEL | SEND_MESSAGES)
        return no_content()

    async def add_reaction(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        msg = self._message(int(request.match_info["message_id"]), channel.id)
        emoji = request.match_info["emoji_name"]
        if not any(r["emoji"]["name"] == emoji for r in msg["reactions"]):
            msg["reactions"].append(
                {
                    "emoji": {"id": None, "name": emoji},
                    "count": 1,
                    "me": True,
                    "count_details": {"burst": 0, "normal": 1},
                    "burst_colors": [],
                    "me_burst": False,
                    "burst_me": False,
                    "burst_count": 0,
                }
            )
        return no_content()

    async def remove_reaction(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        msg = self._message(int(request.match_info["message_id"]), channel.id)
        msg["reactions"] = [r for r in msg["reactions"] if r["emoji"]["name"] != request.match_info["emoji_name"]]
        return no_content()

    # -- guilds ---------------------------------------------------------------------------------

    async def get_guild(self, request: web.Request) -> web.Response:
        guild = self.fake.guilds[self._guild_id(request) or 0]
        data = guild.payload()
        for key in ("members", "channels", "voice_states", "presences", "threads"):
            data.pop(key)
        return json_response(data)

    async def get_guild_channels(self, request: web.Request) -> web.Response:
        guild = self.fake.guilds[self._guild_id(request) or 0]
        return json_response([c.payload() for c in guild.channels.values()])

    async def get_roles(self, request: web.Request) -> web.Response:
        guild = self.fake.guilds[self._guild_id(request) or 0]
        return json_response([r.payload() for r in guild.roles.values()])

    async def get_member(self, request: web.Request) -> web.Response:
        guild = self.fake.guilds[self._guild_id(request) or 0]
        member = guild.members.get(int(request.match_info["user_id"]))
        if member is None:
            raise DiscordError(404, 10007, "Unknown Member")
        return json_response(member.payload())

    # -- CDN ------------------------------------------------------------------------------------

    async def cdn(self, request: web.Request) -> web.Response:
        attachment = self.fake.files.get(int(request.match_info["attachment_id"]))
        if attachment is None or attachment.filename != request.match_info["filename"]:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=attachment.data, headers={"Content-Type": attachment.content_type})
