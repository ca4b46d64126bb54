"""Starting the bot: a missing or rejected token ends with one line and an exit code, never a traceback,
and the token is never printed or logged; Discord out of reach (no network, DNS, refused, 5xx) is one line per
attempt and a retry after a capped back-off."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import replace
from itertools import islice
from pathlib import Path

import discord
import pytest

from bot.client import SYNC_STATE_FILE
from bot.exit_codes import EXIT_UNAVAILABLE, EXIT_USAGE
from bot.runner import backoff, run_bot, serve
from bot.settings import DOCUMENTED, PROJECT_ROOT, Secret, Settings
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


TOKEN = "MTMzNzEzMzcxMzM3MTMzNzEz.GrEjEc.t0k3n-th4t-n3v3r-g3ts-th3r3-xYz"
RETRY_LINE = re.compile(
    r"Dateline: Discord is niet bereikbaar \((?P<reason>[^\n]+)\); nieuwe poging over (?P<seconds>[\d.]+) s")


def closed_port() -> int:
    """A loopback port nobody listens on (connection refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_back_off_doubles_from_10_s_up_to_5_minutes() -> None:
    assert list(islice(backoff(), 8)) == [10, 20, 40, 80, 160, 300, 300, 300]


@pytest.mark.usefixtures("restore_logging")
@pytest.mark.parametrize("unreachable", ["refused", "dns"])
async def test_unreachable_discord_is_one_line_per_attempt_then_retried(unreachable: str, settings: Settings,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str],
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    host = f"127.0.0.1:{closed_port()}" if unreachable == "refused" else "discord.invalid:443"
    scheme = "http" if unreachable == "refused" else "https"
    monkeypatch.setattr(discord.http.Route, "BASE", f"{scheme}://{host}/api/v10")
    caplog.set_level(logging.DEBUG)
    code = await asyncio.to_thread(run_bot, replace(settings, token=Secret(TOKEN)), retry_delays=[0.01, 0.02, 0.04])
    out, err = capsys.readouterr()
    assert code == EXIT_UNAVAILABLE
    lines = err.splitlines()
    assert len(lines) == 4 and "Traceback" not in err
    retries = [RETRY_LINE.fullmatch(line) for line in lines[:3]]
    assert all(retries) and [match["seconds"] for match in retries if match] == ["0.01", "0.02", "0.04"]
    assert all(f"Cannot connect to host {host}" in match["reason"] for match in retries if match)
    assert lines[3].startswith("Dateline: Discord bleef onbereikbaar (Cannot connect to host")
    logged = caplog.text + "".join(repr(record.__dict__) for record in caplog.records)
    for secret in (TOKEN, TOKEN.split(".")[-1]):
        assert secret not in out + err + logged


async def test_a_5xx_at_login_is_retried_until_discord_answers(fake_discord: FakeFactory, settings: Settings,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    fake = await fake_discord()
    fake.fail_next("GET", r"^/users/@me$", status=503, times=2)
    running = asyncio.create_task(serve(replace(settings, token=Secret(fake.token)), retry_delays=[0.01] * 5))
    try:
        await fake.wait_identified(timeout=30)
    finally:
        running.cancel()  # as Ctrl-C does
        with contextlib.suppress(asyncio.CancelledError):
            await running
    assert [request.status for request in fake.requests_matching("GET", r"^/users/@me$")] == [503, 503, 200]
    assert capsys.readouterr().err.splitlines() == [
        "Dateline: Discord is niet bereikbaar (HTTP 503); nieuwe poging over 0.01 s"] * 2
    assert fake.gateway.stats.identifies == 1


#: What no network looks like: nothing answers at Discord's address. A closed port on loopback refuses at
#: once. An unresolvable name ("discord.invalid", before) depends on the machine's resolver: it usually
#: fails in milliseconds, but once kept this test waiting past its minute with no line said, and Ctrl-C
#: cannot interrupt a lookup in progress (the bot then outlived the 30 s it is given to stop).
UNREACHABLE_DISCORD = """
import discord.http

discord.http.Route.BASE = "http://127.0.0.1:{port}/api/v10"
"""


def test_run_bot_py_without_network_waits_and_says_so_without_a_traceback(tmp_path: Path) -> None:
    """`python run_bot.py` with a token and no reachable Discord: one line, then waiting (10 s) for the next
    attempt instead of a crash; Ctrl-C ends it cleanly."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    port = closed_port()
    (hooks / "sitecustomize.py").write_text(UNREACHABLE_DISCORD.format(port=port), encoding="utf-8")
    environment = {key: value for key, value in os.environ.items() if key not in DOCUMENTED}
    environment.update({"DISCORD_TOKEN": TOKEN, "PYTHONIOENCODING": "utf-8",
                        "PYTHONPATH": os.pathsep.join([str(hooks), str(PROJECT_ROOT)]),
                        "DATELINE_INDEX_DIR": str(tmp_path / "index")})
    process = subprocess.Popen([sys.executable, str(PROJECT_ROOT / "run_bot.py")], cwd=tmp_path, env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    lines: queue.Queue[str] = queue.Queue()
    assert process.stderr is not None
    reader = threading.Thread(target=lambda: [lines.put(line) for line in process.stderr], daemon=True)
    reader.start()
    seen: list[str] = []
    try:
        deadline = time.monotonic() + 60
        while not any(line.startswith("Dateline: ") for line in seen) and time.monotonic() < deadline:
            with contextlib.suppress(queue.Empty):
                seen.append(lines.get(timeout=1))
        process.send_signal(signal.SIGINT)
        out, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    reader.join(timeout=5)
    while not lines.empty():
        seen.append(lines.get())
    err = "".join(seen)
    said = [line.rstrip("\n") for line in seen if line.startswith("Dateline: ")]
    assert len(said) == 1, err
    match = RETRY_LINE.fullmatch(said[0])
    assert match and match["seconds"] == "10" and f"127.0.0.1:{port}" in match["reason"], said
    assert "Traceback" not in err and process.returncode == 0, err
    assert TOKEN not in out + err and TOKEN.split(".")[-1] not in out + err


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
