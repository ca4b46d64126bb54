"""Dateline's benchmark suite: one command, every number the performance targets are about.

    python -m bench.run                      # 10k stories (default)
    python -m bench.run --size 1k|10k|100k   # --json FILE for the results as JSON, --fresh to regenerate

What it measures, on a corpus generated deterministically by bench.generate (cached per size and seed
under bench/.corpus/, with the index built from it):

- full build: `run_bot.py reindex --full --json --no-openings` as a child process, into a fresh folder
  (the stories' openings are embedded after a build, in the background: ~39 ms a story, see below); its wall and
  in-process time, stories/s, peak memory (os.wait4's ru_maxrss, and the sampled sum of the process tree,
  since large builds run in worker processes) and the index's size on disk;
- reindexes in-process (`Library.reindex()`, no interpreter start): nothing changed, and 10 new files
  (`mutate_corpus`), each the median of repeated runs;
- search, quote, ask and compare latency (p50/p95/p99) over a deterministic query mix drawn from the
  corpus itself (bench.queries), on a warm index in this process; the answers' stories-by-meaning stage
  needs every story's opening embedded, which for 100,000 stories takes about an hour, so the `openings` part
  gives the stories that have none a random unit vector instead (`synthetic_openings`): the stage then does
  all its work (the scan, the added stories read), which is what its cost is, though not what it finds;
- cold start to the first answer: a fresh `run_bot.py ask "…" --json` process (median wall time);
- the bot against the fake Discord (bench.discord_load): its peak memory while serving a stream of
  interactions, and the acknowledgement latency of a burst of concurrent /ask and /search while a full
  /reindex runs (and, for comparison, of the same burst with nothing else running);
- references on the same stories and searches: naive Whoosh and tantivy (bench.reference), as ratios;
- the DPG realism check of the corpus (bench.realism), when the real corpus is present.

The targets (set for 100,000 stories on 2 cores) are printed next to the measurements with PASS/MISS; at
other sizes the verdicts are indicative only.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import json
import math
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from bench.queries import Query, Workload, build_workload
from bench.stats import (
    cpu_mark,
    dir_bytes,
    latency_summary,
    load_average,
    machine,
    others_cores,
    repeated,
    run_child,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = PROJECT_ROOT / "bench" / ".corpus"
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
TARGET_SIZE = 100_000
PARTS = ("realism", "build", "openings", "reindex", "queries", "coldstart", "reference", "discord")
#: Queries run untimed per operation before timing (opens the searcher, fills caches).
WARMUP = 5
NEW_FILES = 10


# ==================================================================================================
# Options and results
# ==================================================================================================

def parse_size(text: str) -> int:
    """1k, 10k, 100k, or a plain number of stories (small ones are for the smoke test)."""
    if text in SIZES:
        return SIZES[text]
    try:
        value = int(text.lower().removesuffix("k")) * (1000 if text.lower().endswith("k") else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must be 1k, 10k, 100k or a number of stories, not {text!r}") from None
    if value < 50:
        raise argparse.ArgumentTypeError("size must be at least 50 stories")
    return value


def size_label(stories: int) -> str:
    return next((label for label, value in SIZES.items() if value == stories), str(stories))


@dataclass(slots=True)
class Options:
    stories: int
    seed: int = 1
    fresh: bool = False
    cache: Path = DEFAULT_CACHE
    json_path: Path | None = None
    search: int = 1000
    quote: int = 200
    ask: int = 200
    compare: int = 100
    runs: int = 5
    new_file_runs: int = 3
    cold_runs: int = 3
    stream: int = 100
    burst: int = 50
    skip: frozenset[str] = frozenset()
    profile: Path | None = None

    @property
    def key(self) -> str:
        return f"n{self.stories}-seed{self.seed}"

    @property
    def root(self) -> Path:
        return self.cache / self.key

    def wants(self, part: str) -> bool:
        return part not in self.skip


@dataclass(slots=True)
class Run:
    """The results being gathered, and how long each part took under what load."""

    options: Options
    results: dict[str, Any] = field(default_factory=dict)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        """Time a part and note the load average around it: the machine may be shared."""
        before, mark, started = load_average(), cpu_mark(), time.perf_counter()
        print(f"[bench] {name} …", file=sys.stderr, flush=True)
        try:
            yield
        finally:
            seconds = round(time.perf_counter() - started, 1)
            others = others_cores(mark, cpu_mark())
            self.results.setdefault("phases", {})[name] = {"seconds": seconds, "load_before": before,
                                                           "load_after": load_average(), "others_cores": others}
            print(f"[bench] {name}: {seconds} s (other processes used {others} cores)", file=sys.stderr, flush=True)


# ==================================================================================================
# Corpus and index
# ==================================================================================================

def prepare_corpus(options: Options) -> tuple[Path, dict[str, Any]]:
    """The cached corpus for (size, seed), generated when absent (into a temporary folder, then renamed,
    so an interrupted generation is never mistaken for a corpus)."""
    from bench.generate import generate_corpus

    root = options.root
    if options.fresh and root.exists():
        shutil.rmtree(root)
    articles, summary_path = root / "articles", root / "corpus.json"
    if articles.is_dir() and summary_path.is_file():
        return articles, json.loads(summary_path.read_text("utf-8"))
    root.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(articles, ignore_errors=True)
    pending = root / "articles.partial"
    shutil.rmtree(pending, ignore_errors=True)
    started = time.perf_counter()
    summary = generate_corpus(pending, options.stories, options.seed)
    summary["seconds"] = round(time.perf_counter() - started, 2)
    pending.rename(articles)
    summary_path.write_text(json.dumps(summary, indent=2), "utf-8")
    shutil.rmtree(root / "index", ignore_errors=True)  # built from another corpus
    return articles, summary


def source_state() -> dict[str, Any]:
    """The commit measured, and whether the library's code differed from it (the numbers depend on it)."""
    def git(*args: str) -> str:
        try:  # not strip(): porcelain lines start with a space when only the work tree changed
            return subprocess.run(["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                                  timeout=10).stdout.rstrip("\n")
        except (OSError, subprocess.SubprocessError):
            return ""

    changed = [line[3:] for line in git("status", "--porcelain", "--", "index", "bot", "cogs").splitlines()]
    return {"commit": git("rev-parse", "--short", "HEAD") or None, "uncommitted_library_files": changed}


def child_env() -> dict[str, str]:
    """The environment for child processes: never a real bot token."""
    return {key: value for key, value in os.environ.items() if key != "DISCORD_TOKEN"}


def synthetic_openings(index: Path, seed: int) -> dict[str, Any]:
    """A random unit vector for every story of the index whose opening has none (see the module docstring:
    the answers' cost, not their quality); the embedded ones are kept."""
    from index.meaning import DIMENSIONS
    from index.openings import Openings, index_openings
    from index.store import IndexStore

    store = IndexStore(index)
    try:
        openings = Openings(index)
        vectors = openings.stored()
        missing = {key: story for key, (story, _) in index_openings(store).items() if key not in vectors}
        random = np.random.default_rng(seed).standard_normal((len(missing), DIMENSIONS)).astype(np.float32)
        random /= np.linalg.norm(random, axis=1, keepdims=True)
        vectors.update({key: (story, vector) for (key, story), vector in zip(missing.items(), random, strict=True)})
        openings.save(vectors)
    finally:
        store.close()
    return {"synthetic": len(missing), "embedded": len(vectors) - len(missing)}


def measure_build(articles: Path, options: Options) -> dict[str, Any]:
    """A full build by the CLI in a child process, into a fresh folder that then becomes the cached index."""
    work = options.root / "work"
    fresh = work / "build-index"
    shutil.rmtree(fresh, ignore_errors=True)
    command = [sys.executable, str(PROJECT_ROOT / "run_bot.py"), "reindex", "--full", "--json", "--no-openings",
               "--articles", str(articles), "--index", str(fresh)]
    child = run_child(command, cwd=PROJECT_ROOT, env=child_env(), output_dir=work / "build-output")
    if child.returncode != 0:
        raise RuntimeError(f"the full build failed (exit {child.returncode}): {child.stderr[-2000:]}")
    report = json.loads(child.stdout)
    size = dir_bytes(fresh)
    cached = options.root / "index"
    shutil.rmtree(cached, ignore_errors=True)
    fresh.rename(cached)
    return {"seconds": report["seconds"], "wall_seconds": round(child.wall_seconds, 2),
            "stories": report["stories"], "files": report["added"],
            "stories_per_s": round(report["stories"] / report["seconds"], 1) if report["seconds"] else None,
            "peak_rss_mb": child.max_rss_mb, "tree_sampled_peak_rss_mb": child.tree_sampled_peak_mb,
            "tree_sum_of_peaks_rss_mb": child.tree_sum_of_peaks_mb,
            "index_bytes": size, "index_mb": round(size / 1024 ** 2, 1),
            "skipped": len(report.get("skipped", []))}


def cached_index(options: Options) -> Path:
    """The index an earlier run built, for the parts measured without building: one of another schema (the
    code changed what an index holds) answers nothing, and its timings would measure empty searches."""
    from index.store import IndexStore

    index = options.root / "index"
    if not (index / "CURRENT").is_file():
        raise SystemExit(f"no built index in {index}: run without --skip build first")
    store = IndexStore(index)
    try:
        if store.current() is None:
            why = f"damaged ({store.damage})" if store.damage else "built for another schema"
            raise SystemExit(f"the index in {index} is {why}: run without --skip build first")
    finally:
        store.close()
    return index


def link_tree(source: Path, target: Path) -> Path:
    """A copy of an articles folder made of hard links (same inodes, so same mtimes): cheap at any size,
    and files added to the copy never reach the cached corpus."""
    shutil.rmtree(target, ignore_errors=True)

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link)
    return target


def copy_index(index: Path, copy: Path, articles: Path) -> None:
    """A copy of a built index at `copy` that belongs to `articles` (a linked copy of the folder it was built
    from): an index answers only for its own folder, and a reindex from another is a full rebuild."""
    from index.store import IndexStore

    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(index, copy)
    copied = IndexStore(copy).current()
    if copied is not None:
        copied.record_articles(articles, copy)


# ==================================================================================================
# In-process measurements
# ==================================================================================================

@contextmanager
def profiled(options: Options, name: str) -> Iterator[None]:
    """cProfile the block into PROFILE/name.prof and a top-40 text (only with --profile)."""
    if options.profile is None:
        yield
        return
    options.profile.mkdir(parents=True, exist_ok=True)
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        yield
    finally:
        profiler.disable()
        profiler.dump_stats(options.profile / f"{name}.prof")
        with open(options.profile / f"{name}.txt", "w", encoding="utf-8") as handle:
            pstats.Stats(profiler, stream=handle).sort_stats("cumulative").print_stats(40)


def measure_reindex(articles: Path, index: Path, options: Options) -> dict[str, Any]:
    """Nothing-changed and 10-new-files reindexes of a copy of the built index, timed in this process."""
    from bench.generate import mutate_corpus
    from index.library import Library

    work = options.root / "work"
    articles = link_tree(articles, work / "reindex-articles")
    copy = work / "reindex-index"
    copy_index(index, copy, articles)
    library = Library(articles, copy)
    try:
        median, runs, reports = repeated(library.reindex, options.runs)
        unchanged = {"median_s": round(median, 3), "runs_s": [round(value, 3) for value in runs],
                     "changed_files": max(report.added + report.updated + report.removed for report in reports)}
        times, added = [], []
        for number in range(options.new_file_runs):
            mutate_corpus(articles, NEW_FILES, seed=10_000 + number)
            started = time.perf_counter()
            added.append(library.reindex().added)
            times.append(time.perf_counter() - started)
        if options.profile is not None:  # one more of each, profiled (not timed: cProfile slows it down)
            with profiled(options, "reindex-unchanged"):
                library.reindex()
            mutate_corpus(articles, NEW_FILES, seed=20_000)
            with profiled(options, "reindex-new-files"):
                library.reindex()
    finally:
        library.close()
    new_files = {"median_s": round(statistics.median(times), 3), "runs_s": [round(value, 3) for value in times],
                 "files_added": added}
    return {"unchanged": unchanged, "new_files": new_files}


def _outcome(op: str, result: Any) -> bool:
    """Whether a result found something: hits, a quote, an answer, figures."""
    if op == "search":
        return result.total > 0
    if op == "quote":
        return result.quote is not None
    if op == "ask":
        return not result.abstained
    return bool(result.figures)


def _caller(library: Any, op: str, chart: Path | None) -> Callable[[Query], Any]:
    """The library call the bot makes for each operation (the bot's page size; /compare draws a chart)."""
    if op == "search":
        return lambda query: library.search(query.text, page_size=5, limit=200, **query.options)
    if op == "quote":
        return lambda query: library.quote(query.text)
    if op == "ask":
        return lambda query: library.ask(query.text)
    return lambda query: library.compare(query.text, chart=chart)


def time_op(call: Callable[[Query], Any], op: str, queries: list[Query]) -> dict[str, Any]:
    """Latency percentiles of one operation over its queries, per kind too, with what they found."""
    for query in queries[:min(WARMUP, max(1, len(queries) // 10))]:
        with contextlib.suppress(Exception):  # a failing query is counted below, where it is timed
            call(query)
    times: list[float] = []
    kinds: dict[str, list[float]] = {}
    found, errors = 0, []
    for query in queries:
        started = time.perf_counter()
        try:
            result = call(query)
        except Exception as error:  # a crash costs one query, and is reported
            result = None
            errors.append(f"{query.text!r}: {type(error).__name__}: {error}")
        elapsed = time.perf_counter() - started
        times.append(elapsed)
        kinds.setdefault(query.kind, []).append(elapsed)
        found += result is not None and _outcome(op, result)
    return {**latency_summary(times), "found_share": round(found / max(1, len(queries)), 3),
            "errors": len(errors), "error_examples": errors[:3],
            "by_kind": {kind: latency_summary(values) for kind, values in sorted(kinds.items())}}


def measure_queries(articles: Path, index: Path, workload: Workload, options: Options) -> dict[str, Any]:
    """Every operation over its queries on one warm Library, as the bot's reader threads use it."""
    from index.library import Library

    library = Library(articles, index)
    results: dict[str, Any] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="dateline-bench-") as folder:
            chart = Path(folder) / "chart.png"
            for op, queries in workload.by_op().items():
                call = _caller(library, op, chart)
                results[op] = time_op(call, op, queries)
                if options.profile is not None:
                    with profiled(options, f"query-{op}"):
                        for query in queries[:100]:
                            call(query)
            results["compare_without_chart"] = time_op(_caller(library, "compare", None), "compare",
                                                       workload.compare)
    finally:
        library.close()
    return results


def measure_cold_start(articles: Path, index: Path, question: str, options: Options) -> dict[str, Any]:
    """A fresh `run_bot.py ask` process on the built index: interpreter, imports, index open, answer."""
    command = [sys.executable, str(PROJECT_ROOT / "run_bot.py"), "ask", question, "--json",
               "--articles", str(articles), "--index", str(index)]
    walls, rss = [], []
    for number in range(options.cold_runs):
        child = run_child(command, cwd=PROJECT_ROOT, env=child_env(),
                          output_dir=options.root / "work" / f"cold-{number}")
        if child.returncode != 0:
            raise RuntimeError(f"cold start failed (exit {child.returncode}): {child.stderr[-2000:]}")
        walls.append(child.wall_seconds)
        rss.append(child.max_rss_mb)
    return {"question": question, "median_s": round(statistics.median(walls), 3),
            "runs_s": [round(value, 3) for value in walls], "peak_rss_mb": max(rss)}


def measure_reference(articles: Path, workload: Workload, options: Options) -> dict[str, Any]:
    from bench.reference import read_documents, tantivy_reference, whoosh_reference

    documents = read_documents(articles)
    work = options.root / "work"
    try:
        whoosh = whoosh_reference(documents, workload.search, work / "ref-whoosh")
    finally:
        shutil.rmtree(work / "ref-whoosh", ignore_errors=True)
    try:
        tantivy = tantivy_reference(documents, workload.search, work / "ref-tantivy")
    finally:
        shutil.rmtree(work / "ref-tantivy", ignore_errors=True)
    return {"whoosh": whoosh, "tantivy": tantivy}


def measure_discord(articles: Path, index: Path, workload: Workload, options: Options) -> dict[str, Any]:
    """The bot in its own process on a copy of the index (its /reindex writes a new generation there)."""
    from bench.discord_load import run_load

    work = options.root / "work"
    copy = work / "bot-index"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(index, copy)
    try:
        return asyncio.run(run_load(articles, copy, workload, stream=options.stream, burst=options.burst,
                                    work=work / "bot"))
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def measure_realism(articles: Path) -> dict[str, Any]:
    from bench.generate import find_dpg_corpus
    from bench.realism import compare, table

    real = find_dpg_corpus()
    if real is None or not real.is_file():
        return {"skipped": "the real DPG corpus (shared/corpora/dpgmedia2019/articles.jsonl) is absent"}
    result = compare(articles, real)
    return {"ratio": {key: round(value, 3) for key, value in result["ratio"].items()},
            "synthetic_full_corpus": result["synthetic_full_corpus"], "table": table(result)}


# ==================================================================================================
# Ratios, targets, output
# ==================================================================================================

def _get(results: dict[str, Any], path: str) -> Any:
    value: Any = results
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def reference_ratios(results: dict[str, Any]) -> dict[str, Any]:
    """Ours divided by theirs (above 1: we are slower or bigger) for build time, size, search p50/p95."""
    ours = {"build_time": _get(results, "build.seconds"), "index_size": _get(results, "build.index_bytes"),
            "search_p50": _get(results, "latency.search.p50_ms"), "search_p95": _get(results, "latency.search.p95_ms")}
    ratios: dict[str, Any] = {}
    for engine in ("whoosh", "tantivy"):
        reference = _get(results, f"reference.{engine}") or {}
        if "skipped" in reference or not reference:
            ratios[engine] = {"skipped": reference.get("skipped", "not run")}
            continue
        theirs = {"build_time": reference["build_seconds"], "index_size": reference["index_bytes"],
                  "search_p50": reference["search"]["p50_ms"], "search_p95": reference["search"]["p95_ms"]}
        ratios[engine] = {name: round(ours[name] / theirs[name], 2) if ours[name] and theirs[name] else None
                          for name in ours}
    return ratios


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    path: str  # where the measurement is in the results
    limit: float
    unit: str


TARGETS = (
    Target("search p50", "latency.search.p50_ms", 15, "ms"),
    Target("search p95", "latency.search.p95_ms", 100, "ms"),
    Target("quote p95", "latency.quote.p95_ms", 500, "ms"),
    Target("ask p95", "latency.ask.p95_ms", 500, "ms"),
    Target("compare p95 (with chart)", "latency.compare.p95_ms", 1000, "ms"),
    Target("full build", "build.wall_seconds", 300, "s"),
    Target("reindex, nothing changed", "reindex.unchanged.median_s", 3, "s"),
    Target("reindex, 10 new files", "reindex.new_files.median_s", 2, "s"),
    Target("bot memory while serving", "discord.peak_rss_mb", 500, "MB"),
    Target("interactions acked > 3 s (reindexing)", "discord.burst_under_reindex.late_acks", 0, ""),
    Target("ack p99 while reindexing", "discord.burst_under_reindex.ack_p99_ms", 500, "ms"),
)


def verdicts(results: dict[str, Any]) -> list[dict[str, Any]]:
    """PASS/MISS per target, and for a miss by how much (absolute and as a multiple of the limit)."""
    rows = []
    for target in TARGETS:
        value = _get(results, target.path)
        row: dict[str, Any] = {"target": target.name, "metric": target.path, "limit": target.limit,
                               "unit": target.unit, "value": value}
        if value is None or (isinstance(value, float) and math.isnan(value)):
            row["status"] = "NOT MEASURED"
        elif value <= target.limit:
            row["status"] = "PASS"
        else:
            row["status"] = "MISS"
            row["miss_by"] = round(value - target.limit, 2)
            row["miss_factor"] = round(value / target.limit, 2) if target.limit else None
        rows.append(row)
    return rows


def _derive(results: dict[str, Any]) -> None:
    """Single numbers the targets read: the bot's overall peak memory, the count of late acks."""
    discord = results.get("discord")
    if not discord:
        return
    peaks = [discord["serving"].get("peak_rss_mb"), discord.get("peak_rss_mb_after_reindex_burst")]
    discord["peak_rss_mb"] = max((value for value in peaks if value is not None), default=None)
    for name in ("burst_baseline", "burst_under_reindex"):
        burst = discord[name]
        burst["late_acks"] = burst["interactions"] - burst["within_3s"]


def _fmt(value: Any, unit: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, float):
        text = f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    else:
        text = f"{value:,}" if isinstance(value, int) else str(value)
    return f"{text} {unit}".strip()


def _verdict_text(row: dict[str, Any]) -> str:
    if row["status"] != "MISS":
        return row["status"]
    factor = f", ×{row['miss_factor']}" if row.get("miss_factor") else ""
    return f"MISS by {_fmt(row['miss_by'], row['unit'])}{factor}"


def render(results: dict[str, Any]) -> str:
    """The results as a plain-text table: measurements, their targets and verdicts."""
    meta, lines = results["meta"], []
    box = meta["machine"]
    lines.append(f"Dateline benchmark — {meta['size']} ({results.get('corpus', {}).get('stories', '?')} stories "
                 f"generated, seed {meta['seed']}), {meta['started']}")
    lines.append(f"machine: {box['cpu']}, {box['cores']} cores, {box['ram_gb']} GB RAM, Python {box['python']}, "
                 f"{box['whoosh']}, tantivy {box['tantivy'] or 'absent'}")
    lines.append(f"load average: {meta['load_start']} at start, {meta['load_end']} at end; other processes used "
                 f"{meta['others_cores']} cores on average (busiest phase: {meta['others_cores_max']}); "
                 f"total {meta['seconds']} s")
    source = meta.get("source") or {}
    dirty = len(source.get("uncommitted_library_files") or [])
    lines.append(f"code: commit {source.get('commit')}" + (f" + {dirty} uncommitted library file(s)" if dirty else ""))
    if meta["stories"] != TARGET_SIZE:
        lines.append(f"(the targets are for {TARGET_SIZE:,} stories: at this size their verdicts are indicative)")
    lines.append("")
    targets = {row["metric"]: row for row in results.get("targets", [])}
    rows: list[tuple[str, str, str, str]] = [("measurement", "value", "target", "verdict")]
    for label, path, unit in _table_rows(results):
        row = targets.get(path)
        limit = _fmt(row["limit"], row["unit"]) if row else ""
        rows.append((label, _fmt(_get(results, path), unit), f"≤ {limit}" if row else "",
                     _verdict_text(row) if row else ""))
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    for number, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if number == 0:
            lines.append("  ".join("-" * width for width in widths))
    lines += _reference_lines(results)
    if results.get("realism", {}).get("table"):
        lines += ["", "realism (generated vs DPG 2019):", results["realism"]["table"]]
    elif results.get("realism", {}).get("skipped"):
        lines += ["", f"realism: skipped — {results['realism']['skipped']}"]
    return "\n".join(lines)


def _table_rows(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    rows = [("full build, wall (child process)", "build.wall_seconds", "s"),
            ("full build, in-process", "build.seconds", "s"),
            ("stories indexed", "build.stories", ""),
            ("stories/s", "build.stories_per_s", ""),
            ("build peak RSS (largest process)", "build.peak_rss_mb", "MB"),
            ("build peak RSS, all processes (sampled)", "build.tree_sampled_peak_rss_mb", "MB"),
            ("build peak RSS, all processes (Σ peaks)", "build.tree_sum_of_peaks_rss_mb", "MB"),
            ("index size on disk", "build.index_mb", "MB"),
            ("reindex, nothing changed (median)", "reindex.unchanged.median_s", "s"),
            ("reindex, 10 new files (median)", "reindex.new_files.median_s", "s")]
    for op in ("search", "quote", "ask", "compare", "compare_without_chart"):
        for stat in ("p50", "p95", "p99"):
            rows.append((f"{op.replace('_', ' ')} {stat}", f"latency.{op}.{stat}_ms", "ms"))
    rows += [("cold start to first answer (median)", "cold_start.median_s", "s"),
             ("bot RSS when ready", "discord.bot_ready_rss_mb", "MB"),
             ("bot memory while serving (peak)", "discord.peak_rss_mb", "MB"),
             ("burst, idle bot: ack p50", "discord.burst_baseline.ack_p50_ms", "ms"),
             ("burst, idle bot: ack p99", "discord.burst_baseline.ack_p99_ms", "ms"),
             ("burst while reindexing: ack p50", "discord.burst_under_reindex.ack_p50_ms", "ms"),
             ("burst while reindexing: ack p99", "discord.burst_under_reindex.ack_p99_ms", "ms"),
             ("burst while reindexing: acked > 3 s", "discord.burst_under_reindex.late_acks", ""),
             ("burst while reindexing: answer p99", "discord.burst_under_reindex.answer.p99_ms", "ms")]
    return rows


def _reference_lines(results: dict[str, Any]) -> list[str]:
    lines = ["", "references (same stories, same searches); ratio = ours / theirs:"]
    for engine in ("whoosh", "tantivy"):
        reference = _get(results, f"reference.{engine}")
        if not reference:
            lines.append(f"  {engine}: not run")
            continue
        if "skipped" in reference:
            lines.append(f"  {engine}: skipped — {reference['skipped']}")
            continue
        ratio = results["ratios"][engine]
        lines.append(f"  {reference['engine']}: build {_fmt(reference['build_seconds'], 's')}, "
                     f"index {_fmt(reference['index_bytes'] / 1024 ** 2, 'MB')}, search p50/p95 "
                     f"{_fmt(reference['search']['p50_ms'])}/{_fmt(reference['search']['p95_ms'], 'ms')}")
        lines.append(f"    ratios: build ×{_fmt(ratio['build_time'])}, size ×{_fmt(ratio['index_size'])}, "
                     f"search p50 ×{_fmt(ratio['search_p50'])}, p95 ×{_fmt(ratio['search_p95'])}")
    return lines


def _clean(value: Any) -> Any:
    """NaN (an empty measurement) as null: JSON has no NaN."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value


# ==================================================================================================
# The run
# ==================================================================================================

def run(options: Options) -> dict[str, Any]:
    """Every part of the benchmark in order; returns the results (also printed and saved by main)."""
    warnings.filterwarnings("ignore", message="AutoDateLocator was unable", category=UserWarning)
    started, first_mark = time.perf_counter(), cpu_mark()
    state = Run(options)
    results = state.results
    results["meta"] = {"size": size_label(options.stories), "stories": options.stories, "seed": options.seed,
                       "started": datetime.now(UTC).isoformat(timespec="seconds"), "machine": machine(),
                       "load_start": load_average(), "command": " ".join(sys.argv), "source": source_state(),
                       "queries": {"search": options.search, "quote": options.quote, "ask": options.ask,
                                   "compare": options.compare}}
    with state.phase("corpus"):
        articles, results["corpus"] = prepare_corpus(options)
    if options.wants("realism"):
        with state.phase("realism"):
            results["realism"] = measure_realism(articles)
    if options.wants("build"):
        with state.phase("build"):
            results["build"] = measure_build(articles, options)
    index = cached_index(options)
    if options.wants("openings"):
        with state.phase("openings"):
            results["openings"] = synthetic_openings(index, options.seed)
    with state.phase("workload"):
        workload = build_workload(articles, options.seed, search=options.search, quote=options.quote,
                                  ask=options.ask, compare=options.compare)
        results["meta"]["queries_total"] = workload.total()
    if options.wants("reindex"):
        with state.phase("reindex"):
            results["reindex"] = measure_reindex(articles, index, options)
    if options.wants("queries"):
        with state.phase("queries"):
            results["latency"] = measure_queries(articles, index, workload, options)
    if options.wants("coldstart") and workload.ask:
        with state.phase("coldstart"):
            results["cold_start"] = measure_cold_start(articles, index, workload.ask[0].text, options)
    if options.wants("reference"):
        with state.phase("reference"):
            results["reference"] = measure_reference(articles, workload, options)
            results["ratios"] = reference_ratios(results)
    if options.wants("discord"):
        with state.phase("discord"):
            results["discord"] = measure_discord(articles, index, workload, options)
    _derive(results)
    results["targets"] = verdicts(results)
    results["meta"]["load_end"] = load_average()
    results["meta"]["others_cores"] = others_cores(first_mark, cpu_mark())
    results["meta"]["others_cores_max"] = max((phase["others_cores"] for phase in results["phases"].values()
                                                if phase["others_cores"] is not None), default=None)
    results["meta"]["seconds"] = round(time.perf_counter() - started, 1)
    return _clean(results)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=parse_size, default=SIZES["10k"], help="1k, 10k (default), 100k, or N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fresh", action="store_true", help="regenerate the cached corpus (and rebuild)")
    parser.add_argument("--json", type=Path, dest="json_path", help="also write the results as JSON here")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where corpora and indexes are kept")
    parser.add_argument("--queries", type=int, default=1000, help="searches timed (default 1000)")
    parser.add_argument("--qa-queries", type=int, default=200, help="quotes and questions timed, each (200)")
    parser.add_argument("--compare-queries", type=int, default=100, help="comparisons timed (100)")
    parser.add_argument("--runs", type=int, default=5, help="repeats of the nothing-changed reindex (5)")
    parser.add_argument("--new-file-runs", type=int, default=3, help="repeats of the 10-new-files reindex (3)")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold starts (3)")
    parser.add_argument("--stream", type=int, default=100, help="interactions in the bot's serving stream (100)")
    parser.add_argument("--burst", type=int, default=50, help="concurrent interactions per burst (50)")
    parser.add_argument("--skip", default="", help=f"comma-separated parts to skip: {', '.join(PARTS)}")
    parser.add_argument("--profile", type=Path, help="write cProfile stats of reindexes and queries here")
    return parser


def options_from(args: argparse.Namespace) -> Options:
    skip = frozenset(part.strip() for part in args.skip.split(",") if part.strip())
    unknown = skip - set(PARTS)
    if unknown:
        raise SystemExit(f"unknown part(s) to skip: {', '.join(sorted(unknown))} (known: {', '.join(PARTS)})")
    return Options(stories=args.size, seed=args.seed, fresh=args.fresh, cache=args.cache, json_path=args.json_path,
                   search=args.queries, quote=args.qa_queries, ask=args.qa_queries, compare=args.compare_queries,
                   runs=args.runs, new_file_runs=args.new_file_runs, cold_runs=args.cold_runs, stream=args.stream,
                   burst=args.burst, skip=skip, profile=args.profile)


def main(argv: list[str] | None = None) -> int:
    options = options_from(build_parser().parse_args(argv))
    results = run(options)
    print(render(results))
    if options.json_path is not None:
        options.json_path.parent.mkdir(parents=True, exist_ok=True)
        options.json_path.write_text(json.dumps(results, indent=2, ensure_ascii=False), "utf-8")
        print(f"\nresults: {options.json_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
