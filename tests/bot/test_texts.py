"""The bot's own words: every one in Dutch and English, with the same blanks to fill in."""

from __future__ import annotations

import string

import pytest

from bot.texts import TEXTS, describe_reading, text
from index.models import QueryReading


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
    assert text("nl", "too_large", size=9_000_000, limit=8_388_608) == "te groot (9,000,000 bytes; hoogstens 8,388,608)"
    assert text("en", "too_large", size=9_000_000, limit=8_388_608) == "too large (9,000,000 bytes; at most 8,388,608)"


def test_how_a_query_was_read() -> None:
    reading = QueryReading(words=["Noord", "Korea"], match="any", corrections={"soldatne": ["soldaten"]},
                           shortened=True, filters={"source": "AFP"})
    assert describe_reading(reading, "nl") == [
        "Geen artikel bevat alle woorden; dit zijn artikelen met een deel ervan: Noord, Korea",
        "Typfout? soldatne gelezen als soldaten",
        "De zoekopdracht was te lang en is ingekort.",
        "Filters: source=AFP",
    ]
    advanced = QueryReading(syntax="advanced", parsed="(bron:AFP AND plaats:seoul)", fallback=None)
    assert describe_reading(advanced, "en") == ["Advanced query read as: (bron:AFP AND plaats:seoul)"]
    assert describe_reading(QueryReading(match="none"), "en") == [
        "Nothing was left to search for (only stop words or symbols)."]
