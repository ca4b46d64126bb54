"""Answer the evaluation sets with the committed models and compare two such runs, part by part.

    python -m bench.answer_sets OUT.json [--index DIR] [--parts devA,blind1,blind2,blind3,blind4]
    python -m bench.answer_sets --compare BEFORE.json AFTER.json

Every question is answered with the threshold at 0 (forced), so one run gives both the verdict of the best
answer (how often the right sentence comes first) and, through its confidence, the verdict at any threshold.
Of the forced-right answers of the types whose short answer is a span of the article, it also counts those whose
short answer (the bold line on top) holds a gold form itself: score.py accepts a gold form anywhere in the quoted
sentence, so a right answer may show a wrong figure or name on top ('400 kinderen' for "hoeveel punten").
The comparison prints, for each part, the answerable questions right, wrong and abstained at each run's own
threshold, the unanswerable ones abstained, and the forced right; for the parts already read it then lists the
questions whose verdict changed. For a part nobody here has read (`UNREAD`) it prints counts only, so that
measuring a change never shows its questions (tests/eval/README.md: "Honesty about part B"). Dev part B is
answered only when named in `--parts`: that is one of its prints, to be counted as such.

The parts are those of `bench.fit_answers`: train, dev part A and B (`dev_part`), and the blind set's four
hundreds (`blind_part`: blind1 to blind4).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench import fit_answers as fitting
from bench.eval_questions import SHARED, shared_library
from index.answers import model as answer_model
from index.library import Library

#: Parts whose questions were read to find what goes wrong: a change there may be listed question by question.
READ = ("train", "devA", "blind1", "blind3")
#: Parts counted only: the blind set's unread hundreds (they choose the threshold with part A) and part B.
UNREAD = ("blind2", "blind4", "devB")
#: What a run answers unless told otherwise: every part but dev part B.
DEFAULT_PARTS = ("devA", "blind1", "blind2", "blind3", "blind4")


def part_of(question: dict[str, Any]) -> str:
    """The part a question of train.jsonl, dev.jsonl or the blind set belongs to."""
    if question["id"].startswith("t"):
        return "train"
    if question["id"].startswith(("s", "u")):
        return "blind" + str("ABCD".index(fitting.blind_part(question)) + 1)
    return "dev" + fitting.dev_part(question)


def questions(parts: set[str]) -> list[dict[str, Any]]:
    every = fitting.read_set("train.jsonl") + fitting.read_set("dev.jsonl") + fitting.read_blind()
    return [question for question in every if part_of(question) in parts]


#: The types whose short answer is a span of the article (a comparison's is its list of figures).
SPANNED = ("factoid", "quote", "english")


def answer_all(library: Library, asked: list[dict[str, Any]]) -> dict[str, Any]:
    """Each question's forced answer: its part, type, confidence, verdict and answer text, and whether that text
    holds a gold form itself ("shown")."""
    models = answer_model.load()
    score = fitting.load_score()
    judged = fitting.judge_all(library, asked, replace(models, threshold=0.0), score)
    rows = {row["id"]: {"part": part_of(question), "type": row["type"], "confidence": row["confidence"],
                        "forced": row["verdict"], "answer": row["answer"],
                        "shown": any(score.contains(row["answer"] or "", form) for form in question["answers"])}
            for question, row in zip(asked, judged, strict=True)}
    return {"threshold": models.threshold, "rows": rows}


def at_threshold(row: dict[str, Any], threshold: float) -> str:
    """The verdict of the answer as users get it: abstained under the threshold (right for an unanswerable
    question), else the forced answer's verdict (a question with no candidate at all abstains either way)."""
    if row["confidence"] < threshold or row["forced"] == "abstained":
        return "right" if row["type"] == "none" else "abstained"
    return row["forced"]


def summary(run: dict[str, Any], part: str, ids: set[str]) -> str:
    rows = [row for key, row in run["rows"].items() if key in ids and row["part"] == part]
    verdicts = Counter((row["type"] == "none", at_threshold(row, run["threshold"])) for row in rows)
    forced = sum(row["forced"] == "right" for row in rows if row["type"] != "none")
    spanned = [row for row in rows if row["type"] in SPANNED and row["forced"] == "right"]
    shown = sum(bool(row.get("shown")) for row in spanned)
    return (f"right {verdicts[(False, 'right')]:3} wrong {verdicts[(False, 'wrong')]:3} abstained "
            f"{verdicts[(False, 'abstained')]:3} | unanswerable abstained {verdicts[(True, 'right')]:2} | forced right "
            f"{forced:3} | short answer right {shown:3} of {len(spanned):3}")


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The comparison's lines (see the module docstring): questions are listed only from the parts in READ."""
    ids = set(before["rows"]) & set(after["rows"])
    lines = [f"thresholds {before['threshold']:.2f} -> {after['threshold']:.2f}; {len(ids)} questions in both"]
    for part in sorted({after["rows"][key]["part"] for key in ids}):
        lines += [f"{part:7} before {summary(before, part, ids)}", f"{'':7} after  {summary(after, part, ids)}"]
        changed = sorted(key for key in ids if after["rows"][key]["part"] == part and (
            before["rows"][key]["forced"] != after["rows"][key]["forced"]
            or at_threshold(before["rows"][key], before["threshold"])
            != at_threshold(after["rows"][key], after["threshold"])))
        if part not in READ:
            lines.append(f"{'':7} {len(changed)} changed (unread: not listed)")
            continue
        for key in changed:
            old, new = before["rows"][key], after["rows"][key]
            lines.append(f"{'':7} {key} forced {old['forced']} -> {new['forced']}, "
                         f"{old['confidence']:.2f} -> {new['confidence']:.2f}: {old['answer']!r} -> {new['answer']!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Answer the evaluation sets, or compare two runs "
                                                 "(see the module docstring).")
    parser.add_argument("files", nargs="+", type=Path, help="OUT.json, or BEFORE.json AFTER.json with --compare")
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--index", type=Path, help="reuse an index of ../shared here (the corpus is linked beside it)")
    parser.add_argument("--parts", default=",".join(DEFAULT_PARTS),
                        help=f"comma-separated, of {', '.join(READ + UNREAD)} (devB only when named)")
    args = parser.parse_args(argv)
    if args.compare:
        if len(args.files) != 2:
            parser.error("--compare takes BEFORE.json AFTER.json")
        before, after = (json.loads(path.read_text("utf-8")) for path in args.files)
        print("\n".join(compare(before, after)))
        return 0
    parts = set(args.parts.split(","))
    if unknown := parts - set(READ + UNREAD):
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    if not (SHARED / "eval" / "train.jsonl").exists():
        print(f"no evaluation data in {SHARED / 'eval'}", file=sys.stderr)
        return 2
    with shared_library(args.index) as library:
        run = answer_all(library, questions(parts))
    args.files[0].write_text(json.dumps(run, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(run['rows'])} questions answered into {args.files[0]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
