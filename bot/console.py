"""The console twin: the bot's commands in a terminal, over the configured articles.

Type what you would type in Discord: `/search noord-korea source:AFP`, `/quote Zelensky wapens`,
`/compare Noord-Koreaanse soldaten in Rusland`, `/ask …`, `/story ID`, `/reindex`, `/help`, or just a
question. It goes through the same service as the bot (reads in the thread pool, reindex in a child
process) and prints with the terminal renderer. `/compare` saves its chart and prints the path.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
from pathlib import Path
from typing import TextIO

from bot.errors import UserFacingError
from bot.service import Librarian
from bot.settings import Settings
from bot.terminal import (
    Style,
    render_answer,
    render_comparison,
    render_quotes,
    render_reindex,
    render_search,
    render_story,
)
from bot.texts import text

log = logging.getLogger(__name__)

PROMPT = "dateline> "
#: Options a command accepts as `name:value` at the end of its line, as in Discord's slash commands.
OPTIONS = {"search": ("source", "place", "page", "bron", "plaats", "pagina"), "reindex": ("full",)}
_ALIASES = {"bron": "source", "plaats": "place", "pagina": "page"}
CHART_DIR = Path("var") / "charts"


#: What the console understands; typed with or without the slash, since the CLI spells them without one.
COMMANDS = frozenset({"search", "story", "quote", "compare", "ask", "reindex", "help", "quit", "exit", "q"})
#: Without the slash these count only as the whole line ("exit polls in Georgia?" is a question).
BARE_ONLY_ALONE = frozenset({"help", "quit", "exit", "q"})


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


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")[:60] or "compare"


class Console:
    def __init__(self, librarian: Librarian, language: str, output: TextIO) -> None:
        self.librarian = librarian
        self.language = language
        self.output = output
        self.style = Style(output.isatty())

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
        if command not in COMMANDS or command == "help" or (command != "reindex" and not argument):
            self.say(f"{text(language, 'help')}\n{text(language, 'help_console')}".replace("`", ""))
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


async def _loop(settings: Settings, language: str, source: TextIO, output: TextIO) -> None:
    librarian = Librarian(settings)
    await librarian.start(wait=True)
    console = Console(librarian, language, output)
    interactive = source.isatty()
    if interactive:
        console.say(text(language, "help_title") + " — /help, /quit")
    loop = asyncio.get_running_loop()
    try:
        while True:
            if interactive:
                output.write(PROMPT)
                output.flush()
            line = await loop.run_in_executor(None, source.readline)
            if not line:
                break
            if line.strip() and not await console.handle(line):
                break
    finally:
        await librarian.close()


def run_console(settings: Settings, language: str, source: TextIO | None = None,
                output: TextIO | None = None) -> int:
    """Read commands from stdin until it ends (or /quit); print answers to stdout."""
    asyncio.run(_loop(settings, language, source or sys.stdin, output or sys.stdout))
    return 0
