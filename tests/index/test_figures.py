"""Figures in Dutch news sentences: every number form, the numbers that are not figures, who claims a
figure and when it applies."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from index import figures
from index.figures import MAX_SENTENCE_FIGURES, extract_figures, figures_in_sentence
from index.models import Story
from index.times import NEWS_TZ


def only(sentence: str):
    found = figures_in_sentence(sentence)
    assert len(found) == 1, [figure.text for figure in found]
    return found[0]


@pytest.mark.parametrize(("sentence", "value", "unit", "kind"), [
    ("Het leger stuurde 12.000 soldaten naar het front.", 12000, "soldaten", "troops"),
    ("De economie groeide met 2,5 procent.", 2.5, "procent", "percentage"),
    ("De stad telt 1,5 miljoen inwoners.", 1_500_000, "inwoners", "people"),
    ("De productiviteit steeg met 3,6 procent.", 3.6, "procent", "percentage"),
    ("Het land stuurt vier brigades naar het noorden.", 4, "brigades", "military-units"),
    ("Het bedrijf kreeg dertig dagen de tijd.", 30, "dagen", "duration"),
    ("Bijeenkomsten van vijftig personen mogen weer.", 50, "personen", "people"),
    ("Er kwamen tienduizend betogers naar het plein.", 10_000, "betogers", "people"),
    ("Aan boord waren 157 inzittenden.", 157, "inzittenden", "people"),  # those on board are people too
    ("De keten had 26 winkels.", 26, "winkels", "winkels"),
    ("Ze zaten een uur vast in de lift.", 1, "uur", "duration"),
    ("Na anderhalf uur werden ze bevrijd.", 1.5, "uur", "duration"),
    # a share stated as a ratio is a percentage, so it lines up with "twaalf procent" in another report
    ("Eén op de tien kinderen is te zwaar.", 10, "procent", "percentage"),
    ("Volgens de bond rookt een op de vijf jongeren.", 20, "procent", "percentage"),
    ("Dan was de kans een op zes.", 16.7, "procent", "percentage"),  # a ratio without 'de'
    # a fraction is a share too, before "van" or after a qualifier
    ("Bij een derde van de kinderen verdwijnen de klachten.", 33.3, "procent", "percentage"),
    ("Ruim de helft van de leden stemde tegen.", 50, "procent", "percentage"),
    ("Twee derde deel van de stad lag plat.", 66.7, "procent", "percentage"),
    ("Driekwart van de scholen ging dicht.", 75, "procent", "percentage"),
    ("Bij ongeveer een derde gaat het over met de leeftijd.", 33.3, "procent", "percentage"),
    ("De stad verbruikte 500 miljoen liter water per dag.", 500_000_000, "liter", "volume"),
    ("De rekening van 61.773,17 euro ging naar de familie.", 61773.17, "euro", "money-eur"),
    ("Hij leidt een achttal kleinere landen.", 8, "landen", "landen"),  # a collective numeral
    # a large number in words counts even with nothing named after it, and "nummer" is no label before it
    ("Inmiddels is het nummer zes miljoen keer gestreamd op Spotify.", 6_000_000, None, None),
    # thousands grouped by a non-breaking space (or a narrow one) are one number, and no year
    ("Er kwamen 12\u00a0000 mensen naar de Dam.", 12_000, "mensen", "people"),
    ("Er kwamen 1\u202f950 bezoekers.", 1950, "bezoekers", "people"),
])
def test_number_forms(sentence: str, value: float, unit: str, kind: str) -> None:
    figure = only(sentence)
    assert (figure.value, figure.unit, figure.kind) == (value, unit, kind)


def test_a_range_keeps_both_ends() -> None:
    figure = only("De deelnemers waren tussen 24 en 65 jaar oud.")
    assert (figure.low, figure.high, figure.unit) == (24, 65, "jaar")
    assert figure.text == "tussen 24 en 65 jaar"


@pytest.mark.parametrize(("sentence", "text", "low", "high"), [
    ("Bij de aanslag vielen 20-30 doden.", "20-30 doden", 20, 30),
    ("Er waren 200–300 demonstranten.", "200–300 demonstranten", 200, 300),
    # the scale written once is both ends'
    ("De bouw kost 10-20 miljoen euro.", "10-20 miljoen euro", 10_000_000, 20_000_000),
    ("De bouw kost 10 tot 20 miljoen euro.", "10 tot 20 miljoen euro", 10_000_000, 20_000_000),
    ("De bouw kost 500 tot 2 miljoen euro.", "500 tot 2 miljoen euro", 500, 2_000_000),
])
def test_a_range_written_with_a_dash_or_one_scale_keeps_both_ends(sentence: str, text: str, low: float,
                                                                 high: float) -> None:
    figure = only(sentence)
    assert (figure.text, figure.low, figure.high, figure.value) == (text, low, high, low)


@pytest.mark.parametrize(("sentence", "score"), [("Ajax won met 3-1 van PSV.", "3-1"),
                                                 ("Het werd een 2-3 nederlaag voor Feyenoord.", "2-3"),
                                                 ("Het voorstel haalde het met 76-74 stemmen.", "76-74")])
def test_a_match_score_is_one_figure_of_its_own(sentence: str, score: str) -> None:
    """It answers "met hoeveel verloor NAC?"; read apart, '3 nederlaag' and '74 stemmen' were half a fact."""
    figure = only(sentence)
    assert (figure.text, figure.kind, figure.low) == (score, "score", None)


@pytest.mark.parametrize("sentence", ["Op 12-03-2020 sloten de scholen.", "De oorlog van 1940-1945 kostte levens.",
                                      "In het seizoen 2022-2023 kwamen de fans terug.", "De Boeing 737-800 landde."])
def test_digits_joined_by_a_dash_that_are_no_range_nor_score_are_no_figure(sentence: str) -> None:
    """A period, a date or a type is no count."""
    assert figures_in_sentence(sentence) == []


@pytest.mark.parametrize(("sentence", "texts"), [
    # a year is no ratio's part, nor multiplied by a number word after it
    ("Quote schatte zijn vermogen in 2017 op 530 miljoen euro.", ["530 miljoen euro"]),
    ("Het bedrijf belooft dat in 2025 honderd procent recyclebaar is.", ["honderd procent"]),
    # the second of two years joined by "en" or "tot" is a year too
    ("In 2017 en 2018 ontbrak het geld.", []),
    ("Tussen 2016 en 2017 steeg de productie met 2 procent.", ["2 procent"]),
    # a clock time said in words
    ("Rond half elf dinsdagavond vielen vijf doden.", ["vijf doden"]),
])
def test_years_and_times_around_figures(sentence: str, texts: list[str]) -> None:
    assert [figure.text for figure in figures_in_sentence(sentence)] == texts


def test_a_range_goes_up_and_keeps_its_signs() -> None:
    """'daalde van 4,1 tot 3,6 procent' is a change: two figures, not a range whose low end is its high end."""
    found = figures_in_sentence("De werkloosheid daalde van 4,1 tot 3,6 procent.")
    assert [(figure.text, figure.low) for figure in found] == [("4,1", None), ("3,6 procent", None)]
    figure = only("Het wordt morgen -3 tot -1 graden.")
    assert (figure.text, figure.value, figure.low, figure.high) == ("-3 tot -1 graden", -3, -3, -1)


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Nederland koopt nog zes F-35 gevechtsvliegtuigen.", "gevechtsvliegtuigen"),
    ("Er liggen 4 covid-19 patiënten op de ic.", "patiënten"),
    # with a non-breaking hyphen, as the index reads it (one term, f35): it was a figure of 35
    ("Nederland koopt nog zes F\u201135 gevechtsvliegtuigen.", "gevechtsvliegtuigen"),
])
def test_a_type_name_between_a_count_and_its_noun_is_not_what_it_counts(sentence: str, unit: str) -> None:
    assert only(sentence).unit == unit  # it was "F" ("zes F") and "covid"


@pytest.mark.parametrize(("sentence", "texts"), [
    ("Het dodental steeg van 20 tot 50.", ["20", "50"]),  # where it went, not a range whose value is 20
    ("De prijs is van 10 tot 12 euro gestegen.", ["10", "12 euro"]),
    ("Deelnemers van 18 tot 65 jaar doen mee.", ["18 tot 65 jaar"]),  # no change: a range
    # Where it came from, said after where it went: in time order, so that a course does not step backwards.
    ("Het aandeel is geslonken naar 17 procent, van 29 procent een kwartaal eerder.", ["29 procent", "17 procent"]),
    ("Het cluster is gestegen van 27 naar 29, van 20 naar 23 zetels.", ["27", "29", "20", "23 zetels"]),
    ("De bevolking groeide naar 1,26 miljard mensen, een groei van 26 procent.", ["1,26 miljard mensen",
                                                                                  "26 procent"]),
])
def test_from_and_to_after_a_verb_of_change_are_two_figures(sentence: str, texts: list[str]) -> None:
    assert [figure.text for figure in figures_in_sentence(sentence)] == texts


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Het overleg sleept zich al een jaar of acht voort.", "een jaar of acht", 8),
    ("Toen ik een jaar of 3 was, woonden we in Spanje.", "een jaar of 3", 3),
    ("Over een maand of twee is het klaar.", "een maand of twee", 2),
    # a noun no unit reading knows: "een man of twintig" was no figure at all
    ("Er kwamen een man of twintig op af.", "een man of twintig", 20),
    ("Een meerderheid begint pas bij een partij of vijf.", "een partij of vijf", 5),
    ("Ze kochten een stuk of tien huizen.", "een stuk of tien huizen", 10),  # "stuk" before what is counted
])
def test_a_unit_between_een_and_of_counts_the_number_after_it_roughly(sentence: str, text: str, value: float) -> None:
    """"een jaar of acht" was 1 year and 8 of "voortsleept"."""
    assert [(figure.text, figure.value, figure.qualifier) for figure in figures_in_sentence(sentence)] == [
        (text, value, "ongeveer")]


def test_a_choice_of_two_things_is_no_approximation() -> None:
    """"een fiets of twee auto's": a bicycle or two cars, not about two cars."""
    assert [(figure.text, figure.qualifier) for figure in figures_in_sentence("Hij kocht een fiets of twee auto's.")] \
        == [("twee auto's", None)]


def test_a_group_of_thousands_after_a_plain_space_is_no_figure_of_zero() -> None:
    """"12 000 mensen" with a plain space read "000 mensen": 0 people."""
    assert all(figure.value != 0 for figure in figures_in_sentence("Er kwamen 12 000 mensen naar de Dam."))


def test_a_running_count_with_its_verb_split() -> None:
    figure = only("Later liep het dodental op tot vier.")
    assert (figure.value, figure.kind) == (4, "deaths")


def test_many_numbers_in_one_sentence_are_read_in_time_linear_in_their_number(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table without full stops is one sentence: each number looked back over the whole of it (quadratic: 5,000
    numbers took 3.6 s). Counted in characters looked back over, not timed."""
    looked: list[int] = []
    pattern = figures._RUNNING_COUNT

    class Counted:
        def search(self, text: str) -> re.Match[str] | None:
            looked.append(len(text))
            return pattern.search(text)

    monkeypatch.setattr(figures, "_RUNNING_COUNT", Counted())
    figures_in_sentence(" ".join(["twintig"] * 2000) + ".")
    assert looked and max(looked) <= figures._RUNNING_REACH


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Het vroor vannacht -5 graden in Drenthe.", "-5 graden", -5),
    ("De economie kromp (-2,3 procent) in het derde kwartaal.", "-2,3 procent", -2.3),
])
def test_a_minus_sign_makes_a_figure_negative(sentence: str, text: str, value: float) -> None:
    figure = only(sentence)
    assert (figure.text, figure.value) == (text, value)


@pytest.mark.parametrize("sentence", ["De deelnemers waren tussen 24 en 65 jaar oud.",
                                      "Een 45-jarige man is opgepakt.", "De man is 45 jaar oud.",
                                      "Het gaat om jonge mannen, in de leeftijd van 20 tot 27 jaar.",
                                      "Hij overleed op de leeftijd van 67 jaar."])
def test_an_age_is_read_as_an_age_not_a_duration(sentence: str) -> None:
    """Kept as an age (it answers "hoe oud"), so that comparisons can leave it out (tests/index/test_compare.py),
    and an answer does not list it beside a sentence's years as another report's (test_answers.py)."""
    assert only(sentence).kind == "age"


def test_years_near_the_word_leeftijd_but_not_of_it_stay_a_duration() -> None:
    assert only("De leeftijd waarop je AOW krijgt, stijgt over drie jaar.").kind == "duration"


@pytest.mark.parametrize(("sentence", "qualifier"), [
    ("Er kwamen ruim 9500 bezoekers.", "ruim"),
    ("Er kwamen bijna 6000 bezoekers.", "bijna"),
    ("Er kwamen ongeveer 300 bezoekers.", "ongeveer"),
    ("Er mogen maximaal acht passagiers mee.", "maximaal"),
    ("Er zijn minstens 140 nepprofielen aangemaakt.", "minstens"),
    ("Het zijn in totaal 12.000 soldaten.", "in totaal"),
])
def test_qualifiers(sentence: str, qualifier: str) -> None:
    figure = only(sentence)
    assert figure.qualifier == qualifier
    assert figure.text.startswith(qualifier)


@pytest.mark.parametrize("sentence", [
    "Nederland koopt zes extra F-35 gevechtsvliegtuigen.",  # a type name, not 35 planes
    "De aanval vond plaats op 8 oktober.",
    "De wet stamt uit 2024.",
    "Vanaf 2021 mag het niet meer.",  # a year before a verb
    "In 2018 werkloze jongeren.",  # a year before an adjective and its noun
    "Hij werd als eerste binnengehaald.",
    "De trein vertrekt om 14.30 uur.",
    "Het feest begon om acht uur.",
    "6 minuten geleden",
    "Een man werd opgepakt.",
    "De rechtbank acht de zaak bewezen.",  # a small number word counting nothing is a verb here
    "Het is twee keer zo duur.",
    "Hij rijdt op lijn 6 naar huis.",  # a label
    "Ze woont in kamer 12 van het hotel.",
    "Ze gingen een op een in gesprek.",  # one to one is no share
    "Hij won de prijs voor een derde keer.",  # an ordinal, not a fraction
    "Een derde partij neemt het over.",
    "In het vierde kwart liep Ajax uit.",
    "De derde van de rij viel af.",
    "Het aantal doden steeg.",
])
def test_numbers_that_are_not_figures(sentence: str) -> None:
    assert figures_in_sentence(sentence) == []


@pytest.mark.parametrize("sentence", ["De ChristenUnie houdt in de Eerste Kamer drie zetels.",
                                      "De partij heeft in de Kamer 3 zetels."])
def test_a_number_after_a_label_word_counts_the_plural_noun_after_it(sentence: str) -> None:
    """'kamer 12' is a room's label, but 'in de Eerste Kamer drie zetels' counts seats: a Senate's seat counts
    were read as no figure at all."""
    [seats] = figures_in_sentence(sentence)
    assert (seats.value, seats.unit) == (3, "zetels")


def test_a_total_keeps_what_it_is_made_of() -> None:
    found = figures_in_sentence("Seoul meldt dat Noord-Korea van plan is vier brigades van in totaal 12.000 "
                                "soldaten in te zetten.")
    assert [figure.text for figure in found] == ["vier brigades", "vier brigades van in totaal 12.000 soldaten"]


def test_a_part_counts_what_the_whole_counts() -> None:
    part, whole = figures_in_sentence("De keten sloot toen dertien van de 26 winkels.")
    assert (part.value, part.unit, part.text) == (13, "winkels", "dertien van de 26 winkels")
    assert (whole.value, whole.unit) == (26, "winkels")
    part, whole = figures_in_sentence("De aderen waren in slechts zeventien van de zestig patiënten nog open.")
    assert (part.value, part.unit, whole.value) == (17, "patiënten", 60)  # the whole in words too


def test_a_part_of_people_before_counts_people_and_what_happened_to_them() -> None:
    figure = only("Tien van hen raakten lichtgewond.")
    assert (figure.value, figure.unit, figure.kind, figure.text) == (10, None, "injured", "Tien van hen")


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Bij het ongeluk raakten 37 mensen gewond.", "injured"),
    ("Bij de brand raakten 12 mensen zwaargewond.", "injured"),
    ("Bij de ramp kwamen 19 mensen om het leven.", "deaths"),
    ("De aanslag waarbij meer dan vijftig onschuldige mensen het leven lieten.", "deaths"),
    ("Het natuurgeweld heeft al aan zeker zeventig mensen het leven gekost.", "deaths"),
    ("De aanslag kostte vijftig mensen het leven.", "deaths"),
    ("De brandweerman redde twee mensen het leven.", "people"),  # saved, not lost
    ("Uit de mijn werden 19 mensen gered.", "rescued"),
    ("De schutter opende het vuur en doodde zeker vijftig mensen.", "deaths"),  # killed, by the verb before
    ("De ramp eiste 24 levens.", "deaths"),
])
def test_what_happened_to_people_is_their_kind(sentence: str, kind: str) -> None:
    assert only(sentence).kind == kind


def _story(paragraphs: list[str], headline: str = "Kop", published: datetime | None = None) -> Story:
    return Story(story_id="s1", kind="article", headline=headline, paragraphs=paragraphs,
                 published=published or datetime(2024, 10, 30, 20, 0, tzinfo=NEWS_TZ))


def test_claimants_estimates_and_plans() -> None:
    story = _story(["Noord-Korea heeft inmiddels 10.000 militairen naar Rusland gestuurd, schat het "
                    "Amerikaanse Pentagon. Volgens het agentschap gaat het om 1500 soldaten. Seoul meldt dat "
                    "het land van plan is 12.000 soldaten te sturen."])
    estimate, agency, planned = extract_figures(story)
    assert (estimate.claimant, estimate.modality) == ("Amerikaanse Pentagon", "estimated")
    assert agency.claimant == "agentschap"
    assert planned.modality == "planned"


def test_a_demanded_sentence_is_no_verdict() -> None:
    story = _story(["De scholier is veroordeeld tot anderhalf jaar cel. Justitie had vier jaar cel geëist."])
    verdict, demand = extract_figures(story)
    assert (verdict.text, verdict.modality) == ("anderhalf jaar", "reported")
    assert (demand.text, demand.modality) == ("vier jaar", "demanded")
    (lives,) = extract_figures(_story(["De ramp eiste 24 levens."]))
    assert lives.modality == "reported"  # a disaster that takes lives demands nothing


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("Volgens de politie kwamen 300 mensen naar het plein.", "politie"),  # "politie kwamen": -ie is no adjective
    ("Volgens de lokale politie kwamen 300 mensen.", "lokale politie"),
    ("Er kwamen volgens ongeveer 300 mensen.", None),  # a qualifier is nobody
    ("Het protest van een miljoen demonstranten maakte zaterdag weinig indruk.", None),  # a day says when
])
def test_who_claims_a_figure(sentence: str, claimant: str | None) -> None:
    (figure,) = extract_figures(_story([sentence]))
    assert figure.claimant == claimant


def test_last_week_is_resolved_against_the_story_time() -> None:
    story = _story(["Vorige week dachten de Verenigde Staten nog dat het om 3000 soldaten ging."])
    figure = extract_figures(story)[0]
    assert figure.when_text == "Vorige week"
    assert figure.when is not None and figure.when.date() == datetime(2024, 10, 23).date()


@pytest.mark.parametrize(("sentence", "text", "kind"), [
    ("Hij kreeg een boete van 2000 euro.", "2000 euro", "money-eur"),
    ("Het schilderij ging voor 1500 euro weg.", "1500 euro", "money-eur"),
    ("Rond 2000 deelnemers liepen mee.", "2000 deelnemers", "people"),
])
def test_a_known_unit_right_after_a_year_like_number_makes_it_a_count(sentence: str, text: str, kind: str) -> None:
    figure = only(sentence)
    assert (figure.text, figure.kind) == (text, kind)


@pytest.mark.parametrize(("word", "value"), [("eenentwintig", 21), ("eenendertig", 31), ("eenenveertig", 41),
                                             ("eenenvijftig", 51), ("eenenzestig", 61), ("eenenzeventig", 71),
                                             ("eenentachtig", 81), ("eenennegentig", 91)])
def test_number_words_starting_with_een_are_figures(word: str, value: int) -> None:
    """The quick pre-filter once let only "een miljoen" through of the words starting with "een"."""
    figure = only(f"Er raakten {word} mensen gewond.")
    assert (figure.value, figure.kind, figure.text) == (value, "injured", f"{word} mensen")
    assert only(f"{word.capitalize()} mensen raakten gewond.").value == value


@pytest.mark.parametrize("sentence", ["Er kwamen " + "9" * 400 + " betogers.",
                                      "Er kwamen " + "9" * 300 + " miljard betogers.",
                                      "Er kwamen 999.999.999 miljard betogers.",
                                      "Een " + "9" * 400 + "-jarige man is opgepakt."])
def test_numbers_beyond_any_news_figure_are_not_figures(sentence: str) -> None:
    """Read as floats they were infinite (or near it), and a comparison showed "inf → 12 (−inf)"."""
    assert figures_in_sentence(sentence) == []


def test_an_age_with_a_decimal_comma_is_read() -> None:
    """"1,5-jarige" once raised ValueError, and a story holding it failed the whole reindex."""
    figure = only("Een 1,5-jarige peuter is gevonden.")
    assert (figure.value, figure.kind, figure.text) == (1.5, "age", "1,5-jarige")


@pytest.mark.parametrize("sentence", [
    "Een Boeing 737 Max 8 van Southwest Airlines maakte een noodlanding.",
    "De Boeing 737 MAX wordt wereldwijd aan de grond gehouden.",
    "Dat staat in het regeerakkoord van Rutte 3.",
    "Dat doet niet alleen Ørsted in Borssele 1.",
    "Het café zit aan de Paradijslaan 8, Eindhoven.",
])
def test_a_number_a_name_goes_by_is_no_figure(sentence: str) -> None:
    """A plane type, a cabinet, a wind farm, an address: digits after a capitalised word, before no noun they
    count. "737 Max" was a figure of 737 in every story on the plane."""
    assert figures_in_sentence(sentence) == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("Vorig jaar blies de Audi-bende 54 geldautomaten op.", 54),  # the name is the subject
    ("Vandaag verruilen in Amsterdam 37.000 snorfietsers hun helm.", 37_000),  # a place
    ("In de kampen in Noord-Syrië zitten Zo'n 10 Nederlandse vrouwen.", 10),  # a capitalised qualifier
    ("Volgens de VN zitten in Syrië 12.000 Noord-Koreaanse soldaten.", 12_000),  # a capitalised adjective
    ("Het steunpercentage ligt in Polen 74 procent hoger.", 74),  # a unit after it
    ("Volgens de krant ontvangt Heesen 30 miljoen euro.", 30_000_000),  # a scale word after it
])
def test_a_count_after_a_capitalised_word_stays_a_figure(sentence: str, value: float) -> None:
    assert value in [figure.value for figure in figures_in_sentence(sentence)]


@pytest.mark.parametrize("sentence", [
    "Het gaat om een Boeing 737 Max 8 van de luchtvaartmaatschappij Ethiopian Airlines.",
    "Het ongeluk gebeurde in Etappe 3 van de Tour.",
])
def test_a_name_number_before_a_partitive_of_one_thing_is_no_figure(sentence: str) -> None:
    """"Max 8 van de luchtvaartmaatschappij" was a figure of 8 airlines: a part is counted out of many (a
    plural, or a number of the whole), not out of one airline."""
    assert figures_in_sentence(sentence) == []


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("Dit seizoen won Ajax 3 van de 5 wedstrijden.", 3, "wedstrijden"),  # a whole with a number
    ("Zo haalden in Amsterdam 13 van de scholen de norm niet.", 13, "scholen"),  # a plural whole
])
def test_a_partitive_count_after_a_name_stays_a_figure(sentence: str, value: float, unit: str) -> None:
    assert (value, unit) in [(figure.value, figure.unit) for figure in figures_in_sentence(sentence)]


@pytest.mark.parametrize("sentence", [
    "De Formule 1 komt in 2020 naar Zandvoort.",
    "Ook de Formule 1 komt terug.",
    "Formule 1 komt in 2020 naar Zandvoort.",  # first in the sentence: the verb says the digits count nothing
    "Windows 10 krijgt een grote update.",
    "Nederland 2 wint van België.",
    "Ook Radio 1 gaat verhuizen.",
])
def test_a_name_number_before_a_verb_is_no_figure(sentence: str) -> None:
    """"De Formule 1 komt" was a figure of 1 "komt": a count is a noun, and a finite verb after the digits
    says they are the name's."""
    assert figures_in_sentence(sentence) == []


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("Bij de ramp kwamen 157 mensen om.", 157, "mensen"),
    ("Volgens de politie zijn in Gaza 3 doden gevallen.", 3, "doden"),  # a plural noun, not a verb
    ("Daarbij raakten in Rotterdam 12 gewonden en 5 vermisten.", 12, "gewonden"),
    ("Daarbij raakten in Rotterdam 12 gewonden en 5 vermisten.", 5, "vermisten"),
])
def test_a_count_before_a_noun_that_could_be_a_verb_stays_a_figure(sentence: str, value: float, unit: str) -> None:
    assert (value, unit) in [(figure.value, figure.unit) for figure in figures_in_sentence(sentence)]


def test_a_sentence_of_very_many_figures_keeps_its_first_ones() -> None:
    """Every figure is stored with its whole sentence: a table run together into one sentence of 3,000 figures
    stored 270 MB. The real material's sentences hold at most 12."""
    sentence = "Het dodental steeg naar " + " en ".join(f"{count} doden" for count in range(1, 301)) + "."
    figures = extract_figures(_story([sentence]))
    assert [figure.value for figure in figures] == [float(count) for count in range(1, MAX_SENTENCE_FIGURES + 1)]
    assert len(figures_in_sentence(sentence)) == 300  # a question still reads every one of them


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("Vandaag verruilen in Amsterdam 37.000(!) snorscooterrijders het fietspad voor de rijbaan.", 37_000,
     "snorscooterrijders"),
    ("Het ging om 12 (sic) agenten.", 12, "agenten"),
])
def test_a_writer_s_aside_between_number_and_noun_is_passed_over(sentence: str, value: float, unit: str) -> None:
    """'37.000(!) snorscooterrijders' counted nothing: the aside ended the search for the noun."""
    assert (value, unit) in [(figure.value, figure.unit) for figure in figures_in_sentence(sentence)]
