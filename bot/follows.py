"""Follows: a channel (or the console) follows a search, and every new story that matches it is posted once.

How new stories are found: the desk polls the index version every POLL_SECONDS (a few `stat` calls) and is
woken at once after a reindex this process ran. When the version moved, it reads the index's story ids
(the term list, no stored fields) and compares them with every id it has ever seen (`stories_seen` in the
state database). Only ids never seen are new, so a full rebuild (same ids, new generation) adds nothing, a
story updated in place is not new, and a reindex by another process (the CLI) is found by the same poll.
A follow posts only stories first seen after it was made.

Posting: at most POSTS_PER_MINUTE single-story messages per channel per minute; a follow with more waiting
gets the rest in one digest message. The courier does the sending (Discord channel, or the console); see
`bot.state` for the order of writes that makes a crash lose nothing and post nothing twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections import defaultdict
from typing import Protocol

from bot.errors import UserFacingError
from bot.service import Librarian
from bot.state import Follow, Queued, StateDB, TooManyFollows
from index.analysis import terms
from index.models import Hit
from index.store import IndexUnavailable

log = logging.getLogger(__name__)

#: Seconds between checks of the index version (after a reindex here, the desk looks at once).
POLL_SECONDS = 1.0
#: Single-story messages per channel per WINDOW_SECONDS; more go into one digest per follow.
POSTS_PER_MINUTE = 3
WINDOW_SECONDS = 60.0
#: Follows one server may have.
MAX_FOLLOWS = 25


class ChannelGone(Exception):
    """The channel was deleted or the bot may no longer post there: its follows pause."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PostLater(Exception):
    """The channel cannot be posted in right now (its server is in an outage): the post waits, nothing pauses."""


class Courier(Protocol):
    """Where a follow's posts go."""

    console: bool

    async def post(self, follow: Follow, hit: Hit, key: str) -> int | None:
        """Send one story; the message id. Raises ChannelGone when the channel cannot be posted in, PostLater
        when it cannot be posted in now."""

    async def digest(self, follow: Follow, hits: list[Hit], key: str) -> int | None:
        """Send several stories in one message."""

    async def landed(self, follow: Follow, key: str) -> bool | None:
        """After a crash: did the message with `key` arrive? None when that cannot be told."""


class FollowDesk:
    """Finds new stories in the index, queues them for the follows they match, and posts them."""

    def __init__(self, librarian: Librarian, state: StateDB, courier: Courier, *,
                 poll: float | None = None) -> None:
        self.librarian = librarian
        self.state = state
        self.courier = courier
        self.poll = POLL_SECONDS if poll is None else poll
        self._seen: set[str] | None = None
        self._version: str | None = None
        self._lock = asyncio.Lock()  # one look at the index at a time (and none while a follow is made)
        self._delivering = asyncio.Lock()  # one poster: the same queued story is never sent twice
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        """Settle what a crash left mid-send, then watch for new stories until `close`."""
        await self.recover()
        self.librarian.on_reindexed.append(self.reindexed)
        self._task = asyncio.create_task(self._run(), name="dateline-follows")

    async def close(self) -> None:
        if self.reindexed in self.librarian.on_reindexed:
            self.librarian.on_reindexed.remove(self.reindexed)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def reindexed(self) -> None:
        """Right after a reindex in this process: wake the desk's loop, which looks for new stories at once
        (the reindex's reply does not wait for that)."""
        self._wake.set()

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll)
            self._wake.clear()
            try:
                await self.step()
            except asyncio.CancelledError:
                raise
            except IndexUnavailable:
                log.debug("no usable index yet; looking for new stories later")
            except Exception:  # logged here: the next poll tries again
                log.exception("looking for or posting new stories failed")

    async def step(self) -> None:
        """One round: post what is queued (a reindex here may just have queued it), look for new stories, and
        post those. Posting first: looking waits for the index, which a warm-up after a reindex holds."""
        await self.deliver()
        async with self._lock:
            queued = await self.observe()
        if queued:
            await self.deliver()

    # -- follows -------------------------------------------------------------------------------

    async def follow(self, *, guild_id: int, channel_id: int, topic: str, source: str | None, place: str | None,
                     created_by: int | None, language: str) -> tuple[Follow, bool]:
        """Add a follow (see StateDB.add_follow) as typed in Discord or the console: spaces collapsed, empty
        filters none. The index is looked at first, so what it holds now is older than the follow and never
        posted. A topic of stop words only could never match, and a server has at most MAX_FOLLOWS: refused."""
        topic = " ".join(topic.split())
        if not terms(topic):
            raise UserFacingError("follow_no_words")
        async with self._lock:
            await self.observe(force=True)
            try:
                return await asyncio.to_thread(
                    self.state.add_follow, guild_id=guild_id, channel_id=channel_id, topic=topic,
                    source=(source or "").strip() or None, place=(place or "").strip() or None,
                    created_by=created_by, language=language, limit=MAX_FOLLOWS)
            except TooManyFollows:
                raise UserFacingError("follow_too_many", limit=MAX_FOLLOWS) from None

    async def unfollow(self, guild_id: int, reference: str) -> Follow:
        """Remove a follow of this server by its number as typed ("12", "#12")."""
        number = reference.strip().lstrip("#")
        removed = await asyncio.to_thread(self.state.remove_follow, guild_id, int(number)) \
            if number.isdigit() and len(number) <= 12 else None
        if removed is None:
            raise UserFacingError("unfollow_unknown", id=reference)
        return removed

    async def resume(self, channel_id: int) -> list[Follow]:
        """Resume a channel's paused follows; what the index gained during the pause is not posted late."""
        async with self._lock:
            await self.observe(force=True)
            return await asyncio.to_thread(self.state.resume_channel, channel_id)

    # -- finding new stories -------------------------------------------------------------------

    async def observe(self, force: bool = False) -> int:
        """Record the stories the index holds that no observation saw before, and queue their posts; how many
        posts were queued."""
        if not force and not await asyncio.to_thread(self.state.has_active_follows):
            return 0
        if self._version is not None and await self.librarian.index_version() == self._version:
            return 0
        version, ids = await self.librarian.story_ids()
        if self._seen is None:
            self._seen = await asyncio.to_thread(self.state.seen_ids)
        new = ids - self._seen
        matches: dict[int, list[Hit]] = {}
        if new:
            for follow in await asyncio.to_thread(self.state.follows):
                if follow.paused is None:
                    hits = await self.librarian.matching(follow.topic, new, source=follow.source, place=follow.place)
                    if hits:
                        matches[follow.id] = hits
        fresh, queued = await asyncio.to_thread(self.state.record_observation, version, new, matches)
        self._seen |= new
        self._version = version
        if fresh:
            log.info("%d new stories in the index (%s); %d posts queued", fresh, version, queued)
        return queued

    # -- posting -------------------------------------------------------------------------------

    async def recover(self) -> None:
        """Messages that were being sent when the process stopped: sent (posted), or not (queued again)."""
        sending = await asyncio.to_thread(self.state.queued, self.courier.console, "sending")
        by_key: dict[str, Queued] = {}
        for item in sending:
            by_key.setdefault(item.message_key or "", item)
        for key, item in by_key.items():
            landed = await self.courier.landed(item.follow, key)
            if landed is False:
                await asyncio.to_thread(self.state.release, key)
                log.info("message %s for follow #%d did not arrive before the restart; sending it again", key,
                         item.follow.id)
            else:
                if landed is None:
                    log.warning("cannot tell whether message %s for follow #%d arrived before the restart; "
                                "counting it as posted rather than risking a double post", key, item.follow.id)
                await asyncio.to_thread(self.state.mark_posted, key, None)

    async def deliver(self) -> None:
        """Post what is queued, within each channel's budget; the rest of a large batch as one digest."""
        async with self._delivering:
            await self._deliver()

    async def _deliver(self) -> None:
        queued = await asyncio.to_thread(self.state.queued, self.courier.console)
        channels: dict[int, dict[int, list[Queued]]] = defaultdict(dict)
        for item in queued:
            channels[item.follow.channel_id].setdefault(item.follow.id, []).append(item)
        for channel_id, follows in channels.items():
            used = await asyncio.to_thread(self.state.posts_since, channel_id, time.time() - WINDOW_SECONDS)
            await self._deliver_channel(list(follows.values()), POSTS_PER_MINUTE - used)

    async def _deliver_channel(self, follows: list[list[Queued]], budget: int) -> None:
        """One channel's queue, follow by follow; stops at the first failure (the channel may be paused now)."""
        for items in follows:
            if budget <= 0:
                return  # the rest waits for the window to free up
            items.sort(key=lambda item: (item.hit.published.timestamp() if item.hit.published else 0,
                                         item.hit.story_id))
            singles = items if len(items) <= budget else items[len(items) - budget:]
            rest = items[:len(items) - len(singles)]
            if len(rest) == 1:  # a digest of one would be a post that did not count
                singles, rest = singles[1:], [*rest, singles[0]]
            if rest and not await self._send(rest[0].follow, rest, "digest"):
                return
            for item in singles:
                if not await self._send(item.follow, [item], "post"):
                    return
                budget -= 1

    async def _send(self, follow: Follow, items: list[Queued], kind: str) -> bool:
        key = secrets.token_hex(5)
        if not await asyncio.to_thread(self.state.claim, follow.id, [item.hit.story_id for item in items], key, kind):
            return True  # no longer waiting (the follow was removed or paused meanwhile): nothing to send
        try:
            if kind == "post":
                message_id = await self.courier.post(follow, items[0].hit, key)
            else:
                message_id = await self.courier.digest(follow, [item.hit for item in items], key)
        except ChannelGone as gone:
            await asyncio.to_thread(self.state.release, key)
            paused = await asyncio.to_thread(self.state.pause_channel, follow.channel_id, gone.reason)
            if paused:
                log.warning("channel %d: %s; pausing its follows %s", follow.channel_id, gone.reason,
                            ", ".join(f"#{item.id}" for item in paused))
            return False
        except PostLater as later:  # every round until it passes: not worth a warning each time
            await asyncio.to_thread(self.state.release, key)
            log.debug("channel %d: %s; trying again at the next round", follow.channel_id, later)
            return False
        except Exception:
            await asyncio.to_thread(self.state.release, key)
            log.warning("posting to channel %d failed; trying again at the next round", follow.channel_id,
                        exc_info=True)
            return False
        await asyncio.to_thread(self.state.mark_posted, key, message_id)
        return True
