"""Stage 4: score candidates with the models fitted on labelled questions (`bench/fit_answers.py`).

Three logistic regressions (fitted by `bench/fit_answers.py`; here only their coefficients): the first gives
each candidate sentence the probability that it holds the answer from its lexical evidence; the second
re-ranks the likeliest few by their closeness in meaning to the question as well (`rerank`); the third
turns the best one's probability, its margins over the others and its evidence into the calibrated
confidence that the answer shown is right. The file also holds the abstention threshold chosen on
held-apart questions.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from index.answers.features import CANDIDATE, DECISION, RERANK
from index.shared import shared

MODEL = Path(__file__).with_name("data") / "model.json"


@dataclass(frozen=True, slots=True)
class Linear:
    coefficients: tuple[float, ...]
    intercept: float
    #: Each signal's mean over the training rows: stands in for a signal missing (NaN) when answering, as a
    #: story's closeness in meaning before its opening is embedded; a missing signal then says nothing.
    means: tuple[float, ...] | None = None

    def probability(self, vector: list[float]) -> float:
        if self.means is not None:
            vector = [mean if math.isnan(value) else value for value, mean in zip(vector, self.means, strict=True)]
        z = self.intercept + sum(weight * value for weight, value in zip(self.coefficients, vector, strict=True))
        return 1 / (1 + math.exp(-max(min(z, 40.0), -40.0)))


@dataclass(frozen=True, slots=True)
class Models:
    rank: Linear
    rerank: Linear
    confidence: Linear
    threshold: float


class ModelMismatch(RuntimeError):
    """The model file was fitted on other features than the code computes: refit it."""


def _linear(data: dict, names: tuple[str, ...], expected: tuple[str, ...]) -> Linear:
    if tuple(names) != expected:
        raise ModelMismatch(f"model fitted on {list(names)}, code computes {list(expected)}")
    means = data.get("means")
    return Linear(tuple(data["coefficients"]), float(data["intercept"]), tuple(means) if means else None)


def parse(data: dict) -> Models:
    return Models(rank=_linear(data["rank"], tuple(data["rank"]["features"]), CANDIDATE),
                  rerank=_linear(data["rerank"], tuple(data["rerank"]["features"]), RERANK),
                  confidence=_linear(data["confidence"], tuple(data["confidence"]["features"]), DECISION),
                  threshold=float(data["threshold"]))


@shared
def load(path: Path = MODEL) -> Models:
    return parse(json.loads(path.read_text("utf-8")))
