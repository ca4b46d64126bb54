"""Starting the bot from `run_bot.py`: one line and an exit code for every way it can fail to start."""

from __future__ import annotations

import asyncio
import logging
import sys

import discord

from bot.client import DatelineBot
from bot.exit_codes import EXIT_USAGE
from bot.logs import redact_secrets
from bot.settings import Settings, SettingsError

log = logging.getLogger(__name__)


async def _main(settings: Settings, sync: bool) -> None:
    assert settings.token is not None
    async with DatelineBot(settings, force_sync=sync) as bot:
        await bot.start(settings.token.reveal())


def run_bot(settings: Settings, sync: bool = False) -> int:
    """Run until stopped; a missing or rejected token ends with one line that says what to do."""
    if settings.token is None:
        print(f"Dateline: {SettingsError('DISCORD_TOKEN is not set: put it in .env (see .env.example)')}",
              file=sys.stderr)
        return EXIT_USAGE
    redact_secrets(settings.token.reveal())
    try:
        asyncio.run(_main(settings, sync))
    except discord.LoginFailure:
        print("Dateline: Discord rejected DISCORD_TOKEN. Reset the token in the Discord developer portal "
              "(Bot -> Reset Token) and put the new one in .env.", file=sys.stderr)
        return EXIT_USAGE
    except discord.PrivilegedIntentsRequired:
        print("Dateline: Discord refused an intent; this bot needs no privileged intents.", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        log.info("stopped")
    return 0
