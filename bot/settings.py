"""One typed settings object from the environment and `.env`, validated at start.

The environment wins over `.env` (python-dotenv does not override set variables), so a deployment can
override a checked-out `.env`. A bad value stops the program with one line that names the variable; the
token is never printed, not even in `repr`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("nl", "en")

#: Every setting, with what it means: the README and .env.example are checked against this in tests.
DOCUMENTED = {
    "DISCORD_TOKEN": "the bot's token (required to run the bot; without it `run_bot.py` starts the console)",
    "DATELINE_ARTICLES_DIR": "folder with article files (default: the folder the index was built from, or "
                             "data/articles for a new index)",
    "DATELINE_INDEX_DIR": "folder for the search index (default: var/index)",
    "DATELINE_GUILD_ID": "optional server id: sync slash commands to that server only, instantly",
    "DATELINE_ADMIN_ROLE_IDS": "optional comma-separated role ids allowed to run admin commands",
    "DATELINE_ADMIN_USER_IDS": "optional comma-separated user ids allowed to run admin commands",
    "DATELINE_LANGUAGE": "language of the bot's own words when the user's is unknown: nl (default) or en",
    "DATELINE_LOG_LEVEL": "logging level (default: INFO; WARNING in the console and the reading commands, whose "
                          "answers it would interleave)",
    "DATELINE_WATCH": "watch the articles folder and index new files as they arrive: on (default) or off",
    "DATELINE_STATE_DB": "SQLite file for follows and what was posted (default: var/dateline.sqlite3)",
    "DATELINE_PASSAGE_STORIES": "the newest stories whose passages the bot embeds ahead, after each reindex and at "
                                "low priority, so answers about them skip most of their work (default: 2000; 0: "
                                "none)",
}


class SettingsError(ValueError):
    """A setting is missing or invalid; the message is one line that says which and what to do."""


class Secret(str):
    """A string that never shows itself in repr or logs (tokens end up in tracebacks otherwise)."""

    def __repr__(self) -> str:
        return "Secret('********')"

    def __str__(self) -> str:  # f-strings and %s formatting
        return "********"

    def reveal(self) -> str:
        return str.__str__(self)


@dataclass(frozen=True, slots=True)
class Settings:
    articles_dir: Path
    index_dir: Path
    token: Secret | None = None
    guild_id: int | None = None
    admin_role_ids: frozenset[int] = field(default_factory=frozenset)
    admin_user_ids: frozenset[int] = field(default_factory=frozenset)
    language: str = "nl"
    #: None (DATELINE_LOG_LEVEL unset): INFO for the bot, reindex and watch; WARNING in the console and the reading
    #: commands (`bot.cli.QUIET`), where start-up lines (index ready, word lists loaded) would stand among answers.
    log_level: str | None = None
    #: Off unless asked for when built in code (tests, embedding); `load_settings` turns it on by default.
    watch: bool = False
    #: None (DATELINE_STATE_DB unset): `dateline.sqlite3` beside the index folder, so var/ by default.
    state_db: Path | None = None
    #: Off when built in code (tests); `load_settings` asks for the newest 2,000 by default.
    passage_stories: int = 0
    #: Whether `articles_dir` was asked for (DATELINE_ARTICLES_DIR, `--articles`, code) rather than the default:
    #: a default gives way to the folder the index was built from (`articles_for_index`), a choice does not.
    articles_given: bool = True

    @property
    def state_path(self) -> Path:
        return self.state_db or self.index_dir.parent / "dateline.sqlite3"


_SWITCH = {"on": True, "true": True, "yes": True, "1": True, "off": False, "false": False, "no": False, "0": False}


def _ids(name: str, raw: str) -> frozenset[int]:
    ids = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise SettingsError(f"{name} must be comma-separated numeric ids; {part!r} is not one")
        ids.add(int(part))
    return frozenset(ids)


def _path(raw: str | None, default: str) -> Path:
    path = Path(raw or default).expanduser()
    return path if path.is_absolute() else (Path.cwd() / path if raw else PROJECT_ROOT / path)


def _file_problem(path: Path) -> str | None:
    """Why a file cannot be made at `path`, or None: SQLite would fail later, deep in a start, on a folder, on a
    path under a file, or in a folder nobody may write (the console waited for it)."""
    if path.is_dir():
        return "is a folder, not a file"
    existing = next(parent for parent in (path, *path.parents) if parent.exists())
    if existing != path and not existing.is_dir():
        return f"lies under {existing}, which is a file, not a folder"
    folder = existing if existing != path else path.parent
    if not os.access(folder, os.W_OK):
        return f"is in {folder}, where this user may not write"
    return None


def load_settings(env: dict[str, str] | None = None, *, require_token: bool = False,
                  dotenv: bool = True) -> Settings:
    """Read and validate settings; raises SettingsError with a one-line reason."""
    if env is None:
        if dotenv:
            load_dotenv(Path.cwd() / ".env", override=False)
            load_dotenv(PROJECT_ROOT / ".env", override=False)
        env = dict(os.environ)
    token = (env.get("DISCORD_TOKEN") or "").strip()
    if require_token and not token:
        raise SettingsError("DISCORD_TOKEN is not set: put it in .env (see .env.example) or the environment")
    guild = (env.get("DATELINE_GUILD_ID") or "").strip()
    if guild and not guild.isdigit():
        raise SettingsError(f"DATELINE_GUILD_ID must be a numeric server id, not {guild!r}")
    language = (env.get("DATELINE_LANGUAGE") or "nl").strip().lower()
    if language not in LANGUAGES:
        raise SettingsError(f"DATELINE_LANGUAGE must be one of {', '.join(LANGUAGES)}, not {language!r}")
    level = (env.get("DATELINE_LOG_LEVEL") or "").strip().upper() or None
    if level is not None and level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise SettingsError(f"DATELINE_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {level!r}")
    watch = (env.get("DATELINE_WATCH") or "on").strip().lower()
    if watch not in _SWITCH:
        raise SettingsError(f"DATELINE_WATCH must be on or off, not {watch!r}")
    state_db = _path(env["DATELINE_STATE_DB"], "") if (env.get("DATELINE_STATE_DB") or "").strip() else None
    if state_db is not None and (problem := _file_problem(state_db)):
        raise SettingsError(f"DATELINE_STATE_DB {problem}: {state_db}")
    passages = (env.get("DATELINE_PASSAGE_STORIES") or "2000").strip()
    if not passages.isdigit():
        raise SettingsError(f"DATELINE_PASSAGE_STORIES must be a whole number of stories (0: none), not {passages!r}")
    return Settings(
        articles_dir=_path(env.get("DATELINE_ARTICLES_DIR"), "data/articles"),
        articles_given=bool((env.get("DATELINE_ARTICLES_DIR") or "").strip()),
        index_dir=_path(env.get("DATELINE_INDEX_DIR"), "var/index"),
        token=Secret(token) if token else None,
        guild_id=int(guild) if guild else None,
        admin_role_ids=_ids("DATELINE_ADMIN_ROLE_IDS", env.get("DATELINE_ADMIN_ROLE_IDS") or ""),
        admin_user_ids=_ids("DATELINE_ADMIN_USER_IDS", env.get("DATELINE_ADMIN_USER_IDS") or ""),
        language=language,
        log_level=level,
        watch=_SWITCH[watch],
        state_db=state_db,
        passage_stories=int(passages),
    )


def articles_for_index(settings: Settings, *, rebuild: bool = False) -> Settings:
    """The settings with the articles folder the index belongs to: an index answers for the folder it was built
    from (it records it: `IndexStore.built_from`), never silently for another.

    No folder asked for: the index's own is used (a copied or custom index is not reindexed, or repaired, from
    the default folder). A folder asked for that differs from the index's is refused (SettingsError) unless
    `rebuild` (`reindex --full`), which rebuilds the index from it, as CMake refuses a build folder made for
    another source folder instead of quietly reconfiguring it: the index is not free to rebuild (its
    stories' embedded passages take most of an hour on the shared material, and every story of the other
    folder would be new to the follows), and a mistyped folder would otherwise cost all of that; the refusal
    names both folders and the command that rebuilds, so choosing costs one command. An index that records
    no folder (made before folders were recorded) keeps answering, and records its folder on its next reindex."""
    from index.store import IndexStore  # imported here: it imports Whoosh, and `run_bot.py --help` needs none of it

    built_from = IndexStore(settings.index_dir).built_from(settings.articles_dir if settings.articles_given else None)
    if built_from is None or (rebuild and settings.articles_given):
        return settings
    if not settings.articles_given:
        return replace(settings, articles_dir=built_from)
    if built_from == settings.articles_dir:  # the folder given, when it is the index's (`built_from`)
        return settings
    given, index = settings.articles_dir, settings.index_dir
    if not given.is_dir():
        raise SettingsError(f"De map met artikelen {given} bestaat niet; de index in {index} is gebouwd uit "
                            f"{built_from} (zonder --articles en DATELINE_ARTICLES_DIR gebruikt Dateline die).")
    raise SettingsError(f"De index in {index} is gebouwd uit {built_from}, niet uit {given}. Zonder --articles en "
                        f"DATELINE_ARTICLES_DIR gebruikt Dateline {built_from}; `python run_bot.py reindex --full "
                        f"--articles {given} --index {index}` bouwt hem opnieuw uit {given}, of kies met --index "
                        f"een eigen map voor de index van {given}.")
