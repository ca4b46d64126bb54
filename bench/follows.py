"""Follows: how long from a file's last write to its post, and what 100 follows cost on a reindex.

    python -m bench.follows --size 10k     # or 1k, 100k; --runs N files timed (default 20)

On the cached corpus and index of `bench.run` (built first when absent), in a work copy:

- latency: a new article file written in two pieces into the watched folder, one follow per file (each in
  its own channel, so the per-channel budget never holds a post back); the time from the last write to
  the moment the desk hands the post to its courier. That is the watcher's settling, the reindex child
  process, finding the new story and matching it, and the state database's writes; Discord's own HTTP
  round trip is not in it (the courier records instead of sending).
- cost of follows: 10 new files (bench.generate.mutate_corpus) indexed, then the new stories looked for
  and matched with 1 follow and with 100 follows (topics drawn from the corpus's headlines), timed on its
  own (in the bot the look runs right after the reindex, before the index is warmed for reads).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from bench.run import (
    DEFAULT_CACHE,
    Options,
    cached_index,
    copy_index,
    link_tree,
    measure_build,
    parse_size,
    prepare_corpus,
)
from bench.stats import latency_summary, machine
from bot.follows import FollowDesk
from bot.service import Librarian
from bot.settings import Settings
from bot.state import Follow, StateDB
from bot.watcher import ArticleWatcher
from index.models import Hit


class Recorder:
    """A courier that notes when each story would have been posted."""

    console = False

    def __init__(self) -> None:
        self.posted: dict[str, float] = {}
        self.arrived = asyncio.Event()

    async def post(self, follow: Follow, hit: Hit, key: str) -> int:
        self.posted[hit.story_id] = time.monotonic()
        self.arrived.set()
        return 0

    async def digest(self, follow: Follow, hits: list[Hit], key: str) -> int:
        for hit in hits:
            await self.post(follow, hit, key)
        return 0

    async def landed(self, follow: Follow, key: str) -> bool | None:
        return True


async def _latencies(librarian: Librarian, desk: FollowDesk, recorder: Recorder, articles: Path,
                     runs: int) -> list[float]:
    seconds = []
    for run in range(runs):
        word = f"benchvolgwoord{run}"
        await desk.follow(guild_id=1, channel_id=1000 + run, topic=word, source=None, place=None, created_by=None,
                          language="nl")
        text = (f"date: 2030-01-01T{run % 24:02d}:00:00+01:00\nsource: ANP\n\nNieuws over {word}\n"
                f"AMSTERDAM (ANP) - Een bericht over {word} en nog wat tekst om het echt te maken.\n")
        path = articles / f"bench-follow-{run}.txt"
        with path.open("w", encoding="utf-8") as handle:
            handle.write(text[: len(text) // 2])
            handle.flush()
            await asyncio.sleep(0.2)
            handle.write(text[len(text) // 2:])
        last_write = time.monotonic()
        before = len(recorder.posted)
        async with asyncio.timeout(120):
            while len(recorder.posted) == before:
                recorder.arrived.clear()
                await recorder.arrived.wait()
        seconds.append(max(recorder.posted.values()) - last_write)
        print(f"[bench] follow post {run + 1}/{runs}: {seconds[-1] * 1000:.0f} ms", file=sys.stderr, flush=True)
    return seconds


async def _cost_of_follows(librarian: Librarian, state: StateDB, articles: Path) -> dict[str, Any]:
    """A reindex of 10 new files, then the desk's look for new stories with 1 and with 100 follows."""
    from bench.generate import mutate_corpus

    result: dict[str, Any] = {}
    headlines = [headline for _, headline in await librarian.headlines("")]
    topics = [" ".join(headline.split()[:2]) for headline in headlines if len(headline.split()) >= 2][:100]
    for count, seed in ((1, 901), (100, 902)):
        desk = FollowDesk(librarian, state, Recorder())
        await desk.observe(force=True)
        for follow in state.follows():
            state.remove_follow(follow.guild_id, follow.id)
        for number, topic in enumerate(topics[:count]):
            await desk.follow(guild_id=2, channel_id=5000 + number, topic=topic, source=None, place=None,
                              created_by=None, language="nl")
        mutate_corpus(articles, 10, seed)
        started = time.perf_counter()
        await librarian.refresh()
        reindexed = time.perf_counter() - started
        await librarian.warmed()  # the look is timed alone (in the bot it comes before the warm-up)
        started = time.perf_counter()
        await desk.observe()
        observed = time.perf_counter() - started
        queued = len(state.queued(console=False))
        result[f"{count}_follows"] = {"reindex_ms": round(reindexed * 1000, 1), "observe_ms": round(observed * 1000, 1),
                                      "posts_queued": queued}
    return result


async def measure(articles: Path, index: Path, work: Path, runs: int) -> dict[str, Any]:
    settings = Settings(articles_dir=articles, index_dir=index, state_db=work / "state.sqlite3")
    librarian = Librarian(settings)
    await librarian.start(wait=True)
    state = StateDB(settings.state_path)
    recorder = Recorder()
    desk = FollowDesk(librarian, state, recorder)
    await desk.start()
    watcher = asyncio.create_task(ArticleWatcher(articles, librarian.refresh).run())
    try:
        await asyncio.sleep(2.0)  # the watcher's first round
        latencies = await _latencies(librarian, desk, recorder, articles, runs)
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        await desk.close()
        cost = await _cost_of_follows(librarian, state, articles)
    finally:
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        await desk.close()
        state.close()
        await librarian.close()
    return {"last_write_to_post": latency_summary(latencies), "follows_on_a_reindex_of_10_files": cost}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.follows", description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=parse_size, default=parse_size("10k"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args(argv)
    options = Options(stories=args.size, cache=args.cache)
    corpus, _ = prepare_corpus(options)
    if not (options.root / "index" / "CURRENT").is_file():
        measure_build(corpus, options)
    work = options.root / "work" / "follows"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    articles = link_tree(corpus, work / "articles")
    index = work / "index"
    copy_index(cached_index(options), index, articles)
    result = asyncio.run(measure(articles, index, work, args.runs))
    result.update({"stories": args.size, "machine": machine()})
    print(json.dumps(result, indent=2))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
