"""Settings from `.env` and the environment, validated with one line that names the variable; and the
documentation of every setting and command."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import bot.settings
from bot.settings import (
    DOCUMENTED,
    LANGUAGES,
    PROJECT_ROOT,
    Secret,
    SettingsError,
    articles_for_index,
    load_settings,
)
from index.library import Library

pytestmark = pytest.mark.usefixtures("clean_environment")

SLASH_COMMANDS = ("search", "story", "quote", "compare", "ask", "reindex", "ingest", "help", "follow", "follows",
                  "unfollow", "latest")


def test_defaults() -> None:
    settings = load_settings({})
    assert settings.token is None and settings.guild_id is None and settings.language == "nl"
    assert settings.admin_user_ids == frozenset() and settings.admin_role_ids == frozenset()
    assert settings.log_level is None  # INFO, or WARNING in the console (bot/cli.py)
    assert settings.articles_dir == bot.settings.PROJECT_ROOT / "data" / "articles"
    assert settings.index_dir == bot.settings.PROJECT_ROOT / "var" / "index"


def test_the_articles_folder_is_the_index_s_own_unless_one_is_set(tmp_path: Path) -> None:
    """The default folder gave way to nothing: an index built from another was reindexed from the default one. A
    folder set (DATELINE_ARTICLES_DIR) that is not the index's is refused, unless for a rebuild."""
    index, built_from, other = tmp_path / "index", tmp_path / "nieuws", tmp_path / "ander"
    for folder in (built_from, other):
        folder.mkdir()
        (folder / "een.txt").write_text("Kop\nUTRECHT (ANP) - Tekst.", "utf-8")
    unset = load_settings({"DATELINE_INDEX_DIR": str(index)})
    assert not unset.articles_given and articles_for_index(unset) == unset  # no index yet: the default
    library = Library(built_from, index)
    library.reindex()
    library.close()
    assert articles_for_index(unset).articles_dir == built_from
    chosen = load_settings({"DATELINE_INDEX_DIR": str(index), "DATELINE_ARTICLES_DIR": str(other)})
    assert chosen.articles_given and articles_for_index(chosen, rebuild=True) == chosen
    with pytest.raises(SettingsError, match=f"De index in {index} is gebouwd uit {built_from}, niet uit {other}"):
        articles_for_index(chosen)
    same = load_settings({"DATELINE_INDEX_DIR": str(index), "DATELINE_ARTICLES_DIR": str(built_from)})
    assert articles_for_index(same) == same


def test_watching_is_on_by_default_and_the_state_sits_beside_the_index() -> None:
    settings = load_settings({})
    assert settings.watch is True
    assert settings.state_path == bot.settings.PROJECT_ROOT / "var" / "dateline.sqlite3"
    moved = load_settings({"DATELINE_WATCH": "off", "DATELINE_STATE_DB": "staat.sqlite3"})
    assert moved.watch is False and moved.state_path == Path.cwd() / "staat.sqlite3"
    with pytest.raises(SettingsError, match="DATELINE_WATCH must be on or off, not 'soms'"):
        load_settings({"DATELINE_WATCH": "soms"})


def test_a_state_file_that_cannot_be_made_stops_the_start_with_one_line(tmp_path: Path) -> None:
    """Found at start-up, not deep in it: the console waited without a word for a state file under a file."""
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"^DATELINE_STATE_DB lies under .*a-file, which is a file, not a folder"):
        load_settings({"DATELINE_STATE_DB": str(tmp_path / "a-file" / "state.db")}, dotenv=False)
    with pytest.raises(SettingsError, match=r"^DATELINE_STATE_DB is a folder, not a file"):
        load_settings({"DATELINE_STATE_DB": str(tmp_path)}, dotenv=False)
    fresh = tmp_path / "nieuw" / "map" / "state.db"  # folders yet to be made are fine: they are made
    assert load_settings({"DATELINE_STATE_DB": str(fresh)}, dotenv=False).state_path == fresh


def test_the_bot_embeds_the_newest_2000_stories_passages_ahead_unless_told_otherwise() -> None:
    assert load_settings({}).passage_stories == 2000
    assert load_settings({"DATELINE_PASSAGE_STORIES": " 0 "}).passage_stories == 0
    with pytest.raises(SettingsError, match="DATELINE_PASSAGE_STORIES must be a whole number of stories"):
        load_settings({"DATELINE_PASSAGE_STORIES": "veel"})


def test_values_are_parsed() -> None:
    settings = load_settings({
        "DISCORD_TOKEN": " abc.def.ghi ", "DATELINE_GUILD_ID": "123456789012345678",
        "DATELINE_ADMIN_ROLE_IDS": "1, 2;3,", "DATELINE_ADMIN_USER_IDS": "42", "DATELINE_LANGUAGE": "EN",
        "DATELINE_LOG_LEVEL": "debug", "DATELINE_ARTICLES_DIR": "artikelen", "DATELINE_INDEX_DIR": "/srv/index",
    })
    assert settings.token is not None and settings.token.reveal() == "abc.def.ghi"
    assert settings.guild_id == 123456789012345678
    assert settings.admin_role_ids == {1, 2, 3} and settings.admin_user_ids == {42}
    assert settings.language == "en" and settings.log_level == "DEBUG"
    assert settings.articles_dir == Path.cwd() / "artikelen"  # relative to where you start it
    assert settings.index_dir == Path("/srv/index")


def test_dotenv_is_read_and_the_environment_wins(clean_environment: Path) -> None:
    (clean_environment / ".env").write_text(
        "DISCORD_TOKEN=from-dotenv\nDATELINE_LANGUAGE=en\nDATELINE_GUILD_ID=111\n", encoding="utf-8")
    os.environ["DATELINE_LANGUAGE"] = "nl"  # set by the deployment
    settings = load_settings()
    assert settings.language == "nl"
    assert settings.token is not None and settings.token.reveal() == "from-dotenv"
    assert settings.guild_id == 111


def test_the_project_dotenv_is_read_too_after_the_working_directory(clean_environment: Path) -> None:
    (clean_environment / ".env").write_text("DATELINE_LANGUAGE=en\n", encoding="utf-8")
    (bot.settings.PROJECT_ROOT / ".env").write_text("DATELINE_LANGUAGE=nl\nDATELINE_LOG_LEVEL=WARNING\n",
                                                    encoding="utf-8")
    settings = load_settings()
    assert settings.language == "en" and settings.log_level == "WARNING"


@pytest.mark.parametrize(("name", "value", "message"), [
    ("DATELINE_GUILD_ID", "mijn-server", "DATELINE_GUILD_ID must be a numeric server id, not 'mijn-server'"),
    ("DATELINE_ADMIN_ROLE_IDS", "12,beheer", "DATELINE_ADMIN_ROLE_IDS must be comma-separated numeric ids; "
                                             "'beheer' is not one"),
    ("DATELINE_ADMIN_USER_IDS", "-5", "DATELINE_ADMIN_USER_IDS must be comma-separated numeric ids; '-5' is not one"),
    ("DATELINE_LANGUAGE", "de", "DATELINE_LANGUAGE must be one of nl, en, not 'de'"),
    ("DATELINE_LOG_LEVEL", "LOUD", "DATELINE_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not 'LOUD'"),
])
def test_an_invalid_value_fails_with_one_line_naming_the_variable(name: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings({name: value})
    assert str(raised.value) == message and "\n" not in message


def test_the_token_can_be_required() -> None:
    with pytest.raises(SettingsError, match=r"^DISCORD_TOKEN is not set: put it in \.env"):
        load_settings({"DISCORD_TOKEN": "  "}, require_token=True)


def test_the_token_never_shows_itself() -> None:
    token = Secret("abc.def.ghi")
    settings = load_settings({"DISCORD_TOKEN": "abc.def.ghi"})
    for shown in (repr(token), str(token), f"{token}", "%s" % token, repr(settings), str(settings)):  # noqa: UP031
        assert "abc.def.ghi" not in shown
    assert token.reveal() == "abc.def.ghi" and token == "abc.def.ghi"


# -- documentation ---------------------------------------------------------------------------------


def example_settings() -> dict[str, str]:
    text = (PROJECT_ROOT / ".env.example").read_text(encoding="utf-8")
    return dict(line.split("=", 1) for line in text.splitlines() if re.match(r"^[A-Z_]+=", line))


def test_every_setting_is_in_env_example_and_nothing_else() -> None:
    assert set(example_settings()) == set(DOCUMENTED)


def test_env_example_itself_is_valid() -> None:
    settings = load_settings(example_settings())
    assert settings.language in LANGUAGES and settings.token is None


def test_every_setting_is_in_the_readme() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in DOCUMENTED if f"`{name}`" not in readme]
    assert missing == [], f"README.md does not mention {missing}"


def test_every_slash_command_is_in_the_readme() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in SLASH_COMMANDS if not re.search(rf"`/{name}\b", readme)]
    assert missing == [], f"README.md does not mention {missing}"


async def test_the_slash_commands_listed_here_are_the_bots(settings: bot.settings.Settings) -> None:
    from bot.client import EXTENSIONS, DatelineBot

    async with DatelineBot(settings) as client:
        for extension in EXTENSIONS:
            await client.load_extension(extension)
        assert [command.name for command in client.tree.get_commands()] == list(SLASH_COMMANDS)
