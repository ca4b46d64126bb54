"""Starting the bot: a missing or rejected token ends with one line and an exit code, never a traceback,
and the token is never printed or logged."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from bot.exit_codes import EXIT_USAGE
from bot.runner import run_bot
from bot.settings import Secret, Settings
from tests.bot.conftest import run_cli
from tests.fakediscord.fixtures import FakeFactory

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
    assert code == EXIT_USAGE == 2
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
