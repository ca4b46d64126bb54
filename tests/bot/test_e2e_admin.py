"""/reindex and /ingest: only for administrators, one at a time, with the reasons for what was skipped."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.service import Librarian
from bot.settings import Settings
from index.ingest import MAX_UPLOAD_BYTES
from index.reindex import reindex_lock
from tests.bot.conftest import PROCESS_TIMEOUT, Dateline, embed_text, has_embeds, plain, running
from tests.fakediscord import FakeDiscord

NOT_ADMIN = "Alleen beheerders (Server beheren, of een ingestelde rol) mogen dit."
BUSY = "Er loopt al een herindexering; probeer het zo opnieuw."
MUSSELS = ("date: 2024-11-05T08:00:00+01:00\nsource: ANP\n\nMosselvissers in Yerseke tevreden\n"
           "YERSEKE (ANP) - De Zeeuwse mosselvissers zijn tevreden over het seizoen, meldt de vereniging.\n"
           "De vangst was groter dan vorig jaar.\n")


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` with its size and modification time."""
    return {path.relative_to(folder).as_posix(): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in sorted(folder.rglob("*")) if path.is_file()}


def count_reindexes(monkeypatch: pytest.MonkeyPatch, librarian: Librarian,
                    gate: asyncio.Event | None = None) -> list[bool]:
    """Record every reindex child process the bot starts (optionally held until `gate` is set)."""
    started: list[bool] = []
    original: Callable[..., Awaitable[Any]] = librarian._reindex_process

    async def counted(full: bool, progress: Any) -> Any:
        started.append(full)
        if gate is not None:
            await gate.wait()
        return await original(full, progress)

    monkeypatch.setattr(librarian, "_reindex_process", counted)
    return started


# -- /reindex --------------------------------------------------------------------------------------


async def test_reindex_by_a_non_admin_is_refused_and_nothing_happens(dateline: Dateline,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    fake = dateline.fake
    (dateline.articles / "nieuw.txt").write_text(MUSSELS, encoding="utf-8")
    await dateline.bot.librarian.embedded()  # the start's openings pass writes to the index folder: let it end
    before = snapshot(dateline.index), snapshot(dateline.articles)
    started = count_reindexes(monkeypatch, dateline.bot.librarian)
    handle = await fake.slash("reindex", user=fake.user("alice"), locale="nl")
    callback = await handle.wait_callback()
    assert callback.type == 4 and handle.ephemeral and handle.content == NOT_ADMIN
    await asyncio.sleep(0.3)
    assert started == [] and (snapshot(dateline.index), snapshot(dateline.articles)) == before
    assert [sent.kind for sent in fake.messages_sent() if sent.interaction_id == handle.id] == ["callback"]
    search = await fake.slash("search", {"query": "mosselvissers"}, locale="nl")
    assert "Niets gevonden" in embed_text(await search.wait_original(has_embeds))


async def test_reindex_by_a_manage_server_member_shows_progress_then_the_report(dateline: Dateline) -> None:
    fake, articles = dateline.fake, dateline.articles
    (articles / "nieuw.txt").write_text(MUSSELS, encoding="utf-8")
    changed = articles / "000_faf4c738a6a5f06a.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nNog een alinea, over de haven van Seoul.\n",
                       encoding="utf-8")
    (articles / "004_1ef2553043233ab9.txt").unlink()
    (articles / "kapot.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (articles / "notities.docx").write_bytes(b"PK\x03\x04")

    handle = await fake.slash("reindex", user=fake.user("mod"), locale="nl")
    assert (await handle.wait_callback()).type == 5 and not handle.ephemeral
    message = await handle.wait_original(has_embeds, timeout=PROCESS_TIMEOUT)
    edits = [sent for sent in fake.messages_sent() if sent.interaction_id == handle.id]
    assert [sent.kind for sent in edits] == ["original_edit"] * len(edits) and len(edits) >= 2
    assert all((sent.content or "").startswith("Bezig: ") for sent in edits[:-1])  # progress first
    assert edits[-1].content == "" and message["content"] == ""  # then the report replaces it
    report = embed_text(message)
    assert report.startswith("Index bijgewerkt: ") and "nieuw, 1 gewijzigd, 1 verwijderd, 0 ongewijzigd" in report
    assert "Overgeslagen (2):" in report
    assert "• `kapot.txt`: binary file (contains NUL bytes)" in report
    assert "• `notities.docx`: not an article file (.docx; expected .txt, .json or .jsonl)" in report

    found = await fake.slash("search", {"query": "mosselvissers"}, locale="nl")
    assert "Mosselvissers in Yerseke tevreden" in embed_text(await found.wait_original(has_embeds))
    gone = await fake.slash("quote", {"query": "Pentagon 10.000 militairen"}, locale="nl")
    assert "WASHINGTON (ANP/AFP) - Noord-Korea heeft inmiddels" not in embed_text(await gone.wait_original())


async def test_configured_admin_users_and_roles_may_reindex(fake: FakeDiscord, settings: Settings) -> None:
    editor = fake.add_user("editor")
    editors = fake.add_role(fake.guild, "Redactie")  # no permissions of its own
    fake.add_member(fake.guild, editor, roles=[editors])
    alice = fake.user("alice")
    settings = replace(settings, admin_user_ids=frozenset({alice.id}), admin_role_ids=frozenset({editors.id}))
    async with running(fake, settings):
        for user in (alice, editor):
            handle = await fake.slash("reindex", user=user, locale="en-US")
            assert (await handle.wait_callback()).type == 5
            message = await handle.wait_original(has_embeds, timeout=PROCESS_TIMEOUT)
            assert embed_text(message).startswith("Index updated: 0 new, 0 changed, 0 removed, 2 unchanged; 16 stories")
        refused = await fake.slash("reindex", user=fake.user("owner"), dm=True, locale="nl")
        await refused.wait_callback()
        assert refused.ephemeral and refused.content == "Dit kan alleen in een server."


async def test_a_second_reindex_while_one_runs_is_told_it_is_busy(dateline: Dateline,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    fake = dateline.fake
    release = asyncio.Event()
    started = count_reindexes(monkeypatch, dateline.bot.librarian, gate=release)
    first = await fake.slash("reindex", {"full": True}, user=fake.user("mod"), locale="nl")
    assert (await first.wait_callback()).type == 5
    await fake.wait_for(lambda: started == [True], what="the first reindex to start")
    second = await fake.slash("reindex", user=fake.user("owner"), locale="nl")
    await second.wait_callback()
    assert second.ephemeral and second.content == BUSY
    upload = fake.add_attachment("nieuw.txt", MUSSELS.encode(), "text/plain")
    ingest = await fake.slash("ingest", {"file": upload}, user=fake.user("owner"), locale="nl")
    await ingest.wait_callback()
    assert ingest.ephemeral and ingest.content == BUSY
    release.set()
    message = await first.wait_original(has_embeds, timeout=PROCESS_TIMEOUT)
    assert embed_text(message).startswith("Index bijgewerkt: 2 nieuw")  # --full: every file is new
    assert started == [True] and not (dateline.articles / "ingested").exists()


async def test_a_reindex_held_by_another_process_is_reported_after_deferring(dateline: Dateline) -> None:
    """The CLI (another process) holds the reindex lock: the bot's child process exits busy."""
    fake = dateline.fake
    with reindex_lock(dateline.index):
        handle = await fake.slash("reindex", user=fake.user("mod"), locale="nl")
        assert (await handle.wait_callback()).type == 5
        (followup,) = await handle.wait_followups(1, timeout=PROCESS_TIMEOUT)
    assert followup["content"] == BUSY and followup["flags"] & 64
    await fake.wait_for(lambda: handle.deleted_original, what="the placeholder to be deleted")


# -- /ingest ---------------------------------------------------------------------------------------


async def ingest(dateline: Dateline, filename: str, data: bytes, user: str = "mod") -> Any:
    """/ingest of an upload called `filename`. As on Discord, the CDN URL has a name of its own, so a
    hostile `filename` (what the bot reads) cannot break the download."""
    fake = dateline.fake
    stored = fake.add_attachment(Path(filename).name or "upload", data)
    upload = dataclasses.replace(stored, filename=filename)
    return await fake.slash("ingest", {"file": upload}, user=fake.user(user), locale="nl")


async def test_ingest_saves_an_article_that_is_searchable_afterwards(dateline: Dateline) -> None:
    fake = dateline.fake
    handle = await ingest(dateline, "mosselen.txt", MUSSELS.encode())
    callback = await handle.wait_callback()
    assert callback.type == 5 and callback.ephemeral  # privately "thinking…"
    message = await handle.wait_original(has_embeds, timeout=PROCESS_TIMEOUT)
    assert handle.ephemeral
    assert message["content"] == "Toegevoegd als `ingested/mosselen.txt` (1 verhaal)."
    assert "Index bijgewerkt: 1 nieuw, 0 gewijzigd, 0 verwijderd, 2 ongewijzigd; 17 verhalen" in embed_text(message)
    saved = dateline.articles / "ingested" / "mosselen.txt"
    assert saved.read_bytes() == MUSSELS.encode()
    search = await fake.slash("search", {"query": "mosselvissers"}, locale="nl")
    assert "Mosselvissers in Yerseke tevreden" in embed_text(await search.wait_original(has_embeds))


async def test_ingest_keeps_a_hostile_name_inside_the_articles_folder(dateline: Dateline, tmp_path: Path) -> None:
    outside = snapshot(tmp_path)
    handle = await ingest(dateline, "../../etc/passwd.txt", MUSSELS.encode())
    message = await handle.wait_original(has_embeds, timeout=PROCESS_TIMEOUT)
    assert message["content"] == "Toegevoegd als `ingested/passwd.txt` (1 verhaal)."
    added = set(snapshot(tmp_path)) - set(outside)
    assert {path for path in added if not path.startswith("index/")} == {"articles/ingested/passwd.txt"}
    assert not (tmp_path / "etc").exists() and not (dateline.articles.parent.parent / "etc" / "passwd.txt").exists()

    refused = await ingest(dateline, "../../etc/passwd", b"root:x:0:0:root:/root:/bin/bash\n")
    (followup,) = await refused.wait_followups(1, timeout=PROCESS_TIMEOUT)
    assert followup["flags"] & 64
    assert plain(followup["content"]) == ("Dit bestand voeg ik niet toe: geen artikelbestand (geen extensie; "
                                          "toegestaan: .json, .jsonl, .md, .ndjson, .text, .txt)")


async def test_ingest_refuses_binary_and_oversized_files_with_the_reason(dateline: Dateline) -> None:
    fake = dateline.fake
    before = snapshot(dateline.articles)
    binary = await ingest(dateline, "foto.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (followup,) = await binary.wait_followups(1, timeout=PROCESS_TIMEOUT)
    assert plain(followup["content"]) == "Dit bestand voeg ik niet toe: binary file (contains NUL bytes)"
    assert followup["flags"] & 64 and binary.deleted_original

    downloads = len(fake.requests_matching("GET", r"^/attachments/"))
    big = await ingest(dateline, "groot.txt", b"a" * (MAX_UPLOAD_BYTES + 1))
    await big.wait_callback()
    assert big.ephemeral and big.callback is not None and big.callback.type == 4  # refused at once
    assert plain(big.content or "") == ("Dit bestand voeg ik niet toe: te groot (8.388.609 bytes; hoogstens "
                                        "8.388.608 bytes)")
    assert len(fake.requests_matching("GET", r"^/attachments/")) == downloads  # never downloaded
    assert snapshot(dateline.articles) == before


async def test_ingest_of_json_lines_with_a_broken_line_is_partly_accepted(dateline: Dateline) -> None:
    records = [{"id": 1, "title": "Dijkversterking bij Kampen klaar", "published": "2024-11-06T10:00:00+01:00",
                "text": "KAMPEN (ANP) - De dijkversterking langs de IJssel bij Kampen is klaar."},
               {"id": 2, "title": "Nieuwe brug over de IJssel", "published": "2024-11-07T10:00:00+01:00",
                "text": "ZWOLLE (ANP) - Over de IJssel komt een nieuwe fietsbrug."}]
    lines = [json.dumps(records[0]), '{"id": 3, "title": "kapot', json.dumps(records[1])]
    handle = await ingest(dateline, "records.jsonl", ("\n".join(lines) + "\n").encode())
    message = await handle.wait_original(has_embeds, timeout=PROCESS_TIMEOUT)
    content = plain(message["content"]).split("\n")
    assert content[:2] == ["Toegevoegd als `ingested/records.jsonl` (2 verhalen).", "Niet alles was leesbaar (1):"]
    assert content[2].startswith("• line 2: invalid JSON (")
    assert "Overgeslagen (1):" in embed_text(message) and "records.jsonl`: line 2: invalid JSON" in embed_text(message)
    search = await dateline.fake.slash("search", {"query": "IJssel"}, locale="nl")
    found = embed_text(await search.wait_original(has_embeds))
    assert "Dijkversterking bij Kampen klaar" in found and "Nieuwe brug over de IJssel" in found


async def test_ingest_by_a_non_admin_is_refused(dateline: Dateline) -> None:
    before = snapshot(dateline.articles)
    handle = await ingest(dateline, "mosselen.txt", MUSSELS.encode(), user="alice")
    await handle.wait_callback()
    assert handle.ephemeral and handle.content == NOT_ADMIN
    assert snapshot(dateline.articles) == before and dateline.fake.requests_matching("GET", r"^/attachments/") == []
