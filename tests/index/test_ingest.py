"""Uploads land inside the articles folder, or are refused with a reason; nothing else is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.ingest import INGEST_FOLDER, MAX_UPLOAD_BYTES, IngestRefused, safe_name, save_upload

GOOD = b"Kop\nZWOLLE (ANP) - Een bericht over zeilboten."


@pytest.mark.parametrize(("name", "expected"), [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("/etc/cron.d/evil.txt", "evil.txt"),
    ("..\\..\\windows\\win.ini.txt", "win.ini.txt"),
    ("CON.txt", "CON_.txt"),
    ("nul.jsonl", "nul_.jsonl"),
    (".hidden.txt", "hidden.txt"),
    ("nieuws (1).TXT", "nieuws_1.txt"),
    ("Oekraïne.txt", "Oekraine.txt"),
    ("a\x00b.txt", "ab.txt"),
    ("", "artikel"),
])
def test_names_are_made_safe(name: str, expected: str) -> None:
    assert safe_name(name) == expected


def _files(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}


@pytest.mark.parametrize("name", ["../../etc/passwd.txt", "/tmp/abs.txt", "../x.txt", "sub/../../y.txt"])
def test_traversal_names_stay_inside_the_folder(tmp_path: Path, name: str) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    saved = save_upload(articles, name, GOOD)
    assert saved.path.resolve().parent == (articles / INGEST_FOLDER).resolve()
    assert _files(tmp_path) == {f"articles/{saved.relpath}"}


def test_existing_files_are_never_overwritten(tmp_path: Path) -> None:
    first = save_upload(tmp_path, "a.txt", GOOD)
    second = save_upload(tmp_path, "a.txt", GOOD)
    assert first.path != second.path and first.path.read_bytes() == GOOD


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("foto.png", GOOD, "geen artikelbestand"),
    ("script.sh", GOOD, "geen artikelbestand"),
    ("noext", GOOD, "geen artikelbestand"),
    ("leeg.txt", b"", "empty"),
    ("binair.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ("groot.txt", b"a" * (MAX_UPLOAD_BYTES + 1), "te groot"),
    ("kapot.json", b"[{", "invalid JSON"),
])
def test_bad_uploads_are_refused_and_nothing_is_written(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    with pytest.raises(IngestRefused, match=reason):
        save_upload(tmp_path, name, data)
    assert _files(tmp_path) == set()


def test_json_lines_with_a_broken_line_is_partly_accepted(tmp_path: Path) -> None:
    data = b'{"id": 1, "title": "A", "text": "Goed."}\n{"id": 2, "title": \n{"id": 3, "title": "C", "text": "Ook."}\n'
    saved = save_upload(tmp_path, "export.jsonl", data)
    assert [story.record_id for story in saved.parsed.stories] == ["1", "3"]
    assert [item.reason for item in saved.parsed.skipped] == ["line 2: invalid JSON (Expecting value)"]
