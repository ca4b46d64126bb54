"""Answering an interaction within Discord's 3 seconds, whatever the work costs.

The work starts at once; if it is done within QUICK_SECONDS the answer goes out as the interaction's
response, otherwise the interaction is deferred ("Dateline is thinking…") and the answer replaces that.
While BUSY_AT answers or more are being worked on already, it defers at once: the work would queue anyway,
and a burst of questions all deferred at QUICK_SECONDS would have their acknowledgements compete for the
event loop at that same moment, close to Discord's 3 seconds.
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
#: With this many answers in the works (in this process), a new one is deferred at once.
BUSY_AT = 2
NO_MENTIONS = discord.AllowedMentions.none()


class _Working:
    """How many answers respond() is working on in this process."""

    count = 0

    @classmethod
    def done(cls, _task: asyncio.Future[object]) -> None:
        cls.count -= 1


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
    """Send `reply` as the interaction's response, or, once acknowledged, as its original message. A private
    reply to an interaction acknowledged in public replaces the public "thinking…" by a private message."""
    kwargs = _message_kwargs(reply, view)
    if not interaction.response.is_done():
        await interaction.response.send_message(ephemeral=ephemeral or reply.private, **kwargs)
        return await interaction.original_response() if view is not None else None
    if reply.private and not ephemeral:
        await interaction.delete_original_response()
        return await interaction.followup.send(ephemeral=True, wait=True, **kwargs)
    if "file" in kwargs:
        kwargs["attachments"] = [kwargs.pop("file")]
    return await interaction.edit_original_response(**kwargs)


async def respond(interaction: discord.Interaction, work: Awaitable[T],
                  render: Callable[[T], tuple[Reply, discord.ui.View | None]], *, ephemeral: bool = False) -> None:
    """Run `work`, acknowledging in time; render its result into the response.

    Errors propagate to the tree's error handler, which answers them (ephemerally where it can)."""
    quick = 0.0 if _Working.count >= BUSY_AT else QUICK_SECONDS
    task = asyncio.ensure_future(work)
    _Working.count += 1
    task.add_done_callback(_Working.done)
    done, _ = await asyncio.wait({task}, timeout=quick)
    if not done:
        await interaction.response.defer(thinking=True, ephemeral=ephemeral)
    result = await task
    reply, view = render(result)
    message = await send(interaction, reply, ephemeral=ephemeral, view=view)
    if view is not None and message is not None and hasattr(view, "message"):
        view.message = message
