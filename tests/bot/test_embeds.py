"""Results as Discord embeds: inside every Discord limit, paginated rather than truncated, and article text
made inert (no masked links, no pings, no hidden direction marks)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import discord
from hypothesis import example, given
from hypothesis import strategies as st

from bot.embeds import (
    ABSTAIN_COLOUR,
    DESCRIPTION_LIMIT,
    FIELD_LIMIT,
    FIELD_VALUE_LIMIT,
    Reply,
    answer_reply,
    chunks,
    clean,
    comparison_reply,
    follow_digest,
    follow_post,
    latest_pages,
    marked,
    quote_embed,
    quote_reply,
    reindex_reply,
    search_pages,
    story_pages,
)
from bot.views import PAGE_SIZE
from index.library import Library
from index.models import (
    Answer,
    Change,
    Comparison,
    Figure,
    FigureGroup,
    Highlight,
    Hit,
    QueryReading,
    Quote,
    QuoteResult,
    ReindexReport,
    SearchResult,
    Skipped,
    Story,
)
from tests.bot.conftest import SOLDIERS_QUESTION
from tests.fakediscord.validation import check_message

WHEN = datetime(2024, 10, 18, 12, 0, tzinfo=UTC)
LONG = "Noord-Korea heeft soldaten naar Rusland gestuurd, meldt de inlichtingendienst in Seoul. " * 40


def within_limits(*embeds: discord.Embed) -> bool:
    """What the fake (and Discord) would accept as one message's embeds."""
    return check_message({"embeds": [embed.to_dict() for embed in embeds]}) == []


def hit(number: int, snippet: str = "Noord-Korea heeft 1500 soldaten gestuurd.") -> Hit:
    return Hit(story_id=f"a{number:011d}", kind="article", headline=f"Bericht {number} over Noord-Korea",
               dateline="SEOUL/VLADIVOSTOK (ANP/RTR/AFP)", places=["SEOUL", "VLADIVOSTOK"],
               sources=["ANP", "RTR", "AFP"], published=WHEN, snippet=snippet, file="000.txt", record_id=None,
               score=1.0, highlights=[Highlight(0, 5)])


def quote(text: str = "Het gaat niet alleen meer om het leveren van wapens.", headline: str = "Seoul") -> Quote:
    return Quote(text=text, dateline="SEOUL/VLADIVOSTOK (ANP/RTR/AFP)", sources=["ANP", "RTR", "AFP"],
                 headline=headline, published=WHEN, story_id="a1195f5ec131", file="000.txt", record_id=None,
                 highlights=[Highlight(34, 41)])


# -- article text made inert -----------------------------------------------------------------------


def test_clean_defuses_markdown_links_mentions_and_invisible_characters() -> None:
    dirty = "**vet** [klik](https://evil.example) @everyone <@123> <@&456> `code` \u202egnirts\u202c zero\u200bwidth"
    cleaned = clean(dirty)
    assert "\u202e" not in cleaned and "\u200b" not in cleaned.replace("@\u200b", "")
    assert "](" not in cleaned and " \\[klik\\]\\(https://evil.example\\) " in cleaned  # one backslash each
    assert "\\*\\*vet\\*\\*" in cleaned and "\\`code\\`" in cleaned
    assert "@everyone" not in cleaned and "<@123>" not in cleaned and "<@&456>" not in cleaned
    assert "zerowidth" in cleaned


def test_clean_escapes_inside_link_shaped_text_too() -> None:
    """discord.py's escape_markdown puts one backslash before a `[…](…)` span and leaves its inside as it was."""
    cleaned = clean("[x](https://evil.example) ``` [x](https://evil.example)\n# kop\n- punt\n-# klein")
    assert cleaned == ("\\[x\\]\\(https://evil.example\\) \\`\\`\\` \\[x\\]\\(https://evil.example\\)\n"
                       "\\# kop\n\\- punt\n\\-# klein")
    assert clean("Noord-Korea #1", plain=False) == "Noord-Korea #1"  # only at a line's start


def test_clean_for_plain_text_places_escapes_nothing() -> None:
    """Author, footer, select labels: Discord shows them as written, so a backslash would show."""
    assert clean("SEOUL (ANP) **vet** a_b\n\u202eomgekeerd\u200b", plain=True) == "SEOUL (ANP) **vet** a_b omgekeerd"


def test_marked_bolds_the_matches_and_escapes_the_rest() -> None:
    text = "Noord-Korea stuurt *troepen*"
    highlights = [Highlight(0, 5), Highlight(6, 11), Highlight(3, 8)]  # the overlapping one is skipped
    assert marked(text, highlights) == "**Noord**-**Korea** stuurt \\*troepen\\*"  # a hyphen mid-line is plain


@given(st.text(alphabet=st.sampled_from("ab .\n\t"), max_size=3000), st.integers(min_value=20, max_value=1200))
@example(" " * 300 + "x", 100)
@example("a" * 250, 100)
def test_chunks_are_within_the_limit_never_empty_and_lose_nothing(value: str, limit: int) -> None:
    pieces = chunks(value, limit)
    assert all(0 < len(piece) <= limit for piece in pieces)  # Discord refuses an empty field value
    assert re.sub(r"\s", "", "".join(pieces)) == re.sub(r"\s", "", value)


@given(st.text(max_size=500))
def test_clean_never_lets_a_mass_ping_through(value: str) -> None:
    cleaned = clean(value)
    assert "@everyone" not in cleaned and "@here" not in cleaned


# -- every reply fits Discord ----------------------------------------------------------------------


def test_search_page_shows_each_hit_as_a_field() -> None:
    result = SearchResult(query="Noord-Korea", total=7, hits=[hit(n) for n in range(5)], page=1, pages=2)
    (embed,) = search_pages(result, "nl")
    assert embed.title == "7 resultaten voor „Noord-Korea” (pagina 1/2)"
    assert [field.name for field in embed.fields] == [f"Bericht {n} over Noord-Korea" for n in range(5)]
    assert embed.fields[0].value.startswith("SEOUL/VLADIVOSTOK \\(ANP/RTR/AFP\\) · <t:1729252800:f> · `a00000000000`")
    assert within_limits(embed)
    (one,) = search_pages(SearchResult(query="Seoul", total=1, hits=[hit(0)]), "nl")
    assert one.title == "1 resultaat voor „Seoul” (pagina 1/1)"
    (one,) = search_pages(SearchResult(query="Seoul", total=1, hits=[hit(0)]), "en")
    assert one.title == "1 result for “Seoul” (page 1/1)"


def test_a_story_filed_twice_names_its_copy_beside_its_id() -> None:
    filed_twice = hit(0)
    filed_twice.copies = ["r84ea59fedea"]
    (embed,) = search_pages(SearchResult(query="Seoul", total=1, hits=[filed_twice]), "nl")
    assert embed.fields[0].value.split("\n")[0].endswith("· `a00000000000` · ook als `r84ea59fedea`")
    (embed,) = search_pages(SearchResult(query="Seoul", total=1, hits=[filed_twice]), "en")
    assert "· also as `r84ea59fedea`" in embed.fields[0].value
    quoted = quote()
    quoted.copies = ["r84ea59fedea"]
    assert quote_embed(quoted, "nl").footer.text == "a1195f5ec131 · ook als r84ea59fedea"


def test_a_story_whose_source_gives_only_its_day_shows_the_day_not_midnight() -> None:
    """The newspaper records give a day ('2019-03-07'), read as midnight in Amsterdam: as a Discord timestamp
    it said 00:00, and the evening before to a reader west of Amsterdam. It is shown as the day, the same for
    everyone, and the embed carries no timestamp of its own."""
    day = datetime(2019, 3, 6, 23, 0, tzinfo=UTC)  # 7 March 2019, 00:00 in Amsterdam
    dated = replace(quote(), published=day)
    embed = quote_embed(dated, "nl")
    assert embed.timestamp is None and embed.footer.text == "7 mrt 2019 · a1195f5ec131"
    assert quote_embed(quote(), "nl").timestamp == WHEN
    (answered,) = answer_reply(Answer(question="?", answer="wapens", abstained=False, confidence=0.8, quote=dated),
                               "nl").embeds
    assert answered.timestamp is None and answered.footer.text == "zekerheid 80% · 7 mrt 2019 · Seoul · a1195f5ec131"
    (page,) = search_pages(SearchResult(query="Seoul", total=1, hits=[replace(hit(0), published=day)]), "en")
    assert page.fields[0].value.startswith("SEOUL/VLADIVOSTOK \\(ANP/RTR/AFP\\) · 7 Mar 2019 · `a00000000000`")


def test_a_date_guessed_from_the_file_is_said_to_be_one_and_times_no_embed(seed_library: Library) -> None:
    """The seed pages as scraped give no date: their time is their file's, which says when the file was written
    (a copy, a restore), not when the news was. Every embed says so with the file's day, in the reader's
    language, and none carries it as its timestamp (Discord would show it as the news's time)."""
    guessed = "datum onbekend (bestand van 18 okt 2024)"
    result = seed_library.search("soldaten")
    assert {hit.published_from for hit in result.hits} == {"file-mtime"}
    (page,) = search_pages(result, "nl")
    assert all(" · datum onbekend (bestand van " in field.value.split("\n")[0] for field in page.fields)
    assert "<t:" not in str(page.to_dict())
    seoul = next(hit for hit in result.hits if hit.dateline.startswith("SEOUL"))
    (story,) = story_pages(seed_library.story(seoul.story_id), "en")
    assert story.timestamp is None and story.footer.text.startswith("date unknown (file from 18 Oct 2024) · a")
    quoted = quote_reply(seed_library.quote("Zelensky wapens leveren"), "nl").embeds[0]
    assert quoted.timestamp is None and quoted.footer.text.startswith(guessed + " · a")
    posted = follow_post(seoul, "soldaten", "key", "nl")
    assert posted.description.startswith(guessed + "\n") and "<t:" not in posted.description
    digest = follow_digest(result.hits, "soldaten", "key", "en")
    assert "date unknown (file from 30 Oct 2024)" in digest.description and "<t:" not in digest.description
    answer = seed_library.ask(SOLDIERS_QUESTION)
    (answered,) = answer_reply(answer, "nl").embeds
    assert answered.timestamp is None and "datum onbekend (bestand van 30 okt 2024)" in answered.footer.text
    listed = next(field.value for field in answered.fields if field.name == "Wat de berichten zeggen")
    assert listed.count("datum onbekend (bestand van") == len(answer.figures) and "<t:" not in listed
    assert [field.name for field in answered.fields if field.name == "Verloop"] == []
    compared = comparison_reply(seed_library.compare("Noord-Koreaanse soldaten in Rusland"), None, "nl")
    lines = compared.embeds[0].fields[0].value.split("\n")
    # no course: the description says only which names the reports name
    assert compared.embeds[0].description == "Alleen berichten die Noord-Koreaanse of Rusland noemen"
    assert lines[0] == "Zonder datum van de bron (niet in het verloop):" and "<t:" not in "".join(lines)
    assert within_limits(page, story, quoted, answered)


def test_a_page_of_long_hits_fits_one_message_with_every_hit() -> None:
    """A page is one message, and Discord counts 6,000 characters over all its embeds: hits with long
    headlines and snippets are shortened alike rather than spilled onto embeds the page never shows."""
    long_hits = [replace(hit(n, LONG), headline=f"Bericht {n} " + "over Noord-Korea " * 20) for n in range(PAGE_SIZE)]
    pages = search_pages(SearchResult(query="soldaten", total=40, hits=long_hits, pages=8), "en")
    assert len(pages) == 1 and within_limits(*pages)
    fields = pages[0].fields
    assert [field.name.split(" over ")[0] for field in fields] == [f"Bericht {n}" for n in range(PAGE_SIZE)]
    assert all(f"a{n:011d}" in field.value for n, field in enumerate(fields))  # each story can be opened
    assert all("Noord-Korea" in field.value for field in fields)  # the snippet begins on every hit


def test_no_hits_says_what_was_searched() -> None:
    (embed,) = search_pages(SearchResult(query="[x](y) @here", total=0, hits=[]), "en")
    assert embed.colour == ABSTAIN_COLOUR and embed.description is not None
    assert embed.description.startswith("Nothing found for “\\[x\\]\\(y\\) @\u200bhere”.")


def test_a_page_past_the_last_says_so_rather_than_that_nothing_was_found() -> None:
    (embed,) = search_pages(SearchResult(query="Seoul", total=7, hits=[], page=5, pages=2), "nl")
    assert embed.description == "Er is geen pagina 5; de laatste is pagina 2."
    (embed,) = latest_pages(SearchResult(query="", total=30, hits=[], page=9, pages=3), "en")
    assert embed.description == "There is no page 9; the last is page 3."
    (embed,) = latest_pages(SearchResult(query="", total=0, hits=[], page=1, pages=0), "en")
    assert embed.description == "No articles."


def test_latest_says_its_filters_as_search_does() -> None:
    """/latest with `source:XYZ` said only "Geen artikelen over „soldaten”", and its title never named a filter."""
    narrowed = QueryReading(filters={"source": "XYZ", "place": "Seoul"})
    (embed,) = latest_pages(SearchResult(query="soldaten", total=0, hits=[], reading=narrowed), "nl")
    assert embed.description == "Geen artikelen over „soldaten”.\nFilters: bron XYZ, plaats Seoul"
    (embed,) = latest_pages(SearchResult(query="", total=1, hits=[hit(0)], page=1, pages=1, reading=narrowed), "en")
    assert (embed.title, embed.description) == ("Newest articles (page 1/1)", "Filters: source XYZ, place Seoul")
    (embed,) = latest_pages(SearchResult(query="", total=1, hits=[hit(0)], page=1, pages=1), "en")
    assert embed.description is None


def test_a_long_story_is_split_over_numbered_pages() -> None:
    story = Story(story_id="a1", kind="article", headline="Lang verhaal", paragraphs=[LONG] * 4,
                  dateline="SEOUL (ANP)", sources=["ANP"], places=["SEOUL"], published=WHEN, file="lang.txt")
    pages = story_pages(story, "nl")
    assert len(pages) >= 4 and all(len(page.description or "") <= DESCRIPTION_LIMIT for page in pages)
    assert [page.footer.text for page in pages][-1] == f"a1 · article · lang.txt · {len(pages)}/{len(pages)}"
    assert all(within_limits(page) for page in pages) and pages[0].author.name == "SEOUL (ANP)"


def test_quotes_are_dropped_from_the_end_until_the_message_fits() -> None:
    result = QuoteResult(query="x", quote=quote(LONG[:3000]), more=[quote(LONG[:3000]) for _ in range(5)])
    reply = quote_reply(result, "nl")
    assert 1 <= len(reply.embeds) < 6 and within_limits(*reply.embeds)
    assert reply.embeds[0].description is not None and reply.embeds[0].description.startswith("„")


def test_no_quote_is_said_plainly() -> None:
    assert quote_reply(QuoteResult(query="niets", quote=None), "en").content == "No passage found for “niets”."


def test_an_answer_carries_its_quote_confidence_and_disagreement() -> None:
    planned = replace(figure(12000, "Seoul meldt dat het er 12.000 worden."), modality="planned")
    answer = Answer(question="hoeveel?", answer="10.000 militairen", abstained=False, confidence=0.816,
                    quote=quote(), figures=[replace(figure(10000, "…"), claimant="Pentagon"), planned],
                    disagreement="Pentagon: 10.000; Seoul: 12.000 (gepland)")
    (embed,) = answer_reply(answer, "en").embeds
    assert embed.title == "10.000 militairen" and embed.author.name == "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"
    assert embed.footer.text == "confidence 82% · Seoul · a1195f5ec131"
    # no span: the sentence answers, as the quote under the story's headline (not twice)
    (whole,) = answer_reply(replace(answer, answer=answer.quote.text, whole_sentence=True), "en").embeds
    assert whole.title == "Seoul" and whole.description.startswith("„Het gaat niet alleen meer")
    # In the reader's language (an English question's answer is framed in English, "(gepland)" too).
    assert embed.fields[0].name == "Reports differ"
    assert embed.fields[0].value == r"Pentagon: 10,000; Seoul: 12,000 \(planned\)"  # escaped; English digit marks
    (dutch,) = answer_reply(answer, "nl").embeds
    assert dutch.fields[0].value == r"Pentagon: 10.000; Seoul: 12.000 \(gepland\)"
    assert answer.disagreement == "Pentagon: 10.000; Seoul: 12.000 (gepland)"  # as --json prints it
    demanded = replace(answer, figures=[answer.figures[0], replace(planned, modality="demanded")])
    assert answer_reply(demanded, "en").embeds[0].fields[0].value == r"Pentagon: 10,000; Seoul: 12,000 \(demanded\)"
    assert within_limits(embed)
    (one,) = search_pages(SearchResult(query="Seoul", total=1, hits=[hit(0)]), "nl")
    assert one.title == "1 resultaat voor „Seoul” (pagina 1/1)"
    (one,) = search_pages(SearchResult(query="Seoul", total=1, hits=[hit(0)]), "en")
    assert one.title == "1 result for “Seoul” (page 1/1)"


def test_an_answer_with_long_text_everywhere_fits_one_embed_with_its_quote_whole() -> None:
    """A quote without full stops, a long headline and long figure sentences add up past Discord's 6,000
    characters: the lists under the quote give way, the quote (the answer) is kept."""
    long_quote = quote(text=(LONG * 2).replace(".", ","), headline="Kop " * 120)
    figures = [replace(figure(1000 * n, LONG[:1000]), claimant=f"Bron {n}") for n in range(1, 4)]
    answer = Answer(question="hoeveel?", answer="militairen " * 30, abstained=False, confidence=0.8,
                    quote=long_quote, figures=figures,
                    changes=[Change(kind="troops", before=1000.0 * n, after=1000.0 * (n + 1), delta=1000.0, ratio=1.5,
                                    from_story="a", to_story="b", text=f"{n}.000 → {n + 1}.000 (+1.000)")
                             for n in (1, 2)])
    (embed,) = answer_reply(answer, "nl").embeds
    assert within_limits(embed)
    assert (LONG * 2).replace(".", ",")[:3800] in (embed.description or "").replace("**", "")  # less the marks
    assert embed.footer.text.startswith("zekerheid 80%")


def test_an_answer_comparing_reports_shows_how_the_count_went() -> None:
    """'hoe liep het aantal … op': the count's steps in time order, as /compare gives them for a topic."""
    steps = [Change(kind="troops", before=1500, after=3000, delta=1500, ratio=2.0, from_story="a", to_story="b",
                    text="1.500 → 3.000 (+1.500)"),
             Change(kind="troops", before=3000, after=10000, delta=7000, ratio=3.333, from_story="b", to_story="c",
                    text="3.000 → 10.000 (+7.000)")]
    answer = Answer(question="hoe liep het aantal op?", answer="10.000 militairen", abstained=False, confidence=0.83,
                    quote=quote(), figures=[figure(10000, "…")], changes=steps)
    (dutch,) = answer_reply(answer, "nl").embeds
    (field,) = [field for field in dutch.fields if field.name == "Verloop"]
    assert field.value == r"1.500 → 3.000 \(+1.500\) · 3.000 → 10.000 \(+7.000\)"
    (english,) = answer_reply(answer, "en").embeds
    assert [field.name for field in english.fields] == ["Changes"] and within_limits(dutch, english)
    assert not [field for field in answer_reply(replace(answer, changes=[]), "nl").embeds[0].fields]


def test_an_abstention_lists_what_is_related() -> None:
    answer = Answer(question="wie won?", answer=None, abstained=True, confidence=0.0, quote=None,
                    evidence=[quote(headline=f"Verhaal {n}") for n in range(100)], reason="weak")
    (embed,) = answer_reply(answer, "nl").embeds
    assert embed.description == "Daarover vond ik niets in de artikelen."
    assert embed.fields[0].name == "Misschien verwant (geen antwoord):"
    assert len(embed.fields[0].value) <= FIELD_VALUE_LIMIT and within_limits(embed)
    # An answer's three: each passage itself with its headline, long ones shortened, all in the one field.
    long = quote(text="President Volodymyr Zelensky zei maandag dat het Kremlin " + "heel " * 80 + "ver gaat.",
                 headline="Seoul: Noord-Korea stuurt eerste 1500 soldaten naar Rusland")
    three = replace(answer, evidence=[long, quote(), quote(text="Een brief.", headline="Een brief.")])
    (embed,) = answer_reply(three, "nl").embeds
    lines = embed.fields[0].value.splitlines()
    assert lines[0].startswith("• „President Volodymyr Zelensky zei maandag") and "…” — Seoul: Noord-Korea" in lines[0]
    assert lines[1] == "• „Het gaat niet alleen meer om het leveren van wapens.” — Seoul (`a1195f5ec131`)"
    assert lines[2] == "• „Een brief.” (`a1195f5ec131`)"  # a brief is its own headline
    assert len(lines) == 3 and len(embed.fields[0].value) <= FIELD_VALUE_LIMIT


def figure(value: float, sentence: str) -> Figure:
    return Figure(value=value, low=None, high=None, unit="soldaten", kind="soldaten", qualifier=None,
                  claimant="Seoul", text=f"{value:.0f} soldaten", sentence=sentence, dateline="SEOUL (ANP)",
                  sources=["ANP"], published=WHEN, story_id="a1")


def test_a_comparison_attaches_its_chart_and_pages_many_figures() -> None:
    figures = [figure(1500 + n, LONG[:900]) for n in range(40)]
    comparison = Comparison(topic="soldaten", figures=figures, changes=[],
                            groups=[FigureGroup(kind="soldaten", label="soldaten", figures=figures)])
    reply = comparison_reply(comparison, b"\x89PNG...", "nl")
    assert reply.file == ("dateline-chart.png", b"\x89PNG...")
    assert reply.embeds[0].image.url == "attachment://dateline-chart.png"
    assert len(reply.pages) > 1 and all(within_limits(*page) for page in reply.pages)
    assert all(len(page[0].fields) <= FIELD_LIMIT for page in reply.pages)
    assert comparison_reply(Comparison(topic="x", figures=[], groups=[], changes=[]), None, "en") == Reply(
        content="No figures found about “x”.", private=True)  # nothing found: said to the asker only


def test_a_reindex_report_with_many_skipped_files_is_paged() -> None:
    skipped = [Skipped(f"map/bestand-{n}.txt", "binary file (contains NUL bytes)") for n in range(300)]
    reply = reindex_reply(ReindexReport(added=3, updated=1, removed=2, unchanged=10, stories=40, skipped=skipped,
                                        seconds=1.25), "en")
    assert reply.embeds[0].description == ("Index updated: 3 new, 1 changed, 2 removed, 10 unchanged; 40 stories "
                                           "(1.2 s).")
    assert len(reply.pages) > 1 and all(within_limits(*page) for page in reply.pages)
    listed = "".join(field.value for page in reply.pages for field in page[0].fields)
    assert all(f"bestand-{n}.txt" in listed for n in range(300))
