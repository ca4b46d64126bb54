"""Answering questions: reading them, matching their words loosely, and answering or abstaining on
real (small) libraries: a few articles written for these tests, and the two seed pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.library import Library
from index.questions import read_question
from index.search import MIN_ANY_WORDS, read_plain
from index.word_forms import soft_match
from tests.conftest import SEED_TIMES, seed_page, set_mtime

# -- reading questions ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("Hoeveel soldaten heeft Noord-Korea gestuurd?", "hoeveel"),
    ("De hoeveelste zege was het voor Groenewegen?", "hoeveel"),
    ("Wie ontkent dat Spanje gaat samenwerken?", "wie"),
    ("Welke premier maakte het bekend?", "wie"),  # a role noun asks for a person
    ("Welke krant onthulde de affaire?", "wie"),
    ("In welk museum komt de beker te staan?", "waar"),
    ("naar welke russische stad zijn de soldaten gestuurd", "waar"),
    ("Op welke dag treedt de keizer af?", "wanneer"),
    ("Wat zei de sheriff over de schade?", "wat_zei"),
    ("Waarmee vergeleek de expert de vondst?", "wat_zei"),
    ("Waarom staakten de leerlingen?", "waarom"),
    ("Welk dier zat vast in de klem?", "wat"),
])
def test_question_types(text: str, kind: str) -> None:
    assert read_question(text).kind == kind


@pytest.mark.parametrize(("text", "unit", "unit_kind"), [
    ("hoeveel noord-koreaanse militairen zitten er in rusland", "militairen", "troops"),  # adjective skipped
    ("Hoeveel nieuwe bomen worden er geplant?", "bomen", "bomen"),
    ("Hoeveel CoolCat-winkels gaan dicht?", "winkels", "winkels"),  # a compound's last part
    ("Hoeveel eerste aanvragen waren er?", "aanvragen", "aanvragen"),
    ("hoeveel moet uber betalen voor uberpop", None, "money"),  # a verb first: money by "betalen"
    ("Hoeveel heeft het concert opgeleverd?", None, "money"),
    ("Hoeveel schade in dollars hebben de stormen veroorzaakt?", None, "money"),
    ("Hoe lang duurde de staking?", None, "duration"),
    ("Hoe groot is het marktaandeel van Vodafone?", None, "percentage"),
    ("De hoeveelste zege was het?", None, "ordinal"),
])
def test_what_hoeveel_counts(text: str, unit: str | None, unit_kind: str) -> None:
    question = read_question(text)
    assert (question.unit, question.unit_kind) == (unit, unit_kind)


@pytest.mark.parametrize(("text", "outcome"), [
    ("Hoeveel mensen raakten gewond bij het ongeluk?", "injured"),
    ("Hoeveel mensen kwamen om bij de overstromingen?", "deaths"),
    ("Hoeveel mijnwerkers overleefden de ramp?", None),  # what is counted is no kind of people we know
    ("Hoeveel mensen overleefden de ramp?", "rescued"),
    ("Hoeveel mensen kwamen naar het concert?", None),
    ("Hoeveel mensen stierven bij de aanslag?", "deaths"),  # the same words as the figures use
    ("Hoeveel soldaten sneuvelden er?", "deaths"),
])
def test_what_happened_to_those_counted(text: str, outcome: str | None) -> None:
    assert read_question(text).outcome == outcome


def test_role_noun_with_its_adjectives_names_and_verb() -> None:
    question = read_question("Wie is de nieuwe president van Kazachstan?")
    assert (question.head, question.head_adjectives) == ("president", ["nieuwe"])
    assert question.names == {"kazachstan"}
    assert read_question("Wat moet de raad doen?").verb == "moet"


@pytest.mark.parametrize(("text", "language"), [
    ("How much prize money came with the Abel Prize?", "en"),
    ("Who won the 2022 FIFA World Cup?", "en"),
    ("wanneer komt het nieuwe album van The Cure uit", "nl"),
])
def test_language(text: str, language: str) -> None:
    assert read_question(text).language == language


def test_tense_time_reference_plans_years_and_places() -> None:
    assert read_question("Wanneer gaat het archief open?").tense == "future"
    assert read_question("Wanneer werd hij gevonden?").tense == "past"
    assert read_question("Hoeveel soldaten waren het een week eerder?").reference == "een week eerder"
    assert read_question("Hoeveel soldaten wil Noord-Korea inzetten?").planned
    question = read_question("Hoeveel zetels haalde de partij in 2021 in Nederland?")
    assert (question.years, question.places) == ({"2021"}, {"nederland"})


@pytest.mark.parametrize(("question_term", "text_term"), [
    ("staakt", "gestaakt"),  # a participle
    ("israelier", "israel"),  # a derivation
    ("brazilie", "braziliaan"),
    ("straf", "gevangenisstraf"),  # a compound ending in the word
    ("aangemeld", "gemeld"),
])
def test_loose_matches(question_term: str, text_term: str) -> None:
    assert 0 < soft_match(question_term, text_term) < 1


@pytest.mark.parametrize(("question_term", "text_term"), [
    ("land", "nederland"),  # too short to be a compound's head
    ("wereld", "wereldhandel"),  # a compound's first part says less than its head
    ("2018", "2019"),
])
def test_no_loose_match(question_term: str, text_term: str) -> None:
    assert soft_match(question_term, text_term) == 0


# -- answering from articles written for these tests ----------------------------------------------

ARTICLES = {
    "windpark.txt": """date: 2019-04-04T10:00:00+02:00
source: ANP

Kabinet stelt besluit over windpark Urk uit
DEN HAAG (ANP) - Het kabinet heeft het besluit over het windpark bij Urk uitgesteld. Dat kwam volgens \
minister Eric Wiebes door bezwaren van vissers uit de regio. Gisteren maakte premier Mark Rutte bekend dat \
er een nieuw onderzoek komt naar de gevolgen voor de visserij. Het windpark moet straks stroom leveren aan \
300.000 huishoudens. Vorige week schatte de provincie Flevoland het aantal huishoudens nog op \
250.000. De windmolens komen in het IJsselmeer.
""",
    "zwemmer.txt": """date: 2019-03-12T09:00:00+01:00
source: ANP

Zwemmer Pieter Bakker stopt met wedstrijden
AMSTERDAM (ANP) - Zwemmer Pieter Bakker stopt na dit seizoen met wedstrijdzwemmen. Hij heeft al drie jaar \
last van zijn schouder. Daarom stopt Bakker na het Nederlands kampioenschap in Eindhoven. Zijn trainer Anna \
de Vries noemt het een verstandig besluit.
""",
    "trein.txt": """date: 2019-02-20T18:00:00+01:00
source: ANP

Trein ontspoort bij Zwolle
ZWOLLE (ANP) - Bij een ongeluk met een trein bij Zwolle raakten dinsdag twaalf reizigers gewond. Volgens \
ProRail was een kapotte wissel de oorzaak. ProRail gaat het onderzoek later bekend maken.
""",
    "premier.txt": """date: 2019-02-21T12:00:00+01:00
source: ANP

Japanse premier bezoekt Den Haag
DEN HAAG (ANP) - De Japanse premier brengt volgende week een bezoek aan Den Haag. Hij spreekt met koning \
Willem-Alexander over handel. Het vorige bezoek was in 2015.
""",
    "aanslag.txt": """date: 2019-02-23T12:00:00+01:00
source: ANP

Aanslag op markt in Kabul
KABUL (ANP) - Bij een aanslag op een markt in Kabul zijn zaterdag dertig mensen gewond geraakt. Vier mensen \
stierven ter plaatse.
""",
    "plofkraak.txt": """date: 2019-02-22T12:00:00+01:00
source: ANP

Bende blies geldautomaten op
ENSCHEDE (ANP) - De bende blies vorig jaar 54 geldautomaten in Duitsland op. In Nederland sloeg de bende \
niet toe, zegt de politie.
""",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("questions")
    articles = root / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, "utf-8")
    library = Library(articles, root / "index")
    library.ensure_index()
    yield library
    library.close()


@pytest.mark.parametrize(("question", "answer"), [
    # "Dat kwam door …" takes the question's words from the sentence before it.
    ("Waarom werd het besluit over het windpark bij Urk uitgesteld?", "door bezwaren van vissers uit de regio"),
    # "Daarom …": the reason is the sentence before.
    ("Waarom stopt Pieter Bakker met wedstrijdzwemmen?", "Hij heeft al drie jaar last van zijn schouder"),
    # The name next to the role noun asked for.
    ("Wie is de trainer van Pieter Bakker?", "Anna de Vries"),
    ("Welke minister noemde de bezwaren van vissers?", "Eric Wiebes"),
    # A relative time with the date it means for its story.
    ("Wanneer maakte Mark Rutte het nieuwe onderzoek naar de visserij bekend?", "Gisteren (3 april 2019)"),
    # A compound no article has is split against the index: treinongeluk -> trein, ongeluk.
    ("Hoeveel reizigers raakten gewond bij het treinongeluk bij Zwolle?", "twaalf reizigers"),
    ("Waar is het Nederlands kampioenschap zwemmen?", "Eindhoven"),
    ("Hoeveel geldautomaten blies de bende in Duitsland op?", "54 geldautomaten"),
])
def test_answers(library: Library, question: str, answer: str) -> None:
    result = library.ask(question)
    assert not result.abstained, result.reason
    assert result.answer == answer
    assert 0.5 <= result.confidence <= 1.0
    assert result.quote is not None and result.quote.dateline


def test_the_dead_are_not_a_different_report_of_the_injured(library: Library) -> None:
    result = library.ask("Hoeveel mensen stierven bij de aanslag op de markt in Kabul?")
    assert result.answer == "Vier mensen" and not result.disagreement


def test_a_time_reference_picks_the_figure_of_that_time(library: Library) -> None:
    result = library.ask("Op hoeveel huishoudens schatte de provincie Flevoland het aantal vorige week?")
    assert result.answer == "250.000"
    assert result.figures[0].when_text == "Vorige week"


@pytest.mark.parametrize(("question", "reason"), [
    ("Hoeveel kost een xyzzyplof?", "unknown-words:xyzzyplof"),
    ("Wie is de Japanse premier?", "no-span"),  # the article names the role, not the person
    ("Hoeveel geldautomaten blies de bende in Nederland op?", "no-span"),  # the 54 were in Duitsland
    ("Aan hoeveel huishoudens moet het windpark bij Urk in 2015 stroom leveren?", "no-span"),  # another year
    ("Hoeveel windmolens komen er in het windpark bij Urk?", "no-span"),  # no figure counts windmolens
    ("Wanneer gaat premier Mark Rutte het onderzoek naar de visserij bekend maken?", "no-span"),  # not gisteren
    ("Op welke dag brengt de Japanse premier een bezoek aan Den Haag?", "no-span"),  # a week is no day
])
def test_abstentions(library: Library, question: str, reason: str) -> None:
    result = library.ask(question)
    assert (result.abstained, result.answer, result.quote) == (True, None, None)
    assert result.reason == reason


def test_words_in_most_stories_are_not_searched(library: Library) -> None:
    """Common words rank little and cost most on a large index: only the rarest are searched."""
    with library.store.searcher() as searcher:
        read = read_plain(searcher, "reizigers gewond trein Zwolle dinsdag ongeluk")
    assert read.fallback is not None
    assert len(read.fallback.subqueries) == MIN_ANY_WORDS < len(read.term_queries)


def test_an_english_question_abstains_but_shows_related_passages(library: Library) -> None:
    result = library.ask("How many travellers were injured near Zwolle?")
    assert (result.abstained, result.reason) == (True, "english")
    assert result.evidence and "Zwolle" in result.evidence[0].text


# -- the seed pages --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("seeds")
    articles = root / "articles"
    articles.mkdir()
    for name, iso in SEED_TIMES.items():
        (articles / name).write_bytes(seed_page(name))
        set_mtime(articles / name, iso)
    library = Library(articles, root / "index")
    library.ensure_index()
    yield library
    library.close()


def test_north_korean_troops_with_every_report(seeds: Library) -> None:
    result = seeds.ask("hoeveel Noord-Koreaanse soldaten zitten in Rusland?")
    assert result.answer == "10.000 militairen"
    assert Path(result.quote.file).name == "004_1ef2553043233ab9.txt"
    assert {figure.value: figure.modality for figure in result.figures} == {
        10_000: "estimated", 1500: "reported", 12_000: "planned", 3000: "estimated"}
    assert result.disagreement == ("Amerikaanse Pentagon: 10.000; Seoul: 1.500; Seoul: 12.000 (gepland); "
                                   "vorige week: 3.000")


@pytest.mark.parametrize(("question", "answer"), [
    ("Op hoeveel soldaten schatten de Amerikanen het aantal Noord-Koreanen in Rusland een week eerder nog?",
     "3000 soldaten"),
    ("Hoeveel soldaten wil Noord-Korea uiteindelijk in totaal inzetten in de oorlog in Oekraïne?",
     "vier brigades van in totaal 12.000 soldaten"),
    ("Welke minister wil de Epstein-commissie van het Huis dagvaarden?", "Pam Bondi"),
    ("Wie ontkent dat Spanje militair gaat samenwerken met de VS?", "José Manuel Albares"),
    ("naar welke russische stad zijn de noord-koreaanse soldaten gestuurd voor training", "Vladivostok"),
    ("Wanneer voerde Israël luchtaanvallen uit op Beiroet?", "in de nacht van woensdag op donderdag"),
    ("Wat zei Hezbollah-leider Naim Qassem over de aanvallen van Israël?",
     "Wat Israël deed was geen reactie op een raketbeschieting, maar een agressie die van tevoren was voorbereid."),
    ("Met hoeveel mensen mogen Israëliërs weer samenkomen?", "maximaal vijftig personen"),
    # "Deze raad …" refers back to the sentence that names the Raad van Vrede and Netanyahu.
    ("Wat moet de Raad van Vrede waarvoor Netanyahu is uitgenodigd doen?",
     "Deze raad moet toezicht houden op het toekomstige Palestijnse overgangsbestuur in de Gazastrook."),
])
def test_seed_answers(seeds: Library, question: str, answer: str) -> None:
    result = seeds.ask(question)
    assert result.answer is not None and answer in result.answer, result.reason


@pytest.mark.parametrize("question", [
    "hoe heet de man die shinzo abe heeft vermoord",  # the brief never names him
    "Wat zei Pam Bondi over de dagvaarding door de commissie?",  # she is not quoted
    "Wanneer moet Pam Bondi voor de Epstein-commissie verschijnen?",
])
def test_seed_abstentions(seeds: Library, question: str) -> None:
    assert seeds.ask(question).abstained
