"""Hostile input, tried on purpose: arbitrary queries never raise, arbitrary files never abort a reindex."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.library import Library
from index.models import Answer, Comparison, QuoteResult, SearchResult
from index.parsing import parse_file
from index.reading import UnreadableFile
from index.search import MAX_TERMS
from tests.conftest import SAMPLE, SEEDS, WIRE

QUERY_SYNTAX = st.sampled_from(['"', "(", ")", "*", "?", "~", "^", ":", "[", "]", "{", "}", "-", "+", "AND", "OR",
                                "NOT", "TO", "bron:", "plaats:", "datum:[", "kop:(", "\\", "/", "'", ",,", "''"])
WORDS = st.sampled_from(["Noord-Korea", "soldaten", "Rusland", "Zelensky", "12.000", "2,5", "hoeveel", "wie",
                         "Oekraïne", "a", "de", "s*", "z*", "xyzzy", "🇰🇵", "\u202e", "\u200b", "@everyone"])
QUERIES = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(WORDS, QUERY_SYNTAX, st.text(max_size=12)), max_size=40).map(" ".join),
    st.text(alphabet=st.characters(codec="utf-8", categories=("Cc", "Cf", "Zs", "So", "Po")), max_size=80),
    # lone surrogates: bytes that are no UTF-8 in a command line or piped input ("hoeveel\udcff soldaten")
    st.lists(st.one_of(WORDS, st.text(alphabet=st.characters(categories=("Cs",)), min_size=1, max_size=3)),
             max_size=8).map(" ".join),
)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = Library(SAMPLE, tmp_path_factory.mktemp("hostile") / "index")
    library.ensure_index()
    yield library
    library.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES, advanced=st.booleans())
def test_search_always_answers(library: Library, query: str, advanced: bool) -> None:
    result = library.search(query, advanced=advanced)
    assert isinstance(result, SearchResult) and result.total >= 0 and len(result.hits) <= 10
    for hit in result.hits:
        assert all(0 <= h.start <= h.end <= len(hit.snippet) for h in hit.highlights)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES)
def test_quote_compare_and_ask_always_answer(library: Library, query: str) -> None:
    quote = library.quote(query)
    assert isinstance(quote, QuoteResult)
    if quote.quote is not None:
        assert quote.quote.text and quote.quote.story_id
    comparison = library.compare(query)
    assert isinstance(comparison, Comparison)
    answer = library.ask(query)
    assert isinstance(answer, Answer) and 0.0 <= answer.confidence <= 1.0
    assert answer.abstained == (answer.answer is None)
    assert answer.abstained or answer.quote is not None


@pytest.mark.parametrize(("query", "advanced_reading"), [
    ("a" * 5000, "advanced"), ("soldaten " * 2000, "advanced"), ("*" * 1000, "too-broad"),
    ("(" * 500 + "x" + ")" * 500, "syntax"), ("s* t* u* v*", "too-broad"), ("?????????", "too-broad"),
    ("soldaat~2 rusland~2 korea~2 oekraine~2", "advanced")])
def test_expensive_queries_are_cut_short(library: Library, query: str, advanced_reading: str) -> None:
    """What keeps them cheap, asserted as behaviour (their time is measured in bench/, and
    tests/reliability/test_query_explosion.py tries them on a large vocabulary): at most MAX_TERMS words,
    wildcards that would expand to the vocabulary and syntax the parser chokes on read as plain words."""
    plain = library.search(query)
    assert plain.reading.syntax == "plain" and len(plain.reading.words) <= MAX_TERMS
    advanced = library.search(query, advanced=True)
    assert (advanced.reading.fallback or advanced.reading.syntax) == advanced_reading
    assert not plain.reading.timed_out and not advanced.reading.timed_out
    assert isinstance(library.ask(query), Answer)


def _real_pages() -> list[bytes]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(WIRE.glob("*.txt"))
    return [path.read_bytes() for path in paths] or [path.read_bytes() for path in sorted(SAMPLE.glob("*.txt"))]


def _mutate(data: bytes, rng: random.Random) -> bytes:
    """Cut, duplicate, flip and splice: what truncated downloads and broken scrapers produce."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not data:
            break
        position = rng.randrange(len(data))
        choice = rng.random()
        if choice < 0.3:
            data[position] = rng.randrange(256)
        elif choice < 0.5:
            del data[position:position + rng.randint(1, 200)]
        elif choice < 0.7:
            data[position:position] = data[max(0, position - 100):position]
        elif choice < 0.85:
            data[position:position] = rng.choice([b"\n", b"Meer uit Buitenland\n", b" geleden", b"(ANP) - ",
                                                  b"\x00", b"\xff\xfe", b"6 minuten geleden", b"{", b'"'])
        else:
            data = data[:position]
    return bytes(data)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(["txt", "json", "jsonl"]))
def test_the_parser_survives_arbitrary_bytes(data: bytes, suffix: str) -> None:
    try:
        parsed = parse_file(f"fuzz.{suffix}", data, 0)
    except UnreadableFile as error:
        assert str(error)  # a reason a person can read
        return
    assert parsed.stories and all(story.story_id and story.paragraphs for story in parsed.stories)


@settings(max_examples=300, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_the_parser_survives_mutated_real_pages(seed: int) -> None:
    rng = random.Random(seed)
    data = _mutate(rng.choice(_real_pages()), rng)
    try:
        parsed = parse_file("mutated.txt", data, 0)
    except UnreadableFile:
        return
    for story in parsed.stories:
        assert story.headline is not None and story.paragraphs


def test_a_folder_of_broken_files_indexes_the_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    rng = random.Random(7)
    pages = _real_pages()
    for number in range(40):
        (folder / f"kapot{number:02d}.txt").write_bytes(_mutate(rng.choice(pages), rng))
    (folder / "ruis.jsonl").write_bytes(bytes(rng.randrange(256) for _ in range(3000)))
    (folder / "goed.txt").write_text("Goed bericht\nZWOLLE (ANP) - Een bericht over zeilboten.", "utf-8")
    library = Library(folder, tmp_path / "index")
    report = library.reindex()
    # Every file is accounted for: indexed, or skipped with a reason (JSON Lines may be partly both).
    skipped = {item.file for item in report.skipped}
    assert set(report.files_added) | skipped == {path.name for path in folder.iterdir()}
    assert all(item.reason for item in report.skipped)
    assert library.search("zeilboten").total == 1
    library.close()
