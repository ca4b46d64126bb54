"""Questions asked by mentioning the bot in a channel, and follow-ups by replying to its answer."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import discord
import pytest

from tests.bot.conftest import SOLDIERS_QUESTION, Dateline, Held, embed_text, plain, slow_down
from tests.fakediscord.model import READ_MESSAGE_HISTORY, SEND_MESSAGES

FOLLOW_UP = "en volgens het Pentagon?"


def replies_to(question: dict[str, Any]) -> Any:
    def match(message: dict[str, Any]) -> bool:
        return (message.get("message_reference") or {}).get("message_id") == question["id"]

    return match


def seen_by_the_bot(dateline: Dateline) -> list[str]:
    """The text of every message the bot receives from users (as discord.py gives it)."""
    seen: list[str] = []

    async def listener(message: discord.Message) -> None:
        if not message.author.bot:
            seen.append(message.content)

    dateline.bot.add_listener(listener, "on_message")
    return seen


async def test_a_mention_with_a_question_is_answered_in_the_channel(dateline: Dateline) -> None:
    fake = dateline.fake
    question = await fake.send_message(SOLDIERS_QUESTION, author=fake.user("alice"), mentions=[fake.bot_user])
    answer = await fake.wait_bot_message(replies_to(question))
    assert answer["channel_id"] == str(fake.channel.id)
    embed = answer["embeds"][0]
    assert embed["title"] == "10.000 militairen" and embed["author"]["name"] == "WASHINGTON (ANP/AFP)"
    assert "Noord-Korea heeft inmiddels 10.000 militairen naar Rusland gestuurd" in plain(embed["description"])
    assert embed["footer"]["text"].startswith("zekerheid ")  # DATELINE_LANGUAGE: nl
    assert answer["mentions"] == []  # the reply does not ping the one who asked
    assert fake.requests_matching("POST", rf"^/channels/{fake.channel.id}/typing$")  # "Dateline is typing…"
    (sent,) = [sent for sent in fake.messages_sent() if sent.kind == "channel_create"]
    assert sent.allowed_mentions == {"parse": [], "replied_user": False}


async def test_a_question_in_chat_markup_is_answered_as_the_plain_question(dateline: Dateline,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Quoted, bold, italic, with a link and a custom emoji: the words are the question's, the markup is not
    (left in, "_hoeveel_" was no question word and this abstained at 0.46)."""
    fake = dateline.fake
    asked = slow_down(monkeypatch, dateline.bot, "ask", 0)
    typed = (f"{fake.bot_user.mention} > **_hoeveel_ Noord-Koreaanse soldaten zitten in Rusland?** "
             "<https://nos.nl/l/123> <:hmm:112233445566778899>")
    question = await fake.send_message(typed, author=fake.user("alice"), mentions=[fake.bot_user])
    answer = await fake.wait_bot_message(replies_to(question))
    assert answer["embeds"][0]["title"] == "10.000 militairen"
    assert asked == [(SOLDIERS_QUESTION,)]


async def test_a_message_without_a_mention_is_ignored(dateline: Dateline, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = dateline.fake
    seen = seen_by_the_bot(dateline)
    asked = slow_down(monkeypatch, dateline.bot, "ask", 0)
    plain_message = await fake.send_message(SOLDIERS_QUESTION, author=fake.user("alice"))
    await fake.wait_for(lambda: len(seen) == 1, what="the bot to receive the message")
    assert seen == [""] and plain_message["content"] == SOLDIERS_QUESTION  # no message-content intent
    await asyncio.sleep(0.3)
    assert fake.bot_messages() == [] and asked == []


async def test_a_mention_without_a_question_explains_how_to_ask(dateline: Dateline) -> None:
    fake = dateline.fake
    question = await fake.send_message("", author=fake.user("alice"), mentions=[fake.bot_user])
    answer = await fake.wait_bot_message(replies_to(question))
    assert answer["content"].startswith("Stel je vraag na de vermelding, bijvoorbeeld: @Dateline")
    assert answer["mentions"] == []


async def test_a_reply_to_the_answer_is_read_with_the_earlier_question(dateline: Dateline,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    fake = dateline.fake
    asked = slow_down(monkeypatch, dateline.bot, "ask", 0)
    question = await fake.send_message(SOLDIERS_QUESTION, author=fake.user("alice"), mentions=[fake.bot_user])
    answer = await fake.wait_bot_message(replies_to(question))
    # A reply with the reply ping on mentions the bot (no @ typed), so its text is visible to the bot.
    follow_up = await fake.send_message(FOLLOW_UP, author=fake.user("alice"), reference=answer)
    second = await fake.wait_bot_message(replies_to(follow_up))
    assert asked[-1] == (f"{FOLLOW_UP} {SOLDIERS_QUESTION}",)
    assert "10.000" in embed_text(second) and "Pentagon" in embed_text(second)
    assert second["mentions"] == []


async def test_a_follow_up_after_a_restart_fetches_the_earlier_question(dateline: Dateline,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    fake = dateline.fake
    asked = slow_down(monkeypatch, dateline.bot, "ask", 0)
    question = await fake.send_message(SOLDIERS_QUESTION, author=fake.user("alice"), mentions=[fake.bot_user])
    answer = await fake.wait_bot_message(replies_to(question))
    cog = dateline.bot.get_cog("Questions")  # loaded as an extension: a module object of its own
    assert cog is not None
    # The bot notes its answer once Discord confirmed it, which can be just after the fake stored it.
    await fake.wait_for(lambda: int(answer["id"]) in cog.answered, what="the bot to note its answer")  # type: ignore[attr-defined]
    cog.answered.clear()  # type: ignore[attr-defined]  # as after a restart: the bot no longer remembers what it answered
    follow_up = await fake.send_message(FOLLOW_UP, author=fake.user("alice"), reference=answer)
    await fake.wait_bot_message(replies_to(follow_up))
    assert asked[-1] == (f"{FOLLOW_UP} {SOLDIERS_QUESTION}",)
    assert fake.requests_matching("GET", rf"^/channels/{fake.channel.id}/messages/{question['id']}$")


async def test_everyone_in_a_question_pings_nobody(dateline: Dateline) -> None:
    fake = dateline.fake
    question = await fake.send_message(f"@everyone <@&{fake.guild.id}> {SOLDIERS_QUESTION}",
                                       author=fake.user("alice"), mentions=[fake.bot_user])
    answer = await fake.wait_bot_message(replies_to(question))
    assert answer["embeds"][0]["title"] == "10.000 militairen"
    unknown = await fake.send_message("@everyone @here wie is de burgemeester van Zwolle?",
                                      author=fake.user("alice"), mentions=[fake.bot_user])
    abstained = await fake.wait_bot_message(replies_to(unknown))
    said = embed_text(abstained)
    assert "Daarover vond ik niets in de artikelen (geen artikel noemt: burgemeester, Zwolle)" in said
    assert "everyone" not in said and "@here" not in said  # the mentions were no part of the question
    for message in (answer, abstained):
        assert message["mentions"] == [] and message["mention_roles"] == [] and not message["mention_everyone"]
    for sent in fake.messages_sent():
        assert sent.pings == {"users": [], "roles": [], "everyone": False, "replied_user": False}


async def test_a_question_deleted_before_its_answer_still_gets_the_answer(dateline: Dateline,
                                                                          hold: Callable[..., Held]) -> None:
    fake = dateline.fake
    held = hold(dateline.bot, "ask")
    question = await fake.send_message(SOLDIERS_QUESTION, author=fake.user("alice"), mentions=[fake.bot_user])
    await held.wait_started()
    await fake.delete_message(question)  # the asker took it back while the bot was thinking
    held.release()
    answer = await fake.wait_bot_message(lambda message: bool(message.get("embeds")))
    assert answer["embeds"][0]["title"] == "10.000 militairen" and answer["channel_id"] == str(fake.channel.id)


async def test_a_question_in_a_channel_the_bot_may_not_write_in_gets_no_answer(
        dateline: Dateline, caplog: pytest.LogCaptureFixture) -> None:
    fake = dateline.fake
    caplog.set_level(logging.INFO, logger="cogs.questions")
    await fake.set_overwrite(fake.channel, fake.bot_user, deny=SEND_MESSAGES)
    cached = dateline.bot.get_channel(fake.channel.id)
    await fake.wait_for(lambda: not cached.permissions_for(cached.guild.me).send_messages,
                        what="the CHANNEL_UPDATE to reach the bot")
    await fake.send_message(SOLDIERS_QUESTION, author=fake.user("alice"), mentions=[fake.bot_user])
    await fake.wait_for(lambda: any(record.name == "cogs.questions" for record in caplog.records),
                        what="the bot to decide")
    assert fake.bot_messages() == [] and fake.requests_matching("POST", r"^/channels/") == []
    assert [record.levelno for record in caplog.records if record.levelno >= logging.ERROR] == []


async def test_a_question_where_the_bot_may_not_read_history_is_answered_without_a_reply(dateline: Dateline) -> None:
    fake = dateline.fake
    await fake.set_overwrite(fake.channel, fake.bot_user, deny=READ_MESSAGE_HISTORY)
    cached = dateline.bot.get_channel(fake.channel.id)
    await fake.wait_for(lambda: not cached.permissions_for(cached.guild.me).read_message_history,
                        what="the CHANNEL_UPDATE to reach the bot")
    await fake.send_message(SOLDIERS_QUESTION, author=fake.user("alice"), mentions=[fake.bot_user])
    answer = await fake.wait_bot_message(lambda message: bool(message.get("embeds")))
    assert answer["embeds"][0]["title"] == "10.000 militairen" and "message_reference" not in answer
