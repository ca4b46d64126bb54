"""Admin commands where a server changed who may use them: Discord then delivers /reindex and /ingest from
members without Manage Server (the fake delivers whatever is sent, as Discord does after such a change),
and the bot's own check refuses them, privately, with nothing run or saved. Also: Manage Server in
another server counts for nothing here, Administrator counts, and a DM never runs them.

tests/bot/test_e2e_admin.py has a plain member, configured admin users and roles, and a DM for /reindex.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.bot.conftest import PROCESS_TIMEOUT, Dateline, embed_text, has_embeds
from tests.bot.test_e2e_admin import MUSSELS, NOT_ADMIN, count_reindexes, snapshot
from tests.fakediscord import ADMINISTRATOR, MANAGE_GUILD, FakeUser, InteractionHandle

GUILD_ONLY = "Dit kan alleen in een server."


async def admin_command(dateline: Dateline, name: str, user: FakeUser, **where: object) -> InteractionHandle:
    fake = dateline.fake
    options = {"file": fake.add_attachment("mosselen.txt", MUSSELS.encode(), "text/plain")} if name == "ingest" else {}
    return await fake.slash(name, options, user=user, locale="nl", **where)


@pytest.mark.parametrize("command", ["reindex", "ingest"])
async def test_members_the_server_let_through_are_still_refused(dateline: Dateline, command: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    fake = dateline.fake
    await dateline.bot.librarian.embedded()  # the start's openings pass writes to the index folder: let it end
    started = count_reindexes(monkeypatch, dateline.bot.librarian)
    before = snapshot(dateline.articles), snapshot(dateline.index)
    # A role the server allowed to use the command (in its integration settings), with no permissions.
    editor = fake.add_user("redacteur")
    fake.add_member(fake.guild, editor, roles=[fake.add_role(fake.guild, "Redactie")])
    # A moderator (Manage Server) of another server, who is a plain member here.
    elsewhere = fake.add_guild("Andere server")
    moderator = fake.add_user("andermans-mod")
    fake.add_member(elsewhere, moderator, roles=[fake.add_role(elsewhere, "Mods", MANAGE_GUILD)])
    fake.add_member(fake.guild, moderator)
    await fake.announce_guild(elsewhere)
    for user in (fake.user("alice"), editor, moderator):
        handle = await admin_command(dateline, command, user)
        await handle.wait_callback()
        assert handle.ephemeral and handle.content == NOT_ADMIN, (user.username, handle.content)
    for user in (fake.owner, fake.user("alice")):  # in a DM, not even the owner
        handle = await admin_command(dateline, command, user, dm=True)
        await handle.wait_callback()
        assert handle.ephemeral and handle.content == GUILD_ONLY
    await asyncio.sleep(0.3)
    assert started == [] and (snapshot(dateline.articles), snapshot(dateline.index)) == before
    assert dateline.fake.requests_matching("GET", r"^/attachments/") == []  # not even downloaded


async def test_administrator_may_reindex(dateline: Dateline) -> None:
    """The role is made after the bot connected, so its cache does not know it: the check goes by the
    permissions Discord sends with the interaction."""
    fake = dateline.fake
    chief = fake.add_user("hoofdredacteur")
    fake.add_member(fake.guild, chief, roles=[fake.add_role(fake.guild, "Hoofdredactie", ADMINISTRATOR)])
    handle = await admin_command(dateline, "reindex", chief)
    assert (await handle.wait_callback()).type == 5
    assert embed_text(await handle.wait_original(has_embeds, timeout=PROCESS_TIMEOUT)).startswith("Index bijgewerkt")
