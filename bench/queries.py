"""The benchmark's query mix, built deterministically from the corpus itself.

Why from the corpus: fixed query lists only fit one corpus; words drawn from the generated stories (and
their datelines' places and agencies) hit at every size, in proportion to how common they are, the way
users ask about what is in the news. Every draw comes from one `random.Random` seeded with the seed, over
files and words in sorted order, so the same corpus and seed give the same queries.

Search gets every kind a user types: single terms, several terms, phrases (advanced syntax), filters
(agency, place), typos and questions. /quote gets a few words of a sentence with a quotation, /ask gets
questions of every type the reader knows (hoeveel, wie, waar, wanneer, wat zei, waarom, wat), /compare
gets "what is counted" plus a topic word from sentences with figures.
"""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.analysis import STOP_WORDS
from index.models import Story
from index.parsing import parse_file
from index.reading import ARTICLE_SUFFIXES

NAMESPACE = "dateline-bench-queries-v1"
#: Stories sampled to draw words from, and at most this many from one file (a JSONL file holds 500).
SAMPLE_STORIES = 3000
PER_FILE = 40
#: Share of each kind in the search mix.
SEARCH_MIX: dict[str, float] = {"single": 0.25, "several": 0.25, "phrase": 0.1, "filter": 0.15, "typo": 0.1,
                                "question": 0.15}
#: Content words: in at most this share of sampled stories (rarer than function words) ...
MAX_DF_SHARE = 0.05
MIN_WORD_LEN = 4

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_TOKEN = re.compile(r"\S+")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'„“‘])")
_QUOTE_MARKS = ("\"", "„", "“", "”", "'", "‘")
_MONTHS = frozenset("januari februari maart april mei juni juli augustus september oktober november december"
                    .split())
QUESTION_KINDS = ("hoeveel", "wie", "waar", "wanneer", "wat_zei", "waarom", "wat")
_NAME = re.compile(r"\b([A-Z][a-zà-ÿ]+ (?:(?:van|de|der|den|von|el) ){0,2}[A-Z][a-zà-ÿ]+)\b")


@dataclass(frozen=True, slots=True)
class Query:
    """One request of the benchmark: which operation, what kind of query, its text and options."""

    op: str  # search | quote | ask | compare
    kind: str
    text: str
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Workload:
    search: list[Query]
    quote: list[Query]
    ask: list[Query]
    compare: list[Query]

    def by_op(self) -> dict[str, list[Query]]:
        return {"search": self.search, "quote": self.quote, "ask": self.ask, "compare": self.compare}

    def total(self) -> int:
        return sum(len(queries) for queries in self.by_op().values())


# -- the sample ------------------------------------------------------------------------------------

def article_files(articles: Path) -> list[Path]:
    """Every article file under `articles`, in a stable order (hidden ones skipped, like the indexer)."""
    found = [path for path in articles.rglob("*") if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES
             and not any(part.startswith(".") for part in path.relative_to(articles).parts)]
    return sorted(found)


def sample_stories(articles: Path, rng: random.Random, limit: int = SAMPLE_STORIES) -> list[Story]:
    """Up to `limit` stories from a seeded sample of files, parsed as the library parses them."""
    files = article_files(articles)
    rng.shuffle(files)
    stories: list[Story] = []
    for path in files:
        parsed = parse_file(path.relative_to(articles).as_posix(), path.read_bytes(), path.stat().st_mtime)
        found = [story for story in parsed.stories if story.paragraphs]
        if len(found) > PER_FILE:
            found = rng.sample(found, PER_FILE)
        stories.extend(found)
        if len(stories) >= limit:
            break
    if not stories:
        raise ValueError(f"no stories found under {articles}")
    return stories[:limit]


class Vocabulary:
    """Which words of the sample are content words (not function words, not stray letters)."""

    def __init__(self, stories: list[Story]) -> None:
        frequency: Counter[str] = Counter()
        for story in stories:
            frequency.update({word.lower() for word in _WORD.findall(story.headline + " " + story.text)})
        ceiling = max(2, int(MAX_DF_SHARE * len(stories)))
        self.content = {word for word, count in frequency.items()
                        if count <= ceiling and len(word) >= MIN_WORD_LEN and word not in STOP_WORDS}

    def words(self, text: str) -> list[str]:
        """Content words of `text` as written, first occurrence of each, in order."""
        seen: dict[str, str] = {}
        for word in _WORD.findall(text):
            if word.lower() in self.content and word.lower() not in seen:
                seen[word.lower()] = word
        return list(seen.values())


def sentences(story: Story) -> list[str]:
    return [part.strip() for paragraph in story.paragraphs for part in _SENTENCE_END.split(paragraph)
            if part.strip()]


# -- the generator ---------------------------------------------------------------------------------

class QueryMaker:
    """Draws queries of each kind from sampled stories; every method returns None when a story lacks
    what the kind needs (no figure, no quotation), and the caller draws another story."""

    def __init__(self, stories: list[Story], seed: int) -> None:
        self.stories = stories
        self.rng = random.Random(f"{NAMESPACE}:{seed}")
        self.vocabulary = Vocabulary(stories)

    def story(self) -> Story:
        return self.rng.choice(self.stories)

    def draw(self, make: Callable[[Story], Query | None], tries: int = 200) -> Query | None:
        for _ in range(tries):
            query = make(self.story())
            if query is not None:
                return query
        return None

    def _pick(self, words: list[str], low: int, high: int) -> list[str] | None:
        if len(words) < low:
            return None
        count = self.rng.randint(low, min(high, len(words)))
        chosen = sorted(self.rng.sample(range(len(words)), count))
        return [words[index] for index in chosen]

    # search kinds

    def single(self, story: Story) -> Query | None:
        words = self.vocabulary.words(story.text)
        return Query("search", "single", self.rng.choice(words)) if words else None

    def several(self, story: Story) -> Query | None:
        lead = story.headline + " " + (story.paragraphs[0] if story.paragraphs else "")
        words = self._pick(self.vocabulary.words(lead), 2, 3) or self._pick(self.vocabulary.words(story.text), 2, 3)
        return Query("search", "several", " ".join(words)) if words else None

    def phrase(self, story: Story) -> Query | None:
        tokens = [token.strip(".,:;!?\"'()„“”‘’") for token in _TOKEN.findall(self.rng.choice(story.paragraphs))]
        pairs = [(first, second) for first, second in itertools.pairwise(tokens)
                 if first.lower() in self.vocabulary.content and second.lower() in self.vocabulary.content]
        if not pairs:
            return None
        first, second = self.rng.choice(pairs)
        text = f'"{first} {second}"'
        if self.rng.random() < 0.3:
            extra = [word for word in self.vocabulary.words(story.text) if word not in (first, second)]
            if extra:
                text += " " + self.rng.choice(extra)
        return Query("search", "phrase", text, {"advanced": True})

    def filtered(self, story: Story) -> Query | None:
        choices = [("place", place) for place in story.places] + [("source", source) for source in story.sources]
        words = self._pick(self.vocabulary.words(story.text), 1, 2)
        if not choices or not words:
            return None
        name, value = self.rng.choice(choices)
        return Query("search", "filter", " ".join(words), {name: value})

    def typo(self, story: Story) -> Query | None:
        words = [word for word in self.vocabulary.words(story.text) if len(word) >= 6 and "-" not in word]
        if not words:
            return None
        word = self.rng.choice(words)
        wrong = misspell(word, self.rng)
        return Query("search", "typo", wrong) if wrong.lower() != word.lower() else None

    def search_question(self, story: Story) -> Query | None:
        question = self.question(story, self.rng.choice(QUESTION_KINDS))
        return Query("search", "question", question.text) if question else None

    # quote, ask, compare

    def quote(self, story: Story) -> Query | None:
        quoted = [sentence for sentence in sentences(story) if any(mark in sentence for mark in _QUOTE_MARKS)]
        words = self._pick(self.vocabulary.words(self.rng.choice(quoted or sentences(story))), 2, 4)
        return Query("quote", "quoted" if quoted else "sentence", " ".join(words)) if words else None

    def question(self, story: Story, kind: str) -> Query | None:
        """A question of type `kind` about one sentence of the story (answerable or not: the reader's
        work, retrieval and sentence scoring, is the same either way)."""
        sentence = self.rng.choice(sentences(story))
        words = self.vocabulary.words(sentence)
        if kind == "hoeveel":
            counted = counted_noun(sentence, self.vocabulary)
            if counted is None:
                return None
            rest = [word for word in words if word != counted]
            topic = " ".join(self._pick(rest, 1, 2) or [])
            return Query("ask", kind, f"Hoeveel {counted} {topic}?".replace(" ?", "?"))
        if kind == "wat_zei":
            names = [name for name in _NAME.findall(story.text) if name.split()[0].lower() not in STOP_WORDS]
            picked = self._pick(words, 1, 2)
            if not names or not picked:
                return None
            return Query("ask", kind, f"Wat zei {self.rng.choice(names)} over {' '.join(picked)}?")
        picked = self._pick(words, 2, 3)
        if not picked:
            return None
        opening = {"wie": "Wie", "waar": "Waar", "wanneer": "Wanneer", "waarom": "Waarom", "wat": "Wat"}[kind]
        verb = self.rng.choice(("is", "was", "werd", "heeft", "gebeurde met")) if kind != "wie" else "zei iets over"
        return Query("ask", kind, f"{opening} {verb} {' '.join(picked)}?")

    def compare(self, story: Story) -> Query | None:
        for sentence in self.rng.sample(sentences(story), k=len(sentences(story))):
            counted = counted_noun(sentence, self.vocabulary)
            if counted is None:
                continue
            topic = [word for word in self.vocabulary.words(story.headline + " " + sentence) if word != counted]
            if topic and self.rng.random() < 0.7:
                return Query("compare", "counted+topic", f"{counted} {self.rng.choice(topic)}")
            return Query("compare", "counted", counted)
        return None


def counted_noun(sentence: str, vocabulary: Vocabulary) -> str | None:
    """The word after a figure ("1500 soldaten" -> soldaten): what a figure counts."""
    tokens = [token.strip(".,:;!?\"'()„“”‘’") for token in _TOKEN.findall(sentence)]
    for number, noun in itertools.pairwise(tokens):
        if _NUMBER.match(number) and noun.lower() in vocabulary.content and noun.lower() not in _MONTHS:
            return noun
    return None


def misspell(word: str, rng: random.Random) -> str:
    """One typing error: two letters swapped, one dropped, one doubled, or a vowel replaced."""
    position = rng.randrange(1, len(word) - 1)
    edit = rng.choice(("swap", "drop", "double", "vowel"))
    if edit == "swap":
        return word[:position] + word[position + 1] + word[position] + word[position + 2:]
    if edit == "drop":
        return word[:position] + word[position + 1:]
    if edit == "double":
        return word[:position] + word[position] + word[position:]
    vowels = [index for index, char in enumerate(word) if char in "aeiou" and index > 0]
    if not vowels:
        return word[:position] + word[position + 1:]
    index = rng.choice(vowels)
    return word[:index] + rng.choice([v for v in "aeiou" if v != word[index]]) + word[index + 1:]


def _fill(count: int, make: Callable[[], Query | None]) -> list[Query]:
    queries: list[Query] = []
    for _ in range(count * 3):
        if len(queries) >= count:
            break
        query = make()
        if query is not None:
            queries.append(query)
    return queries


def _search_mix(maker: QueryMaker, count: int) -> list[Query]:
    """`count` searches in SEARCH_MIX shares, shuffled (seeded) so kinds interleave as users' would."""
    makers = {"single": maker.single, "several": maker.several, "phrase": maker.phrase, "filter": maker.filtered,
              "typo": maker.typo, "question": maker.search_question}
    queries: list[Query] = []
    for kind, share in SEARCH_MIX.items():
        wanted = round(count * share) if kind != "question" else count - len(queries)
        queries += _fill(wanted, lambda make=makers[kind]: maker.draw(make))
    maker.rng.shuffle(queries)
    return queries


def _questions(maker: QueryMaker, count: int) -> list[Query]:
    """Questions of every type in turn: types whose material is rare (figures for "hoeveel") would
    otherwise be crowded out by the easy ones."""
    queries: list[Query] = []
    for number in range(count * 3):
        if len(queries) >= count:
            break
        kind = QUESTION_KINDS[number % len(QUESTION_KINDS)]
        query = maker.draw(lambda story, kind=kind: maker.question(story, kind))
        if query is not None:
            queries.append(query)
    return queries


def build_workload(articles: Path, seed: int, *, search: int, quote: int, ask: int, compare: int) -> Workload:
    """The whole query mix for one corpus and seed."""
    rng = random.Random(f"{NAMESPACE}:{seed}:sample")
    maker = QueryMaker(sample_stories(articles, rng), seed)
    return Workload(
        search=_search_mix(maker, search),
        quote=_fill(quote, lambda: maker.draw(maker.quote)),
        ask=_questions(maker, ask),
        compare=_fill(compare, lambda: maker.draw(maker.compare)),
    )
