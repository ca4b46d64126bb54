"""The Whoosh index on disk: its schema, its generations, and one shared searcher.

Layout of the index folder:

    CURRENT          names the generation readers use ("gen-00000003"), replaced atomically
    gen-00000003/    a Whoosh index plus manifest.json (what each article file contributed)
    .reindex.lock    held (flock) by the one process that is reindexing

Incremental reindexes commit into the current generation (Whoosh commits are atomic for readers). A full
rebuild, a schema change or a damaged index writes a new generation and switches CURRENT only when it is
complete, so a reader never sees a half-written index and a killed rebuild costs nothing but its folder.

Readers share one searcher: opening one costs ~40 ms, reusing it ~0. It is reopened when CURRENT moves or
Whoosh's generation changes (`Searcher.refresh()` is not used: in whoosh-reloaded it returns stale
documents after `update_document`).
"""

from __future__ import annotations

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
from whoosh.searching import Searcher

from index.analysis import dutch_analyzer

log = logging.getLogger(__name__)

#: Bump when the schema or what goes into it changes: the next start rebuilds the index.
SCHEMA_VERSION = 4
CURRENT_FILE = "CURRENT"
MANIFEST_FILE = "manifest.json"
GENERATION_PREFIX = "gen-"


def build_schema() -> Schema:
    """Headline (with the dateline's places) weighs more than the body; filters use keyword fields.

    Few fields on purpose: every indexed field costs build time per document (measured: dropping four
    unqueried fields cut indexing time by a third), so whatever is only shown lives in the stored story.
    """
    analyzer = dutch_analyzer()
    return Schema(
        story_id=ID(stored=True, unique=True),
        kind=ID(stored=True),
        headline=TEXT(analyzer=analyzer, field_boost=3.0),
        body=TEXT(analyzer=analyzer),
        place=KEYWORD(commas=True, lowercase=True),
        source=KEYWORD(commas=True, lowercase=True),
        published=DATETIME(stored=True),
        title=STORED(),  # the headline as printed, for autocomplete without decoding stories
        story=STORED(),
    )


#: What reading a damaged index raises (missing or truncated files, garbage in them).
DAMAGE_ERRORS = (OSError, EOFError, zlib.error, struct.error, pickle.UnpicklingError)


class IndexUnavailable(RuntimeError):
    """No usable index (none built yet, or damaged); the message says what is happening."""


@dataclass(frozen=True, slots=True)
class Generation:
    """One complete index generation on disk."""

    path: Path

    @property
    def manifest_path(self) -> Path:
        return self.path / MANIFEST_FILE

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

    # -- generations -------------------------------------------------------------------------

    def current(self) -> Generation | None:
        """The generation CURRENT names, if it holds an index of this schema version."""
        try:
            name = (self.root / CURRENT_FILE).read_text("utf-8").strip()
        except OSError:
            return None
        if not name.startswith(GENERATION_PREFIX) or "/" in name:
            return None
        generation = Generation(self.root / name)
        if not whoosh_index.exists_in(str(generation.path)):
            return None
        if generation.read_manifest().get("schema") != SCHEMA_VERSION:
            return None
        return generation

    def new_generation(self) -> Generation:
        """A fresh, empty generation folder with an empty index in it (not yet CURRENT)."""
        self.root.mkdir(parents=True, exist_ok=True)
        numbers = [int(path.name[len(GENERATION_PREFIX):]) for path in self.root.glob(GENERATION_PREFIX + "*")
                   if path.name[len(GENERATION_PREFIX):].isdigit()]
        path = self.root / f"{GENERATION_PREFIX}{max(numbers, default=0) + 1:08d}"
        path.mkdir()
        whoosh_index.create_in(str(path), self.schema)
        return Generation(path)

    def publish(self, generation: Generation) -> None:
        """Make `generation` the one readers use; keep the previous one for readers still on it."""
        tmp = self.root / (CURRENT_FILE + ".tmp")
        tmp.write_text(generation.path.name, "utf-8")
        os.replace(tmp, self.root / CURRENT_FILE)
        self.remove_stale(keep_previous=True)

    def remove_stale(self, keep_previous: bool = False) -> None:
        """Delete generation folders nobody should read: leftovers of killed rebuilds, old ones."""
        current = self.current()
        names = sorted(path.name for path in self.root.glob(GENERATION_PREFIX + "*") if path.is_dir())
        keep = {current.path.name} if current else set()
        if keep_previous and current:
            older = [name for name in names if name < current.path.name]
            keep.update(older[-1:])
        for name in names:
            if name not in keep:
                shutil.rmtree(self.root / name, ignore_errors=True)

    def open_index(self, generation: Generation) -> whoosh_index.Index:
        return whoosh_index.open_dir(str(generation.path), schema=self.schema)

    # -- reading -----------------------------------------------------------------------------

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
                raise IndexUnavailable("De index is beschadigd en wordt opnieuw opgebouwd.") from error

    def _fresh_searcher(self) -> Searcher:
        generation = self.current()
        if generation is None:
            self.close()
            raise IndexUnavailable("Er is nog geen index: hij wordt opgebouwd.")
        name = generation.path.name
        if self._searcher is not None and self._opened and self._opened[0] == name:
            try:
                if self._searcher.up_to_date():
                    return self._searcher
            except (OSError, whoosh_index.EmptyIndexError):
                log.warning("index %s changed under the searcher; reopening", name)
        self.close()
        try:
            ix = self.open_index(generation)
            self._searcher = ix.searcher()
        except (*DAMAGE_ERRORS, ValueError, whoosh_index.EmptyIndexError) as error:
            log.error("index %s cannot be opened: %s", name, error)
            raise IndexUnavailable("De index is beschadigd en wordt opnieuw opgebouwd.") from error
        self._opened = (name, ix.latest_generation())
        log.debug("opened searcher on %s (whoosh generation %s)", name, self._opened[1])
        return self._searcher

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                try:
                    self._searcher.close()
                except OSError:
                    log.debug("closing a searcher on a removed index", exc_info=True)
            self._searcher = None
            self._opened = None
