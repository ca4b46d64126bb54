"""`python run_bot.py …`: the bot, the console twin, and the library's features from a terminal.

Without a subcommand it runs the Discord bot when a token is configured and the console otherwise, so
a newcomer's first command shows the product working. Every read command builds a missing index
first; `--json` prints one JSON object on stdout (logs go to stderr); `--batch FILE` answers one query
per line as JSON Lines, in order, in one process: one output line for every input line (a blank or bad
one gets an object with an `error` field saying what was wrong).

This module reads the arguments; `bot.commands` runs the library's commands once they are read.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.exit_codes import EXIT_USAGE
from bot.settings import LANGUAGES, Settings, SettingsError, articles_for_index, load_settings
from index.times import as_aware

# Running a command (`bot.commands`) is imported only once the arguments are read: it imports the library, the
# index and the renderers (Whoosh, wordfreq and numpy: ~0.5 s), which `--help` and a usage error never need.
if TYPE_CHECKING:
    from bot.commands import Line

log = logging.getLogger(__name__)


#: What `search --kind` takes (the kinds of story the index holds).
STORY_KINDS = ("article", "brief", "record")


def _date(value: object) -> datetime:
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return as_aware(datetime.fromisoformat(value))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {value!r}") from error


def _whole(value: object, least: int) -> int:
    """A whole number of at least `least`, typed (a string, as argparse gives) or from JSON (a number)."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdecimal():  # not "²", not "٣"
        number = int(value)
    else:
        number = None
    if number is None or number < least:
        raise argparse.ArgumentTypeError(f"not a whole number of {least} or more: {value!r}")
    return number


def _count(value: object) -> int:
    """A number of stories: a whole number, 0 or more."""
    return _whole(value, 0)


def _positive(value: object) -> int:
    """A page, or a page's number of stories: a whole number, 1 or more (page 0, or pages of no stories, would
    show nothing and say so as if nothing had been found)."""
    return _whole(value, 1)


def _kind(value: object) -> str:
    if value not in STORY_KINDS:
        raise argparse.ArgumentTypeError(f"not one of {', '.join(STORY_KINDS)}: {value!r}")
    return str(value)


def _switch(value: object) -> bool:
    if not isinstance(value, bool):
        raise argparse.ArgumentTypeError(f"not true or false: {value!r}")
    return value


def _words(value: object) -> str:
    if not isinstance(value, str):
        raise argparse.ArgumentTypeError(f"not text: {value!r}")
    return value


def _batch_file(value: str) -> Path:
    """A batch file: a folder or a missing file is a usage error said at once (a folder was a traceback,
    IsADirectoryError, after the index was built). Not only regular files: `/dev/stdin` is a fine batch."""
    path = Path(value)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{value!r} is a folder, not a file")
    if not path.exists():
        raise argparse.ArgumentTypeError(f"no such file: {value!r}")
    return path


def _chart(value: object) -> Path:
    """Where a chart goes: a file name ending in .png, the format it is drawn in (a .jpg name got PNG data), in
    a folder that is there or can be made (a folder as the name, or a file on its way, was a traceback)."""
    path = Path(_words(value))
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{value!r} is a folder, not a file name")
    if path.suffix.lower() != ".png":
        raise argparse.ArgumentTypeError(f"a chart is a PNG image: give a file name ending in .png, not {value!r}")
    folder = next(parent for parent in path.absolute().parents if parent.exists())
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise argparse.ArgumentTypeError(f"cannot write {value!r}: {str(folder)!r} is no folder one may write in")
    return path


def _empty_range(since: datetime | None, until: datetime | None, flag: str = "") -> str | None:
    """What is wrong with a date range no day is in (`until` is exclusive), or None: such a range found nothing
    without a word of why. `flag` goes before the option names ("--" on the command line)."""
    if since is None or until is None or since < until:
        return None
    return (f"{flag}since {since:%Y-%m-%d} is not before {flag}until {until:%Y-%m-%d}: no day is in that range "
            f"({flag}until is exclusive)")


#: How a batch line's options are checked: the same rules as the command-line options (`--kind foo`, `--page x`
#: and `--limit 0` are refused there), so a JSON line gets a plain error naming the option, not a crash deep in
#: the library. An option missing here (a new one in the library) is passed on as given.
BATCH_CHECKS: dict[str, Callable[[Any], Any]] = {
    "page": _positive, "limit": _positive, "page_size": _positive, "more": _count, "kind": _kind,
    "since": _date, "until": _date, "advanced": _switch, "source": _words, "place": _words, "chart": _chart,
}


def _listing_options(parser: argparse.ArgumentParser) -> None:
    """Paging and filters, the same for every command that lists stories (search, latest)."""
    parser.add_argument("--limit", type=_positive, default=10, metavar="N", help="stories per page (default 10)")
    parser.add_argument("--page", type=_positive, default=1, metavar="P", help="which page (default 1)")
    parser.add_argument("--source", help="only stories from this agency (ANP, AFP, RTR, …)")
    parser.add_argument("--place", help="only stories with this dateline place")


def _query_words(parser: argparse.ArgumentParser, field: str, help_text: str) -> None:
    """A command's free text as any number of words (joined in `main`, with those after an option), so
    `ask hoeveel soldaten` needs no quotes: "unrecognized arguments: soldaten" was what people got."""
    parser.add_argument(field, nargs="*", default=[], metavar=field.upper(), help=help_text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="run_bot.py", description="Dateline: news answers with their sources. "
                                     "Without a COMMAND: the Discord bot when DISCORD_TOKEN is set, else the console.")
    parser.add_argument("--sync", action="store_true",
                        help="run the Discord bot (needs DISCORD_TOKEN) and sync slash commands at start")
    parser.add_argument("--language", choices=LANGUAGES,
                        help="language of the bot's own words (default: DATELINE_LANGUAGE)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, json_output: bool = True) -> argparse.ArgumentParser:
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        sub_parser.set_defaults(command_parser=sub_parser)  # a usage error found after parsing shows its usage
        sub_parser.add_argument("--articles", type=Path,
                                help="articles folder (default: DATELINE_ARTICLES_DIR, else the one the index was "
                                     "built from); another than the index's only with reindex --full")
        sub_parser.add_argument("--index", type=Path, help="index folder (default: DATELINE_INDEX_DIR)")
        if json_output:  # not for the bot and the console, which talk to people
            sub_parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
        return sub_parser

    bot = command("bot", "run the Discord bot (needs DISCORD_TOKEN)", json_output=False)
    bot.add_argument("--sync", action="store_true", dest="sync_commands", help="sync slash commands now")
    console = command("console", "the bot's commands in a terminal, over the configured articles", json_output=False)
    console.add_argument("--language", choices=LANGUAGES, default=argparse.SUPPRESS,
                         help="language of the bot's own words (default: DATELINE_LANGUAGE)")
    reindex = command("reindex", "bring the index up to date with the articles folder")
    reindex.add_argument("--full", action="store_true", help="rebuild the index from scratch (also from another "
                                                            "articles folder than the one it was built from)")
    reindex.add_argument("--progress", choices=("auto", "json", "none"), default="auto",
                         help="progress on stderr: a bar on a terminal (auto), JSON lines (json), or none")
    reindex.add_argument("--no-openings", action="store_true",
                         help="leave embedding the new stories' openings to `openings` (the bot runs it after)")
    reindex.add_argument("--background", action="store_true",
                         help="run at low priority, as the bot runs its reindexes: the bot beside it answers first")
    openings = command("openings",
                       "embed the openings of indexed stories that have none yet (reindex does it when done)")
    openings.add_argument("--passages", type=_count, default=0, metavar="N",
                          help="then embed ahead the passages answers may re-rank in the newest N stories "
                               "(~40 a story, ~50 ms each; the bot does it after each reindex)")

    search = command("search", "search the articles")
    _query_words(search, "query", "what to look for (any number of words)")
    _listing_options(search)
    search.add_argument("--kind", choices=STORY_KINDS)
    search.add_argument("--since", type=_date, help="published on or after (YYYY-MM-DD)")
    search.add_argument("--until", type=_date, help="published before (YYYY-MM-DD)")
    search.add_argument("--advanced", action="store_true",
                        help="advanced syntax: bron:AFP plaats:Seoul datum:[20241001 to 20241031] "
                             "\"phrases\" OR -exclude")
    search.add_argument("--batch", type=_batch_file, help="one query per line; JSON Lines out")

    story = command("story", "show one story in full")
    story.add_argument("story_id", help="a story id, as search shows it (in any case), or a JSON record's record id")

    quote = command("quote", "the best verbatim passage for a query, with its source")
    _query_words(quote, "query", "what the passage is about (any number of words)")
    quote.add_argument("--batch", type=_batch_file, help="one query per line; JSON Lines out")

    compare = command("compare", "figures about a topic across reports, in time order")
    _query_words(compare, "topic", "the topic (any number of words)")
    compare.add_argument("--chart", type=_chart, metavar="FILE.png", help="write a PNG chart here")
    compare.add_argument("--batch", type=_batch_file, help="one topic per line; JSON Lines out")

    ask = command("ask", "answer a question from the articles, with the quote")
    _query_words(ask, "question", "the question (any number of words)")
    ask.add_argument("--batch", type=_batch_file, help="one question per line; JSON Lines out")

    latest = command("latest", "the newest stories (of a topic), newest first")
    _query_words(latest, "topic", "only stories with every word of this topic")
    _listing_options(latest)
    command("watch", "index new, changed and deleted article files as they arrive (until Ctrl-C)")
    return parser


def _settings(args: argparse.Namespace, require_token: bool = False) -> Settings:
    settings = load_settings(require_token=require_token)
    overrides: dict[str, Any] = {}
    if getattr(args, "articles", None):
        overrides["articles_dir"] = args.articles
        overrides["articles_given"] = True
    if getattr(args, "index", None):
        overrides["index_dir"] = args.index
    if getattr(args, "language", None):
        overrides["language"] = args.language
    if overrides:
        settings = replace(settings, **overrides)
    return articles_for_index(settings, rebuild=getattr(args, "full", False))


#: The argument each reading command answers, typed as words (`_query_words`); each but `latest` needs one (an
#: empty one is a usage error, exit 2, as a blank batch line is an "empty query" line).
QUERY_FIELDS = {"search": "query", "quote": "query", "compare": "topic", "ask": "question", "latest": "topic"}
NEEDS_QUERY = frozenset({"search", "quote", "compare", "ask"})
#: Commands whose output is an answer to read: they log warnings only (DATELINE_LOG_LEVEL aside), so
#: "sentence embeddings: multilingual-e5-small …" does not stand above `ask`'s answer; the bot, reindexes
#: and watch keep their INFO lines.
QUIET = frozenset({"console", "story", *QUERY_FIELDS})




def _queries(args: argparse.Namespace, field: str, options: frozenset[str]) -> Iterator[Line]:
    """The query (and per-line options, for JSON lines in a batch file) to answer.

    A batch yields exactly one query per line, in order, a blank or bad line included (with what is wrong
    with it), so answer N always belongs to line N."""
    if args.batch is None:
        yield getattr(args, field), {}, None
        return
    with open(args.batch, "rb") as handle:
        for raw in handle:  # lines end at "\n" only: a stray "\r" inside a line does not make two answers
            yield _batch_line(raw, field, options)


def _batch_line(raw: bytes, field: str, options: frozenset[str]) -> Line:
    """One line of a batch file: plain text is the query; a JSON object also gives `options` (any other key is
    an error, not a crash of the whole batch)."""
    try:
        line = raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as error:
        shown = raw.decode("utf-8", "replace").rstrip("\r\n")
        return shown, {}, f"not UTF-8 text (byte {raw[error.start]:#04x} at position {error.start})"
    given: dict[str, Any] = {}
    if line.lstrip().startswith("{"):  # meant as JSON: a mistake in it is the line's error, not a query
        try:
            given = json.loads(line)
        except json.JSONDecodeError as error:
            return line, {}, f"not valid JSON: {error.msg} (at character {error.pos + 1})"
        query = given.pop("query", given.pop(field, ""))
        if not isinstance(query, str):  # `"query": null` searched for the word "None"
            return line, {}, f"the {field} is not text: {json.dumps(query)}"
        line = query
    if not line.strip():
        return "", {}, "empty query"
    unknown = sorted(set(given) - options)
    if unknown:
        takes = f"takes: {', '.join(sorted(options))}" if options else "takes no options on a batch line"
        return line, {}, f"unknown option {', '.join(unknown)} (this command {takes})"
    for name, value in given.items():
        try:
            given[name] = BATCH_CHECKS.get(name, lambda same: same)(value)
        except argparse.ArgumentTypeError as error:
            return line, {}, f"bad value for {name}: {error}"
    if "limit" in given and "page_size" in given and given["limit"] != given["page_size"]:
        return line, {}, "limit and page_size both say how many stories a page shows: give one"
    empty = _empty_range(given.get("since"), given.get("until"))
    return line, (given if empty is None else {}), empty


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, unparsed = parser.parse_known_args(argv)
    usage = getattr(args, "command_parser", parser)
    field = QUERY_FIELDS.get(args.command)
    if unparsed and (field is None or any(word.startswith("-") for word in unparsed)):
        usage.error(f"unrecognized arguments: {' '.join(unparsed)}")
    if field is not None:  # the words after an option too: `ask hoeveel --json soldaten`
        setattr(args, field, " ".join([*getattr(args, field), *unparsed]))
    if args.command in NEEDS_QUERY and args.batch is None and not getattr(args, field).strip():
        usage.error(f"{args.command} needs a {field} (or --batch FILE with one per line)")  # exits with 2
    if args.command == "story" and not args.story_id.strip():
        usage.error("story needs a STORY_ID (a story id, as search shows it)")
    if (empty := _empty_range(getattr(args, "since", None), getattr(args, "until", None), "--")) is not None:
        usage.error(empty)
    try:
        settings = _settings(args)
    except SettingsError as error:
        print(f"Dateline: {error}", file=sys.stderr)
        return EXIT_USAGE
    command = args.command
    if command is None and settings.token is None and not args.sync:  # --sync asks for the bot, which says why not
        command = "console"
    logging.basicConfig(level=settings.log_level or ("WARNING" if command in QUIET else "INFO"), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if command in (None, "bot"):
        from bot.runner import run_bot

        return run_bot(settings, sync=args.sync or getattr(args, "sync_commands", False))
    if command == "console":
        from bot.console import run_console

        return run_console(settings)
    from bot.commands import run  # the library and the renderers: what `--help` and a usage error never need

    reads = field or ""  # the argument a reading command answers; other commands read none
    return run(args, settings, reads, lambda options: _queries(args, reads, options))
