"""Abuse: every reading command has a per-user cooldown, questions by mention too, and each server has a
bound on the work it may have in flight; whoever hits one gets a short, polite note: ephemeral for
commands, a reply that pings nobody (once per window, so spam is not answered with spam) for mentions.

tests/bot/test_e2e_responses.py has the /ask cooldown and the bound for /ask and the pager's buttons.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest

import bot.service
from tests.bot.conftest import SOLDIERS_QUESTION, Dateline, full_queue, has_embeds
from tests.fakediscord import FakeDiscord

COOLDOWN = re.compile(r"^Even rustig aan: probeer het over \d+ s opnieuw\.$")
TOO_BUSY = "Er lopen in deze server al een paar vragen tegelijk; probeer het zo nog eens."

#: (command, options, uses allowed per window)
COMMANDS = [
    ("search", {"query": "Noord-Korea"}, 5),
    ("quote", {"query": "Zelensky wapens leveren"}, 4),
    ("compare", {"topic": "Noord-Koreaanse soldaten in Rusland"}, 3),
    ("ask", {"question": SOLDIERS_QUESTION}, 4),
    ("story", {"story": "bestaat-niet"}, 8),
]


def answered_by(fake: FakeDiscord, question: dict[str, Any]) -> list[dict[str, Any]]:
    return [message for message in fake.bot_messages()
            if (message.get("message_reference") or {}).get("message_id") == question["id"]]


@pytest.mark.parametrize(("command", "options", "allowed"), COMMANDS, ids=[command for command, _, _ in COMMANDS])
async def test_every_reading_command_has_a_polite_private_cooldown(dateline: Dateline, command: str,
                                                                   options: dict[str, str], allowed: int) -> None:
    fake = dateline.fake
    for _ in range(allowed):
        handle = await fake.slash(command, options, user=fake.user("alice"), locale="nl")
        await handle.wait_callback(timeout=3)
        assert not COOLDOWN.match(handle.content or "")
    refused = await fake.slash(command, options, user=fake.user("alice"), locale="nl")
    await refused.wait_callback(timeout=3)
    assert refused.ephemeral and COOLDOWN.match(refused.content or ""), refused.content
    other = await fake.slash(command, options, user=fake.user("mod"), locale="nl")  # per user, not per server
    await other.wait_callback(timeout=3)
    assert not COOLDOWN.match(other.content or "")
    await asyncio.sleep(0.2)  # let the last answers go out before the fixture checks what was sent


async def test_questions_by_mention_have_a_cooldown_told_once(dateline: Dateline) -> None:
    fake = dateline.fake
    alice = fake.user("alice")
    questions = []
    for _ in range(4):
        questions.append(await fake.send_message(SOLDIERS_QUESTION, author=alice, mentions=[fake.bot_user]))
        await fake.wait_bot_message(lambda message, asked=questions[-1]: bool(answered_by(fake, asked)))
    spam = [await fake.send_message(SOLDIERS_QUESTION, author=alice, mentions=[fake.bot_user]) for _ in range(3)]
    await fake.wait_bot_message(lambda message: bool(answered_by(fake, spam[0])))
    other = await fake.send_message(SOLDIERS_QUESTION, author=fake.user("mod"), mentions=[fake.bot_user])
    await fake.wait_bot_message(lambda message: bool(answered_by(fake, other)))
    await asyncio.sleep(0.3)
    assert all(answered_by(fake, question)[0]["embeds"] for question in questions)
    (note,) = answered_by(fake, spam[0])
    assert COOLDOWN.match(note["content"]) and note["mentions"] == [] and not note["embeds"]
    assert answered_by(fake, spam[1]) == [] and answered_by(fake, spam[2]) == []  # told once, then ignored
    assert answered_by(fake, other)[0]["embeds"]


async def test_the_server_bound_covers_story_and_mentions_too(dateline: Dateline,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    fake = dateline.fake
    monkeypatch.setattr(bot.service, "PER_GUILD_WAITING", 1)
    async with full_queue(dateline.bot.librarian, fake.guild.id):
        story = await fake.slash("story", {"story": "bestaat-niet"}, user=fake.user("alice"), locale="nl")
        await story.wait_callback(timeout=3)
        assert story.ephemeral and story.content == TOO_BUSY
        question = await fake.send_message(SOLDIERS_QUESTION, author=fake.user("alice"), mentions=[fake.bot_user])
        await fake.wait_bot_message(lambda message: bool(answered_by(fake, question)))
        (note,) = answered_by(fake, question)
        assert note["content"] == TOO_BUSY and note["mentions"] == []
    handle = await fake.slash("ask", {"question": SOLDIERS_QUESTION}, user=fake.user("mod"), locale="nl")
    assert (await handle.wait_original(has_embeds))["embeds"][0]["title"] == "10.000 militairen"
