"""The Whoosh index on disk: its schema, its generations, and one shared searcher.

Layout of the index folder:

    CURRENT          names the generation readers use ("gen-00000003"), replaced atomically
    gen-00000003/    a Whoosh index plus manifest.json (what each article file contributed) and ARTICLES (the
                     articles folder it was built from)
    .reindex.lock    held (flock) by the one process that is reindexing

Incremental reindexes commit into the current generation (Whoosh commits are atomic for readers). A full
rebuild, a schema change or a damaged index writes a new generation and switches CURRENT only when it is
complete, so a reader never sees a half-written index and a killed rebuild costs nothing but its folder.

Readers share one searcher: opening one costs ~40 ms, reusing it ~0. It is reopened when CURRENT moves,
Whoosh's generation changes, or any file it reads from changed on disk (`Searcher.refresh()` is not used: in
whoosh-reloaded it returns stale documents after `update_document`). Checking costs a few `stat` calls per
read, not a parse of the manifest.

Damage (files deleted, truncated or garbled under a running reader) is noticed on the next read: the searcher
is reopened, opening fails, and `IndexUnavailable` tells the caller to rebuild. Segments are read with plain
file reads, not memory maps: a segment truncated under a memory map kills the whole process with SIGBUS on
the next page it touches, a read past the end only raises.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import pickle
import shutil
import struct
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.searching import Searcher

from index.analysis import dutch_analyzer

log = logging.getLogger(__name__)

#: Bump when the schema or what goes into it changes: the next start rebuilds the index.
SCHEMA_VERSION = 26
CURRENT_FILE = "CURRENT"
MANIFEST_FILE = "manifest.json"
SCHEMA_FILE = "SCHEMA"
ARTICLES_FILE = "ARTICLES"
GENERATION_PREFIX = "gen-"
#: Memory-mapped segments are a little faster to search, but a file truncated under the map is SIGBUS.
USE_MMAP = False


def build_schema() -> Schema:
    """Headline (with the dateline's places) weighs more than the body; filters use keyword fields.

    Few fields on purpose: every indexed field costs build time per document (measured: dropping four
    unqueried fields cut indexing time by a third), so whatever is only shown lives in the stored story.
    """
    analyzer = dutch_analyzer()
    return Schema(
        story_id=ID(stored=True, unique=True),
        copy=ID(stored=True),  # the same story filed again has the same (`documents.copy_key`)
        record=ID(),  # a JSON record's own id, as --json shows it in `record_id`: `story` finds a story by it
        kind=ID(stored=True),
        headline=TEXT(analyzer=analyzer, field_boost=3.0),
        body=TEXT(analyzer=analyzer),
        place=KEYWORD(commas=True, lowercase=True),
        source=KEYWORD(commas=True, lowercase=True),
        published=DATETIME(stored=True),
        dated=ID(sortable=True),  # "1": a date the source gives; "0": none, or the file's time (/latest: last)
        title=STORED(),  # the headline as printed, for autocomplete without decoding stories
        story=STORED(),
    )


#: What reading a damaged index raises (missing or truncated files, garbage in them).
DAMAGE_ERRORS = (OSError, EOFError, zlib.error, struct.error, pickle.UnpicklingError)


class _Storage(FileStorage):
    """Whoosh's file storage (memory maps as USE_MMAP says) that also closes the files it opened when opening
    an index fails half-way on damaged files; Whoosh leaves those to the garbage collector."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path), supports_mmap=USE_MMAP)
        self._opening: list[Any] | None = None

    def open_file(self, name: str, **kwargs: Any) -> Any:
        handle = super().open_file(name, **kwargs)
        if self._opening is not None:
            self._opening.append(handle)
        return handle

    @contextmanager
    def opening(self) -> Iterator[None]:
        """Every file opened within the block is closed again if the block fails."""
        self._opening = []
        try:
            yield
        except BaseException:
            for handle in self._opening:
                with contextlib.suppress(Exception):
                    handle.close()
            raise
        finally:
            self._opening = None


def _holds_index(path: Path) -> bool:
    """Whoosh's `exists_in`, without leaving a file open when the table of contents is garbage."""
    if not path.is_dir():
        return False
    storage = _Storage(path)
    try:
        with storage.opening():
            return storage.open_index().latest_generation() > -1
    except whoosh_index.EmptyIndexError:
        return False


def same_folder(one: Path, other: Path) -> bool:
    """Whether two paths name one folder: the same file when both exist (a link, `./x` and `x`), else the same
    absolute path."""
    try:
        return os.path.samefile(one, other)
    except OSError:  # one of them does not exist
        return os.path.abspath(one) == os.path.abspath(other)


class IndexUnavailable(RuntimeError):
    """No usable index (none built yet, or damaged); the message says what is happening."""

    def __init__(self, message: str, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


DAMAGED = "De index is beschadigd en wordt opnieuw opgebouwd."


@dataclass(frozen=True, slots=True)
class Generation:
    """One complete index generation on disk."""

    path: Path

    @property
    def manifest_path(self) -> Path:
        return self.path / MANIFEST_FILE

    @property
    def schema_version(self) -> int | None:
        """The schema version the generation was built with (a file of its own: the manifest, which
        lists every article file, takes ~0.2 s to parse at 100,000 files)."""
        try:
            return int((self.path / SCHEMA_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def articles(self, root: Path, given: Path | None = None) -> Path | None:
        """The articles folder this generation was last brought in step with (None: an index made before
        folders were recorded), `root` being the index folder it is in now; `given` itself when it is one of
        the two places recorded.

        Both the folder's absolute path and its path relative to the index folder are recorded: the
        relative one is taken when it exists, so an index moved or copied together with its articles (a
        project folder, a test's copies) still belongs to them; otherwise the absolute one, so an index
        copied elsewhere alone still names the folder it came from. Either is the index's own when given
        (its folder deleted, a moved index's reindex then says the folder is missing). A file of its own, read
        without the manifest (megabytes at 100,000 files) and without opening the index (which may be damaged)."""
        try:
            recorded = json.loads((self.path / ARTICLES_FILE).read_text("utf-8"))
            absolute, relative = Path(recorded["absolute"]), Path(recorded["relative"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        moved = Path(os.path.normpath(Path(root).absolute() / relative))
        if given is not None and (same_folder(given, moved) or same_folder(given, absolute)):
            return given
        return moved if moved.is_dir() else absolute

    def record_articles(self, articles: Path, root: Path) -> None:
        """Record the articles folder (see `articles`); written only when it changed, atomically."""
        folder = Path(os.path.abspath(articles))
        recorded = {"absolute": str(folder), "relative": os.path.relpath(folder, Path(root).absolute())}
        target = self.path / ARTICLES_FILE
        with contextlib.suppress(OSError, ValueError):
            if json.loads(target.read_text("utf-8")) == recorded:
                return
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(recorded, ensure_ascii=False), "utf-8")
        os.replace(tmp, target)

    def read_manifest(self) -> dict[str, Any]:
        try:
            return json.loads(self.manifest_path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        """Atomically: a crash leaves the old manifest, and the next reindex redoes its files."""
        tmp = self.manifest_path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(manifest, handle, ensure_ascii=False, separators=(",", ":"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.manifest_path)


class IndexStore:
    """Finds, creates and switches index generations, and lends out the shared searcher."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.schema = build_schema()
        self._lock = threading.RLock()
        self._searcher: Searcher | None = None
        self._opened: tuple[str, int] | None = None  # (generation name, whoosh generation)
        self._files: list[Path] = []  # what the open searcher reads, and how each looked when opened
        self._stamps: tuple[tuple[int, int, int], ...] | None = None
        #: Why the generation CURRENT names cannot be used, when it exists but is damaged.
        self.damage: str | None = None

    # -- generations -------------------------------------------------------------------------

    def current(self) -> Generation | None:
        """The generation CURRENT names, if it holds an index of this schema version.

        None also when it is damaged so far that its table of contents cannot be read (`damage` says
        why): whoever reindexes next then builds a new generation instead of failing on this one."""
        self.damage = None
        generation = self._named()
        if generation is None:
            return None
        name = generation.path.name
        try:
            if not _holds_index(generation.path):
                return None
        except Exception as error:  # a garbled TOC raises whatever unpickling it hits
            self.damage = f"{type(error).__name__}: {error}"
            log.error("index %s is damaged (%s)", name, self.damage)
            return None
        if generation.schema_version != SCHEMA_VERSION:
            return None
        return generation

    def built_from(self, given: Path | None = None) -> Path | None:
        """The articles folder the generation CURRENT names was built from (`Generation.articles`: `given` when it
        is that folder), read even when that generation is damaged, so a repair rebuilds it from its own folder;
        None without one."""
        generation = self._named()
        return generation.articles(self.root, given) if generation else None

    def _named(self) -> Generation | None:
        """The generation CURRENT names, whatever state it is in (None: no CURRENT, or not a generation's name)."""
        try:
            name = (self.root / CURRENT_FILE).read_text("utf-8").strip()
        except (OSError, ValueError):  # missing, or not even text
            return None
        if not name.startswith(GENERATION_PREFIX) or "/" in name:
            return None
        return Generation(self.root / name)

    def damage_in(self, generation: Generation) -> str | None:
        """Why `generation` cannot be read (a segment missing, truncated, garbled), or None if it can.

        Opens a reader over every segment, which reads each segment's directory (at its end): ~40 ms."""
        storage = _Storage(generation.path)
        try:
            with storage.opening(), storage.open_index(schema=self.schema).reader() as reader:
                reader.doc_count()
        except Exception as error:  # whatever opening a damaged index raises
            return f"{type(error).__name__}: {error}"
        return None

    def new_generation(self) -> Generation:
        """A fresh, empty generation folder with an empty index in it (not yet CURRENT).

        Its number is above every folder's and above the one CURRENT names, even when that folder was
        removed (damaged): a reader following CURRENT must never land in a generation still being built."""
        self.root.mkdir(parents=True, exist_ok=True)
        names = [path.name for path in self.root.glob(GENERATION_PREFIX + "*")]
        with contextlib.suppress(OSError, ValueError):
            names.append((self.root / CURRENT_FILE).read_text("utf-8").strip())
        numbers = [int(name[len(GENERATION_PREFIX):]) for name in names
                   if name.startswith(GENERATION_PREFIX) and name[len(GENERATION_PREFIX):].isdigit()]
        path = self.root / f"{GENERATION_PREFIX}{max(numbers, default=0) + 1:08d}"
        path.mkdir()
        whoosh_index.create_in(str(path), self.schema)
        return Generation(path)

    def publish(self, generation: Generation) -> None:
        """Make `generation` the one readers use; keep the previous one for readers still on it.

        Its schema version is written now, when it is complete: `current()` takes no generation without it."""
        (generation.path / SCHEMA_FILE).write_text(str(SCHEMA_VERSION), "utf-8")
        tmp = self.root / (CURRENT_FILE + ".tmp")
        tmp.write_text(generation.path.name, "utf-8")
        os.replace(tmp, self.root / CURRENT_FILE)
        self.remove_stale(generation)

    def remove_stale(self, current: Generation | None) -> None:
        """Delete generation folders nobody should read: leftovers of killed rebuilds, and all but the one
        before `current` (the CURRENT one; readers still on the previous one keep it)."""
        names = sorted(path.name for path in self.root.glob(GENERATION_PREFIX + "*") if path.is_dir())
        keep = {current.path.name} if current else set()
        if current:
            older = [name for name in names if name < current.path.name]
            keep.update(older[-1:])
        for name in names:
            if name not in keep:
                shutil.rmtree(self.root / name, ignore_errors=True)

    def open_index(self, generation: Generation) -> whoosh_index.Index:
        storage = _Storage(generation.path)
        with storage.opening():
            return storage.open_index(schema=self.schema)

    # -- reading -----------------------------------------------------------------------------

    @property
    def version(self) -> str:
        """Which index readers see now: generation name and Whoosh generation ("" before any is open)."""
        return ":".join(str(part) for part in self._opened or ())

    @contextmanager
    def searcher(self) -> Iterator[Searcher]:
        """The shared searcher, reopened when the index changed; one reader at a time.

        Errors from reading the index's files (a file removed or truncated under us) mean the index is
        damaged: the searcher is dropped and IndexUnavailable raised, so the caller can rebuild."""
        with self._lock:
            searcher = self._fresh_searcher()
            try:
                yield searcher
            except DAMAGE_ERRORS as error:
                log.error("reading the index failed (%s: %s); it needs rebuilding", type(error).__name__, error)
                self.close()
                raise IndexUnavailable(DAMAGED, damaged=True) from error

    def _fresh_searcher(self) -> Searcher:
        if self._searcher is not None and self._stamps is not None and self._stamps == self._stamp(self._files):
            try:
                # Not Searcher.up_to_date(): an empty index's reader has no generation, so that is never
                # true and every read would reopen.
                if self._opened is not None and self._searcher._ix.latest_generation() == self._opened[1]:
                    return self._searcher
            except (OSError, whoosh_index.EmptyIndexError):
                pass
        if self._searcher is not None:
            log.info("index %s changed on disk; reopening the searcher", self._opened[0] if self._opened else "?")
        self.close()
        generation = self.current()
        if generation is None:
            if self.damage:
                raise IndexUnavailable(DAMAGED, damaged=True)
            raise IndexUnavailable("Er is nog geen index: hij wordt opgebouwd.")
        name = generation.path.name
        storage = _Storage(generation.path)
        try:
            with storage.opening():
                ix = storage.open_index(schema=self.schema)
                searcher = ix.searcher()
                reader = searcher.reader()
                whoosh_generation = reader.generation()
                if whoosh_generation is None:  # an empty index
                    whoosh_generation = ix.latest_generation()
                segments = [leaf.segment() for leaf, _ in reader.leaf_readers()]
                prefixes = tuple(segment.segment_id() for segment in segments if segment is not None)
                files = [self.root / CURRENT_FILE, generation.path / f"_{ix.indexname}_{whoosh_generation}.toc"]
                if prefixes:
                    files += sorted(path for path in generation.path.iterdir() if path.name.startswith(prefixes))
        except Exception as error:  # missing, truncated or garbled segment files
            log.error("index %s cannot be opened: %s: %s", name, type(error).__name__, error)
            raise IndexUnavailable(DAMAGED, damaged=True) from error
        self._searcher = searcher
        self._files, self._stamps = files, self._stamp(files)
        self._opened = (name, whoosh_generation)
        log.debug("opened searcher on %s (whoosh generation %s)", name, whoosh_generation)
        return self._searcher

    @staticmethod
    def _stamp(files: list[Path]) -> tuple[tuple[int, int, int], ...] | None:
        """Identity, size and time of each file (None if one is gone): a cheap test that none changed."""
        stamps = []
        for path in files:
            try:
                stat = path.stat()
            except OSError:
                return None
            stamps.append((stat.st_ino, stat.st_size, stat.st_mtime_ns))
        return tuple(stamps)

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                try:
                    self._searcher.close()
                except OSError:
                    log.debug("closing a searcher on a removed index", exc_info=True)
            self._searcher = None
            self._opened = None
            self._files, self._stamps = [], None
