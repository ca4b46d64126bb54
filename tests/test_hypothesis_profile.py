"""Property tests are deterministic in CI: under CI=true every run draws the same cases (tests/conftest.py
loads a derandomised Hypothesis profile), while HYPOTHESIS_PROFILE=explore draws fresh ones. Checked by
running a small property test twice in child processes, as CI would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PROBE = '''
import os

from hypothesis import given, settings, strategies as st


@settings(max_examples=30)  # a test's own settings keep the profile's other choices
@given(st.integers())
def test_probe(value):
    with open(os.environ["PROBE_OUT"], "a", encoding="utf-8") as handle:
        handle.write(f"{value}\\n")
'''


def drawn(tmp_path: Path, run: str, **environ: str) -> list[str]:
    """The cases one pytest run of the probe draws, with tests/conftest.py loaded as it is in our runs."""
    probe = tmp_path / "test_probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    out = tmp_path / f"{run}.txt"
    env = {key: value for key, value in os.environ.items() if key not in ("CI", "HYPOTHESIS_PROFILE")}
    env.update({"PYTHONPATH": str(ROOT), "PROBE_OUT": str(out), **environ})
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest", "-p", "no:cacheprovider",
                             str(probe)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return out.read_text("utf-8").splitlines()


def test_ci_draws_the_same_cases_every_run(tmp_path: Path) -> None:
    first, second = drawn(tmp_path, "ci-1", CI="true"), drawn(tmp_path, "ci-2", CI="true")
    assert len(first) >= 10 and first == second


def test_the_explore_profile_draws_fresh_cases(tmp_path: Path) -> None:
    first = drawn(tmp_path, "explore-1", CI="true", HYPOTHESIS_PROFILE="explore")
    second = drawn(tmp_path, "explore-2", CI="true", HYPOTHESIS_PROFILE="explore")
    assert len(first) >= 10 and first != second  # 30 random integers twice alike: never in practice
