"""Answer-quality evaluation: `python -m bench.eval_questions`.

Runs every question of `tests/eval/questions.jsonl` (written blind to the implementation, over the
material in ../shared) through `Library.ask` on an index of ../shared, and prints accuracy per question
type and the abstention accuracy. An answer counts as right when it holds an expected span (for
"hoeveel": the expected value) and as sourced when its quote also comes from the expected story.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from index.analysis import fold
from index.figures import parse_digits
from index.library import Library
from index.models import Answer

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "eval" / "questions.jsonl"
SHARED = ROOT.parent / "shared"
CORPUS_FILES = ("seeds/*.txt", "corpora/anp-wire/*.txt", "corpora/dpgmedia2019/articles.jsonl")


def link_corpus(shared: Path, target: Path) -> int:
    """Mirror the shared material into `target` with symlinks, so story files read 'seeds/…'."""
    count = 0
    for pattern in CORPUS_FILES:
        for path in sorted(shared.glob(pattern)):
            link = target / path.relative_to(shared)
            link.parent.mkdir(parents=True, exist_ok=True)
            if not link.exists():
                link.symlink_to(path)
            count += 1
    return count


@contextmanager
def shared_library(index: Path | None = None) -> Iterator[Library]:
    """A library of the shared material, its index built or brought up to date. With `index` (a folder to
    reuse) the material is mirrored beside it, so the next run finds the articles the index was built from: a
    fresh folder each run made the "reuse" index everything again."""
    with tempfile.TemporaryDirectory() as scratch:
        articles = index.with_name(index.name + "-articles") if index else Path(scratch) / "articles"
        link_corpus(SHARED, articles)
        library = Library(articles, index or Path(scratch) / "index")
        try:
            library.ensure_index()
            yield library
        finally:
            library.close()


def _numbers(text: str) -> list[float]:
    values = []
    for match in re.finditer(r"\d+(?:[.,]\d+)*", text):
        value = parse_digits(match.group())
        if value is not None:
            values.append(value)
    return values


def answer_is_right(question: dict[str, Any], answer: Answer) -> bool:
    """The answer holds an expected span (case and accents ignored) or, for numbers, the value."""
    if answer.abstained or not answer.answer:
        return False
    shown = fold(answer.answer)
    if question["type"] in {"wat_zei", "waarom"} and answer.quote:
        shown += " " + fold(answer.quote.text)
    if any(fold(expected) in shown for expected in question.get("expected", [])):
        return True
    value = question.get("value")
    return value is not None and any(abs(number - float(value)) < 1e-6 for number in _numbers(answer.answer))


def source_is_right(question: dict[str, Any], answer: Answer) -> bool:
    if answer.quote is None or question.get("source") is None:
        return False
    sources = [question["source"], *question.get("alt_sources", [])]
    for source in sources:
        record = source.get("record_id")
        if answer.quote.file == source["file"] and (record is None or str(answer.quote.record_id) == str(record)):
            return True
    return False


def evaluate(library: Library, questions: list[dict[str, Any]], verbose: bool = False) -> dict[str, Any]:
    per_type: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rows = []
    started = time.perf_counter()
    for question in questions:
        answer = library.ask(question["question"])
        kind = question["type"]
        if question["answerable"]:
            right = answer_is_right(question, answer)
            sourced = right and source_is_right(question, answer)
            per_type[kind]["answerable"] += 1
            per_type[kind]["right"] += right
            per_type[kind]["sourced"] += sourced
            per_type[kind]["abstained"] += answer.abstained
            outcome = "right" if sourced else "right-other-source" if right else (
                "abstained" if answer.abstained else "wrong")
        else:
            per_type[kind]["unanswerable"] += 1
            per_type[kind]["abstained_correctly"] += answer.abstained
            outcome = "abstained" if answer.abstained else "answered-wrongly"
        rows.append({"id": question["id"], "type": kind, "answerable": question["answerable"],
                     "outcome": outcome, "answer": answer.answer, "confidence": answer.confidence,
                     "reason": answer.reason, "quote_file": answer.quote.file if answer.quote else None})
        if verbose:
            print(f"{outcome:>20}  {question['id']:<18} {question['question'][:70]!r} -> {answer.answer!r} "
                  f"({answer.confidence:.2f}, {answer.reason})", file=sys.stderr)
    elapsed = time.perf_counter() - started
    return {"per_type": {kind: dict(counts) for kind, counts in per_type.items()}, "rows": rows,
            "seconds_per_question": elapsed / max(1, len(questions))}


def summary(result: dict[str, Any]) -> str:
    lines = [f"{'type':<9} {'answerable':>10} {'right':>7} {'+source':>8} {'abstained':>9}   "
             f"{'unanswerable':>12} {'abstained':>9}"]
    totals: dict[str, int] = defaultdict(int)
    for kind in sorted(result["per_type"]):
        counts = result["per_type"][kind]
        for key, value in counts.items():
            totals[key] += value
        lines.append(_row(kind, counts))
    lines.append(_row("all", totals))
    answerable = max(1, totals["answerable"])
    unanswerable = max(1, totals["unanswerable"])
    lines.append("")
    lines.append(f"answer accuracy on answerable questions: {totals['right'] / answerable:.1%} "
                 f"({totals['right']}/{totals['answerable']}); with the expected source: "
                 f"{totals['sourced'] / answerable:.1%}")
    lines.append(f"abstention accuracy on unanswerable questions: {totals['abstained_correctly'] / unanswerable:.1%} "
                 f"({totals['abstained_correctly']}/{totals['unanswerable']})")
    wrong = (totals["answerable"] - totals["right"] - totals["abstained"]
             + totals["unanswerable"] - totals["abstained_correctly"])
    lines.append(f"wrong answers given (answerable answered wrongly + unanswerable answered): {wrong}")
    lines.append(f"mean time per question: {result['seconds_per_question'] * 1000:.0f} ms")
    return "\n".join(lines)


def _row(kind: str, counts: dict[str, int]) -> str:
    answerable, unanswerable = counts.get("answerable", 0), counts.get("unanswerable", 0)

    def share(part: int, whole: int) -> str:
        return f"{part / whole:.0%}" if whole else "-"

    return (f"{kind:<9} {answerable:>10} {share(counts.get('right', 0), answerable):>7} "
            f"{share(counts.get('sourced', 0), answerable):>8} {counts.get('abstained', 0):>9}   "
            f"{unanswerable:>12} {share(counts.get('abstained_correctly', 0), unanswerable):>9}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="one line per question on stderr")
    args = parser.parse_args(argv)
    if not (args.shared / "corpora").is_dir():
        print(f"the shared corpora are not at {args.shared}; nothing to evaluate", file=sys.stderr)
        return 0
    questions = [json.loads(line) for line in args.questions.read_text("utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="dateline-eval-") as work:
        articles = Path(work) / "articles"
        link_corpus(args.shared, articles)
        library = Library(articles, Path(work) / "index")
        library.ensure_index()  # built with its stories' openings embedded, as the bot answers from
        result = evaluate(library, questions, verbose=args.verbose)
        library.close()
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else summary(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
