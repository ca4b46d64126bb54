"""Starting the bot: a missing or rejected token ends with one line and an exit code, never a traceback,
and the token is never printed or logged."""

from __future__ import annotations

import asyncio
import logging
import signal
from dataclasses import replace
from pathlib import Path

import pytest

from bot.client import SYNC_STATE_FILE
from bot.runner import EXIT_SETTINGS, run_bot
from bot.settings import PROJECT_ROOT, Secret, Settings
from tests.bot.conftest import PROCESS_TIMEOUT, run_cli
from tests.fakediscord import FakeDiscord
from tests.fakediscord.fixtures import FakeFactory
from tests.reliability.conftest import (
    child_environment,
    driver_command,
    mark,  # noqa: F401 - the fixture
)

REJECTED = ("Dateline: Discord rejected DISCORD_TOKEN. Reset the token in the Discord developer portal "
            "(Bot -> Reset Token) and put the new one in .env.")


@pytest.mark.usefixtures("restore_logging")
async def test_a_rejected_token_ends_with_one_line_and_exit_2(fake_discord: FakeFactory, settings: Settings,
                                                              capsys: pytest.CaptureFixture[str],
                                                              caplog: pytest.LogCaptureFixture) -> None:
    fake = await fake_discord()
    token = "MTMzNzEzMzcxMzM3MTMzNzEz.GrEjEc.t0k3n-th4t-d1sc0rd-d03s-n0t-kn0w-xYz"
    caplog.set_level(logging.DEBUG)
    code = await asyncio.to_thread(run_bot, replace(settings, token=Secret(token)))  # it runs its own loop
    out, err = capsys.readouterr()
    assert code == EXIT_SETTINGS == 2
    assert out == "" and err.splitlines() == [REJECTED]
    login = fake.requests_matching("GET", r"^/users/@me$")
    assert [request.status for request in login] == [401] and not login[0].auth_valid
    assert fake.gateway.stats.connections == 0
    logged = caplog.text + "".join(repr(record.__dict__) for record in caplog.records)
    for secret in (token, token.split(".")[-1]):
        assert secret not in out + err + logged


def test_a_missing_token_ends_with_one_line(tmp_path: Path) -> None:
    result = run_cli("bot", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "Dateline: DISCORD_TOKEN is not set: put it in .env (see .env.example)"]


def test_an_invalid_setting_ends_with_one_line_naming_it(tmp_path: Path) -> None:
    result = run_cli("bot", cwd=tmp_path, env={"DISCORD_TOKEN": "x.y.z", "DATELINE_ADMIN_USER_IDS": "123,abc"})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "Dateline: DATELINE_ADMIN_USER_IDS must be comma-separated numeric ids; 'abc' is not one"]
    assert "x.y.z" not in result.stdout + result.stderr


GLOBAL_PUT = r"^/applications/\d+/commands$"


async def start_and_stop(fake: FakeDiscord, settings: Settings, tmp_path: Path, marker: str, *args: str) -> None:
    """`run_bot.py ARGS` in a child process against the fake until it answers a command (its setup, with any
    command sync, is done by then), then stopped as with Ctrl-C."""
    environment = child_environment(DISCORD_TOKEN=fake.token, DATELINE_ARTICLES_DIR=str(settings.articles_dir),
                                    DATELINE_INDEX_DIR=str(settings.index_dir), DATELINE_TEST_MARK=marker,
                                    PYTHONPATH=str(PROJECT_ROOT))
    before = fake.gateway.stats.identifies
    process = await asyncio.create_subprocess_exec(
        *driver_command("--fake-discord", fake.api_base, fake.gateway_url, args=list(args)),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE, cwd=tmp_path, env=environment)
    assert process.stderr is not None
    errors = asyncio.ensure_future(process.stderr.read())
    try:
        await fake.wait_for(lambda: process.returncode is not None or fake.gateway.stats.identifies > before,
                            timeout=PROCESS_TIMEOUT, what=f"run_bot.py {' '.join(args)} to log in")
        assert process.returncode is None, "the bot ended at start"
        ready = await fake.slash("help", locale="nl")  # answered: the bot is up, its start-up is over
        await ready.wait_callback(timeout=PROCESS_TIMEOUT)
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(process.wait(), PROCESS_TIMEOUT)
        except TimeoutError:
            process.kill()
            await process.wait()
        stderr = (await errors).decode("utf-8", "replace")
    assert process.returncode == 0, stderr[-3000:]


@pytest.mark.parametrize("args", [("--sync",), ("bot", "--sync")])
async def test_run_bot_with_sync_syncs_commands_that_did_not_change(fake_discord: FakeFactory, settings: Settings,
                                                                    tmp_path: Path, mark: str,  # noqa: F811
                                                                    args: tuple[str, ...]) -> None:
    """A first start syncs (nothing was synced yet); a second would not (tests/bot/test_e2e_sync.py), unless
    `--sync` forces it."""
    fake = await fake_discord()
    await start_and_stop(fake, settings, tmp_path, mark, "bot")
    assert (settings.index_dir / SYNC_STATE_FILE).is_file()
    await start_and_stop(fake, settings, tmp_path, mark, *args)
    puts = fake.requests_matching("PUT", GLOBAL_PUT)
    assert [put.status for put in puts] == [200, 200] and puts[0].json == puts[1].json
