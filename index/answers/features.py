"""The numbers the fitted models see: one vector per candidate, one per question's best candidate.

Kept in one place so fitting (`bench/fit_answers.py`) and answering use the same vectors; the model file
records the feature names it was fitted on, and loading refuses a model fitted on other features.
"""

from __future__ import annotations

import math

from index.answers.candidates import RELATIVE, Candidate
from index.answers.question import KINDS, Question

BASE = ("cover_own", "cover_near", "cover_story", "cover_headline", "heaviest_own", "heaviest_story",
        "others_own", "names_near", "unknown", "search_score", "search_rank", "span", "span_close", "span_beside",
        "span_novel", "span_unit", "span_measure", "focus_own", "matched_weight", "bm25", "density", "lead", "length",
        "detail_own", "figure_asked", "figure_any")
#: The span signal per asked kind (a span means more for "hoeveel" than for "wat zei"), and the kind.
CANDIDATE = (*BASE, *(f"relative_{name}" for name in RELATIVE), *(f"span_{kind}" for kind in KINDS),
             *(f"kind_{kind}" for kind in KINDS), "english", "agree")
DECISION = ("best_logit", "margin", "best_cover_own", "best_span", "unknown", "english", "agree", "comparative",
            *(f"kind_{kind}" for kind in KINDS))


def _kinds(question: Question, prefix: str, value: float) -> dict[str, float]:
    return {f"{prefix}_{kind}": value if question.kind == kind else 0.0 for kind in KINDS}


def candidate_vector(question: Question, candidate: Candidate) -> list[float]:
    values = dict(candidate.features)
    values.update(_kinds(question, "span", values["span"]))
    values.update(_kinds(question, "kind", 1.0))
    values["english"] = 1.0 if question.language == "en" else 0.0
    values.setdefault("agree", 0.0)
    return [values[name] for name in CANDIDATE]


def logit(probability: float) -> float:
    probability = min(max(probability, 1e-6), 1 - 1e-6)
    return math.log(probability / (1 - probability))


def decision_vector(question: Question, ranked: list[Candidate]) -> list[float]:
    """The best candidate against the runner-up from another story."""
    best = ranked[0]
    second = next((item for item in ranked[1:] if item.story.story_id != best.story.story_id), None)
    values = {
        "best_logit": logit(best.probability),
        "margin": best.probability - (second.probability if second else 0.0),
        "best_cover_own": best.features["cover_own"],
        "best_span": best.features["span"],
        "unknown": best.features["unknown"],
        "english": 1.0 if question.language == "en" else 0.0,
        "agree": best.features.get("agree", 0.0),
        "comparative": 1.0 if question.comparative else 0.0,
        **_kinds(question, "kind", 1.0),
    }
    return [values[name] for name in DECISION]
