"""respond(): answer directly when the work is quick, defer first when it is not; every send carries
AllowedMentions.none(); and the user's language is the one the bot speaks."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import discord
import pytest

import bot.replies
from bot.embeds import Reply
from bot.replies import NO_MENTIONS, language_of, respond


class StubResponse:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def is_done(self) -> bool:
        return bool(self.calls)

    async def defer(self, **kwargs: Any) -> None:
        self.calls.append(("defer", kwargs))

    async def send_message(self, **kwargs: Any) -> None:
        self.calls.append(("send_message", kwargs))


class StubInteraction:
    """The parts of discord.Interaction that respond() uses."""

    def __init__(self) -> None:
        self.response = StubResponse()
        self.edits: list[dict[str, Any]] = []

    async def original_response(self) -> str:
        return "the original message"

    async def edit_original_response(self, **kwargs: Any) -> str:
        self.edits.append(kwargs)
        return "the edited message"


class StubView:
    message: Any = None


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.replies, "QUICK_SECONDS", 0.05)


async def value_after(seconds: float, value: Any = "done") -> Any:
    await asyncio.sleep(seconds)
    return value


def render(result: Any) -> tuple[Reply, Any]:
    return Reply(embeds=[discord.Embed(title=str(result))], file=("chart.png", b"\x89PNG")), StubView()


async def test_quick_work_is_the_response() -> None:
    interaction = StubInteraction()
    await respond(interaction, value_after(0), render)  # type: ignore[arg-type]
    ((kind, kwargs),) = interaction.response.calls
    assert kind == "send_message" and interaction.edits == []
    assert kwargs["allowed_mentions"] is NO_MENTIONS and kwargs["ephemeral"] is False
    assert kwargs["embeds"][0].title == "done" and kwargs["file"].filename == "chart.png"


async def test_slow_work_is_deferred_then_edited_in() -> None:
    interaction = StubInteraction()
    await respond(interaction, value_after(0.2), render, ephemeral=True)  # type: ignore[arg-type]
    assert interaction.response.calls == [("defer", {"thinking": True, "ephemeral": True})]
    (edit,) = interaction.edits
    assert edit["allowed_mentions"] is NO_MENTIONS and edit["embeds"][0].title == "done"
    assert "file" not in edit and edit["attachments"][0].filename == "chart.png"  # the file replaces the placeholder
    assert isinstance(edit["view"], StubView) and edit["view"].message == "the edited message"


async def test_the_view_learns_its_message_to_disable_it_later() -> None:
    interaction = StubInteraction()
    views: list[StubView] = []

    def with_view(result: Any) -> tuple[Reply, Any]:
        views.append(StubView())
        return Reply(content=str(result)), views[-1]

    await respond(interaction, value_after(0), with_view)  # type: ignore[arg-type]
    assert views[0].message == "the original message"


@pytest.mark.parametrize("seconds", [0, 0.2])
async def test_failures_reach_the_error_handler(seconds: float) -> None:
    async def failing() -> None:
        await asyncio.sleep(seconds)
        raise LookupError("gone")

    interaction = StubInteraction()
    with pytest.raises(LookupError):
        await respond(interaction, failing(), render)  # type: ignore[arg-type]
    assert [kind for kind, _ in interaction.response.calls] == ([] if seconds == 0 else ["defer"])
    assert interaction.edits == []


def test_no_mentions_rules_out_every_ping() -> None:
    assert NO_MENTIONS.to_dict() == {"parse": []}  # replied_user left out: false, as Discord reads it


@pytest.mark.parametrize(("locale", "guild_locale", "expected"), [
    (discord.Locale.dutch, discord.Locale.american_english, "nl"),
    (discord.Locale.british_english, discord.Locale.dutch, "en"),
    (discord.Locale.german, discord.Locale.dutch, "nl"),  # the user's is not ours: the server's
    (discord.Locale.german, discord.Locale.french, "en"),  # neither: the configured default
    (None, None, "en"),
])
def test_language_of(locale: discord.Locale | None, guild_locale: discord.Locale | None, expected: str) -> None:
    interaction = SimpleNamespace(locale=locale, guild_locale=guild_locale)
    assert language_of(interaction, "en") == expected  # type: ignore[arg-type]
