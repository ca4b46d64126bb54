"""The console twin: the bot's commands typed in a terminal (here: piped through stdin)."""

from __future__ import annotations

import asyncio
import io
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bot.console import COMMANDS, NO_ARGUMENT, Console, missing_argument, parse_line, run_console
from bot.service import Librarian
from bot.settings import Settings
from tests.bot.conftest import SOLDIERS_QUESTION, UNANSWERABLE, run_cli
from tests.conftest import DPG, need


@pytest.mark.parametrize(("line", "parsed"), [
    ("/search noord-korea source:AFP", ("search", "noord-korea", {"source": "AFP"})),
    ("/search vluchtelingen bron:ANP plaats:Seoul pagina:2",
     ("search", "vluchtelingen", {"source": "ANP", "place": "Seoul", "page": "2"})),
    ("/SEARCH tijd: 12:00", ("search", "tijd: 12:00", {})),  # not an option name: part of the query
    ("/reindex full:true", ("reindex", "", {"full": "true"})),
    ("/quote Zelensky source:AFP", ("quote", "Zelensky source:AFP", {})),  # /quote takes no options
    ("  hoeveel soldaten?  ", ("ask", "hoeveel soldaten?", {})),
    ("/quit", ("quit", "", {})),
    # The command words work without the slash too, as the CLI spells them; other first words are questions.
    ("ask hoeveel soldaten?", ("ask", "hoeveel soldaten?", {})),
    ("Search noord-korea bron:AFP", ("search", "noord-korea", {"source": "AFP"})),
    ("quit", ("quit", "", {})),
    ("wie is Zelensky?", ("ask", "wie is Zelensky?", {})),
    ("searching for answers", ("ask", "searching for answers", {})),
    ("exit polls in Georgia?", ("ask", "exit polls in Georgia?", {})),  # quit/exit/help bare: only alone
    ("help me met Oekraïne", ("ask", "help me met Oekraïne", {})),
    ("exit", ("exit", "", {})),
])
def test_parse_line(line: str, parsed: tuple[str, str, dict[str, str]]) -> None:
    assert parse_line(line) == parsed


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_command_that_needs_an_argument_says_which_in_one_line(language: str) -> None:
    for command in COMMANDS - NO_ARGUMENT - {"help", "quit", "exit", "q"}:
        said = missing_argument(language, command)
        assert "\n" not in said and said.startswith(f"/{command} ") and said.count(f"/{command} ") == 2, said


async def test_the_console_answers_through_the_librarian(settings: Settings, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    librarian = Librarian(settings)
    await librarian.start(wait=True)
    output = io.StringIO()
    console = Console(librarian, "en", output)
    try:
        assert await console.handle("/search Noord-Korea source:RTR")
        assert await console.handle("/story nope")
        assert await console.handle("/search")  # no words: one line on what is missing
        assert await console.handle("/ingest file.txt")  # Discord only: the help
        assert await console.handle("/search Noord-Korea source:RTR pagina:twee")  # not a page number: page 1
        assert await console.handle("/search Noord-Korea source:RTR page:0")
        assert not await console.handle("/quit")
    finally:
        await librarian.close()
    text = output.getvalue()
    assert "Filters: source RTR" in text and text.count("1 result for “Noord-Korea” (page 1/1)") == 3
    assert "Seoul: Noord-Korea stuurt" in text and "VS schatten aantal" not in text  # only Reuters copy
    assert "No story with id nope." in text and text.count("/reindex full:true · /quit") == 1  # for /ingest
    assert "I don't know /ingest; this is what I can do:" in text  # said, not only the help again
    assert "/search needs more: /search words searches the articles (filters: source, place)." in text
    assert "@Dateline" not in text  # the console's help, not Discord's


async def test_story_takes_an_id_in_any_case(settings: Settings) -> None:
    """As `run_bot.py story` does: `/story R7BFC0F62024` found nothing (ids are lower case)."""
    record = next(line for line in need(DPG).read_text(encoding="utf-8").splitlines()
                  if line.startswith('{"id": 10793087,'))
    (settings.articles_dir / "kranten.jsonl").write_text(record + "\n", encoding="utf-8")
    librarian = Librarian(settings)
    await librarian.start(wait=True)
    output = io.StringIO()
    console = Console(librarian, "nl", output)
    try:
        await console.handle("reindex")
        story_id = (await librarian.search("Soedan", page=1, page_size=5, limit=200)).hits[0].story_id
        await console.handle(f"/story {story_id.upper()}")
        await console.handle("/story r00000000000")
    finally:
        await librarian.close()
    text = output.getvalue()
    assert "Stroom valt uit in heel Soedan. onrust\n8 apr 2019 · record · " in text, text
    assert text.rstrip().endswith("Geen verhaal met id r00000000000.")


def test_the_console_over_stdin(settings: Settings, tmp_path: Path) -> None:
    # "quote" without the slash, as the CLI spells it
    lines = ["/search Noord-Korea", "quote Zelensky wapens leveren", "/compare Noord-Koreaanse soldaten in Rusland",
             f"/ask {SOLDIERS_QUESTION}", UNANSWERABLE, "how many soldiers did north korea send to russia?",
             "hoe liep het aantal Noord-Koreaanse soldaten in Rusland op?",
             "/story bestaat-niet", "/quit", "/ask na het einde"]
    result = run_cli("console", "--articles", str(settings.articles_dir), "--index", str(settings.index_dir),
                     "--language", "nl", cwd=tmp_path, stdin="\n".join(lines) + "\n")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    out = result.stdout
    # /search
    assert "2 resultaten voor „Noord-Korea” (pagina 1/1)" in out
    assert " 1. Seoul: Noord-Korea stuurt eerste 1500 soldaten naar Rusland" in out
    assert "SEOUL/VLADIVOSTOK (ANP/RTR/AFP) · 18 okt 2024 14:00 · article · " in out
    # /quote: verbatim, matches marked (output is not a terminal), with dateline and time
    assert "Het gaat niet alleen meer om het **leveren**\nvan **wapens**." in out
    assert "— SEOUL/VLADIVOSTOK (ANP/RTR/AFP) · 18 okt 2024 14:00" in out
    # /compare prints where it saved the chart
    for figure in ("1.500 soldaten", "3.000 soldaten", "10.000 militairen", "12.000 soldaten (gepland)"):
        assert figure in out
    chart = Path(out.split("Grafiek: ", 1)[1].split("\n", 1)[0])
    assert chart == tmp_path / "var" / "charts" / "noord-koreaanse-soldaten-in-rusland.png"
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    # /ask, a plain question, an unknown story
    assert "10.000 militairen  zekerheid " in out
    assert "— WASHINGTON (ANP/AFP) · 30 okt 2024 20:00" in out
    assert "Daarover vond ik niets in de artikelen (geen artikel noemt: won, Tour, France, 1998)." in out
    # The reports' differing figures in the framing's language: Dutch for the Dutch question, English for the English
    # (which asks how many were sent: Seoul's plan of 12,000 is no report of that).
    differ = [line for line in out.splitlines() if line.startswith(("De berichten verschillen: ", "Reports differ: "))]
    assert len(differ) == 3 and "12.000 (gepland)" in differ[0] and "10,000" in differ[1], differ
    assert "1,500" in differ[1] and "12,000" not in differ[1], differ
    # A question comparing reports: how the count went, in time order (the planned 12.000 is no count yet).
    assert "Verloop: 1.500 → 3.000 (+1.500) · 3.000 → 10.000 (+7.000)" in out
    assert out.rstrip().endswith("Geen verhaal met id bestaat-niet.\n\n> /quit")  # nothing after it is answered
    assert "dateline>" not in out  # no prompt when stdin is not a terminal


def test_piped_lines_are_echoed_and_their_answers_parted_by_a_blank_line(settings: Settings, tmp_path: Path) -> None:
    """Piped, the answers ran into each other, with nothing to show which line each one answered."""
    lines = ["/story bestaat-niet", "", "   ", "/search Noord-Korea bron:RTR", "/story ook-niet"]
    result = run_cli("console", "--articles", str(settings.articles_dir), "--index", str(settings.index_dir),
                     cwd=tmp_path, stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.rstrip("\n").split("\n\n> ")  # the blank lines of an answer are followed by no "> "
    assert blocks[0] == "> /story bestaat-niet\nGeen verhaal met id bestaat-niet."
    assert blocks[1].startswith("/search Noord-Korea bron:RTR\nGezocht naar artikelen met alle woorden: Noord, Korea")
    assert blocks[2] == "/story ook-niet\nGeen verhaal met id ook-niet."  # blank input lines: nothing, no echo
    assert len(blocks) == 3


def test_piped_bytes_that_are_no_utf8_are_read_and_the_console_goes_on(settings: Settings, tmp_path: Path) -> None:
    """A byte that is no UTF-8 ended the console with a traceback, and every line after it went unanswered."""
    lines = ["hoeveel soldaten stuurde Noord-Korea naar Vladivostok\udcff?", "/story caf\udce9"]
    result = run_cli("console", "--articles", str(settings.articles_dir), "--index", str(settings.index_dir),
                     cwd=tmp_path, stdin="\n".join(lines) + "\n")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "> hoeveel soldaten stuurde Noord-Korea naar Vladivostokÿ?\n" in result.stdout
    assert result.stdout.rstrip().endswith("> /story café\nGeen verhaal met id café.")


def test_at_a_terminal_nothing_is_echoed(settings: Settings, tmp_path: Path) -> None:
    """The typed line is on the screen already, after the prompt."""
    output = io.StringIO()
    run_console(settings, source=Terminal("/story bestaat-niet\n/story ook-niet\n"), output=output)
    assert output.getvalue().endswith("dateline> Geen verhaal met id bestaat-niet.\n"
                                      "dateline> Geen verhaal met id ook-niet.\ndateline> ")
    assert "> /story" not in output.getvalue()


def test_without_a_token_run_bot_starts_the_console(settings: Settings, tmp_path: Path) -> None:
    """A newcomer's first command (no token, no subcommand) shows the product working."""
    articles = tmp_path / "mijn-artikelen"
    shutil.copytree(settings.articles_dir, articles, copy_function=shutil.copy2)
    # Piped at once, before the stories' meaning is embedded: the console waits for that pass after its first
    # build, so these answers are the ones `run_bot.py ask` gives (the second abstained before it did).
    questions = ["hoeveel soldaten stuurde Noord-Korea naar Vladivostok?", SOLDIERS_QUESTION]
    result = run_cli(cwd=tmp_path, stdin="\n".join(questions) + "\n",
                     env={"DATELINE_ARTICLES_DIR": str(articles), "DATELINE_INDEX_DIR": str(tmp_path / "eerste-index")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"> {questions[0]}\n1500 soldaten  zekerheid ")
    assert f"\n\n> {SOLDIERS_QUESTION}\n10.000 militairen  zekerheid " in result.stdout
    assert (tmp_path / "eerste-index" / "openings.npz").is_file()  # built on first use, where the settings say
    # No start-up log lines beside the answer ("index ready …"): the console logs warnings only, unless asked.
    assert " INFO " not in result.stderr, result.stderr


class Terminal(io.StringIO):
    """Typed input: the console prompts and says what it is doing, as it does for a person at a terminal."""

    def isatty(self) -> bool:
        return True


def test_at_a_terminal_the_console_says_it_is_indexing_before_it_waits(settings: Settings, tmp_path: Path) -> None:
    """It logs warnings only, so a first build (a minute for a large folder) is said in its own words."""
    fresh = replace(settings, index_dir=tmp_path / "nieuwe-index")
    output = io.StringIO()
    run_console(fresh, source=Terminal("/quit\n"), output=output)
    lines = output.getvalue().splitlines()
    assert lines[0] == f"Nog geen index: de artikelen in {settings.articles_dir} worden geïndexeerd …"
    assert lines[1].startswith("Dateline: nieuws met bronvermelding")
    output = io.StringIO()  # the index is there now: nothing to say about it
    run_console(replace(fresh, language="en"), source=Terminal("/quit\n"), output=output)
    assert output.getvalue().startswith("Dateline: news with its sources")


def test_a_failure_on_the_way_in_ends_the_console_rather_than_hanging_it(settings: Settings, tmp_path: Path) -> None:
    """Settings made in code skip load_settings' checks: the state file cannot be made under a file. The
    error comes out, and the librarian's threads and child processes are let go of (it hung without a word)."""
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    broken = replace(settings, state_db=tmp_path / "a-file" / "state.db")
    with pytest.raises(OSError):
        run_console(broken, source=io.StringIO("/quit\n"), output=io.StringIO())


@pytest.mark.parametrize(("line", "parsed"), [
    ("follow zeewier Vlissingen bron:ANP", ("follow", "zeewier Vlissingen", {"source": "ANP"})),
    ("follows", ("follows", "", {})),
    ("follows de verkiezingen in de VS?", ("ask", "follows de verkiezingen in de VS?", {})),
    ("/unfollow 3", ("unfollow", "3", {})),
    ("latest Rusland pagina:2", ("latest", "Rusland", {"page": "2"})),
    ("/latest", ("latest", "", {})),
])
def test_parse_follow_lines(line: str, parsed: tuple[str, str, dict[str, str]]) -> None:
    assert parse_line(line) == parsed


async def test_a_follow_in_the_console_prints_new_stories_as_they_are_indexed(settings: Settings) -> None:
    from bot.console import ConsoleCourier
    from bot.follows import FollowDesk
    from bot.state import StateDB

    librarian = Librarian(settings)
    await librarian.start(wait=True)
    state = StateDB(settings.state_path)
    output = io.StringIO()
    console = Console(librarian, "nl", output)
    console.desk = FollowDesk(librarian, state, ConsoleCourier(console), poll=0.1)
    await console.desk.start()
    try:
        await console.handle("follow Noord-Korea soldaten bron:ANP")
        await console.handle("follows")
        (settings.articles_dir / "nieuw.txt").write_text(
            "date: 2026-11-30T09:00:00+01:00\nsource: ANP\n\nNoord-Korea stuurt meer soldaten\n"
            "SEOUL (ANP) - Noord-Korea stuurt nog eens 2000 soldaten naar Rusland, meldt Seoul.\n", encoding="utf-8")
        await console.handle("reindex")  # the watcher's job in a real console; here the same reindex by hand
        for _ in range(100):
            if "» volgt „Noord-Korea soldaten”" in output.getvalue():
                break
            await asyncio.sleep(0.1)
        await console.handle("latest soldaten")
        await console.handle("unfollow 1")
        await console.handle("unfollow 1")
    finally:
        await console.desk.close()
        state.close()
        await librarian.close()
    text = output.getvalue()
    # Only the filters it has ("(bron ANP, plaats -)", "(ANP, -)"), and the posts appear here, not "daar".
    assert "Deze console volgt nu „Noord-Korea soldaten” (bron ANP) (#1): nieuwe artikelen erover verschijnen hier," \
        in text
    assert "Volgopdrachten (1/25)\n  #1 „Noord-Korea soldaten” (bron ANP)\n" in text
    post = text.split("» volgt „Noord-Korea soldaten”\n", 1)[1]
    assert post.startswith(" 1. Noord-Korea stuurt meer soldaten\n    SEOUL (ANP) · 30 nov 2026 09:00")
    assert text.count("»") == 1  # the stories that were there before the follow are not printed
    assert "Nieuwste artikelen over „soldaten” (pagina 1/1)\n\n 1. Noord-Korea stuurt meer soldaten" in text
    assert "Gestopt: Deze console volgt „Noord-Korea soldaten” niet meer (#1)." in text
    assert text.rstrip().endswith("Hier is geen volgopdracht 1.")


def test_language_and_sync_work_where_the_console_is_the_default(settings: Settings, tmp_path: Path) -> None:
    """`run_bot.py --language en` said "invalid choice: 'en'" though the console takes it, and `run_bot.py --sync`
    without a token opened the console where `bot --sync` says what it lacks."""
    where = {"DATELINE_ARTICLES_DIR": str(settings.articles_dir), "DATELINE_INDEX_DIR": str(settings.index_dir)}
    english = run_cli("--language", "en", cwd=tmp_path, stdin="/story bestaat-niet\n", env=where)
    assert english.returncode == 0, english.stderr
    assert english.stdout == "> /story bestaat-niet\nNo story with id bestaat-niet.\n"
    synced = run_cli("--sync", cwd=tmp_path, stdin="/story bestaat-niet\n", env=where)
    assert (synced.returncode, synced.stdout) == (2, "")
    assert synced.stderr == run_cli("bot", "--sync", cwd=tmp_path, env=where).stderr
    assert "DISCORD_TOKEN is not set" in synced.stderr
