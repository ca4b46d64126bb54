"""The cross-validation folds of the answer-model fitter, and how it chooses the threshold."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from bench import chat_style, fit_answers
from index.answers.features import CANDIDATE, DECISION, DECISION_DIRECTIONS, RERANK, directions


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


def test_the_threshold_keeps_the_issue_s_targets_before_the_least_loss() -> None:
    """Thirty answerable questions: ten sure answers, and between 0.30 and 0.69 two right answers for every
    wrong one. The least loss alone (a wrong answer costing two abstentions) answers them all, seven wrong,
    over the 10 % the issue allows; the threshold keeps the wrong answers within it, and gives the sure ones.
    """
    band = [(0.30 + 0.02 * step, "wrong" if step % 3 == 2 else "right") for step in range(20)]
    rows = [(0.9, "right")] * 10 + band
    assert fit_answers.choose_threshold(rows, answerable=1000, unanswerable=0) <= 0.32  # no limit binds
    chosen = fit_answers.choose_threshold(rows, answerable=30, unanswerable=0)
    assert sum(confidence >= chosen for confidence, verdict in rows if verdict == "wrong") <= 3 and chosen < 0.9
    # Two of five unanswerable questions answered at 0.85: the abstentions' target (80 %) moves it above them.
    higher = fit_answers.choose_threshold([*rows, (0.85, "none"), (0.85, "none")], answerable=30, unanswerable=5)
    assert 0.85 < higher <= 0.9


def test_with_no_threshold_within_the_targets_the_least_loss_is_chosen_and_said(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Every answer wrong: no threshold keeps 10 %; abstaining on all is the least loss, and the fitter says so."""
    rows = [(0.6 + 0.01 * step, "wrong") for step in range(40)]
    assert fit_answers.choose_threshold(rows, answerable=10, unanswerable=0) > 0.9
    assert "no threshold keeps the wrong answers within 10%" in capsys.readouterr().err


def test_strengths_that_rank_alike_are_told_apart_by_their_likelihood(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two questions fewer right than the strength with the most, twelve of them right differently (a
    standard error of ~3.5): the two rank alike, and the better likelihood wins. Twelve fewer: it does not."""
    right = {strength: frozenset(range(200)) for strength in fit_answers.STRENGTHS}
    right[0.0001] = frozenset(range(202))  # the most, with the flattest probabilities
    right[0.01] = frozenset(range(5, 200)) | frozenset(range(300, 305))  # 200: 2 fewer, 12 differently
    likelihood = {strength: -500.0 for strength in fit_answers.STRENGTHS} | {0.0001: -580.0, 0.01: -470.0}
    monkeypatch.setattr(fit_answers, "_fitted_without", lambda rows, fold, names, strength: {
        "coefficients": (strength,), "intercept": 0.0, "means": (0.0,)})
    rows = ([], [], [0] * fit_answers.FOLDS)

    def score(model: fit_answers.Linear, inside: list[int]) -> tuple[frozenset[int], float]:
        strength = model.coefficients[0]
        return right[strength], likelihood[strength] / fit_answers.FOLDS

    assert fit_answers._pick_strength("test", rows, ("x",), score) == 0.01
    right[0.01] = frozenset(range(190))
    assert fit_answers._pick_strength("test", rows, ("x",), score) == 0.0001


def test_the_blind_set_is_judged_as_the_shared_sets_are() -> None:
    """Every question of the blind set has the shared sets' fields and types; an unanswerable one names no
    answer and no record, every other one at least one answer form and the records it comes from, among them
    the article it was written over, which no train or dev question names (other papers' copies of it may
    be named there)."""
    questions = fit_answers.read_blind()
    assert len(questions) == len({item["id"] for item in questions}) == 400
    assert Counter(fit_answers.blind_part(item) for item in questions) == {"A": 100, "B": 100, "C": 100, "D": 100}
    assert Counter(item["type"] for item in questions) == {"factoid": 224, "quote": 48, "english": 48,
                                                          "compare": 32, "none": 48}
    for item in questions:
        assert item["question"].strip()
        answerable = item["type"] != "none"
        assert bool(item["answers"]) == bool(item["docs"]) == answerable
    if not (fit_answers.EVAL / "train.jsonl").exists():
        pytest.skip("no ../shared/eval here")
    used = {str(doc) for name in ("train.jsonl", "dev.jsonl") for item in fit_answers.read_set(name)
            for doc in item.get("docs") or []}
    assert all(not used.issuperset(item["docs"]) for item in questions if item["docs"])


def test_the_confidence_keeps_each_signal_s_direction_and_fits_as_scikit_learn_otherwise() -> None:
    """Two overlapping signals of which only one's own part is evidence, fitted freely, split into a large
    weight and a negative one; a signal whose direction is known (more of the question covered is never
    evidence against) keeps its sign, and one with none declared is fitted as scikit-learn fits it."""
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    evidence, overlap = rng.normal(size=400), rng.normal(size=400)
    labels = (evidence - overlap + rng.normal(scale=0.5, size=400) > 0).astype(float)
    rows = np.column_stack([evidence, evidence + overlap, rng.normal(size=400)])
    free, _ = fit_answers._logistic(rows, labels, 1.0, [0, 0, 0])
    reference = LogisticRegression(C=1.0, max_iter=5000).fit(rows, labels).coef_[0]
    assert free == pytest.approx(reference, abs=1e-3) and free[1] < 0  # the free fit: one copy against
    bounded, _ = fit_answers._logistic(rows, labels, 1.0, [1, 1, 0])
    assert bounded[0] > 0 and bounded[1] >= 0
    assert set(DECISION_DIRECTIONS) <= set(DECISION) and set(DECISION_DIRECTIONS.values()) <= {-1, 1}
    assert directions(DECISION).count(1) == 16 and not any(directions(CANDIDATE) + directions(RERANK))
