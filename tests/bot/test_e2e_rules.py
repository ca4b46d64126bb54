"""Every request body the bot sends is checked against Discord's OpenAPI description by the fake.

`assert_played_by_the_rules` (conftest) already fails any e2e test with a violation; these tests make
sure the check is really on: that each route the bot used has an operation in the spec (so its body
was validated, not waved through), and that without the spec the live limits are still enforced.
"""

from __future__ import annotations

import pytest

from bot.settings import Settings
from tests.bot.conftest import (
    SOLDIERS_QUESTION,
    Dateline,
    assert_played_by_the_rules,
    has_embeds,
    listening,
    running,
)
from tests.fakediscord.fixtures import FakeFactory


async def exercise(dateline: Dateline) -> None:
    """One of each kind of request the bot makes: sync, responses, defer + edit with a file, a
    component update, autocomplete, a channel reply."""
    fake = dateline.fake
    alice = fake.user("alice")
    search = await fake.slash("search", {"query": "Israël"}, user=alice, locale="nl")
    results = await search.wait_original(has_embeds)
    await listening(dateline.bot, results, fake)
    menu = next(component for row in results["components"] for component in row["components"]
                if component["type"] == 3)
    choice = await fake.select(results, menu["custom_id"], [menu["options"][0]["value"]], user=alice)
    await choice.wait_callback()
    complete = await fake.autocomplete("story", "story", "Noord")
    await complete.wait_callback()
    compare = await fake.slash("compare", {"topic": "Noord-Koreaanse soldaten in Rusland"}, locale="nl")
    await compare.wait_original(has_embeds, timeout=15)
    question = await fake.send_message(SOLDIERS_QUESTION, mentions=[fake.bot_user])
    await fake.wait_bot_message(lambda message: message.get("message_reference", {}).get("message_id")
                                == question["id"])


async def test_every_body_is_validated_against_the_openapi_spec(dateline: Dateline) -> None:
    fake = dateline.fake
    if not fake.spec_available:
        pytest.skip(f"Discord's OpenAPI spec is not available: {fake.validator.reason}")
    await exercise(dateline)
    with_body = [request for request in fake.requests if request.json is not None]
    routes = {(request.method, request.route) for request in with_body}
    assert {("PUT", "/applications/{application_id}/commands"),
            ("POST", "/interactions/{interaction_id}/{interaction_token}/callback"),
            ("POST", "/channels/{channel_id}/messages")} <= routes
    for method, route in routes:
        assert fake.validator.has_operation(method, route), (method, route)
    assert fake.violations == []


async def test_without_the_spec_the_live_limits_still_hold(fake_discord: FakeFactory, settings: Settings) -> None:
    fake = await fake_discord(validate=False)  # explicitly: a fake that cannot validate otherwise skips
    assert not fake.spec_available
    async with running(fake, settings) as dateline_bot:
        await exercise(Dateline(fake, dateline_bot, dateline_bot.settings))
    assert_played_by_the_rules(fake)
