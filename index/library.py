"""The news library: the one object the CLI, the console and the bot talk to.

Every method is blocking (Whoosh is synchronous); the bot calls them from an executor. Results are the
plain dataclasses of `index.models`.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from pathlib import Path

from index import answers, news, search
from index.analysis import fold
from index.answers.rerank import embedded_texts
from index.chart import render_chart
from index.compare import changes_between, group_figures, rank_groups, relevant_figures
from index.documents import story_from_stored
from index.models import Answer, Comparison, Hit, QuoteResult, ReindexReport, SearchResult, Story
from index.openings import embed_openings
from index.passage_vectors import embed_passages
from index.quotes import rank_quotes
from index.reindex import Reindexer
from index.reindex_steps import Progress, ProgressCallback
from index.store import IndexStore, IndexUnavailable

log = logging.getLogger(__name__)

#: Stories read for passages (quote, ask) and figures (compare).
PASSAGE_STORIES = 20
COMPARE_STORIES = 60
#: Autocomplete answers at most this many choices (Discord's limit).
MAX_CHOICES = 25


class Library:
    """Article files, their index, and every question asked of them."""

    def __init__(self, articles: Path, index_dir: Path) -> None:
        self.articles = Path(articles)
        self.store = IndexStore(Path(index_dir))
        self._headline_cache: tuple[tuple[str, int], list[tuple[str, str, str]]] | None = None
        self._headline_lock = threading.Lock()

    # -- maintenance ---------------------------------------------------------------------------

    def has_index(self) -> bool:
        return self.store.current() is not None

    def _require_index(self) -> None:
        """Raise IndexUnavailable, creating nothing, when there is no index (a pass beside a first build, or a
        mistyped index folder, made the folder and said "0 story openings embedded", as if there were one)."""
        if not self.has_index():
            raise IndexUnavailable(f"Er is geen index in {self.store.root}; `python run_bot.py reindex --index "
                                   f"{self.store.root}` bouwt hem.")

    def ensure_index(self, progress: ProgressCallback | None = None) -> ReindexReport | None:
        """Build the index when there is none (first start, schema change, damage), with its stories'
        openings embedded."""
        if self.has_index():
            return None
        log.info("no usable index in %s: building it from %s", self.store.root, self.articles)
        report = self.reindex(full=True, progress=progress)
        self.embed_openings(progress)
        return report

    def reindex(self, full: bool = False, progress: ProgressCallback | None = None) -> ReindexReport:
        return Reindexer(self.store, self.articles).run(full=full, progress=progress)

    def embed_openings(self, progress: ProgressCallback | None = None) -> tuple[int, int]:
        """Embed the openings of the stories indexed without one (`index.openings`): (embedded, kept). Never
        builds an index (that is reindex's work, under its lock): without one, IndexUnavailable."""
        self._require_index()
        notify = progress or (lambda _progress: None)
        embedded, kept = embed_openings(self.store, lambda done, total: notify(Progress("openings", done, total)))
        notify(Progress("done", embedded, embedded))
        return embedded, kept

    def embed_passages(self, stories: int, progress: ProgressCallback | None = None) -> tuple[int, int]:
        """Embed ahead what answers may re-rank in the newest `stories` stories (`index.passage_vectors`):
        (embedded, kept). Never builds an index: without one, IndexUnavailable."""
        self._require_index()
        notify = progress or (lambda _progress: None)
        embedded, kept = embed_passages(self.store, embedded_texts, stories,
                                        lambda done, total: notify(Progress("passages", done, total)))
        notify(Progress("done", embedded, embedded))
        return embedded, kept

    def prepare_answers(self) -> None:
        """Read what questions read beside the index (`answers.prepare`): after a start or a reindex, and after
        an openings pass replaced the opening vectors (~0.2–0.3 s at 100,000 stories), so that the first
        question after it does not wait for them."""
        answers.prepare(self.store)

    def warm(self) -> None:
        """Open the current index and prepare it for searches (see `search.prepare`), for /story's
        autocomplete (the headlines) and for questions (`answers.prepare`), so that no user waits for that
        after a start or a reindex."""
        started = time.perf_counter()
        self.prepare_answers()
        with self.store.searcher() as searcher:
            search.prepare(searcher)
        with self.store.searcher() as searcher:  # apart: a reader waiting for the index gets its turn between
            news.prepare(searcher)
        self._headline_rows()
        log.info("index ready for searches in %.1f s", time.perf_counter() - started)

    def close(self) -> None:
        self.store.close()

    def story_count(self) -> int:
        with self.store.searcher() as searcher:
            return searcher.doc_count()

    # -- reading -------------------------------------------------------------------------------

    def search(self, text: str, *, limit: int = 50, page: int = 1, page_size: int = 10,
               source: str | None = None, place: str | None = None, kind: str | None = None,
               since: datetime | None = None, until: datetime | None = None,
               advanced: bool = False) -> SearchResult:
        filters = search.Filters(source=source, place=place, kind=kind, since=since, until=until)
        with self.store.searcher() as searcher:
            if advanced:
                topic, read = answers.Topic(text), search.read_advanced(searcher, text)
            else:
                topic, read = answers.read_words(searcher, text)  # an English query in the articles' Dutch words
            try:
                result = search.run(searcher, read, filters, limit=limit, page=page, page_size=page_size)
            except Exception:  # an advanced query Whoosh parsed but cannot run: plain words always can
                if read.reading.syntax != "advanced":
                    raise
                log.warning("advanced query %r failed; searching it as plain words", text, exc_info=True)
                topic, read = answers.read_words(searcher, text)
                read.reading.fallback = "syntax"
                result = search.run(searcher, read, filters, limit=limit, page=page, page_size=page_size)
        result.query, result.language = text, topic.language
        return result

    def story(self, story_id: str) -> Story | None:
        """The story with this id, typed in any case (every id is lower case: `R7BFC0F62024` is r7bfc0f62024), or
        else the story of the JSON record with this record id (`10793087`, as `--json` shows it; of the same record
        in several files, the one with the lowest story id, the same every time)."""
        wanted = story_id.strip()
        with self.store.searcher() as searcher:
            stored = searcher.document(story_id=wanted.lower())
            if stored is None and wanted:
                stored = min(searcher.documents(record=wanted), key=lambda fields: fields["story_id"], default=None)
        return story_from_stored(stored["story"])[0] if stored else None

    def headlines(self, prefix: str, limit: int = MAX_CHOICES) -> list[tuple[str, str]]:
        """(story id, headline) whose headline contains `prefix` (accent- and case-blind), newest
        first; for autocomplete, so it answers from memory after the first call per index version."""
        needle = fold(prefix.strip())
        rows = self._headline_rows()
        found = [(story_id, headline) for story_id, headline, folded in rows if needle in folded]
        return found[:min(limit, MAX_CHOICES)]

    def _headline_rows(self) -> list[tuple[str, str, str]]:
        with self._headline_lock, self.store.searcher() as searcher:
            version = (self.store.version, searcher.doc_count())
            if self._headline_cache and self._headline_cache[0] == version:
                return self._headline_cache[1]
            rows = []
            for fields in searcher.all_stored_fields():
                rows.append((fields.get("published") or datetime.min, fields["story_id"], fields["title"]))
            rows.sort(key=lambda row: (row[0], row[1]), reverse=True)
            cached = [(story_id, headline, fold(headline)) for _, story_id, headline in rows]
            self._headline_cache = (version, cached)
            return cached

    def quote(self, text: str, *, more: int = 3, source: str | None = None,
              place: str | None = None) -> QuoteResult:
        filters = search.Filters(source=source, place=place)
        with self.store.searcher() as searcher:
            topic, read = answers.read_words(searcher, text)
            stories = search.top_stories(searcher, read, filters, PASSAGE_STORIES, any_words=True)
        quotes = rank_quotes(stories, read.weights)
        return QuoteResult(query=text, quote=quotes[0] if quotes else None, more=quotes[1:1 + more],
                           reading=read.reading, language=topic.language)

    def compare(self, topic: str, *, chart: Path | None = None, source: str | None = None,
                place: str | None = None) -> Comparison:
        filters = search.Filters(source=source, place=place)
        with self.store.searcher() as searcher:
            read_as, read = answers.read_words(searcher, topic)
            found = search.top_stories(searcher, read, filters, COMPARE_STORIES, any_words=True)
        figures = relevant_figures(read_as.words, [(item.story, item.figures) for item in found], read.weights,
                                   read.groups, answers.names_searched(read_as.words, read, found))
        groups = rank_groups(read_as.words, group_figures(figures), read.weights, read.groups)
        changes = [change for group in groups for change in changes_between(group)]
        ordered = [figure for group in groups for figure in group.figures]
        drawn = render_chart(topic, groups, Path(chart), read_as.language) if chart is not None else None
        chart_path = str(drawn) if drawn else None
        return Comparison(topic=topic, figures=ordered, groups=groups, changes=changes, chart=chart_path,
                          reading=read.reading, language=read_as.language)

    def ask(self, question: str) -> Answer:
        return answers.answer(self.store, question)

    # -- what is new (follows, /latest) --------------------------------------------------------

    def version(self) -> str:
        """Which index readers see now (generation and Whoosh commit): a few stat calls, for polling."""
        with self.store.searcher():
            return self.store.version

    def story_ids(self) -> tuple[str, set[str]]:
        """The index version and every story id in it (read together, so they belong to each other)."""
        with self.store.searcher() as searcher:
            return self.store.version, news.story_ids(searcher)

    def matching(self, topic: str, story_ids: set[str], *, source: str | None = None,
                 place: str | None = None) -> list[Hit]:
        with self.store.searcher() as searcher:
            return news.matching(searcher, topic, story_ids, search.Filters(source=source, place=place))

    def latest(self, topic: str = "", *, page: int = 1, page_size: int = 10, limit: int = 200,
               source: str | None = None, place: str | None = None) -> SearchResult:
        with self.store.searcher() as searcher:
            return news.latest(searcher, topic, search.Filters(source=source, place=place), page=page,
                               page_size=page_size, limit=limit)
