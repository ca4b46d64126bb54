"""Fixtures and helpers for the reliability suite: faults and hostile input, each tried on purpose.

The bot's fixtures (a fake Discord, a bot over a copy of the sample articles and index) are the ones the
bot's own tests use; here come the helpers for child processes that are killed or given faults.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.settings import DOCUMENTED, PROJECT_ROOT
from tests.bot.conftest import (  # noqa: F401 - fixtures
    articles,
    clean_environment,
    dateline,
    fake,
    index_dir,
    restore_logging,
    sample_index,
    settings,
)
from tests.fakediscord.fixtures import fake_discord  # noqa: F401 - the fixture

#: Seconds a child process (a reindex, a driver) may take in these tests.
CHILD_TIMEOUT = 60.0


def child_environment(**extra: str) -> dict[str, str]:
    """The environment for `run_bot.py` children: no token, no DATELINE_* settings from outside."""
    environment = {key: value for key, value in os.environ.items()
                   if key not in DOCUMENTED and not key.startswith("FAKEDISCORD")}
    environment.update({"DISCORD_TOKEN": "", "PYTHONIOENCODING": "utf-8", **extra})
    return environment


def driver_command(*faults: str, args: list[str]) -> list[str]:
    """`run_bot.py ARGS` with faults (see tests/reliability/driver.py)."""
    return [sys.executable, "-m", "tests.reliability.driver", *faults, "--", *args]


def run_driver(*faults: str, args: list[str], mark: str = "", pythonpath: Path | None = None,
               timeout: float = CHILD_TIMEOUT) -> subprocess.CompletedProcess[str]:
    """Run the driver to its end. Output goes through files, not pipes: a process it leaves behind (what
    the tests look for) would hold a pipe open and make waiting for the output hang. `pythonpath`: a
    folder put first on the path of the driver and of every process it starts (for a sitecustomize)."""
    environment = child_environment(DATELINE_TEST_MARK=mark) if mark else child_environment()
    if pythonpath is not None:
        environment["PYTHONPATH"] = os.pathsep.join([str(pythonpath), str(PROJECT_ROOT)])
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        process = subprocess.run(driver_command(*faults, args=args), cwd=PROJECT_ROOT, env=environment, stdout=out,
                                 stderr=err, timeout=timeout, check=False)
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(process.args, process.returncode, out.read(), err.read())


@pytest.fixture
def mark() -> Iterator[str]:
    """A marker for a test's child processes (inherited by whatever they start); any still running at
    the end of the test are killed, so a failing test leaves nothing behind."""
    value = uuid.uuid4().hex
    yield value
    for pid in marked_processes(value):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


def marked_processes(mark: str) -> list[int]:
    """Live processes whose environment carries `mark` (a child and whatever it started)."""
    if not Path("/proc/self/environ").exists():
        pytest.skip("needs /proc to find a killed process's children")
    found = []
    needle = f"DATELINE_TEST_MARK={mark}".encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            environ = Path(f"/proc/{entry}/environ").read_bytes()
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if needle in environ.split(b"\0") and state != "Z":
            found.append(int(entry))
    return found


def wait_until_gone(mark: str, timeout: float = 10.0) -> list[int]:
    """Wait for every process carrying `mark` to exit; returns those still alive after `timeout`."""
    deadline = time.monotonic() + timeout
    left = marked_processes(mark)
    while left and time.monotonic() < deadline:
        time.sleep(0.1)
        left = marked_processes(mark)
    return left


def rss_bytes() -> int:
    """This process's resident memory now (VmRSS), or 0 where /proc is missing."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0
