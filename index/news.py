"""What is new in the index: the stories it holds, which of a set match a follow, and the newest stories.

A follow matches a story as /search would find it with plain words and filters, but only when the story has
every word: /search's any-word fallback helps someone who is looking, a follow that posted partial matches
would be noise in a channel.
"""

from __future__ import annotations

import math
from typing import Any

from whoosh import query as wq
from whoosh.searching import Results, Searcher

from index import answers, search
from index.analysis import TOKEN, term_for
from index.models import Hit, QueryReading, SearchResult


class MatchingIncomplete(RuntimeError):
    """A follow's matching stopped at the search time limit; the caller looks again later."""


def story_ids(searcher: Searcher) -> set[str]:
    """Every story id in the index, from the term list (no stored fields read: ~0.1 s at 100,000 stories).

    The terms of a story deleted since the last merge may linger; callers only use this to find stories
    not seen before, and a deleted one then simply matches nothing."""
    return {term.decode("utf-8") if isinstance(term, bytes) else term
            for term in searcher.reader().lexicon("story_id")}


def matching(searcher: Searcher, topic: str, ids: set[str], filters: search.Filters) -> list[Hit]:
    """The stories among `ids` that have every word of `topic` and pass the filters, with their passage.

    A word in no story at all is in none of the new ones either: nothing matches, and the typo lexicon
    (seconds to build at 100,000 stories, per index version) is not built for it. So a follow's words are
    matched as written, without /search's typo tolerance; an English topic ("troops") by its Dutch words, as
    /search reads it (`answers.read_topic`: a word matches through any of its translations)."""
    read_as = answers.read_topic(searcher, topic)
    words = [match.group() for match in TOKEN.finditer(read_as.words) if term_for(match.group()) is not None]
    if not words or not all(any(search.stories_with_word(searcher, form)
                                for form in (word, *read_as.also.get(word, ()))) for word in words):
        return []
    read = search.read_plain(searcher, read_as.words, read_as.also)
    if read.query is None or not ids:
        return []
    only = wq.Or([wq.Term("story_id", story_id) for story_id in sorted(ids)])
    narrowed = search.ReadQuery(wq.And([read.query, only]), read.weights, read.reading)
    result = search.run(searcher, narrowed, filters, limit=len(ids), page=1, page_size=len(ids))
    if result.reading.timed_out:  # partial: the stories it did not reach would be marked seen and never posted
        raise MatchingIncomplete(f"matching {topic!r} against {len(ids)} new stories hit the search time limit")
    return [hit for hit in result.hits if not _filed_before(searcher, hit.story_id, ids)]


def _filed_before(searcher: Searcher, story_id: str, ids: set[str]) -> bool:
    """Whether the story is a copy of one indexed before the new `ids` (the same article arriving again,
    through another feed or under another record id): that is no new story to post."""
    stored = searcher.document(story_id=story_id)
    return bool(stored) and any(other["story_id"] not in ids for other in searcher.documents(copy=stored["copy"]))


def prepare(searcher: Searcher) -> None:
    """Sort the index by time once per index version (1 s at 10,000 stories), so no /latest waits for it."""
    latest(searcher, "", search.Filters(), page=1, page_size=1, limit=1)


def latest(searcher: Searcher, topic: str, filters: search.Filters, *, page: int, page_size: int,
           limit: int) -> SearchResult:
    """The newest stories (with every word of `topic`, when given), newest first; one page of them.

    As /search's (`search.run`), the pages follow from the total and each can be asked for: a page is
    collected as deep as it lies. `limit` only bounds how far a page's collection widens past it for copies
    (`_newest`); it capped the pages once, so `--limit 3` said 1/67 over 1,367 stories."""
    language = "nl"
    if topic.strip():
        read_as, read = answers.read_words(searcher, topic)  # an English topic in the articles' Dutch words
        query, weights, reading, language = read.query, read.weights, read.reading, read_as.language
    else:
        query, weights, reading = wq.Every(), {}, QueryReading()
    reading.filters = filters.describe()
    page, page_size = max(1, page), max(1, page_size)  # as /search's: a page holds at least one story
    if query is None:
        return SearchResult(query=topic, total=0, hits=[], page=1, pages=0, reading=reading, language=language)
    allowed = search.allowed_documents(searcher, filters)  # cached per index version, as /search's
    if allowed is not None and not allowed:  # nothing passes (Whoosh would read an empty set as "no filter")
        return SearchResult(query=topic, total=0, hits=[], page=1, pages=0, reading=reading, language=language)
    needed = page * page_size
    results, kept = _newest(searcher, query, allowed, needed, max(limit, needed))
    total = _total(searcher, results)
    start = (page - 1) * page_size
    hits = [search.hit_from_stored(score, stored, weights, copies)
            for (score, stored), copies in kept[start:start + page_size]]
    return SearchResult(query=topic, total=total, hits=hits, page=page, pages=math.ceil(total / page_size),
                        reading=reading, language=language)


def _newest(searcher: Searcher, query: wq.Query, allowed: Any, needed: int,
            depth: int) -> tuple[Results, list[tuple[tuple[float, dict], list[str]]]]:
    """The newest matches, each story once with its copies' ids (`search.first_of_copies`): at least `needed`
    stories where there are. A story filed twice is one, so copies can leave `needed` documents (and the
    margin) short of `needed` stories, and the last page came out empty: then collect as many more, up to
    four times the `depth` the caller pages to (as /search's widening is bounded)."""
    wanted = needed
    while True:
        # Stories dated by their source first, newest first; then those dated by their file's time (a guess, which
        # a checkout or copy makes "now": the sample pages' briefs stood above every dated story).
        results = searcher.search(query, filter=allowed, sortedby=["dated", "published"], reverse=True,
                                  limit=wanted + search.MARGIN)
        found = [(0.0, hit.fields()) for hit in results]  # no relevance in a listing by time (Whoosh's is the sort key)
        kept = search.first_of_copies(found, lambda item: item[1]["copy"], lambda item: item[1]["story_id"])
        more = search.more_for_copies(len(found) < wanted + search.MARGIN, len(kept), wanted, needed, depth)
        if more is None:
            return results, kept
        wanted = more


def _total(searcher: Searcher, results: Results) -> int:
    """How many stories matched, each once however often it was filed: exact, since sorting by time made
    Whoosh collect every match. (It was `limit` at most, and copies were left out only among the page's
    stories: `latest` said 200 stories where 1,390 were.)"""
    return search.distinct_stories(searcher, results.docs())
