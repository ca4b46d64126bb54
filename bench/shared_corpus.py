"""The real material's numbers: `python -m bench.shared_corpus`.

Builds an index of everything in ../shared (the seed pages, the ANP wire items, the DPG Media articles)
with the CLI's full reindex in a child process, as a user would, and then times 200 searches and the 200
questions of ../shared/eval/dev.jsonl in one process on a warm `Library`. The synthetic benchmark (bench.run)
says how Dateline scales; this says what it does on the news it was written for: how many stories the real
files give, how long they take to index, how large the index is, and how fast a search and an answer are on it
(the issue asks an answer's mean to stay within 100 ms here).

The 200 searches are made from the DPG headlines (every seventh record: its first three words of four or
more letters), so they are real Dutch news wording and the same on every run.

`--index DIR` keeps the index (and its embedded openings and passages) in DIR and reuses it when it is there;
`--passages N` embeds ahead the passages of the newest N stories before the questions, as the bot does after a
reindex (`index/passage_vectors.py`: most of an hour the first time on this material, nothing later).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.eval_questions import SHARED, link_corpus
from bench.stats import dir_bytes, latency_summary, machine, run_child
from index import answers
from index.library import Library

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DPG = Path("corpora/dpgmedia2019/articles.jsonl")
SEARCHES = 200


def headline_queries(shared: Path, count: int = SEARCHES) -> list[str]:
    """`count` searches from the DPG headlines: every seventh record's first three long words."""
    queries: list[str] = []
    with open(shared / DPG, encoding="utf-8") as records:
        for number, line in enumerate(records):
            if number % 7:
                continue
            words = [word for word in re.findall(r"\w+", json.loads(line).get("title") or "") if len(word) >= 4]
            if words:
                queries.append(" ".join(words[:3]))
            if len(queries) == count:
                break
    return queries


def questions_of(shared: Path) -> list[str]:
    """The questions of the shared dev set (only their text), or none when it is not there."""
    path = shared / "eval" / "dev.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line)["question"] for line in path.read_text("utf-8").splitlines() if line.strip()]


def time_questions(library: Library, questions: list[str]) -> dict[str, Any]:
    """Each question answered once, in order, after what a serving bot prepares when it starts."""
    answers.prepare(library.store)
    seconds = []
    for question in questions:
        start = time.perf_counter()
        library.ask(question)
        seconds.append(time.perf_counter() - start)
    return latency_summary(seconds)


def measure(shared: Path, work: Path, index: Path | None = None, passages: int = 0) -> dict[str, Any]:
    articles, index = work / "articles", index or work / "index"
    files = link_corpus(shared, articles)
    library = Library(articles, index)
    build: dict[str, Any] = {"skipped": None, "build_wall_seconds": None, "build_seconds": None,
                             "build_peak_rss_mb": None}
    if not library.has_index():
        command = [sys.executable, str(PROJECT_ROOT / "run_bot.py"), "reindex", "--full", "--json",
                   "--articles", str(articles), "--index", str(index)]
        child = run_child(command, cwd=PROJECT_ROOT, output_dir=work / "build-output")
        if child.returncode != 0:
            raise RuntimeError(f"the build failed (exit {child.returncode}): {child.stderr[-2000:]}")
        report = json.loads(child.stdout)
        build = {"skipped": len(report["skipped"]), "build_wall_seconds": round(child.wall_seconds, 2),
                 "build_seconds": report["seconds"], "build_peak_rss_mb": child.max_rss_mb}
    if passages:
        library.embed_passages(passages)
    queries = headline_queries(shared)
    library.search(queries[0])  # open the searcher once: what a serving bot already has
    seconds, found = [], 0
    for query in queries:
        start = time.perf_counter()
        result = library.search(query, page_size=5)
        seconds.append(time.perf_counter() - start)
        found += bool(result.hits)
    asked = time_questions(library, questions_of(shared))
    stories = library.story_count()
    library.close()
    return {"files": files, "stories": stories, **build, "index_mb": round(dir_bytes(index) / 1024 ** 2, 1),
            "searches": latency_summary(seconds), "searches_with_hits": found, "questions": asked,
            "passages_ahead": passages, "machine": machine()}


def summary(result: dict[str, Any]) -> str:
    searches, questions = result["searches"], result["questions"]
    built = (f"full build: {result['build_wall_seconds']} s wall ({result['build_seconds']} s in the reindex), "
             f"peak memory {result['build_peak_rss_mb']} MB" if result["build_wall_seconds"] is not None
             else "the index was there already")
    return "\n".join([
        f"files: {result['files']}, stories indexed: {result['stories']}, skipped: {result['skipped']}",
        f"{built}, index {result['index_mb']} MB",
        f"{searches['n']} searches in one process: median {searches['p50_ms']} ms, p95 {searches['p95_ms']} ms, "
        f"p99 {searches['p99_ms']} ms, max {searches['max_ms']} ms; {result['searches_with_hits']} found something",
        f"{questions['n']} questions (dev.jsonl) in the same process, passages of the newest "
        f"{result['passages_ahead']} stories embedded ahead: mean {questions['mean_ms']} ms, median "
        f"{questions['p50_ms']} ms, p95 {questions['p95_ms']} ms, p99 {questions['p99_ms']} ms",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--json", action="store_true", help="print every number as JSON")
    parser.add_argument("--index", type=Path, help="keep the index here, and reuse it when it is there")
    parser.add_argument("--passages", type=int, default=0, metavar="N",
                        help="embed ahead the passages of the newest N stories before timing the questions")
    args = parser.parse_args(argv)
    if not (args.shared / DPG).is_file():
        print(f"the shared corpora are not at {args.shared}; nothing to measure", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="dateline-shared-") as work:
        result = measure(args.shared, Path(work), args.index, args.passages)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else summary(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
