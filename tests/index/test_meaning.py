"""Closeness in meaning (index/meaning.py) with the real bundled model: what the re-rank stage
relies on, in Dutch and across languages, and that the shared model is safe to call from two threads."""

from __future__ import annotations

import threading

import pytest

from index import meaning as meaning_module
from index.meaning import Meaning, meaning

ANSWER = "Zaterdag werd een plaquette onthuld op het bankje in het Kromme Rijnpark, waar Dick Bruna vaak zat."
LEAD = "Dick Bruna is in 2017 overleden; de schepper van nijntje wordt in Utrecht op veel manieren herdacht."
OTHER = "De gemeenteraad praat dinsdag over de nieuwe parkeertarieven in de binnenstad."


def test_the_sentence_that_answers_is_closer_than_one_restating_the_topic() -> None:
    answers, leads, others = meaning().similarities("bij welk park staat dat bankje van Dick Bruna?",
                                                    [ANSWER, LEAD, OTHER])
    assert answers > leads > others


def test_an_english_question_is_close_to_the_dutch_sentence_that_answers_it() -> None:
    answers, others = meaning().similarities("in which park is the Dick Bruna bench?", [ANSWER, OTHER])
    assert answers > others


def test_vectors_are_remembered_up_to_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meaning_module, "REMEMBERED", 3)
    fresh = Meaning()
    first = fresh.similarities("welk park?", [ANSWER, LEAD, OTHER])
    assert len(fresh._vectors) == 3  # the question's vector was the oldest and made way
    assert fresh.similarities("welk park?", [ANSWER, LEAD, OTHER]) == pytest.approx(first)


def test_two_threads_at_once_get_what_one_gets_alone() -> None:
    alone = Meaning().similarities("welk park?", [ANSWER, LEAD, OTHER])
    shared, results = Meaning(), []

    def ask() -> None:
        results.append(shared.similarities("welk park?", [ANSWER, LEAD, OTHER]))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4 and all(result == pytest.approx(alone) for result in results)


def test_a_question_foreseen_is_embedded_before_it_is_needed() -> None:
    fresh = Meaning()
    fresh.foresee("welk park?").join()
    assert list(fresh._vectors) == [(True, "welk park?")]
    assert fresh.similarities("welk park?", [ANSWER]) == pytest.approx(Meaning().similarities("welk park?", [ANSWER]))


def test_a_text_longer_than_the_model_reads_is_cut_to_its_first_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine reads on past the model's 512 tokens, in time growing with the text (a story of 20,000 letters
    without a space took 9 s): what it is given ends where the model's reading ends; short texts are whole."""
    fresh = Meaning()
    model, fed = fresh._load(), []
    embed = model.passage
    monkeypatch.setattr(model, "passage", lambda texts: (fed.extend(texts), embed(texts))[1])
    long = f"{ANSWER} {'x' * 100_000}"
    fresh.passages([long, ANSWER])
    assert fed[1] == ANSWER
    assert long.startswith(fed[0]) and ANSWER in fed[0]
    assert model.token_count(fed[0], False) <= meaning_module.MAX_TOKENS < model.token_count(long, False)
