"""The cross-validation folds of the answer-model fitter."""

from __future__ import annotations

from collections import Counter

import pytest

from bench import fit_answers


def test_questions_go_to_folds_by_number_unless_a_seed_deals_them(monkeypatch: pytest.MonkeyPatch) -> None:
    assert [fit_answers.fold_of(number) for number in range(7)] == [0, 1, 2, 3, 4, 0, 1]
    monkeypatch.setattr(fit_answers, "fold_seed", 1)
    dealt = [fit_answers.fold_of(number) for number in range(300)]
    assert dealt == [fit_answers.fold_of(number) for number in range(300)]  # the same on every run
    assert dealt != [number % fit_answers.FOLDS for number in range(300)]
    assert all(40 <= count <= 80 for count in Counter(dealt).values()) and len(set(dealt)) == fit_answers.FOLDS
