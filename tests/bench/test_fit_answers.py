"""The cross-validation folds of the answer-model fitter."""

from __future__ import annotations

from collections import Counter

import pytest

from bench import chat_style, fit_answers


def test_questions_go_to_folds_by_number_unless_a_seed_deals_them(monkeypatch: pytest.MonkeyPatch) -> None:
    assert [fit_answers.fold_of(number) for number in range(7)] == [0, 1, 2, 3, 4, 0, 1]
    monkeypatch.setattr(fit_answers, "fold_seed", 1)
    dealt = [fit_answers.fold_of(number) for number in range(300)]
    assert dealt == [fit_answers.fold_of(number) for number in range(300)]  # the same on every run
    assert dealt != [number % fit_answers.FOLDS for number in range(300)]
    assert all(40 <= count <= 80 for count in Counter(dealt).values()) and len(set(dealt)) == fit_answers.FOLDS


def test_a_deal_given_deals_as_the_seed_would(monkeypatch: pytest.MonkeyPatch) -> None:
    given = {deal: [fit_answers.fold_of(number, deal) for number in range(300)] for deal in range(3)}
    for deal in range(3):
        monkeypatch.setattr(fit_answers, "fold_seed", deal)
        assert given[deal] == [fit_answers.fold_of(number) for number in range(300)]
    assert len({tuple(folds) for folds in given.values()}) == 3  # three different deals


def test_every_deal_s_answer_to_a_question_is_left_out_with_it() -> None:
    """The confidence learns from the answers of several deals: the strength chosen by leaving folds out must
    leave out every answer to a question together, or it would be scored on questions it was fitted on."""
    owners = [number for _ in range(fit_answers.DEALS) for number in range(40)]
    for fold in range(fit_answers.FOLDS):
        outside, inside = fit_answers._folds(owners, fold)
        assert inside and not {owners[index] for index in inside} & {owners[index] for index in outside}
        assert set(Counter(owners[index] for index in inside).values()) == {fit_answers.DEALS}


@pytest.mark.parametrize("seed", [0, 1])
def test_a_rewriting_of_a_question_is_left_out_with_it(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """Ranking models also fit rewritings of each train question: one scored in a fold the model was fitted
    with its question would be scored on a question it has seen."""
    monkeypatch.setattr(fit_answers, "fold_seed", seed)
    for number in range(50):
        copies = [number + copy * fit_answers.VARIANT_STRIDE for copy in range(1, 4)]
        assert {fit_answers.fold_of(copy) for copy in copies} == {fit_answers.fold_of(number)}


def test_rewritings_change_the_style_not_the_words() -> None:
    """The same rewritings on every run; each keeps the question's words but for one slip of the keys,
    adding only words that lead in or remark ('nou', 'snap er niks van')."""
    text = "Hoeveel soldaten heeft Noord-Korea naar Rusland gestuurd?"
    found = chat_style.variants(text, "nl", "t001", 6)
    assert found == chat_style.variants(text, "nl", "t001", 6) and len(set(found)) > 3
    added = {word for phrase in (*chat_style.LEAD_INS["nl"], *chat_style.REMARKS["nl"]) for word in phrase.split()}
    for variant in found:
        words = {word.strip("?:").lower() for word in variant.split()} - {word.strip("?:") for word in added}
        original = {word.strip("?").lower() for word in text.split()}
        assert len(words - original) <= 1 and len(original - words) <= 1, variant
    english = {word for phrase in (*chat_style.LEAD_INS["en"], *chat_style.REMARKS["en"]) for word in phrase.split()}
    dutch = added - english
    for variant in chat_style.variants("Who won the final in Rotterdam?", "en", "t002", 6):
        assert not dutch & set(variant.lower().split()), variant  # an English question is rewritten in English
