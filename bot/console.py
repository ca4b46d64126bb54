"""The console twin: the bot's commands in a terminal, over the configured articles.

Type what you would type in Discord: `/search noord-korea source:AFP`, `/quote Zelensky wapens`,
`/compare Noord-Koreaanse soldaten in Rusland`, `/ask …`, `/story ID`, `/reindex`, `/help`, or just a
question. It goes through the same service as the bot (reads in the thread pool, reindex in a child
process) and prints with the terminal renderer. `/compare` saves its chart and prints the path.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import re
import sys
from pathlib import Path
from typing import TextIO

from bot.errors import UserFacingError
from bot.follows import MAX_FOLLOWS, POSTS_PER_MINUTE, FollowDesk
from bot.service import Librarian
from bot.settings import Settings
from bot.state import Follow, StateDB
from bot.terminal import (
    Style,
    render_answer,
    render_comparison,
    render_follow_posts,
    render_latest,
    render_quotes,
    render_reindex,
    render_search,
    render_story,
)
from bot.texts import follow_filters, text
from bot.watcher import ArticleWatcher
from index.models import Hit
from index.reading import typed_text

log = logging.getLogger(__name__)

PROMPT = "dateline> "
#: What a piped line is echoed after, in place of the prompt (`> hoeveel soldaten?`).
ECHO = "> "
#: Options a command accepts as `name:value` at the end of its line, as in Discord's slash commands.
OPTIONS = {"search": ("source", "place", "page", "bron", "plaats", "pagina"), "reindex": ("full",),
           "latest": ("source", "place", "page", "bron", "plaats", "pagina"),
           "follow": ("source", "place", "bron", "plaats")}
_ALIASES = {"bron": "source", "plaats": "place", "pagina": "page"}
CHART_DIR = Path("var") / "charts"


#: What the console understands; typed with or without the slash, since the CLI spells them without one.
COMMANDS = frozenset({"search", "story", "quote", "compare", "ask", "reindex", "help", "quit", "exit", "q",
                      "follow", "follows", "unfollow", "latest"})
#: Without the slash these count only as the whole line ("exit polls in Georgia?" is a question).
BARE_ONLY_ALONE = frozenset({"help", "quit", "exit", "q", "follows"})
#: Commands that need no argument.
NO_ARGUMENT = frozenset({"reindex", "follows", "latest"})
#: Seconds a console that has just built its index waits, at most, for the pass embedding the new stories'
#: openings (~5 s for the bundled sample) before it reads the first question: until then an answer near the
#: threshold differs from the one `run_bot.py ask` gives, which embeds them while it builds, and piped
#: questions would be answered (and the pass cancelled by the input's end) before it is done. A large
#: folder's pass goes on in the background after this.
FIRST_PASS_WAIT = 30.0


def parse_line(line: str) -> tuple[str, str, dict[str, str]]:
    """('search', 'noord-korea', {'source': 'AFP'}) from '/search noord-korea source:AFP' (or from
    'search noord-korea source:AFP'); any other line is a question."""
    line = line.strip()
    command, _, rest = line.removeprefix("/").partition(" ")
    command = command.lower()
    if not line.startswith("/") and (command not in COMMANDS or (command in BARE_ONLY_ALONE and rest)):
        return "ask", line, {}
    options: dict[str, str] = {}
    allowed = OPTIONS.get(command, ())
    words = rest.split()
    while words and ":" in words[-1] and words[-1].split(":", 1)[0].lower() in allowed:
        name, value = words.pop().split(":", 1)
        options[_ALIASES.get(name.lower(), name.lower())] = value
    return command, " ".join(words), options


def missing_argument(language: str, command: str) -> str:
    """One line on what a command lacks ("/compare needs more: /compare topic lines up …"), taken from the
    help's own entry for it, rather than the whole help."""
    entries = re.split(r"\n| · ", f"{text(language, 'help')}\n{text(language, 'help_console')}")
    usage = next(entry for entry in entries if entry.startswith(f"`/{command} "))
    return text(language, "console_needs", command=command, usage=usage.replace("`", ""))


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")[:60] or "compare"


class ConsoleCourier:
    """The console's follows post here: new stories are printed as they arrive while the console is open."""

    console = True

    def __init__(self, console: Console) -> None:
        self.screen = console

    async def post(self, follow: Follow, hit: Hit, key: str) -> None:
        self.screen.say(render_follow_posts(follow.topic, [hit], self.screen.style, self.screen.language))

    async def digest(self, follow: Follow, hits: list[Hit], key: str) -> None:
        self.screen.say(render_follow_posts(follow.topic, hits, self.screen.style, self.screen.language))

    async def landed(self, follow: Follow, key: str) -> bool | None:
        return None  # a printed line cannot be read back


class Console:
    def __init__(self, librarian: Librarian, language: str, output: TextIO) -> None:
        self.librarian = librarian
        self.language = language
        self.output = output
        self.style = Style(output.isatty())
        self.desk: FollowDesk | None = None  # set once the console's follow desk is running

    def say(self, value: str) -> None:
        self.output.write(value + "\n")
        self.output.flush()

    async def handle(self, line: str) -> bool:
        """Answer one line; False when the user wants to stop."""
        command, argument, options = parse_line(line)
        if command in {"quit", "exit", "q"}:
            return False
        try:
            await self._dispatch(command, argument, options)
        except UserFacingError as error:
            self.say(error.message(self.language))
        return True

    async def _dispatch(self, command: str, argument: str, options: dict[str, str]) -> None:
        librarian, language, style = self.librarian, self.language, self.style
        if command not in COMMANDS or command == "help":
            unknown = "" if command in COMMANDS else text(language, "console_unknown", command=command) + "\n"
            self.say(f"{unknown}{text(language, 'help')}\n{text(language, 'help_console')}".replace("`", ""))
        elif command not in NO_ARGUMENT and not argument:
            self.say(missing_argument(language, command))
        elif command == "search":
            asked = options.pop("page", "1")
            page = int(asked) if asked.isdigit() and int(asked) > 0 else 1
            result = await librarian.search(argument, page=page, page_size=5, limit=200, **options)
            self.say(render_search(result, style, language))
        elif command == "story":
            self.say(render_story(await librarian.story(argument), style, language, argument))
        elif command == "quote":
            self.say(render_quotes(await librarian.quote(argument), style, language))
        elif command == "compare":
            result, png = await librarian.compare(argument)
            if png:
                CHART_DIR.mkdir(parents=True, exist_ok=True)
                path = CHART_DIR / f"{_slug(argument)}.png"
                path.write_bytes(png)
                result.chart = str(path.resolve())
            self.say(render_comparison(result, style, language))
        elif command == "ask":
            self.say(render_answer(await librarian.ask(argument), style, language))
        elif command == "reindex":
            report = await librarian.reindex(full=options.get("full", "").lower() in {"true", "ja", "yes", "1"})
            self.say(render_reindex(report, language))
        elif command == "latest":
            asked = options.pop("page", "1")
            page = int(asked) if asked.isdigit() and int(asked) > 0 else 1
            result = await librarian.latest(argument, page=page, page_size=5, limit=200, **options)
            self.say(render_latest(result, style, language, 5))
        else:
            await self._follows(command, argument, options)

    async def _follows(self, command: str, argument: str, options: dict[str, str]) -> None:
        """follow, follows, unfollow: the console's own follows (server and channel 0)."""
        assert self.desk is not None
        language, state, here = self.language, self.desk.state, text(self.language, "console_channel")
        if command == "follow":
            follow, created = await self.desk.follow(
                guild_id=0, channel_id=0, topic=argument, source=options.get("source"), place=options.get("place"),
                created_by=None, language=language)
            filters = follow_filters(language, follow.source, follow.place)  # only the filters it has
            # "follow_created" says the posts appear "there" (another channel, in Discord): here they appear here.
            self.say(text(language, "follow_created_here" if created else "follow_exists", channel=here.capitalize(),
                          topic=follow.topic, filters=filters, id=follow.id, per_minute=POSTS_PER_MINUTE))
        elif command == "follows":
            found = await asyncio.to_thread(state.follows, 0)
            if not found:
                self.say(text(language, "follows_none").replace("/follow", "follow"))
                return
            self.say(text(language, "follows_title", count=len(found), limit=MAX_FOLLOWS))
            for follow in found:
                self.say(f"  #{follow.id} „{follow.topic}”{follow_filters(language, follow.source, follow.place)}")
        elif command == "unfollow":
            removed = await self.desk.unfollow(0, argument)
            self.say(text(language, "unfollow_done", channel=here.capitalize(), topic=removed.topic, id=removed.id))


async def _loop(settings: Settings, source: TextIO, output: TextIO) -> None:
    language = settings.language
    librarian = Librarian(settings)
    console = Console(librarian, language, output)
    interactive = source.isatty()
    state: StateDB | None = None
    watching: asyncio.Task[None] | None = None
    try:  # whatever fails on the way in, the librarian's threads and child processes are let go of
        building = await librarian.start()
        if building and interactive:
            # Said here, not logged: the console logs warnings only, and a large folder takes a minute to index.
            console.say(text(language, "console_building", folder=settings.articles_dir))
        await librarian.built()
        if building:
            with contextlib.suppress(TimeoutError):  # the pass itself is shielded: it goes on
                await asyncio.wait_for(librarian.embedded(), FIRST_PASS_WAIT)
        state = await asyncio.to_thread(StateDB, settings.state_path)
        console.desk = FollowDesk(librarian, state, ConsoleCourier(console))
        await console.desk.start()
        if settings.watch:  # as in the bot: files that arrive while the console is open are indexed (and followed)
            watching = asyncio.create_task(ArticleWatcher(settings.articles_dir, librarian.refresh).run())
        if interactive:
            console.say(text(language, "help_title") + " — /help, /quit")
        await _read_lines(console, source, output, interactive)
    finally:
        if watching is not None:
            watching.cancel()
            await asyncio.gather(watching, return_exceptions=True)
        if console.desk is not None:
            await console.desk.close()
        if state is not None:
            await asyncio.to_thread(state.close)
        await librarian.close()


async def _read_lines(console: Console, source: TextIO, output: TextIO, interactive: bool) -> None:
    """Answer each line of `source` until it ends or says /quit.

    Piped (not a terminal), each line is echoed as `> line` before its answer, and answers are parted by a blank
    line: without a prompt and the typed line on screen, one answer ran into the next with nothing to show
    where it ended. At a terminal the prompt and the typed line are already there."""
    loop = asyncio.get_running_loop()
    echoed = False
    while True:
        if interactive:
            output.write(PROMPT)
            output.flush()
        line = await loop.run_in_executor(None, source.readline)
        if not line:
            return
        line = typed_text(line)
        if not line.strip():
            continue
        if not interactive:
            console.say(("\n" if echoed else "") + ECHO + line.strip())
            echoed = True
        if not await console.handle(line):
            return


def run_console(settings: Settings, source: TextIO | None = None, output: TextIO | None = None) -> int:
    """Read commands from stdin until it ends (or /quit); print answers to stdout, in the settings' language.
    Bytes of stdin that are no UTF-8 reach the line as surrogates (`typed_text` reads them), not as an error
    that ended the console."""
    if source is None and isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="surrogateescape")
    asyncio.run(_loop(settings, source or sys.stdin, output or sys.stdout))
    return 0
