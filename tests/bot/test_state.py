"""The state database: migrations, what an observation queues, and what a crash leaves."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

import bot.state
from bot.settings import PROJECT_ROOT
from bot.state import SCHEMA_VERSION, StateDB, StateError, TooManyFollows
from index.models import Hit


def hit(story_id: str, headline: str = "Kop") -> Hit:
    return Hit(story_id=story_id, kind="record", headline=headline, dateline="VLISSINGEN (ANP)", places=["Vlissingen"],
               sources=["ANP"], published=datetime(2026, 11, 1, 9, 0, tzinfo=UTC), snippet="tekst", file="a.jsonl",
               record_id=None, score=1.0)


def add(state: StateDB, topic: str = "zeewier", guild: int = 1, channel: int = 10, limit: int = 25):
    return state.add_follow(guild_id=guild, channel_id=channel, topic=topic, source=None, place=None,
                            created_by=5, language="nl", limit=limit)


def test_a_new_file_gets_the_current_schema(tmp_path: Path) -> None:
    state = StateDB(tmp_path / "var" / "state.sqlite3")
    assert state.version() == SCHEMA_VERSION
    state.close()


def test_an_upgrade_runs_only_the_new_migration_and_keeps_every_follow(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state.sqlite3"
    state = StateDB(path)
    follow, _ = add(state)
    state.close()
    monkeypatch.setattr(bot.state, "MIGRATIONS", [*bot.state.MIGRATIONS, "ALTER TABLE follows ADD COLUMN note TEXT"])
    monkeypatch.setattr(bot.state, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    upgraded = StateDB(path)
    assert upgraded.version() == SCHEMA_VERSION + 1
    assert upgraded.follows() == [follow]
    upgraded.close()


def test_a_failing_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state.sqlite3"
    StateDB(path).close()
    monkeypatch.setattr(bot.state, "MIGRATIONS", [*bot.state.MIGRATIONS,
                                                  "ALTER TABLE follows ADD COLUMN note TEXT; SELECT * FROM nowhere"])
    monkeypatch.setattr(bot.state, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StateError, match="no such table: nowhere"):
        StateDB(path)
    columns = [row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(follows)")]
    assert "note" not in columns
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_file_from_a_newer_dateline_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(StateError, match=r"newer than this program's .* update Dateline"):
        StateDB(path)


def test_a_follow_is_unique_per_channel_and_bounded_per_server(tmp_path: Path) -> None:
    state = StateDB(tmp_path / "state.sqlite3")
    first, created = add(state, "zeewier", limit=2)
    again, created_again = add(state, "zeewier", limit=2)
    assert created and not created_again and again.id == first.id
    add(state, "mosselen", limit=2)
    with pytest.raises(TooManyFollows):
        add(state, "oesters", limit=2)
    add(state, "oesters", guild=2, limit=2)  # another server has its own 25
    assert [item.topic for item in state.follows(1)] == ["zeewier", "mosselen"]
    assert state.remove_follow(2, first.id) is None  # not this server's
    assert state.remove_follow(1, first.id) == first
    state.close()


def test_an_observation_queues_new_stories_only_and_only_for_older_follows(tmp_path: Path) -> None:
    state = StateDB(tmp_path / "state.sqlite3")
    state.record_observation("v1", {"old"}, {})
    follow, _ = add(state)
    assert follow.since_seq == 1
    assert state.record_observation("v2", {"new", "old"}, {follow.id: [hit("new"), hit("old")]}) == (1, 1)
    assert [item.hit.story_id for item in state.queued(console=False)] == ["new"]
    # Seen again (a full rebuild, another process observing the same index): nothing new, nothing queued.
    assert state.record_observation("v3", {"new", "old"}, {follow.id: [hit("new")]}) == (0, 0)
    assert len(state.queued(console=False)) == 1
    state.close()


def test_a_queued_story_keeps_where_its_date_comes_from(tmp_path: Path) -> None:
    """A post reads its story from the queue, not the index: a date guessed from the file's time must still be
    said to be one when it is posted. A story queued before the field existed reads back as not guessed."""
    state = StateDB(tmp_path / "state.sqlite3")
    state.record_observation("v1", set(), {})
    follow, _ = add(state)
    guessed = hit("new")
    guessed.published_from = "file-mtime"
    state.record_observation("v2", {"new"}, {follow.id: [guessed]})
    (queued,) = state.queued(console=False)
    assert queued.hit == guessed and queued.hit.date_guessed
    state.close()
    with sqlite3.connect(tmp_path / "state.sqlite3") as connection:
        connection.execute("UPDATE posts SET hit = json_remove(hit, '$.published_from')")
    state = StateDB(tmp_path / "state.sqlite3")
    (older,) = state.queued(console=False)
    assert older.hit.published_from == "unknown" and not older.hit.date_guessed
    state.close()


def test_a_message_being_sent_when_the_process_died_is_found_at_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    state = StateDB(path)
    follow, _ = add(state)
    state.record_observation("v1", {"a", "b"}, {follow.id: [hit("a"), hit("b")]})
    state.claim(follow.id, ["a"], "key1", "post")
    state.close()  # the process dies here, after the claim, whether or not the message went out
    restarted = StateDB(path)
    sending = restarted.queued(console=False, state="sending")
    assert [(item.hit.story_id, item.message_key) for item in sending] == [("a", "key1")]
    restarted.release("key1")
    assert sorted(item.hit.story_id for item in restarted.queued(console=False)) == ["a", "b"]
    restarted.claim(follow.id, ["a"], "key2", "post")
    restarted.mark_posted("key2", 99)
    assert restarted.posts_since(10, 0) == 1
    restarted.close()


KILLED_OBSERVATION = textwrap.dedent("""
    import os, signal, sys
    from datetime import UTC, datetime
    import bot.state
    from bot.state import StateDB
    from index.models import Hit

    state = StateDB(sys.argv[1])
    follow, _ = state.add_follow(guild_id=1, channel_id=10, topic="zeewier", source=None, place=None,
                                 created_by=5, language="nl", limit=25)
    written = bot.state.hit_to_json
    calls = []

    def dying(hit):
        calls.append(hit)
        if len(calls) == 2:  # in the middle of the transaction: one post queued, the next not yet
            os.kill(os.getpid(), signal.SIGKILL)
        return written(hit)

    bot.state.hit_to_json = dying
    hits = [Hit(story_id=name, kind="record", headline=name, dateline="", places=[], sources=[],
                published=datetime(2026, 11, 1, tzinfo=UTC), snippet="", file="a", record_id=None, score=1.0)
            for name in ("a", "b", "c")]
    state.record_observation("v1", {"a", "b", "c"}, {follow.id: hits})
""")


def test_a_kill_in_the_middle_of_an_observation_leaves_it_undone(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    child = subprocess.run([sys.executable, "-c", KILLED_OBSERVATION, str(path)], cwd=PROJECT_ROOT,
                           capture_output=True, text=True, timeout=60, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr
    state = StateDB(path)
    assert [item.topic for item in state.follows()] == ["zeewier"]  # committed before: kept
    assert state.seen_ids() == set() and state.queued(console=False) == []  # the killed transaction: gone
    follow = state.follows()[0]
    assert state.record_observation("v1", {"a", "b", "c"}, {follow.id: [hit("a"), hit("b"), hit("c")]}) == (3, 3)
    state.close()
    assert not any(name.endswith("-journal") for name in os.listdir(tmp_path))
