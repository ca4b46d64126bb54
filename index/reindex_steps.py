"""What both ways of reindexing share (one process in index/reindex.py, parallel workers in index/build.py):
reading one article file into its manifest entry and stories, and reporting progress. Its own module, so
neither of the two has to import the other for it."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.models import Skipped, Story
from index.parsing import parse_file
from index.reading import MAX_FILE_BYTES, UnreadableFile

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Progress:
    """Where a reindex is, for progress bars and `/reindex` status edits."""

    #: scan | parse | write | commit | done; openings and passages (`Library.embed_openings`, `embed_passages`)
    phase: str
    done: int
    total: int
    file: str = ""


ProgressCallback = Callable[[Progress], None]


@dataclass(slots=True)
class FileResult:
    """One file as a reindex sees it: its manifest entry, and its stories when its content is new."""

    relpath: str
    entry: dict[str, Any]
    stories: list[Story] | None  # None: content unchanged


def read_file(articles: Path, relpath: str, stat: os.stat_result, known: dict[str, Any] | None,
              skipped: list[Skipped]) -> FileResult:
    """Read and parse one article file unless the manifest's entry (`known`) shows it unchanged; a file that
    cannot be used is recorded in `skipped` and costs only itself."""
    entry = {"mtime_ns": stat.st_mtime_ns, "size": stat.st_size}
    if known and known.get("mtime_ns") == stat.st_mtime_ns and known.get("size") == stat.st_size:
        return FileResult(relpath, known, None)
    if stat.st_size > MAX_FILE_BYTES:
        reason = f"too large ({stat.st_size:,} bytes; the limit is {MAX_FILE_BYTES:,})"
        skipped.append(Skipped(relpath, reason))
        return FileResult(relpath, {**entry, "sha256": "", "stories": [], "error": reason}, [])
    try:
        data = (articles / relpath).read_bytes()
    except OSError as error:
        skipped.append(Skipped(relpath, f"cannot be read ({error.strerror})"))
        return FileResult(relpath, {**entry, "sha256": "", "stories": [], "error": "unreadable"}, [])
    digest = hashlib.sha256(data).hexdigest()
    if known and known.get("sha256") == digest:
        return FileResult(relpath, {**known, **entry}, None)  # touched, not changed
    try:
        parsed = parse_file(relpath, data, stat.st_mtime)
    except UnreadableFile as error:
        skipped.append(Skipped(relpath, str(error)))
        return FileResult(relpath, {**entry, "sha256": digest, "stories": [], "error": str(error)}, [])
    except Exception as error:  # a parser bug must cost one file, not the reindex
        log.exception("parsing %s failed", relpath)
        skipped.append(Skipped(relpath, f"could not be parsed ({type(error).__name__}: {error})"))
        return FileResult(relpath, {**entry, "sha256": digest, "stories": [], "error": "parser error"}, [])
    skipped.extend(parsed.skipped)
    return FileResult(relpath, {**entry, "sha256": digest,
                                 "stories": [story.story_id for story in parsed.stories]}, parsed.stories)
