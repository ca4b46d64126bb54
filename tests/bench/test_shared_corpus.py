"""bench.shared_corpus on a slice of the real material: it builds, counts, sizes and times what it says.

The slice (the two seed pages and the first 70 DPG records, in a "shared" folder laid out like
../shared) keeps the test to seconds; the full run is `python -m bench.shared_corpus`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.eval_questions import SHARED
from bench.shared_corpus import DPG, headline_queries, measure, summary


@pytest.fixture
def shared_slice(tmp_path: Path) -> Path:
    if not (SHARED / DPG).is_file():
        pytest.skip("../shared/corpora is not here")
    root = tmp_path / "shared"
    shutil.copytree(SHARED / "seeds", root / "seeds")
    (root / DPG).parent.mkdir(parents=True)
    lines = (SHARED / DPG).read_text("utf-8").splitlines(keepends=True)[:70]
    (root / DPG).write_text("".join(lines), "utf-8")
    return root


def test_headline_queries_are_real_words_and_stable(shared_slice: Path) -> None:
    queries = headline_queries(shared_slice)
    assert len(queries) == 10  # records 0, 7, …, 63
    assert queries == headline_queries(shared_slice)
    assert all(1 <= len(query.split()) <= 3 and all(len(word) >= 4 for word in query.split()) for query in queries)


def test_measure_reports_stories_build_size_and_search_times(shared_slice: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    result = measure(shared_slice, work)
    # 2 seed pages hold 2 articles and 14 distinct briefs; the 70 records give at most 70 stories.
    assert 16 < result["stories"] <= 16 + 70
    assert result["files"] == 3
    assert result["build_wall_seconds"] > 0 and result["index_mb"] > 0
    assert result["searches"]["n"] == 10
    # Every query is a headline's own words, so every search finds that story at least.
    assert result["searches_with_hits"] == 10
    assert "stories indexed" in summary(result)
