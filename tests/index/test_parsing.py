"""Every input form the library reads, with the real files from ../shared where they exist."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.terminal import Style, render_hit
from index.library import Library
from index.parsing import parse_file
from index.reading import UnreadableFile, decode
from tests.conftest import DPG, SAMPLE, SEED_TIMES, SEEDS, WIRE, need, seed_page, set_mtime

T0 = datetime.fromisoformat("2024-10-18T14:00:00+02:00")


def parse_path(path: Path, mtime: float | None = None):
    return parse_file(path.name, path.read_bytes(), T0.timestamp() if mtime is None else mtime)


def parse_seed(name: str):
    """A seed page as scraped (no front matter: its time is the file's), from the bundled sample."""
    return parse_file(name, seed_page(name), T0.timestamp())


def test_scraped_page_gives_the_main_article_and_every_brief() -> None:
    parsed = parse_seed("000_faf4c738a6a5f06a.txt")
    main, *briefs = parsed.stories
    assert main.kind == "article"
    assert main.headline == "Seoul: Noord-Korea stuurt eerste 1500 soldaten naar Rusland"
    assert main.dateline == "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"
    assert main.places == ["SEOUL", "VLADIVOSTOK"]
    assert main.sources == ["ANP", "RTR", "AFP"]
    assert main.section == "Buitenland"
    assert main.paragraphs[0].startswith("Noord-Korea heeft 1500 soldaten")  # the dateline is not text
    assert len(main.paragraphs) == 4
    assert main.published == T0 and main.published_from == "file-mtime"
    assert [brief.kind for brief in briefs] == ["brief"] * 7
    assert [brief.dateline for brief in briefs] == [
        "BEIROET (ANP)", "WASHINGTON (ANP)", "WASHINGTON (ANP)", "TEL AVIV (ANP/AFP)", "BEIROET (ANP/AFP)",
        "TEHERAN (ANP/AFP)", "WASHINGTON (ANP)"]
    assert all("geleden" not in " ".join(brief.paragraphs) for brief in briefs)
    assert briefs[0].headline.startswith("Israël heeft in de nacht van woensdag op donderdag")
    # Each brief's time is the page time minus the age printed after it.
    ages = [timedelta(minutes=6), timedelta(minutes=8), timedelta(hours=1), timedelta(hours=3),
            timedelta(hours=4), timedelta(hours=4), timedelta(hours=5)]
    assert [T0 - brief.published for brief in briefs] == ages
    # The page time is the file's, so every time on the page is a guess.
    assert {brief.published_from for brief in briefs} == {"file-mtime-minus-age"}
    assert all(story.date_guessed for story in parsed.stories)
    assert len({story.story_id for story in parsed.stories}) == 8


PUBLISHED = "date: 2024-10-30T20:00:00+01:00"
FETCHED = datetime.fromisoformat("2026-01-21T12:00:00+01:00")


@pytest.mark.parametrize("key", ["fetched", "opgehaald"])
@pytest.mark.parametrize(("front", "article", "brief"), [
    ("", ("file-mtime", T0), ("file-mtime-minus-age", T0 - timedelta(hours=2))),
    (f"{PUBLISHED}\n", ("front-matter", datetime.fromisoformat("2024-10-30T20:00:00+01:00")),
     ("file-mtime-minus-age", T0 - timedelta(hours=2))),
    (f"{PUBLISHED}\n{{key}}: {FETCHED.isoformat()}\n",
     ("front-matter", datetime.fromisoformat("2024-10-30T20:00:00+01:00")),
     ("page-time-minus-age", FETCHED - timedelta(hours=2))),
    (f"{{key}}: {FETCHED.isoformat()}\n", ("file-mtime", T0), ("page-time-minus-age", FETCHED - timedelta(hours=2))),
], ids=["neither", "date", "date-and-fetched", "fetched"])
def test_a_briefs_age_counts_from_when_the_page_was_fetched(
        key: str, front: str, article: tuple[str, datetime], brief: tuple[str, datetime]) -> None:
    """"2 uur geleden" is two hours before the page was viewed, not before its main article was published
    (`date:`, months earlier on the sample pages): a brief's time is the front matter's fetch time less its
    age, a date; without one, the file's time less its age, a guess (shown as one, kept out of a course of
    figures) even when the page has a `date:`. The main article keeps its `date:`."""
    page = "Kop\nAMSTERDAM (ANP) - Tekst.\nMeer uit Buitenland\nGENÈVE (ANP/AFP) - De WHO meldt iets.\n2 uur geleden"
    text = f"{front.format(key=key)}\n{page}" if front else page
    main, told = parse_file("a.txt", text.encode(), T0.timestamp()).stories
    assert (main.published_from, main.published) == article
    assert (told.published_from, told.published) == brief
    assert told.date_guessed == (brief[0] == "file-mtime-minus-age")


def test_an_unreadable_fetch_time_leaves_the_briefs_guessed(caplog: pytest.LogCaptureFixture) -> None:
    text = ("fetched: gisteren ergens\n\n"
            "Kop\nAMSTERDAM (ANP) - Tekst.\nMeer uit Buitenland\nGENÈVE (ANP) - Iets.\n1 uur geleden")
    brief = parse_file("a.txt", text.encode(), T0.timestamp()).stories[1]
    assert (brief.published_from, brief.published) == ("file-mtime-minus-age", T0 - timedelta(hours=1))
    assert "a.txt: unreadable fetched 'gisteren ergens' in front matter; using the file time" in caplog.text


def shown_in_search(page: str, folder: Path, query: str) -> str:
    """How search shows the top hit for `query` in a library of this one page, saved on 3 Dec 2026."""
    articles = folder / "articles"
    articles.mkdir(parents=True)
    (articles / "page.txt").write_text(page, "utf-8")
    set_mtime(articles / "page.txt", "2026-12-03T12:00:00+01:00")
    library = Library(articles, folder / "index")
    try:
        library.ensure_index()
        return " ".join(render_hit(library.search(query).hits[0], 1, Style(False), "nl"))
    finally:
        library.close()


def test_a_brief_on_a_sample_page_is_shown_undated_not_at_its_main_articles_date(tmp_path: Path) -> None:
    """The bundled pages' `date:` is their main article's (October 2024); their briefs are from January 2026
    (one is about the first year of Trump's second term). Nothing in the pages says when they were fetched, so
    such a brief is shown as a guess from the file's day; with a `fetched:`, as that time less its age."""
    sample = (SAMPLE / "004_1ef2553043233ab9.txt").read_text("utf-8")
    jubilee = "eenjarige jubileum tweede termijn"
    undated = shown_in_search(sample, tmp_path / "sample", jubilee)
    assert "Donald Trump is niet geïnteresseerd" in undated
    assert "datum onbekend (bestand van 3 dec 2026)" in undated and "2024" not in undated
    assert "30 okt 2024 20:00" in shown_in_search(sample, tmp_path / "article", "Pentagon")
    fetched = sample.replace("source: ANP\n", "source: ANP\nfetched: 2026-01-21T12:00:00+01:00\n")
    assert "21 jan 2026 03:00" in shown_in_search(fetched, tmp_path / "fetched", jubilee)


def test_a_brief_on_a_fetched_page_and_on_a_page_with_only_a_date_takes_the_fetched_pages_time(
        tmp_path: Path) -> None:
    """The same brief on a page that says when it was fetched and on a page that only dates its main article,
    months earlier: the brief's time is the fetched page's less its age, not the other page's file time (a
    guess, however early) and not that page's `date:` less the age (its main article's, not the brief's)."""
    brief = "GENÈVE (ANP/AFP) - De WHO meldt dat 12.000 mensen zijn gevaccineerd.\n2 uur geleden"
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "fetched.txt").write_text(
        f"fetched: 2026-01-21T12:00:00+01:00\n\nKop één\nAMSTERDAM (ANP) - Tekst een.\nMeer uit Buitenland\n{brief}",
        "utf-8")
    (articles / "dated.txt").write_text(
        f"date: 2024-10-01T12:00:00+02:00\n\nKop twee\nDEN HAAG (ANP) - Tekst twee.\nMeer uit Buitenland\n{brief}",
        "utf-8")
    set_mtime(articles / "dated.txt", "2024-10-01T12:00:00+02:00")
    library = Library(articles, tmp_path / "index")
    try:
        library.ensure_index()
        result = library.search("gevaccineerd")
    finally:
        library.close()
    hit = result.hits[0]
    assert result.total == 1 and hit.kind == "brief"
    assert hit.published == datetime.fromisoformat("2026-01-21T10:00:00+01:00")
    assert hit.published_from == "page-time-minus-age" and not hit.date_guessed
    assert "21 jan 2026 10:00" in " ".join(render_hit(hit, 1, Style(False), "nl"))


def test_an_age_inside_a_brief_is_text_not_a_separator() -> None:
    parsed = parse_seed("004_1ef2553043233ab9.txt")
    navo = next(story for story in parsed.stories if story.text.startswith("De NAVO is veel sterker"))
    assert "dan een jaar geleden en dat komt" in navo.text
    assert navo.published == T0 - timedelta(hours=9)


def test_the_same_brief_on_two_pages_has_one_story_id(tmp_path: Path) -> None:
    brief = "GENÈVE (ANP/AFP) - De WHO meldt dat 12.000 mensen zijn gevaccineerd."
    first = f"Kop één\nAMSTERDAM (ANP) - Tekst een.\nMeer uit Buitenland\n{brief}\n6 minuten geleden"
    second = f"Kop twee\nDEN HAAG (ANP) - Tekst twee.\nMeer uit Buitenland\n{brief}\n2 uur geleden"
    one = parse_file("a.txt", first.encode(), T0.timestamp()).stories
    two = parse_file("b.txt", second.encode(), T0.timestamp()).stories
    assert one[1].story_id == two[1].story_id
    assert one[0].story_id != two[0].story_id


def test_wire_copy_keeps_notices_and_trailers_out_of_the_text() -> None:
    postnl = parse_path(need(WIRE / "anp_belga_ANPX-101218-041.txt")).stories
    assert len(postnl) == 1
    story = postnl[0]
    assert story.headline == "FNV staat alleen met acties bij PostNL (2)"
    assert story.dateline == "San Mateo (ANP)"  # mixed case
    assert story.replaces == "FNV staat alleen met ultimatum aan PostNL"
    assert not any("N i e u w" in paragraph for paragraph in story.paragraphs)
    kellogg = parse_path(need(WIRE / "ac3dc857e87ea0a0b98635b314941d12.txt")).stories[0]
    assert kellogg.sources == ["AFN", "BLOOMBERG"]
    assert not any("Redactie" in paragraph for paragraph in kellogg.paragraphs)
    assert kellogg.paragraphs[-1].startswith("De winst viel lager uit")


def test_every_wire_item_parses_with_a_dateline() -> None:
    for path in sorted(need(WIRE).glob("*.txt")):
        stories = parse_path(path).stories
        assert len(stories) == 1, path.name
        assert stories[0].dateline and stories[0].sources, path.name


def test_json_lines_records_keep_their_ids_and_report_empty_ones() -> None:
    parsed = parse_path(need(DPG), mtime=0)
    records = [json.loads(line) for line in DPG.read_text("utf-8").splitlines() if line.strip()]
    with_text = [record for record in records if record["text"].strip()]
    assert len(parsed.stories) == len(with_text) == 1398
    assert len(parsed.skipped) == len(records) - len(with_text)
    assert all("no text" in item.reason for item in parsed.skipped)
    first = parsed.stories[0]
    assert first.kind == "record" and first.record_id == str(with_text[0]["id"])
    assert first.headline == with_text[0]["title"]
    assert first.published.date().isoformat() == with_text[0]["published_at"]
    assert first.published_from == "record"


def test_json_records_accept_the_usual_field_names() -> None:
    payload = [
        {"headline": "Kop A", "body": "AMSTERDAM (ANP) - Tekst A.", "date": "2024-01-02T10:00:00Z", "url": "u"},
        {"title": "Kop B", "content": ["Alinea één.", "Alinea twee."], "published": 1704189600,
         "source": "Trouw", "id": 7},
        {"title": "Geen tekst"},
    ]
    parsed = parse_file("x.json", json.dumps(payload).encode(), 0)
    first, second = parsed.stories
    assert (first.headline, first.dateline, first.url) == ("Kop A", "AMSTERDAM (ANP)", "u")
    assert first.published == datetime.fromisoformat("2024-01-02T10:00:00+00:00")
    assert second.paragraphs == ["Alinea één.", "Alinea twee."]
    assert second.sources == ["Trouw"] and second.record_id == "7"
    assert parsed.skipped[0].reason.startswith("record 3: no text")


def test_a_broken_json_line_costs_only_itself() -> None:
    lines = ['{"id": 1, "title": "A", "text": "Tekst een."}', '{"id": 2, "title": "B", "text": ',
             '{"id": 3, "title": "C", "text": "Tekst drie."}']
    parsed = parse_file("x.jsonl", "\n".join(lines).encode(), 0)
    assert [story.record_id for story in parsed.stories] == ["1", "3"]
    assert parsed.skipped[0].reason.startswith("line 2: invalid JSON")


def test_front_matter_wins_over_the_file_time() -> None:
    text = "date: 2024-10-30T20:00:00+01:00\nurl: https://example.org/a\nsource: ANP\n\nKop\nTekst zonder dateline."
    story = parse_file("a.txt", text.encode(), 0).stories[0]
    assert story.published == datetime.fromisoformat("2024-10-30T20:00:00+01:00")
    assert story.published_from == "front-matter"
    assert story.url == "https://example.org/a" and story.sources == ["ANP"]
    assert story.headline == "Kop"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8-sig", "utf-16"])
def test_text_that_is_not_plain_utf8_is_decoded(encoding: str) -> None:
    text = "Oekraïne meldt\r\nKIEV (ANP) - De tekst gaat over Oekraïne en kost € 5.\r\n"
    if encoding == "latin-1":
        text = text.replace("€", "EUR")
    story = parse_file("a.txt", text.encode(encoding), 0).stories[0]
    assert story.headline == "Oekraïne meldt"
    assert story.paragraphs[0].startswith("De tekst gaat over Oekraïne")


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"  \n\n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 10, "binary"),
])
def test_unreadable_files_say_why(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableFile, match=reason):
        parse_file("bad.txt", data, 0)


#: The README's limit: "A file that cannot be read (binary, empty, over 64 MB, unparseable) is skipped".
README_FILE_LIMIT = 64 * 1024 * 1024


def test_too_large_files_are_refused_unread() -> None:
    with pytest.raises(UnreadableFile, match="too large"):
        decode(b"a" * (README_FILE_LIMIT + 1))


def test_the_reindex_skips_a_file_over_64_mb_and_reads_one_of_64_mb(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "kort.txt").write_text("Kop\nDEN HAAG (ANP) - Een kort bericht over dijken.", "utf-8")
    with open(articles / "groot.txt", "wb") as big:  # sparse: no 64 MB written to disk
        big.truncate(README_FILE_LIMIT + 1)
    with open(articles / "net-niet.txt", "wb") as limit:
        limit.truncate(README_FILE_LIMIT)  # read, and then refused for what it holds: NUL bytes
    library = Library(articles, tmp_path / "index")
    try:
        report = library.reindex()
        reasons = {item.file: item.reason for item in report.skipped}
        assert reasons["groot.txt"].startswith("too large")
        assert not reasons["net-niet.txt"].startswith("too large") and "binary" in reasons["net-niet.txt"]
        assert library.search("dijken").total == 1  # the rest is indexed
    finally:
        library.close()


def test_the_bundled_sample_is_the_seed_pages_with_their_times() -> None:
    """What lets a plain clone test with the seed pages: the sample is them, front matter added."""
    assert {path.name for path in need(SEEDS).glob("*.txt")} == set(SEED_TIMES) == \
        {path.name for path in SAMPLE.glob("*.txt")}
    for name, iso in SEED_TIMES.items():
        assert seed_page(name) == (SEEDS / name).read_bytes()
        assert (SAMPLE / name).read_text("utf-8").startswith(f"date: {iso}\n")
