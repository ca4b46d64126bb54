"""Fixtures for the bot's tests: a started fake Discord and a DatelineBot over a small real library.

Each e2e test gets its own fake (function-scoped loop) and its own copy of the bundled sample articles
and of an index built once per session, so no state leaks between tests and no test pays for a build
it does not need. At the end of every test that used the fake, `assert_played_by_the_rules` checks
what Discord would check: no invalid bodies, no late or repeated acknowledgements, nothing that pings.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import pytest_asyncio

from bot.client import DatelineBot
from bot.service import PER_GUILD_CONCURRENCY, Librarian
from bot.settings import DOCUMENTED, PROJECT_ROOT, Secret, Settings
from index.library import Library
from tests.conftest import SAMPLE
from tests.fakediscord import FakeDiscord, run_bot
from tests.fakediscord.fixtures import FakeFactory, fake_discord  # noqa: F401 - the fixture
from tests.fakediscord.records import SentMessage

#: The README's limits: "per server, four requests run at once and up to 32 wait their turn" (pinned here,
#: not read from bot.service, so a changed limit fails the tests until the README says so too).
RUNNING_PER_SERVER, WAITING_PER_SERVER = 4, 32
#: How long a test waits for an answer that involves a child process (reindex, ingest). A bound on waiting,
#: not a performance claim: on a machine whose both cores are busy elsewhere a reindex child's start and run
#: once took over 20 s (test_secrets, a clean-clone CI run beside a fitting job), and since the bot runs its
#: reindex child at low priority (niceness 10, `bot.commands.BACKGROUND_NICENESS`) one took over 60 s beside
#: another job (test_secrets again), so the bound is generous: a passing test does not wait for it.
PROCESS_TIMEOUT = 180.0

#: A question the bundled articles answer, and what the answer and its quote say.
SOLDIERS_QUESTION = "hoeveel Noord-Koreaanse soldaten zitten in Rusland?"
UNANSWERABLE = "wie won de Tour de France in 1998?"


def copy_articles(source: Path, target: Path) -> Path:
    """A copy of an articles folder with its file times, so a copied index sees it unchanged."""
    shutil.copytree(source, target, copy_function=shutil.copy2)
    return target


def build_index(articles: Path, index: Path) -> Path:
    library = Library(articles, index)
    try:
        library.ensure_index()
    finally:
        library.close()
    return index


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the bundled sample articles, built once; tests get copies."""
    root = tmp_path_factory.mktemp("sample")
    articles = copy_articles(SAMPLE, root / "articles")
    return build_index(articles, root / "index")


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """This test's own copy of the bundled sample articles (the two seed pages with front matter)."""
    return copy_articles(SAMPLE, tmp_path / "articles")


@pytest.fixture
def index_dir(tmp_path: Path, sample_index: Path, articles: Path) -> Path:
    """This test's own index of `articles` (a copy of the session's build)."""
    target = tmp_path / "index"
    shutil.copytree(sample_index, target)
    return target


@pytest.fixture
def settings(articles: Path, index_dir: Path) -> Settings:
    """Settings as a deployment would have them; the token is filled in per fake."""
    return Settings(articles_dir=articles, index_dir=index_dir, language="nl")


@pytest.fixture
def clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No DATELINE_*/DISCORD_* variables, no `.env` from the developer's checkout, and every change
    to os.environ (python-dotenv writes into it) undone afterwards."""
    import bot.settings

    project = tmp_path / "project"
    project.mkdir()
    monkeypatch.setattr(bot.settings, "PROJECT_ROOT", project)
    monkeypatch.chdir(tmp_path)
    with mock.patch.dict(os.environ):
        for name in bot.settings.DOCUMENTED:
            os.environ.pop(name, None)
        yield tmp_path


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Undo what `redact_secrets` (and logging.basicConfig in `cli.main`) do to logging."""
    import logging

    root = logging.getLogger()
    handlers, filters, level = list(root.handlers), list(root.filters), root.level
    handler_filters = {handler: list(handler.filters) for handler in handlers}
    factory = logging.getLogRecordFactory()
    yield
    logging.setLogRecordFactory(factory)
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.filters[:] = filters
    root.setLevel(level)
    for handler, kept in handler_filters.items():
        handler.filters[:] = kept


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str = "",
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`python run_bot.py ARGS` in a child process with a clean environment (no token, no .env values). Lone
    surrogates in `stdin` go as the bytes they stand for ("\udcff": 0xFF, no UTF-8), as a terminal may send."""
    environment = {key: value for key, value in os.environ.items()
                   if key not in DOCUMENTED and not key.startswith("FAKEDISCORD")}
    environment.update({"DISCORD_TOKEN": "", "PYTHONIOENCODING": "utf-8", **(env or {})})
    return subprocess.run([sys.executable, str(PROJECT_ROOT / "run_bot.py"), *args], cwd=cwd, env=environment,
                          input=stdin, capture_output=True, text=True, encoding="utf-8", errors="surrogateescape",
                          timeout=timeout, check=False)


# -- the fake and the bot ----------------------------------------------------------------------------


def assert_played_by_the_rules(fake: FakeDiscord) -> None:
    """What Discord enforces, checked over everything the bot did in one test."""
    assert fake.internal_errors == []
    assert fake.violations == [], fake.violations
    assert fake.errors == [], fake.errors  # no 10062 (late), 40060 (twice), 10015, 50006, 50035 ...
    for handle in fake.interactions.values():
        assert handle.callback is not None, f"never acknowledged: {handle!r} {handle.payload['data']}"
        # The one time bound, Discord's own (the fake answers a later callback with 10062, an error above).
        assert handle.ack_latency is not None and handle.ack_latency < fake.ack_deadline, handle
    sent = fake.messages_sent()
    loud = [message for message in sent if not message.pings_nobody]
    assert loud == [], [(message.kind, message.allowed_mentions) for message in loud]


@pytest_asyncio.fixture
async def fake(fake_discord: FakeFactory) -> AsyncIterator[FakeDiscord]:  # noqa: F811
    """A started fake Discord that discord.py points at, checked at the end of the test."""
    started = await fake_discord()
    yield started
    assert_played_by_the_rules(started)


@contextlib.asynccontextmanager
async def running(fake: FakeDiscord, settings: Settings, *, bot_class: type[DatelineBot] = DatelineBot,
                  **options: Any) -> AsyncIterator[DatelineBot]:
    """A DatelineBot logged in to `fake` and ready; closed cleanly (views stopped) on exit."""
    settings = replace(settings, token=Secret(fake.token))
    bot = bot_class(settings, guild_ready_timeout=0.01, **options)
    async with run_bot(bot, fake, ready_timeout=15):
        try:
            yield bot
        finally:
            stop_views(bot)


async def listening(bot: DatelineBot, message: dict[str, Any], fake: FakeDiscord) -> None:
    """Wait until the bot listens to `message`'s buttons and selects.

    discord.py registers a view when the answer to its callback comes back, which can be just after the
    fake stored the message (and a test saw it); a test pressing at once would beat it, a person never."""
    views = bot._connection._view_store._views
    await fake.wait_for(lambda: int(message["id"]) in views, what=f"the bot to listen to message {message['id']}")


async def time_out_now(bot: DatelineBot, message: dict[str, Any], fake: FakeDiscord) -> None:
    """Let the view on `message` time out now, as if its user had walked away: the view keeps its real
    timeout until the test says so, instead of a short one racing the test on a slow machine."""
    await listening(bot, message, fake)
    bot._connection._view_store._synced_message_views[int(message["id"])].timeout = 0.01


def stop_views(bot: DatelineBot) -> None:
    """Stop the views still waiting for presses (their timeout tasks would outlive the test)."""
    store = bot._connection._view_store
    for view in list(store._synced_message_views.values()):
        view.stop()


@dataclass
class Dateline:
    """One running bot and its world, as a test sees it."""

    fake: FakeDiscord
    bot: DatelineBot
    settings: Settings

    @property
    def articles(self) -> Path:
        return self.settings.articles_dir

    @property
    def index(self) -> Path:
        return self.settings.index_dir


@pytest_asyncio.fixture
async def dateline(fake: FakeDiscord, settings: Settings) -> AsyncIterator[Dateline]:
    """The bot over the sample articles, logged in to a fresh fake, commands synced."""
    async with running(fake, settings) as bot:
        yield Dateline(fake, bot, bot.settings)


# -- helpers for assertions ----------------------------------------------------------------------


def plain(text: str) -> str:
    """Embed text as a reader sees it: without our bold marks and markdown escapes."""
    return text.replace("**", "").replace("\\", "")


def embed_text(message: dict[str, Any]) -> str:
    """Everything a reader sees of a message's embeds, as plain text."""
    parts: list[str] = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", (embed.get("author") or {}).get("name") or "",
                  embed.get("description") or "", (embed.get("footer") or {}).get("text") or ""]
        for field in embed.get("fields") or []:
            parts += [field["name"], field["value"]]
    return plain("\n".join(part for part in parts if part))


def has_embeds(message: dict[str, Any]) -> bool:
    return bool(message.get("embeds"))


def sent_for(fake: FakeDiscord, interaction_id: int) -> list[SentMessage]:
    return [message for message in fake.messages_sent() if message.interaction_id == interaction_id]


def percentile(values: list[float], fraction: float) -> float:
    """The value below which `fraction` of `values` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def summary(values: list[float]) -> str:
    return (f"p50 {statistics.median(values) * 1000:.0f} ms, p99 {percentile(values, 0.99) * 1000:.0f} ms, "
            f"max {max(values) * 1000:.0f} ms")


class Held:
    """A library read held in its worker thread until the test lets it go: time the test controls, so "the
    work is not done yet" holds however fast or loaded the machine is."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.finished = threading.Event()
        self._go = threading.Event()
        self.calls: list[tuple[Any, ...]] = []

    def release(self) -> None:
        self._go.set()

    async def wait_started(self, timeout: float = 10.0) -> None:
        assert await asyncio.to_thread(self.started.wait, timeout), "the read never started"


@pytest.fixture
def hold(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Held]]:
    """`hold(bot, "ask")`: the bot's reads of that method wait until the test calls `release()`, then run (or
    raise what `fail` makes); released at the end of the test in any case, so no worker thread outlives it."""
    made: list[Held] = []

    def holding(bot: DatelineBot, method: str, fail: Callable[[], Exception] | None = None) -> Held:
        library = bot.librarian.library
        original = getattr(library, method)
        held = Held()

        def read(*args: Any, **kwargs: Any) -> Any:
            held.calls.append(args)
            held.started.set()
            held._go.wait()
            try:
                if fail is not None:
                    raise fail()
                return original(*args, **kwargs)
            finally:
                held.finished.set()

        monkeypatch.setattr(library, method, read)
        made.append(held)
        return held

    yield holding
    for held in made:
        held.release()


def slow_down(monkeypatch: pytest.MonkeyPatch, bot: DatelineBot, method: str, seconds: float,
              fail: Callable[[], Exception] | None = None) -> list[tuple[Any, ...]]:
    """Make one of the library's reads take `seconds` in its worker thread (and optionally fail)."""
    import time

    library = bot.librarian.library
    original = getattr(library, method)
    calls: list[tuple[Any, ...]] = []

    def slow(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        time.sleep(seconds)
        if fail is not None:
            raise fail()
        return original(*args, **kwargs)

    monkeypatch.setattr(library, method, slow)
    return calls


@contextlib.asynccontextmanager
async def full_queue(librarian: Librarian, guild_id: int) -> AsyncIterator[None]:
    """A server's queue full for the block: PER_GUILD_CONCURRENCY reads running and one waiting (the test
    sets PER_GUILD_WAITING to 1), so the next request in that server is told it is too busy."""
    release = asyncio.Event()

    async def in_line() -> None:
        async with librarian.slot(guild_id):
            await release.wait()

    async with contextlib.AsyncExitStack() as stack:
        for _ in range(PER_GUILD_CONCURRENCY):
            await stack.enter_async_context(librarian.slot(guild_id))
        waiting = asyncio.create_task(in_line())
        await asyncio.sleep(0.05)
        try:
            yield
        finally:
            release.set()
    await waiting
