"""Search: Dutch analysis, weights, filters, typos, paging, the advanced syntax, and hostile queries."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest

from bot.terminal import Style, render_latest, render_search
from bot.texts import describe_reading
from index import search as search_module
from index.analysis import terms
from index.library import Library
from index.models import SearchResult
from index.times import as_aware
from tests.conftest import DPG, need
from tests.index.test_answers import article, library_of

T = TypeVar("T")


def test_dutch_analysis_makes_forms_alike() -> None:
    assert terms("soldaten") == terms("soldaat")
    assert terms("Oekraine") == terms("Oekraïne")
    assert terms("12.000") == terms("12000") == ["12000"]
    assert terms("2,5") == terms("2.5")
    assert terms("de van het een") == []
    assert terms("Noord-Korea") == ["noord", "korea"]
    assert terms("F-35") == terms("F35") == terms("f35") == ["f35"]  # a type name is one term, not a stray "35"
    assert terms("covid-19") == ["covid", "19"]
    assert terms("F\u201135") == terms("F\u201335") == ["f35"]  # a non-breaking hyphen or a dash
    assert terms("WK-2022") == ["wk", "2022"]  # a year stays apart: "WK 2022" finds it
    assert terms("5G") == terms("5g") == ["5g"] and terms("50PLUS") == terms("50Plus") == ["50plus"]


def test_stems_accents_and_number_forms_find_the_seed_stories(seed_library: Library) -> None:
    soldier = seed_library.search("soldaat")
    assert {hit.headline for hit in soldier.hits} >= {
        "Seoul: Noord-Korea stuurt eerste 1500 soldaten naar Rusland",
        "VS schatten aantal Noord-Koreaanse soldaten in Rusland op 10.000"}
    assert seed_library.search("Oekraine").total == seed_library.search("Oekraïne").total >= 2
    assert seed_library.search("12000").hits[0].dateline == "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"
    assert seed_library.search("10000 militairen").hits[0].dateline == "WASHINGTON (ANP/AFP)"


def test_a_plural_the_stemmer_keeps_apart_finds_the_singular(tmp_path: Path) -> None:
    """Snowball's Dutch stemmer makes only kk, dd and tt single again: 'abortussen' (abortuss) did not find
    'abortus', nor 'straffen' 'straf' or 'mannen' 'man'; and it keeps the z and v an ending voices: 'prijzen'
    (prijz) did not find 'prijs', nor 'brieven' 'brief'. Plural and singular now find each other both ways."""
    assert terms("abortussen mannen straffen stemmen") == terms("abortus man straf stem")
    assert terms("prijzen huizen brieven wolven") == terms("prijs huis brief wolf")
    assert terms("all") == ["all"] and terms("leven") == ["lev"]  # too short to be read as another form
    records = [article("a1", "Abortus", "Elk jaar laten zo'n 30.000 vrouwen een abortus uitvoeren."),
               article("a2", "Rechtbank", "De rechter legde de mannen zware straffen op."),
               article("a3", "Woningmarkt", "De prijs van een huis steeg weer."),
               article("a4", "Weer", "Morgen is het droog en zonnig.")]
    with library_of(tmp_path, *records) as library:
        assert [hit.headline for hit in library.search("abortussen").hits] == ["Abortus"]
        assert [hit.headline for hit in library.search("straf man").hits] == ["Rechtbank"]
        assert [hit.headline for hit in library.search("prijzen huizen").hits] == ["Woningmarkt"]


def test_headline_and_dateline_weigh_more_than_the_body(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Overstroming in Limburg\nMAASTRICHT (ANP) - Het water stijgt.", "utf-8")
    (folder / "b.txt").write_text("Nieuws van de dag\nUTRECHT (ANP) - Een overstroming in het zuiden, zegt men; "
                                  "verder veel ander nieuws over het weer en de wegen.", "utf-8")
    (folder / "c.txt").write_text("Rustige dag\nMAASTRICHT (ANP) - Niets bijzonders.", "utf-8")
    (folder / "d.txt").write_text("Rustige dag\nEINDHOVEN (ANP) - Niets bijzonders in Maastricht.", "utf-8")
    library = Library(folder, tmp_path / "index")
    library.ensure_index()
    assert next(hit.file for hit in library.search("overstroming").hits) == "a.txt"
    assert [hit.file for hit in library.search("Maastricht").hits][:2] in (["a.txt", "c.txt"], ["c.txt", "a.txt"])
    library.close()


def test_filters_by_agency_place_kind_and_date(seed_library: Library) -> None:
    afp = seed_library.search("Israël", source="AFP")
    assert afp.hits and all("AFP" in hit.sources for hit in afp.hits)
    assert afp.reading.filters == {"source": "AFP"}
    beirut = seed_library.search("Israël", place="beiroet").hits
    assert beirut and all(hit.places == ["BEIROET"] for hit in beirut)
    assert seed_library.search("Israël").total > len(beirut)  # the filter left some out
    briefs = seed_library.search("Trump", kind="brief").hits
    assert briefs and all(hit.kind == "brief" for hit in briefs)
    since = datetime.fromisoformat("2024-10-25T00:00:00+02:00")
    assert {hit.published >= since for hit in seed_library.search("Noord-Korea", since=since).hits} == {True}
    assert seed_library.search("Noord-Korea", until=datetime.fromisoformat("2024-01-01T00:00:00+01:00")).total == 0


def test_typos_are_read_as_the_nearest_words_and_said_back(seed_library: Library) -> None:
    """The correction is said back as a word, not as the index's stem ('soldat'), capitalised as typed."""
    result = seed_library.search("Oekriane")
    assert result.total >= 1
    assert result.reading.corrections == {"Oekriane": ["Oekraine"]}
    soldiers = seed_library.search("noord-koreaanse soldatne")
    assert soldiers.total >= 1 and soldiers.reading.corrections == {"soldatne": ["soldaten"]}
    assert "Typfout? soldatne gelezen als soldaten" in describe_reading(soldiers.reading, "nl")


def test_a_typo_far_from_its_stem_is_corrected_through_general_dutch(tmp_path: Path) -> None:
    """'inbrkaen' is three edits from the index's stem 'inbrak' (too far for the index's own corrections) and one
    from the word 'inbraken', as questions' typos are read."""
    records = [article("i1", "Meer inbraken", "De politie telde vorig jaar 1.200 inbraken in auto's."),
               article("i2", "Markt", "De markt in Utrecht is weer open.")]
    with library_of(tmp_path, *records) as library:
        result = library.search("inbrkaen")
    assert [hit.record_id for hit in result.hits] == ["i1"]
    assert result.reading.corrections == {"inbrkaen": ["inbraken"]}


def test_when_no_story_has_every_word_some_words_do_and_it_says_so(seed_library: Library) -> None:
    result = seed_library.search("Zelensky Netanyahu")
    assert result.total >= 2 and result.reading.match == "any"
    assert seed_library.search("Zelensky wapens").reading.match == "all"


def test_equal_scores_are_ordered_by_time_then_id_and_pages_do_not_overlap(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(12):
        day = 1 + number % 4
        (folder / f"{number:02d}.txt").write_text(
            f"date: 2024-03-{day:02d}T12:00:00+01:00\n\nGelijke kop\nAMSTERDAM (ANP) - Gelijke tekst over tulpen, "
            f"nummer{number}.", "utf-8")  # each its own text: the same text on the same day is one story
    library = Library(folder, tmp_path / "index")
    library.ensure_index()
    pages = [library.search("tulpen", page=page, page_size=5) for page in (1, 2, 3)]
    ids = [hit.story_id for result in pages for hit in result.hits]
    assert len(ids) == len(set(ids)) == 12
    assert pages[0].pages == 3 and pages[2].page == 3
    keys = [(-hit.published.timestamp(), hit.story_id) for result in pages for hit in result.hits]
    assert keys == sorted(keys)
    assert [hit.story_id for hit in library.search("tulpen", page=1, page_size=5).hits] == ids[:5]
    library.close()


def test_a_story_filed_twice_is_one_result_that_names_its_copy(tmp_path: Path) -> None:
    body = "Een uiltje uit Rotterdam kreeg nieuwe veren van een overleden soortgenoot, meldt de opvang."
    with library_of(tmp_path, article("1", "Uiltje opgeknapt", body, published="2019-03-06"),
                    article("2", "Uiltje opgeknapt door transplantatie", body, published="2019-03-06"),
                    article("3", "Uiltje opgeknapt", body, published="2019-04-11"),  # another day: another item
                    article("4", "Uil in de opvang", "Een andere uil uit Rotterdam herstelt in de opvang.",
                            published="2019-03-06")) as library:
        result = library.search("uiltje veren")
        assert result.total == 2
        first, second = sorted(result.hits, key=lambda hit: hit.published)
        assert first.copies and second.copies == []
        both = {first.story_id, *first.copies}
        assert len(both) == 2 and {library.story(story_id).record_id for story_id in both} == {"1", "2"}
        shown = render_search(result, Style(False), "nl")
        assert f"{first.story_id} · ook als {first.copies[0]}" in shown and shown.count("Uiltje opgeknapt") == 2
        quoted = library.quote("uiltje veren").quote
        assert quoted is not None and {quoted.story_id, *quoted.copies} == both
        newest = library.latest("uiltje")  # the story of 'een andere uil' too: a diminutive matches its word
        assert newest.total == 3 and len([hit for hit in newest.hits if hit.story_id in both]) == 1


def test_a_page_past_the_last_one_says_which_is_the_last(seed_library: Library) -> None:
    shown = render_search(seed_library.search("soldaten", page=5), Style(False), "nl")
    assert shown.endswith("Er is geen pagina 5; de laatste is pagina 1.")
    newest = seed_library.latest(page=99)
    assert render_latest(newest, Style(False), "en", 10) == f"There is no page 99; the last is page {newest.pages}."


def test_snippets_mark_the_matched_words(seed_library: Library) -> None:
    hit = seed_library.search("Zelensky").hits[0]
    marked = [hit.snippet[highlight.start:highlight.end] for highlight in hit.highlights]
    assert marked == ["Zelensky"]


HOSTILE = ['"', "AND OR", "*", "title:(", "a" * 5000, "Noord\x00Korea\x07\x1b[31m", "🇰🇵 soldaten 🪖", "", "   ",
           "NOT", "(((", "source:", "~2", "\\", "??", "de het een"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_always_answer(seed_library: Library, query: str) -> None:
    for advanced in (False, True):
        result = seed_library.search(query, advanced=advanced)
        assert isinstance(result, SearchResult)
        assert result.total >= 0


def test_long_queries_are_shortened_and_said_so(seed_library: Library) -> None:
    result = seed_library.search(" ".join(f"woord{number}" for number in range(100)))
    assert result.reading.shortened


def test_advanced_syntax_fields_phrases_or_and_exclusion(seed_library: Library) -> None:
    afp = seed_library.search("bron:AFP", advanced=True).hits
    assert afp and all("AFP" in hit.sources for hit in afp)
    assert seed_library.search("plaats:Seoul", advanced=True).total == 2
    phrase = seed_library.search('"leveren van wapens"', advanced=True)
    assert [hit.dateline for hit in phrase.hits] == ["SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"]
    assert seed_library.search('"wapens leveren"', advanced=True).total == 0
    either = seed_library.search("Zelensky OR Netanyahu", advanced=True)
    assert either.total == 2 and either.reading.syntax == "advanced"
    assert seed_library.search("Noord-Korea -Pentagon", advanced=True).total == 1
    dated = seed_library.search("soldaten datum:[20241025 to 20241101]", advanced=True)
    assert [hit.dateline for hit in dated.hits] == ["WASHINGTON (ANP/AFP)"]
    # Said back as days, not as the numbers Whoosh stores dates as ([63864… TO 63865…]).
    assert dated.reading.parsed.endswith("AND published:[2024-10-25 TO 2024-11-01])")


def test_advanced_syntax_fields_for_the_headline_and_the_kind(seed_library: Library) -> None:
    headline = seed_library.search("kop:soldaten", advanced=True)
    assert {hit.headline for hit in headline.hits} == {
        "Seoul: Noord-Korea stuurt eerste 1500 soldaten naar Rusland",
        "VS schatten aantal Noord-Koreaanse soldaten in Rusland op 10.000"}
    assert seed_library.search("Zelensky", advanced=True).total == 1  # in a body ...
    assert seed_library.search("kop:Zelensky", advanced=True).total == 0  # ... in no headline
    briefs = seed_library.search("soort:brief Trump", advanced=True)
    assert briefs.hits and {hit.kind for hit in briefs.hits} == {"brief"}
    assert briefs.total == seed_library.search("Trump", kind="brief").total
    assert {hit.kind for hit in seed_library.search("soort:article soldaten", advanced=True).hits} == {"article"}


def test_advanced_wildcards_match_as_the_words_were_indexed(seed_library: Library) -> None:
    soldiers = seed_library.search("sold*", advanced=True)
    assert soldiers.reading.syntax == "advanced" and soldiers.total == 2
    capitalised = seed_library.search("Zelen*", advanced=True)  # typed as the name is written
    assert [hit.dateline for hit in capitalised.hits] == ["SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"]
    accented = seed_library.search("Oekraï*", advanced=True)
    assert accented.total == seed_library.search("Oekraine").total >= 2


@pytest.mark.parametrize(("query", "reason", "said"), [
    ("s* soldaten", "too-broad", "Het jokerteken was te breed (minstens 2 letters ervoor); gezocht als woorden."),
    ("Zelensky datum:[foo TO bar]", "syntax", "De geavanceerde zoekopdracht klopte niet; gezocht als gewone woorden."),
    ("Zelensky datum:gisteren", "syntax", "De geavanceerde zoekopdracht klopte niet; gezocht als gewone woorden."),
])
def test_advanced_syntax_that_cannot_be_used_is_searched_as_words_and_said_so(seed_library: Library, query: str,
                                                                                reason: str, said: str) -> None:
    result = seed_library.search(query, advanced=True)
    assert (result.reading.syntax, result.reading.fallback) == ("plain", reason)
    assert result.total >= 1  # the words still find their stories
    assert said in describe_reading(result.reading, "nl")


def test_a_lone_quote_in_advanced_syntax_is_ignored(seed_library: Library) -> None:
    result = seed_library.search('Zelensky "', advanced=True)
    assert result.reading.syntax == "advanced" and result.total == 1


def test_plain_mode_never_reads_syntax(seed_library: Library) -> None:
    assert seed_library.search("bron:AFP").reading.syntax == "plain"
    assert seed_library.search("Zelensky OR Netanyahu").reading.match == "any"


def test_a_follow_gets_a_story_filed_again_later_only_the_first_time(tmp_path: Path) -> None:
    """New stories are matched against follows; a copy of a story indexed before is not new (the same
    article arriving through a second feed), and two copies arriving together are one post."""
    body = "Bij Vlissingen is een proef met zeewier op de Westerschelde begonnen, meldt de provincie."
    second = "Een tweede proef met zeewier start bij Yerseke, zegt de provincie."
    auction = "Zeewier uit Yerseke gaat naar de veiling, meldt de provincie."

    def records(library: Library, name: str, *rows: tuple[str, str]) -> None:
        """A file of records that arrives after the library was built."""
        (library.articles / name).write_text("".join(
            json.dumps(article(number, "Zeewierproef", text, published="2024-05-02")) + "\n"
            for number, text in rows), "utf-8")

    with library_of(tmp_path, article("1", "Zeewierproef", body, published="2024-05-02")) as library:
        _, before = library.story_ids()
        records(library, "second.jsonl", ("2", body), ("3", second))
        records(library, "third.jsonl", ("4", auction), ("5", auction))
        library.reindex()
        _, after = library.story_ids()
        posted = library.matching("zeewier", after - before)
        assert sorted(library.story(hit.story_id).record_id for hit in posted) in (["3", "4"], ["3", "5"])


def finished(call: Callable[[], T], bound: float = 30.0) -> T:
    """What `call` returns, run in a thread so that a call that never returns fails the test instead of
    hanging it (a bound on waiting, not a performance claim)."""
    answers: list[T] = []
    thread = threading.Thread(target=lambda: answers.append(call()), daemon=True)
    thread.start()
    thread.join(bound)
    assert answers, "no answer: the call raised or did not return"
    return answers[0]


@pytest.mark.parametrize("page_size", [0, -5])
def test_a_page_size_below_one_shows_one_story_a_page(tmp_path: Path, page_size: int) -> None:
    """`search --limit 0` once never returned and `--limit -5` raised IndexError (more matches than a page)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(14):
        (folder / f"{number:02d}.txt").write_text(
            f"date: 2024-03-{1 + number:02d}T12:00:00+01:00\n\nTulpen {number}\nLISSE (ANP) - Tekst over tulpen, "
            f"nummer{number}.", "utf-8")
    library = Library(folder, tmp_path / "index")
    library.ensure_index()
    found = finished(lambda: library.search("tulpen", page_size=page_size))
    assert (found.total, found.pages, len(found.hits)) == (14, 14, 1)
    newest = finished(lambda: library.latest("tulpen", page_size=page_size))
    assert (newest.pages, [hit.headline for hit in newest.hits]) == (14, ["Tulpen 13"])
    library.close()  # not on failure: a search that never returned would hold the index open


def test_the_total_does_not_count_what_reindexes_deleted(tmp_path: Path) -> None:
    """Whoosh's estimate reads posting lists that keep every deleted document until its segment is merged: a
    records file changed between reindexes left its old copies there, and "brexit" said ~363 results over five
    pages where there are 40. The total is counted from the postings, which leave deleted documents out."""
    folder = tmp_path / "articles"
    folder.mkdir()
    records = folder / "records.jsonl"
    records.write_text("".join(need(DPG).read_text("utf-8").splitlines(keepends=True)[:700]), "utf-8")
    library = Library(folder, tmp_path / "index")
    library.reindex()  # no openings: not what is measured
    fresh = library.search("brexit", page_size=3)
    for number in range(3):  # each change re-reads the whole file: ~700 deleted documents a time
        with records.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps({"id": f"extra-{number}", "title": f"Extra {number}", "text": "Over tulpen.",
                                     "published_at": "2019-04-01T12:00:00"}) + "\n")
        library.reindex()
    after = library.search("brexit", page_size=3)
    assert (after.total, after.total_exact) == (fresh.total, True) and fresh.total > 3 + 10  # counted, not collected
    library.close()


def test_until_is_exclusive_for_a_record_that_carries_only_its_day(tmp_path: Path) -> None:
    """`--until 2019-04-10` means published before that day. A newspaper record that gives only its day is stored
    at 00:00 of it (Amsterdam time), exactly the bound, and Whoosh's DateRange includes its end: every story of
    the 10th slipped through, so `--since 2019-04-10 --until 2019-04-10` found five brexit stories of that day."""
    records = [article("1", "Brexit uitgesteld", "De brexit is uitgesteld.", published="2019-04-09"),
               article("2", "Brexit in Brussel", "Over de brexit wordt in Brussel gepraat.", published="2019-04-10"),
               article("3", "Brexit laat", "Laat op de avond ging het weer over de brexit.",
                       published="2019-04-09T23:59:00+02:00"),
               article("4", "Brexit vroeg", "Vroeg in de ochtend ging het over de brexit.",
                       published="2019-04-10T00:00:01+02:00"),
               article("5", "Brexit daarna", "Daarna kwam de brexit weer ter sprake.", published="2019-04-11")]
    day = as_aware(datetime(2019, 4, 10))  # as the CLI reads --until 2019-04-10
    after = as_aware(datetime(2019, 4, 11))
    with library_of(tmp_path, *records) as library:
        def found(**dates: datetime) -> set[str]:
            return {library.story(hit.story_id).record_id for hit in library.search("brexit", **dates).hits}

        assert found(until=day) == {"1", "3"}
        assert found(since=day, until=day) == set()
        assert found(since=day, until=after) == {"2", "4"}
        assert found(since=day) == {"2", "4", "5"}  # since stays inclusive
        assert found(since=after, until=day) == set()
        assert found(until=datetime(2019, 4, 10, 0, 0, 1, tzinfo=UTC)) == {"1", "2", "3", "4"}  # at any moment


def _tulip_records() -> list[dict[str, str]]:
    """30 tulip stories, 10 of them about the Keukenhof, half of March and half of April, and two filed twice (the
    same body on the same day under another record id): 32 documents, 30 stories. "tulpen" is in every headline
    and body, so Whoosh's estimate (headline matches plus body matches) says twice as many as there are."""
    records = []
    for number in range(30):
        day = f"2019-03-{1 + number % 15:02d}" if number < 15 else f"2019-04-{1 + number % 15:02d}"
        extra = " De Keukenhof trekt veel bezoekers." if number % 3 == 0 else ""
        records.append(article(str(number), f"Tulpen {number}", f"Verhaal {number} over tulpen.{extra}",
                               published=day))
    records += [article("copy-0", "Tulpen 0", records[0]["text"], published=records[0]["published_at"]),
                article("copy-1", "Tulpen nog eens", records[1]["text"], published=records[1]["published_at"])]
    return records


def test_search_counts_every_story_exactly_and_pages_as_many_as_there_are(tmp_path: Path) -> None:
    """Whoosh's estimate was the total once a page filled: "brexit" said ~51 results over five pages where 40
    stories were (page 5 did not exist), "brexit -may" ~87 (more than brexit alone; 21 were), and a date filter
    raised it. Excluding words or filtering never raises the count, and every page the count implies exists."""
    with library_of(tmp_path, *_tulip_records()) as library:
        every = {hit.story_id for page in range(1, 11) for hit in library.search("tulpen", page=page, page_size=3).hits}
        first = library.search("tulpen", page_size=3)
        assert (first.total, first.total_exact, first.pages) == (30, True, 10) and len(every) == 30
        assert [len(library.search("tulpen", page=page, page_size=3).hits) for page in (10, 11)] == [3, 0]
        without = library.search("tulpen -keukenhof", advanced=True, page_size=3)
        assert (without.total, without.total_exact) == (20, True)  # one of them filed twice
        april = library.search("tulpen", since=as_aware(datetime(2019, 4, 1)), page_size=3)
        assert (april.total, april.total_exact, april.pages) == (15, True, 5)


def test_the_next_page_of_a_search_is_not_counted_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Paging through a search with many matches counted every match again for each page (up to 85 ms at
    100,000 stories); the exact total is kept per index version and per query and filters."""
    counts: list[int] = []
    count = search_module._count_stories

    def counting(*args: object, **kwargs: object) -> tuple[int, bool]:
        counts.append(1)
        return count(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search_module, "_count_stories", counting)
    # Each story says "tulpen" once more than the one before: no equal scores, which would widen a page's
    # collection until it held every match (`_wider`), and then nothing is counted at all.
    records = [article(str(number), f"Bloemen {number}", "Tulpen. " * (1 + number),
                       published=f"2019-{3 + number % 2:02d}-{1 + number:02d}") for number in range(28)]
    with library_of(tmp_path, *records) as library:
        pages = [library.search("tulpen", page=page, page_size=3) for page in (1, 2, 3)]
        assert [(result.total, result.total_exact) for result in pages] == [(28, True)] * 3 and len(counts) == 1
        april = library.search("tulpen", since=as_aware(datetime(2019, 4, 1)), page_size=3)
        assert (april.total, april.total_exact) == (14, True) and len(counts) == 2  # other filters: counted


def test_pages_follow_the_total_whatever_limit_and_each_is_reachable(tmp_path: Path) -> None:
    """`search jaar` over the newspaper said "721 resultaten (pagina 1/5)", "25/25" with `--page 25` and "de
    laatste is pagina 73" past the end, and `latest --limit 3` "1/67" over 1,367 stories: the pages were cut
    at `limit`, which the CLI raised with the page asked for. The pages follow from the total now, and the
    last one is there however small `limit` is."""
    with library_of(tmp_path, *_tulip_records()) as library:
        asked = [library.search("tulpen", page=page, page_size=3, limit=6) for page in (1, 4, 10, 11)]
        assert [(result.total, result.pages) for result in asked] == [(30, 10)] * 4
        assert [len(result.hits) for result in asked] == [3, 3, 3, 0]
        newest = [library.latest(page=page, page_size=4, limit=4) for page in (1, 8, 9)]
        assert [(result.total, result.pages, len(result.hits)) for result in newest] == [(30, 8, 4), (30, 8, 2),
                                                                                         (30, 8, 0)]


def test_latest_counts_every_story_and_fills_its_last_page(tmp_path: Path) -> None:
    """`latest` said 200 stories over 20 pages where 1,390 were (its total was cut at `limit`, and "total_exact"
    said true), and more copies among the collected stories than its margin left its later pages short (as
    they could a search's)."""
    records = [article(str(number), f"Nieuws {number}", f"Bericht nummer {number} van de dag." + " Tulpen." * number,
                       published=f"2019-03-{1 + number:02d}") for number in range(20)]  # scores apart, but pairs
    records += [article(f"copy-{number}", f"Nieuws {number}", records[number]["text"],
                        published=records[number]["published_at"]) for number in range(20)]
    records += [article(f"later-{number}", f"Later {number}", f"Later bericht {number}.",
                        published=f"2019-04-{number:02d}") for number in range(1, 5)]
    with library_of(tmp_path, *records) as library:  # 24 stories in 44 documents: the 20 oldest filed twice
        shallow = library.latest(page_size=4, limit=8)
        assert (shallow.total, shallow.total_exact, shallow.pages) == (24, True, 6)
        pages = [library.latest(page=page, page_size=4, limit=1000) for page in range(1, 8)]
        assert {result.pages for result in pages} == {6} and {result.total for result in pages} == {24}
        assert [len(result.hits) for result in pages] == [4, 4, 4, 4, 4, 4, 0]
        ids = [hit.story_id for result in pages for hit in result.hits]
        assert len(set(ids)) == 24 and all(hit.copies for hit in pages[-2].hits)
        found = [library.search("bericht", page=page, page_size=4, limit=1000) for page in range(1, 8)]
        assert [(result.total, result.pages, len(result.hits)) for result in found] == [(24, 6, 4)] * 6 + [(24, 6, 0)]
        assert len({hit.story_id for result in found for hit in result.hits}) == 24


def test_latest_lists_stories_dated_by_their_source_before_those_dated_by_their_file(tmp_path: Path) -> None:
    """The bundled sample pages say when their articles were published but not when they were fetched, so their
    briefs are dated by the file's time, which a checkout makes "now": /latest listed those 14 briefs above both
    articles of October 2024, each "datum onbekend"."""
    library = Library(Path(__file__).resolve().parents[2] / "data" / "articles", tmp_path / "index")
    library.ensure_index()
    try:
        hits = library.latest(page_size=20).hits
    finally:
        library.close()
    assert [hit.date_guessed for hit in hits] == [False] * 2 + [True] * (len(hits) - 2)
    assert [hit.kind for hit in hits[:2]] == ["article", "article"]
    assert hits[0].published > hits[1].published  # newest first among the dated


@pytest.mark.parametrize("quoted", ["„campagne van hoop”", "“campagne van hoop”", "„campagne van hoop“",
                                    "‚campagne van hoop‘", "‘campagne van hoop’", '"campagne van hoop"'])
def test_advanced_syntax_reads_dutch_quotation_marks_as_a_phrase(tmp_path: Path, quoted: str) -> None:
    """The bot writes „…” itself and Dutch autocorrect makes „…” or “…” of "…": Whoosh read „campagne van hoop”
    as campagn AND hop (10 results where the phrase is in one). An apostrophe (’s avonds, auto’s) stays one."""
    records = [article("1", "Biden", "Hij voerde een campagne van hoop, zei hij."),
               article("2", "Trump", "Zijn campagne gaf weinig hoop."),
               article("3", "Auto’s", "’s Avonds werden er auto’s gestolen, tijdens een campagne van de politie.")]
    with library_of(tmp_path, *records) as library:
        phrase = library.search(quoted, advanced=True)
        assert (phrase.reading.syntax, phrase.reading.fallback) == ("advanced", None)
        assert [library.story(hit.story_id).record_id for hit in phrase.hits] == ["1"]
        assert library.search(f"{quoted} OR ‘auto’s gestolen’", advanced=True).total == 2
        assert library.search("’s avonds auto’s -hoop", advanced=True).total == 1


def test_an_english_query_finds_the_stories_its_dutch_words_do(seed_library: Library) -> None:
    """"troops" was read as a typo of 'troep'; it is searched in the articles' Dutch, as compare reads an English
    topic, and the reply is framed in English and says what was searched."""
    english, dutch = seed_library.search("troops"), seed_library.search("troepen")
    assert [hit.story_id for hit in english.hits] == [hit.story_id for hit in dutch.hits] and english.total == 2
    assert english.language == "en" and dutch.language == "nl" and english.query == "troops"
    assert english.reading.translations == {"troops": "troepen"} and not english.reading.corrections
    shown = render_search(english, Style(False), "nl").splitlines()
    assert shown[:3] == ["Searched for articles with all words: troepen", "Searched in Dutch: troops → troepen",
                         "2 results for “troops” (page 1/1)"]
    assert english.to_json()["language"] == "en"
    literal = seed_library.search("troops", advanced=True)  # the advanced syntax searches words as typed
    assert literal.language == "nl" and not literal.reading.translations and literal.reading.syntax == "advanced"


def test_an_english_query_says_which_words_no_article_has(seed_library: Library) -> None:
    """An English word that no article has, nor a translation of, is left out and said to be; a query of
    nothing else is searched as typed (and corrected as any word is), not left empty."""
    result = seed_library.search("troops toll")
    assert result.total == 2 and result.reading.left_out == ["toll"]
    assert "Left out (no article has it, nor a Dutch word for it): toll" in describe_reading(result.reading, "en")
    alone = seed_library.search("toll")
    assert alone.language == "nl" and alone.reading.words == ["toll"] and alone.reading.match != "none"


def test_two_dutch_words_typed_apart_also_match_the_one_word_articles_write(tmp_path: Path) -> None:
    """"klimaat akkoord" found the 2 of 25 newspaper stories that hold both words apart, not the 24 writing
    'klimaatakkoord'; now the compound matches for both words, beside the words apart, and the reply says so.
    A run-together only one article writes, that general Dutch does not know ('tweeweken'), is a slip: "twee
    weken" is searched as typed. Follows match the same way."""
    records = [article("k1", "Klimaatakkoord getekend", "Het klimaatakkoord is woensdag getekend."),
               article("k2", "Kritiek op plannen", "Het klimaatakkoord kost huishoudens geld."),
               article("k3", "Top in Parijs", "Over het klimaat is na lang praten een akkoord bereikt."),
               article("w1", "Vertraging", "De bouw liep tweeweken vertraging op."),
               article("w2", "Verlof", "Zij nam twee weken verlof.")]
    with library_of(tmp_path, *records) as library:
        together = library.search("klimaat akkoord")
        apart = library.search("twee weken")
        _, ids = library.story_ids()
        followed = {hit.record_id for hit in library.matching("klimaat akkoord", ids)}
    assert {hit.record_id for hit in together.hits} == {"k1", "k2", "k3"} == followed
    assert together.reading.joined == {"klimaat akkoord": "klimaatakkoord"} and together.language == "nl"
    assert "Ook als één woord gezocht: klimaat akkoord → klimaatakkoord" in describe_reading(together.reading, "nl")
    assert together.to_json()["reading"]["joined"] == {"klimaat akkoord": "klimaatakkoord"}
    assert {hit.record_id for hit in apart.hits} == {"w2"} and not apart.reading.joined


def test_a_diminutive_is_searched_as_the_word_it_is_made_from_too(tmp_path: Path) -> None:
    """"/search kindjes" finds the stories about 'kinderen', as "hoeveel kindjes …" does, and says so;
    'meisje' is a word of its own and is searched as typed."""
    records = [article("c1", "Opvang vol", "De opvang heeft geen plek meer voor kinderen."),
               article("c2", "Speeltuin", "Twee kindjes vielen van de glijbaan."),
               article("c3", "School", "Het meisje won de prijs van de school.")]
    with library_of(tmp_path, *records) as library:
        children = library.search("kindjes")
        girl = library.search("meisje")
    assert {hit.record_id for hit in children.hits} == {"c1", "c2"}
    assert children.reading.undiminished == {"kindjes": "kind"}
    assert "Ook gezocht als: kindjes → kind" in describe_reading(children.reading, "nl")
    assert children.to_json()["reading"]["undiminished"] == {"kindjes": "kind"}
    assert {hit.record_id for hit in girl.hits} == {"c3"} and not girl.reading.undiminished


def test_latest_and_follows_read_an_english_topic_as_search_does(seed_library: Library) -> None:
    """"/follow troops" posts the new stories about 'troepen', and "/latest troops" lists them, framed in English
    and saying what was searched, as /search does."""
    _, ids = seed_library.story_ids()
    assert {hit.story_id for hit in seed_library.matching("troops", ids)} == {
        hit.story_id for hit in seed_library.matching("troepen", ids)} and seed_library.matching("troops", ids)
    newest = seed_library.latest("troops")
    assert newest.language == "en" and newest.total == 2 and newest.reading.translations == {"troops": "troepen"}
    shown = render_latest(newest, Style(False), "nl", 10).splitlines()
    assert shown[:2] == ["Searched in Dutch: troops → troepen", "Newest articles about “troops” (page 1/1)"]
