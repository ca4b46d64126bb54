"""/ingest against hostile names and a planted symlink: everything lands inside the articles folder or is
refused with a reason, and nothing outside it is written.

Covered elsewhere and not repeated: `../../etc/passwd`, absolute paths, reserved names and oversized,
binary and broken-JSON-Lines files (tests/index/test_ingest.py, unit; tests/bot/test_e2e_admin.py, through
Discord). Here: names Discord users can really send (mentions, markdown, right-to-left marks, 500
characters), and an `ingested` folder or target name that is a symlink out of the articles folder.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from index.ingest import INGEST_FOLDER, IngestRefused, save_upload
from tests.bot.conftest import PROCESS_TIMEOUT, Dateline, has_embeds, plain
from tests.bot.test_e2e_admin import MUSSELS, snapshot
from tests.reliability.test_hostile_text import problems_in

GOOD = MUSSELS.encode()
RLO = "\u202e"


def outside(tmp_path: Path, articles: Path) -> dict[str, tuple[int, int]]:
    """Every file under tmp_path that is not in the articles folder or the index."""
    return {name: stamp for name, stamp in snapshot(tmp_path).items()
            if not name.startswith((f"{articles.name}/", "index/"))}


def test_an_ingested_folder_that_is_a_symlink_out_is_refused(tmp_path: Path) -> None:
    articles, elsewhere = tmp_path / "articles", tmp_path / "elsewhere"
    articles.mkdir()
    elsewhere.mkdir()
    (articles / INGEST_FOLDER).symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(IngestRefused, match="ongeldige bestandsnaam"):
        save_upload(articles, "mosselen.txt", GOOD)
    assert list(elsewhere.iterdir()) == []


def test_a_target_name_that_is_a_dangling_symlink_out_is_refused(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    (articles / INGEST_FOLDER).mkdir(parents=True)
    (articles / INGEST_FOLDER / "mosselen.txt").symlink_to(tmp_path / "geplant.txt")  # points nowhere yet
    with pytest.raises(IngestRefused, match="ongeldige bestandsnaam"):
        save_upload(articles, "mosselen.txt", GOOD)
    assert not (tmp_path / "geplant.txt").exists()


async def ingest(dateline: Dateline, filename: str, data: bytes = GOOD):
    fake = dateline.fake
    stored = fake.add_attachment("upload.txt", data)
    return await fake.slash("ingest", {"file": dataclasses.replace(stored, filename=filename)},
                            user=fake.user("mod"), locale="nl")


@pytest.mark.parametrize(("filename", "saved_as"), [
    ("@everyone <@&987654321098765432> [klik](https://evil.example).txt", "evil.example.txt"),  # a path
    ("@here <@123456789012345678> **vet** `x` ||y||.txt", "here_123456789012345678_vet_x_y.txt"),
    (f"nieuws{RLO}txt.exe.txt", "nieuwstxt.exe.txt"),
    ("/etc/cron.d/evil.txt", "evil.txt"),
    ("CON.txt", "CON_.txt"),
    ("a" * 500 + ".txt", "a" * 80 + ".txt"),
])
async def test_hostile_upload_names_are_saved_inside_under_a_safe_name(dateline: Dateline, tmp_path: Path,
                                                                       filename: str, saved_as: str) -> None:
    before = outside(tmp_path, dateline.articles)
    handle = await ingest(dateline, filename)
    message = await handle.wait_original(has_embeds, timeout=PROCESS_TIMEOUT)
    assert plain(message["content"]) == f"Toegevoegd als `ingested/{saved_as}` (1 verhaal)."
    assert (dateline.articles / INGEST_FOLDER / saved_as).read_bytes() == GOOD
    assert outside(tmp_path, dateline.articles) == before
    assert problems_in(message) == []


async def test_a_planted_symlink_makes_ingest_refuse_and_write_nothing_outside(dateline: Dateline,
                                                                                tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (dateline.articles / INGEST_FOLDER).symlink_to(elsewhere, target_is_directory=True)
    before = outside(tmp_path, dateline.articles)
    handle = await ingest(dateline, "mosselen.txt")
    (note,) = await handle.wait_followups(1, timeout=PROCESS_TIMEOUT)
    assert note["flags"] & 64 and plain(note["content"]) == "Dit bestand voeg ik niet toe: ongeldige bestandsnaam"
    assert outside(tmp_path, dateline.articles) == before and list(elsewhere.iterdir()) == []
