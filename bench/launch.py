"""`python -m bench.launch RESULT -- COMMAND…`: run COMMAND and write its wall time and peak memory.

Why a launcher: Linux carries a parent's memory high-water mark into a child it forks (the copied
address space counts, and `exec` records it in the child's ru_maxrss). Forked from the benchmark, which
may hold a whole corpus in memory by then, a child's ru_maxrss reports the benchmark's peak, not its own.
This process imports nothing heavy, so what it passes on is a few MB; it forks, waits with os.wait4 and
writes {"exit", "wall_seconds", "max_rss_kb"} as JSON to RESULT, exiting with the command's code.
"""

from __future__ import annotations

import json
import os
import sys
import time


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] != "--":
        print("usage: python -m bench.launch RESULT -- COMMAND…", file=sys.stderr)
        return 2
    result, command = argv[0], argv[2:]
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: become the command
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    divisor = 1 if sys.platform != "darwin" else 1024  # kB on Linux, bytes on macOS
    with open(result, "w", encoding="utf-8") as handle:
        json.dump({"exit": code, "wall_seconds": wall, "max_rss_kb": usage.ru_maxrss // divisor}, handle)
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
