"""Reading a user's query and running it against the index.

By default a query is plain words: whatever the user types is analysed into terms and never parsed as
syntax, so `"`, `AND OR`, `title:(` or 5,000 characters cannot cause an error. Words that are in no
story are read as typos and matched to the nearest index terms. Every story must contain every word;
when none does, stories with some of the words are shown and the result says so.

The advanced syntax is opt-in: fields (`bron:AFP`, `plaats:Seoul`, `kop:…`, `soort:brief`), date ranges
(`datum:[20241001 to 20241031]`, `datum:>20241001`), phrases, OR, exclusion (`-woord`) and wildcards. A
query the parser cannot use falls back to plain words, and the result says that too.

Equal scores are ordered by time (newest first) and then story id, so paging is deterministic.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from whoosh import query as wq
from whoosh.collectors import Collector, FilterCollector, TimeLimit
from whoosh.qparser import (
    FieldAliasPlugin,
    FuzzyTermPlugin,
    GtLtPlugin,
    MultifieldPlugin,
    PlusMinusPlugin,
    QueryParser,
)
from whoosh.query.qcore import _NullQuery
from whoosh.searching import Searcher
from whoosh.util.times import long_to_datetime

from index.analysis import TOKEN, fold, term_for
from index.documents import story_from_stored
from index.models import Figure, Hit, QueryReading, SearchResult, Story
from index.passages import snippet
from index.shared import per_searcher
from index.times import to_utc_naive
from index.typos import general_vocabulary, lexicon_for
from index.word_forms import general_frequency

log = logging.getLogger(__name__)

TEXT_FIELDS = ("headline", "body")
FIELD_BOOSTS = {"headline": 3.0, "body": 1.0}
#: More words than this are cut: no news question needs them, and each costs a posting list.
MAX_TERMS = 24
#: A search that takes longer returns what it found so far.
TIME_LIMIT_SECONDS = 2.0
#: Wildcards need this many literal characters first, or they expand to the whole vocabulary.
MIN_WILDCARD_PREFIX = 2
#: Fuzzy terms (`woord~2`) may be at most this far from the word, and the word at least this long.
MAX_FUZZY_DISTANCE = 2
MIN_FUZZY_LENGTH = 4
#: Hits collected beyond the requested page, so equal scores order the same on every page.
MARGIN = 10
#: Counting every match for an exact total stops after this long (see `_total`); it takes 85 ms at most over
#: the benchmark's searches at 100,000 stories.
COUNT_SECONDS = 0.25
#: When no story has every word: words in more than this share of the stories are left out of the
#: any-word search, for speed (`common_stories`) ...
COMMON_SHARE = 0.02
#: ... but only when that share is more than this many stories: 2 % of the 100,000 where the cost was measured.
COMMON_STORIES = 2_000
#: ... but this many of the rarest words always count.
MIN_ANY_WORDS = 3
_ALIASES = {
    "source": ["bron", "agency", "agentschap", "bronnen", "sources"],
    "place": ["plaats", "dateline", "stad", "places"],
    "kind": ["soort", "type"],
    "published": ["datum", "date", "tijd", "gepubliceerd"],
    "headline": ["kop", "titel", "title"],
    "body": ["tekst", "text"],
}


@dataclass(slots=True)
class Filters:
    """Restrictions on which stories count, whatever the query.

    `since` is inclusive and `until` exclusive: `--until 2019-04-10` means published before that day, and a
    record that carries only its day is stored at 00:00 of it, exactly the bound."""

    source: str | None = None
    place: str | None = None
    kind: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def query(self) -> wq.Query | None:
        parts: list[wq.Query] = []
        if self.source:
            parts.append(wq.Term("source", fold(self.source.strip())))
        if self.place:
            parts.append(wq.Term("place", fold(self.place.strip())))
        if self.kind:
            parts.append(wq.Term("kind", self.kind.strip().lower()))
        if self.since or self.until:
            parts.append(self._dates())
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else wq.And(parts)

    def _dates(self) -> wq.Query:
        """The published range. Whoosh's DateRange includes its end unless told otherwise, which let every
        story of the `until` day stored at 00:00 (the newspaper's records) through."""
        since = to_utc_naive(self.since) if self.since else None
        until = to_utc_naive(self.until) if self.until else None
        if since is not None and until is not None and since >= until:
            return wq.NullQuery  # nothing: Whoosh splits a range that ends before it starts into ones that match
        return wq.DateRange("published", since, until, endexcl=True)

    def describe(self) -> dict[str, str]:
        return {name: value.isoformat() if isinstance(value, datetime) else str(value)
                for name in ("source", "place", "kind", "since", "until")
                if (value := getattr(self, name))}


@dataclass(slots=True)
class ReadQuery:
    """A query ready to run: the Whoosh query, its weighted terms for passages, and how it was read."""

    query: wq.Query | None
    weights: dict[str, float]
    reading: QueryReading
    fallback: wq.Query | None = None  # any-word query, tried when the all-words one finds nothing
    #: Each word's index terms, any of which matches it: the word's own, its typo's corrections, or an English
    #: word's Dutch translations (`compare` asks how much of the words a sentence holds, not of the terms).
    groups: list[tuple[str, ...]] = field(default_factory=list)


def stories_with(searcher: Searcher, term: str) -> int:
    """In how many stories an index term stands (in the text field that has it most often)."""
    return max(searcher.doc_frequency(name, term) for name in TEXT_FIELDS)


def stories_with_word(searcher: Searcher, word: str) -> int:
    """In how many stories a word stands, as its index term (0 for a stop word)."""
    term = term_for(word)
    return stories_with(searcher, term) if term else 0


def idf(searcher: Searcher, term: str) -> float:
    """Inverse document frequency over the text fields: how much a matched term says."""
    return math.log(1 + (searcher.doc_count() + 1) / (stories_with(searcher, term) + 0.5))


def _term_query(term: str) -> wq.Query:
    return wq.Or([wq.Term(name, term, boost=FIELD_BOOSTS[name]) for name in TEXT_FIELDS])


def _corrections(searcher: Searcher, word: str, term: str) -> dict[str, str]:
    """Index terms near a typed word no story contains (typo tolerance), best first, each with the word to say
    back: the word of general Dutch nearest the typed one that has the term ("soldatne" -> soldaten, where the
    term is the stem 'soldat'; capitalised as typed), else the term. A typo far from its stem ("inbrkaen" is
    three edits from 'inbrak', one from 'inbraken') is corrected through general Dutch's nearest word, when an
    article has it and the typed word is no Dutch word ('walvissen' is not 'walrussen'), as questions' typos
    are (`answers.retrieve`)."""
    nearest: dict[str, str] = {}
    for near in general_vocabulary("nl").near(word.lower()):
        if (found := term_for(near)) and found not in nearest:
            nearest[found] = near.capitalize() if word[:1].isupper() else near
    corrected = lexicon_for(searcher).near(term)
    if not corrected and not general_frequency(word):
        corrected = [found for found in nearest if stories_with(searcher, found)]
    return {found: nearest.get(found, found) for found in corrected}


def prepare(searcher: Searcher) -> None:
    """Read now what the first search on a new index version would otherwise wait for: the typo lexicon
    (4.6 s at 100,000 stories, kept with the searcher for every later search) and which stories were filed
    twice (`copy_groups`, for counting)."""
    lexicon_for(searcher)
    copy_groups(searcher)


def read_plain(searcher: Searcher, text: str, alternatives: Mapping[str, Sequence[str]] | None = None) -> ReadQuery:
    """Plain words: every word must match (in headline, dateline or body); typos corrected. A word may match
    through its `alternatives` too (an English word's other Dutch translations: 'rente' and 'belang' for the
    'belangstelling' of "interest"), those some story has."""
    reading = QueryReading(syntax="plain")
    seen: set[str] = set()
    subqueries: list[wq.Query] = []
    strengths: list[float] = []
    weights: dict[str, float] = {}
    groups: list[tuple[str, ...]] = []
    for match in TOKEN.finditer(text):
        word = match.group()
        term = term_for(word)
        if term is None:
            reading.ignored.append(word)
            continue
        if term in seen:
            continue
        if len(seen) >= MAX_TERMS:
            reading.shortened = True
            break
        seen.add(term)
        reading.words.append(word)
        also = [other for alternative in (alternatives or {}).get(word, ())
                if (other := term_for(alternative)) and other != term and stories_with(searcher, other)]
        matching = list(dict.fromkeys(([term] if stories_with(searcher, term) else []) + also))
        if not matching and (corrected := _corrections(searcher, word, term)):
            reading.corrections[word] = list(corrected.values())
            matching = list(corrected)
        if matching:
            for found in matching:
                weights[found] = idf(searcher, found)
            subqueries.append(_term_query(matching[0]) if len(matching) == 1
                              else wq.Or([_term_query(found) for found in matching]))
            strengths.append(max(weights[found] for found in matching))
        else:
            subqueries.append(_term_query(term))  # matches nothing; keeps "every word" honest
            weights[term] = 0.0
            strengths.append(0.0)
        groups.append(tuple(matching) or (term,))
    if not subqueries:
        reading.match = "none"
        return ReadQuery(None, weights, reading, groups=groups)
    query = subqueries[0] if len(subqueries) == 1 else wq.And(subqueries)
    fallback = _rarer_words(searcher, subqueries, strengths) if len(subqueries) > 1 else None
    return ReadQuery(query, weights, reading, fallback, groups)


def common_stories(count: int) -> float:
    """In how many of `count` stories a word is too common for an any-word search: their long posting lists
    are most of its time on a large index (seconds at 100,000 stories), and there they hardly change which
    stories rank first. On a small one every posting list is short, and such words do tell the story that
    answers ("vrouwen", "Tweede Kamer", "2010" in a question about women in parliament, over 1,500 stories)."""
    return max(COMMON_SHARE * count, COMMON_STORIES)


def _rarer_words(searcher: Searcher, subqueries: list[wq.Query], strengths: list[float]) -> wq.Query:
    """Any of the words, but the common ones (`common_stories`). The MIN_ANY_WORDS rarest always count."""
    if len(subqueries) <= MIN_ANY_WORDS:
        return wq.Or(subqueries)
    count = searcher.doc_count()
    common = math.log(1 + (count + 1) / (common_stories(count) + 0.5))
    ranked = sorted(range(len(subqueries)), key=lambda index: -strengths[index])
    kept = sorted(set(ranked[:MIN_ANY_WORDS]) | {index for index in ranked if strengths[index] >= common})
    return wq.Or([subqueries[index] for index in kept])


def _advanced_parser(searcher: Searcher) -> QueryParser:
    parser = QueryParser("body", searcher.schema)
    parser.add_plugin(MultifieldPlugin(list(TEXT_FIELDS), fieldboosts=FIELD_BOOSTS))
    parser.add_plugin(FieldAliasPlugin(_ALIASES))
    # "-word" excludes, but only at the start of a word: the hyphen in "Noord-Korea" is not an operator.
    parser.add_plugin(PlusMinusPlugin(plusexpr=r"(?:(?<=\s)|^)\+", minusexpr=r"(?:(?<=\s)|^)-"))
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(GtLtPlugin())
    return parser


def _unusable_part(query: wq.Query) -> bool:
    """Part of the query the parser could not read (`datum:gisteren` parses to a NullQuery): run as it is,
    the query would silently find nothing."""
    return isinstance(query, _NullQuery) or any(_unusable_part(child) for child in query.children())


def _fold_patterns(query: wq.Query) -> wq.Query:
    """Wildcards and prefixes on the text fields, lower-cased and accent-folded as the index's words are
    (the parser leaves patterns unanalysed, so `Zelen*` would match nothing)."""
    for leaf in query.leaves():
        if isinstance(leaf, wq.Wildcard | wq.Prefix) and leaf.fieldname in TEXT_FIELDS:
            leaf.text = fold(str(leaf.text))
    return query


def _too_broad(query: wq.Query) -> bool:
    """A term pattern Whoosh would expand to much of the vocabulary before the search's deadline even
    starts: a wildcard, prefix or regex with too short a literal start, a fuzzy term with a large distance
    or on a short word (`ab~3` took 13 s on 60,000 words), or a range over words (`[a TO z]`)."""
    for leaf in query.leaves():
        if isinstance(leaf, wq.FuzzyTerm):
            if leaf.maxdist > MAX_FUZZY_DISTANCE or len(str(leaf.text)) < MIN_FUZZY_LENGTH:
                return True
            # The first letter is kept: typos rarely hit it, and it halves what a fuzzy term expands to.
            leaf.prefixlength = max(leaf.prefixlength, 1)
            continue
        if isinstance(leaf, wq.TermRange) and leaf.fieldname in TEXT_FIELDS:
            return True
        if isinstance(leaf, wq.Wildcard | wq.Prefix | wq.Regex):
            literal = str(leaf.text)
            for index, char in enumerate(literal):
                if char in "*?[(.\\":
                    literal = literal[:index]
                    break
            if len(literal) < MIN_WILDCARD_PREFIX:
                return True
    return False


#: Double quotation marks read as the phrase mark `"`: the bot writes „…” itself, and Dutch keyboards'
#: autocorrect turns "…" into „…” or “…”; left to Whoosh, „campagne van hoop” was campagn AND hop.
_DOUBLE_QUOTES = str.maketrans(dict.fromkeys("„“”‟″〝〞＂", '"'))
#: Single quotation marks (‚…‘, ‘…’) only as a pair around words: ’ is also the apostrophe (auto’s, ’s avonds).
_SINGLE_QUOTED = re.compile(r"(?<!\w)[‚‘]((?:[^‚‘’]|’(?=\w))+)[‘’](?!\w)")


def _phrase_marks(text: str) -> str:
    """`text` with typographic quotation marks around a phrase written as the `"` the parser reads."""
    return _SINGLE_QUOTED.sub(r'"\1"', text.translate(_DOUBLE_QUOTES))


def read_advanced(searcher: Searcher, text: str) -> ReadQuery:
    """The opt-in syntax; anything it cannot use is read as plain words instead, and said so."""
    try:
        parsed = _advanced_parser(searcher).parse(_phrase_marks(text))
    except Exception as error:  # the parser has edge cases of its own; plain words always work
        log.info("advanced query %r fell back to plain words: %s", text, error)
        parsed, reason = None, "syntax"
    else:
        reason = None
        if parsed is None or _unusable_part(parsed):
            reason = "syntax"
        elif _too_broad(_fold_patterns(parsed)):
            reason = "too-broad"
    if reason:
        plain = read_plain(searcher, text)
        plain.reading.syntax = "plain"
        plain.reading.fallback = reason
        return plain
    reading = QueryReading(syntax="advanced", parsed=_said(parsed))
    weights: dict[str, float] = {}
    for name, value in parsed.iter_all_terms(phrases=True):
        if name in TEXT_FIELDS:
            term = value.decode("utf-8") if isinstance(value, bytes) else str(value)
            reading.words.append(term)
            weights[term] = idf(searcher, term)
    return ReadQuery(parsed, weights, reading)


def _said(query: wq.Query) -> str:
    """The query as the result says it back: a date range as days ("published:[2024-10-01 TO 2024-10-20]"),
    not as the numbers Whoosh stores dates as (published:[63863337600000000 TO 63865065599999999])."""
    said = str(query)
    for leaf in query.leaves():
        if isinstance(leaf, wq.NumericRange) and leaf.fieldname == "published":
            start, end = (f"{long_to_datetime(bound):%Y-%m-%d}" if bound is not None else ""
                          for bound in (leaf.start, leaf.end))
            said = said.replace(str(leaf), f"published:[{start} TO {end}]")
    return said


_Found = tuple[float, str, datetime | None, dict]  # a match: score, story id, published, stored fields


def run(searcher: Searcher, read: ReadQuery, filters: Filters, limit: int, page: int,
        page_size: int) -> SearchResult:
    """Run a read query and return one page of hits, ordered deterministically.

    The pages follow from the total the result reports (exact or not), and every one of them can be asked
    for: a page is collected as deep as it lies, whatever `limit`, which only says how deep the caller
    expects to page, so the widening for ties and copies may go that far (`_wider`). When `limit` capped
    the pages, the count depended on the page asked for (`--page 25` of 721 results said 25/25 and page 1
    said 1/5), and the Discord buttons stopped at a page the total said was not the last."""
    reading = read.reading
    reading.filters = filters.describe()
    # A page of 0 stories (or fewer) would never fill: the tie-widening loop below would go on forever.
    page, page_size = max(1, page), max(1, page_size)
    if read.query is None:
        return SearchResult(query="", total=0, hits=[], page=1, pages=0, reading=reading)
    needed = wanted = page * page_size  # stories through this page; documents to collect
    query = read.query
    collected = _collect(searcher, query, filters, wanted)
    if not collected.found and read.fallback is not None:
        query = read.fallback
        collected = _collect(searcher, query, filters, wanted)
        reading.match = "any"
    found, kept = _ordered_stories(collected)
    while (wider := _wider(collected, found, kept, wanted, needed, max(limit, needed))) is not None:
        wanted = wider
        collected = _collect(searcher, query, filters, wanted)
        found, kept = _ordered_stories(collected)
    reading.timed_out = collected.timed_out
    total, exact = _total(searcher, query, filters, collected, len(kept))
    pages = math.ceil(total / page_size)
    start = (page - 1) * page_size
    hits = [hit_from_stored(score, stored, read.weights, copies)
            for (score, _, _, stored), copies in kept[start:start + page_size]]
    return SearchResult(query="", total=total, hits=hits, page=page, pages=pages, reading=reading,
                        total_exact=exact)


def _ordered_stories(collected: _Collected) -> tuple[list[_Found], list[tuple[_Found, list[str]]]]:
    """The collected matches in result order, and each story once with its copies' ids (`first_of_copies`)."""
    found = _ordered(collected.found)
    return found, first_of_copies(found, lambda item: item[3]["copy"], lambda item: item[1])


def _wider(collected: _Collected, found: list[_Found], kept: list[tuple[_Found, list[str]]], wanted: int,
           needed: int, depth: int) -> int | None:
    """How many matches to collect instead of `wanted`, or None when the collection serves the page (or has
    reached four times the `depth` the caller pages to: widening is bounded).

    A story filed twice is one result, so copies can leave the collection short of the `needed` stories
    (`latest`'s last page came out empty that way): collect as many more. And equal scores are ordered by
    time and id here, but Whoosh cut the collection by document number: if the lowest collected score ties
    with the page's last, stories that belong on the page may have been left out. Collect more until the tie
    is inside the collection (rare: identical or near-empty texts)."""
    if collected.timed_out:
        return None
    if (more := more_for_copies(collected.complete, len(kept), wanted, needed, depth)) is not None:
        return more
    if collected.complete or wanted >= depth * 4:
        return None
    if round(found[-1][0], 6) >= round(kept[needed - 1][0][0], 6):  # not short of `needed`: more_for_copies
        return wanted * 4
    return None


def more_for_copies(complete: bool, stories: int, wanted: int, needed: int, depth: int) -> int | None:
    """How many matches to collect when copies left a collection of `wanted` (`stories` once each) short of
    the `needed` stories, or None: not short, every match already collected (`complete`), or four times the
    `depth` the caller pages to reached (widening is bounded). /search's and /latest's rule."""
    if complete or wanted >= depth * 4 or stories >= needed:
        return None
    return wanted + needed - stories + MARGIN


def _total(searcher: Searcher, query: wq.Query, filters: Filters, collected: _Collected,
           distinct_found: int) -> tuple[int, bool]:
    """How many stories match, and whether that is exact. A collection that saw every match holds the answer
    (`distinct_found`: each story once); otherwise the matches are counted one by one, since Whoosh's estimate
    from the posting lists is no count: it adds a word's headline and body matches, ignores filters and
    exclusions and counts deleted documents, so "brexit" said ~51 over 40 stories, "brexit -may" ~87 over 21
    and a date filter raised it. When the count (or the collection) is cut short by its time limit, the total
    is the stories collected: fewer than there are, never more, so every page it implies exists."""
    if collected.complete:
        return distinct_found, True
    if collected.timed_out:
        return distinct_found, False
    key = f"{query!r} {filters!r}"  # the dataclass's repr: Whoosh query reprs leave out date bounds
    totals = _totals(searcher)
    with _filter_lock:
        known = totals.get(key)
    if known is not None:  # the next page of the same search: counted once per index version
        return known, True
    counted, exact = _count_stories(searcher, query, allowed_documents(searcher, filters),
                                    time.monotonic() + COUNT_SECONDS)
    if not exact:
        return distinct_found, False
    with _filter_lock:
        if len(totals) >= MAX_TOTALS:
            totals.pop(next(iter(totals)))
        totals[key] = counted
    return counted, True


def _ordered(found: list[_Found]) -> list[_Found]:
    """Best score first; equal scores newest first, then by story id."""
    return sorted(found, key=lambda item: (-round(item[0], 6), -(item[2].timestamp() if item[2] else 0), item[1]))


_filter_lock = threading.Lock()
#: Filter document sets kept per searcher (i.e. per index version).
MAX_FILTER_SETS = 64
#: Exact totals kept per searcher, the oldest let go first.
MAX_TOTALS = 256


def allowed_documents(searcher: Searcher, filters: Filters) -> Any:
    """The documents a filter allows, computed once per index version: Whoosh would otherwise build the
    set of, say, every ANP story again for every query (170 ms each at 100,000 stories)."""
    query = filters.query()
    if query is None:
        return None
    key = repr(filters)  # the dataclass, not the query: Whoosh query reprs leave out date bounds
    with _filter_lock:
        cached = _filter_sets(searcher)
        if key not in cached:
            if len(cached) >= MAX_FILTER_SETS:
                cached.pop(next(iter(cached)))
            cached[key] = searcher._filter_to_comb(query)
        return cached[key]


@per_searcher
def _filter_sets(searcher: Searcher) -> dict[str, Any]:
    """This index version's filter sets by filter (at most MAX_FILTER_SETS, filled under `_filter_lock`)."""
    return {}


@per_searcher
def _totals(searcher: Searcher) -> dict[str, int]:
    """This index version's exact totals by query and filters (at most MAX_TOTALS, under `_filter_lock`): paging
    through a search with many matches counted them all again for every page (up to 85 ms at 100,000 stories)."""
    return {}


class _DeadlineCollector(FilterCollector):
    """Filters (agency, place, kind, dates) and a deadline in one collector.

    Whoosh's own TimeLimitCollector skips the filtering of a FilterCollector it wraps, uses SIGALRM (main
    thread only), and a `Require` query trips an assertion in its block-skipping; this does both jobs
    in the one loop over the matches."""

    def __init__(self, child: Collector, allow: Any, deadline: float) -> None:
        super().__init__(child, allow=allow)
        self.deadline = deadline

    def computes_count(self) -> bool:
        # Whoosh's base class says True, and Results.estimated_length() then counts every match again.
        return self.child.computes_count()

    def collect_matches(self) -> None:
        allowed = self._allow
        child = self.child
        for count, sub_docnum in enumerate(child.matches()):
            if count % 64 == 0 and time.monotonic() > self.deadline:
                raise TimeLimit
            if allowed is not None and self.offset + sub_docnum not in allowed:
                self.filtered_count += 1
                continue
            child.collect(sub_docnum)


@dataclass(slots=True)
class _Collected:
    found: list[_Found]
    complete: bool  # `found` holds every match (the collector never filled up, nor timed out)
    timed_out: bool


def _collect(searcher: Searcher, query: wq.Query, filters: Filters, wanted: int) -> _Collected:
    """The top matches (a margin beyond `wanted`), whether that is all of them, and whether the time limit
    hit."""
    allowed = allowed_documents(searcher, filters)
    if allowed is not None and not allowed:  # nothing passes (Whoosh would read an empty set as "no filter")
        return _Collected([], True, False)
    collector = _DeadlineCollector(searcher.collector(limit=wanted + MARGIN), allowed,
                                   time.monotonic() + TIME_LIMIT_SECONDS)
    timed_out = False
    try:
        searcher.search_with_collector(query, collector)
    except TimeLimit:
        timed_out = True
        log.warning("search for %s hit the %.1f s limit", query, TIME_LIMIT_SECONDS)
    found = []
    for score_hit in collector.results():
        stored = score_hit.fields()
        found.append((score_hit.score or 0.0, stored["story_id"], stored.get("published"), stored))
    return _Collected(found, not timed_out and len(found) < wanted + MARGIN, timed_out)


def _count_stories(searcher: Searcher, query: wq.Query, allowed: Any, deadline: float) -> tuple[int, bool]:
    """How many stories match `query` among the `allowed` documents (None: all), each once however often it
    was filed (`copy_groups`); (0, False) when `deadline` passed before the count was done."""
    if allowed is not None and not allowed:
        return 0, True
    try:
        matched = _matching(searcher, query, deadline)
    except TimeLimit:
        log.warning("counting the matches of %s stopped at the %.2f s limit", query, COUNT_SECONDS)
        return 0, False
    if allowed is not None:
        matched = {docnum for docnum in matched if docnum in allowed}
    return distinct_stories(searcher, matched), True


def _matching(searcher: Searcher, query: wq.Query, deadline: float) -> set[int]:
    """The documents `query` matches, without scores. A query of words (AND, OR, exclusion of terms) is worked
    out on the document sets of its terms, half the time of Whoosh's own matchers, which step through
    every match in Python (p95 33 against 72 ms over the benchmark's searches at 100,000 stories); anything
    else (phrases, ranges, patterns) by Whoosh. Postings leave deleted documents out."""
    if time.monotonic() > deadline:
        raise TimeLimit
    if type(query) is wq.Or and not query.minmatch:  # exact types: Ordered is an And, DisjunctionMax an Or
        return set().union(*(_matching(searcher, child, deadline) for child in query.subqueries))
    if type(query) is wq.And:
        matched = sorted((_matching(searcher, child, deadline) for child in query.subqueries), key=len)
        return matched[0].intersection(*matched[1:]) if matched else set()
    if type(query) is wq.AndNot:
        return _matching(searcher, query.a, deadline) - _matching(searcher, query.b, deadline)
    return set(searcher.docs_for_query(query))


def distinct_stories(searcher: Searcher, docnums: Iterable[int]) -> int:
    """How many stories the documents are, each once however often it was filed (`copy_groups`)."""
    groups = copy_groups(searcher)
    return len({groups.get(docnum, -1 - docnum) for docnum in docnums})


@per_searcher
def copy_groups(searcher: Searcher) -> dict[int, int]:
    """Every document filed more than once (one `copy` key for several live documents, `documents.copy_key`)
    with the first document of its group, once per searcher (i.e. per index version): what counting stories
    instead of documents needs. Which stories were filed twice is only in the `copy` field's terms, one a
    document: 0.36 s to read at 100,000 stories.

    A key in two segments may be a group; within a segment, only when it has fewer keys than documents
    (each document has one), and then its terms' frequencies say which. Those include deleted documents
    (a changed file's old stories): the postings, which do not, decide."""
    keys: Counter[bytes] = Counter()
    for leaf, _ in searcher.leaf_searchers():
        reader = leaf.reader()
        lexicon = list(reader.lexicon("copy"))
        keys.update(lexicon)
        if len(lexicon) < reader.doc_count_all():
            keys.update({key: 1 for key, info in reader.iter_field("copy") if info.doc_frequency() > 1})
    groups: dict[int, int] = {}
    for key in (key for key, count in keys.items() if count > 1):
        docnums = sorted(searcher.docs_for_query(wq.Term("copy", key)))
        if len(docnums) > 1:
            groups.update(dict.fromkeys(docnums, docnums[0]))
    return groups


def hit_from_stored(score: float, stored: dict, weights: dict[str, float], copies: list[str] | None = None) -> Hit:
    story, _ = story_from_stored(stored["story"])
    text, highlights = snippet(story, weights)
    return Hit(story_id=story.story_id, kind=story.kind, headline=story.headline, dateline=story.dateline,
               places=story.places, sources=story.sources, published=story.published, snippet=text,
               file=story.file, record_id=story.record_id, score=round(score, 4), highlights=highlights,
               section=story.section, copies=list(copies or []), published_from=story.published_from)


_Item = TypeVar("_Item")


def first_of_copies(items: Sequence[_Item], copy_of: Callable[[_Item], str],
                    id_of: Callable[[_Item], str]) -> list[tuple[_Item, list[str]]]:
    """Each story once, where it first comes in `items`, with the ids of its copies that come later (the same
    `documents.copy_key`): a copy is no second search result, no second report of the same figure in a
    comparison, and no second story agreeing with an answer."""
    kept: dict[str, tuple[_Item, list[str]]] = {}
    for item in items:
        key = copy_of(item)
        if key in kept:
            kept[key][1].append(id_of(item))
        else:
            kept[key] = (item, [])
    return list(kept.values())


@dataclass(slots=True)
class Found:
    """A story found for passage work, with its stored figures and search score."""

    score: float
    story: Story
    figures: list[Figure]
    copy: str  # what its copies share (`documents.copy_key`, as indexed)
    copies: list[str] = field(default_factory=list)  # ids of the same story filed again


def found_from_stored(score: float, stored: dict) -> Found:
    """A story as the index stores it (Whoosh's stored fields), found with this score."""
    return Found(score, *story_from_stored(stored["story"]), stored["copy"])


def distinct(found: list[Found]) -> list[Found]:
    """`found` with each story once (`first_of_copies`), the ids of its later copies added to its own."""
    kept = first_of_copies(found, lambda item: item.copy, lambda item: item.story.story_id)
    for item, copies in kept:
        item.copies.extend(copy for copy in copies if copy not in item.copies)
    return [item for item, _ in kept]


def top_stories(searcher: Searcher, read: ReadQuery, filters: Filters, limit: int,
                any_words: bool = False) -> list[Found]:
    """The best stories for passage finding (quotes, answers, figures): all words first, else any."""
    if read.query is None:
        return []
    queries = [read.fallback or read.query] if any_words else [read.query, read.fallback]
    for query in queries:
        if query is None:
            continue
        found = sorted(_collect(searcher, query, filters, limit).found, key=lambda item: (-round(item[0], 6), item[1]))
        if found:
            return distinct([found_from_stored(score, stored) for score, _, _, stored in found])[:limit]
    return []
