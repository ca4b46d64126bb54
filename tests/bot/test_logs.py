"""The token never reaches a log: scrubbed by the redacting filter, never handed to the reindex process,
and never logged by the bot or discord.py during a session."""

from __future__ import annotations

import asyncio
import io
import logging
import os
from typing import Any

import pytest

from bot.logs import MASK, RedactingFilter, redact_secrets
from tests.bot.conftest import SOLDIERS_QUESTION, Dateline, has_embeds

SECRET = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.s3cr3t-t0k3n-v4lu3"


def record(message: str, *args: Any, exc_info: Any = None) -> logging.LogRecord:
    return logging.LogRecord("test", logging.ERROR, __file__, 1, message, args, exc_info)


def test_the_filter_scrubs_message_arguments_and_traceback() -> None:
    redactor = RedactingFilter([SECRET, ""])
    assert redactor.secrets == [SECRET]
    plain = record("connecting with %s to %s", SECRET, "gateway")
    assert redactor.filter(plain) and plain.getMessage() == f"connecting with {MASK} to gateway"
    try:
        raise RuntimeError(f"bad token {SECRET}")
    except RuntimeError as error:
        failed = record("login failed", exc_info=(type(error), error, error.__traceback__))
    redactor.filter(failed)
    assert SECRET not in (failed.exc_text or "") and f"bad token {MASK}" in (failed.exc_text or "")
    untouched = record("nothing secret here: %d", 5)
    redactor.filter(untouched)
    assert untouched.getMessage() == "nothing secret here: 5"


@pytest.mark.usefixtures("restore_logging")
def test_redact_secrets_covers_the_handlers_and_formatted_output() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        redact_secrets(SECRET)
        logging.getLogger("discord.http").warning("header Bot %s", SECRET)
        try:
            raise ValueError(SECRET)
        except ValueError:
            logging.getLogger("bot.client").exception("failed")
    finally:
        root.removeHandler(handler)
    output = stream.getvalue()
    assert SECRET not in output and f"header Bot {MASK}" in output and f"ValueError: {MASK}" in output


@pytest.mark.usefixtures("restore_logging")
def test_a_handler_added_later_never_sees_the_secret() -> None:
    redact_secrets(SECRET)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logging.getLogger().addHandler(handler)  # e.g. a library setting up its own logging afterwards
    try:
        logging.getLogger("discord.gateway").warning("resuming with %s", SECRET)
    finally:
        logging.getLogger().removeHandler(handler)
    assert stream.getvalue() == f"resuming with {MASK}\n"


async def test_a_session_never_logs_the_token(dateline: Dateline, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake = dateline.fake
    handle = await fake.slash("ask", {"question": SOLDIERS_QUESTION}, locale="nl")
    await handle.wait_original(has_embeds)
    await fake.drop_gateway()  # a reconnect sends the token again (RESUME)
    await fake.wait_resumed()
    question = await fake.send_message(SOLDIERS_QUESTION, mentions=[fake.bot_user])
    await fake.wait_bot_message(lambda message: message.get("message_reference", {}).get("message_id")
                                == question["id"])
    logged = caplog.text + "".join(repr(record.args) for record in caplog.records)
    assert any(record.name.startswith("discord.") for record in caplog.records)  # discord.py did log
    assert fake.token not in logged and fake.token.split(".")[-1] not in logged


async def test_the_reindex_processes_never_get_the_token(dateline: Dateline, monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither the reindex nor the pass that embeds the new stories' openings after it."""
    monkeypatch.setenv("DISCORD_TOKEN", dateline.fake.token)  # as when the token comes from the environment
    environments: list[dict[str, str]] = []
    spawn = asyncio.create_subprocess_exec

    async def spawned(*args: Any, **kwargs: Any) -> asyncio.subprocess.Process:
        environments.append(kwargs["env"])
        return await spawn(*args, **kwargs)

    monkeypatch.setattr(asyncio, "create_subprocess_exec", spawned)
    fake = dateline.fake
    handle = await fake.slash("reindex", user=fake.user("mod"), locale="nl")
    await handle.wait_original(has_embeds, timeout=20)
    await dateline.bot.librarian.embedded()
    assert len(environments) == 2
    for environment in environments:
        assert "DISCORD_TOKEN" not in environment and dateline.fake.token not in environment.values()
        assert environment.get("PATH") == os.environ.get("PATH")  # the rest of the environment is kept
