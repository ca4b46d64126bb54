"""Running a parsed command of `run_bot.py` (`bot.cli` reads the arguments): the library's features from a
terminal, with a damaged index rebuilt before answering, one output line per batch line, and what went wrong
said the way a terminal user reads it. Apart from the parser so that `--help` and a usage error import none of
the library, the index or the renderers (~0.5 s of Whoosh, wordfreq and numpy)."""

from __future__ import annotations

import argparse
import inspect
import logging
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any, TextIO, TypeVar

from bot.exit_codes import EXIT_BUSY, EXIT_FAILED, EXIT_UNAVAILABLE, EXIT_USAGE
from bot.settings import Settings
from bot.terminal import (
    Style,
    render_answer,
    render_comparison,
    render_latest,
    render_quotes,
    render_reindex,
    render_search,
    render_story,
)
from bot.texts import reindex_failure
from index.library import Library
from index.models import dumps
from index.reindex import ReindexBusy, ReindexFailed
from index.reindex_steps import Progress
from index.store import IndexUnavailable

log = logging.getLogger(__name__)

T = TypeVar("T")
#: How much lower than normal background work runs (`openings`, and a reindex the bot runs: `reindex --background`):
#: the bot (or a terminal) beside it keeps the CPU first.
BACKGROUND_NICENESS = 10
#: What a reading command's queries are (`cli._queries` reads them): the query, its per-line options, and what is
#: wrong with its line (None: nothing).
Line = tuple[str, dict[str, Any], str | None]


class _ProgressBar:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()

    def __call__(self, progress: Progress) -> None:
        if not self.enabled:
            return
        if progress.phase == "done":
            self.stream.write("\r\033[K")
        elif progress.total:
            filled = int(30 * progress.done / progress.total)
            self.stream.write(f"\r\033[K{progress.phase:<7} [{'#' * filled}{'.' * (30 - filled)}] "
                              f"{progress.done}/{progress.total}")
        else:
            self.stream.write(f"\r\033[K{progress.phase} …")
        self.stream.flush()


def _json_progress(progress: Progress) -> None:
    """Progress as JSON lines on stderr: how the bot follows a reindex it runs as a subprocess."""
    sys.stderr.write(dumps({"progress": {"phase": progress.phase, "done": progress.done,
                                         "total": progress.total}}) + "\n")
    sys.stderr.flush()


def _option_names(method: Callable[..., Any]) -> frozenset[str]:
    """The options a batch line may give: the keyword-only parameters of the library method that answers it
    (read from its signature, so the two cannot drift apart)."""
    return frozenset(name for name, parameter in inspect.signature(method).parameters.items()
                     if parameter.kind is inspect.Parameter.KEYWORD_ONLY)


def _repairing(library: Library, read: Callable[[], T]) -> T:
    """Run a read; if the index turns out damaged (a segment missing or truncated), rebuild it from the
    article files as the bot would, and run the read again. A second failure is reported."""
    try:
        return read()
    except IndexUnavailable as error:
        if not error.damaged:
            raise
    log.warning("the index in %s is damaged: rebuilding it from %s before answering", library.store.root,
                library.articles)
    library.reindex(full=True, progress=_ProgressBar(sys.stderr))
    return read()


def _answered(library: Library, answer: Callable[[str, dict[str, Any]], T], query: str,
              options: dict[str, Any]) -> tuple[T | None, str | None]:
    """The result for one query, or what was wrong with its per-line options: values are checked before
    (`BATCH_CHECKS`: `"page": "twee"`, `"since": "gisteren"` get a plain error in `_batch_line`), and one the
    library still cannot use costs its own line, not the rest of the batch, without its Python internals (they
    are logged). Without options a failure is the library's and is raised, as a damaged or busy index always is."""
    try:
        return _repairing(library, lambda: answer(query, dict(options))), None
    except (IndexUnavailable, ReindexBusy, ReindexFailed):
        raise
    except Exception:
        if not options:
            raise
        log.warning("could not answer %r with options %s", query, options, exc_info=True)
        return None, f"could not answer with these options ({', '.join(sorted(options))})"


def _run_reads(args: argparse.Namespace, library: Library, answer: Callable[[str, dict[str, Any]], Any],
               render: Callable[[Any, Style, str], str], language: str, field: str,
               queries: Iterator[Line]) -> int:
    style = Style(sys.stdout.isatty())
    as_json = args.json or args.batch is not None
    for query, given, error in queries:
        result = None
        if error is None:
            result, error = _answered(library, answer, query, given)
        if error is not None:
            payload = {field: query, "error": error}  # answered in its line's place, not skipped
        elif not as_json:
            print(render(result, style, language))
            continue
        else:
            payload = result.to_json()
        sys.stdout.write(dumps(payload) + "\n")
        sys.stdout.flush()
    return 0


def _dispatch(args: argparse.Namespace, library: Library, settings: Settings, field: str,
              lines: Callable[[frozenset[str]], Iterator[Line]]) -> int:
    language = settings.language
    progress = _ProgressBar(sys.stderr)
    if args.command == "reindex":
        if args.background:
            os.nice(BACKGROUND_NICENESS)
        chosen = {"auto": progress, "json": _json_progress, "none": None}[args.progress]
        report = library.reindex(full=args.full, progress=chosen)
        if not args.no_openings:
            library.embed_openings(progress=chosen)
        print(dumps(report.to_json()) if args.json else render_reindex(report, language))
        return 0
    if args.command == "openings":  # never builds an index: that is reindex's (and its lock's) work
        os.nice(BACKGROUND_NICENESS)  # background work: the bot beside it answers first
        embedded, kept = library.embed_openings(progress=progress)
        counts = {"embedded": embedded, "kept": kept}
        if args.passages > 0:
            counts["passages_embedded"], counts["passages_kept"] = library.embed_passages(args.passages, progress)
        print(dumps(counts) if args.json else f"{embedded} story openings embedded, {kept} kept" + (
            f"; {counts['passages_embedded']} passages embedded ahead, {counts['passages_kept']} kept"
            if args.passages > 0 else ""))
        return 0
    library.ensure_index(progress=progress)
    if args.command == "story":
        story = _repairing(library, lambda: library.story(args.story_id))
        if args.json:
            print(dumps(story.to_json() if story else {"story_id": args.story_id, "error": "not found"}))
        else:
            print(render_story(story, Style(sys.stdout.isatty()), language, args.story_id))
        return 0 if story else 1
    if args.command == "search":
        def search(query: str, options: dict[str, Any]) -> Any:
            if "limit" in options:  # a line's "limit" is what --limit is: stories per page (`_batch_line`)
                options["page_size"] = options.pop("limit")
            merged = {"page": args.page, "source": args.source, "place": args.place, "kind": args.kind,
                      "since": args.since, "until": args.until, "advanced": args.advanced,
                      "page_size": args.limit, **options}
            return library.search(query, **merged)

        return _run_reads(args, library, search, render_search, language, field,
                          lines(_option_names(library.search)))
    if args.command == "quote":
        return _run_reads(args, library, lambda query, options: library.quote(query, **options), render_quotes,
                          language, field, lines(_option_names(library.quote)))
    if args.command == "compare":
        def compare(topic: str, options: dict[str, Any]) -> Any:
            return library.compare(topic, chart=options.pop("chart", None) or args.chart, **options)

        return _run_reads(args, library, compare, render_comparison, language, field,
                          lines(_option_names(library.compare)))
    if args.command == "ask":
        return _run_reads(args, library, lambda question, _options: library.ask(question), render_answer, language,
                          field, lines(_option_names(library.ask)))
    if args.command == "latest":
        page, size = args.page, args.limit  # both 1 or more: the parser refuses less
        result = _repairing(library, lambda: library.latest(args.topic, page=page, page_size=size, source=args.source,
                                                            place=args.place))
        print(dumps(result.to_json()) if args.json else render_latest(result, Style(sys.stdout.isatty()), language,
                                                                       size))
        return 0
    if args.command == "watch":
        return _watch(library, args.json, language)
    raise AssertionError(args.command)


def _watch(library: Library, as_json: bool, language: str) -> int:
    """Index what changed while nobody watched (the watcher's first round), then every change as it comes (a
    reindex running in another process is waited for), printing what each reindex did."""
    import asyncio
    import contextlib

    from bot.watcher import ArticleWatcher

    async def reindex() -> None:
        while True:
            try:
                report = await asyncio.to_thread(library.reindex)
            except ReindexBusy:
                await asyncio.sleep(0.5)
                continue
            print(dumps(report.to_json()) if as_json else render_reindex(report, language), flush=True)
            await asyncio.to_thread(library.embed_openings)
            return

    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how a watch ends
        asyncio.run(ArticleWatcher(library.articles, reindex).run())
    return 0


def run(args: argparse.Namespace, settings: Settings, field: str,
        lines: Callable[[frozenset[str]], Iterator[Line]]) -> int:
    """Run a parsed command (not the bot or the console) against the library, and say what went wrong the way a
    terminal user reads it. `field` is the argument a reading command answers (`cli.QUERY_FIELDS`), and `lines`
    gives its queries, each with the options a batch line may give (`cli._queries`)."""
    library = Library(settings.articles_dir, settings.index_dir)
    try:
        return _dispatch(args, library, settings, field, lines)
    except BrokenPipeError:  # `… | head`: the reader left; not an error worth a traceback
        sys.stderr.close()
        return 0
    except ReindexBusy as error:
        print(f"Dateline: {error}", file=sys.stderr)
        return EXIT_BUSY
    except ReindexFailed as error:
        if args.json:  # how the bot, running the reindex as a child, learns why: a code it words per reader
            print(dumps({"error": "reindex failed", "reason": error.reason, "where": error.where,
                         "detail": error.detail}))
        said = reindex_failure(settings.language, error.reason, error.where, error.detail,
                               previous=library.has_index())
        print(f"Dateline: {said}", file=sys.stderr)
        return EXIT_FAILED
    except IndexUnavailable as error:
        if error.damaged:  # still, after the rebuild `_repairing` did
            print("Dateline: De index is beschadigd; `python run_bot.py reindex --full` bouwt hem opnieuw op.",
                  file=sys.stderr)
        else:
            print(f"Dateline: {error}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except (FileNotFoundError, PermissionError) as error:  # a file named on the command line (a --chart in /sys)
        print(f"Dateline: {error}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        library.close()
