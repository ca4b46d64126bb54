"""What the bot must remember across restarts: follows, the stories it has seen, and what it posted.

SQLite (stdlib `sqlite3`, no server to start) in one file beside the index (`DATELINE_STATE_DB`). The class
is synchronous so the CLI and the console use it as is; the bot calls it off the event loop
(`asyncio.to_thread`), one statement group at a time under a lock.

Crash safety, in order:
- Seeing new stories and queueing their posts is one transaction (`record_observation`): killed before it,
  the next start sees the same stories as new; killed after it, the posts are queued.
- A post is marked `sending` with a fresh key before it goes out and `posted` after; the key is in the
  message. A restart finds `sending` rows and asks the courier whether a message with that key landed (the
  Discord courier reads the channel's last messages): landed, it is marked posted; not landed, it is sent
  again; cannot tell, it is marked posted and logged (a lost post is chosen over a double one).
- WAL journal with synchronous=FULL: a committed transaction survives a power cut as well as a kill.

Schema changes are migrations: `PRAGMA user_version` says which have run; each runs in its own transaction.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from index.models import Highlight, Hit, dumps

log = logging.getLogger(__name__)

#: Each entry brings the schema from version N to N+1 (index N). Never edit one that has shipped: add one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE follows (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id INTEGER NOT NULL,      -- 0: the console
        channel_id INTEGER NOT NULL,    -- 0: the console
        topic TEXT NOT NULL,
        source TEXT,
        place TEXT,
        created_by INTEGER,
        created_at REAL NOT NULL,
        since_seq INTEGER NOT NULL,     -- stories seen at or before this observation are older than the follow
        paused TEXT,                    -- why posting is paused (channel deleted, permissions), or NULL
        language TEXT NOT NULL DEFAULT 'nl'
    );
    CREATE INDEX follows_guild ON follows (guild_id);
    CREATE TABLE observations (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        index_version TEXT NOT NULL,
        at REAL NOT NULL
    );
    CREATE TABLE stories_seen (
        story_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL            -- the observation that first saw it in the index
    ) WITHOUT ROWID;
    CREATE TABLE posts (
        follow_id INTEGER NOT NULL REFERENCES follows (id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'posted')),
        hit TEXT NOT NULL,              -- the matching story as found (JSON), so posting reads no index
        queued_at REAL NOT NULL,
        message_key TEXT,               -- the message that carries it (in its footer), once sending
        kind TEXT,                      -- post | digest
        message_id INTEGER,
        posted_at REAL,
        PRIMARY KEY (follow_id, story_id)
    );
    CREATE INDEX posts_state ON posts (state);
    CREATE INDEX posts_key ON posts (message_key);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


class StateError(RuntimeError):
    """The state database cannot be used (newer than this program, unreadable); the message says what to do."""


class TooManyFollows(Exception):
    """The server has as many follows as it may have."""


@dataclass(slots=True, frozen=True)
class Follow:
    id: int
    guild_id: int
    channel_id: int
    topic: str
    source: str | None
    place: str | None
    created_by: int | None
    created_at: float
    since_seq: int
    paused: str | None
    language: str


@dataclass(slots=True)
class Queued:
    """A story waiting to be (or being) posted for a follow."""

    follow: Follow
    hit: Hit
    message_key: str | None


def hit_to_json(hit: Hit) -> str:
    return dumps(hit.to_json())


def hit_from_json(raw: str) -> Hit:
    data = json.loads(raw)
    data["published"] = datetime.fromisoformat(data["published"]) if data.get("published") else None
    data["highlights"] = [Highlight(**item) for item in data.get("highlights") or []]
    return Hit(**data)


_FOLLOW_COLUMNS = ("id, guild_id, channel_id, topic, source, place, created_by, created_at, since_seq, paused, "
                   "language")


def _follow(row: tuple) -> Follow:
    return Follow(*row)


class StateDB:
    """The state database; every method is one short transaction."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=10.0)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self.migrate()
        except sqlite3.DatabaseError as error:
            raise StateError(f"the state database {self.path} cannot be used: {error}") from error

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE: the write lock at once, so two processes never interleave one logical step."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def version(self) -> int:
        with self._lock:
            return self._db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        """Apply the migrations this file has not had yet, each in its own transaction."""
        current = self.version()
        if current > SCHEMA_VERSION:
            raise StateError(f"the state database {self.path} has schema version {current}, newer than this "
                             f"program's {SCHEMA_VERSION}: update Dateline, or point DATELINE_STATE_DB elsewhere")
        for number in range(current, SCHEMA_VERSION):
            with self._transaction() as db:
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {number + 1}")
            log.info("state database %s migrated to schema version %d", self.path, number + 1)

    # -- follows -------------------------------------------------------------------------------

    def add_follow(self, *, guild_id: int, channel_id: int, topic: str, source: str | None, place: str | None,
                   created_by: int | None, language: str, limit: int) -> tuple[Follow, bool]:
        """The follow, and False when the same one existed already (resumed if it was paused).

        Call it right after an observation of the index (FollowDesk.follow does): what the index holds then is
        older than the follow.

        Raises TooManyFollows when the server has `limit` already."""
        with self._transaction() as db:
            row = db.execute(f"SELECT {_FOLLOW_COLUMNS} FROM follows WHERE guild_id=? AND channel_id=? AND "
                             "topic=? AND source IS ? AND place IS ?",
                             (guild_id, channel_id, topic, source, place)).fetchone()
            since = db.execute("SELECT COALESCE(MAX(seq), 0) FROM observations").fetchone()[0]
            if row is not None:
                if row[9] is not None:  # paused: resumed from now on (what came meanwhile is not posted late)
                    db.execute("UPDATE follows SET paused=NULL, since_seq=? WHERE id=?", (since, row[0]))
                    row = (*row[:8], since, None, row[10])
                return _follow(row), False
            count = db.execute("SELECT COUNT(*) FROM follows WHERE guild_id=?", (guild_id,)).fetchone()[0]
            if count >= limit:
                raise TooManyFollows()
            cursor = db.execute(
                "INSERT INTO follows (guild_id, channel_id, topic, source, place, created_by, created_at, "
                "since_seq, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (guild_id, channel_id, topic, source, place, created_by, time.time(), since, language))
            row = db.execute(f"SELECT {_FOLLOW_COLUMNS} FROM follows WHERE id=?", (cursor.lastrowid,)).fetchone()
            return _follow(row), True

    def follows(self, guild_id: int | None = None) -> list[Follow]:
        """A server's follows (every follow when `guild_id` is None), oldest first."""
        with self._lock:
            if guild_id is None:
                rows = self._db.execute(f"SELECT {_FOLLOW_COLUMNS} FROM follows ORDER BY id").fetchall()
            else:
                rows = self._db.execute(f"SELECT {_FOLLOW_COLUMNS} FROM follows WHERE guild_id=? ORDER BY id",
                                        (guild_id,)).fetchall()
        return [_follow(row) for row in rows]

    def has_active_follows(self) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM follows WHERE paused IS NULL LIMIT 1").fetchone() is not None

    def remove_follow(self, guild_id: int, follow_id: int) -> Follow | None:
        """Remove a follow of this server (its queue goes with it); None when there is no such follow."""
        with self._transaction() as db:
            row = db.execute(f"SELECT {_FOLLOW_COLUMNS} FROM follows WHERE id=? AND guild_id=?",
                             (follow_id, guild_id)).fetchone()
            if row is None:
                return None
            db.execute("DELETE FROM follows WHERE id=?", (follow_id,))
            return _follow(row)

    def pause_channel(self, channel_id: int, reason: str) -> list[Follow]:
        """Pause the channel's follows that were running; returns them."""
        with self._transaction() as db:
            rows = db.execute(f"SELECT {_FOLLOW_COLUMNS} FROM follows WHERE channel_id=? AND paused IS NULL",
                              (channel_id,)).fetchall()
            db.execute("UPDATE follows SET paused=? WHERE channel_id=? AND paused IS NULL", (reason, channel_id))
            # What was queued for a paused follow would be stale news by the time it resumes.
            db.execute("DELETE FROM posts WHERE state='pending' AND follow_id IN "
                       "(SELECT id FROM follows WHERE channel_id=?)", (channel_id,))
        return [_follow(row) for row in rows]

    def resume_channel(self, channel_id: int) -> list[Follow]:
        """Resume the channel's paused follows; stories seen while paused are not posted (call it right after
        an observation of the index, as FollowDesk.resume does)."""
        with self._transaction() as db:
            rows = db.execute(f"SELECT {_FOLLOW_COLUMNS} FROM follows WHERE channel_id=? AND paused IS NOT NULL",
                              (channel_id,)).fetchall()
            since = db.execute("SELECT COALESCE(MAX(seq), 0) FROM observations").fetchone()[0]
            db.execute("UPDATE follows SET paused=NULL, since_seq=? WHERE channel_id=? AND paused IS NOT NULL",
                       (since, channel_id))
        return [_follow(row) for row in rows]

    # -- observing the index -------------------------------------------------------------------

    def seen_ids(self) -> set[str]:
        with self._lock:
            return {row[0] for row in self._db.execute("SELECT story_id FROM stories_seen")}

    def record_observation(self, index_version: str, new_ids: Iterable[str],
                           matches: dict[int, list[Hit]]) -> tuple[int, int]:
        """One transaction: the index version seen, the stories first seen in it, and the posts they make for
        the follows they match (only for stories no observation saw before, and only for follows older than
        them). Returns (stories first seen, posts queued)."""
        now = time.time()
        with self._transaction() as db:
            seq = db.execute("INSERT INTO observations (index_version, at) VALUES (?, ?)",
                             (index_version, now)).lastrowid
            fresh = set()
            for story_id in new_ids:
                if db.execute("INSERT OR IGNORE INTO stories_seen (story_id, seq) VALUES (?, ?)",
                              (story_id, seq)).rowcount:
                    fresh.add(story_id)
            queued = 0
            for follow_id, hits in matches.items():
                row = db.execute("SELECT since_seq FROM follows WHERE id=? AND paused IS NULL",
                                 (follow_id,)).fetchone()
                if row is None or row[0] >= seq:
                    continue
                for hit in hits:
                    if hit.story_id in fresh:
                        queued += db.execute(
                            "INSERT OR IGNORE INTO posts (follow_id, story_id, state, hit, queued_at) "
                            "VALUES (?, ?, 'pending', ?, ?)", (follow_id, hit.story_id, hit_to_json(hit), now),
                        ).rowcount
        return len(fresh), queued

    # -- the posting queue ---------------------------------------------------------------------

    def queued(self, console: bool, state: str = "pending") -> list[Queued]:
        """Posts in `state` for the console's follows or for Discord's, oldest story first per follow."""
        where = "f.channel_id = 0" if console else "f.channel_id != 0"
        with self._lock:
            rows = self._db.execute(
                f"SELECT {', '.join('f.' + name.strip() for name in _FOLLOW_COLUMNS.split(','))}, p.hit, "
                f"p.message_key FROM posts p JOIN follows f ON f.id = p.follow_id "
                f"WHERE p.state=? AND {where} ORDER BY f.id, p.queued_at, p.story_id", (state,)).fetchall()
        return [Queued(_follow(row[:11]), hit_from_json(row[11]), row[12]) for row in rows]

    def claim(self, follow_id: int, story_ids: list[str], key: str, kind: str) -> int:
        """Mark posts as being sent in the message with `key` (before it is sent); how many were still waiting."""
        with self._transaction() as db:
            return sum(db.execute("UPDATE posts SET state='sending', message_key=?, kind=? WHERE follow_id=? AND "
                                  "story_id=? AND state='pending'", (key, kind, follow_id, story)).rowcount
                       for story in story_ids)

    def mark_posted(self, key: str, message_id: int | None) -> None:
        with self._transaction() as db:
            db.execute("UPDATE posts SET state='posted', message_id=?, posted_at=? WHERE message_key=?",
                       (message_id, time.time(), key))

    def release(self, key: str) -> None:
        """The message with `key` was not sent: its posts wait again."""
        with self._transaction() as db:
            db.execute("UPDATE posts SET state='pending', message_key=NULL, kind=NULL WHERE message_key=? AND "
                       "state='sending'", (key,))

    def posts_since(self, channel_id: int, since: float) -> int:
        """Single-story messages posted in a channel since `since` (the per-minute budget; digests are free)."""
        with self._lock:
            return self._db.execute(
                "SELECT COUNT(DISTINCT p.message_key) FROM posts p JOIN follows f ON f.id = p.follow_id "
                "WHERE f.channel_id=? AND p.state='posted' AND p.kind='post' AND p.posted_at>=?",
                (channel_id, since)).fetchone()[0]
