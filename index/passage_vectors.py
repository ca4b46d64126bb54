"""The passages an answer may re-rank, embedded ahead of the questions that quote them.

Re-ranking by meaning embeds the three likeliest passages of every question (~60 ms each on this 2-core
machine), which made an answer take ~230 ms on the shared material against the ≤ 100 ms asked. Which texts it
can embed is known from the stories alone (`rerank.embedded_texts`: the headline with each sentence, or with
two neighbouring sentences), so a background pass embeds them once, after the openings (`run_bot.py openings
--passages N`, which the bot runs at low priority after each reindex), and an answer reads the vectors of
those already embedded instead of computing them: the same vectors (single precision, the engine's own
output), so the same answers, only sooner.

Only the newest N stories' passages are embedded (`Settings.passage_stories`): ~40 texts a story, ~50 ms
each, so the shared material's 1,421 stories take most of an hour once and 100,000 stories would take days;
news is asked about while it is new, and an older story's passages are embedded when a question needs them,
as before.

One file at the index's root (`passages.bin`): a header (with the model that made the vectors: another
release's are embedded again), the keys (a hash of each embedded text, sorted) and the vectors, replaced
atomically and read through a memory map, so a question touches the few pages it needs (the bot's memory
stays as it was) and a reader keeps the file it opened while a pass replaces it.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.documents import story_from_stored
from index.meaning import DIMENSIONS, meaning, model_version
from index.models import Story
from index.openings import BATCH, EmbedProgress, key_of, one_pass
from index.store import IndexStore

log = logging.getLogger(__name__)

FILE = "passages.bin"
MAGIC = b"DLPV0002"
#: Bytes of the header: MAGIC, the count, the dimensions, and the model that made the vectors (`model_version`).
HEADER = 64
#: Passages embedded between saves (~3 minutes): each save writes the whole file again, so less often than
#: the openings' 1,024.
SAVE_EVERY = 4096

#: The texts to embed for one story.
TextsOf = Callable[[Story], list[str]]


def _key(text: str) -> int:
    return int(key_of(text), 16)


@dataclass(frozen=True, slots=True)
class PassageVectors:
    """One reading of the file: the sorted keys and the vectors, both memory-mapped."""

    keys: np.ndarray
    matrix: np.ndarray

    def __len__(self) -> int:
        return len(self.keys)

    def vectors(self, texts: Iterable[str]) -> list[np.ndarray | None]:
        """Each text's vector, or None when it was not embedded ahead."""
        wanted = np.array([_key(text) for text in texts], dtype=np.uint64)
        if not len(self.keys):
            return [None] * len(wanted)
        rows = np.minimum(np.searchsorted(self.keys, wanted), len(self.keys) - 1)
        return [np.array(self.matrix[row]) if self.keys[row] == key else None
                for key, row in zip(wanted, rows, strict=True)]

    def stored(self) -> dict[int, np.ndarray]:
        """key -> vector, as on disk."""
        return dict(zip(self.keys.tolist(), self.matrix, strict=True))


NOTHING = PassageVectors(np.zeros(0, dtype=np.uint64), np.zeros((0, DIMENSIONS), dtype=np.float32))


class Passages:
    """The passage vectors of one index folder: mapped on demand, mapped again when the file changed."""

    def __init__(self, root: Path) -> None:
        self.path = Path(root) / FILE
        self._lock = threading.Lock()
        self._stamp: tuple[int, int, int] | None = None
        self._current = NOTHING

    def current(self) -> PassageVectors:
        with self._lock:
            try:
                stat = self.path.stat()
                stamp: tuple[int, int, int] | None = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
            except OSError:
                stamp = None
            if stamp != self._stamp:
                self._current = NOTHING if stamp is None else self._read()
                self._stamp = stamp
            return self._current

    def _read(self) -> PassageVectors:
        try:
            with open(self.path, "rb") as handle:
                header = handle.read(HEADER)
            if header[:8] != MAGIC or int.from_bytes(header[16:24], "little") != DIMENSIONS:
                raise ValueError("not a passage vector file of this version")
            made_by = header[24:].rstrip(b"\0").decode("ascii", "replace")
            if made_by != model_version():
                raise ValueError(f"embedded by {made_by}, not {model_version()}")
            count = int.from_bytes(header[8:16], "little")
            if count == 0:
                return NOTHING
            keys = np.memmap(self.path, dtype=np.uint64, mode="r", offset=HEADER, shape=(count,))
            matrix = np.memmap(self.path, dtype=np.float32, mode="r", offset=HEADER + 8 * count,
                               shape=(count, DIMENSIONS))
            return PassageVectors(keys, matrix)
        except (OSError, ValueError) as error:  # damaged or cut short: as if nothing were embedded ahead
            log.warning("passage vectors in %s unreadable (%s): the next pass embeds them again", self.path, error)
            return NOTHING

    def save(self, vectors: dict[int, np.ndarray]) -> None:
        """Replace the file with exactly these vectors (key -> vector), atomically."""
        keys = np.array(sorted(vectors), dtype=np.uint64)
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "wb") as handle:
            made_by = model_version().encode("ascii")[:HEADER - 24]
            handle.write(MAGIC + len(keys).to_bytes(8, "little") + DIMENSIONS.to_bytes(8, "little")
                         + made_by.ljust(HEADER - 24, b"\0"))
            handle.write(keys.tobytes())
            for key in keys.tolist():
                handle.write(np.asarray(vectors[key], dtype=np.float32).tobytes())
        os.replace(tmp, self.path)


def newest_stories(store: IndexStore, count: int) -> list[Story]:
    """The `count` newest stories of the index CURRENT names (undated ones last), read through a reader of
    their own (not the shared searcher, which questions should not wait for). Only those are decoded: the
    order comes from the stored publication time (UTC), not from 100,000 stories held at once."""
    generation = store.current()
    if generation is None or count <= 0:
        return []
    with store.open_index(generation).reader() as reader:
        order = sorted((fields.get("published") is None, -(fields["published"].timestamp() if fields.get("published")
                                                            else 0.0), fields["story_id"], number)
                       for number, fields in reader.iter_docs())
        return [story_from_stored(reader.stored_fields(number)["story"])[0] for *_, number in order[:count]]


def embed_passages(store: IndexStore, texts_of: TextsOf, count: int,
                   progress: EmbedProgress | None = None) -> tuple[int, int]:
    """Embed the passages of the `count` newest stories that the file lacks, and drop the others.

    Returns (embedded now, kept from before)."""
    with one_pass(store.root):
        passages = Passages(store.root)
        texts = {_key(text): text for story in newest_stories(store, count) for text in texts_of(story)}
        known = {key: np.array(vector) for key, vector in passages.current().stored().items() if key in texts}
        kept = len(known)
        missing = [key for key in texts if key not in known]
        for start in range(0, len(missing), BATCH):
            keys = missing[start:start + BATCH]
            for key, vector in zip(keys, meaning().passages([texts[key] for key in keys]), strict=True):
                known[key] = vector
            done = start + len(keys)
            if progress:
                progress(done, len(missing))
            if done % SAVE_EVERY < BATCH and done < len(missing):
                passages.save(known)
        if missing or kept != len(passages.current()):
            passages.save(known)
        log.info("passages: %d embedded, %d kept", len(missing), kept)
        return len(missing), kept
