"""Fixtures shared by every test: the material in ../shared and small real libraries on disk."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from index.library import Library

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
WIRE = SHARED / "corpora" / "anp-wire"
DPG = SHARED / "corpora" / "dpgmedia2019" / "articles.jsonl"
SAMPLE = ROOT / "data" / "articles"

# Tests stop the bot's processes with SIGINT, as Ctrl-C does. A shell without job control starts a command in
# the background with SIGINT ignored, and the children of the suite inherit that: the bot then never hears its
# Ctrl-C and the test waits for it in vain. Heard again here, the children start with its default.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# Property tests (Hypothesis). In CI (CI=true) every run draws the same cases, so a submission that did not
# touch the code cannot fail on a new random case; a failure found by exploring is kept as an @example on its
# test. `HYPOTHESIS_PROFILE=explore python -m pytest tests/reliability` draws fresh random cases (README).
# Recent Hypothesis releases load a "ci" profile of their own under CI; this one replaces it, so CI runs alike
# whichever release pyproject.toml's range installs. No deadline and no too-slow check: a loaded 2-core
# machine is slow now and then, and that is not a failure.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", derandomize=False, deadline=None, print_blob=True)


def hypothesis_profile(environ: dict[str, str] | os._Environ[str]) -> str:
    """The profile a run uses: HYPOTHESIS_PROFILE when set, "ci" under CI=true, else Hypothesis' default."""
    if environ.get("HYPOTHESIS_PROFILE"):
        return environ["HYPOTHESIS_PROFILE"]
    return "ci" if environ.get("CI", "").lower() == "true" else "default"


settings.load_profile(hypothesis_profile(os.environ))

#: When the seed pages were published (as the bundled sample's front matter says).
SEED_TIMES = {"000_faf4c738a6a5f06a.txt": "2024-10-18T14:00:00+02:00",
              "004_1ef2553043233ab9.txt": "2024-10-30T20:00:00+01:00"}


def seed_page(name: str) -> bytes:
    """A seed page as it was scraped: the bundled sample's copy without its front matter (the same bytes
    as ../shared/seeds/NAME, which tests/index/test_parsing.py checks where ../shared is present), so a
    plain clone tests with the seed pages too."""
    data = (SAMPLE / name).read_bytes()
    front, blank, page = data.partition(b"\n\n")
    assert blank and front.startswith(b"date: "), f"{name}: no front matter to take off"
    return page


def need(path: Path) -> Path:
    """The shared material at `path`, or skip the test cleanly when this machine has none."""
    if not path.exists():
        pytest.skip(f"{path} is not available on this machine")
    return path


def set_mtime(path: Path, iso: str) -> None:
    from datetime import datetime

    stamp = datetime.fromisoformat(iso).timestamp()
    os.utime(path, (stamp, stamp))


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    """The two seed pages, with their publication times as file times (no front matter)."""
    target = tmp_path / "articles"
    target.mkdir()
    for name, iso in SEED_TIMES.items():
        (target / name).write_bytes(seed_page(name))
        set_mtime(target / name, iso)
    return target


@pytest.fixture
def sample_library(tmp_path: Path) -> Iterator[Library]:
    """A library over the bundled sample articles (always present: they are in the repository)."""
    library = Library(SAMPLE, tmp_path / "index")
    library.ensure_index()
    yield library
    library.close()


@pytest.fixture
def seed_library(seed_dir: Path, tmp_path: Path) -> Iterator[Library]:
    library = Library(seed_dir, tmp_path / "index")
    library.ensure_index()
    yield library
    library.close()
