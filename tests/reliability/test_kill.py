"""A reindex killed with SIGKILL at every point that matters: nothing committed is lost, the index opens and
answers from the last good state, no process or lock is left behind, and the next reindex finishes the job.

The kill points are exact, not timed (see driver.py): in the middle of writing a segment, with the new
table of contents written but not renamed into place (the middle of a Whoosh commit), after the commit but
before the manifest, and with a complete new generation not yet published. Each path is tried: an
incremental reindex, a full rebuild in one process, and a full rebuild on worker processes (whose parent
is killed while they write their segments). tests/index/test_reindex.py kills a big incremental reindex by
the clock as well.
"""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest

from index.library import Library
from index.store import GENERATION_PREFIX
from tests.index.test_reindex import _synthetic_corpus
from tests.reliability.conftest import run_driver, wait_until_gone

FIRST = 120  # files in the index before the killed reindex
ADDED = 60  # files the killed reindex was adding


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    """Articles (FIRST indexed, ADDED not yet) and their index, built once; each test copies them."""
    root = tmp_path_factory.mktemp("killed")
    articles, index = root / "articles", root / "index"
    articles.mkdir()
    _synthetic_corpus(articles, FIRST)
    library = Library(articles, index)
    try:
        before = library.reindex().stories
    finally:
        library.close()
    staging = root / "staging"
    staging.mkdir()
    _synthetic_corpus(staging, FIRST + ADDED)
    for path in sorted(staging.iterdir())[FIRST:]:
        path.rename(articles / path.name)
    return articles, index, before


def indexed(library: Library, number: int) -> bool:
    """Whether the story of synthetic file `number` can be found."""
    return any(hit.file == f"f{number:05d}.txt" for hit in library.search(f"Kop {number}").hits)


def generations(index: Path) -> list[str]:
    return sorted(path.name for path in index.iterdir() if path.name.startswith(GENERATION_PREFIX))


CASES = [
    # (how the reindex runs, where it is killed, whether its work was committed before the kill)
    ("incremental", "segment", False),
    ("incremental", "toc", False),
    ("incremental", "manifest", True),  # committed: the next reindex must not lose or double it
    ("full", "segment", False),
    ("full", "toc", False),
    ("full", "publish", False),  # complete but never published: readers never see it
    ("parallel", "progress:parse", False),  # the parent dies while its workers write segments
    ("parallel", "toc", False),
    ("parallel", "publish", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("mode", "point", "committed"), CASES, ids=[f"{mode}-{point}" for mode, point, _ in CASES])
def test_a_killed_reindex_loses_nothing_and_the_next_one_completes(template: tuple[Path, Path, int], tmp_path: Path,
                                                                   mark: str, mode: str, point: str, committed: bool,
                                                                   ) -> None:
    source_articles, source_index, before = template
    articles = tmp_path / "articles"
    index = tmp_path / "index"
    shutil.copytree(source_articles, articles, copy_function=shutil.copy2)
    shutil.copytree(source_index, index, copy_function=shutil.copy2)
    expected = before + ADDED
    generations_before = generations(index)

    faults = ["--kill-at", point, *(["--parallel"] if mode == "parallel" else [])]
    args = ["reindex", "--progress", "json", "--articles", str(articles), "--index", str(index)]
    killed = run_driver(*faults, args=[*args, *(["--full"] if mode != "incremental" else [])], mark=mark)
    assert killed.returncode == -signal.SIGKILL, (killed.returncode, killed.stderr[-2000:])  # the point was reached
    # Worker processes of a killed parallel build notice their parent is gone and end.
    assert wait_until_gone(mark) == []

    library = Library(articles, index)
    try:
        # The index opens and answers from the last good state: what was committed, never half a batch.
        assert library.story_count() == (expected if committed else before)
        assert indexed(library, 7) and library.story(library.search("Kop 7").hits[0].story_id) is not None
        assert indexed(library, FIRST + 1) == committed  # nothing of the killed batch shows, unless committed
        if mode != "incremental":
            assert library.store.current() is not None
            assert library.store.current().path.name == generations_before[-1]  # never switched to half a build

        report = library.reindex()  # no lock left behind: this is not told "busy"
        assert library.story_count() == report.stories == expected
        assert indexed(library, FIRST + 1) and indexed(library, FIRST + ADDED - 1)
        again = library.reindex()  # and the manifest agrees with the index
        assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, FIRST + ADDED)
        assert again.stories == expected
        # What a killed rebuild wrote in a generation of its own is gone; at most the one before stays.
        current = library.store.current()
        assert current is not None and len(generations(index)) <= 2
        assert all(name <= current.path.name for name in generations(index)), generations(index)
    finally:
        library.close()
