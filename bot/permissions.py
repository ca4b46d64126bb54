"""Who may run the commands that change things: one rule, with the Discord permission each command needs."""

from __future__ import annotations

from collections.abc import Callable

import discord
from discord import app_commands

from bot.settings import Settings


def has_authority(interaction: discord.Interaction, settings: Settings, permission: str,
                  permissions: discord.Permissions | None = None) -> bool:
    """`permission` (a `discord.Permissions` flag such as "manage_guild") or Administrator, or a configured
    admin role or user; never in a DM.

    The permissions are the ones Discord computed and sent with this interaction, not the bot's cache of
    roles, which can lag behind a change (and knows nothing of a server it has not been sent yet): by default
    those in the channel the command was typed in, or `permissions`, those Discord sent for another channel
    (a channel option's)."""
    member = interaction.user
    if interaction.guild is None or not isinstance(member, discord.Member):
        return False
    permissions = interaction.permissions if permissions is None else permissions
    if permissions.administrator or getattr(permissions, permission) or member.id in settings.admin_user_ids:
        return True
    return any(role.id in settings.admin_role_ids for role in member.roles)


def authority_check(permission: str, refusal: Callable[[], app_commands.CheckFailure] | None = None):
    """The run-time check of a command that needs `permission` (registrations can be overridden per role or
    channel by a server's owner, so every call is checked again): a DM is refused as such; someone without
    authority gets `refusal()` raised (its own words), or a plain CheckFailure the error handler words."""
    async def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild_id is None:  # guild_only() only hides the command; a DM still gets here
            raise app_commands.NoPrivateMessage()
        settings = getattr(interaction.client, "settings", None)
        if isinstance(settings, Settings) and has_authority(interaction, settings, permission):
            return True
        if refusal is not None:
            raise refusal()
        return False

    return app_commands.check(predicate)
