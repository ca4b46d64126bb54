"""The short spans that answer a question inside one sentence: names, places, times, reasons,
quotations, ordinals and numbers."""

from __future__ import annotations

import pytest

from index.analysis import terms
from index.answers import spans as answer_spans


def texts(spans: list[answer_spans.Span]) -> list[str]:
    return [span.text for span in spans]


def test_names_leave_out_nationality_adjectives() -> None:
    found = texts(answer_spans.names("De Japanse premier sprak met de Amerikaanse minister Pam Bondi."))
    assert found == ["Pam Bondi"]
    # before a neuter noun the adjective has no -e: "Indonesisch pretpark" named no park
    found = texts(answer_spans.names("Een Indonesisch pretpark en een Surinaams bedrijf kregen Amerikaans geld."))
    assert found == []


def test_a_name_is_the_sentence_s_own_text_whatever_its_spaces() -> None:
    """Joined with single spaces, "Pieter van  Dongen" (a non-breaking and a double space, as articles have
    them) was not in the quote it answered from."""
    sentence = "Zijn opvolger wordt interim-burgemeester Pieter\xa0van  Dongen, zo meldt de raad."
    (name,) = answer_spans.names(sentence)
    assert name.text == "Pieter\xa0van  Dongen" == sentence[name.start:name.end]
    (place,) = answer_spans.places("Hij vluchtte naar de  Ecuadoraanse  ambassade in de stad.")
    assert place.text == "Ecuadoraanse  ambassade"


def test_a_name_does_not_start_inside_a_word() -> None:
    """"AI" of xAI, "Phone" of iPhone and "Bay" of eBay are no names of their own."""
    found = texts(answer_spans.names("De EU dreigt xAI met een boete, zegt de topman van eBay over de iPhone."))
    assert found == ["EU"]


def test_names_keep_abbreviated_titles() -> None:
    found = answer_spans.names("De vandalen drongen de crypte binnen van St. Michan's Church in Dublin.")
    assert "St. Michan's Church" in texts(found)


@pytest.mark.parametrize(("sentence", "found"), [
    ("Forum voor Democratie koos Annemarie van Gaal als informateur.", ["Forum voor Democratie", "Annemarie van Gaal"]),
    ("Volgens het Centraal Bureau voor de Statistiek en de Partij voor de Dieren.",
     ["Centraal Bureau voor de Statistiek", "Partij voor de Dieren"]),
    ("Het werd een zege van Mark Rutte voor Nederland.", ["Mark Rutte", "Nederland"]),  # after a person: a preposition
])
def test_an_organisation_s_name_goes_on_with_voor(sentence: str, found: list[str]) -> None:
    """'Forum voor Democratie' opening a sentence was read as the name 'Democratie' (a sentence's first word
    alone is no name), and shown as the answer to "wie is er door Forum als informateur neergezet?"."""
    assert texts(answer_spans.names(sentence)) == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("De Spaanse minister van Buitenlandse Zaken José Manuel Albares ontkent dat.", ["José Manuel Albares"]),
    ("De minister van Financiën Eelco Heinen en minister van Defensie Ruben Brekelmans.",
     ["Eelco Heinen", "Ruben Brekelmans"]),
    # a name the portfolio's words make, or one word after them, keeps them all
    ("Het ministerie van Buitenlandse Zaken meldt het.", ["Buitenlandse Zaken"]),
    ("Het college van Gedeputeerde Staten van Noord-Brabant besloot.", ["Gedeputeerde Staten van Noord-Brabant"]),
    ("Het museum van Oude Kunst en de ploeg van Nieuw Zeeland.", ["Oude Kunst", "Nieuw Zeeland"]),
    # not after a role's "van", capitals before a name are its own
    ("Dat was ingediend door Democraat Tim Kaine.", ["Democraat Tim Kaine"]),
])
def test_names_leave_out_the_portfolio_written_before_them(sentence: str, found: list[str]) -> None:
    """'minister van Buitenlandse Zaken José Manuel Albares' was answered 'Buitenlandse Zaken José Manuel Albares':
    the capitals of the portfolio ran into the name."""
    assert texts(answer_spans.names(sentence)) == found


def test_a_name_does_not_end_in_the_adjective_of_a_noun_after_it() -> None:
    """'Inwoners van het Indonesische eiland Bali' made the name 'Inwoners van het Indonesische': a sentence's first
    word, joined by particles to the adjective of the island."""
    assert texts(answer_spans.names("Inwoners van het Indonesische eiland Bali smeren zich in met modder.")) == [
        "Bali"]
    assert texts(answer_spans.names("Hij sprak met Johan Klaasse en Willem de Zwijger.")) == [
        "Johan Klaasse", "Willem de Zwijger"]  # a name's own last word may end as an adjective does


def test_names_joined_by_an_ampersand_are_one_name() -> None:
    found = answer_spans.names("Het complex met de naam Fresh & Fast bestaat uit vijf zaken van Procter & Gamble.")
    assert texts(found) == ["Fresh & Fast", "Procter & Gamble"]

@pytest.mark.parametrize(("sentence", "first", "listed"), [
    ("Het voorstel was ingediend door Democraat Tim Kaine en Republikein Rand Paul.", "Democraat Tim Kaine",
     "Democraat Tim Kaine en Republikein Rand Paul"),
    ("Het boek is geschreven door Piet Pietersen, Klaas Klaassen en Anna Smit, zei de uitgever.", "Piet Pietersen",
     "Piet Pietersen, Klaas Klaassen en Anna Smit"),
    ("Piet Pietersen won, en daarna kwam de regen.", "Piet Pietersen", "Piet Pietersen"),  # no name follows
])
def test_names_listed_together_are_joined(sentence: str, first: str, listed: str) -> None:
    span = next(span for span in answer_spans.names(sentence) if span.text == first)
    assert answer_spans.joined(span, sentence).text == listed


def test_a_lone_first_word_is_no_name() -> None:
    """A capital opening a sentence says the word opens it, not that it is a name."""
    assert texts(answer_spans.names("Volkskrant onthulde het nieuws.")) == []
    assert texts(answer_spans.names("NOS onthulde het nieuws.")) == ["NOS"]  # an acronym is


@pytest.mark.parametrize(("sentence", "place"), [
    ("Noord-Korea heeft 1500 soldaten naar de Russische stad Vladivostok gestuurd.", "Vladivostok"),
    ("De meeste slachtoffers vielen in de stad Shiraz.", "Shiraz"),
    ("Hij werd uit de Ecuadoraanse ambassade in Londen gehaald.", "Ecuadoraanse ambassade"),
    ("Het gaat om een proef op het traject tussen Groningen en Zuidhorn.", "Groningen en Zuidhorn"),
    ("Journalisten meldden een explosie in Teheran.", "Teheran"),
    ("De premier vliegt naar Parijs en Berlijn om te praten.", "Parijs en Berlijn"),
    ("De hovenier uit de buurt van Kaiserslautern pleegde zelfmoord.", "Kaiserslautern"),
    # the preposition opening the sentence, and the name after an adjective and its noun
    ("Het Verenigd Koninkrijk loopt aan kop. In Nederland werd 8 miljoen euro geïnd.", "Nederland"),
    ("Hoekstra zei: In Den Haag is het druk.", "Den Haag"),  # after a colon, as a name's sentence start is
    (',,In Amsterdam regent het", zei hij.', "Amsterdam"),  # after the marks a quotation opens with
    ("Grote verliezer SP volgt de uitslag in het Bossche muziekcafé Lohengrin.", "Bossche muziekcafé Lohengrin"),
])
def test_places(sentence: str, place: str) -> None:
    assert texts(answer_spans.places(sentence))[0] == place


@pytest.mark.parametrize(("sentence", "name"), [
    ("Zijn directe buurman, slijterij Van der Heijden, maakt bezwaar.", "Van der Heijden"),
    ("Bij de Rotterdamse shoarmazaak El Aviva schiet de claim in het verkeerde keelgat.", "El Aviva"),
    ("Dat schreef De Telegraaf gisteren.", "De Telegraaf"),
    ("Het gebeurde gisteren. Volgens Jansen is het waar.", "Jansen"),  # a sentence's first word is its own
])
def test_a_capitalised_particle_inside_a_sentence_is_part_of_the_name(sentence: str, name: str) -> None:
    """'Van', 'El', 'De' open a sentence as words of their own, but inside one a capital makes them the name's:
    the answer was 'Heijden' for the shop 'Van der Heijden', which no reader would call it."""
    assert texts(answer_spans.names(sentence))[-1] == name


def test_a_word_opening_a_later_sentence_of_a_passage_is_no_name_alone() -> None:
    """A passage quotes a sentence with its neighbour; the second's first word is capitalised by its place, as the
    first's is ('Saillant detail is dat …' gave the answer 'Saillant' to "welke eretitel")."""
    passage = "Dat is killing voor het imago van Gouda. Saillant detail is dat hij benoemd is tot Ere Waegemeester."
    assert texts(answer_spans.names(passage)) == ["Gouda", "Ere Waegemeester"]


def test_half_a_name_is_no_name() -> None:
    """'Zuid-' of 'Zuid- en Noord-Holland' is the first half of a name the sentence writes once."""
    assert texts(answer_spans.names("In Zuid- en Noord-Holland bracht FvD informateurs in stelling.")) == [
        "Noord-Holland", "FvD"]


@pytest.mark.parametrize(("sentence", "found"), [
    # a common noun made with a name is none ("hoe heette die tuinman" answered 'Netflix-serie')
    ("Zijn verhaal wordt een Netflix-serie, zegt de familie van Bernard Graumann.", ["Bernard Graumann"]),
    # the role made with a name stands before the name, not in it, whatever word opens the sentence
    ("Waarop Lega-burgemeester Andrea Girardi besloot dat het meisje geen lunch kreeg.", ["Andrea Girardi"]),
    ("Oud-premier Balkenende en CDA-leider Sybrand Buma waren er.", ["Balkenende", "Sybrand Buma"]),
    # a name with a short part in small letters is a name
    ("Premier Han Duck-soo sprak met Kim Jong-un.", ["Premier Han Duck-soo", "Kim Jong-un"]),
])
def test_a_common_noun_made_with_a_name_is_no_name(sentence: str, found: list[str]) -> None:
    assert texts(answer_spans.names(sentence)) == found


def test_an_adjective_is_a_place_only_with_its_noun() -> None:
    assert texts(answer_spans.places("Het gebeurde bij Russische, Oekraïense en Poolse grenzen.")) == []
    assert texts(answer_spans.places("Het gebeurde in Ierse wateren.")) == ["Ierse wateren"]


@pytest.mark.parametrize(("sentence", "time", "kind"), [
    ("De troepen werden tussen 8 en 13 oktober vervoerd.", "tussen 8 en 13 oktober", ""),
    ("Het monument wordt op zaterdag 4 mei onthuld.", "zaterdag 4 mei", ""),
    ("Israël voerde in de nacht van woensdag op donderdag aanvallen uit.",
     "in de nacht van woensdag op donderdag", ""),
    ("De paus besloot gisteren het archief te openen.", "gisteren", "past"),
    ("Volgend jaar april is het zover.", "Volgend jaar april", "future"),
    ("Vanmorgen werd het bekend.", "Vanmorgen", ""),  # this morning: no direction to rule out
    ("Eergisteren werd het bekend.", "Eergisteren", "past"),
    ("De boa's staken op 4 en 5 april en 8 tot en met 10 april.", "4 en 5 april", ""),
    ("De deuren gaan open om 21.30 uur.", "om 21.30 uur", ""),
    ("Het feest duurt vanaf 8 uur tot de ochtend.", "vanaf 8 uur", ""),
    ("De stap om per 2020 het lidmaatschap niet te verlengen, is dinsdag bekendgemaakt.", "per 2020", ""),
    ("Oostenrijk handhaaft de grenscontroles tot zeker november.", "tot zeker november", ""),
    ("Zij krijgen respijt tot 1 juni.", "tot 1 juni", ""),
    ("Het schilderij ging voor 2000 euro weg, op 3 mei.", "3 mei", ""),  # an amount, not a year
    ("Het doek wordt gedateerd in de vroege zomer van 1886.", "van 1886", ""),  # a year of any age figures read
])
def test_times_and_their_direction(sentence: str, time: str, kind: str) -> None:
    span = answer_spans.times(sentence)[0]
    assert (span.text, span.kind) == (time, kind)


@pytest.mark.parametrize(("sentence", "direction"), [
    ("De paus besloot gisteren het archief te openen.", "past"),
    ("Volgend jaar april is het zover.", "future"),
    ("Het monument herinnert aan de treinramp in 1976.", "past"),  # the story is of 2019
    ("De eerste mensen moeten in 2024 op de maan staan.", "future"),
    ("Het festival begint op 8 juni.", ""),  # no year: it cannot be told
    ("Dat gebeurde in 2019.", ""),  # the story's own year
])
def test_a_time_lies_before_or_after_the_story(sentence: str, direction: str) -> None:
    assert answer_spans.direction(answer_spans.times(sentence)[0], 2019) == direction


@pytest.mark.parametrize(("time", "day"), [("op 30 april", True), ("zaterdag", True), ("gisteren", True),
                                          ("sinds 1889", False), ("in mei", False)])
def test_a_day_is_a_date_a_weekday_or_a_day_near_the_story(time: str, day: bool) -> None:
    assert answer_spans.of_measure(answer_spans.Span(time, 0, len(time)), "day") is day


def test_until_when_asks_for_an_end() -> None:
    found = answer_spans.times("Vissers die in 2014 een vergunning kregen, mogen door tot 1 juni.")
    assert [span.text for span in found if answer_spans.of_measure(span, "until")] == ["tot 1 juni"]


@pytest.mark.parametrize(("sentence", "reason", "kind"), [
    ("Dat wordt uitgesteld omdat NL-Alert nog niet voldoende werkt.", "omdat NL-Alert nog niet voldoende werkt",
     "cause"),
    ("Dat kwam volgens het bedrijf door hogere belastingen.", "door hogere belastingen", "by"),
    ("Hij ging naar huis om te slapen.", "om te slapen", "purpose"),
    ("Zij reisde naar Kyiv om te zien wat er is verwoest.", "om te zien wat er is verwoest", "purpose"),
    ("Hij wil meer tijd doorbrengen met zijn gezin.", "wil meer tijd doorbrengen met zijn gezin", "motive"),
])
def test_reasons_and_their_kind(sentence: str, reason: str, kind: str) -> None:
    span = answer_spans.reasons(sentence)[0]
    assert (span.text, span.kind) == (reason, kind)


@pytest.mark.parametrize("sentence", [
    "Hij wordt opgevolgd door Amit Banati, die nu nog de regio leidt.",  # the agent of a passive
    "Manning speelde geheime informatie door aan de klokkenluiderssite.",  # a verb particle
    "Ze vinden het een brug te ver om rond kerst acties te organiseren.",  # "te ver om": not a purpose
    "Zijn mening is belangrijk, om niet te zeggen het belangrijkst.",  # an idiom
    # the complement of a noun in the clause's middle, before its verbs, says what the power is, not why
    "Een resolutie die de macht van Trump om aanvallen uit te voeren in Iran zou hebben ingeperkt, is gestrand.",
    "Hij wil doorbrengen.",  # too short to say anything
])
def test_no_reason(sentence: str) -> None:
    assert answer_spans.reasons(sentence) == []


def test_quotations_in_every_style_and_no_scare_quotes() -> None:
    text = ("'We werken met een investeerder aan een oplossing', zegt hij. De krant onthulde de "
            "'trollenaffaire'. ,,Het is veel te snel om te staken'', zei zij.")
    assert texts(answer_spans.quotations(text)) == ["We werken met een investeerder aan een oplossing",
                                                    "Het is veel te snel om te staken"]


def test_quotations_opened_with_two_commas_close_with_a_double_mark_too() -> None:
    """A third of the newspaper corpus's ',,' quotations close with '"' (',,Ik ben op van de zenuwen", sprak ze').
    Only '' closed them, so in two sentences quoted together the marks paired across the narration, and the
    answer to "wat zei ze" began with 'sprak ze met een gebroken stem'."""
    passage = (',,Ik ben op van de zenuwen", sprak ze met een gebroken stem. ,,Ik heb dit nooit gewild. Milan '
               'verdiende een betere moeder."')
    assert texts(answer_spans.quotations(passage)) == [
        "Ik heb dit nooit gewild. Milan verdiende een betere moeder.", "Ik ben op van de zenuwen"]


@pytest.mark.parametrize(("sentence", "quotation"), [
    (",,Het is veel te snel om te staken.", "Het is veel te snel om te staken"),  # opens one
    ("Brinkman, scheidend senator: ,,Het is heel verdrietig voor het CDA, maar het is al langer gaande.",
     "Het is heel verdrietig voor het CDA, maar het is al langer gaande"),  # opens one after its speaker
    ("Deze was wel heel knullig.'", "Deze was wel heel knullig"),  # closes one
    ("Het was mijn fout'', zegt Schwaab.", "Het was mijn fout"),  # closes one before its speaker
    ("'Ik ben verheugd dat Kevin McAleenan haar taken overneemt.", "Ik ben verheugd dat Kevin McAleenan haar taken "
     "overneemt"),  # opens one with a single mark
])
def test_a_sentence_of_a_quotation_over_several_is_a_quotation(sentence: str, quotation: str) -> None:
    assert texts(answer_spans.quotations(sentence)) == [quotation]


@pytest.mark.parametrize(("sentence", "alone"), [
    ("'Want als je niet leert van je fouten, ga je weer in de fout.'", True),
    (",,Dat zou nergens op slaan.'' ,,We kijken verder terug.''", True),  # two quotations, nothing else
    (",,Ik ben verheugd dat Kevin McAleenan haar taken overneemt.", True),  # opens one that goes on
    ("'Dat baart zorgen', aldus advocaat-generaal Sta.", False),  # names its speaker
    ("De rechtbank doet over twee weken uitspraak.", False),
    ("'s Avonds gaan de deuren van het museum weer open.", False),
])
def test_a_sentence_said_alone_has_no_word_outside_its_quotation_marks(sentence: str, alone: bool) -> None:
    assert answer_spans.said_alone(sentence) is alone


@pytest.mark.parametrize("sentence", [
    "Ik ben erg opgelucht dat het goedkomt\", vertelde ze aan het Jeugdjournaal.",  # any verb after the comma
    "Ik ben erg opgelucht dat het goedkomt'', zegt ze.",
    "Dat is de reflex van een verdediger', aldus Schwaab.",
])
def test_a_quotation_over_several_sentences_closes_before_its_speaker(sentence: str) -> None:
    """The closing mark, a comma and the verb that names the speaker end a quotation opened before; only a few
    verbs of saying did, so after ",,… goedkomt", vertelde ze" the narration read as the quotation going on."""
    assert answer_spans.goes_on(sentence) == "previous"


def test_an_apostrophe_or_a_title_opens_no_quotation() -> None:
    assert answer_spans.quotations("'s Avonds gaan de deuren van het museum weer open.") == []
    assert answer_spans.quotations("'Arcade' van Duncan Laurence won het Songfestival in Tel Aviv.") == []

def test_a_span_in_quotation_marks_is_a_title_or_a_quotation() -> None:
    text = "Laurence gaat met het liedje 'Arcade' naar het Songfestival in Israël. Hij werd ,,Ere Waegemeester''."
    names = {span.text: span for span in answer_spans.names(text)}
    assert answer_spans.in_quotes(text, names["Arcade"]) and answer_spans.in_quotes(text, names["Ere Waegemeester"])
    assert not answer_spans.in_quotes(text, names["Israël"])
    assert texts(answer_spans.names("Daarna won Sean O'Brien de rit.")) == ["Sean O'Brien"]  # his apostrophe stays
    said = "„We werken aan een oplossing,” zegt hij."
    assert all(answer_spans.in_quotes(said, span) for span in answer_spans.quotations(said))


def test_ordinals() -> None:
    assert texts(answer_spans.ordinals("Het is al zijn vijfde zege, de 21ste van de ploeg.")) == ["vijfde", "21ste"]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Eén op de tien kinderen is te zwaar, bij meisjes 12 procent.",
     [("Eén op de tien kinderen", "percentage"), ("12 procent", "percentage")]),
    ("Hij reed minstens 116 kilometer per uur.", [("minstens 116 kilometer per uur", "speed")]),
    ("De D66-senatoren stemden tegen.", []),  # digits glued to letters count nothing
    ("Het kanaal 24Kitchen zendt uit over het 5G-netwerk.", []),  # nor do letters glued to digits
    ("De club moet voor een jaar dicht.", [("een jaar", "duration")]),  # "een" with a unit of time
    ("2098 mensen stemden voor de prijs.", [("2098 mensen", "people")]),  # a count, not a year
    ("In 2018 mensen zagen het.", []),  # a year
])
def test_numbers_read_shares_speeds_and_not_names(sentence: str, found: list[tuple[str, str]]) -> None:
    assert [(span.text, span.kind) for span in answer_spans.numbers(sentence)] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Twee jongens van 12 en 13 jaar oud zijn opgepakt.", [("Twee jongens", "jongens"), ("12 en 13 jaar", "age")]),
    ("Voor Syrië en Jemen werd 936 duizend en 926 duizend euro ingezameld.",
     [("936 duizend en 926 duizend euro", "money-eur")]),
    ("Zij kregen 3 jaar cel en 4 maanden taakstraf.", [("3 jaar", "duration"), ("4 maanden", "duration")]),
    ("Tien mannen en 4 vrouwen deden mee.", [("Tien mannen", "people"), ("4 vrouwen", "people")]),
])
def test_a_bare_number_paired_to_a_figure_shares_its_unit(sentence: str, found: list[tuple[str, str]]) -> None:
    """"Hoe oud zijn die twee jongens": '12 en 13 jaar', not '13 jaar' (the figures reader reads no unit for '12')."""
    assert [(span.text, span.kind) for span in answer_spans.numbers(sentence)] == found


@pytest.mark.parametrize(("sentence", "frequency"), [
    ("De tweet is 624 keer gedeeld.", "624 keer"),
    ("De petitie is al zesduizend keer ondertekend.", "zesduizend keer"),
    ("Inmiddels is het nummer zes miljoen keer gestreamd.", "zes miljoen keer"),  # not 'miljoen keer'
    ("Het filmpje is 1,5 miljard keer bekeken.", "1,5 miljard keer"),
    ("Zo'n oefening moet eens in de vier jaar worden gehouden.", "eens in de vier jaar"),
    ("De bus rijdt twee keer per dag naar Utrecht.", "twee keer per dag"),
    ("De keuring gebeurt om de twee jaar.", "om de twee jaar"),
    ("Het festival is jaarlijks.", "jaarlijks"),
])
def test_how_often_something_happens(sentence: str, frequency: str) -> None:
    """The answer to "hoe vaak": the figures reader reads '624' without its 'keer', and 'eens in de vier jaar' as
    the duration 'vier jaar'."""
    assert texts(answer_spans.frequencies(sentence)) == [frequency]


@pytest.mark.parametrize(("sentence", "name", "described"), [
    ("Volgens de Zuid-Koreaanse oud-premier Han Duck-soo is dat onzin.", "Han Duck-soo",
     ["de Zuid-Koreaanse oud-premier Han Duck-soo"]),
    ("Dat zegt de Amerikaanse minister van Justitie Pam Bondi (Republikeinen) tegen de pers.", "Pam Bondi",
     ["de Amerikaanse minister van Justitie Pam Bondi (Republikeinen)"]),
    ("Zorgminister Bruno Bruins (VVD) vindt dat.", "Bruno Bruins", ["Zorgminister Bruno Bruins (VVD)"]),
    ("Het gaat toch aan je knagen, zegt haar advocaat Willem Korteling.", "Willem Korteling",
     ["haar advocaat Willem Korteling"]),
    ("Het ging volgens schooldirecteur Michel Berkelmans om knettervuurwerk.", "Michel Berkelmans",
     ["schooldirecteur Michel Berkelmans"]),
    ("En gisteren liet de partij weten dat Annemarie van Gaal, tv-persoonlijkheid en ondernemer, de formatie leidt.",
     "Annemarie van Gaal", ["Annemarie van Gaal, tv-persoonlijkheid en ondernemer"]),
    ("De commissie buigt zich over de zaak rond Jeffrey Epstein.", "Jeffrey Epstein", []),
    ("Het gaat om de vrouw van Pam Bondi, die in Florida woont.", "Pam Bondi", []),
])
def test_a_description_is_the_role_a_name_is_written_with(sentence: str, name: str, described: list[str]) -> None:
    """What "wie is X?" is answered with: the noun phrase ending in the name from its article on, the name with
    what stands before it in capitals and a remark in brackets, or an aside after it. A phrase starts at its
    article or possessive ("haar advocaat"), or after a preposition ("volgens schooldirecteur"), which a noun
    phrase follows; it does not reach back past a function word or over a preposition ("weten dat", "de zaak
    rond", "de vrouw van"): the name is then what the phrase is about, not whom it describes."""
    [span] = [span for span in answer_spans.names(sentence) if span.text.endswith(name)]
    assert texts(answer_spans.descriptions(sentence, span, frozenset(terms(name)))) == described


@pytest.mark.parametrize(("sentence", "attributes"), [
    ("Dat meldt de Japanse publieke omroep NHK.", True),
    ("Dat zeggen ingewijden tegen De Telegraaf.", True),
    ("Dat kabinet meldt een tekort.", False),  # 'dat' opening a noun phrase
    ("NHK meldt dat de man levenslang kreeg.", False),
])
def test_a_sentence_naming_the_source_of_the_one_before(sentence: str, attributes: bool) -> None:
    assert answer_spans.attributes(sentence) is attributes
