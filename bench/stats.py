"""Measuring helpers for the benchmark: percentiles, process memory, the machine, sizes on disk.

Why a module of its own: the harness (bench.run), the Discord load (bench.discord_load) and the references
(bench.reference) must report time and memory the same way, or their ratios would compare unlike things.
"""

from __future__ import annotations

import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

#: How often the process-tree memory sampler looks (seconds): often enough to catch a build's peak.
SAMPLE_INTERVAL = 0.05


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0-100): a value that was measured, never an interpolation."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    return float(ordered[min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))])


def latency_summary(seconds: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99/mean/max in milliseconds, and the count, of a list of latencies in seconds."""
    if not seconds:
        return {"n": 0, "p50_ms": math.nan, "p95_ms": math.nan, "p99_ms": math.nan,
                "mean_ms": math.nan, "max_ms": math.nan}
    return {"n": len(seconds),
            "p50_ms": round(percentile(seconds, 50) * 1000, 2),
            "p95_ms": round(percentile(seconds, 95) * 1000, 2),
            "p99_ms": round(percentile(seconds, 99) * 1000, 2),
            "mean_ms": round(statistics.fmean(seconds) * 1000, 2),
            "max_ms": round(max(seconds) * 1000, 2)}


def repeated(function: Callable[[], Any], runs: int) -> tuple[float, list[float], list[Any]]:
    """Run `function` `runs` times; (median seconds, every run's seconds, every result).

    The median, not the mean or the best: one run disturbed by the machine's other work must not move it,
    and the best run flatters."""
    times: list[float] = []
    results: list[Any] = []
    for _ in range(max(1, runs)):
        started = time.perf_counter()
        results.append(function())
        times.append(time.perf_counter() - started)
    return statistics.median(times), times, results


# -- memory ----------------------------------------------------------------------------------------

def _status_kb(pid: int, key: str) -> int | None:
    """A kB value (VmRSS, VmHWM) from /proc/PID/status; None where /proc is missing or the process gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def rss_kb(pid: int) -> int | None:
    return _status_kb(pid, "VmRSS")


def peak_rss_kb(pid: int) -> int | None:
    """The high-water mark of one process's resident memory (VmHWM): that process alone, no children."""
    return _status_kb(pid, "VmHWM")


def own_max_rss_mb() -> float:
    """This process's peak resident memory in MB (ru_maxrss is kB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(part) for part in handle.read().split()]
    except (OSError, ValueError):
        return []


class TreeSampler:
    """Follows a process tree in a thread: the peak of its summed RSS, and every process's own peak.

    Why: a full build runs in worker processes, and `wait4`'s ru_maxrss is only the largest single
    process of the tree. The sampled sum can miss a short spike between samples; the sum of each
    process's high-water mark (VmHWM) cannot, but overstates when the peaks were not simultaneous.
    Together they bracket what the build costs the machine at once."""

    def __init__(self, pid: int, interval: float = SAMPLE_INTERVAL, *, include_root: bool = True) -> None:
        self.pid = pid
        self.include_root = include_root
        self.interval = interval
        self.peak_kb = 0
        self.process_peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-rss-sampler", daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def largest_peak_kb(self) -> int:
        return max(self.process_peaks.values(), default=0)

    @property
    def sum_of_peaks_kb(self) -> int:
        return sum(self.process_peaks.values())

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, self._sample())
            self._stop.wait(self.interval)

    def _sample(self) -> int:
        total, pending, seen = 0, [self.pid], set()
        while pending:
            current = pending.pop()
            if current in seen:
                continue
            seen.add(current)
            pending.extend(_children(current))
            if current == self.pid and not self.include_root:
                continue
            total += rss_kb(current) or 0
            peak = peak_rss_kb(current)
            if peak:
                self.process_peaks[current] = max(self.process_peaks.get(current, 0), peak)
        return total


@dataclass(slots=True)
class ChildRun:
    """One measured child process: wall time, exit code, output, and its memory."""

    wall_seconds: float
    returncode: int
    stdout: str
    stderr: str
    max_rss_mb: float  # wait4's ru_maxrss (via bench.launch): the command, or its largest waited-for descendant
    tree_sampled_peak_mb: float  # the child and its descendants together, sampled (a lower bound)
    tree_sum_of_peaks_mb: float  # each process's own peak, summed (an upper bound)
    largest_process_peak_mb: float  # the largest VmHWM seen (sampled: may miss growth in a last instant)


def run_child(command: Sequence[str], *, cwd: Path, env: dict[str, str] | None = None,
              output_dir: Path) -> ChildRun:
    """Run a command to completion through bench.launch: its wall time and its own peak memory.

    Output goes to files, not pipes: a reindex's JSON report lists every file and would fill a pipe
    (and deadlock) long before the process exits. The launcher (see bench.launch for why) is left out of
    the tree's memory."""
    output_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path, facts_path = output_dir / "stdout.txt", output_dir / "stderr.txt", output_dir / "launch.json"
    facts_path.unlink(missing_ok=True)
    launcher = [sys.executable, "-m", "bench.launch", str(facts_path), "--", *command]
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        process = subprocess.Popen(launcher, cwd=cwd, env={**(env or os.environ), "PYTHONPATH": _bench_path(env)},
                                   stdout=out, stderr=err)
        with TreeSampler(process.pid, include_root=False) as sampler:
            process.wait()
    facts = json.loads(facts_path.read_text("utf-8")) if facts_path.is_file() else {}
    return ChildRun(wall_seconds=facts.get("wall_seconds", math.nan), returncode=facts.get("exit", process.returncode),
                    stdout=out_path.read_text("utf-8", "replace"), stderr=err_path.read_text("utf-8", "replace"),
                    max_rss_mb=round(facts.get("max_rss_kb", 0) / 1024, 1),
                    tree_sampled_peak_mb=round(sampler.peak_kb / 1024, 1),
                    tree_sum_of_peaks_mb=round(sampler.sum_of_peaks_kb / 1024, 1),
                    largest_process_peak_mb=round(sampler.largest_peak_kb / 1024, 1))


def _bench_path(env: dict[str, str] | None) -> str:
    """PYTHONPATH with the project root first, so `-m bench.launch` is found from any working directory."""
    root = str(Path(__file__).resolve().parent.parent)
    existing = (env or os.environ).get("PYTHONPATH", "")
    return root + (os.pathsep + existing if existing else "")


# -- disk and machine ------------------------------------------------------------------------------

def dir_bytes(path: Path) -> int:
    """Bytes of every regular file under `path` (apparent size, not blocks)."""
    total = 0
    for folder, _, names in os.walk(path):
        for name in names:
            try:
                total += os.lstat(os.path.join(folder, name)).st_size
            except OSError:
                continue
    return total


@dataclass(frozen=True, slots=True)
class CpuMark:
    """CPU seconds the whole machine and this process tree had used by a moment (see others_cores)."""

    machine_busy: float | None
    ours: float
    wall: float


def cpu_mark() -> CpuMark:
    """Busy CPU seconds of the machine (/proc/stat), and of this process with its waited-for children."""
    busy = None
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            values = [int(part) for part in handle.readline().split()[1:9]]
        # user nice system idle iowait irq softirq steal: busy is all but idle and iowait
        busy = (sum(values) - values[3] - values[4]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        pass
    times = os.times()
    return CpuMark(busy, times.user + times.system + times.children_user + times.children_system, time.monotonic())


def others_cores(start: CpuMark, end: CpuMark) -> float | None:
    """Cores' worth of CPU that processes other than the benchmark used between two marks.

    Why: the load average counts the benchmark's own work too; this isolates what the machine's other
    users took from it, which is what makes a measurement on a shared machine slower than it should be."""
    if start.machine_busy is None or end.machine_busy is None or end.wall <= start.wall:
        return None
    other = (end.machine_busy - start.machine_busy) - (end.ours - start.ours)
    return round(max(0.0, other) / (end.wall - start.wall), 2)


def load_average() -> list[float] | None:
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:
        return None


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> float | None:
    try:
        return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024 ** 3, 1)
    except (ValueError, OSError):
        return None


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def machine() -> dict[str, Any]:
    """What the numbers were measured on: they mean little without it."""
    whoosh = next((f"{name} {version}" for name in ("Whoosh-Reloaded", "whoosh-reloaded", "Whoosh", "whoosh-ng")
                   if (version := _version(name))), None)
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "ram_gb": _ram_gb(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "whoosh": whoosh,
        "tantivy": _version("tantivy"),
    }
