"""The token never appears in logs, errors or on the console: `run_bot.py bot` runs for real in a child
process against the fake Discord, logging at DEBUG, through a session with answers, an error whose text
carries the token, a reindex, a dropped gateway (RESUME sends the token again) and a question by mention;
then its whole console output, everything it sent to Discord, and the output of the CLI and the console
run with the token in their environment are scanned for it.

tests/bot/test_logs.py checks the redacting filter and an in-process session; tests/bot/test_runner.py
a rejected token.
"""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path

from bot.logs import MASK
from bot.settings import PROJECT_ROOT, Settings
from bot.texts import text
from tests.bot.conftest import PROCESS_TIMEOUT, SOLDIERS_QUESTION, has_embeds, run_cli
from tests.fakediscord import FakeDiscord
from tests.fakediscord.fixtures import FakeFactory
from tests.reliability.conftest import child_environment, driver_command

APOLOGY = "Sorry, daar ging iets mis. Het is gelogd; probeer het later opnieuw."


def secrets_of(token: str) -> list[str]:
    """The token, and its last part alone (the secret that signs it)."""
    return [token, token.split(".")[-1]]


def sent_to_discord(fake: FakeDiscord) -> str:
    """Every body the bot sent (JSON and files) as one text."""
    parts = []
    for request in fake.requests:
        if request.json is not None:
            parts.append(json.dumps(request.json, ensure_ascii=False))
        parts += [upload.data.decode("latin-1") for upload in request.files]
    return "\n".join(parts)


async def reindex_when_free(fake: FakeDiscord) -> None:
    """/reindex as a moderator would: the watcher's catch-up round after the start may still be reindexing,
    and the bot then says so; ask again until it runs (within PROCESS_TIMEOUT)."""
    deadline = asyncio.get_running_loop().time() + PROCESS_TIMEOUT
    while True:
        reindex = await fake.slash("reindex", user=fake.user("mod"), locale="nl")
        await reindex.wait_callback()
        await reindex.wait_original(timeout=PROCESS_TIMEOUT)
        if reindex.content != text("nl", "reindex_busy") or asyncio.get_running_loop().time() > deadline:
            break
        await asyncio.sleep(0.5)
    await reindex.wait_original(has_embeds, timeout=PROCESS_TIMEOUT)


async def test_a_whole_session_never_shows_the_token(fake_discord: FakeFactory, settings: Settings,
                                                     tmp_path: Path, mark: str) -> None:
    fake = await fake_discord()
    token = fake.token
    environment = child_environment(DISCORD_TOKEN=token, DATELINE_ARTICLES_DIR=str(settings.articles_dir),
                                    DATELINE_INDEX_DIR=str(settings.index_dir), DATELINE_LOG_LEVEL="DEBUG",
                                    DATELINE_TEST_MARK=mark, PYTHONPATH=str(PROJECT_ROOT))
    process = await asyncio.create_subprocess_exec(
        *driver_command("--fake-discord", fake.api_base, fake.gateway_url, "--leaky-errors", args=["bot"]),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=tmp_path, env=environment)
    assert process.stdout is not None and process.stderr is not None
    output = asyncio.gather(process.stdout.read(), process.stderr.read())
    try:
        await fake.wait_for(lambda: process.returncode is not None
                            or any(command.name == "ask" for command in fake.commands.get(None, [])),
                            timeout=PROCESS_TIMEOUT, what="the bot to start and sync its commands")
        assert process.returncode is None, "the bot ended at start"
        await asyncio.wait_for(fake.wait_identified(1), PROCESS_TIMEOUT)
        answered = await fake.slash("ask", {"question": SOLDIERS_QUESTION}, user=fake.user("alice"), locale="nl")
        assert (await answered.wait_original(has_embeds))["embeds"][0]["title"] == "10.000 militairen"
        failed = await fake.slash("ask", {"question": "waarom lek het?"}, user=fake.user("alice"), locale="nl")
        await failed.wait_callback()
        assert failed.ephemeral and failed.content == APOLOGY  # the error reached the bot's error handler
        await reindex_when_free(fake)
        await fake.drop_gateway()
        await fake.wait_resumed()
        question = await fake.send_message(SOLDIERS_QUESTION, author=fake.user("mod"), mentions=[fake.bot_user])
        await fake.wait_bot_message(lambda message: (message.get("message_reference") or {}).get("message_id")
                                    == question["id"])
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)  # as Ctrl-C on the console
        try:
            await asyncio.wait_for(process.wait(), PROCESS_TIMEOUT)
        except TimeoutError:
            process.kill()
            await process.wait()
        stdout, stderr = (part.decode("utf-8", "replace") for part in await output)
    assert process.returncode == 0, stderr[-3000:]
    assert "DEBUG discord." in stderr and "command /ask failed" in stderr  # it did log, in detail
    assert f"Authorization: Bot {MASK}" in stderr  # the error's text, scrubbed
    console = stdout + stderr
    for secret in secrets_of(token):
        assert secret not in console
        assert secret not in sent_to_discord(fake)  # no error message told a user either

    where = ["--articles", str(settings.articles_dir), "--index", str(settings.index_dir)]
    with_token = {"DISCORD_TOKEN": token, "DATELINE_LOG_LEVEL": "DEBUG"}
    runs = [run_cli("reindex", "--full", *where, cwd=tmp_path, env=with_token),
            run_cli("ask", SOLDIERS_QUESTION, *where, cwd=tmp_path, env=with_token),
            run_cli("search", "Noord-Korea", "--json", *where, cwd=tmp_path, env=with_token),
            run_cli("console", *where, cwd=tmp_path, env=with_token, stdin=f"{SOLDIERS_QUESTION}\n/reindex\n/quit\n")]
    for result in runs:
        assert result.returncode == 0, result.stderr
        for secret in secrets_of(token):
            assert secret not in result.stdout + result.stderr


def test_the_settings_never_show_the_token() -> None:
    """What ends up in a traceback's locals or a debug log: repr and str of the settings and the token."""
    from bot.settings import load_settings

    settings = load_settings({"DISCORD_TOKEN": "MTIz.abc.s3cr3t-v4lu3"}, dotenv=False)
    for shown in (repr(settings), str(settings), f"{settings.token}", repr(settings.token)):
        assert "s3cr3t-v4lu3" not in shown
