"""Comparing two runs over the evaluation sets: verdicts at each run's threshold, and unread questions never shown."""

from __future__ import annotations

from bench import answer_sets, fit_answers


def _row(part: str, kind: str, confidence: float, forced: str, answer: str | None = None,
         shown: bool = False) -> dict:
    return {"part": part, "type": kind, "confidence": confidence, "forced": forced, "answer": answer, "shown": shown}


def test_questions_fall_into_the_fitter_s_parts() -> None:
    dev = next(question for number in range(20) if fit_answers.dev_part(question := {"id": f"d{number:03}"}) == "B")
    assert answer_sets.part_of({"id": "t001"}) == "train"
    assert answer_sets.part_of(dev) == "devB"
    assert [answer_sets.part_of({"id": key}) for key in ("s101", "s512", "u301", "u815")] == [
        "blind1", "blind2", "blind3", "blind4"]


def test_an_answer_under_the_threshold_abstains_which_is_right_only_when_nothing_answers() -> None:
    assert answer_sets.at_threshold(_row("devA", "factoid", 0.8, "wrong"), 0.7) == "wrong"
    assert answer_sets.at_threshold(_row("devA", "factoid", 0.6, "wrong"), 0.7) == "abstained"
    assert answer_sets.at_threshold(_row("devA", "none", 0.6, "wrong"), 0.7) == "right"
    assert answer_sets.at_threshold(_row("devA", "none", 0.8, "wrong"), 0.7) == "wrong"
    assert answer_sets.at_threshold(_row("devA", "factoid", 0.0, "abstained"), 0.0) == "abstained"


def test_a_comparison_lists_changes_in_read_parts_and_only_counts_them_in_unread_ones() -> None:
    before = {"threshold": 0.7, "rows": {
        "d001": _row("devA", "factoid", 0.6, "right", "tien"),
        "s501": _row("blind2", "factoid", 0.9, "wrong", "geheim antwoord"),
        "s502": _row("blind2", "none", 0.2, "wrong", "nog een")}}
    after = {"threshold": 0.65, "rows": {
        "d001": _row("devA", "factoid", 0.66, "right", "tien"),
        "s501": _row("blind2", "factoid", 0.9, "right", "ander antwoord"),
        "s502": _row("blind2", "none", 0.2, "wrong", "nog een")}}
    lines = answer_sets.compare(before, after)
    text = "\n".join(lines)
    assert "d001 forced right -> right, 0.60 -> 0.66" in text  # abstained at 0.70, answered at 0.65
    assert "s501" not in text and "antwoord" not in text
    assert "1 changed (unread: not listed)" in text
    blind = [line for line in lines if "right " in line and "forced right" in line]
    assert "right   0 wrong   1 abstained   0 | unanswerable abstained  1 | forced right   0" in blind[0]
    assert "right   1 wrong   0 abstained   0 | unanswerable abstained  1 | forced right   1" in blind[1]


def test_a_right_answer_whose_short_answer_is_wrong_is_counted_apart() -> None:
    """score.py accepts the gold form in the quoted sentence; the bold line on top may still be wrong."""
    run = {"threshold": 0.7, "rows": {
        "d001": _row("devA", "factoid", 0.9, "right", "8,8", shown=True),
        "d002": _row("devA", "factoid", 0.9, "right", "400 kinderen", shown=False),
        "d003": _row("devA", "compare", 0.9, "right", "10.000"),  # a comparison's short answer is its figures
        "d004": _row("devA", "factoid", 0.9, "wrong", "elf")}}
    assert answer_sets.summary(run, "devA", set(run["rows"])).endswith("short answer right   1 of   2")
