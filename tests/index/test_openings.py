"""Story openings embedded once, after indexing (index/openings.py), and the answer stage that reads them
(index/answers/stories.py), with the real embedding model over real files on disk."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import numpy as np
import pytest

from index.answers.question import read_question
from index.answers.retrieve import retrieve
from index.answers.stories import ADDED, weigh_stories
from index.library import Library
from index.meaning import DIMENSIONS, meaning
from index.openings import FILE, Openings, embed_openings, index_openings, one_pass

FARM = "Boerderij in Friesland afgebrand\n\nLEEUWARDEN (ANP) - Een uitslaande brand heeft vannacht een boerderij " \
       "in Burgum verwoest. Tachtig koeien konden op tijd naar buiten worden gebracht.\n"
TRAIN = "Treinverkeer rond Utrecht urenlang plat\n\nUTRECHT (ANP) - Door een storing in de bovenleiding reden " \
        "dinsdag urenlang geen treinen tussen Utrecht en Amersfoort. Reizigers moesten met bussen verder.\n"
BUDGET = "Kabinet trekt extra geld uit voor defensie\n\nDEN HAAG (ANP) - Het kabinet trekt volgend jaar twee " \
         "miljard euro extra uit voor de krijgsmacht, maakte de minister van Financiën bekend.\n"


def library_of(tmp_path: Path, stories: dict[str, str]) -> Library:
    articles = tmp_path / "articles"
    articles.mkdir(exist_ok=True)
    for name, text in stories.items():
        (articles / name).write_text(text, encoding="utf-8")
    library = Library(articles, tmp_path / "index")
    library.ensure_index()
    return library


def test_a_build_embeds_every_story_s_opening_and_the_next_pass_nothing(seed_library: Library) -> None:
    stories = index_openings(seed_library.store)
    assert len(Openings(seed_library.store.root)) == len(stories) > 10  # the two pages and their briefs
    assert embed_openings(seed_library.store) == (0, len(stories))


def test_a_changed_story_is_embedded_again_and_a_removed_one_dropped(tmp_path: Path) -> None:
    library = library_of(tmp_path, {"boerderij.txt": FARM, "trein.txt": TRAIN})
    try:
        before = Openings(library.store.root).stored()
        (library.articles / "boerderij.txt").write_text(FARM.replace("afgebrand", "in vlammen opgegaan"), "utf-8")
        (library.articles / "trein.txt").unlink()
        library.reindex()
        assert library.embed_openings() == (1, 0)  # the farm's new headline; the train story is gone
        after = Openings(library.store.root).stored()
        assert len(after) == 1 and not set(after) & set(before)
        (library.articles / "defensie.txt").write_text(BUDGET, "utf-8")
        library.reindex()
        assert library.embed_openings() == (1, 1)
    finally:
        library.close()


def test_a_damaged_file_counts_as_nothing_embedded_and_is_embedded_again(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    library = library_of(tmp_path, {"boerderij.txt": FARM, "trein.txt": TRAIN})
    try:
        (library.store.root / FILE).write_bytes(b"geen numpy-bestand")
        with caplog.at_level(logging.WARNING, logger="index.openings"):
            assert len(Openings(library.store.root)) == 0
        assert "unreadable" in caplog.text
        assert library.embed_openings() == (2, 0)
        assert len(Openings(library.store.root)) == 2
    finally:
        library.close()


def test_questions_read_the_openings_in_a_byte_each_and_a_pass_keeps_the_file_s_own(tmp_path: Path) -> None:
    """The bot holds the openings of every story while it serves (77 MB at 100,000 stories in half precision,
    which kept it at its 500 MB limit): a question reads them in one byte a number, as close as a question
    needs; the pass adding to the file reads them as saved, so no pass rounds them again."""
    library = library_of(tmp_path, {"boerderij.txt": FARM, "trein.txt": TRAIN, "defensie.txt": BUDGET})
    try:
        openings = Openings(library.store.root)
        saved = openings.stored()
        held = openings.current()
        assert held.matrix.nbytes == len(saved) * DIMENSIONS  # a byte a number
        texts = {key: text for key, (_, text) in index_openings(library.store).items()}
        for key, (_, vector) in saved.items():
            [read] = held.vectors([texts[key]])
            assert read is not None and float(np.abs(read - vector.astype(np.float32)).max()) < 0.005
        openings.save(saved)
        assert all(np.array_equal(vector, openings.stored()[key][1]) for key, (_, vector) in saved.items())
    finally:
        library.close()


def test_an_english_question_is_closest_to_the_dutch_story_that_answers_it(tmp_path: Path) -> None:
    library = library_of(tmp_path, {"boerderij.txt": FARM, "trein.txt": TRAIN, "defensie.txt": BUDGET})
    try:
        asked = meaning().question("How many cows were saved from the burning farm?")
        first = Openings(library.store.root).current().nearest(asked, 3)[0]
        story = library.story(first)
        assert story is not None and story.headline == "Boerderij in Friesland afgebrand"
    finally:
        library.close()


def test_the_stories_close_in_meaning_that_the_words_missed_are_added(tmp_path: Path) -> None:
    library = library_of(tmp_path, {"boerderij.txt": FARM, "trein.txt": TRAIN, "defensie.txt": BUDGET})
    try:
        question = read_question("waarom reden er geen treinen tussen Utrecht en Amersfoort?")
        retrieved = retrieve(library.store, question)
        words = [found.story.headline for found in retrieved.found]
        weigh_stories(library.store, question, retrieved)
        headlines = [found.story.headline for found in retrieved.found]
        assert headlines[:len(words)] == words and len(headlines) == min(3, len(words) + ADDED)
        assert len(set(headlines)) == len(headlines)  # none twice
        closeness = dict(zip(headlines, retrieved.closeness, strict=True))
        assert closeness["Treinverkeer rond Utrecht urenlang plat"] == max(closeness.values())
    finally:
        library.close()


def test_without_embedded_openings_the_answer_is_the_words_alone(tmp_path: Path) -> None:
    """A story indexed but not embedded yet (the bot's pass runs after the reindex) adds nothing and has no
    closeness, which the rank model reads as the signal's training mean: the answer is still given, as sure
    as with the openings embedded give or take what the closeness itself says."""
    library = library_of(tmp_path, {"boerderij.txt": FARM, "trein.txt": TRAIN})
    try:
        (library.store.root / FILE).unlink()
        question = read_question("hoeveel koeien werden gered?")
        retrieved = retrieve(library.store, question)
        found = len(retrieved.found)
        weigh_stories(library.store, question, retrieved)
        assert len(retrieved.found) == found and set(retrieved.closeness) == {None}
        answer = library.ask("hoeveel koeien werden gered?")
        assert not answer.abstained and "Tachtig koeien" in answer.quote.text
        library.embed_openings()
        embedded = library.ask("hoeveel koeien werden gered?")
        assert embedded.quote.text == answer.quote.text and abs(embedded.confidence - answer.confidence) < 0.2
    finally:
        library.close()


def test_a_second_pass_waits_for_the_first_and_embeds_only_what_it_left(tmp_path: Path) -> None:
    library = library_of(tmp_path, {"boerderij.txt": FARM})
    try:
        (library.articles / "trein.txt").write_text(TRAIN, "utf-8")
        library.reindex()
        results: list[tuple[int, int]] = []
        with one_pass(library.store.root):  # as another process's pass would hold it
            second = threading.Thread(target=lambda: results.append(library.embed_openings()))
            second.start()
            second.join(timeout=1.0)
            assert second.is_alive() and len(Openings(library.store.root)) == 1  # waiting, nothing written
        second.join()
        assert results == [(1, 1)] and len(Openings(library.store.root)) == 2
    finally:
        library.close()
