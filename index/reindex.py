"""Keeping the index in step with the articles folder, incrementally and one reindex at a time.

A file whose modification time and size match the manifest is not read. When they differ, its hash
decides: same content, nothing to do; new content, its stories are parsed and written. Stories of deleted
files are removed, except briefs that another page still carries (the same brief on several pages is
one story that remembers every file it was seen in).

Crash safety: the Whoosh commit comes first, the manifest second (atomically). Killed before the commit,
the index is the previous one and the next reindex redoes the work; killed between the two, the next
reindex re-reads the files the manifest does not know yet and writes the same documents again. A killed
full rebuild leaves an unpublished generation folder, which the next reindex deletes; a current generation
that cannot be read any more (segments deleted or truncated) is rebuilt instead of updated.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from stat import S_ISDIR, S_ISREG
from typing import Any

from index.build import PARALLEL_MIN_BYTES, build_parallel, workers
from index.documents import story_from_stored, to_document
from index.models import ReindexReport, Skipped, Story
from index.parsing import merge_sightings
from index.reading import ARTICLE_SUFFIXES
from index.reindex_steps import FileResult, Progress, ProgressCallback, read_file
from index.store import Generation, IndexStore

log = logging.getLogger(__name__)

LOCK_FILE = ".reindex.lock"


class ReindexBusy(RuntimeError):
    """Another reindex holds the lock; the message says who and since when."""


#: Why a reindex could not write (or read) what it needed, as a code the bot words in each reader's language.
FAILURE_REASONS = {errno.ENOSPC: "disk-full", errno.EDQUOT: "disk-full", errno.EROFS: "read-only",
                   errno.EACCES: "no-permission", errno.EPERM: "no-permission", errno.ENOENT: "missing",
                   errno.ENOTDIR: "not-a-folder"}


class ReindexFailed(RuntimeError):
    """The reindex could not finish (disk full, read-only folder, …); the previous index is untouched.

    `reason` is a code (FAILURE_REASONS, or "other"), `where` the path concerned, `detail` the system's own
    words: the bot and the CLI say it in the reader's language (bot.texts.failure_reason)."""

    def __init__(self, reason: str, where: str = "", detail: str = "") -> None:
        super().__init__(f"{detail or reason}{f' ({where})' if where else ''}")
        self.reason, self.where, self.detail = reason, where, detail

    @classmethod
    def from_os_error(cls, error: OSError, root: Path) -> ReindexFailed:
        where = error.filename or (root if error.errno else "")  # a write() failure names no file
        return cls(FAILURE_REASONS.get(error.errno or 0, "other"), str(where), error.strerror or str(error))


@contextmanager
def reindex_lock(root: Path) -> Iterator[None]:
    """One reindex per index folder, across processes. flock is released by the kernel when the
    holder dies, so a killed reindex never leaves a lock behind."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        handle = open(root / LOCK_FILE, "a+", encoding="utf-8")  # noqa: SIM115 - held for the whole block
    except OSError as error:  # a read-only or full file system: say so, as for any other write
        log.error("reindex failed: cannot take the reindex lock in %s: %s", root, error)
        raise ReindexFailed.from_os_error(error, root) from error
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise ReindexBusy(f"Er loopt al een herindexering ({holder}); probeer het zo opnieuw.") from None
        try:  # who holds the lock, for the busy message; not worth failing over on a full disk
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()}, sinds {time.strftime('%H:%M:%S')}")
            handle.flush()
        except OSError:
            log.debug("could not note the lock holder", exc_info=True)
        yield
    finally:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        handle.close()


def reindex_holder(root: Path) -> str | None:
    """Who holds the reindex lock of `root` (a short description), or None when nobody does."""
    try:
        handle = open(root / LOCK_FILE, encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError:
        return None  # no lock file: nobody ever reindexed here
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return handle.read().strip() or "another process"
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return None


def scan_articles(articles: Path) -> tuple[dict[str, os.stat_result], list[Skipped]]:
    """Article files under `articles` by relative path (hidden files and folders ignored).

    Links are followed, so a folder linked in from elsewhere is read, but every folder only once, known by
    its device and inode (the real folder, whatever path leads there): simpler than telling links inside
    the tree from those outside it, and it also ends a loop (`loop -> .`) that would otherwise read the same
    articles dozens of times. Linked folders are entered after every real one, so a folder keeps its own
    name in the index and its links are what is skipped."""
    if articles.exists() and not articles.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "articles folder is a file", str(articles))
    if not articles.is_dir():
        raise FileNotFoundError(errno.ENOENT, "articles folder does not exist", str(articles))
    found: dict[str, os.stat_result] = {}
    skipped: list[Skipped] = []
    root = os.stat(articles)
    folders = {(root.st_dev, root.st_ino): "."}  # every folder read: device and inode -> its relative path
    pending = [""]
    links: list[tuple[str, tuple[int, int]]] = []
    while pending or links:
        if not pending:
            relpath, key = links.pop(0)
            if _first_visit(folders, key, relpath, skipped):
                pending.append(relpath)
            continue
        for relpath, stat, linked in _read_folder(articles, pending.pop(), found, skipped):
            key = (stat.st_dev, stat.st_ino)
            if linked:
                links.append((relpath, key))
            elif _first_visit(folders, key, relpath, skipped):
                pending.append(relpath)
    return dict(sorted(found.items())), skipped


def _first_visit(folders: dict[tuple[int, int], str], key: tuple[int, int], relpath: str,
                 skipped: list[Skipped]) -> bool:
    """Whether the folder at `relpath` is read for the first time; if not, the report says which path read it."""
    first = folders.setdefault(key, relpath)
    if first != relpath:
        skipped.append(Skipped(relpath, f"the same folder as {first} (read once)"))
    return first == relpath


def _read_folder(articles: Path, prefix: str, found: dict[str, os.stat_result],
                 skipped: list[Skipped]) -> list[tuple[str, os.stat_result, bool]]:
    """Record one folder's article files in `found` and its other files in `skipped`; return its subfolders
    (relative path, stat, whether reached through a link).

    os.scandir with plain strings: pathlib objects for 100,000 files cost seconds. Only regular files are
    read: a pipe waits forever for a writer and a device (a link to /dev/zero) never ends, and both say
    size 0, so the size limit would not stop them."""
    folders: list[tuple[str, os.stat_result, bool]] = []
    with os.scandir(os.path.join(articles, prefix) if prefix else articles) as entries:
        for entry in sorted(entries, key=lambda item: item.name):
            if entry.name.startswith("."):
                continue
            relpath = f"{prefix}/{entry.name}" if prefix else entry.name
            try:
                stat = entry.stat()  # of what a link points to: what reading the path would give
                if S_ISDIR(stat.st_mode):
                    folders.append((relpath, stat, entry.is_symlink()))
                elif not S_ISREG(stat.st_mode):
                    skipped.append(Skipped(relpath, "not a regular file (a pipe, device or socket)"))
                elif (suffix := os.path.splitext(entry.name)[1]).lower() not in ARTICLE_SUFFIXES:
                    skipped.append(Skipped(relpath, f"not an article file ({suffix or 'no extension'}; "
                                                    f"expected .txt, .json or .jsonl)"))
                else:
                    found[relpath] = stat
            except OSError as error:
                skipped.append(Skipped(relpath, f"cannot be read ({error.strerror})"))
    return folders


def _story_count(files: dict[str, dict[str, Any]]) -> int:
    """Stories in the index, from the manifest (a brief on several pages counts once): opening the index
    to count would cost more than a small reindex at 100,000 stories."""
    return len({story_id for entry in files.values() for story_id in entry.get("stories", [])})


class Reindexer:
    """Brings one index folder in step with one articles folder."""

    def __init__(self, store: IndexStore, articles: Path) -> None:
        self.store = store
        self.articles = Path(articles)

    def run(self, full: bool = False, progress: ProgressCallback | None = None) -> ReindexReport:
        """Reindex under the lock; `full` rebuilds into a new generation."""
        started = time.perf_counter()
        notify = progress or (lambda _progress: None)
        with reindex_lock(self.store.root):
            current = self.store.current()
            built_from = self.store.built_from(self.articles)
            if built_from not in (None, self.articles):  # `built_from` is the folder given when it is that one
                # Another folder's manifest would take a file at the same path, time and size for unchanged.
                log.warning("the index in %s was built from %s; now from %s: everything is indexed again",
                            self.store.root, built_from, self.articles)
                full = True
            if current is not None and not full:
                damage = self.store.damage_in(current)
                if damage:
                    log.warning("index %s cannot be read (%s): rebuilding it from the article files",
                                current.path.name, damage)
                    full = True
            rebuild = full or current is None
            # Under the lock nobody else writes generations: any but the current one and the one before it
            # are leftovers of killed rebuilds.
            self.store.remove_stale(current)
            generation = None
            try:
                generation = self.store.new_generation() if rebuild else current
                assert generation is not None
                notify(Progress("scan", 0, 0))
                found, skipped = scan_articles(self.articles)
                if rebuild and workers() > 1 and sum(stat.st_size for stat in found.values()) >= PARALLEL_MIN_BYTES:
                    report = self._build_parallel(generation, found, notify)
                else:
                    manifest = {} if rebuild else generation.read_manifest()
                    report = self._update(generation, manifest.get("files", {}), found, notify)
                report.skipped[:0] = skipped
                report.full = rebuild
                generation.record_articles(self.articles, self.store.root)  # also into an index made before
                if rebuild:
                    self.store.publish(generation)
            except OSError as error:
                if rebuild and generation is not None and generation != self.store.current():
                    shutil.rmtree(generation.path, ignore_errors=True)  # never published: nobody reads it
                log.error("reindex failed: %s", error)
                raise ReindexFailed.from_os_error(error, self.store.root) from error
        report.seconds = round(time.perf_counter() - started, 3)
        notify(Progress("done", report.stories, report.stories))
        log.info("reindex: +%d ~%d -%d =%d files, %d stories, %d skipped, %.2f s", report.added,
                 report.updated, report.removed, report.unchanged, report.stories, len(report.skipped),
                 report.seconds)
        return report

    def _build_parallel(self, generation: Generation, found: dict[str, os.stat_result],
                        notify: ProgressCallback) -> ReindexReport:
        """A full build of a large folder: one worker process per core (see index.build)."""
        ix = self.store.open_index(generation)
        try:
            entries, skipped = build_parallel(ix, generation.path, self.articles, found, notify)
        finally:
            ix.close()
        generation.write_manifest({"files": entries})
        added = sorted(relpath for relpath, entry in entries.items() if "error" not in entry)
        report = ReindexReport(added=len(added), skipped=skipped, files_added=added)
        report.stories = _story_count(entries)
        return report

    def _update(self, generation: Generation, known: dict[str, Any], found: dict[str, os.stat_result],
                notify: ProgressCallback) -> ReindexReport:
        report = ReindexReport()
        results: list[FileResult] = []
        for number, (relpath, stat) in enumerate(found.items(), start=1):
            results.append(read_file(self.articles, relpath, stat, known.get(relpath), report.skipped))
            if number % 50 == 0 or number == len(found):
                notify(Progress("parse", number, len(found), relpath))
        changed = {result.relpath: result for result in results if result.stories is not None}
        removed = sorted(set(known) - set(found))
        for result in results:
            if result.stories is None:
                report.unchanged += 1
            elif "error" in result.entry:  # skipped, and said so in `skipped`: it added or updated nothing
                continue
            elif result.relpath in known:
                report.updated += 1
                report.files_updated.append(result.relpath)
            else:
                report.added += 1
                report.files_added.append(result.relpath)
        report.removed = len(removed)
        report.files_removed = removed

        files = {result.relpath: result.entry for result in results}
        if changed or removed:
            self._write(generation, known, changed, removed, notify)
        if files != known:  # at 100,000 files the manifest is megabytes: rewrite it only when it changed
            generation.write_manifest({"files": files})
        report.stories = _story_count(files)
        return report

    def _write(self, generation: Generation, known: dict[str, Any], changed: dict[str, FileResult],
               removed: list[str], notify: ProgressCallback) -> None:
        """Upsert the stories of changed files and drop those no file carries any more."""
        touched = set(changed) | set(removed)
        # Every file that carries each story, as it will be after this reindex.
        carriers: dict[str, set[str]] = {}
        for relpath, entry in known.items():
            if relpath not in touched:
                for story_id in entry.get("stories", []):
                    carriers.setdefault(story_id, set()).add(relpath)
        fresh: dict[str, Story] = {}
        for result in changed.values():
            for story in result.stories or []:
                carriers.setdefault(story.story_id, set()).add(result.relpath)
                fresh[story.story_id] = merge_sightings(fresh[story.story_id], story) \
                    if story.story_id in fresh else story
        affected = set(fresh)
        for relpath in touched:
            affected.update(known.get(relpath, {}).get("stories", []))

        ix = self.store.open_index(generation)
        writer = ix.writer(limitmb=256)
        try:
            with ix.searcher() as searcher:
                for number, story_id in enumerate(sorted(affected), start=1):
                    holders = carriers.get(story_id, set())
                    if not holders:
                        writer.delete_by_term("story_id", story_id)
                        continue
                    story = fresh.get(story_id)
                    kept = holders - set(changed)
                    if kept:  # also on pages this reindex did not read: merge with the stored story
                        stored = searcher.document(story_id=story_id)
                        if stored:
                            previous, _ = story_from_stored(stored["story"])
                            previous.files = sorted(kept)
                            story = merge_sightings(previous, story) if story else previous
                    if story is None:
                        continue
                    story.files = sorted(holders)
                    if story.file not in holders:
                        story.file = story.files[0]
                    writer.update_document(**to_document(story))
                    if number % 200 == 0:
                        notify(Progress("write", number, len(affected), story.file))
            notify(Progress("commit", len(affected), len(affected)))
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        finally:
            ix.close()
