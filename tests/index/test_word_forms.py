"""Telling forms of common Dutch words from the base form they spell (`index.word_forms`)."""

from __future__ import annotations

import pytest

from index.word_forms import infinitives, inflected_adjective, leans, present_tense


@pytest.mark.parametrize(("word", "verb"), [
    ("komt", True), ("wordt", True), ("gaat", True), ("maakt", True), ("wint", True), ("blijft", True),
    ("reist", True), ("draait", True),
    ("doden", False), ("gewonden", False), ("komen", False), ("procent", False), ("punt", False),
    ("Komt", False),  # a capitalised word is a name's
])
def test_present_tense_is_read_from_the_infinitive(word: str, verb: bool) -> None:
    assert present_tense(word) is verb


@pytest.mark.parametrize(("stem", "voiced", "infinitive"), [
    ("leef", True, "leven"), ("reis", True, "reizen"), ("haal", False, "halen"), ("win", False, "winnen"),
    ("werk", False, "werken"),
])
def test_the_infinitive_a_stem_spells(stem: str, voiced: bool, infinitive: str) -> None:
    assert infinitive in infinitives(stem, voiced)


@pytest.mark.parametrize(("word", "adjective"), [
    ("duitse", True), ("rijke", True), ("dikke", True), ("grote", True), ("volgende", True), ("chinese", True),
    ("boete", False), ("ziekte", False), ("tuinman", False), ("week", False),
])
def test_an_adjective_inflected_before_its_noun(word: str, adjective: bool) -> None:
    assert inflected_adjective(word) is adjective


def test_a_word_leans_to_the_language_whose_general_text_has_it_more() -> None:
    """One comparison of general frequencies serves the question's language, its half-English words and the
    Dutch words of a portfolio before a name."""
    assert leans("much", "en", 0.5) and not leans("much", "nl")
    assert leans("Buitenlandse", "nl", 3.0) and not leans("José", "nl", 3.0)
    assert not leans("me", "en", 0.5) and not leans("me", "nl", 0.5)  # both languages' word
