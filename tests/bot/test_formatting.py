"""Times in Amsterdam time, provenance lines, marked matches; and the terminal rendering built on them."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.dates import local_time
from bot.embeds import answer_reply, comparison_reply
from bot.formatting import mark, provenance
from bot.terminal import Style, render_answer, render_comparison, render_quotes, render_search, render_story
from index.figures import ENGLISH_KIND_LABELS, KIND_LABELS
from index.library import Library
from index.models import Answer, Change, Figure, Highlight, Quote, QuoteResult
from index.times import reference_label
from tests.bot.conftest import SOLDIERS_QUESTION


def test_local_time_is_amsterdam_time_in_the_readers_language() -> None:
    summer = datetime(2024, 10, 18, 12, 0, tzinfo=UTC)  # CEST, +2
    winter = datetime(2024, 10, 30, 19, 0, tzinfo=UTC)  # CET, +1
    assert local_time(summer, "nl") == "18 okt 2024 14:00"
    assert local_time(winter, "en") == "30 Oct 2024 20:00"
    assert local_time(None) == "?"
    assert local_time(datetime(2019, 3, 6, 23, 0, tzinfo=UTC)) == "7 mrt 2019"  # a day alone: no 00:00


def test_a_date_guessed_from_the_file_is_said_to_be_one_in_the_terminal(seed_library: Library) -> None:
    """The seed pages as scraped give no date, so their time is their file's: shown as a date, a file copied
    today would pass for today's news. The terminal says it is the file's day, in the reader's language."""
    style = Style(False)
    found = render_search(seed_library.search("soldaten"), style, "nl")
    assert "SEOUL/VLADIVOSTOK (ANP/RTR/AFP) · datum onbekend (bestand van 18 okt 2024) · article" in found
    assert "WASHINGTON (ANP/AFP) · datum onbekend (bestand van 30 okt 2024) · article" in found
    assert "14:00" not in found and "20:00" not in found
    story_id = seed_library.search("soldaten").hits[0].story_id
    assert "· date unknown (file from " in render_story(seed_library.story(story_id), style, "en").split("\n")[1]
    quoted = render_quotes(seed_library.quote("Zelensky wapens leveren"), style, "nl")
    assert "— SEOUL/VLADIVOSTOK (ANP/RTR/AFP) · datum onbekend (bestand van 18 okt 2024)" in quoted
    answered = render_answer(seed_library.ask(SOLDIERS_QUESTION), style, "en")
    assert "WASHINGTON (ANP/AFP) · date unknown (file from 30 Oct 2024)" in answered and "Changes" not in answered


def test_provenance_is_the_dateline_as_printed_or_built_from_its_parts() -> None:
    assert provenance("SEOUL/VLADIVOSTOK (ANP/RTR/AFP)", ["ANP"], ["SEOUL"]) == "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"
    assert provenance("", ["ANP", "AFP"], ["WASHINGTON"]) == "WASHINGTON (ANP/AFP)"
    assert provenance("", [], []) == ""


def test_mark_skips_overlapping_highlights() -> None:
    assert mark("Noord-Korea", [Highlight(6, 11), Highlight(0, 5), Highlight(2, 8)], "[", "]") == "[Noord]-[Korea]"


def quote() -> Quote:
    return Quote(text="Het gaat niet alleen meer om het leveren van wapens.",
                 dateline="SEOUL/VLADIVOSTOK (ANP/RTR/AFP)", sources=["ANP", "RTR", "AFP"],
                 headline="Seoul: Noord-Korea stuurt eerste 1500 soldaten naar Rusland",
                 published=datetime(2024, 10, 18, 12, 0, tzinfo=UTC), story_id="a1195f5ec131", file="000.txt",
                 record_id=None, highlights=[Highlight(33, 40)])


def test_matches_are_bold_on_a_terminal_and_marked_when_piped() -> None:
    result = QuoteResult(query="leveren", quote=quote())
    piped = render_quotes(result, Style(False), "nl")
    assert piped.startswith("“Het gaat niet alleen meer om het **leveren** van wapens.”")
    assert "— SEOUL/VLADIVOSTOK (ANP/RTR/AFP) · 18 okt 2024 14:00" in piped
    assert "\033[1;33mleveren\033[0m" in render_quotes(result, Style(True), "nl")


def test_an_answer_in_the_terminal() -> None:
    answer = Answer(question="?", answer="10.000 militairen", abstained=False, confidence=0.82, quote=quote())
    assert render_answer(answer, Style(False), "en").startswith("10.000 militairen  confidence 82%\n\n“Het gaat")
    sentence = replace(answer, answer=quote().text, whole_sentence=True)  # no span: the quote answers, once
    # the first line says the sentence below answers (alone, "confidence 82%" looked like a missing answer)
    shown = render_answer(sentence, Style(False), "en")
    assert shown.startswith("The sentence below answers the question  confidence 82%\n\n“Het gaat")
    assert shown.replace("**", "").count(quote().text) == 1
    assert render_answer(sentence, Style(False), "nl").startswith(
        "De zin hieronder beantwoordt de vraag  zekerheid 82%\n\n“Het gaat")
    newspaper = replace(quote(), dateline="", sources=[], places=[], headline="Minister VS ruimt het veld")
    brief = replace(quote(), text="Trump reist niet naar Parijs.", headline="Trump reist niet naar Parijs.")
    abstained = Answer(question="?", answer=None, abstained=True, confidence=0, quote=None,
                       evidence=[quote(), newspaper, brief])
    # each passage itself (the answer may be in it), then where it is from and its story's headline
    assert render_answer(abstained, Style(False), "nl").splitlines() == [
        "Daarover vond ik niets in de artikelen.", "", "Misschien verwant (geen antwoord):",
        " • “Het gaat niet alleen meer om het leveren van wapens.”",
        "   SEOUL/VLADIVOSTOK (ANP/RTR/AFP) · 18 okt 2024 14:00 · Seoul: Noord-Korea stuurt eerste 1500 soldaten"
        " naar Rusland",
        " • “Het gaat niet alleen meer om het leveren van wapens.”",
        "   18 okt 2024 14:00 · Minister VS ruimt het veld",  # a newspaper record: no dateline, no empty part
        " • “Trump reist niet naar Parijs.”",
        "   SEOUL/VLADIVOSTOK (ANP/RTR/AFP) · 18 okt 2024 14:00"]  # a brief is its own headline: not twice
    # passages found, none sure enough: it says what it looked for, not that it found nothing
    unsure = replace(abstained, reason="low-confidence:0.31", question_type="hoeveel")
    assert render_answer(unsure, Style(False), "nl").startswith(
        "Ik vond geen aantal waarvan ik zeker genoeg ben; wat er het dichtst bij komt staat hieronder.\n\n"
        "Misschien verwant (geen antwoord):")
    assert render_answer(replace(unsure, question_type="wie"), Style(False), "en").startswith(
        "I found no name I am sure enough of;")
    assert render_answer(replace(unsure, evidence=[]), Style(False), "nl") == "Daarover vond ik niets in de artikelen."


def test_an_english_reader_gets_english_digit_marks() -> None:
    """'Reports differ: Seoul: 1.500' read as one and a half to an English reader."""
    def troops(value: float, claimant: str, when: datetime) -> Figure:
        return Figure(value=value, low=None, high=None, unit="soldaten", kind="troops", qualifier=None,
                      claimant=claimant, text=f"{value:g} soldaten", sentence="…", published=when)

    seoul = troops(1500, "Seoul", datetime(2024, 10, 18, 12, 0, tzinfo=UTC))
    pentagon = troops(10_000, "Pentagon", datetime(2024, 10, 30, 19, 0, tzinfo=UTC))
    change = Change(kind="troops", before=1500, after=10_000, delta=8500, ratio=6.667, from_story="a", to_story="b",
                    text="1.500 → 10.000 (+8.500)")
    answer = Answer(question="?", answer="10.000 militairen", abstained=False, confidence=0.82, quote=quote(),
                    figures=[pentagon, seoul], changes=[change], language="en")
    shown = render_answer(answer, Style(False), "en")
    assert "Pentagon: 10,000; Seoul: 1,500" in shown and "1,500 → 10,000 (+8,500)" in shown
    assert "Pentagon: 10.000; Seoul: 1.500" in render_answer(replace(answer, language="nl"), Style(False), "nl")


def test_the_steps_of_a_comparison_say_what_they_count_when_it_counts_several_things(tmp_path: Path) -> None:
    """Two measures in one line of steps, "2 → 10 (+8) · 29 → 17 (−12)", read as one count going up and down."""
    records = [("Wachttijd bij de huisarts", 29, 2, "2019-01-01"), ("Wachttijd opnieuw", 17, 10, "2019-02-01")]
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "huisarts.jsonl").write_text("".join(json.dumps({
        "id": f"r{number}", "title": title, "published_at": day,
        "text": f"Het aandeel patiënten dat te lang wacht daalde naar {share} procent. De wachttijd bij de huisarts "
                f"was gemiddeld {weeks} weken."}) + "\n" for number, (title, share, weeks, day) in enumerate(records)),
        encoding="utf-8")
    library = Library(folder, tmp_path / "index")
    library.ensure_index()
    comparison = library.compare("wachttijd aandeel")
    shown = render_comparison(comparison, Style(False), "nl").split("Verloop\n")[1]
    assert sorted(shown.splitlines()) == [" • procent: 29 → 17 (−12)", " • tijdsduur: 2 → 10 (+8)"]
    description = comparison_reply(comparison, None, "nl").embeds[0].description  # markdown: ( escaped
    assert sorted(description.removeprefix("**Verloop:** ").split("\n")) == [
        "procent: 29 → 17 \\(−12\\)", "tijdsduur: 2 → 10 \\(+8\\)"]
    one = library.compare("aandeel")  # one measure: its steps need no name
    assert render_comparison(one, Style(False), "nl").endswith("Verloop\n • 29 → 17 (−12)")
    library.close()


def test_an_english_reader_gets_a_dutch_figure_written_the_english_way(seed_library: Library) -> None:
    """'10.000 militairen' reads as ten soldiers in English: an English question's answer says the figure the
    English way after the article's words, in the terminal and in Discord; a Dutch question's does not."""
    english = seed_library.ask("How many North Korean soldiers are in Russia according to the Pentagon?")
    assert english.answer == "10.000 militairen", (english.reason, english.answer)
    assert render_answer(english, Style(False), "nl").startswith("10.000 militairen (10,000)  confidence ")
    title = answer_reply(english, "nl").embeds[0].title or ""
    assert title.replace("\\", "") == "10.000 militairen (10,000)"  # as Discord shows the escaped markdown
    dutch = seed_library.ask("hoeveel soldaten zitten er volgens het Pentagon in Rusland?")
    assert render_answer(dutch, Style(False), "nl").startswith("10.000 militairen  zekerheid ")


def test_every_known_kind_has_an_english_label() -> None:
    """An English reader sees what a group counts in English: a kind added to figures without a label here
    would be shown in Dutch."""
    assert ENGLISH_KIND_LABELS.keys() == KIND_LABELS.keys()


def test_an_english_reader_is_told_when_a_figure_applied_in_english(seed_library: Library) -> None:
    """The US estimate of 3,000 soldiers applied 'vorige week': an English question's reply says 'last week',
    beside the figure and in the line of who says what; a Dutch one keeps the article's words."""
    english = render_answer(seed_library.ask("how many north korean soldiers are in russia?"), Style(False), "nl")
    assert "3,000 soldaten (estimate, last week)" in english and "; last week: 3,000;" in english
    dutch = render_answer(seed_library.ask(SOLDIERS_QUESTION), Style(False), "nl")
    assert "3.000 soldaten (schatting, vorige week)" in dutch and "; vorige week: 3.000;" in dutch


@pytest.mark.parametrize(("phrase", "english"), [
    ("Vorige week", "last week"), ("afgelopen dinsdag", "last Tuesday"), ("3 jaar geleden", "3 years ago"),
    ("twee jaar geleden", "two years ago"), ("een jaar eerder", "a year earlier"), ("afgelopen jaar", "last year"),
    ("vannacht", "last night"), ("zes dagen geleden", "six days ago")])
def test_every_time_reference_reads_in_english(phrase: str, english: str) -> None:
    assert reference_label(phrase, "en") == english and reference_label(phrase, "nl") == phrase.lower()
