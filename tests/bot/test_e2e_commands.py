"""Each slash command end to end, as a user in Discord sees it: the real bot, the fake Discord."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import pytest_asyncio

from bot.settings import Settings
from tests.bot.conftest import (
    PROCESS_TIMEOUT,
    SOLDIERS_QUESTION,
    UNANSWERABLE,
    Dateline,
    Held,
    build_index,
    copy_articles,
    embed_text,
    has_embeds,
    listening,
    plain,
    running,
    slow_down,
    time_out_now,
)
from tests.conftest import SAMPLE
from tests.fakediscord import FakeDiscord

SEOUL = "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"
SEOUL_HEADLINE = "Seoul: Noord-Korea stuurt eerste 1500 soldaten naar Rusland"
PENTAGON_HEADLINE = "VS schatten aantal Noord-Koreaanse soldaten in Rusland op 10.000"
ZELENSKY = ("Het gaat niet alleen meer om het leveren van wapens. Het gaat nu zelfs om het verplaatsen van "
            "mensen uit Noord-Korea naar de bezette gebieden")
WIND_FARMS = 30


def buttons(message: dict) -> dict[str, dict]:
    """The message's components by custom id."""
    found = {}
    for row in message.get("components") or []:
        for component in row.get("components") or []:
            found[component["custom_id"]] = component
    return found


def write_wind_farms(folder: Path, count: int = WIND_FARMS) -> None:
    """`count` short stories that all match "windpark", newest with the highest number."""
    for number in range(1, count + 1):
        day = f"{(number - 1) % 28 + 1:02d}"
        month = "11" if number <= 28 else "12"
        (folder / f"windpark-{number:02d}.txt").write_text(
            f"date: 2024-{month}-{day}T10:00:00+01:00\nsource: ANP\n\n"
            f"Windpark {number} bij Urk geopend\n"
            f"URK (ANP) - Windpark nummer {number} is geopend door de minister. Het park levert stroom voor "
            f"{number * 1000} huishoudens.\nDe bouw van het windpark duurde {number + 1} maanden.\n",
            encoding="utf-8")


@pytest_asyncio.fixture
async def many(fake: FakeDiscord, tmp_path: Path) -> AsyncIterator[Dateline]:
    """The bot over the sample plus 30 wind-farm stories: enough hits for six pages of five."""
    articles = copy_articles(SAMPLE, tmp_path / "many")
    write_wind_farms(articles)
    settings = Settings(articles_dir=articles, index_dir=build_index(articles, tmp_path / "many-index"))
    async with running(fake, settings) as dateline_bot:
        yield Dateline(fake, dateline_bot, dateline_bot.settings)


# -- /search ---------------------------------------------------------------------------------------


async def test_search_shows_headline_dateline_time_and_snippet(dateline: Dateline) -> None:
    fake = dateline.fake
    handle = await fake.slash("search", {"query": "Noord-Korea"}, user=fake.user("alice"), locale="nl")
    message = await handle.wait_original(has_embeds)
    assert handle.callback is not None and handle.callback.type == 4 and not handle.ephemeral
    (embed,) = message["embeds"]
    assert embed["title"] == "2 resultaten voor „Noord-Korea” (pagina 1/1)"
    first, second = embed["fields"]
    assert first["name"] == SEOUL_HEADLINE and second["name"] == PENTAGON_HEADLINE
    meta, snippet = plain(first["value"]).split("\n", 1)
    assert meta.startswith(f"{SEOUL} · <t:1729252800:f> · `")  # 18 Oct 2024 14:00 Amsterdam time
    assert snippet.startswith("Noord-Korea heeft 1500 soldaten naar de Russische stad Vladivostok gestuurd")
    assert "**Noord**" in first["value"]  # the matched words are marked
    controls = buttons(message)
    assert controls["dateline:previous"]["label"] == "Vorige" and controls["dateline:next"]["label"] == "Volgende"
    assert controls["dateline:previous"]["disabled"] and controls["dateline:next"]["disabled"]  # one page
    options = controls["dateline:open-story"]["options"]
    assert [option["label"] for option in options] == [SEOUL_HEADLINE, PENTAGON_HEADLINE]


async def test_search_of_an_english_word_lists_the_dutch_stories_in_english(dateline: Dateline) -> None:
    """A Dutch reader's search for "troops" finds the stories about 'troepen', says so, and frames the page and
    its controls in the query's English."""
    handle = await dateline.fake.slash("search", {"query": "troops"}, locale="nl")
    message = await handle.wait_original(has_embeds)
    (embed,) = message["embeds"]
    assert embed["title"] == "2 results for “troops” (page 1/1)"
    assert plain(embed["description"]).splitlines() == ["Searched for articles with all words: troepen",
                                                        "Searched in Dutch: troops → troepen"]
    assert {field["name"] for field in embed["fields"]} == {SEOUL_HEADLINE, PENTAGON_HEADLINE}
    assert "**troepen**" in embed["fields"][0]["value"]
    assert buttons(message)["dateline:next"]["label"] == "Next"


async def test_search_without_hits_says_so_to_the_asker_only(dateline: Dateline) -> None:
    handle = await dateline.fake.slash("search", {"query": "kangoeroe"}, locale="nl")
    message = await handle.wait_original(has_embeds)
    assert "Niets gevonden voor „kangoeroe”." in embed_text(message)
    assert not message["components"] and handle.ephemeral  # nobody else in the channel needs it


async def test_nothing_found_after_thinking_in_public_is_said_privately(dateline: Dateline,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A slow read is acknowledged with a public "thinking…"; when it finds nothing, that placeholder goes
    and the note is private, as a mistake's is."""
    slow_down(monkeypatch, dateline.bot, "quote", 1.5)
    handle = await dateline.fake.slash("quote", {"query": "kangoeroe buideldier"}, locale="nl")
    (followup,) = await handle.wait_followups(1, timeout=PROCESS_TIMEOUT)
    assert followup["flags"] & 64 and "kangoeroe buideldier" in followup["content"]
    assert handle.callback is not None and handle.callback.type == 5 and not handle.callback.ephemeral
    assert handle.deleted_original


async def test_only_the_invoker_pages_and_next_shows_page_two(many: Dateline) -> None:
    fake = many.fake
    alice, mod = fake.user("alice"), fake.user("mod")
    handle = await fake.slash("search", {"query": "windpark"}, user=alice, locale="nl")
    message = await handle.wait_original(has_embeds)
    # "~46 … 1/10": the index estimates a large total on early pages (see the next test)
    assert re.fullmatch(r"~?\d+ resultaten voor „windpark” \(pagina 1/\d+\)", message["embeds"][0]["title"])
    first_page = [field["name"] for field in message["embeds"][0]["fields"]]
    assert len(first_page) == 5 and all(headline.startswith("Windpark ") for headline in first_page)
    assert not buttons(message)["dateline:next"]["disabled"]
    await listening(many.bot, message, fake)

    # Someone else presses Next: a private refusal in their language, and the page stays.
    intruder = await fake.click(message, "dateline:next", user=mod, locale="en-US")
    callback = await intruder.wait_callback()
    assert callback.type == 4 and intruder.ephemeral
    assert intruder.content == "Only the person who ran the command can page through this."
    assert fake.messages[int(message["id"])]["embeds"] == message["embeds"]

    press = await fake.click(message, "dateline:next", user=alice, locale="nl")
    assert (await press.wait_callback()).type == 7  # the message itself is updated
    page = fake.messages[int(message["id"])]
    assert re.fullmatch(r"~?\d+ resultaten voor „windpark” \(pagina 2/\d+\)", page["embeds"][0]["title"])
    headlines = [field["name"] for field in page["embeds"][0]["fields"]]
    assert len(headlines) == 5 and all(headline.startswith("Windpark ") for headline in headlines)
    assert not set(headlines) & set(first_page)
    controls = buttons(page)
    assert not controls["dateline:previous"]["disabled"]
    assert [option["label"] for option in controls["dateline:open-story"]["options"]] == headlines


async def page_to_the_end(many: Dateline) -> tuple[list[str], str, int]:
    """Press Next until it is disabled: the headlines seen, the last title, and the number of presses."""
    fake = many.fake
    alice = fake.user("alice")
    handle = await fake.slash("search", {"query": "windpark"}, user=alice, locale="nl")
    message = await handle.wait_original(has_embeds)
    await listening(many.bot, message, fake)
    seen: list[str] = [field["name"] for field in message["embeds"][0]["fields"]]
    presses = 0
    while not buttons(fake.messages[int(message["id"])])["dateline:next"]["disabled"]:
        press = await fake.click(message, "dateline:next", user=alice, locale="nl")
        assert (await press.wait_callback()).type == 7
        presses += 1
        assert presses < 10, "the pager never reached its last page"
        page = fake.messages[int(message["id"])]["embeds"][0]
        assert page.get("fields"), f"an empty page: {page}"
        seen += [field["name"] for field in page["fields"]]
    return seen, fake.messages[int(message["id"])]["embeds"][0]["title"], presses


async def test_paging_to_the_end_never_shows_an_empty_page(many: Dateline) -> None:
    """The first pages carry an estimated total ("~46 … 1/10"); the pager follows the total as it firms up,
    so Next stops at the real last page instead of leading to empty ones."""
    seen, last, presses = await page_to_the_end(many)
    assert last == f"{WIND_FARMS} resultaten voor „windpark” (pagina {presses + 1}/{presses + 1})"  # exact by now
    assert len(seen) == WIND_FARMS


async def test_paging_shows_every_story_exactly_once(many: Dateline) -> None:
    seen, _, _ = await page_to_the_end(many)
    assert sorted(seen) == sorted(f"Windpark {number} bij Urk geopend" for number in range(1, WIND_FARMS + 1))


def write_harlingen_farms(folder: Path, count: int) -> None:
    """`count` wind-farm stories from another place and agency than the Urk ones (HARLINGEN, AFP)."""
    for number in range(1, count + 1):
        (folder / f"harlingen-{number:02d}.txt").write_text(
            f"date: 2024-10-{number:02d}T09:00:00+02:00\nsource: AFP\n\n"
            f"Windpark {number} voor Harlingen gepland\n"
            f"HARLINGEN (AFP) - Voor de kust komt windpark {number}, meldt de provincie.\n", encoding="utf-8")


@pytest_asyncio.fixture
async def two_places(fake: FakeDiscord, tmp_path: Path) -> AsyncIterator[Dateline]:
    """The bot over the sample, 30 wind farms at Urk (ANP) and 12 at Harlingen (AFP)."""
    articles = copy_articles(SAMPLE, tmp_path / "two-places")
    write_wind_farms(articles)
    write_harlingen_farms(articles, 12)
    settings = Settings(articles_dir=articles, index_dir=build_index(articles, tmp_path / "two-places-index"))
    async with running(fake, settings) as dateline_bot:
        yield Dateline(fake, dateline_bot, dateline_bot.settings)


async def pages_of(dateline: Dateline, options: dict[str, object]) -> list[dict]:
    """/search with `options`, then Next pressed until it is disabled: every page's embed, in order."""
    fake = dateline.fake
    alice = fake.user("alice")
    handle = await fake.slash("search", options, user=alice, locale="nl")
    message = await handle.wait_original(has_embeds)
    await listening(dateline.bot, message, fake)
    pages = [message["embeds"][0]]
    while not buttons(fake.messages[int(message["id"])])["dateline:next"]["disabled"]:
        press = await fake.click(message, "dateline:next", user=alice, locale="nl")
        assert (await press.wait_callback()).type == 7
        pages.append(fake.messages[int(message["id"])]["embeds"][0])
        assert len(pages) < 10, "the pager never reached its last page"
    return pages


@pytest.mark.parametrize("options", [
    {"query": "windpark", "source": "AFP"},
    {"query": "windpark", "place": "Harlingen"},
    {"query": "windpark bron:AFP", "advanced": True},
    {"query": "windpark plaats:harlingen", "advanced": True},
], ids=["source", "place", "advanced-source", "advanced-place"])
async def test_search_filters_hold_on_every_page(two_places: Dateline, options: dict[str, object]) -> None:
    """Only the 12 Harlingen (AFP) stories of the 42 wind farms, over three pages: Next keeps the filter."""
    pages = await pages_of(two_places, options)
    assert [page["title"] for page in pages] == [
        f"12 resultaten voor „{options['query']}” (pagina {number}/3)" for number in (1, 2, 3)]
    headlines = [field["name"] for page in pages for field in page["fields"]]
    assert sorted(headlines) == sorted(f"Windpark {number} voor Harlingen gepland" for number in range(1, 13))
    assert all(plain(field["value"]).startswith("HARLINGEN (AFP) · ") for page in pages for field in page["fields"])
    said = [plain(page.get("description") or "") for page in pages]
    if options.get("advanced"):
        assert all("Geavanceerde zoekopdracht gelezen als: " in text for text in said)
    else:
        name = "source" if "source" in options else "place"
        word = {"source": "bron", "place": "plaats"}[name]  # said in words, as the terminal says them
        assert all(f"Filters: {word} {options[name]}" in text for text in said)


async def test_search_without_filters_finds_both_places(two_places: Dateline) -> None:
    pages = await pages_of(two_places, {"query": "windpark"})
    assert len({field["name"] for page in pages for field in page["fields"]}) == 42


async def test_the_story_select_opens_a_story_privately(dateline: Dateline) -> None:
    fake = dateline.fake
    alice = fake.user("alice")
    handle = await fake.slash("search", {"query": "Noord-Korea"}, user=alice, locale="nl")
    message = await handle.wait_original(has_embeds)
    story_id = buttons(message)["dateline:open-story"]["options"][1]["value"]
    await listening(dateline.bot, message, fake)
    choice = await fake.select(message, "dateline:open-story", [story_id], user=alice)
    callback = await choice.wait_callback()
    assert callback.type == 4 and choice.ephemeral
    (embed,) = choice.original["embeds"]  # type: ignore[index]
    assert embed["title"] == PENTAGON_HEADLINE and embed["author"]["name"] == "WASHINGTON (ANP/AFP)"
    assert "Noord-Korea heeft inmiddels 10.000 militairen naar Rusland gestuurd" in plain(embed["description"])
    assert embed["footer"]["text"].startswith(story_id)
    assert fake.messages[int(message["id"])]["embeds"] == message["embeds"]  # the results stay


async def test_pager_buttons_are_disabled_when_the_view_times_out(dateline: Dateline) -> None:
    fake = dateline.fake
    handle = await fake.slash("search", {"query": "Noord-Korea"}, locale="nl")
    message = await handle.wait_original(has_embeds)
    assert not buttons(message)["dateline:open-story"]["disabled"]
    await time_out_now(dateline.bot, message, fake)

    def all_disabled() -> bool:
        controls = buttons(fake.messages[int(message["id"])])
        return bool(controls) and all(control.get("disabled") for control in controls.values())

    await fake.wait_for(all_disabled, timeout=5, what="the pager to be disabled")
    edit = [sent for sent in fake.messages_sent() if sent.kind == "original_edit"]
    assert len(edit) == 1 and edit[0].status == 200
    assert fake.messages[int(message["id"])]["embeds"] == message["embeds"]  # only the controls changed


# -- /story ----------------------------------------------------------------------------------------


async def test_story_autocomplete_offers_at_most_25_matching_headlines(many: Dateline) -> None:
    fake = many.fake
    handle = await fake.autocomplete("story", "story", "windpark")
    assert (await handle.wait_callback()).type == 8
    choices = handle.choices or []
    assert len(choices) == 25 and all(choice["name"].startswith("Windpark ") for choice in choices)
    handle = await fake.autocomplete("story", "story", "noord-KOREA")  # case-blind
    await handle.wait_callback()
    assert {choice["name"] for choice in handle.choices or []} == {SEOUL_HEADLINE, PENTAGON_HEADLINE}


async def test_story_autocomplete_answers_in_time_while_the_library_is_busy(dateline: Dateline,
                                                                           hold: Callable[..., Held]) -> None:
    """No suggestions rather than none in time: Discord drops an autocomplete answered after 3 s."""
    held = hold(dateline.bot, "headlines")
    handle = await dateline.fake.autocomplete("story", "story", "Noord")
    assert (await handle.wait_callback()).type == 8
    assert handle.choices == []
    await held.wait_started()


async def test_story_by_its_autocompleted_id(dateline: Dateline) -> None:
    fake = dateline.fake
    suggest = await fake.autocomplete("story", "story", "VS schatten")
    await suggest.wait_callback()
    (choice,) = suggest.choices or []
    handle = await fake.slash("story", {"story": choice["value"]}, locale="nl")
    message = await handle.wait_original(has_embeds)
    assert not handle.ephemeral
    (embed,) = message["embeds"]
    assert embed["title"] == PENTAGON_HEADLINE and embed["author"]["name"] == "WASHINGTON (ANP/AFP)"
    assert "NAVO-chef Mark Rutte zei eerder" in plain(embed["description"])


async def test_unknown_story_is_answered_privately(dateline: Dateline) -> None:
    handle = await dateline.fake.slash("story", {"story": "bestaat-niet"}, locale="nl")
    callback = await handle.wait_callback()
    assert callback.type == 4 and handle.ephemeral
    assert handle.content == "Geen verhaal met id bestaat-niet."


# -- /quote, /compare, /ask, /help -----------------------------------------------------------------


async def test_quote_gives_the_zelensky_passage_with_dateline_and_agencies(dateline: Dateline) -> None:
    handle = await dateline.fake.slash("quote", {"query": "Zelensky wapens leveren"}, locale="nl")
    message = await handle.wait_original(has_embeds)
    embed = message["embeds"][0]
    assert embed["author"]["name"] == SEOUL
    assert embed["title"] == SEOUL_HEADLINE
    assert ZELENSKY in plain(embed["description"])
    assert embed["timestamp"].startswith("2024-10-18T12:00:00")


async def test_quote_of_an_english_query_gives_the_dutch_passage_and_says_what_was_searched(
        dateline: Dateline) -> None:
    handle = await dateline.fake.slash("quote", {"query": "troops in russia"}, locale="nl")
    message = await handle.wait_original(has_embeds)
    assert plain(message["content"]) == "Searched in Dutch: troops → troepen, russia → rusland"
    embed = message["embeds"][0]
    assert "**troepen**" in embed["description"] and "**Rusland**" in embed["description"]
    assert embed["author"]["name"] in {SEOUL, "WASHINGTON (ANP/AFP)"}


async def test_compare_lists_the_figures_with_a_chart_attached(dateline: Dateline) -> None:
    fake = dateline.fake
    handle = await fake.slash("compare", {"topic": "Noord-Koreaanse soldaten in Rusland"}, locale="nl")
    message = await handle.wait_original(has_embeds, timeout=15)
    embed = message["embeds"][0]
    assert embed["title"] == "Cijfers over „Noord-Koreaanse soldaten in Rusland”"
    assert embed["image"]["url"] == "attachment://dateline-chart.png"
    text = embed_text(message)
    for figure in ("1.500 soldaten", "3.000 soldaten", "10.000 militairen", "12.000 soldaten"):
        assert figure in text
    assert "volgens Amerikaanse Pentagon" in text and "1.500 → 3.000" in text
    (attachment,) = message["attachments"]
    assert attachment["filename"] == "dateline-chart.png" and attachment["content_type"] == "image/png"
    uploads = [file for sent in fake.messages_sent() for file in sent.attachments]
    (upload,) = uploads  # sent once, as a multipart file part
    assert upload.filename == "dateline-chart.png" and upload.data.startswith(b"\x89PNG\r\n\x1a\n")


async def test_compare_of_an_english_topic_answers_in_english_with_the_dutch_figures(dateline: Dateline) -> None:
    handle = await dateline.fake.slash("compare", {"topic": "north korean troops in russia"}, locale="nl")
    message = await handle.wait_original(has_embeds, timeout=15)
    embed = message["embeds"][0]
    assert embed["title"] == "Figures about “north korean troops in russia”"
    assert plain(embed["description"]).startswith("Searched in Dutch: north → noorden, korean → koreaans / koreaan, "
                                                  "troops → troepen, russia → rusland")
    text = embed_text(message)
    assert "10,000 militairen" in text and "according to Amerikaanse Pentagon" in text and "1,500 → 3,000" in text
    assert embed["fields"][0]["name"] == "soldiers/troops"


async def test_ask_answers_with_the_quote_and_a_confidence(dateline: Dateline) -> None:
    handle = await dateline.fake.slash("ask", {"question": SOLDIERS_QUESTION}, locale="nl")
    message = await handle.wait_original(has_embeds)
    embed = message["embeds"][0]
    assert embed["title"] == "10.000 militairen"
    assert embed["author"]["name"] == "WASHINGTON (ANP/AFP)"
    assert "Noord-Korea heeft inmiddels 10.000 militairen naar Rusland gestuurd" in plain(embed["description"])
    assert embed["footer"]["text"].startswith("zekerheid ") and "%" in embed["footer"]["text"]
    assert PENTAGON_HEADLINE in embed["footer"]["text"]


async def test_ask_abstains_honestly(dateline: Dateline) -> None:
    handle = await dateline.fake.slash("ask", {"question": UNANSWERABLE}, locale="nl")
    message = await handle.wait_original(has_embeds)
    assert plain(message["embeds"][0]["description"]).startswith("Daarover vond ik niets in de artikelen")
    assert "title" not in message["embeds"][0]


async def test_help_is_private_and_lists_the_commands(dateline: Dateline) -> None:
    handle = await dateline.fake.slash("help", locale="nl")
    callback = await handle.wait_callback()
    assert callback.type == 4 and handle.ephemeral
    text = embed_text(handle.original or {})
    assert text.startswith("Dateline: nieuws met bronvermelding\n`/ask vraag`")
    for command in ("/ask", "/search", "/story", "/quote", "/compare", "/reindex", "/ingest"):
        assert command in text


# -- language --------------------------------------------------------------------------------------


async def test_bot_words_follow_the_users_language_article_text_does_not(dateline: Dateline) -> None:
    fake = dateline.fake
    dutch = await fake.slash("search", {"query": "Noord-Korea"}, locale="nl")
    english = await fake.slash("search", {"query": "Noord-Korea"}, user=fake.user("mod"), locale="en-GB")
    nl, en = await dutch.wait_original(has_embeds), await english.wait_original(has_embeds)
    assert nl["embeds"][0]["title"] == "2 resultaten voor „Noord-Korea” (pagina 1/1)"
    assert en["embeds"][0]["title"] == "2 results for “Noord-Korea” (page 1/1)"
    assert nl["embeds"][0]["fields"] == en["embeds"][0]["fields"]  # the articles, as written
    assert buttons(en)["dateline:next"]["label"] == "Next"
    assert buttons(en)["dateline:open-story"]["placeholder"] == "Open a story…"

    abstain = await fake.slash("ask", {"question": UNANSWERABLE}, locale="en-US")
    message = await abstain.wait_original(has_embeds)
    assert plain(message["embeds"][0]["description"]).startswith("I found nothing in the articles about that")
    unknown = await fake.slash("story", {"story": "x1"}, locale="de")  # no German: the server's (en-US)
    await unknown.wait_callback()
    assert unknown.content == "No story with id x1."

