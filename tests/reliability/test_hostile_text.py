"""Discord text that tries to do harm, in article text and in what users type: @everyone, @here, user and
role mentions, markdown and code fences, zero-width and right-to-left characters, masked links. Nothing
pings, nothing breaks the layout, no masked link survives: checked on every message the bot sends, from
/search, /quote, /story, /ask, a question by mention, the story menu and autocomplete; and as a property
of the renderers for arbitrary queries.

tests/bot/test_embeds.py checks `clean()` on its own; tests/bot/test_e2e_mentions.py mentions in questions.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.embeds import answer_reply, comparison_reply, quote_reply, search_pages
from bot.settings import Settings
from index.library import Library
from tests.bot.conftest import Dateline, build_index, copy_articles, embed_text, has_embeds, listening, running
from tests.conftest import SAMPLE
from tests.fakediscord import FakeDiscord
from tests.fakediscord.validation import check_message

ZWSP, RLO, PDF, LRI, PDI, ZWJ, BOM = "\u200b", "\u202e", "\u202c", "\u2066", "\u2069", "\u200d", "\ufeff"
USER, ROLE = "123456789012345678", "987654321098765432"
HOSTILE = (f"@everyone @here <@{USER}> <@!{USER}> <@&{ROLE}> **vet** __onder__ ||verklapper|| ~~weg~~ "
           f"[klik hier](https://evil.example/phish) [![x](https://evil.example/i.png)](https://evil.example) "
           f"<https://evil.example/auto> ```py\nimport os``` `code` > citaat # kop {RLO}gnirts{PDF} "
           f"on{ZWSP}zicht{ZWJ}baar {LRI}isolaat{PDI} {BOM}")
#: An article whose headline, dateline and text are hostile; its text answers a question with a figure.
ARTICLE = (f"date: 2024-11-05T08:00:00+01:00\nsource: ANP\n\n"
           f"Fietsenstalling @everyone [gratis](https://evil.example) {RLO}tfihs{PDF} <@{USER}>\n"
           f"UTRECHT (ANP) - De gemeente Utrecht telde 12.000 fietsen in de nieuwe fietsenstalling. {HOSTILE}\n"
           f"In de fietsenstalling staan volgens de gemeente 12.000 fietsen. {HOSTILE}\n")

#: Unicode's invisible direction and zero-width characters (what clean() removes).
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
LIVE_MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d+>")
MASKED_LINK = re.compile(r"\[[^\]]*\]\(\s*<?https?:")


def unescaped(text: str) -> str:
    """Markdown as Discord reads it: escaped characters are plain (dropped here), the rest is syntax."""
    return re.sub(r"\\.", "", text)


def problems_in(message: dict[str, Any]) -> list[str]:
    """Every way a message body (content, embeds, components) could ping, mislead or break the layout."""
    found = []
    markdown = [message.get("content") or ""]  # where Discord renders markdown
    plain = []  # where it shows text as it is
    for embed in message.get("embeds") or []:
        markdown += [embed.get("title") or "", embed.get("description") or ""]
        plain += [(embed.get("author") or {}).get("name") or "", (embed.get("footer") or {}).get("text") or ""]
        for field in embed.get("fields") or []:
            markdown += [field["name"], field["value"]]
    for row in message.get("components") or []:
        for component in row.get("components") or []:
            plain += [component.get("label") or "", component.get("placeholder") or ""]
            for option in component.get("options") or []:
                plain += [option.get("label") or "", option.get("description") or ""]
    for text in markdown:
        live = unescaped(text)
        if MASKED_LINK.search(live):
            found.append(f"masked link in {text!r}")
        if LIVE_MENTION.search(live):
            found.append(f"live mention in {text!r}")
        if "```" in live:
            found.append(f"code fence in {text!r}")
    for text in markdown + plain:
        if INVISIBLE.search(text.replace("@" + ZWSP, "@")):  # escape_mentions' own zero-width space is fine
            found.append(f"invisible characters in {text!r}")
    found += [f"over a limit: {issue}" for issue in check_message(message)]
    return found


@pytest_asyncio.fixture
async def hostile(fake: FakeDiscord, tmp_path: Path) -> AsyncIterator[Dateline]:
    """The bot over the sample articles and the hostile one."""
    articles = copy_articles(SAMPLE, tmp_path / "hostile")
    (articles / "fietsen.txt").write_text(ARTICLE, encoding="utf-8")
    index = build_index(articles, tmp_path / "hostile-index")
    async with running(fake, Settings(articles_dir=articles, index_dir=index)) as bot:
        yield Dateline(fake, bot, bot.settings)


async def test_hostile_article_text_is_inert_everywhere_it_is_shown(hostile: Dateline) -> None:
    fake = hostile.fake
    alice = fake.user("alice")
    search = await fake.slash("search", {"query": "fietsenstalling"}, user=alice, locale="nl")
    results = await search.wait_original(has_embeds)
    assert "Fietsenstalling" in embed_text(results)
    await listening(hostile.bot, results, fake)
    story_id = next(option["value"] for row in results["components"] for component in row["components"]
                    for option in component.get("options") or [])
    opened = await fake.select(results, "dateline:open-story", [story_id], user=alice, locale="nl")
    await opened.wait_original(has_embeds)
    story = await fake.slash("story", {"story": story_id}, user=alice, locale="nl")
    assert "12.000 fietsen" in embed_text(await story.wait_original(has_embeds))
    quote = await fake.slash("quote", {"query": "fietsen fietsenstalling gemeente"}, user=alice, locale="nl")
    assert "12.000 fietsen" in embed_text(await quote.wait_original(has_embeds))
    ask = await fake.slash("ask", {"question": "hoeveel fietsen telde de gemeente Utrecht in de fietsenstalling?"},
                           user=alice, locale="nl")
    assert "12.000" in embed_text(await ask.wait_original(has_embeds))
    question = await fake.send_message("hoeveel fietsen staan er in de fietsenstalling?", author=alice,
                                       mentions=[fake.bot_user])
    await fake.wait_bot_message(lambda message: (message.get("message_reference") or {}).get("message_id")
                                == question["id"])
    complete = await fake.autocomplete("story", "story", "Fietsen", user=alice)
    await complete.wait_callback()
    assert complete.choices and all(not INVISIBLE.search(choice["name"]) for choice in complete.choices)

    sent = fake.messages_sent()
    assert len(sent) >= 6
    for message in sent:
        body = {"content": message.content, "embeds": message.embeds, "components": message.components}
        assert problems_in(body) == [], message.kind
        assert message.pings_nobody  # and, whatever the text, allowed_mentions rules out every ping
    for message in fake.bot_messages():
        assert message["mentions"] == [] and message["mention_roles"] == [] and not message["mention_everyone"]


async def test_hostile_queries_are_inert_in_the_answers(hostile: Dateline) -> None:
    fake = hostile.fake
    for number, (command, option) in enumerate([("search", "query"), ("search", "query"), ("quote", "query"),
                                                ("compare", "topic"), ("ask", "question")]):
        user = fake.add_user(f"lezer-{number}")
        fake.add_member(fake.guild, user)
        words = "fietsenstalling " if number % 2 == 0 else "kangoeroe "
        handle = await fake.slash(command, {option: (words + HOSTILE)[:300]}, user=user, locale="nl")
        await handle.wait_callback(timeout=3)
        await handle.wait_original(lambda message: bool(message.get("embeds") or message.get("content")), timeout=15)
    for message in fake.messages_sent():
        body = {"content": message.content, "embeds": message.embeds, "components": message.components}
        assert problems_in(body) == [], (message.kind, body)


# -- as a property of the renderers ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("hostile-renders")
    articles = copy_articles(SAMPLE, root / "articles")
    (articles / "fietsen.txt").write_text(ARTICLE, encoding="utf-8")
    library = Library(articles, root / "index")
    library.ensure_index()
    yield library
    library.close()


PIECES = st.sampled_from(["@everyone", "@here", f"<@{USER}>", f"<@&{ROLE}>", "[x](https://evil.example)", "```",
                          "`", "**", "__", "||", "~~", "> ", "# ", RLO, PDF, ZWSP, ZWJ, LRI, BOM, "\\", "fietsen",
                          "fietsenstalling", "Noord-Korea", "soldaten", "12.000", "hoeveel", "*", "?", "~", ":", "\n"])
HOSTILE_QUERIES = st.one_of(st.lists(PIECES, max_size=25).map(" ".join), st.text(max_size=200))


def _body(reply: Any) -> dict[str, Any]:
    return {"content": reply.content, "embeds": [embed.to_dict() for embed in reply.embeds]}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=HOSTILE_QUERIES)
# Failures found by exploring, kept so every run tries them again:
@example(query="[x](https://evil.example) ``` [x](https://evil.example)")  # the search title kept the code fence
def test_any_query_renders_inert_and_within_limits(library: Library, query: str) -> None:
    pages = search_pages(library.search(query, page_size=5), "nl")
    replies = [{"embeds": [page.to_dict()]} for page in pages]
    replies.append(_body(quote_reply(library.quote(query), "nl")))
    replies.append(_body(comparison_reply(library.compare(query), None, "nl")))
    replies.append(_body(answer_reply(library.ask(query), "nl")))
    for body in replies:
        assert problems_in(body) == [], body
