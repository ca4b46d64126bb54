"""`run_bot.py` with a fault, for the fault tests: `python -m tests.reliability.driver [FAULTS] -- ARGS`.

It installs the faults in this process, then runs `bot.cli.main(ARGS)` exactly as `run_bot.py ARGS` would.
Spawned worker processes (a parallel build) import this module as `__mp_main__` and get no faults.

    --parallel                 full builds use the worker processes, whatever the folder's size (2 workers)
    --kill-at POINT            SIGKILL this process at POINT:
                                 progress:PHASE   the first progress report of PHASE (parse, write, commit)
                                                  with work done (for parse: workers are writing segments)
                                 segment          while a segment file is being written (1 KB of it on disk)
                                 toc              Whoosh's new table of contents written, not yet renamed
                                                  into place (the middle of a commit; not the creation
                                                  of an empty index)
                                 manifest         the Whoosh commit done, the manifest not yet replaced
                                 publish          a new generation complete, CURRENT not yet replaced
    --wait-at PHASE            at the first progress report of PHASE (scan, parse, ...), holding the reindex
                               lock, wait until the file --until names exists (at most two minutes)
    --until FILE               see --wait-at
    --enospc-after BYTES       writes into files under --fault-root fail with ENOSPC after BYTES bytes
    --read-only                creating or changing anything under --fault-root fails with EROFS
    --fault-root PATH          the folder the file-system faults apply to (the index folder)
    --fake-discord BASE GW     point discord.py at a fake Discord (its REST base and gateway URLs)
    --leaky-errors             /ask "... lek ..." fails with an error whose text carries DISCORD_TOKEN, as an
                               HTTP library's error might (for the test that no log shows it)

Root ignores file permissions, so a read-only folder cannot be made with chmod here: the calls that would
create or change files under the folder raise as a read-only file system makes them raise.
"""

from __future__ import annotations

import argparse
import builtins
import errno
import io
import os
import signal
import sys
from pathlib import Path
from typing import Any

KILL_POINTS = ("segment", "toc", "manifest", "publish")


def _die() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def install_kill(point: str) -> None:
    if point.startswith("progress:"):
        import bot.commands

        phase = point.split(":", 1)[1]
        report = bot.commands._json_progress

        def progress(update: Any) -> None:
            report(update)
            if update.phase == phase and update.done > 0:
                _die()

        bot.commands._json_progress = progress
    elif point == "segment":
        from whoosh.filedb import compound

        def assemble(dbfile: Any, store: Any, names: Any, **options: Any) -> None:
            dbfile.write(b"\x00" * 1024)  # a part of the segment is on disk
            dbfile.flush()
            _die()

        compound.CompoundStorage.assemble = staticmethod(assemble)  # type: ignore[method-assign]
    elif point == "toc":
        from whoosh.filedb.filestore import FileStorage

        rename = FileStorage.rename_file

        def rename_file(self: Any, oldname: str, newname: str, safe: bool = False) -> None:
            if newname.endswith(".toc") and not newname.endswith("_0.toc"):  # not the new empty index
                _die()
            rename(self, oldname, newname, safe)

        FileStorage.rename_file = rename_file  # type: ignore[method-assign]
    elif point in ("manifest", "publish"):
        target = "manifest.json" if point == "manifest" else "CURRENT"
        replace = os.replace

        def replacing(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            if Path(dst).name == target:
                _die()
            replace(src, dst, *args, **kwargs)

        os.replace = replacing
    else:
        raise SystemExit(f"unknown kill point {point!r}")


def install_wait(phase: str, until: Path) -> None:
    import time

    import bot.commands

    report = bot.commands._json_progress
    waited = False

    def progress(update: Any) -> None:
        nonlocal waited
        report(update)
        if update.phase == phase and not waited:
            waited = True
            deadline = time.monotonic() + 120
            while not until.exists() and time.monotonic() < deadline:
                time.sleep(0.02)

    bot.commands._json_progress = progress


def _inside(path: Any, root: Path) -> bool:
    try:
        resolved = Path(os.fsdecode(path)).resolve()
    except (TypeError, ValueError):
        return False  # a file descriptor, not a path
    return resolved == root or root in resolved.parents


def _writes(mode: str) -> bool:
    return any(flag in mode for flag in "wax+")


class _FullDisk:
    """A file object whose writes fail once the budget shared by all of them is spent."""

    budget = 0

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def write(self, data: Any) -> int:
        if len(data) > _FullDisk.budget:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), getattr(self._handle, "name", None))
        _FullDisk.budget -= len(data)
        return self._handle.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __iter__(self) -> Any:
        return iter(self._handle)


def install_file_faults(root: Path, enospc_after: int | None, read_only: bool) -> None:
    root = root.resolve()
    original_open = builtins.open
    original_os_open = os.open

    def refuse(path: Any) -> OSError:
        return OSError(errno.EROFS, os.strerror(errno.EROFS), os.fsdecode(path))

    def opening(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if not isinstance(file, int) and _writes(mode) and _inside(file, root):
            if read_only:
                raise refuse(file)
            if enospc_after is not None:
                return _FullDisk(original_open(file, mode, *args, **kwargs))
        return original_open(file, mode, *args, **kwargs)

    def os_opening(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        changing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND)
        if read_only and changing and _inside(path, root):
            raise refuse(path)
        return original_os_open(path, flags, *args, **kwargs)

    builtins.open = opening  # type: ignore[assignment]
    io.open = opening  # type: ignore[assignment]  # what pathlib uses
    os.open = os_opening  # type: ignore[assignment]
    if enospc_after is not None:
        _FullDisk.budget = enospc_after
    if read_only:
        for name in ("mkdir", "rmdir", "remove", "unlink", "rename", "replace", "truncate"):
            original = getattr(os, name)

            def guarded(path: Any, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
                targets = [path, *[arg for arg in args if isinstance(arg, str | os.PathLike)]]
                if any(_inside(target, root) for target in targets) and not (
                        _original is os.mkdir and Path(os.fsdecode(path)).is_dir()):
                    raise refuse(path)
                return _original(path, *args, **kwargs)

            setattr(os, name, guarded)


def install_fake_discord(api_base: str, gateway: str) -> None:
    import discord
    import yarl

    discord.http.Route.BASE = api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)


def install_leaky_errors() -> None:
    from index.library import Library

    ask = Library.ask

    def leaky(self: Any, question: str) -> Any:
        if "lek" in question.split():
            raise RuntimeError(f"upstream refused: Authorization: Bot {os.environ.get('DISCORD_TOKEN', '')}")
        return ask(self, question)

    Library.ask = leaky  # type: ignore[method-assign]


def main(argv: list[str]) -> int:
    if "--" not in argv:
        raise SystemExit("usage: python -m tests.reliability.driver [FAULTS] -- RUN_BOT_ARGS")
    split = argv.index("--")
    parser = argparse.ArgumentParser(prog="driver")
    parser.add_argument("--parallel", action="store_true")
    parser.add_argument("--kill-at")
    parser.add_argument("--wait-at")
    parser.add_argument("--until", type=Path)
    parser.add_argument("--enospc-after", type=int)
    parser.add_argument("--read-only", action="store_true")
    parser.add_argument("--fault-root", type=Path)
    parser.add_argument("--fake-discord", nargs=2)
    parser.add_argument("--leaky-errors", action="store_true")
    options = parser.parse_args(argv[:split])
    if options.parallel:
        import index.reindex

        index.reindex.PARALLEL_MIN_BYTES = 0
        index.reindex.workers = lambda: 2  # type: ignore[assignment]
    if options.kill_at:
        install_kill(options.kill_at)
    if options.wait_at:
        if options.until is None:
            raise SystemExit("--wait-at needs --until")
        install_wait(options.wait_at, options.until)
    if options.enospc_after is not None or options.read_only:
        if options.fault_root is None:
            raise SystemExit("--enospc-after and --read-only need --fault-root")
        install_file_faults(options.fault_root, options.enospc_after, options.read_only)
    if options.fake_discord:
        install_fake_discord(*options.fake_discord)
    if options.leaky_errors:
        install_leaky_errors()
    from bot.cli import main as run_bot

    return run_bot(argv[split + 1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
