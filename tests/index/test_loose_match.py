"""Loose matches of index terms (`index.loose_match`): forms the stemmer keeps apart, and words that only look alike."""

from __future__ import annotations

import pytest

from index.loose_match import soft_match


@pytest.mark.parametrize(("question_term", "text_term"), [
    ("staakt", "gestaakt"), ("israelier", "israel"), ("brazilie", "braziliaan"), ("straf", "gevangenisstraf"),
    ("aangemeld", "gemeld"),
])
def test_loose_matches(question_term: str, text_term: str) -> None:
    assert 0 < soft_match(question_term, text_term) < 1


@pytest.mark.parametrize(("question_term", "text_term"), [
    ("land", "nederland"), ("wereld", "wereldhandel"), ("2018", "2019"),
])
def test_no_loose_match(question_term: str, text_term: str) -> None:
    assert soft_match(question_term, text_term) == 0
