"""A full disk or a read-only index folder during a reindex: the reindex fails with one clear line (exit 5
from the CLI, a private note from /reindex), writes nothing readers could see, and the previous index
keeps answering; once the disk has room again, the next reindex completes.

The faults are injected into the reindex process (tests/reliability/driver.py): writes under the index
folder fail with ENOSPC after a budget of bytes, or every change there fails with EROFS (the tests run as
root, which ignores file permissions). Where this machine lets the tests mount file systems, the same is
tried for real on a tiny tmpfs.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.settings import Settings
from index.library import Library
from index.store import GENERATION_PREFIX, IndexStore
from tests.bot.conftest import PROCESS_TIMEOUT, SOLDIERS_QUESTION, Dateline, has_embeds, run_cli
from tests.index.test_reindex import _synthetic_corpus
from tests.reliability.conftest import driver_command, run_driver

FULL_DISK = "de schijf is vol"
READ_ONLY = "het bestandssysteem is alleen-lezen"
NEW_FILES = 60


def generations(index: Path) -> list[str]:
    return sorted(path.name for path in index.iterdir() if path.name.startswith(GENERATION_PREFIX))


def still_answers(settings: Settings, stories: int) -> None:
    """The previous index, unchanged, answers (in a fresh process's view: a new Library)."""
    library = Library(settings.articles_dir, settings.index_dir)
    try:
        assert library.story_count() == stories
        assert library.ask(SOLDIERS_QUESTION).answer == "10.000 militairen"
    finally:
        library.close()


def reason_line(stderr: str) -> str:
    """The one line the CLI says (besides log lines), with no traceback anywhere."""
    assert "Traceback" not in stderr, stderr
    (line,) = [line for line in stderr.splitlines() if line.startswith("Dateline: ")]
    return line


CLI_CASES = [
    # (how the reindex runs, the fault)
    ("incremental", ["--enospc-after", "20000"], FULL_DISK),
    ("full", ["--enospc-after", "20000"], FULL_DISK),
    ("parallel", ["--enospc-after", "3000"], FULL_DISK),  # the workers write; the parent's TOC/manifest fail
    ("incremental", ["--read-only"], READ_ONLY),
    ("full", ["--read-only"], READ_ONLY),
]


@pytest.mark.parametrize(("mode", "fault", "reason"), CLI_CASES,
                         ids=[f"{mode}-{fault[0].strip('-')}" for mode, fault, _ in CLI_CASES])
def test_a_cli_reindex_on_a_full_or_read_only_disk_fails_cleanly(settings: Settings, tmp_path: Path, mode: str,
                                                                 fault: list[str], reason: str) -> None:
    _synthetic_corpus(settings.articles_dir, NEW_FILES)
    before = generations(settings.index_dir)
    where = ["--articles", str(settings.articles_dir), "--index", str(settings.index_dir)]
    options = ["--parallel"] if mode == "parallel" else []
    failed = run_driver(*options, *fault, "--fault-root", str(settings.index_dir),
                        args=["reindex", "--progress", "none", *where, *(["--full"] if mode != "incremental" else [])])
    assert failed.returncode == 5, failed.stderr
    line = reason_line(failed.stderr)
    assert line.startswith(f"Dateline: De herindexering is mislukt: {reason} ({settings.index_dir}")
    assert line.endswith("); de vorige index blijft in gebruik.")
    assert failed.stdout == ""
    assert generations(settings.index_dir) == before  # a generation the failed rebuild started is gone
    still_answers(settings, 16)

    fixed = run_cli("reindex", "--json", *where, cwd=tmp_path)  # room again: the next reindex completes
    assert fixed.returncode == 0, fixed.stderr
    assert f'"stories": {16 + NEW_FILES}' in fixed.stdout


#: Imported at start by every Python process with its folder on PYTHONPATH, the build's workers too.
FULL_DISK_EVERYWHERE = """
import os
from pathlib import Path

if os.environ.get("DATELINE_FAULT_ROOT"):
    from tests.reliability.driver import install_file_faults

    install_file_faults(Path(os.environ["DATELINE_FAULT_ROOT"]), int(os.environ["DATELINE_ENOSPC_AFTER"]), False)
"""


def test_a_full_disk_under_the_workers_of_a_parallel_build_says_so(settings: Settings, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The workers write the segments: their ENOSPC is the reason given, not what it caused in the others."""
    _synthetic_corpus(settings.articles_dir, NEW_FILES)
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(FULL_DISK_EVERYWHERE, encoding="utf-8")
    monkeypatch.setenv("DATELINE_FAULT_ROOT", str(settings.index_dir))
    monkeypatch.setenv("DATELINE_ENOSPC_AFTER", "20000")  # per process: the workers' segments go over it
    before = generations(settings.index_dir)
    failed = run_driver("--parallel", args=["reindex", "--full", "--progress", "none", "--articles",
                                            str(settings.articles_dir), "--index", str(settings.index_dir)],
                        pythonpath=hooks)
    assert failed.returncode == 5, failed.stderr
    assert reason_line(failed.stderr).startswith(
        f"Dateline: De herindexering is mislukt: {FULL_DISK} ({settings.index_dir}")
    assert generations(settings.index_dir) == before
    still_answers(settings, 16)


async def test_reindex_in_discord_on_a_full_disk_says_why_privately(dateline: Dateline,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """/reindex runs its reindex as a child process; here that child's writes hit a full disk."""
    fake = dateline.fake
    _synthetic_corpus(dateline.articles, NEW_FILES)
    spawn = asyncio.create_subprocess_exec

    async def with_full_disk(program: str, script: str, *args: Any, **kwargs: Any) -> asyncio.subprocess.Process:
        assert script.endswith("run_bot.py")
        command = driver_command("--enospc-after", "20000", "--fault-root", str(dateline.index), args=list(args))
        return await spawn(*command, **kwargs)

    monkeypatch.setattr(asyncio, "create_subprocess_exec", with_full_disk)
    handle = await fake.slash("reindex", user=fake.user("mod"), locale="nl")
    assert (await handle.wait_callback()).type == 5
    (note,) = await handle.wait_followups(1, timeout=PROCESS_TIMEOUT)
    assert note["flags"] & 64  # private
    content = note["content"].replace("\\", "")  # paths are escaped markdown
    assert content.startswith(f"De herindexering is mislukt: {FULL_DISK} ({dateline.index}")
    assert content.endswith("); de vorige index blijft in gebruik.")
    await fake.wait_for(lambda: handle.deleted_original, what="the public placeholder to be deleted")
    answered = await fake.slash("ask", {"question": SOLDIERS_QUESTION}, user=fake.user("alice"), locale="nl")
    assert (await answered.wait_original(has_embeds))["embeds"][0]["title"] == "10.000 militairen"


# -- for real, on a tiny tmpfs --------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 512 KiB tmpfs, where this machine allows mounting one (root with CAP_SYS_ADMIN); else skipped."""
    if not sys.platform.startswith("linux") or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs Linux and mount(8)")
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(folder)], capture_output=True,
                             check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            subprocess.run(["umount", str(folder)], check=True, capture_output=True)


def test_for_real_on_a_tiny_tmpfs_full_then_read_only(settings: Settings, tiny_disk: Path, tmp_path: Path) -> None:
    index = tiny_disk / "index"
    shutil.copytree(settings.index_dir, index)
    copied = IndexStore(index).current()
    assert copied is not None  # copied apart from this test's articles, it names the session's: it serves these
    copied.record_articles(settings.articles_dir, index)
    settings = Settings(articles_dir=settings.articles_dir, index_dir=index)
    where = ["--articles", str(settings.articles_dir), "--index", str(index)]
    _synthetic_corpus(settings.articles_dir, 300)  # ~650 KB of index: more than the disk has left

    full = run_cli("reindex", "--full", *where, cwd=tmp_path)
    assert full.returncode == 5 and reason_line(full.stderr).startswith(
        f"Dateline: De herindexering is mislukt: {FULL_DISK} ({index}")
    still_answers(settings, 16)

    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True, capture_output=True)
    read_only = run_cli("reindex", *where, cwd=tmp_path)
    assert read_only.returncode == 5, read_only.stderr
    assert reason_line(read_only.stderr) == (
        f"Dateline: De herindexering is mislukt: {READ_ONLY} ({index}/.reindex.lock); "
        "de vorige index blijft in gebruik.")
    still_answers(settings, 16)
