"""Stage 5: answer or abstain, by the calibrated confidence against the threshold chosen on held-apart
questions (where wrong answers stay within the issue's 10 % and a wrong answer costs more than an
abstention; see `bench/fit_answers.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from index.answers.candidates import Candidate
from index.answers.features import decision_vector
from index.answers.model import Models
from index.answers.question import Question
from index.answers.retrieve import Retrieved


@dataclass(slots=True)
class Decision:
    answer: bool
    confidence: float
    reason: str  # answered | low-confidence:0.42 | unknown-words:a,b | no-match | no-words


def decide(question: Question, retrieved: Retrieved, ranked: list[Candidate], models: Models) -> Decision:
    if not question.words:
        return Decision(False, 0.0, "no-words")
    if not ranked:
        unknown = [group.word.text for group in retrieved.groups if not group.known]
        return Decision(False, 0.0, "unknown-words:" + ",".join(unknown) if unknown else "no-match")
    confidence = models.confidence.probability(decision_vector(question, retrieved, ranked))
    if confidence < models.threshold:
        return Decision(False, confidence, f"low-confidence:{confidence:.2f}")
    return Decision(True, confidence, "answered")
