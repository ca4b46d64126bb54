"""Comparing the figures reports give: the North Korea case from the seeds, in time order, with a chart; reports
without a date of their own (their file's time) listed apart, outside the course."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import UTC
from pathlib import Path

import pytest

from bot.terminal import Style, render_comparison
from index.chart import chart_panels, draw, report_label
from index.library import Library
from index.models import dumps
from tests.conftest import set_mtime
from tests.index.test_answers import article, library_of, weather


def test_north_korean_troops_in_russia_across_reports(sample_library: Library, tmp_path: Path) -> None:
    """The seed pages with the dates their front matter gives."""
    chart = tmp_path / "chart.png"
    result = sample_library.compare("Noord-Koreaanse soldaten in Rusland", chart=chart)
    troops = next(group for group in result.groups if group.kind == "troops")
    rows = [(figure.value, figure.modality, figure.claimant, figure.dateline) for figure in troops.figures]
    assert rows == [
        (1500, "reported", "Seoul", "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"),
        (12000, "planned", "Seoul", "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"),
        (3000, "estimated", "Verenigde Staten", "WASHINGTON (ANP/AFP)"),
        (10000, "estimated", "Amerikaanse Pentagon", "WASHINGTON (ANP/AFP)"),
    ]
    planned = troops.figures[1]
    assert planned.text == "vier brigades van in totaal 12.000 soldaten" and planned.qualifier == "in totaal"
    earlier = troops.figures[2]
    assert earlier.when_text == "Vorige week"
    assert (troops.figures[3].published - earlier.when).days == 7
    assert [change.text for change in result.changes if change.kind == "troops"] == [
        "1.500 → 3.000 (+1.500)", "3.000 → 10.000 (+7.000)"]
    assert all(figure.kind != "troops" or "Noord" in figure.sentence + figure.headline for figure in result.figures)
    assert result.chart == str(chart) and chart.read_bytes().startswith(b"\x89PNG")


def test_an_english_topic_lines_up_what_the_dutch_one_does(sample_library: Library) -> None:
    """An English topic is searched in the articles' Dutch words, names the same kind of count, and says so."""
    dutch = sample_library.compare("Noord-Koreaanse soldaten in Rusland")
    english = sample_library.compare("north korean troops in russia toll")
    assert [(figure.value, figure.story_id) for figure in english.groups[0].figures] == [
        (figure.value, figure.story_id) for figure in dutch.groups[0].figures]
    assert english.groups[0].kind == "troops" and english.changes == dutch.changes
    assert english.language == "en" and dutch.language == "nl" and dutch.reading.translations == {}
    assert english.reading.translations == {"north": "noorden", "korean": "koreaans", "troops": "troepen",
                                            "russia": "rusland"}
    assert english.reading.also == {"koreaans": ["koreaan"]}  # another translation the articles have
    assert english.reading.left_out == ["toll"]  # no article has 'gelui' or 'klokgelui'; not read as a Dutch typo
    shown = render_comparison(english, Style(False), "nl").splitlines()
    assert shown[:4] == ["Figures about “north korean troops in russia toll”",
                         "Searched in Dutch: north → noorden, korean → koreaans / koreaan, troops → troepen, "
                         "russia → rusland",
                         "Left out (no article has it, nor a Dutch word for it): toll",
                         "Only reports naming rusland"]
    assert shown[5] == "soldiers/troops" and shown[6].startswith(" • 1,500 soldaten · according to Seoul")


def test_an_english_word_is_searched_in_each_of_its_translations_the_articles_have(tmp_path: Path) -> None:
    """The word list's commonest translation is not always the sense: "tax office" was searched as 'recht
    plaats' alone, and the tax office's staff count was not about the topic. Every translation an article has
    now matches for its word, and a sentence holding a rarer one holds more of the topic."""
    records = [article("k1", "Kantoor dicht", "Het kantoor van de belasting in Zwolle sluit; 120 medewerkers "
                       "verhuizen naar Apeldoorn."),
               article("r1", "Rechtszaak", "Het recht van de sterkste geldt op die plaats niet, zei de rechter.")]
    with library_of(tmp_path, *records) as library:
        result = library.compare("tax office")
        found = library.search("tax office")
    assert result.reading.translations == {"tax": "recht", "office": "plaats"}
    assert {"belasting"} <= set(result.reading.also["recht"]) and "kantoor" in result.reading.also["plaats"]
    assert [figure.value for figure in result.figures] == [120]
    assert {hit.headline for hit in found.hits} == {"Kantoor dicht", "Rechtszaak"}
    assert render_comparison(result, Style(False), "nl").splitlines()[1].startswith(
        "Searched in Dutch: tax → recht / belasting")


@pytest.mark.parametrize(("together", "apart", "read_as"), [
    (3, 1, {"climate agreement": "klimaatakkoord"}), (1, 3, {"climate": "klimaat", "agreement": "akkoord"})])
def test_two_english_words_are_read_as_the_compound_dutch_writes_when_articles_write_it_more(
        tmp_path: Path, together: int, apart: int, read_as: dict[str, str]) -> None:
    """English writes apart what Dutch writes as one word: "climate agreement" is 'klimaatakkoord', which
    neither 'klimaat' nor 'akkoord' matches. Read so when more stories write the compound than hold both words
    apart, else as two words; either way every story found is about the topic."""
    records = [article(f"c{number}", "Kosten", f"Het klimaatakkoord kost {number + 2} miljard euro.")
               for number in range(together)]
    records += [article(f"a{number}", "Kosten", f"Het akkoord over het klimaat kost {number + 2} miljard euro.")
                for number in range(apart)]
    with library_of(tmp_path, *records) as library:
        found = library.search("climate agreement")
    assert found.reading.translations == read_as and found.language == "en"
    assert found.total == (together if len(read_as) == 1 else apart)


def test_an_english_topic_keeps_a_word_dutch_news_writes_as_it_is(tmp_path: Path) -> None:
    """Dutch news writes 'deal' as it is: "brexit deal" is searched as typed, not as 'verdelen' (the word list's
    commonest translation an article has), and, nothing translated, answered in the reader's language: Dutch
    readers type it too."""
    records = [article(f"d{number}", "Brexit", f"In het Lagerhuis stemden {number + 400} Britse parlementariërs "
                       "tegen de deal van May.") for number in range(3)]
    records.append(article("v1", "Erfenis", "De kinderen verdelen het geld."))
    with library_of(tmp_path, *records) as library:
        result = library.compare("brexit deal")
    assert result.language == "nl" and result.reading.translations == {}
    assert sorted(figure.value for figure in result.figures) == [400, 401, 402]


@pytest.mark.parametrize(("topic", "title", "values"), [
    ("Noord-Koreaanse soldaten in Rusland", "soldaten/militairen", ["1.500", "12.000 (gepland)", "10.000 (schatting)"]),
    ("north korean troops in russia", "soldiers/troops", ["1,500", "12,000 (planned)", "10,000 (estimate)"]),
])
def test_the_chart_titles_each_panel_with_what_it_counts_in_the_topic_s_language(
        sample_library: Library, topic: str, title: str, values: list[str]) -> None:
    """Each panel says what it counts (it said the last report's source, 'Amerikaanse Pentagon'), and an English
    topic's chart is worded in English as its reply is."""
    import matplotlib.pyplot as plt

    result = sample_library.compare(topic)
    figure = draw(topic, chart_panels(result.groups, result.language), result.language)
    try:
        axis = figure.axes[0]
        marks = [text.get_text().split("\n")[0] for text in axis.texts]
        assert axis.get_title(loc="left") == title and all(value in marks for value in values)
    finally:
        plt.close(figure)


def test_every_chart_label_stays_on_the_chart_and_names_its_report(tmp_path: Path) -> None:
    """The last report's label ran past the chart's right edge ('Amerikaanse Pentagon' cut off); a mark in the
    later half is now labelled to its left. A newspaper story with neither a claimant nor a dateline was
    labelled '?'; it is known by its headline."""
    import matplotlib.pyplot as plt

    records = [article("d1", "Zware overstromingen eisen levens in Iran",
                       "Bij de overstromingen in Iran zijn zeker negentien doden gevallen.",
                       published="2019-03-27T10:00:00+01:00"),
               article("d2", "Dodental overstromingen Iran loopt op",
                       "Bij de overstromingen in Iran zijn zeker zeventig doden gevallen.",
                       published="2019-04-08T10:00:00+02:00")]
    with library_of(tmp_path, *records) as library:
        result = library.compare("doden overstromingen Iran")
    figure = draw("doden overstromingen Iran", chart_panels(result.groups, result.language), result.language)
    try:
        renderer = figure.canvas.get_renderer()
        edge = figure.bbox
        texts = figure.axes[0].texts
        assert [text.get_text().split("\n")[1] for text in texts] == [
            "Zware overstromingen eisen leve…", "Dodental overstromingen Iran lo…"]
        for text in texts:
            box = text.get_window_extent(renderer)
            assert edge.x0 <= box.x0 and box.x1 <= edge.x1, text.get_text()
    finally:
        plt.close(figure)
    # wire copy without a claimant is labelled with its dateline as every reply prints it
    wire = replace(result.figures[0], dateline="TEHERAN (ANP/AFP)", places=["TEHERAN"], sources=["ANP", "AFP"])
    assert report_label(wire) == "TEHERAN (ANP/AFP)"


def test_a_story_naming_none_of_the_topic_s_names_gives_no_figure(tmp_path: Path) -> None:
    """"dodental overstromingen iran" (typed in lower case) lined up a story on floods in Mozambique: 350 dead in
    2000, and its course ran 350 → 19 → 70. A story naming none of the topic's names (words the articles write
    capitalised) is about something else, and the reply says which names its reports name; the toll's own
    reports, whose sentences do not restate the topic, stay, as the death toll the topic asks for. `ask` comparing
    the reports takes its figures from them alone too."""
    records = [article("m1", "Verwoestende orkaan", "De orkaan trof Mozambique hard. In februari 2000 vielen bij "
                       "de zwaarste overstromingen in dertig jaar 350 doden.",
                       published="2019-03-19T10:00:00+01:00"),
               article("i1", "Zware overstromingen eisen levens", "De overstromingen in Iran houden aan. Zeker "
                       "negentien mensen kwamen om het leven.", published="2019-03-27T10:00:00+01:00"),
               article("i2", "Dodental overstromingen Iran loopt op", "Het water in Iran zakt langzaam. Het "
                       "natuurgeweld heeft al aan zeker zeventig mensen het leven gekost.",
                       published="2019-04-08T10:00:00+02:00"), *weather(8)]
    with library_of(tmp_path, *records) as library:
        result = library.compare("dodental overstromingen iran")
        asked = library.ask("Hoe liep het aantal doden bij de overstromingen in Iran op?")
    assert [(figure.record_id, figure.value) for figure in result.figures] == [("i1", 19), ("i2", 70)]
    assert not asked.abstained and {figure.record_id for figure in asked.figures} == {"i1", "i2"}
    assert [change.text for change in result.changes] == ["19 → 70 (+51)"]
    # the reply says why a report may be missing, as the words were read
    assert result.reading.names == ["iran"] and result.to_json()["reading"]["names"] == ["iran"]
    assert "Alleen berichten die iran noemen" in render_comparison(result, Style(False), "nl").splitlines()


def test_a_comparison_says_which_typo_it_corrected(sample_library: Library) -> None:
    """/search said "Typfout? soldatne gelezen als soldaten"; /compare searched the corrected word silently."""
    result = sample_library.compare("noord koreaanse soldatne")
    assert result.reading.corrections == {"soldatne": ["soldaten"]} and result.figures
    assert "Typfout? soldatne gelezen als soldaten" in render_comparison(result, Style(False), "nl").splitlines()


def test_the_names_a_comparison_keeps_to_are_said_as_typed(sample_library: Library) -> None:
    """Neighbouring words of one name are said together ("noord koreaanse", not "noord of koreaanse"), a
    hyphenated one whole, and separate names with "of"."""
    assert sample_library.compare("noord koreaanse soldaten").reading.names == ["noord koreaanse"]
    assert sample_library.compare("Noord-Koreaanse soldaten in Rusland?").reading.names == [
        "Noord-Koreaanse", "Rusland"]


def test_compare_json_has_the_contract_fields(sample_library: Library) -> None:
    payload = sample_library.compare("Noord-Koreaanse soldaten in Rusland").to_json()
    assert payload["topic"] == "Noord-Koreaanse soldaten in Rusland" and payload["chart"] is None
    for figure in payload["figures"]:
        assert {"value", "low", "high", "unit", "kind", "qualifier", "claimant", "text", "sentence", "dateline",
                "sources", "headline", "published", "story_id", "file", "published_from"} <= set(figure)
    assert {figure["published_from"] for figure in payload["figures"]} == {"front-matter"}
    assert payload["changes"]


def test_reports_dated_by_their_file_time_stand_outside_the_course(seed_library: Library, tmp_path: Path) -> None:
    """The seed pages as scraped, without a date: their time is their file's, which a copy or a restore
    changes, so no report is known to come before another. Each is listed, said to have no date, with no step
    between them and no chart (it would place them on a time axis)."""
    chart = tmp_path / "chart.png"
    result = seed_library.compare("Noord-Koreaanse soldaten in Rusland", chart=chart)
    troops = next(group for group in result.groups if group.kind == "troops")
    assert sorted(figure.value for figure in troops.figures) == [1500, 3000, 10000, 12000]
    assert {figure.published_from for figure in troops.figures} == {"file-mtime"}
    assert result.changes == [] and result.chart is None and not chart.exists()
    shown = render_comparison(result, Style(False), "nl")
    assert "Verloop" not in shown and "Zonder datum van de bron (niet in het verloop):" in shown
    assert "datum onbekend (bestand van 30 okt 2024)" in shown and "30 okt 2024 20:00" not in shown
    english = render_comparison(result, Style(False), "en")
    assert "date unknown (file from 18 Oct 2024)" in english
    assert {figure["published_from"] for figure in json.loads(dumps(result.to_json()))["figures"]} == {"file-mtime"}


def test_an_old_report_copied_later_does_not_end_the_course(tmp_path: Path) -> None:
    """An early report (200 dead) without a date, copied in after the later ones: by its file's time it was the
    newest, and the course ran 200 → 600 → 100, a toll falling by 500. Now it stands after the dated reports,
    with no step to it."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("idai-1.txt", "idai-2.txt"):
        (articles / name).write_text(RUNNING_COUNT[name], "utf-8")
    (articles / "idai-0.txt").write_text(
        "Cycloon nadert Mozambique\nBEIRA (ANP) - Bij de cycloon in Mozambique zijn zeker 100 doden gevallen.\n",
        "utf-8")
    set_mtime(articles / "idai-0.txt", "2019-04-02T09:00:00+02:00")
    library = Library(articles, tmp_path / "index")
    try:
        library.ensure_index()
        result = library.compare("dodental cycloon Mozambique", chart=tmp_path / "chart.png")
    finally:
        library.close()
    assert [(figure.value, figure.date_guessed) for figure in result.groups[0].figures] == [
        (200, False), (600, False), (100, True)]
    assert [change.text for change in result.changes] == ["200 → 600 (+400)"]
    assert result.chart is not None  # the dated reports are drawn


def test_a_topic_without_figures_gives_an_empty_comparison(seed_library: Library, tmp_path: Path) -> None:
    result = seed_library.compare("walvissen in de Noordzee", chart=tmp_path / "none.png")
    assert result.figures == [] and result.chart is None


RUNNING_COUNT = {
    "idai-1.txt": """date: 2019-03-20T10:00:00+01:00
source: ANP

Cycloon treft Mozambique
BEIRA (ANP) - Bij de cycloon in Mozambique zijn zeker 200 doden gevallen. De storm duurde drie dagen.
""",
    "idai-2.txt": """date: 2019-03-24T10:00:00+01:00
source: ANP

Dodental cycloon Mozambique stijgt
BEIRA (ANP) - Het dodental van de cycloon in Mozambique is opgelopen tot minstens zeshonderd. Ruim 90 procent \
van de stad is verwoest.
""",
    "idai-3.txt": """date: 2019-03-28T10:00:00+01:00
source: ANP

Cholera na cycloon
BEIRA (ANP) - Vijf gevallen van cholera zijn er gemeld, nadat de teller met doden van de cycloon in Mozambique \
al was opgelopen tot 468. Artsen zonder Grenzen stuurt vijftig artsen naar de regio.
""",
}


def test_a_death_toll_across_reports_with_running_counts_and_nothing_unrelated(tmp_path: Path) -> None:
    """'opgelopen tot minstens zeshonderd', 'de teller … opgelopen tot 468' are counts of the dead; the
    storm's days, the city's share destroyed, cholera cases and doctors are left out of a death toll."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in RUNNING_COUNT.items():
        (articles / name).write_text(text, "utf-8")
    library = Library(articles, tmp_path / "index")
    library.ensure_index()
    try:
        result = library.compare("dodental cycloon Mozambique")
    finally:
        library.close()
    assert [group.kind for group in result.groups] == ["deaths"]
    assert [figure.value for figure in result.groups[0].figures] == [200, 600, 468]
    assert [change.text for change in result.changes] == ["200 → 600 (+400)", "600 → 468 (−132)"]


def test_groups_only_the_headline_ties_to_the_topic_are_left_out() -> None:
    from index.compare import rank_groups
    from index.models import Figure, FigureGroup

    def figure(kind: str, sentence: str) -> Figure:
        return Figure(value=1, low=None, high=None, unit=None, kind=kind, qualifier=None, claimant=None, text="1",
                      sentence=sentence)

    groups = [FigureGroup("duration", "tijdsduur", [figure("duration", "De storm duurde drie dagen.")]),
              FigureGroup("people", "mensen", [figure("people", "De cycloon in Mozambique trof 500.000 inwoners."),
                                               figure("people", "Het gaat om 20 mensen.")]),
              FigureGroup("percentage", "procent", [figure("percentage", "Ruim 90 procent van Mozambique.")])]
    assert [group.kind for group in rank_groups("cycloon Mozambique", groups)] == ["people", "percentage"]


def test_an_answer_s_course_steps_only_between_reports_about_what_the_question_names() -> None:
    """A question comparing reports of Idai's dead lists figures from the likeliest candidates, a death toll in
    Nigeria among them; its course ('Verloop') steps between the reports about Idai only, in time order."""
    from datetime import datetime

    from index.compare import course
    from index.models import Figure

    def deaths(value: int, day: int, headline: str, sentence: str) -> Figure:
        return Figure(value=value, low=None, high=None, unit="doden", kind="deaths", qualifier=None, claimant=None,
                      text=f"{value} doden", sentence=sentence, headline=headline, story_id=str(day),
                      published=datetime(2019, 3, day, tzinfo=UTC))

    figures = [deaths(468, 28, "Dringen na Idai", "De teller met doden was opgelopen tot 468."),
               deaths(3641, 20, "Moord op christenen in Nigeria", "Er vielen 3641 doden."),
               deaths(215, 21, "Orkaan Idai", "Idai maakte zeker 215 doden."),
               deaths(700, 27, "Idai hulpverlening", "Idai veroorzaakte 700 doden.")]
    assert [change.text for change in course(figures, "Idai")] == ["215 → 700 (+485)", "700 → 468 (−232)"]
    assert len(course(figures)) == 3  # no topic: every report of the kind


def test_an_answer_s_course_takes_no_step_from_or_to_a_report_dated_by_its_file() -> None:
    """An answer's course ('Verloop', `changes` in --json) is compare's `course`: a report whose date is its
    file's time stands in none, wherever that time falls (before, between or after the dated reports)."""
    from datetime import datetime

    from index.compare import course
    from index.models import Figure

    def deaths(value: int, day: int, published_from: str) -> Figure:
        return Figure(value=value, low=None, high=None, unit="doden", kind="deaths", qualifier=None, claimant=None,
                      text=f"{value} doden", sentence=f"Idai maakte {value} doden.", headline="Idai",
                      story_id=str(day), published=datetime(2019, 3, day, tzinfo=UTC), published_from=published_from)

    figures = [deaths(215, 21, "record"), deaths(90, 19, "file-mtime"), deaths(50, 24, "file-mtime-minus-age"),
               deaths(700, 27, "front-matter"), deaths(100, 30, "file-mtime")]
    assert [change.text for change in course(figures, "Idai")] == ["215 → 700 (+485)"]


def test_a_course_steps_only_between_figures_of_one_measure() -> None:
    """Durations in years and in weeks are one kind, not one measure: "4 jaar" to "3 weken" was a step of −1."""
    from datetime import datetime

    from index.compare import course
    from index.models import Figure, disagreement

    def lasting(value: int, unit: str, day: int) -> Figure:
        return Figure(value=value, low=None, high=None, unit=unit, kind="duration", qualifier=None, claimant=None,
                      text=f"{value} {unit}", sentence=f"Het duurde {value} {unit}.", headline="Kellogg",
                      story_id=str(day), published=datetime(2019, 3, day, tzinfo=UTC))

    figures = [lasting(6, "jaar", 1), lasting(4, "jaar", 2), lasting(3, "weken", 3), lasting(1, "jaren", 4)]
    assert [change.text for change in course(figures)] == ["6 → 4 (−2)", "4 → 1 (−3)"]
    # nor do reports disagree when one says "negentig minuten" and another "negen maanden"
    assert disagreement([lasting(90, "minuten", 1), lasting(9, "maanden", 2)]) is None
    assert disagreement([lasting(90, "minuten", 1), lasting(85, "minuut", 2)]) is not None


def test_a_demand_takes_no_step_and_is_marked_where_reports_differ() -> None:
    """The prosecutor's 'vier jaar geëist' is no count: the course goes from verdict to verdict, and the line of
    differing reports says which value was demanded."""
    from datetime import datetime

    from index.compare import course
    from index.models import Figure, disagreement

    def years(value: int, day: int, modality: str) -> Figure:
        return Figure(value=value, low=None, high=None, unit="jaar", kind="duration", qualifier=None, claimant=None,
                      text=f"{value} jaar", sentence=f"Het gaat om {value} jaar.", headline="Zaak",
                      story_id=str(day), published=datetime(2019, 3, day, tzinfo=UTC), modality=modality,
                      when_text=f"{day} maart")

    figures = [years(2, 1, "reported"), years(4, 2, "demanded"), years(3, 3, "reported")]
    assert [change.text for change in course(figures)] == ["2 → 3 (+1)"]
    assert disagreement(figures) == "1 maart: 2; 2 maart: 4 (geëist); 3 maart: 3"


def test_ages_are_not_compared(tmp_path: Path) -> None:
    """The README: "ages are not compared": the suspect's age is no figure beside the death toll."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "date: 2024-11-02T09:00:00+01:00\n\nAanslag op kerstmarkt in Berlijn\nBERLIJN (ANP) - Een 45-jarige man is "
        "opgepakt na de aanslag op de kerstmarkt in Berlijn, waarbij 12 doden vielen. De verdachte is 45 jaar oud.\n",
        "utf-8")
    (articles / "b.txt").write_text(
        "date: 2024-11-03T09:00:00+01:00\n\nDodental aanslag Berlijn gestegen\nBERLIJN (ANP) - Bij de aanslag op de "
        "kerstmarkt in Berlijn zijn 13 doden gevallen. De 46-jarige verdachte zit vast.\n", "utf-8")
    library = Library(articles, tmp_path / "index")
    try:
        library.ensure_index()
        result = library.compare("aanslag kerstmarkt Berlijn")
        assert [(figure.value, figure.kind) for figure in result.figures] == [(12, "deaths"), (13, "deaths")]
        assert [change.text for change in result.changes] == ["12 → 13 (+1)"]
        assert {figure.kind for figure in library.compare("leeftijd verdachte aanslag Berlijn").figures} == {"deaths"}
    finally:
        library.close()


def test_a_report_filed_twice_counts_once(tmp_path: Path) -> None:
    """The same article under two record ids (as 30 groups of the newspaper corpus's records are) is one
    report: its figure is listed once, with no change of +0 from itself to itself."""
    sentenced = "Een man (50) uit Hillegom is door de rechtbank veroordeeld tot zes jaar cel wegens grof geweld."
    appeal = "In hoger beroep is de straf van de man uit Hillegom verlaagd tot vier jaar cel wegens grof geweld."
    with library_of(tmp_path, article("1", "Zes jaar cel voor grof geweld", sentenced, published="2019-03-06"),
                    article("2", "Zes jaar cel voor grof geweld", sentenced, published="2019-03-06"),
                    article("3", "Hoger beroep na grof geweld", appeal, published="2019-06-12")) as library:
        result = library.compare("cel grof geweld Hillegom")
    assert [figure.value for figure in result.figures] == [6, 4]
    assert [change.text for change in result.changes] == ["6 → 4 (−2)"]


def test_punctuation_search_ignores_does_not_hide_a_topic_word(sample_library: Library) -> None:
    """`compare "“brexit”"` once found no figure where `compare brexit` found 39: the topic's words are read as
    search reads them, the kind word too."""
    plain = sample_library.compare("Noord-Koreaanse soldaten in Rusland")
    for topic in ("“Noord-Koreaanse” soldaten in Rusland…", "#Noord-Koreaanse #soldaten in #Rusland",
                  "Noord-Koreaanse (soldaten) in „Rusland”"):
        result = sample_library.compare(topic)
        assert [figure.value for figure in result.figures] == [figure.value for figure in plain.figures], topic
        assert [change.text for change in result.changes] == [change.text for change in plain.changes], topic
    assert sorted(figure.value for figure in plain.figures) == [1500, 3000, 10000, 12000]


def test_a_number_of_hundreds_of_digits_is_no_figure(tmp_path: Path) -> None:
    """It was float inf: the text showed "inf → 12 (−inf)" and --json the invalid token Infinity."""
    huge = "9" * 400
    with library_of(tmp_path, article("1", "Betoging in Den Haag", f"In Den Haag kwamen {huge} betogers bijeen.",
                                      published="2019-03-06"),
                    article("2", "Betoging in Den Haag", "In Den Haag kwamen 12 betogers bijeen.",
                            published="2019-03-07"),
                    article("3", "Betoging in Den Haag", f"In Den Haag kwamen {huge} miljard betogers bijeen.",
                            published="2019-03-08")) as library:
        result = library.compare("betogers Den Haag")
    assert [figure.value for figure in result.figures] == [12] and result.changes == []
    assert "inf" not in render_comparison(result, Style(False), "nl")
    json.loads(dumps(result.to_json()), parse_constant=lambda token: pytest.fail(f"invalid JSON token {token}"))


def test_json_output_never_holds_nan_or_infinity() -> None:
    """Whatever a payload holds, the CLI's JSON stays valid: a number that is not finite is null."""
    payload = {"value": math.inf, "changes": [{"delta": -math.inf, "ratio": math.nan}], "total": 3}
    assert json.loads(dumps(payload), parse_constant=lambda token: pytest.fail(f"invalid JSON token {token}")) == {
        "value": None, "changes": [{"delta": None, "ratio": None}], "total": 3}
