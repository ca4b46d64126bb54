"""Who may run the commands that change things: one rule, with the Discord permission each command needs."""

from __future__ import annotations

import discord

from bot.settings import Settings


def has_authority(interaction: discord.Interaction, settings: Settings, permission: str) -> bool:
    """`permission` (a `discord.Permissions` flag such as "manage_guild") or Administrator, or a configured
    admin role or user; never in a DM.

    The permissions are the ones Discord computed and sent with this interaction, not the bot's cache of
    roles, which can lag behind a change (and knows nothing of a server it has not been sent yet)."""
    member = interaction.user
    if interaction.guild is None or not isinstance(member, discord.Member):
        return False
    permissions = interaction.permissions
    if permissions.administrator or getattr(permissions, permission) or member.id in settings.admin_user_ids:
        return True
    return any(role.id in settings.admin_role_ids for role in member.roles)
