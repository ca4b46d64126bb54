"""`python run_bot.py COMMAND`: the library's features from a terminal, with exit codes that mean something."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import EXIT_BUSY, EXIT_FAILED, EXIT_USAGE, main
from bot.settings import Settings
from index.reindex import reindex_lock
from tests.bot.conftest import SOLDIERS_QUESTION, UNANSWERABLE

pytestmark = pytest.mark.usefixtures("clean_environment", "restore_logging")


def where(settings: Settings) -> list[str]:
    return ["--articles", str(settings.articles_dir), "--index", str(settings.index_dir)]


def test_search_as_json(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Noord-Korea", "--json", "--limit", "1", *where(settings)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["total"] == 2 and result["pages"] == 2 and len(result["hits"]) == 1
    assert result["hits"][0]["dateline"] in {"SEOUL/VLADIVOSTOK (ANP/RTR/AFP)", "WASHINGTON (ANP/AFP)"}


def test_search_with_filters_as_text(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Noord-Korea", "--source", "RTR", *where(settings)]) == 0
    out = capsys.readouterr().out
    assert "Filters: source=RTR" in out and "Seoul: Noord-Korea stuurt eerste 1500 soldaten naar Rusland" in out
    assert "WASHINGTON" not in out


def test_story_not_found_exits_1(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["story", "bestaat-niet", "--json", *where(settings)]) == 1
    assert json.loads(capsys.readouterr().out) == {"story_id": "bestaat-niet", "error": "not found"}


def test_a_batch_is_answered_in_order_as_json_lines(settings: Settings, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "vragen.txt"
    batch.write_text(f"{SOLDIERS_QUESTION}\n\n{UNANSWERABLE}\n", encoding="utf-8")
    assert main(["ask", "--batch", str(batch), *where(settings)]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [answer["question"] for answer in answers] == [SOLDIERS_QUESTION, UNANSWERABLE]
    assert answers[0]["answer"] == "10.000 militairen" and not answers[0]["abstained"]
    assert answers[1]["abstained"] and answers[1]["answer"] is None


def test_compare_writes_the_chart(settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chart = tmp_path / "grafiek.png"
    assert main(["compare", "Noord-Koreaanse soldaten in Rusland", "--chart", str(chart), *where(settings)]) == 0
    assert f"Grafiek: {chart}" in capsys.readouterr().out
    assert chart.read_bytes().startswith(b"\x89PNG")


def test_reindex_reports_as_json_with_progress_lines(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    (settings.articles_dir / "leeg.txt").write_text("   \n", encoding="utf-8")
    assert main(["reindex", "--json", "--progress", "json", *where(settings)]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["added"] == 1 and report["unchanged"] == 2
    assert report["skipped"] == [{"file": "leeg.txt", "reason": "empty file"}]
    progress = [json.loads(line)["progress"] for line in captured.err.splitlines() if line.startswith('{"progress"')]
    assert progress[0]["phase"] == "scan" and progress[-1]["phase"] == "done"


def test_a_reindex_while_another_runs_exits_busy(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    with reindex_lock(settings.index_dir):
        assert main(["reindex", *where(settings)]) == EXIT_BUSY == 3
    err = capsys.readouterr().err
    assert err.startswith("Dateline: Er loopt al een herindexering") and len(err.splitlines()) == 1


def test_a_missing_articles_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["search", "x", "--articles", str(tmp_path / "nergens"), "--index", str(tmp_path / "index")])
    assert code == EXIT_FAILED == 5
    assert capsys.readouterr().err.splitlines() == [
        f"Dateline: Herindexering mislukt: articles folder {tmp_path / 'nergens'} does not exist; "
        "de vorige index blijft in gebruik."]


def test_an_invalid_setting_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DATELINE_LANGUAGE", "fr")
    assert main(["search", "x"]) == EXIT_USAGE
    assert capsys.readouterr().err == "Dateline: DATELINE_LANGUAGE must be one of nl, en, not 'fr'\n"


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for command in ("bot", "console", "reindex", "search", "story", "quote", "compare", "ask"):
        assert f"    {command}" in out


def test_latest_as_json_and_as_text(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["latest", "--json", "--limit", "3", *where(settings)]) == 0
    result = json.loads(capsys.readouterr().out)
    published = [hit["published"] for hit in result["hits"]]
    assert result["total"] == 16 and len(published) == 3 and published == sorted(published, reverse=True)
    assert main(["latest", "Noord-Korea", "--limit", "1", "--page", "2", *where(settings)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Nieuwste artikelen over „Noord-Korea” (pagina 2/2)\n\n 2. Seoul: Noord-Korea stuurt")


def test_watch_indexes_a_file_that_arrives(settings: Settings, tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    from tests.bot.conftest import PROJECT_ROOT, run_cli  # the real one (clean_environment moves bot.settings')

    assert run_cli("reindex", *where(settings), cwd=tmp_path).returncode == 0
    with subprocess.Popen([sys.executable, str(PROJECT_ROOT / "run_bot.py"), "watch", "--json", *where(settings)],
                          cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as watch:
        try:
            assert watch.stdout is not None
            first = json.loads(watch.stdout.readline())  # the first round: nothing changed while nobody watched
            assert (first["added"], first["unchanged"]) == (0, 2)
            time.sleep(0.5)
            (settings.articles_dir / "nieuw.txt").write_text("Kop van een nieuw bericht\nSEOUL (ANP) - Tekst.\n",
                                                             encoding="utf-8")
            second = json.loads(watch.stdout.readline())
            assert second["files_added"] == ["nieuw.txt"]
        finally:
            watch.terminate()
