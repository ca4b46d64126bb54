"""The follow desk's posting rules, with the real state database: the per-channel budget, the digest, and a
channel that cannot be posted in. (End to end, with Discord, in test_e2e_follows.py.)"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

import bot.follows
from bot.follows import ChannelGone, FollowDesk
from bot.service import Librarian
from bot.settings import Settings
from bot.state import Follow, StateDB
from index.models import Hit
from tests.bot.test_state import hit


class Courier:
    """Records what would be sent; `gone` makes the channel refuse."""

    console = False

    def __init__(self) -> None:
        self.sent: list[tuple[str, list[str]]] = []
        self.gone: str | None = None

    async def post(self, follow: Follow, story: Hit, key: str) -> int:
        return self._send("post", [story])

    async def digest(self, follow: Follow, stories: list[Hit], key: str) -> int:
        return self._send("digest", stories)

    def _send(self, kind: str, stories: list[Hit]) -> int:
        if self.gone:
            raise ChannelGone(self.gone)
        self.sent.append((kind, [story.story_id for story in stories]))
        return len(self.sent)

    async def landed(self, follow: Follow, key: str) -> bool | None:
        return None


@pytest_asyncio.fixture
async def desk(settings: Settings, tmp_path: Path) -> AsyncIterator[FollowDesk]:
    librarian = Librarian(settings)
    state = StateDB(tmp_path / "state.sqlite3")
    yield FollowDesk(librarian, state, Courier())
    state.close()
    await librarian.close()


def queue(desk: FollowDesk, *story_ids: str) -> Follow:
    """A follow of channel 10 with these stories waiting to be posted."""
    follows = desk.state.follows()
    follow = follows[0] if follows else desk.state.add_follow(
        guild_id=1, channel_id=10, topic="zeewier", source=None, place=None, created_by=5, language="nl", limit=25)[0]
    desk.state.record_observation(f"v{len(story_ids)}{story_ids[0]}", set(story_ids),
                                  {follow.id: [hit(story_id) for story_id in story_ids]})
    return follow


async def test_a_channel_at_its_budget_waits_for_the_minute_to_pass(desk: FollowDesk,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.follows, "WINDOW_SECONDS", 1.0)
    courier = desk.courier
    assert isinstance(courier, Courier)
    queue(desk, "a", "b", "c")
    await desk.deliver()
    assert [kind for kind, _ in courier.sent] == ["post", "post", "post"]
    queue(desk, "d")
    await desk.deliver()
    assert len(courier.sent) == 3  # the budget is spent: "d" waits
    await asyncio.sleep(1.1)
    await desk.deliver()
    assert courier.sent[-1] == ("post", ["d"])


async def test_one_story_over_the_budget_makes_a_digest_of_two_not_a_digest_of_one(desk: FollowDesk) -> None:
    courier = desk.courier
    assert isinstance(courier, Courier)
    queue(desk, "a", "b", "c", "d")
    await desk.deliver()
    assert courier.sent == [("digest", ["a", "b"]), ("post", ["c"]), ("post", ["d"])]


async def test_a_channel_that_refuses_pauses_its_follows_and_drops_their_queue(desk: FollowDesk) -> None:
    courier = desk.courier
    assert isinstance(courier, Courier)
    courier.gone = "kanaal verwijderd"
    queue(desk, "a", "b")
    await desk.deliver()
    assert courier.sent == [] and desk.state.follows()[0].paused == "kanaal verwijderd"
    assert desk.state.queued(console=False) == [] and desk.state.queued(console=False, state="sending") == []
    courier.gone = None
    await desk.deliver()
    assert courier.sent == []


async def test_a_topic_of_stop_words_only_is_refused(desk: FollowDesk) -> None:
    """It could never match a story; the user is told so instead of getting a follow that stays silent."""
    from bot.errors import UserFacingError

    with pytest.raises(UserFacingError) as refused:
        await desk.follow(guild_id=1, channel_id=10, topic="de het een", source=None, place=None, created_by=5,
                          language="nl")
    assert refused.value.key == "follow_no_words" and desk.state.follows() == []


async def test_follows_are_read_as_typed_in_discord_or_the_console(desk: FollowDesk) -> None:
    """One reading for /follow, /unfollow and the console's twins: spaces collapsed, blank filters none,
    "#12" and "12" the same follow, anything else a clear refusal."""
    from bot.errors import UserFacingError

    follow, created = await desk.follow(guild_id=1, channel_id=10, topic="  Noord-Korea   soldaten ", source="  ",
                                        place=" Seoul ", created_by=5, language="nl")
    assert created and (follow.topic, follow.source, follow.place) == ("Noord-Korea soldaten", None, "Seoul")
    with pytest.raises(UserFacingError) as unknown:
        await desk.unfollow(1, "twaalf")
    assert unknown.value.key == "unfollow_unknown"
    with pytest.raises(UserFacingError):
        await desk.unfollow(2, f"#{follow.id}")  # another server's follow
    assert await desk.unfollow(1, f" #{follow.id} ") == follow and desk.state.follows() == []


def test_matching_that_hits_the_time_limit_raises_instead_of_returning_part(seed_library,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A partial match would mark the stories it did not reach as seen, and they would never be posted."""
    from index import news, search

    monkeypatch.setattr(search, "TIME_LIMIT_SECONDS", -1.0)
    with seed_library.store.searcher() as searcher:
        ids = news.story_ids(searcher)
        with pytest.raises(news.MatchingIncomplete):
            news.matching(searcher, "Noord-Korea soldaten", ids, search.Filters())
