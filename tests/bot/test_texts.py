"""The bot's own words: every one in Dutch and English, with the same blanks to fill in."""

from __future__ import annotations

import string

import pytest

from bot.texts import (
    TEXTS,
    cooldown,
    counted,
    describe_reading,
    follow_filters,
    reindex_failure,
    reindex_summary,
    result_count,
    text,
)
from index.models import QueryReading, ReindexReport, SearchResult


def blanks(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_word_exists_in_both_languages() -> None:
    assert set(TEXTS["nl"]) == set(TEXTS["en"])


@pytest.mark.parametrize("key", sorted(TEXTS["nl"]))
def test_both_languages_fill_in_the_same_blanks(key: str) -> None:
    assert blanks(TEXTS["nl"][key]) == blanks(TEXTS["en"][key])


def test_an_unknown_language_gets_dutch() -> None:
    assert text("fy", "next") == "Volgende" and text("en", "next") == "Next"


def test_the_size_refusal_speaks_the_users_language() -> None:
    size, limit = 9_000_000, 8_388_608
    assert text("nl", "too_large", size=counted("nl", "byte", size), limit=counted("nl", "byte", limit)) == (
        "te groot (9.000.000 bytes; hoogstens 8.388.608 bytes)")
    assert text("en", "too_large", size=counted("en", "byte", size), limit=counted("en", "byte", limit)) == (
        "too large (9,000,000 bytes; at most 8,388,608 bytes)")


@pytest.mark.parametrize(("language", "noun", "words"), [
    ("nl", "result", ["0 resultaten", "1 resultaat", "2 resultaten", "12.000 resultaten"]),
    ("en", "result", ["0 results", "1 result", "2 results", "12,000 results"]),
    ("nl", "story", ["0 verhalen", "1 verhaal", "2 verhalen", "12.000 verhalen"]),
    ("en", "story", ["0 stories", "1 story", "2 stories", "12,000 stories"]),
    ("nl", "byte", ["0 bytes", "1 byte", "2 bytes", "12.000 bytes"]),
])
def test_one_is_singular_every_other_count_plural(language: str, noun: str, words: list[str]) -> None:
    assert [counted(language, noun, value) for value in (0, 1, 2, 12_000)] == words
    assert counted(language, noun, 1, approximate=True).startswith("~1 ")  # an estimate is never exactly one
    assert counted(language, noun, 1, approximate=True) != counted(language, noun, 1)


def test_one_search_result_and_one_story_are_singular_everywhere() -> None:
    result = SearchResult(query="Seoul", total=1, total_exact=True, page=1, pages=1, hits=[])
    assert text("nl", "results_header", results=result_count(result, "nl"), query="Seoul", page=1, pages=1) == (
        "1 resultaat voor „Seoul” (pagina 1/1)")
    assert text("en", "results_header", results=result_count(result, "en"), query="Seoul", page=1, pages=1) == (
        "1 result for “Seoul” (page 1/1)")
    report = ReindexReport(added=1, stories=1, seconds=0.5)
    assert reindex_summary(report, "nl").endswith("; 1 verhaal (0,5 s).")  # a Dutch decimal comma
    assert reindex_summary(report, "en").endswith("; 1 story (0.5 s).")
    many = ReindexReport(stories=1421, seconds=4.61)
    assert reindex_summary(many, "nl").endswith("; 1.421 verhalen (4,6 s).")
    assert reindex_summary(many, "en").endswith("; 1,421 stories (4.6 s).")


def test_a_failed_reindex_is_worded_in_the_readers_language() -> None:
    assert reindex_failure("en", "disk-full", "/srv/index", "No space left on device") == (
        "The reindex failed: the disk is full (/srv/index); the previous index stays in use.")
    assert reindex_failure("nl", "read-only", "/srv/index") == (
        "De herindexering is mislukt: het bestandssysteem is alleen-lezen (/srv/index); de vorige index blijft in "
        "gebruik.")
    assert reindex_failure("en", "other", "", "Input/output error") == (
        "The reindex failed: Input/output error; the previous index stays in use.")


def test_how_a_query_was_read() -> None:
    reading = QueryReading(words=["Noord", "Korea"], match="any", corrections={"soldatne": ["soldaten"]},
                           shortened=True, filters={"source": "AFP"})
    assert describe_reading(reading, "nl") == [
        "Geen artikel bevat alle woorden; dit zijn artikelen met een deel ervan: Noord, Korea",
        "Typfout? soldatne gelezen als soldaten",
        "De zoekopdracht was te lang en is ingekort.",
        "Filters: bron AFP",
    ]
    dated = QueryReading(words=["brexit"], filters={
        "source": "AFP", "place": "Londen", "kind": "record", "since": "2019-04-01T00:00:00+02:00",
        "until": "2019-05-01T00:00:00+02:00"})
    assert describe_reading(dated, "nl")[-1] == (
        "Filters: bron AFP, plaats Londen, soort record, vanaf 1 apr 2019, vóór 1 mei 2019")
    assert describe_reading(dated, "en")[-1] == (
        "Filters: source AFP, place Londen, kind record, since 1 Apr 2019, before 1 May 2019")
    advanced = QueryReading(syntax="advanced", parsed="(bron:AFP AND plaats:seoul)", fallback=None)
    assert describe_reading(advanced, "en") == ["Advanced query read as: (bron:AFP AND plaats:seoul)"]
    assert describe_reading(QueryReading(match="none"), "en") == [
        "Nothing was left to search for (only stop words or symbols)."]


@pytest.mark.parametrize(("language", "source", "place", "said"), [
    ("nl", "AFP", None, " (bron AFP)"), ("nl", None, "Seoul", " (plaats Seoul)"),
    ("nl", "AFP", "Seoul", " (bron AFP, plaats Seoul)"), ("en", "AFP", None, " (source AFP)"), ("nl", None, None, "")])
def test_a_follow_names_only_the_filters_it_has(language: str, source: str | None, place: str | None,
                                                said: str) -> None:
    """Not " (bron AFP, plaats -)"."""
    assert follow_filters(language, source, place) == said


@pytest.mark.parametrize(("retry_after", "said"), [(0.4, "1 s"), (1.0, "1 s"), (1.2, "2 s"), (29.6, "30 s")])
def test_a_cooldown_names_a_wait_that_is_long_enough(retry_after: float, said: str) -> None:
    """Rounded up: "try again in 0 s" would be wrong, and so would any wait shorter than the real one."""
    assert cooldown("en", retry_after) == f"Easy now: try again in {said}."
