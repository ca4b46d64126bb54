"""The pager and the story select, without Discord: their state, limits and timeout."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import discord
import pytest

import bot.views
from bot.replies import NO_MENTIONS
from bot.views import SearchPager, StorySelect, static_pager
from index.models import Hit, SearchResult


def hit(number: int, headline: str) -> Hit:
    return Hit(story_id=f"a{number:011d}", kind="article", headline=headline, dateline="D" * 150, places=[],
               sources=["ANP"], published=datetime(2024, 11, 1, tzinfo=UTC), snippet="…", file="x.txt",
               record_id=None, score=1.0)


class StubMessage:
    def __init__(self) -> None:
        self.edits: list[dict[str, Any]] = []

    async def edit(self, **kwargs: Any) -> None:
        self.edits.append(kwargs)


async def fetch(page: int) -> SearchResult:
    raise AssertionError("not used")


async def no_story(story_id: str) -> None:
    return None


def pager(hits: list[Hit], pages: int = 3) -> SearchPager:
    result = SearchResult(query="q", total=len(hits), hits=hits, page=1, pages=pages)
    return SearchPager(1, "nl", result, fetch, lambda _result: [], no_story)


async def test_the_story_select_fits_discords_limits() -> None:
    view = pager([hit(number, "Een kop die veel te lang is voor een keuzelijst " * 5) for number in range(30)])
    select = next(item for item in view.children if isinstance(item, StorySelect))
    assert len(select.options) == 25 and not select.disabled
    assert all(len(option.label) <= 100 and len(option.description or "") <= 100 for option in select.options)
    assert select.options[0].label.endswith("…") and select.placeholder == "Open een verhaal…"
    select.fill([])
    assert select.disabled
    view.stop()


async def test_the_buttons_follow_the_page() -> None:
    view = static_pager(1, "en", [[discord.Embed(title=str(number))] for number in range(3)])
    assert (view.previous_button.label, view.next_button.label) == ("Previous", "Next")
    assert view.previous_button.disabled and not view.next_button.disabled
    view.page = 3
    view._update_buttons()
    assert not view.previous_button.disabled and view.next_button.disabled
    assert [embed.title for embed in await view.load(2)] == ["1"]
    view.stop()


async def test_the_timeout_is_read_when_the_view_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.views, "TIMEOUT_SECONDS", 12.5)
    view = static_pager(1, "nl", [[], []])
    assert view.timeout == 12.5
    view.stop()


async def test_a_timed_out_view_disables_everything_in_place() -> None:
    view = pager([hit(1, "Kop")])
    message = StubMessage()
    view.message = message  # type: ignore[assignment]
    await view.on_timeout()
    assert all(item.disabled for item in view.children)  # type: ignore[attr-defined]
    (edit,) = message.edits
    assert edit == {"view": view, "allowed_mentions": NO_MENTIONS}
    view.stop()
