"""The user's side: helpers that make Discord send the bot what a person's actions would produce.

Payloads follow what Discord sends today (member with permission bits, locale, app_permissions,
attachment_size_limit, `data.guild_id` only for guild commands), since discord.py and the bot
under test read those fields.
"""

from __future__ import annotations

import copy
import secrets
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from . import messages as msgs
from .handles import InteractionHandle
from .model import (
    CHANNEL_DM,
    EVERYONE_PERMISSIONS,
    INTENT_DIRECT_MESSAGES,
    INTENT_GUILD_MESSAGES,
    INTENT_MESSAGE_CONTENT,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeRole,
    FakeUser,
)

if TYPE_CHECKING:
    from .server import FakeDiscord

_DEFAULT: Any = object()
OptionValue = Any


class Driver:
    """Mixin for :class:`FakeDiscord` with the helpers tests call to act as users."""

    # -- where and who ----------------------------------------------------------------------------

    def _where(
        self: FakeDiscord,
        user: FakeUser | None,
        guild: FakeGuild | None,
        channel: FakeChannel | None,
        dm: bool,
    ) -> tuple[FakeUser, FakeGuild | None, FakeChannel]:
        if channel is not None:
            guild = self.guilds.get(channel.guild_id or 0)
        elif dm:
            guild = None
        else:
            guild = guild if guild is not _DEFAULT else self.guild
        if user is None:  # the first ordinary member: not a bot, not the owner
            home = guild or self.guild
            user = next(m.user for m in home.members.values() if not m.user.bot and m.user.id != home.owner_id)
        if channel is None:
            channel = (
                self.dm_channel(user) if guild is None else next(c for c in guild.channels.values() if c.type == 0)
            )
        if guild is not None and user.id not in guild.members:
            raise ValueError(f"fakediscord: {user.username} is not a member of {guild.name}")
        return user, guild, channel

    def _interaction(
        self: FakeDiscord,
        itype: int,
        data: dict[str, Any],
        *,
        user: FakeUser | None,
        guild: FakeGuild | None,
        channel: FakeChannel | None,
        dm: bool,
        permissions: int | None,
        locale: str | None,
    ) -> dict[str, Any]:
        user, guild, channel = self._where(user, guild, channel, dm)
        payload: dict[str, Any] = {
            "id": str(self.snowflake()),
            "application_id": str(self.application_id),
            "type": itype,
            "token": "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(96),
            "version": 1,
            "data": data,
            "channel_id": str(channel.id),
            "channel": channel.payload(),
            "locale": locale or self.default_locale,
            "entitlements": [],
            "attachment_size_limit": self.attachment_size_limit,
            "context": 0 if guild else 1,
        }
        if guild is not None:
            # As Discord computes them: in the channel (overwrites included), also for channel options.
            perms = guild.permissions_in(channel, user.id) if permissions is None else permissions
            for cid, resolved in (data.get("resolved") or {}).get("channels", {}).items():
                resolved["permissions"] = str(guild.permissions_in(self.channels[int(cid)], user.id))
            payload.update(
                guild_id=str(guild.id),
                guild={"id": str(guild.id), "locale": guild.locale, "features": []},
                guild_locale=guild.locale,
                app_permissions=str(guild.permissions_of(self.bot_user.id)),
                member=guild.members[user.id].payload(permissions=perms),
                authorizing_integration_owners={"0": str(guild.id)},
            )
        else:
            payload.update(
                user=user.payload(),
                app_permissions=str(EVERYONE_PERMISSIONS),
                authorizing_integration_owners={"0": "0"},
            )
        return payload

    async def _dispatch(self: FakeDiscord, payload: dict[str, Any]) -> InteractionHandle:
        handle = InteractionHandle(self, payload, self.now())
        self.register_interaction(handle)
        handle.dispatched_at = self.now()
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return handle

    # -- application commands ---------------------------------------------------------------------

    def _command_data(
        self: FakeDiscord,
        name: str,
        options: Mapping[str, OptionValue] | Sequence[dict[str, Any]],
        subcommand: str | None,
        guild: FakeGuild | None,
        focused: str | None = None,
    ) -> dict[str, Any]:
        command = self.find_command(name, guild.id if guild else None)
        definitions = command.payload.get("options") or []
        resolved: dict[str, dict[str, Any]] = {}
        wrap: list[dict[str, Any]] = []
        for part in (subcommand or "").split():
            sub = next((o for o in definitions if o["name"] == part and o["type"] in (1, 2)), None)
            if sub is None:
                raise ValueError(f"fakediscord: /{name} has no subcommand (group) {part!r}")
            wrap.append({"type": sub["type"], "name": part})
            definitions = sub.get("options") or []
        if isinstance(options, Mapping):
            built = self._options(definitions, options, resolved, guild, focused)
        else:
            built = list(options)
        for level in reversed(wrap):
            built = [{**level, "options": built}]
        data: dict[str, Any] = {"id": str(command.id), "name": name, "type": 1}
        if built:
            data["options"] = built
        if resolved:
            data["resolved"] = resolved
        if command.guild_id is not None:
            data["guild_id"] = str(command.guild_id)
        return data

    def _options(
        self: FakeDiscord,
        definitions: list[dict[str, Any]],
        values: Mapping[str, OptionValue],
        resolved: dict[str, dict[str, Any]],
        guild: FakeGuild | None,
        focused: str | None,
    ) -> list[dict[str, Any]]:
        by_name = {d["name"]: d for d in definitions}
        unknown = set(values) - set(by_name)
        if unknown:
            raise ValueError(f"fakediscord: unknown option(s) {sorted(unknown)}; the command has {sorted(by_name)}")
        missing = [d["name"] for d in definitions if d.get("required") and d["name"] not in values and focused is None]
        if missing:
            raise ValueError(f"fakediscord: required option(s) {missing} missing (Discord's client would not send)")
        out = []
        for key, value in values.items():
            definition = by_name[key]
            option: dict[str, Any] = {"name": key, "type": definition["type"]}
            if key == focused:
                option.update(value=str(value), focused=True)
            else:
                option["value"] = self._option_value(definition, value, resolved, guild)
            out.append(option)
        return out

    def _option_value(
        self: FakeDiscord,
        definition: dict[str, Any],
        value: OptionValue,
        resolved: dict[str, dict[str, Any]],
        guild: FakeGuild | None,
    ) -> Any:
        otype = definition["type"]
        choices = definition.get("choices")
        if choices and value not in [c["value"] for c in choices]:
            raise ValueError(f"fakediscord: {value!r} is not a choice of option {definition['name']!r}")
        converters = {3: str, 4: int, 5: bool, 10: float}
        if otype in converters:
            return converters[otype](value)
        if isinstance(value, FakeAttachment):
            resolved.setdefault("attachments", {})[str(value.id)] = value.payload()
        elif isinstance(value, FakeUser):
            resolved.setdefault("users", {})[str(value.id)] = value.payload()
            if guild is not None and value.id in guild.members:
                member = guild.members[value.id].payload(with_user=False, permissions=guild.permissions_of(value.id))
                resolved.setdefault("members", {})[str(value.id)] = member
        elif isinstance(value, FakeRole):
            resolved.setdefault("roles", {})[str(value.id)] = value.payload()
        elif isinstance(value, FakeChannel):
            channel = {**value.payload(), "permissions": str(EVERYONE_PERMISSIONS)}
            resolved.setdefault("channels", {})[str(value.id)] = channel
        else:
            raise TypeError(f"fakediscord: option {definition['name']!r} (type {otype}) needs a Fake* object")
        return str(value.id)

    async def slash(
        self: FakeDiscord,
        name: str,
        options: Mapping[str, OptionValue] | Sequence[dict[str, Any]] | None = None,
        *,
        user: FakeUser | None = None,
        guild: FakeGuild | None = _DEFAULT,
        channel: FakeChannel | None = None,
        dm: bool = False,
        permissions: int | None = None,
        locale: str | None = None,
        subcommand: str | None = None,
    ) -> InteractionHandle:
        """Invoke a synced slash command as `user` (INTERACTION_CREATE type 2).

        `options` maps option names to values (str/int/float/bool, or FakeUser/FakeRole/FakeChannel/
        FakeAttachment for those types); `subcommand` is "sub" or "group sub".
        """
        user, where, channel = self._where(user, guild, channel, dm)
        data = self._command_data(name, options or {}, subcommand, where)
        payload = self._interaction(
            2, data, user=user, guild=where, channel=channel, dm=dm, permissions=permissions, locale=locale
        )
        return await self._dispatch(payload)

    async def autocomplete(
        self: FakeDiscord,
        name: str,
        focused: str,
        value: str = "",
        options: Mapping[str, OptionValue] | None = None,
        *,
        user: FakeUser | None = None,
        guild: FakeGuild | None = _DEFAULT,
        channel: FakeChannel | None = None,
        dm: bool = False,
        locale: str | None = None,
        subcommand: str | None = None,
    ) -> InteractionHandle:
        """Ask for autocomplete choices while `focused` holds `value` (INTERACTION_CREATE type 4)."""
        user, where, channel = self._where(user, guild, channel, dm)
        data = self._command_data(name, {**(options or {}), focused: value}, subcommand, where, focused)
        payload = self._interaction(
            4, data, user=user, guild=where, channel=channel, dm=dm, permissions=None, locale=locale
        )
        return await self._dispatch(payload)

    # -- components -------------------------------------------------------------------------------

    async def click(
        self: FakeDiscord,
        message: dict[str, Any] | int,
        custom_id: str,
        *,
        user: FakeUser | None = None,
        locale: str | None = None,
    ) -> InteractionHandle:
        """Press a button on a stored message (INTERACTION_CREATE type 3 with the real message)."""
        return await self._component(message, custom_id, None, user, locale)

    async def select(
        self: FakeDiscord,
        message: dict[str, Any] | int,
        custom_id: str,
        values: Sequence[str],
        *,
        user: FakeUser | None = None,
        locale: str | None = None,
    ) -> InteractionHandle:
        """Choose `values` in a string select menu on a stored message."""
        return await self._component(message, custom_id, list(values), user, locale)

    async def _component(
        self: FakeDiscord,
        message: dict[str, Any] | int,
        custom_id: str,
        values: list[str] | None,
        user: FakeUser | None,
        locale: str | None,
    ) -> InteractionHandle:
        msg = self.messages[message if isinstance(message, int) else int(message["id"])]
        component = next((c for c in _walk(msg.get("components") or []) if c.get("custom_id") == custom_id), None)
        if component is None:
            raise ValueError(f"fakediscord: message {msg['id']} has no component {custom_id!r}")
        if component.get("disabled"):
            raise ValueError(f"fakediscord: component {custom_id!r} is disabled; Discord's client cannot use it")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component["type"]}
        if values is not None:
            allowed = [o["value"] for o in component.get("options") or []]
            if component["type"] == 3 and any(v not in allowed for v in values):
                raise ValueError(f"fakediscord: {values} not among the options {allowed}")
            data["values"] = values
        channel = self.channels[int(msg["channel_id"])]
        payload = self._interaction(
            3, data, user=user, guild=None, channel=channel, dm=False, permissions=None, locale=locale
        )
        payload["message"] = copy.deepcopy(msg)  # the message as it was when pressed
        return await self._dispatch(payload)

    # -- messages ---------------------------------------------------------------------------------

    async def send_message(
        self: FakeDiscord,
        content: str = "",
        *,
        author: FakeUser | None = None,
        channel: FakeChannel | None = None,
        mentions: Iterable[FakeUser] = (),
        reference: int | dict[str, Any] | None = None,
        ping_reply: bool = True,
        attachments: Iterable[FakeAttachment] = (),
    ) -> dict[str, Any]:
        """A user posts a message (MESSAGE_CREATE); returns the stored message.

        As on Discord, a bot without the message-content intent gets the text (and embeds,
        attachments, components) only for DMs, messages mentioning it and its own messages; without
        GUILD_MESSAGES / DIRECT_MESSAGES it gets no event at all. `mentions` users get `<@id>`
        appended unless already in the content; a reply to the bot pings it when `ping_reply`.
        """
        if self.gateway.session is None:
            raise RuntimeError("fakediscord: no gateway session yet (has the bot connected and identified?)")
        author, _, channel = self._where(author, _DEFAULT, channel, dm=False)
        mentioned = list(mentions)
        for user in mentioned:
            if user.mention not in content and f"<@!{user.id}>" not in content:
                content = f"{content} {user.mention}".strip()
        ref_id = reference if isinstance(reference, int) or reference is None else int(reference["id"])
        if ref_id is not None:
            referenced = self.messages[ref_id]
            replied = self.users.get(int(referenced["author"]["id"]))
            if ping_reply and replied is not None and replied not in mentioned:
                mentioned.append(replied)
        body: dict[str, Any] = {"content": content}
        if ref_id is not None:
            body["message_reference"] = {"message_id": ref_id}
        msg = msgs.new_message(self, channel, author, body, [], mentions=mentioned)
        for att in attachments:
            msg["attachments"].append(att.payload())
        intents = self.gateway.intents
        is_dm = channel.type == CHANNEL_DM
        if intents & (INTENT_DIRECT_MESSAGES if is_dm else INTENT_GUILD_MESSAGES):
            visible = (
                bool(intents & INTENT_MESSAGE_CONTENT)
                or is_dm
                or self.bot_user in mentioned
                or author.id == self.bot_user.id
            )
            await self.gateway.dispatch("MESSAGE_CREATE", msgs.gateway_copy(self, msg, visible))
        return msg


def _walk(components: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """Every component in a tree (action rows, containers, sections with accessories)."""
    for component in components:
        yield component
        yield from _walk(component.get("components") or [])
        if isinstance(component.get("accessory"), dict):
            yield component["accessory"]
