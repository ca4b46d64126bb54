"""Full builds of large folders on every core: each worker process parses its share of the files and
writes its own Whoosh segment; the parent commits all segments in one table of contents.

Indexing is pure Python and CPU-bound, so one process uses one core. Whoosh's own `procs=N` writer still
parses and builds every document in the parent and ships them to its workers; here the workers read
the files themselves, so parsing, figure extraction and analysis all run in parallel and nothing but
file names and a few briefs cross process boundaries.

Briefs are the one kind of story that can appear in several files (the same brief on several pages), so
workers send them back and the parent merges the sightings before writing them. Articles and records
have ids derived from their file, so no two workers can write the same story.

This uses two non-public parts of Whoosh (`SegmentWriter(_lk=False)` in the workers and
`_commit_toc` in the parent), exactly as Whoosh's own multiprocessing writer does; whoosh-reloaded is
pinned, and the tests build a folder this way.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
import time
from concurrent.futures import ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh.writing import SegmentWriter

from index.documents import to_document
from index.models import Skipped, Story
from index.parsing import merge_sightings
from index.reindex_steps import Progress, read_file

log = logging.getLogger(__name__)

#: Below this many bytes of articles a full build runs in one process (starting workers costs ~1 s).
PARALLEL_MIN_BYTES = 4 * 1024 * 1024
#: Writer memory per process (MB) before Whoosh spills postings to disk.
WRITER_MB = 128

#: How often a worker checks that the reindex that started it is still there (seconds).
PARENT_CHECK_SECONDS = 0.2

_progress_queue: Any = None


@dataclass(slots=True)
class ShardResult:
    entries: dict[str, dict[str, Any]]
    briefs: list[Story]
    skipped: list[Skipped]
    segment: Any  # a Whoosh segment, or None when the shard had nothing but briefs


def workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def split_shards(sizes: dict[str, int], count: int) -> list[list[str]]:
    """Files into `count` groups of about equal bytes (largest first, each to the lightest group)."""
    shards: list[list[str]] = [[] for _ in range(count)]
    loads = [0] * count
    for relpath in sorted(sizes, key=lambda name: (-sizes[name], name)):
        lightest = loads.index(min(loads))
        shards[lightest].append(relpath)
        loads[lightest] += sizes[relpath]
    return [sorted(shard) for shard in shards if shard]


def _init_worker(progress: Any, parent: int) -> None:
    global _progress_queue
    _progress_queue = progress
    threading.Thread(target=_watch_parent, args=(parent,), name="dateline-parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    """End this worker when the reindex that started it is gone (killed): nobody will read its segment,
    and an idle pool worker would otherwise wait for work forever (it holds its own queue's write end)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)  # the unpublished generation it wrote into is deleted by the next reindex


def _build_shard(index_path: str, articles: str, files: list[tuple[str, os.stat_result]]) -> ShardResult:
    """In a worker process: parse these files and write their articles and records into one segment."""
    from whoosh import index as whoosh_index

    from index.store import build_schema

    ix = whoosh_index.open_dir(index_path, schema=build_schema())
    writer = SegmentWriter(ix, _lk=False, limitmb=WRITER_MB)
    entries: dict[str, dict[str, Any]] = {}
    briefs: list[Story] = []
    skipped: list[Skipped] = []
    root = Path(articles)
    try:
        for number, (relpath, stat) in enumerate(files, start=1):  # stat: the scan's, as incremental reindexes use
            result = read_file(root, relpath, stat, None, skipped)
            entries[relpath] = result.entry
            for story in result.stories or []:
                if story.kind == "brief":
                    briefs.append(story)
                else:
                    writer.add_document(**to_document(story))
            if _progress_queue is not None and (number % 25 == 0 or number == len(files)):
                _progress_queue.put(25 if number % 25 == 0 else number % 25)
        segment = writer._finalize_segment() if writer._added else None
        if segment is None:
            writer._close_segment()
    except BaseException:
        # Not writer.cancel(): that deletes the temporary folder every writer of this index shares (the other
        # workers' and the parent's), and their errors would hide this one. The parent's cancel cleans up.
        writer._close_segment()
        raise
    return ShardResult(entries, briefs, skipped, segment)


def build_parallel(ix: Any, index_path: Path, articles: Path, found: dict[str, os.stat_result],
                   notify: Any) -> tuple[dict[str, dict[str, Any]], list[Skipped]]:
    """Index every file in `found` (the scan's stats) into the empty index `ix`; returns the manifest entries
    and skips."""
    count = workers()
    sizes = {relpath: stat.st_size for relpath, stat in found.items()}
    shards = [[(relpath, found[relpath]) for relpath in shard] for shard in split_shards(sizes, count)]
    context = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads
    progress_queue = context.Queue()
    writer = ix.writer(limitmb=WRITER_MB)  # holds Whoosh's lock for the whole build
    results: list[ShardResult] = []
    try:
        with ProcessPoolExecutor(len(shards), mp_context=context, initializer=_init_worker,
                                 initargs=(progress_queue, os.getpid())) as pool:
            futures = [pool.submit(_build_shard, str(index_path), str(articles), shard) for shard in shards]
            done_files = 0
            pending = set(futures)
            while pending:
                _, pending = wait(pending, timeout=0.5)
                done_files += _drain(progress_queue)
                notify(Progress("parse", done_files, len(sizes)))
            results = [future.result() for future in futures]
        entries: dict[str, dict[str, Any]] = {}
        skipped: list[Skipped] = []
        merged: dict[str, Story] = {}
        for result in results:
            entries.update(result.entries)
            skipped.extend(result.skipped)
            for story in result.briefs:
                merged[story.story_id] = merge_sightings(merged[story.story_id], story) \
                    if story.story_id in merged else story
        notify(Progress("write", 0, len(merged)))
        for story in merged.values():
            writer.add_document(**to_document(story))
        notify(Progress("commit", len(sizes), len(sizes)))
        segments = [result.segment for result in results if result.segment is not None]
        if writer._added:
            segments.append(writer._finalize_segment())
        else:
            writer._close_segment()
        writer._commit_toc(segments)
        writer._finish()
    except BaseException:
        writer.cancel()
        raise
    log.info("built %d files in %d processes into %d segments", len(sizes), len(shards), len(segments))
    return entries, skipped


def _drain(progress_queue: Any) -> int:
    total = 0
    deadline = time.monotonic() + 0.05
    while time.monotonic() < deadline:
        try:
            total += progress_queue.get_nowait()
        except queue.Empty:
            break
    return total
