"""A fuzzy or range query over a large vocabulary must be cut short like a wildcard is.

tests/index/test_hostile_input.py feeds arbitrary queries to search, quote, compare and ask (hypothesis)
on the bundled sample, whose vocabulary is too small for an explosion to show. Here the
index has ~25,000 distinct words, and the advanced syntax's fuzzy terms (`ab~3`) and ranges (`[a TO z]`)
expand to thousands of terms *before* the search's deadline starts counting (it only watches the
collection of matches): measured 13 s for `ab~3` and 203 s for `x~9 y~9` on 60,000 words; here `a~3 b~3`
takes ~20 s and `[a TO z] [c TO zz]` ~14 s. While it runs,
the index's one shared searcher is held, so every other reader of the bot waits too.

Protection: `index.search._too_broad` refuses fuzzy terms with a large distance or on short words and
ranges over text fields, as it refuses short wildcards; the query is then searched as plain words, and
said so, which is what this asserts. The query runs in a child process, killed if it hangs.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT
from index.library import Library
from tests.reliability.conftest import child_environment

#: Seconds after which the child is taken to hang (not a performance bound: unprotected, these take ~20 s).
HANG = 300.0


@pytest.fixture(scope="module")
def wordy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Articles with a large vocabulary of made-up words, and their index."""
    root = tmp_path_factory.mktemp("wordy")
    articles = root / "articles"
    articles.mkdir()
    rng = random.Random(5)
    letters = "abcdefghijklmnoprstuvwz"
    for number in range(15):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(1800)]
        paragraphs = [" ".join(words[start:start + 100]) + "." for start in range(0, len(words), 100)]
        (articles / f"w{number:03d}.txt").write_text(f"Woorden {number}\nZWOLLE (ANP) - " + "\n".join(paragraphs),
                                                     encoding="utf-8")
    library = Library(articles, root / "index")
    try:
        library.reindex()
    finally:
        library.close()
    return articles, root / "index"


@pytest.mark.slow
@pytest.mark.parametrize("query", ["a~3 b~3", "[a TO z] [c TO zz]"])
def test_a_fuzzy_or_range_explosion_is_cut_short(wordy: tuple[Path, Path], query: str) -> None:
    """Refused before it runs, and said so; its time is measured in bench/, not asserted here."""
    articles, index = wordy
    command = [sys.executable, str(PROJECT_ROOT / "run_bot.py"), "search", query, "--advanced", "--json",
               "--articles", str(articles), "--index", str(index)]
    try:
        answered = subprocess.run(command, cwd=PROJECT_ROOT, env=child_environment(), capture_output=True,
                                  text=True, timeout=HANG, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{query!r} was still searching after {HANG} s")
    assert answered.returncode == 0 and answered.stdout.startswith("{"), answered.stderr
    reading = json.loads(answered.stdout)["reading"]
    assert (reading["syntax"], reading["fallback"]) == ("plain", "too-broad")
