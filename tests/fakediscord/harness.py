"""Running a real discord.py client against the fake, with clean startup and shutdown.

`bot.login()` must come before `connect()` (or `wait_until_ready()` raises), a failed connect must
fail the test instead of hanging it, and close() must be awaited with the connect task so no task,
thread or session outlives the test (this project's pytest turns such warnings into errors).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import discord

from .server import FakeDiscord


@contextlib.asynccontextmanager
async def run_bot(
    bot: discord.Client, fake: FakeDiscord, *, token: str | None = None, ready_timeout: float = 5.0
) -> AsyncIterator[discord.Client]:
    """Log `bot` in to `fake`, connect it, wait for on_ready, and close it cleanly on exit.

    discord.py must already point at the fake (`with fake.patched():` or the fixture).
    """
    await bot.login(token if token is not None else fake.token)
    connect = asyncio.create_task(bot.connect(reconnect=True), name="fakediscord-bot-connect")
    ready = asyncio.create_task(bot.wait_until_ready(), name="fakediscord-bot-ready")
    try:
        done, _ = await asyncio.wait({connect, ready}, timeout=ready_timeout, return_when=asyncio.FIRST_COMPLETED)
        if connect in done:
            connect.result()  # re-raises why the client gave up
            raise RuntimeError("fakediscord: the bot's connect() returned before it was ready")
        if ready not in done:
            raise TimeoutError(f"fakediscord: bot not ready after {ready_timeout}s")
        yield bot
    finally:
        ready.cancel()
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError):
            await ready
        if not connect.done():
            with contextlib.suppress(asyncio.CancelledError, discord.ConnectionClosed, TimeoutError):
                await asyncio.wait_for(connect, timeout=5.0)
        elif not connect.cancelled():
            connect.exception()  # mark retrieved: it was re-raised above when it mattered
