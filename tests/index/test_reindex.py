"""Incremental reindex: what changed is written, what did not is not read, bad files cost only themselves."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index import reading
from index.library import Library
from index.reindex import ReindexBusy, reindex_lock
from index.store import ARTICLES_FILE, IndexStore
from tests.conftest import ROOT, seed_page
from tests.reliability.conftest import child_environment, driver_command

BRIEF = "GENÈVE (ANP/AFP) - De WHO meldt dat twaalfduizend mensen een prik kregen."


def write(path: Path, text: str, mtime: float | None = None) -> Path:
    path.write_text(text, "utf-8")
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def page(headline: str, lead: str, briefs: list[str]) -> str:
    block = "".join(f"{brief}\n{index + 1} uur geleden" for index, brief in enumerate(briefs))
    return f"{headline}\nAMSTERDAM (ANP) - {lead}\nMeer uit Binnenland\n{block}"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder / "een.txt", page("Kop een", "Eerste tekst over fietsen.", [BRIEF]))
    write(folder / "twee.txt", page("Kop twee", "Tweede tekst over treinen.", [BRIEF]))
    write(folder / "drie.txt", "Kop drie\nUTRECHT (ANP) - Derde tekst over bussen.")
    return folder


@pytest.fixture
def library(articles: Path, tmp_path: Path):
    library = Library(articles, tmp_path / "index")
    yield library
    library.close()


def test_first_reindex_adds_everything(library: Library) -> None:
    report = library.reindex()
    assert (report.added, report.updated, report.removed, report.unchanged) == (3, 0, 0, 0)
    assert report.stories == 4  # three articles and one brief seen on two pages
    assert report.full and not report.skipped


def test_nothing_changed_reads_nothing(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    library.reindex()
    read: list[str] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or original(self))
    report = library.reindex()
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 0, 3)
    assert read == []


def test_a_touched_file_is_hashed_once_and_not_rewritten(library: Library, articles: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    library.reindex()
    os.utime(articles / "drie.txt", (time.time() + 60, time.time() + 60))
    report = library.reindex()
    assert report.unchanged == 3 and report.updated == 0
    read: list[str] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or original(self))
    library.reindex()
    assert read == []  # the new file time was remembered


def test_changed_files_are_updated_and_searched_fresh(library: Library, articles: Path) -> None:
    library.reindex()
    assert library.search("bussen").total == 1
    write(articles / "drie.txt", "Kop drie\nUTRECHT (ANP) - Derde tekst over trams.", time.time() + 60)
    report = library.reindex()
    assert (report.updated, report.files_updated) == (1, ["drie.txt"])
    # The same Library (and its long-lived searcher) sees the new text and not the old: the searcher is
    # reopened after the commit (Searcher.refresh() would return the stale document too).
    assert library.search("bussen").total == 0
    hits = library.search("trams").hits
    assert [hit.story_id for hit in hits] == [library.search("drie").hits[0].story_id]
    assert library.story_count() == 4


def test_deleted_files_are_removed_but_a_shared_brief_stays(library: Library, articles: Path) -> None:
    library.reindex()
    brief_id = library.search("twaalfduizend prik").hits[0].story_id
    assert sorted(library.story(brief_id).files) == ["een.txt", "twee.txt"]
    (articles / "een.txt").unlink()
    report = library.reindex()
    assert (report.removed, report.files_removed) == (1, ["een.txt"])
    assert library.search("fietsen").total == 0
    assert library.story(brief_id).files == ["twee.txt"]
    (articles / "twee.txt").unlink()
    library.reindex()
    assert library.story(brief_id) is None
    assert library.story_count() == 1


def test_new_files_are_added(library: Library, articles: Path) -> None:
    library.reindex()
    (articles / "sub").mkdir()
    write(articles / "sub" / "vier.txt", "Kop vier\nZWOLLE (ANP) - Vierde tekst over boten.")
    report = library.reindex()
    assert report.files_added == ["sub/vier.txt"]
    assert library.search("boten").hits[0].file == "sub/vier.txt"


def test_bad_files_are_skipped_with_a_reason_and_the_rest_indexes(library: Library, articles: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (articles / "leeg.txt").write_bytes(b"")
    (articles / "plaatje.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (articles / "foto.png").write_bytes(b"\x89PNG")
    (articles / "groot.txt").write_bytes(b"Kop\nTekst. " * 200)
    (articles / "kapot.jsonl").write_text('{"id": 1, "text": "Goed record over zeilen."}\n{"id": 2, "te\n', "utf-8")
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr("index.reindex_steps.MAX_FILE_BYTES", 1000)
    report = library.reindex()
    reasons = {item.file: item.reason for item in report.skipped}
    assert reasons["leeg.txt"] == "empty file"
    assert reasons["plaatje.txt"].startswith("binary file")
    assert reasons["foto.png"].startswith("not an article file")
    assert reasons["groot.txt"].startswith("too large")
    assert reasons["kapot.jsonl"].startswith("line 2: invalid JSON")
    assert library.search("zeilen").total == 1 and library.search("bussen").total == 1


def test_pipes_and_devices_are_skipped_with_a_reason_not_read(articles: Path, tmp_path: Path) -> None:
    """A pipe waits forever for a writer and /dev/zero never ends, and both say size 0: a reindex once hung or
    ate the memory. Run as a user runs it, in a child with a bound on waiting and on memory, so that reading one
    fails the test rather than the machine."""
    os.mkfifo(articles / "pijp.txt")
    (articles / "nul.txt").symlink_to("/dev/zero")
    command = [sys.executable, str(ROOT / "run_bot.py"), "reindex", "--json", "--no-openings", "--articles",
               str(articles), "--index", str(tmp_path / "index")]
    done = subprocess.run(command, cwd=ROOT, env=child_environment(), capture_output=True, text=True, timeout=120,
                          check=False, preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30)))
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["skipped"] == [{"file": "nul.txt", "reason": "not a regular file (a pipe, device or socket)"},
                                 {"file": "pijp.txt", "reason": "not a regular file (a pipe, device or socket)"}]
    assert report["files_added"] == ["drie.txt", "een.txt", "twee.txt"]


def test_a_folder_is_read_once_however_many_links_lead_to_it(library: Library, articles: Path) -> None:
    """A link loop (`lus -> .`) once indexed every article dozens of times; a second link to a folder, twice.
    The folder keeps its own name; the links are what is skipped."""
    (articles / "sub").mkdir()
    write(articles / "sub" / "vier.txt", "Kop vier\nDELFT (ANP) - Vierde tekst over boten.")
    (articles / "sub" / "lus").symlink_to(".")
    (articles / "a-link").symlink_to("sub")  # sorts before the folder it points to
    (articles / "terug").symlink_to(articles)
    report = library.reindex()
    assert sorted(report.files_added) == ["drie.txt", "een.txt", "sub/vier.txt", "twee.txt"]
    assert {item.file: item.reason for item in report.skipped} == {
        "a-link": "the same folder as sub (read once)", "sub/lus": "the same folder as sub (read once)",
        "terug": "the same folder as . (read once)"}
    assert [hit.file for hit in library.search("boten").hits] == ["sub/vier.txt"]


def test_a_second_reindex_is_refused_while_readers_keep_searching(library: Library) -> None:
    library.reindex()
    with reindex_lock(library.store.root):
        with pytest.raises(ReindexBusy, match="Er loopt al een herindexering"):
            library.reindex()
        assert library.search("fietsen").total == 1
    assert library.reindex().unchanged == 3  # the lock is gone with its holder


def test_a_full_rebuild_makes_a_new_generation_and_keeps_answering(library: Library) -> None:
    library.reindex()
    before = library.store.current()
    report = library.reindex(full=True)
    assert report.full and report.added == 3
    after = library.store.current()
    assert after is not None and before is not None and after.path != before.path
    assert library.search("fietsen").total == 1


def _synthetic_corpus(folder: Path, files: int) -> None:
    words = ("regering minister gemeente provincie ziekenhuis politie rechter school bedrijf fabriek haven "
             "trein station fiets boer markt prijs belasting winkel kerk museum water dijk storm zomer winter "
             "onderzoek rapport brief besluit plan vergadering verkiezing partij stad dorp straat").split()
    for number in range(files):
        paragraphs = []
        for paragraph in range(6):
            sentence = " ".join(words[(number * 7 + paragraph * 3 + index) % len(words)] for index in range(40))
            paragraphs.append(f"Het {sentence} {number}.")
        write(folder / f"f{number:05d}.txt", f"Kop {number}\nDEN HAAG (ANP) - " + "\n".join(paragraphs))


@pytest.mark.slow
def test_a_reindex_killed_halfway_leaves_the_last_index_and_the_next_completes_it(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "000_faf4c738a6a5f06a.txt").write_bytes(seed_page("000_faf4c738a6a5f06a.txt"))
    index_dir = tmp_path / "index"
    library = Library(articles, index_dir)
    library.reindex()
    before = library.story_count()
    _synthetic_corpus(articles, 1500)
    for phase in ("write", "commit"):
        # The reindex kills itself at its first report of the phase (tests/reliability/driver.py), so the
        # kill happens there, however fast the machine: a reindex that finished first would prove nothing.
        command = driver_command("--kill-at", f"progress:{phase}", args=[
            "reindex", "--progress", "json", "--articles", str(articles), "--index", str(index_dir)])
        killed = subprocess.run(command, cwd=ROOT, env=child_environment(), capture_output=True, text=True,
                                timeout=300, check=False)
        assert killed.returncode == -signal.SIGKILL, (phase, killed.returncode, killed.stderr[-2000:])
        assert f'"phase": "{phase}"' in killed.stderr.splitlines()[-1]
        # The index opens and answers from the last good state: the seed page, never half a batch.
        assert library.story_count() in {before, before + 1500}
        assert library.search("Noord-Korea soldaten").total >= 1
    report = library.reindex()
    assert library.story_count() == before + 1500
    assert report.stories == before + 1500
    library.close()


def test_a_parallel_full_build_indexes_the_same_stories(articles: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (articles / "000_faf4c738a6a5f06a.txt").write_bytes(seed_page("000_faf4c738a6a5f06a.txt"))
    single = Library(articles, tmp_path / "single")
    single.reindex()
    monkeypatch.setattr("index.reindex.PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr("index.reindex.workers", lambda: 2)
    parallel = Library(articles, tmp_path / "parallel")
    report = parallel.reindex()
    assert report.full and report.added == 4 and report.stories == single.story_count() == 12
    for query in ("twaalfduizend prik", "fietsen", "Zelensky wapens", "Noord-Korea"):
        expected = [hit.story_id for hit in single.search(query).hits]
        assert [hit.story_id for hit in parallel.search(query).hits] == expected
    brief = parallel.search("twaalfduizend prik").hits[0]
    assert sorted(parallel.story(brief.story_id).files) == ["een.txt", "twee.txt"]
    assert parallel.reindex().unchanged == 4  # its manifest serves the next incremental reindex
    single.close()
    parallel.close()


def test_an_empty_index_keeps_its_searcher_between_reads(tmp_path: Path) -> None:
    """An empty index's reader has no Whoosh generation; that must not read as "changed" on every read."""
    (tmp_path / "articles").mkdir()
    library = Library(tmp_path / "articles", tmp_path / "index")
    library.ensure_index()
    with library.store.searcher() as first:
        assert first.doc_count() == 0
    with library.store.searcher() as second:
        assert second is first
    library.close()


def test_the_schema_version_is_read_without_the_manifest(tmp_path: Path) -> None:
    """current() checks a one-line file; the manifest (every article file, large) is read by reindexes only."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Kop\nUTRECHT (ANP) - Tekst over de stad.", "utf-8")
    library = Library(tmp_path / "articles", tmp_path / "index")
    library.ensure_index()
    generation = library.store.current()
    assert generation is not None
    generation.manifest_path.write_text("not json", "utf-8")
    assert library.store.current() == generation
    (generation.path / "SCHEMA").write_text("0", "utf-8")  # an index of an older schema is rebuilt
    assert library.store.current() is None
    library.close()


def test_a_skipped_file_is_not_counted_as_added(library: Library, articles: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that cannot be used is in `skipped`, not among the files added (it was both: "2 nieuw" for one story)."""
    library.reindex()
    write(articles / "vier.txt", "Kop vier\nZWOLLE (ANP) - Vierde tekst over boten.")
    (articles / "binair.txt").write_bytes(b"Kop\n\n\x00\x00 binair")
    report = library.reindex()
    assert (report.added, report.files_added, report.unchanged) == (1, ["vier.txt"], 3)
    assert [item.file for item in report.skipped] == ["binair.txt"] and report.stories == 5
    monkeypatch.setattr("index.reindex.PARALLEL_MIN_BYTES", 0)  # a full build in worker processes counts alike
    monkeypatch.setattr("index.reindex.workers", lambda: 2)
    parallel = Library(articles, tmp_path / "parallel").reindex()
    assert (parallel.added, len(parallel.files_added), [item.file for item in parallel.skipped]) == (
        4, 4, ["binair.txt"])


def test_the_index_records_the_articles_folder_it_was_built_from(library: Library, articles: Path,
                                                                 tmp_path: Path) -> None:
    """Where a command given no folder finds it: beside the index when both were copied together (a project
    folder), else where it was (an index copied alone); an index made before it was recorded records it on its
    next reindex."""
    assert library.store.built_from() is None  # no index yet
    library.reindex()
    assert library.store.built_from() == articles
    moved = tmp_path / "moved"
    moved.mkdir()
    shutil.copytree(articles, moved / "articles")
    shutil.copytree(tmp_path / "index", moved / "index")
    assert IndexStore(moved / "index").built_from() == moved / "articles"
    shutil.copytree(tmp_path / "index", tmp_path / "elsewhere" / "alone")
    assert IndexStore(tmp_path / "elsewhere" / "alone").built_from() == articles
    current = library.store.current()
    assert current is not None
    (current.path / ARTICLES_FILE).unlink()  # as an index made before this was recorded
    assert library.store.built_from() is None and library.search("fietsen").total == 1
    assert library.reindex().unchanged == 3 and library.store.built_from() == articles


def test_a_reindex_from_another_folder_rebuilds_the_index(library: Library, articles: Path, tmp_path: Path) -> None:
    """Incrementally, the other folder's file at the same path, with the same time and size, passed as unchanged:
    the index kept the first folder's story."""
    library.reindex()
    other = tmp_path / "other"
    other.mkdir()
    stat = (articles / "drie.txt").stat()
    write(other / "drie.txt", "Kop drie\nUTRECHT (ANP) - Derde tekst over ponten.")
    os.utime(other / "drie.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (other / "drie.txt").stat().st_size == stat.st_size
    report = Library(other, tmp_path / "index").reindex()
    assert report.full and (report.added, report.stories) == (1, 1)
    assert library.search("ponten").total == 1 and library.search("bussen").total == 0
    assert library.store.built_from() == other
