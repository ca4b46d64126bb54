"""The numbers the fitted models see: one vector per candidate, one per question's best candidate.

Kept in one place so fitting (`bench/fit_answers.py`) and answering use the same vectors; the model file
records the feature names it was fitted on, and loading refuses a model fitted on other features.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from index.analysis import fold
from index.answers.candidates import RELATIVE, STATEMENT, STORY_RELATIVE, Candidate, reports_again
from index.answers.question import KINDS, Question
from index.answers.retrieve import Retrieved
from index.compare import NOT_COMPARED

BASE = ("cover_own", "cover_near", "cover_story", "cover_headline", "heaviest_own", "heaviest_story",
        "others_own", "names_near", "unknown", "search_score", "search_rank",
        "story_meaning", "story_meaning_gap", "story_meaning_english", "span", "span_close", "span_beside",
        "span_novel", "span_unit", "span_measure", "span_misfit", "focus_own", "span_focus", "matched_weight", "bm25",
        "density", "lead", "length", "detail_own", "figure_asked", "figure_any", "context")
#: The span signal per asked kind (a span means more for "hoeveel" than for "wat zei"), and the kind.
CANDIDATE = (*BASE, *(f"relative_{name}" for name in RELATIVE), *(f"story_{name}" for name in STORY_RELATIVE),
             *(f"span_{kind}" for kind in KINDS),
             *(f"kind_{kind}" for kind in KINDS), "english", "agree")
#: The best candidate's own signals the confidence also weighs.
BEST = ("cover_near", "cover_story", "context", "span_beside", "span_measure", "span_unit", "span_misfit",
        "figure_asked", "search_score")
#: Candidates the confidence looks at beside the best: how much of their likelihood backs the same span
#: (the same figure in the lead and the next sentence, in two reports) or the same story.
SUPPORTERS = 10
DECISION = ("best_logit", "margin", "margin_any", "support", "story_share", "best_cover_own", "best_span", "missing",
            "english", "agree", "comparative", "measure_missed", "unit_missed", "best_meaning", "meaning_margin",
            *(f"best_{name}" for name in BEST))
#: The confidence's signals whose direction is known from what they measure (1: more of it is evidence for the
#: answer, -1: against); the fitted weights keep these signs (`bench/fit_answers.py`). The others (English, a
#: comparison, an answer from a neighbouring sentence) may go either way.
DECISION_DIRECTIONS = {
    **{name: 1 for name in ("best_logit", "margin", "margin_any", "support", "story_share", "best_cover_own",
                            "best_span", "agree", "best_meaning", "meaning_margin", "best_cover_near",
                            "best_cover_story", "best_span_measure", "best_span_unit", "best_figure_asked",
                            "best_search_score")},
    **{name: -1 for name in ("missing", "measure_missed", "unit_missed", "best_span_misfit")},
}


def directions(names: tuple[str, ...]) -> list[int]:
    """The sign each signal of a model's `names` keeps when fitted (0: free): the confidence's known ones; the
    ranking models' are free (bounding the re-rank's was measured and left out: thirty-second round)."""
    known = DECISION_DIRECTIONS if names == DECISION else {}
    return [known.get(name, 0) for name in names]
#: The candidate's own evidence that the re-rank weighs afresh among the few it re-orders (the lexical logit
#: sums it over all candidates): a span of the asked kind, measure and unit, new to the question and near its
#: words; the lead; how much of the question the sentence covers, also beyond the story's topic.
RERANK_SIGNALS = ("span", "span_novel", "span_measure", "span_unit", "span_misfit", "span_close", "span_focus", "lead",
                  "context", "detail_own", "cover_own")
#: The re-rank model's signals (`rerank`): the lexical model's logit, the closeness in meaning and the
#: evidence above, each also against the best of the candidates re-ranked.
RERANK = ("logit", "logit_gap", "meaning", "meaning_gap", *RERANK_SIGNALS,
          *(f"{name}_gap" for name in RERANK_SIGNALS))


def _kinds(question: Question, prefix: str, value: float) -> dict[str, float]:
    return {f"{prefix}_{kind}": value if question.kind == kind else 0.0 for kind in KINDS}


def candidate_vector(question: Question, candidate: Candidate) -> list[float]:
    values = dict(candidate.features)
    values.update(_kinds(question, "span", values["span"]))
    values.update(_kinds(question, "kind", 1.0))
    values["english"] = 1.0 if question.language == "en" else 0.0
    values.setdefault("agree", 0.0)
    return [values[name] for name in CANDIDATE]


def head_vectors(logits: list[float], similarities: list[float], head: list[Candidate]) -> list[list[float]]:
    """The re-rank model's vector of each candidate re-ranked: every signal, and its gap to the best of them."""
    columns = [logits, similarities, *([candidate.features[name] for candidate in head] for name in RERANK_SIGNALS)]
    best = [max(column) for column in columns]
    rows = []
    for index in range(len(head)):
        values = [column[index] for column in columns]
        gaps = [value - top for value, top in zip(values, best, strict=True)]
        rows.append([values[0], gaps[0], values[1], gaps[1], *values[2:], *gaps[2:]])
    return rows


def logit(probability: float) -> float:
    probability = min(max(probability, 1e-6), 1 - 1e-6)
    return math.log(probability / (1 - probability))


def _share(ranked: list[Candidate], backs: Callable[[Candidate], bool]) -> float:
    """The share of the likeliest candidates' probability that candidates `backs` accepts hold."""
    top = ranked[:SUPPORTERS]
    total = sum(item.probability for item in top)
    return sum(item.probability for item in top if backs(item)) / total if total else 0.0


def _rival(question: Question, best: Candidate, item: Candidate) -> bool:
    """A runner-up that gives another answer than the best candidate, which the margin is counted over: not one
    with the same span (another report of it, the next sentence quoting it beside: forty-ninth round), nor another
    report's figure of what it counts (`_reported_again`); those back the answer, they do not compete with it."""
    if best.span is None or item.span is None:
        return True
    return fold(item.span.text) != fold(best.span.text) and not _reported_again(question, best, item)


def _reported_again(question: Question, best: Candidate, item: Candidate) -> bool:
    """Another story's figure of what the best one counts, as the answer lists other reports (`reports_again`):
    '12.000 soldaten' and '1500 soldaten' beside '10.000 militairen' are the same quantity as other reports had it,
    shown with the answer as how it changed, not rival answers (the seed pages' question abstained over the shared
    material, the reports' disagreement counted against the answer)."""
    kind = best.span.kind if best.span is not None else ""
    return (question.kind == "hoeveel" and bool(kind) and kind not in NOT_COMPARED and item.span is not None
            and item.span.kind == kind and item.story.story_id != best.story.story_id
            and reports_again(question, best, item))


def _same_statement(question: Question, best: Candidate, item: Candidate) -> bool:
    """For "wat zei X": a quotation of the same story within a statement's length of the best one. A figure is
    backed by the same figure elsewhere, but a statement is said once: its other quotations back it, as the
    same span backs a figure (they counted as against it, and quotation answers were the least confident)."""
    return (question.kind == "wat_zei" and item.story.story_id == best.story.story_id
            and abs(item.position - best.position) <= STATEMENT)


def decision_vector(question: Question, retrieved: Retrieved, ranked: list[Candidate]) -> list[float]:
    """The best candidate against the runner-up from another story, how the likeliest candidates back its
    span and its story, how much closer in meaning it is than the other candidates re-ranked, and how much
    of the question's meaning no article has (`Retrieved.missing_share`: the candidates' own 'unknown' is the
    share of the weights their coverages are counted in, which a small collection inflates)."""
    best = ranked[0]
    second = next((item for item in ranked[1:] if item.story.story_id != best.story.story_id), None)
    others = [item.features["meaning"] for item in ranked[1:] if "meaning" in item.features]  # re-ranked ones
    span = fold(best.span.text) if best.span is not None else None
    values = {
        "best_logit": logit(best.probability),
        "margin": best.probability - (second.probability if second else 0.0),
        "margin_any": best.probability - next((item.probability for item in ranked[1:]
                                               if _rival(question, best, item)), 0.0),
        "support": _share(ranked, lambda item: span is not None and item.span is not None
                          and (fold(item.span.text) == span or _same_statement(question, best, item))),
        "story_share": _share(ranked, lambda item: item.story.story_id == best.story.story_id),
        "best_cover_own": best.features["cover_own"],
        "best_span": best.features["span"],
        "missing": retrieved.missing_share,
        "english": 1.0 if question.language == "en" else 0.0,
        "agree": best.features.get("agree", 0.0),
        "comparative": 1.0 if question.comparative else 0.0,
        # A figure of another measure or unit than asked ('twee treinen' for 'wat kost een ticket').
        "measure_missed": float(question.measure is not None and not best.features["span_measure"]),
        "unit_missed": float(question.kind == "hoeveel" and not best.features["span_unit"]
                             and not best.features["span_measure"]),
        "best_meaning": best.features["meaning"],
        "meaning_margin": best.features["meaning"] - max(others, default=best.features["meaning"]),
        **{f"best_{name}": best.features[name] for name in BEST},
    }
    return [values[name] for name in DECISION]
