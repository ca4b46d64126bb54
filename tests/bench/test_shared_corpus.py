"""bench.shared_corpus on a slice of the real material: it builds, counts, sizes and times what it says.

The slice (the two seed pages and the first 70 DPG records, in a "shared" folder laid out like
../shared) keeps the test to seconds; the full run is `python -m bench.shared_corpus`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bench.eval_questions import SHARED
from bench.shared_corpus import DPG, headline_queries, measure, summary
from index.passage_vectors import FILE, Passages

QUESTIONS = ["hoeveel Noord-Koreaanse soldaten zitten in Rusland?", "wie meldde dat?", "wat kost een brood?"]


@pytest.fixture
def shared_slice(tmp_path: Path) -> Path:
    if not (SHARED / DPG).is_file():
        pytest.skip("../shared/corpora is not here")
    root = tmp_path / "shared"
    shutil.copytree(SHARED / "seeds", root / "seeds")
    (root / DPG).parent.mkdir(parents=True)
    lines = (SHARED / DPG).read_text("utf-8").splitlines(keepends=True)[:70]
    (root / DPG).write_text("".join(lines), "utf-8")
    (root / "eval").mkdir()
    questions = "".join(json.dumps({"question": question}) + "\n" for question in QUESTIONS)
    (root / "eval" / "dev.jsonl").write_text(questions, "utf-8")
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
    assert result["questions"]["n"] == len(QUESTIONS) and result["questions"]["mean_ms"] > 0
    assert "stories indexed" in summary(result)


def test_a_kept_index_is_reused_with_its_passages_embedded_ahead(shared_slice: Path, tmp_path: Path) -> None:
    index = tmp_path / "kept"
    (tmp_path / "one").mkdir()
    first = measure(shared_slice, tmp_path / "one", index, passages=2)
    assert first["build_wall_seconds"] > 0 and first["passages_ahead"] == 2
    embedded = len(Passages(index).current())
    assert embedded > 2  # two stories' sentences and neighbouring pairs
    (tmp_path / "two").mkdir()
    again = measure(shared_slice, tmp_path / "two", index, passages=2)
    assert again["build_wall_seconds"] is None and again["stories"] == first["stories"]
    assert "the index was there already" in summary(again) and (index / FILE).is_file()
    assert len(Passages(index).current()) == embedded
