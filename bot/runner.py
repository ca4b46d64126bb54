"""Starting the bot from `run_bot.py`: one line and an exit code for every way it can fail to start.

Discord out of reach at login (no network, a DNS failure, connection refused, a 5xx answer) is a wait, not
a failure: each attempt says so in one line, without a traceback, and the next comes after a capped
exponential back-off, so a supervisor such as systemd sees a service waiting for the network, not a crash
loop. A rejected token ends at once (retrying cannot fix it), with its own line and exit code. Once logged
in, discord.py itself reconnects the gateway when the connection drops.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Iterable, Iterator

import aiohttp
import discord

from bot.client import DatelineBot
from bot.exit_codes import EXIT_UNAVAILABLE, EXIT_USAGE
from bot.logs import redact_secrets
from bot.settings import Settings, SettingsError
from bot.texts import text

log = logging.getLogger(__name__)

#: Seconds before the first new attempt to reach Discord; each later wait doubles, up to RETRY_CAP.
FIRST_RETRY = 10.0
RETRY_CAP = 300.0

#: How "Discord cannot be reached" shows: aiohttp's connection errors (DNS failures and refused connections
#: are OSErrors too), time-outs, and Discord answering 5xx.
UNREACHABLE = (aiohttp.ClientError, OSError, TimeoutError, discord.DiscordServerError)


class DiscordUnreachable(Exception):
    """Discord stayed out of reach for every attempt the back-off allowed."""


def backoff(first: float = FIRST_RETRY, cap: float = RETRY_CAP) -> Iterator[float]:
    """The waits between attempts: 10, 20, 40, … seconds, never more than `cap`, for as long as it takes."""
    delay = first
    while True:
        yield delay
        delay = min(cap, delay * 2)


def unreachable_reason(error: BaseException) -> str:
    """What went wrong, on one line: 'HTTP 503', or aiohttp's 'Cannot connect to host discord.com:443 …'."""
    if isinstance(error, discord.HTTPException):
        return f"HTTP {error.status}"
    return " ".join(str(error).split()) or type(error).__name__


async def serve(settings: Settings, sync: bool = False, retry_delays: Iterable[float] | None = None) -> None:
    """Log in (again after each wait in `retry_delays` while Discord is out of reach), then run until stopped.

    Each attempt uses a fresh bot, closed after a failed login, so nothing of a failed attempt (its HTTP
    session, its reader threads) lingers. DiscordUnreachable when the waits run out (the default never does)."""
    assert settings.token is not None
    token = settings.token.reveal()
    delays = iter(backoff() if retry_delays is None else retry_delays)
    while True:
        async with DatelineBot(settings, force_sync=sync) as bot:
            try:
                await bot.login(token)
            except UNREACHABLE as error:
                reason = unreachable_reason(error)
                log.debug("login failed", exc_info=True)
            else:
                await bot.connect()
                return
        delay = next(delays, None)
        if delay is None:
            raise DiscordUnreachable(reason)
        print(f"Dateline: {text(settings.language, 'discord_unreachable', reason=reason, seconds=f'{delay:g}')}",
              file=sys.stderr, flush=True)
        await asyncio.sleep(delay)


def run_bot(settings: Settings, sync: bool = False, retry_delays: Iterable[float] | None = None) -> int:
    """Run until stopped; a missing or rejected token ends with one line that says what to do.

    `retry_delays`: the waits between attempts to reach Discord (default: `backoff()`, for ever)."""
    if settings.token is None:
        print(f"Dateline: {SettingsError('DISCORD_TOKEN is not set: put it in .env (see .env.example)')}",
              file=sys.stderr)
        return EXIT_USAGE
    redact_secrets(settings.token.reveal())
    try:
        asyncio.run(serve(settings, sync, retry_delays))
    except discord.LoginFailure:
        print("Dateline: Discord rejected DISCORD_TOKEN. Reset the token in the Discord developer portal "
              "(Bot -> Reset Token) and put the new one in .env.", file=sys.stderr)
        return EXIT_USAGE
    except discord.PrivilegedIntentsRequired:
        print("Dateline: Discord refused an intent; this bot needs no privileged intents.", file=sys.stderr)
        return EXIT_USAGE
    except DiscordUnreachable as error:
        print(f"Dateline: {text(settings.language, 'discord_gave_up', reason=error)}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except KeyboardInterrupt:
        log.info("stopped")
    return 0
