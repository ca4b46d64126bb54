"""Answering an interaction within Discord's 3 seconds, whatever the work costs.

The work starts at once; if it is done within QUICK_SECONDS the answer goes out as the interaction's
response, otherwise the interaction is deferred ("Dateline is thinking…") and the answer replaces that.
Nothing sent can ping anyone: every send carries `AllowedMentions.none()`.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import discord

from bot.embeds import Reply
from bot.settings import LANGUAGES

log = logging.getLogger(__name__)

T = TypeVar("T")
#: Work that finishes within this many seconds is answered directly; slower work is deferred first.
QUICK_SECONDS = 1.0
NO_MENTIONS = discord.AllowedMentions.none()


def language_of(interaction: discord.Interaction, default: str) -> str:
    """The user's Discord language when we speak it (nl, en), else the server's, else the default."""
    for locale in (interaction.locale, interaction.guild_locale):
        if locale is not None:
            code = str(locale.value if isinstance(locale, discord.Locale) else locale).split("-")[0].lower()
            if code in LANGUAGES:
                return code
    return default


def _message_kwargs(reply: Reply, view: discord.ui.View | None) -> dict:
    kwargs: dict = {"allowed_mentions": NO_MENTIONS}
    if reply.content is not None:
        kwargs["content"] = reply.content
    if reply.embeds:
        kwargs["embeds"] = reply.embeds
    if reply.file is not None:
        name, data = reply.file
        kwargs["file"] = discord.File(io.BytesIO(data), filename=name)
    if view is not None:
        kwargs["view"] = view
    return kwargs


async def send(interaction: discord.Interaction, reply: Reply, *, ephemeral: bool = False,
               view: discord.ui.View | None = None) -> discord.Message | None:
    """Send `reply` as the interaction's response, or, once acknowledged, as its original message."""
    kwargs = _message_kwargs(reply, view)
    if not interaction.response.is_done():
        await interaction.response.send_message(ephemeral=ephemeral, **kwargs)
        return await interaction.original_response() if view is not None else None
    if "file" in kwargs:
        kwargs["attachments"] = [kwargs.pop("file")]
    return await interaction.edit_original_response(**kwargs)


async def respond(interaction: discord.Interaction, work: Awaitable[T],
                  render: Callable[[T], tuple[Reply, discord.ui.View | None]], *, ephemeral: bool = False) -> None:
    """Run `work`, acknowledging in time; render its result into the response.

    Errors propagate to the tree's error handler, which answers them (ephemerally where it can)."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=QUICK_SECONDS)
    if not done:
        await interaction.response.defer(thinking=True, ephemeral=ephemeral)
    result = await task
    reply, view = render(result)
    message = await send(interaction, reply, ephemeral=ephemeral, view=view)
    if view is not None and message is not None and hasattr(view, "message"):
        view.message = message
