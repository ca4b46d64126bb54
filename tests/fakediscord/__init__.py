"""A loopback fake Discord (REST v10 + JSON gateway) for end-to-end tests of a discord.py bot.

The real, unmodified discord.py client talks to it over 127.0.0.1; tests drive users' actions
(slash commands, autocomplete, buttons, messages) and assert on what the bot sent. It knows nothing
about any particular bot.
"""

from .handles import InteractionHandle
from .harness import run_bot
from .model import (
    ADMINISTRATOR,
    INTENT_MESSAGE_CONTENT,
    MANAGE_GUILD,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
)
from .records import ApiError, CallbackRecord, RecordedRequest, SentMessage, UploadedFile, Violation
from .server import FakeDiscord, patch_discord

__all__ = [
    "ADMINISTRATOR",
    "INTENT_MESSAGE_CONTENT",
    "MANAGE_GUILD",
    "ApiError",
    "CallbackRecord",
    "FakeAttachment",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "InteractionHandle",
    "RecordedRequest",
    "SentMessage",
    "UploadedFile",
    "Violation",
    "patch_discord",
    "run_bot",
]
