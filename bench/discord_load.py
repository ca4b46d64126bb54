"""The bot under load: DatelineBot in its own process, driven through the fake Discord.

Why a separate process: the memory the bot needs while serving is the peak resident memory of the
process that runs it, which must not include the fake server or the benchmark; and acknowledgement
latency is only honest when the fake that timestamps callbacks does not share an event loop (or a GIL)
with the bot it measures.

The parent (this module's `run_load`, called by bench.run) starts the fake on 127.0.0.1, builds a world
of guilds and users, and starts `python -m bench.discord_load` (the child: `serve`), which points
discord.py at the fake, runs the unmodified DatelineBot over a copy of the index and answers `memory` /
`quit` on stdin with JSON lines on stdout. Then:

1. a stream of /search, /ask, /quote and /compare (a few at a time), after which the child's peak RSS is
   "the bot's memory while serving";
2. a baseline burst of N concurrent /ask and /search with nothing else running;
3. `/reindex full:true` by an admin, and as soon as it is acknowledged the same burst again: the
   acknowledgement latencies the fake records while the reindex child process (and its build workers)
   compete for the cores.

The fake's 3-second deadline is lifted (to ACK_DEADLINE) so a late acknowledgement is measured instead
of refused; the 3-second count is made here. Request validation against the OpenAPI spec is off: it
would cost the fake CPU per request during the very burst being timed (the e2e tests validate).
Users are all distinct and at most PER_GUILD of them share a guild, so neither the per-user cooldowns
nor the bot's per-guild bound on work in flight turn the burst into instant refusals.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.queries import Query, Workload
from bench.stats import latency_summary

PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: Callbacks later than this are still accepted by the fake, so they can be measured.
ACK_DEADLINE = 60.0
#: Discord's acknowledgement limit.
DISCORD_ACK_LIMIT = 3.0
#: Users per guild in a burst: the bot lets each guild have 4 requests in flight.
PER_GUILD = 4
#: Seconds to wait for the bot to log in and sync, and for answers.
READY_TIMEOUT = 120.0
ANSWER_TIMEOUT = 120.0
STREAM_CONCURRENCY = 2
FLAG_LOADING = 1 << 7


# ==================================================================================================
# The child: the bot.
# ==================================================================================================

def _memory() -> dict[str, float]:
    """This process's current and peak RSS (MB): VmRSS/VmHWM where /proc exists, else ru_maxrss."""
    from bench.stats import own_max_rss_mb, peak_rss_kb, rss_kb

    pid = os.getpid()
    current, peak = rss_kb(pid), peak_rss_kb(pid)
    return {"rss_mb": round(current / 1024, 1) if current else None,
            "peak_rss_mb": round(peak / 1024, 1) if peak else own_max_rss_mb()}


def _say(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


async def serve(args: argparse.Namespace) -> int:
    """Run DatelineBot against the fake at args.api_base until `quit` arrives on stdin."""
    import discord
    import yarl

    from bot.client import DatelineBot
    from bot.settings import Secret, Settings

    discord.http.Route.BASE = args.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(args.gateway)
    settings = Settings(articles_dir=Path(args.articles), index_dir=Path(args.index), token=Secret(args.token))
    bot = DatelineBot(settings, guild_ready_timeout=0.05)
    await bot.login(args.token)
    connect = asyncio.create_task(bot.connect(reconnect=True), name="bench-bot-connect")
    try:
        await asyncio.wait_for(bot.wait_until_ready(), timeout=READY_TIMEOUT)
        _say({"ready": True, "pid": os.getpid(), **_memory()})
        reader = asyncio.StreamReader()
        await asyncio.get_running_loop().connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while line := (await reader.readline()).strip():
            if line == b"memory":
                _say(_memory())
            elif line == b"quit":
                break
    finally:
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError, discord.ConnectionClosed, TimeoutError):
            await asyncio.wait_for(connect, timeout=10)
    _say({"bye": True, **_memory()})
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.discord_load", description="the bot under load (child)")
    for name in ("--api-base", "--gateway", "--token", "--articles", "--index", "--log"):
        parser.add_argument(name, required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, filename=args.log,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return asyncio.run(serve(args))


# ==================================================================================================
# The parent: the fake Discord and the users.
# ==================================================================================================

@dataclass(slots=True)
class Outcome:
    """What happened to one interaction."""

    command: str
    deferred: bool  # acknowledged with "thinking…" (callback 5) rather than the answer itself (4)
    ack_seconds: float | None
    answer_seconds: float | None
    result: str  # answered | private-note (an error or refusal, ephemeral) | unanswered | not-acknowledged


@dataclass(slots=True)
class Bot:
    """The child process running the bot, and the lines it says."""

    process: asyncio.subprocess.Process
    lines: asyncio.Queue[dict[str, Any]] = field(default_factory=asyncio.Queue)
    log: Path | None = None
    pump: asyncio.Task[None] | None = None  # kept: the loop holds tasks only weakly

    async def read(self, timeout: float) -> dict[str, Any]:
        """The bot's next line; an error with its last words if it died instead."""
        line = await asyncio.wait_for(self.lines.get(), timeout=timeout)
        if line.get("eof"):
            stderr = self.log.with_suffix(".stderr") if self.log else None
            tail = stderr.read_text("utf-8", "replace")[-2000:] if stderr and stderr.exists() else ""
            raise RuntimeError(f"the bot process ended unexpectedly: {tail}")
        return line

    async def memory(self) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(b"memory\n")
        await self.process.stdin.drain()
        return await self.read(30)


def command_of(query: Query) -> tuple[str, dict[str, Any]]:
    """The slash command and options a user would type for a benchmark query."""
    if query.op == "search":
        options: dict[str, Any] = {"query": query.text}
        for name in ("source", "place", "advanced"):
            if query.options.get(name):
                options[name] = query.options[name]
        return "search", options
    name = {"quote": "query", "ask": "question", "compare": "topic"}[query.op]
    return query.op, {name: query.text}


def stream_of(workload: Workload, count: int) -> list[Query]:
    """`count` queries interleaved like a server's traffic: half searches, then questions, quotes, charts."""
    pattern = ("search", "ask", "search", "quote", "search", "compare", "search", "ask")
    pools = {op: list(queries) for op, queries in workload.by_op().items()}
    picked: list[Query] = []
    for number in range(count * 2):
        if len(picked) >= count:
            break
        pool = pools[pattern[number % len(pattern)]]
        if pool:
            picked.append(pool.pop(0))
    return picked


def burst_of(workload: Workload, count: int, offset: int) -> list[Query]:
    """/ask and /search alternating (the issue's mix), from `offset` on (wrapping) so two bursts differ."""
    pools = [pool for pool in (workload.ask, workload.search) if pool]
    if not pools:
        return []
    return [pools[number % len(pools)][(offset // 2 + number // 2) % len(pools[number % len(pools)])]
            for number in range(count)]


def _finished(handle: Any) -> bool:
    """Answered (a message or an edited "thinking…"), or told privately why not."""
    callback = handle.callback
    if callback is None:
        return False
    if callback.type == 4 or handle.deleted_original or handle.followup_ids:
        return True
    original = handle.original
    return original is not None and not original.get("flags", 0) & FLAG_LOADING


def _result(handle: Any) -> str:
    if handle.callback is None:
        return "not-acknowledged"
    if not _finished(handle):
        return "unanswered"
    return "private-note" if handle.ephemeral or handle.deleted_original else "answered"


async def _follow(fake: Any, handle: Any, command: str) -> Outcome:
    """Wait for one interaction's acknowledgement and answer; their latencies from dispatch."""
    loop = asyncio.get_running_loop()
    with contextlib.suppress(TimeoutError):
        await handle.wait_callback(timeout=ACK_DEADLINE)
    answered_at = None
    if handle.callback is not None:
        with contextlib.suppress(TimeoutError):
            await fake.wait_for(lambda: _finished(handle), timeout=ANSWER_TIMEOUT, what="an answer")
            answered_at = loop.time()
    deferred = handle.callback is not None and handle.callback.type == 5
    return Outcome(command, deferred, handle.ack_latency,
                   answered_at - handle.dispatched_at if answered_at is not None else None, _result(handle))


async def _interact(fake: Any, query: Query, user: Any, guild: Any) -> Outcome:
    command, options = command_of(query)
    handle = await fake.slash(command, options, user=user, guild=guild)
    return await _follow(fake, handle, command)


def summarize(outcomes: list[Outcome]) -> dict[str, Any]:
    """Acknowledgement and answer latencies, and how many of each result."""
    acks = [item.ack_seconds for item in outcomes if item.ack_seconds is not None]
    answers = [item.answer_seconds for item in outcomes if item.answer_seconds is not None]
    results: dict[str, int] = {}
    for item in outcomes:
        results[item.result] = results.get(item.result, 0) + 1
    ack = latency_summary(acks)
    direct = [item.ack_seconds for item in outcomes if item.ack_seconds is not None and not item.deferred]
    deferred = [item.ack_seconds for item in outcomes if item.ack_seconds is not None and item.deferred]
    return {"interactions": len(outcomes), "ack_p50_ms": ack["p50_ms"], "ack_p99_ms": ack["p99_ms"],
            "ack_max_ms": ack["max_ms"], "acknowledged": len(acks),
            "answered_directly": {"n": len(direct), "ack_p50_ms": latency_summary(direct)["p50_ms"]},
            "deferred": {"n": len(deferred), "ack_p50_ms": latency_summary(deferred)["p50_ms"],
                         "ack_min_ms": round(min(deferred) * 1000, 1) if deferred else None},
            "within_3s": sum(1 for value in acks if value <= DISCORD_ACK_LIMIT),
            "answer": latency_summary(answers), "results": results}


@dataclass(slots=True)
class World:
    """Users in guilds: one user per interaction, at most PER_GUILD users per guild."""

    fake: Any
    seats: list[tuple[Any, Any]] = field(default_factory=list)

    def add(self, count: int, label: str) -> list[tuple[Any, Any]]:
        seats = []
        guild = None
        for number in range(count):
            if number % PER_GUILD == 0:
                guild = self.fake.add_guild(f"{label} {number // PER_GUILD}")
                self.fake.add_text_channel(guild, "nieuws")
            user = self.fake.add_user(f"{label}-{number}")
            self.fake.add_member(guild, user)
            seats.append((user, guild))
        self.seats += seats
        return seats


async def _stream(fake: Any, queries: list[Query], seats: list[tuple[Any, Any]]) -> list[Outcome]:
    gate = asyncio.Semaphore(STREAM_CONCURRENCY)

    async def one(query: Query, seat: tuple[Any, Any]) -> Outcome:
        async with gate:
            return await _interact(fake, query, *seat)

    return list(await asyncio.gather(*(one(query, seat) for query, seat in zip(queries, seats, strict=False))))


async def _burst(fake: Any, queries: list[Query], seats: list[tuple[Any, Any]]) -> list[Outcome]:
    """Dispatch every interaction at once, then follow them all."""
    dispatched = []
    for query, (user, guild) in zip(queries, seats, strict=False):
        command, options = command_of(query)
        dispatched.append((await fake.slash(command, options, user=user, guild=guild), command))
    return list(await asyncio.gather(*(_follow(fake, handle, command) for handle, command in dispatched)))


async def _start_bot(fake: Any, articles: Path, index: Path, log: Path) -> Bot:
    errors = open(log.with_suffix(".stderr"), "wb")  # noqa: SIM115 - the child holds it; closed below
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.discord_load", "--api-base", fake.api_base, "--gateway", fake.gateway_url,
        "--token", fake.token, "--articles", str(articles), "--index", str(index), "--log", str(log),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=errors,
        cwd=str(PROJECT_ROOT), start_new_session=True,  # its own group: the reindex it starts goes with it
        env={key: value for key, value in os.environ.items() if key != "DISCORD_TOKEN"})
    errors.close()  # the child has its own copy
    bot = Bot(process, log=log)

    async def pump() -> None:
        assert process.stdout is not None
        async for raw in process.stdout:
            with contextlib.suppress(ValueError):
                await bot.lines.put(json.loads(raw))
        await bot.lines.put({"eof": True})

    bot.pump = asyncio.get_running_loop().create_task(pump(), name="bench-bot-stdout")
    return bot


async def _stop_bot(bot: Bot) -> dict[str, Any]:
    """Ask the bot to quit, then end whatever it started (a reindex still running) by its process group."""
    final: dict[str, Any] = {}
    assert bot.process.stdin is not None
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        bot.process.stdin.write(b"quit\n")
        await bot.process.stdin.drain()
    with contextlib.suppress(TimeoutError, RuntimeError):
        final = await bot.read(30)
    try:
        await asyncio.wait_for(bot.process.wait(), timeout=30)
    except TimeoutError:
        bot.process.kill()
        await bot.process.wait()
    group = bot.process.pid
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(group, sig)
        except ProcessLookupError:
            break
        for _ in range(50):
            await asyncio.sleep(0.1)
            try:
                os.killpg(group, 0)
            except ProcessLookupError:
                return final
    return final


async def _reindex_and_burst(fake: Any, queries: list[Query], seats: list[tuple[Any, Any]]) -> dict[str, Any]:
    """/reindex full:true by the admin, and as soon as it is acknowledged, the burst.

    Whether the reindex really ran during the burst is checked, not assumed: at small sizes it can end
    first, and then the numbers say nothing about acknowledging while reindexing."""
    loop = asyncio.get_running_loop()
    reindex = await fake.slash("reindex", {"full": True}, user=fake.user("mod"), guild=fake.guild)
    await reindex.wait_callback(timeout=30)
    burst_started = loop.time()
    finished_at: list[float] = []

    async def watch() -> None:
        await fake.wait_for(lambda: bool(reindex.original and reindex.original.get("embeds")),
                            timeout=24 * 3600.0, what="the reindex report")
        finished_at.append(loop.time())

    watcher = loop.create_task(watch(), name="bench-reindex-watch")
    try:
        outcomes = await _burst(fake, queries, seats)
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError, TimeoutError):
            await watcher
    acks = [item.ack_seconds for item in outcomes if item.ack_seconds is not None]
    last_ack = burst_started + max(acks, default=0.0)
    return {**summarize(outcomes),
            "reindex_running_through_acks": not finished_at or finished_at[0] > last_ack,
            "reindex_finished_during_burst": bool(finished_at),
            "reindex_ack_ms": round((reindex.ack_latency or 0) * 1000, 1)}


async def run_load(articles: Path, index: Path, workload: Workload, *, stream: int, burst: int,
                   work: Path) -> dict[str, Any]:
    """The whole Discord part; returns the bot's memory and the latencies (see the module docstring)."""
    from tests.fakediscord import FakeDiscord

    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    async with FakeDiscord(validate=False, ack_deadline=ACK_DEADLINE) as fake:
        world = World(fake)
        stream_seats, baseline_seats, loaded_seats = world.add(stream, "stream"), world.add(burst, "calm"), \
            world.add(burst, "busy")
        bot = await _start_bot(fake, articles, index, work / "bot.log")
        try:
            ready = await bot.read(READY_TIMEOUT)
            outcomes = await _stream(fake, stream_of(workload, stream), stream_seats)
            serving = await bot.memory()
            baseline = summarize(await _burst(fake, burst_of(workload, burst, 0), baseline_seats))
            under_reindex = await _reindex_and_burst(fake, burst_of(workload, burst, burst), loaded_seats)
            after = await bot.memory()
        finally:
            final = await _stop_bot(bot)
    return {"bot_ready_rss_mb": ready.get("rss_mb"), "serving": {**summarize(outcomes), **serving},
            "peak_rss_mb_after_reindex_burst": after.get("peak_rss_mb"), "final": final,
            "burst_baseline": baseline, "burst_under_reindex": under_reindex,
            "seconds": round(time.perf_counter() - started, 1)}


if __name__ == "__main__":
    raise SystemExit(main())
