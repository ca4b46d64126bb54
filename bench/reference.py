"""Reference engines: the same stories and search queries through a naive Whoosh setup and tantivy.

Why: our numbers alone do not say whether a millisecond is good. A naive Whoosh (what one gets by
following Whoosh's tutorial: StandardAnalyzer, one writer, a new searcher per query) shows what our
Dutch analysis, figures, stored stories and query reading cost or save; tantivy (Rust) shows what an
engine outside Python does with the same input.

Both index the stories exactly as the library reads them (`index.parsing.parse_file`, the same headline
with the dateline's places and the same body), so index size and build time compare like for like; the
parse time is counted in their build, as it is in ours. Queries are read the way each engine reads them
by default: plain words must all match (our plain search does the same), phrases are phrases, filters
are filters; typos are not corrected (neither engine does that by default).
"""

from __future__ import annotations

import contextlib
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.queries import Query, article_files
from bench.stats import dir_bytes, latency_summary
from index.analysis import fold
from index.models import Story
from index.parsing import parse_file

#: Queries run (and not timed) before timing, as for our own searches.
WARMUP = 5
HITS = 5  # the bot shows five hits a page
_PLAIN_WORD = re.compile(r"\w+")
_ALIASES = {"bron": "source", "plaats": "place"}


@dataclass(slots=True)
class Documents:
    """Every story of the corpus once (briefs seen on several pages are one story), and the parse time."""

    stories: list[Story]
    parse_seconds: float


def read_documents(articles: Path) -> Documents:
    started = time.perf_counter()
    by_id: dict[str, Story] = {}
    for path in article_files(articles):
        parsed = parse_file(path.relative_to(articles).as_posix(), path.read_bytes(), path.stat().st_mtime)
        for story in parsed.stories:
            by_id.setdefault(story.story_id, story)
    return Documents(list(by_id.values()), time.perf_counter() - started)


def fields_of(story: Story) -> dict[str, Any]:
    """The text the library indexes for a story (headline with the dateline's places, body) and filters."""
    return {"story_id": story.story_id, "headline": " ".join([story.headline, *story.places]),
            "body": story.text, "place": [fold(place) for place in story.places],
            "source": [fold(source) for source in story.sources]}


def plain_words(text: str) -> str:
    """A plain query as words only: a naive setup would hand users' `?` and `:` to its parser."""
    return " ".join(_PLAIN_WORD.findall(text))


def query_text(query: Query) -> str:
    if query.options.get("advanced"):
        text = query.text
        for dutch, english in _ALIASES.items():
            text = text.replace(dutch + ":", english + ":")
        return text
    return plain_words(query.text)


def time_queries(queries: list[Query], run: Callable[[Query], int]) -> dict[str, Any]:
    """Latency of `run` per query (after a warm-up), with the share of queries that found anything."""
    for query in queries[:WARMUP]:
        with contextlib.suppress(Exception):  # counted below, where it is timed
            run(query)
    times: list[float] = []
    found = errors = 0
    for query in queries:
        started = time.perf_counter()
        try:
            hits = run(query)
        except Exception:  # a query one engine's parser rejects counts, but does not stop the run
            hits, errors = 0, errors + 1
        times.append(time.perf_counter() - started)
        found += hits > 0
    return {**latency_summary(times), "found_share": round(found / max(1, len(queries)), 3), "errors": errors}


# -- naive Whoosh ----------------------------------------------------------------------------------

def whoosh_reference(documents: Documents, queries: list[Query], folder: Path) -> dict[str, Any]:
    """Build with one default writer, search with a new searcher per query."""
    from whoosh import index as whoosh_index
    from whoosh.fields import ID, KEYWORD, TEXT, Schema
    from whoosh.qparser import MultifieldParser
    from whoosh.query import And, Term

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    schema = Schema(story_id=ID(stored=True, unique=True), headline=TEXT(stored=True), body=TEXT(),
                    place=KEYWORD(lowercase=True, commas=True), source=KEYWORD(lowercase=True, commas=True))
    started = time.perf_counter()
    ix = whoosh_index.create_in(str(folder), schema)
    writer = ix.writer()
    for story in documents.stories:
        fields = fields_of(story)
        writer.add_document(**{**fields, "place": ",".join(fields["place"]), "source": ",".join(fields["source"])})
    writer.commit()
    index_seconds = time.perf_counter() - started
    parser = MultifieldParser(["headline", "body"], schema)

    def run(query: Query) -> int:
        filters = [Term(name, fold(query.options[name])) for name in ("place", "source") if query.options.get(name)]
        with ix.searcher() as searcher:
            results = searcher.search(parser.parse(query_text(query)), limit=HITS,
                                      filter=And(filters) if filters else None)
            return len([hit["headline"] for hit in results])

    return {"engine": "whoosh (StandardAnalyzer, one writer, a new searcher per query)",
            "parse_seconds": round(documents.parse_seconds, 3), "index_seconds": round(index_seconds, 3),
            "build_seconds": round(documents.parse_seconds + index_seconds, 3), "documents": len(documents.stories),
            "index_bytes": dir_bytes(folder), "search": time_queries(queries, run)}


# -- tantivy ---------------------------------------------------------------------------------------

def tantivy_reference(documents: Documents, queries: list[Query], folder: Path) -> dict[str, Any]:
    """tantivy's defaults: its own tokenizer, one writer (its own threads), one commit."""
    try:
        import tantivy
    except ImportError:
        return {"skipped": "tantivy is not installed (pip install tantivy, or the `bench` extra)"}
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("story_id", stored=True, tokenizer_name="raw")
    builder.add_text_field("headline", stored=True)
    builder.add_text_field("body")
    builder.add_text_field("place", tokenizer_name="raw")
    builder.add_text_field("source", tokenizer_name="raw")
    schema = builder.build()
    started = time.perf_counter()
    index = tantivy.Index(schema, path=str(folder))
    writer = index.writer()
    for story in documents.stories:
        fields = fields_of(story)
        document = tantivy.Document(story_id=fields["story_id"], headline=fields["headline"], body=fields["body"])
        for name in ("place", "source"):
            for value in fields[name]:
                document.add_text(name, value)
        writer.add_document(document)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    index_seconds = time.perf_counter() - started

    def run(query: Query) -> int:
        parsed = index.parse_query(query_text(query), ["headline", "body"], conjunction_by_default=True)
        clauses = [(tantivy.Occur.Must, parsed)]
        for name in ("place", "source"):
            if query.options.get(name):
                clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, name, fold(query.options[name]))))
        searcher = index.searcher()
        result = searcher.search(tantivy.Query.boolean_query(clauses), HITS)
        return len([searcher.doc(address)["headline"] for _, address in result.hits])

    return {"engine": "tantivy (default tokenizer, one writer, a searcher per query)",
            "parse_seconds": round(documents.parse_seconds, 3), "index_seconds": round(index_seconds, 3),
            "build_seconds": round(documents.parse_seconds + index_seconds, 3), "documents": len(documents.stories),
            "index_bytes": dir_bytes(folder), "search": time_queries(queries, run)}
