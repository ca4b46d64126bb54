"""A parser bug costs one file, not the reindex: whatever `parse_file` raises for a file, the reindex goes
on, indexes the others and reports that file with the reason, in one process and on worker processes.

tests/index/test_hostile_input.py fuzzes the parser itself (arbitrary bytes, mutated real pages from
../shared) and indexes a folder of broken files; those inputs are all handled by the parser today, so the
reindex's own guard is tried here with a parser that fails on purpose.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.library import Library
from tests.index.test_reindex import _synthetic_corpus
from tests.reliability.conftest import run_driver

#: Imported by every Python process started with this folder on PYTHONPATH (workers of a parallel build
#: too): makes the parser fail on one file, as a bug would.
SITECUSTOMIZE = '''
import index.parsing

_parse = index.parsing.parse_file


def parse_file(name, data, mtime):
    if name.endswith("f00003.txt"):
        raise IndexError("list index out of range")
    return _parse(name, data, mtime)


index.parsing.parse_file = parse_file
'''


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    _synthetic_corpus(folder, 30)
    return folder


def test_a_parser_bug_costs_one_file_in_one_process(articles: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import index.reindex_steps

    parse = index.reindex_steps.parse_file

    def buggy(name: str, data: bytes, mtime: float) -> object:
        if name.endswith("f00003.txt"):
            raise IndexError("list index out of range")
        return parse(name, data, mtime)

    monkeypatch.setattr(index.reindex_steps, "parse_file", buggy)
    library = Library(articles, tmp_path / "index")
    try:
        report = library.reindex()
        assert [(item.file, item.reason) for item in report.skipped] == [
            ("f00003.txt", "could not be parsed (IndexError: list index out of range)")]
        assert report.stories == 29 and library.story_count() == 29
    finally:
        library.close()


def test_a_parser_bug_costs_one_file_on_worker_processes(articles: Path, tmp_path: Path) -> None:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    result = run_driver("--parallel", args=["reindex", "--json", "--progress", "none", "--articles", str(articles),
                                            "--index", str(tmp_path / "index")], pythonpath=hooks)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["skipped"] == [{"file": "f00003.txt", "reason": "could not be parsed (IndexError: list index out "
                                                                  "of range)"}]
    assert report["stories"] == 29 and "processes into" in result.stderr  # it did run on workers
