"""Telling a form of a common Dutch verb from the infinitive its stem spells (`index.verbs`)."""

from __future__ import annotations

import pytest

from index.verbs import infinitives, present_tense


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
