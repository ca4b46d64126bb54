"""The short spans that answer a question, found inside one sentence.

Each finder returns candidate spans in sentence order; `candidates` picks the one nearest to the
words the question and the sentence share. Rule-based on purpose: Dutch NER that runs offline is
either slow (frog, 11 sentences/s) or misses news names, and these patterns are enough when the
sentence has already been chosen for matching the question.

Some spans carry a `kind` the question module weighs: a reason is a "cause" (omdat, doordat, vanwege),
"by" (door hogere kosten), a "purpose" (om … te) or a "motive" (wil, maakt zich zorgen over), and a
time is "past" (gisteren, vorige week), "future" (morgen, volgend jaar) or "" when it names its date
itself (8 oktober, in 2022); a place, and a name a preposition introduces as one, is a "place".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Set
from dataclasses import dataclass

from index.analysis import STOP_WORDS, terms
from index.figures import MONTH_NAMES, MONTHS, NUMBER_WORD_START, SMALL_NUMBERS, figures_in_sentence
from index.times import NEAR_DAYS, WEEKDAYS
from index.word_forms import common, leans

_MONTH = "|".join(MONTH_NAMES)
#: A year's digits, from 1800 on as the figures reader counts years ('in de vroege zomer van 1886').
_YEAR_DIGITS = r"(?:1[89]|20)\d\d"
#: Words inside a name ('Ron de Groot', 'Fresh & Fast').
PARTICLES = frozenset("van de der den des ter ten het 't von bin al el la le du da dos di del &".split())


def joined_by(words: Set[str]) -> str:
    """A pattern of what may stand between two words of one name: spaces, and any of `words` among them."""
    return r"(?:\s+(?:" + "|".join(map(re.escape, sorted(words))) + r"))*\s+"


#: … as a pattern of the words that may stand between a name's capitalised words ("Annemarie van Gaal").
BETWEEN_NAME_WORDS = joined_by(PARTICLES)
_NOT_NAMES = frozenset("""De Het Een Dat Die Dit Deze Ook Maar En In Op Bij Volgens Na Voor Om Als Toen
    Nu Zo Er Hij Zij Ze Wij We Ik Je U Daar Hier Daarmee Daarbij Daarnaast Bovendien Wel Niet Nog Al
    Wat Wie Waar Hoe Waarom Wanneer Welke Zijn Haar Hun Ons Onze Mijn Uit Tot Met Van Aan Door Over
    Onder Tegen Zonder Sinds Tijdens Ondanks Dankzij Vanwege Omdat Doordat Want Terwijl Nadat Voordat
    Zoals Meer Minder Veel Weinig Alle Elke Iedere Geen Andere Eerder Later Vorige Volgende""".split()) | {
    day.capitalize() for day in WEEKDAYS.split("|")} | {month.capitalize() for month in MONTHS}
#: A capitalised word; an abbreviated title ('St.', 'Dr.') keeps its full stop inside a name, and an
#: apostrophe belongs to it only before a letter (O'Brien; not the closing quote of 'Arcade').
_CAPITAL_WORD = r"(?:(?:St|Sint|Dr|Mr|Prof|Mgr|Ds)\.(?=\s+[A-ZÀ-Þ])|[A-ZÀ-Þ](?:[\w\-]|['’](?=\w))*|[A-Z]{2,}\d*)"
#: The nouns an organisation's name opens with that may go on with "voor" ('Forum voor Democratie', 'Partij voor de
#: Dieren', 'Centraal Bureau voor de Statistiek'); after another name "voor" is a preposition ('Rutte voor Nederland').
_ORGANISATIONS = "Forum Partij Raad Centrum Bureau Stichting Vereniging Instituut Autoriteit Bond Fonds Beweging"
_FOR = "(?:" + "|".join(f"(?<={noun})" for noun in _ORGANISATIONS.split()) + r")\s+voor"
_NAME = re.compile(  # not after a letter: "AI" of xAI, "Phone" of iPhone (after digits, as 50Plus, it may)
    rf"(?<![^\W\d_]){_CAPITAL_WORD}(?:(?:{_FOR})?{BETWEEN_NAME_WORDS}{_CAPITAL_WORD})*")
#: Nouns for a kind of place: "de Russische stad Vladivostok" names the place after them.
PLACE_NOUNS = frozenset("""stad plaats dorp regio provincie gemeente hoofdstad wijk deelstaat staat land
    eiland streek kerk museum ziekenhuis gevangenis school basisschool station haven traject""".split())
_PLACE_INTRO = re.compile(
    r"\b(?:(?:in|uit)\s+de\s+(?:buurt|omgeving|omstreken)\s+van"
    r"|in|naar|uit|bij|te|vanuit|nabij|rond|richting|buiten|op|vanaf)\s+(?:de\s+|het\s+)?"
    rf"(?:(?:[a-zà-ÿA-ZÀ-Þ][\w\-]*e\s+)?(?:{'|'.join(sorted(PLACE_NOUNS))})\s+)?"
    rf"(?P<place>{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD})*(?:\s+en\s+{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD})*)?)"
    rf"(?:\s+(?P<noun>[a-zà-ÿ]{{4,}})(?:\s+(?P<named>{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD})*))?)?")
#: A preposition opening a sentence ("In Nederland werd 8 miljoen euro geïnd"), read as `_PLACE_INTRO`'s own
#: lower-case one: capitals in that pattern made it try every capitalised word, twice as slow.
_OPENING_PREPOSITIONS = frozenset("In Uit Naar Bij Vanuit Nabij Rond Buiten Op Vanaf".split())
_BETWEEN = re.compile(rf"\btussen\s+(?P<place>{_CAPITAL_WORD}\s+en\s+{_CAPITAL_WORD})")
#: A nationality adjective ("Japanse", "Zuid-Koreaanse", "Nederlandsche"; before a neuter noun "Indonesisch",
#: "Amerikaans", "Surinaams") is not a name.
_ADJECTIVE = re.compile(r"^[A-ZÀ-Þ][\w\-]*(?:se|sche|isch|aans|aams)$")
_PAST_TIME = re.compile(r"\b(?:gisteren|eergisteren|vorige?|afgelopen)\b", re.IGNORECASE)
_FUTURE_TIME = re.compile(r"\b(?:morgen|overmorgen|komende|volgende?|aanstaande)\b", re.IGNORECASE)
_TIME = re.compile(
    rf"\b(?:in\s+de\s+nacht\s+van\s+(?:{WEEKDAYS})\s+op\s+(?:{WEEKDAYS}))"
    rf"|\b(?:tussen\s+)?\d{{1,2}}\s+(?:en|tot|t/m|tot\s+en\s+met)\s+\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?"
    rf"|\b(?:(?:tot|until|uiterlijk)\s+(?:en\s+met\s+)?)?(?:(?:{WEEKDAYS})\s+)?\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?"
    rf"|\b(?:begin|eind|medio|half|midden)\s+(?:{_MONTH}|\d{{4}})"
    rf"|\b(?:in|sinds|vanaf|tot|uit|van|per|voor|vóór|na|rond|omstreeks|uiterlijk|tegen)\s+(?:(?:{_MONTH})\s+)?"
    rf"{_YEAR_DIGITS}\b"
    rf"|\b(?:vorig|volgend)\s+jaar\s+(?:{_MONTH})|\b(?:{_MONTH})\s+(?:vorig|volgend)\s+jaar"
    rf"|\b(?:in|tot|vanaf|sinds|per|uiterlijk)\s+(?:(?:zeker|minstens|ten\s+minste|begin|eind|half|medio)\s+)?"
    rf"(?:{_MONTH})"
    rf"|\b(?:(?:vorige|afgelopen|komende|volgende|aanstaande)\s+)?(?:{WEEKDAYS})(?:avond|ochtend|middag|nacht)?"
    r"|\b(?:deze|vorige|volgende|komende|afgelopen)\s+(?:week|maand|zomer|winter|lente|herfst|jaar|eeuw)"
    r"|\b(?:vorig|volgend|dit|komend)\s+jaar"
    rf"|\b(?:{NEAR_DAYS}|overmorgen|morgen)"
    r"|\bin\s+het\s+(?:eerste|tweede|derde|vierde|laatste)\s+kwartaal(?:\s+van\s+\d{4})?"
    r"|\b(?:om|rond|tegen)\s+\d{1,2}[.:]\d{2}(?:\s+uur)?|\b\d{1,2}[.:]\d{2}\s+uur"
    rf"|\b(?:om|rond|tegen|vanaf)\s+(?:\d{{1,2}}|een|{SMALL_NUMBERS})\s+uur",
    re.IGNORECASE,
)
#: Causes answer "waarom" best, then what something happened by, then purposes. "door" before a name
#: is the agent of a passive ("opgevolgd door Amit Banati") and before a preposition a verb particle
#: ("speelde door aan"), so neither counts.
_CAUSE = re.compile(r"\b(?:omdat|doordat|want|vanwege|wegens|dankzij|als\s+gevolg\s+van)\b", re.IGNORECASE)
_BY = re.compile(r"\b[Dd]oor\b(?!\s+(?:(?:de|het|een)\s+)?[A-ZÀ-Þ])(?!\s+(?:aan|naar|op|in|met|bij|tot|voor)\b)")
#: "om … te" is a purpose, except after "te <adjectief>" ("een brug te ver om …", "te vroeg om …"),
#: where it says what is too far, not why.
_PURPOSE = re.compile(r"\bom\s+(?=.{0,80}\bte\b)", re.IGNORECASE)
_TOO = re.compile(r"\bte\s+\w+\s*$", re.IGNORECASE)
#: A verb of the clause after "om … te <verb>" (before a comma or a word opening another clause) puts the om-clause
#: in the clause's middle, where Dutch has the complement of a noun ("een resolutie die de macht van Trump om
#: aanvallen uit te voeren zou hebben ingeperkt"); a purpose stands after the clause's verbs ("… ging naar Parijs
#: om Macron te ontmoeten").
_MIDDLE = re.compile(r"^om\b[^,;]{0,80}?\bte\s+\w+"
                     r"(?:\s+(?!(?:wat|wie|waar|hoe|of|dat|die|als|en|maar)\b)[^\s,;]+){0,4}?"
                     r"\s+(?:zou|zouden|zal|zullen|heeft|hebben|had|hadden|is|was|zijn|waren|wordt|worden|werd|werden"
                     r"|kan|kon|konden|kunnen|moet|moest|moesten|moeten|mag|mocht)\b", re.IGNORECASE)
#: "om niet te zeggen", "om maar te zwijgen van", "om zo te zeggen": idioms, not purposes.
_IDIOM = re.compile(r"^om\s+(?:\w+\s+){0,3}te\s+(?:zeggen|zwijgen|spreken)\b", re.IGNORECASE)
#: What someone wants, hopes or fears explains what they do ("Hij wil meer tijd met zijn gezin").
_MOTIVE = re.compile(r"\b(?:wil|wilde|willen|wilden|hoopt|hoopte|hopen|vreest|vreesde|vrezen"
                     r"|maakt(?:e|en)?\s+zich\s+zorgen|(?:is|was|zijn|waren)\s+bang|uit\s+(?:angst|protest))\b",
                     re.IGNORECASE)
#: Fewer words than this in quotation marks are scare quotes, not something someone said.
MIN_QUOTATION_WORDS = 3
#: Quotations in marks that open and close in the text; ',,' closes with '' or, in a third of the newspaper
#: corpus's, with a double mark (',,Ik ben op van de zenuwen", sprak ze').
_QUOTED = re.compile(r"„([^\"”“]{3,})[\"”“]|,,(.{3,}?)(?:''|[\"”])|\"([^\"]{3,})\"|“([^”]{3,})”"
                     r"|(?:^|(?<=[\s(:]))'([^']{10,}?)'(?=[\s,.;:!?)]|$)")
#: A sentence opening a quotation; a single mark only before a capital ("'s Avonds" is no quotation) and when
#: no single mark closes after a word in the sentence ("'Arcade' van Duncan Laurence won" quotes a title).
_OPENS_QUOTE = re.compile(r"^\s*(?:,,|„|“|\"|'(?=[A-ZÀ-Ý])(?!.*\w'(?:[\s,.;:!?]|$)))")
#: A quotation opened after its speaker and a colon, running on past the sentence: "senator: ,,Het is …".
_OPENS_AFTER_COLON = re.compile(r":\s*(?:,,|„|“|\")")
#: A sentence closing a quotation opened before it: its closing mark ('', ”, " or a ' after a word), then a comma
#: and the verb that tells who said it (",,… goedkomt\", vertelde ze"; "'… beslissen', aldus Schwaab") or, without
#: the comma, a verb of saying. The pattern starts with the mark and looks back from there for the rest of it: one
#: starting with a look-behind is tried at every character (ten times as slow over the collection's sentences).
_CLOSES_QUOTE = re.compile(r"['”\"](?:(?<=''|[\w.!?]'|.”|.\"),\s+[a-zà-ÿ]"
                           r"|(?<=''|.”|.\")\s+(?:zegt|zei|aldus|stelt|stelde|meent|vindt|vond|schrijft|schreef)\b)")
#: The last sentence of a quotation over several: its closing mark after its full stop ("… knullig.'").
_ENDS_QUOTE = re.compile(r"[.!?](?:''|”|\"|')\s*$")
_ORDINAL = re.compile(
    r"\b(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde"
    r"|\w+tiende|\w*twintigste|\w*dertigste|\w*veertigste|\w*vijftigste|honderdste|\d{1,3}(?:e|ste|de))\b",
    re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class Span:
    text: str
    start: int
    end: int
    kind: str = ""


def is_adjective(word: str) -> bool:
    """'Japanse', 'Zuid-Koreaanse': a capitalised adjective of nationality, never a name by itself."""
    return bool(_ADJECTIVE.match(word)) and len(word) > 4


#: What may stand before a sentence's first word: the marks a quotation or an aside opens with, and spaces.
_OPENING_MARKS = " ,„“\"'("
#: What ends a sentence (a colon before what is said opens one), and the marks that may close it.
_SENTENCE_ENDS = ".!?:"
_CLOSING_MARKS = "\"'”’)"
#: Where a sentence after the first starts in a text, past its opening marks (`opens_sentence`, searched for).
_NEXT_SENTENCE = re.compile(rf"[{_SENTENCE_ENDS}][{_CLOSING_MARKS}]*\s+[{_OPENING_MARKS}]*")


def opens_sentence(text: str, start: int) -> bool:
    """The word at `start` is the first of the text or of a sentence in it (after a full stop or a colon): a
    capital there says the word opens it, not (only) that it is a name. 'Van' opening a sentence is a
    preposition, 'slijterij Van der Heijden' writes a name with it."""
    before = text[:start].rstrip(_OPENING_MARKS)
    return not before or before.rstrip(_CLOSING_MARKS)[-1:] in _SENTENCE_ENDS


#: A capitalised compound whose head is a word in small letters ('Netflix-serie', 'Lega-burgemeester').
_COMPOUND = re.compile(r"[A-ZÀ-Þ][\w\-]*-(?P<head>[a-zà-ÿ]{4,})")


def common_compound(word: str) -> bool:
    """The word is a common noun made with a name ('Netflix-serie', 'CDA-leider', 'Ajax-trainer'), not a name: its
    head is a common Dutch word of four letters or more ('Han Duck-soo', 'Kim Jong-un' are names)."""
    return bool(found := _COMPOUND.fullmatch(word)) and common(found.group("head"))


def _past_compounds(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """A name's words without the common nouns made with a name among them: the words after the last one (the
    role before the name: 'Waarop Lega-burgemeester Andrea Girardi'), or those before the first when the name
    ends in one; none when it is one ('Netflix-serie')."""
    compounds = [index for index, word in enumerate(words) if common_compound(word.group())]
    if not compounds:
        return words
    return words[compounds[-1] + 1:] or words[:compounds[0]]


#: A capitalised word this much more frequent in general Dutch than in English (in Zipf units: a thousand times)
#: is a Dutch word written with a capital ('Buitenlandse', 'Zaken', 'Justitie'), not a name, which English writes
#: too ('José', 'Pam') or no common Dutch word is ('Albares').
DUTCH_OVER_ENGLISH = 3.0
#: What a portfolio follows: a role in small letters and "van" ("minister van Justitie Pam Bondi").
_PORTFOLIO = re.compile(r"\b[a-zà-ÿ]+\s+van\s+$")


def _dutch_word(word: str) -> bool:
    return common(word) and leans(word, "nl", DUTCH_OVER_ENGLISH)


def _past_portfolio(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """A name's words without the portfolio written in capitals before it, after a role's "van" ('minister van
    Buitenlandse Zaken José Manuel Albares': José Manuel Albares; 'minister van Justitie Pam Bondi': Pam Bondi):
    its Dutch words, when what follows them is a name of two words or more with no Dutch word and no particle in
    it ('Gedeputeerde Staten van Noord-Brabant', 'het Museum van Oude Kunst' and 'minister van Binnenlandse Zaken
    Ollongren' keep every word)."""
    if not words or not _PORTFOLIO.search(words[0].string, 0, words[0].start()):
        return words
    start = 0
    while start < len(words) and words[start].group().lower() not in PARTICLES and _dutch_word(words[start].group()):
        start += 1
    rest = words[start:]
    if start and len(rest) >= 2 and not any(
            word.group().lower() in PARTICLES or _dutch_word(word.group()) for word in rest):
        return rest
    return words


def names(sentence: str) -> list[Span]:
    """Capitalised word runs that name someone or something ('Mark Rutte', 'FNV', 'Han Duck-soo'), without a
    common noun made with a name before them ('CDA-leider Sybrand Buma': Sybrand Buma; 'Netflix-serie' is none).

    A sentence's first word is a name only if more capitalised words follow or it is an acronym (also when the
    story writes it as a name elsewhere: reading it so moved answers the wrong way, fifty-second round). A lone
    nationality adjective is not a name. A name a preposition introduces as a place ('uit Best') has the kind
    "place"."""
    spans = []
    placed = places(sentence)
    for match in _NAME.finditer(sentence):
        words = _words(match)
        while words and (words[0].group() in _NOT_NAMES or words[0].group().lower() in PARTICLES) and (
                opens_sentence(sentence, words[0].start()) or not words[0].group()[:1].isupper()):
            words.pop(0)  # mid-sentence, a capitalised article or particle is the name's: 'El Aviva', 'De Telegraaf'
        while words and (words[-1].group() in _NOT_NAMES or words[-1].group().lower() in PARTICLES
                         or words[-1].group().endswith("-") or (
                             len(words) > 1 and words[-2].group().lower() in PARTICLES
                             and is_adjective(words[-1].group()))):
            words.pop()  # "Zuid-" of "Zuid- en Noord-Holland" is half a name; so is the adjective of a noun in
            # small letters ('Inwoners van het Indonesische eiland Bali')
        if "-" in match.group():
            words = _past_compounds(words)
        words = _past_portfolio(words)
        if not words or (len(words) == 1 and is_adjective(words[0].group())):
            continue
        start, end = words[0].start(), words[-1].end()
        first = words[0].group()
        if len(words) == 1 and not first.isupper() and opens_sentence(sentence, start):
            continue
        kind = "place" if any(place.start <= start < place.end for place in placed) else ""
        spans.append(Span(sentence[start:end], start, end, kind))
    return spans


#: What opens the noun phrase a role is written in before a name ("de Zuid-Koreaanse oud-premier Han Duck-soo",
#: "haar advocaat Willem Korteling").
_DETERMINERS = frozenset("de het een haar zijn hun diens the a an her his their".split())
#: … and the prepositions after which one starts ("volgens schooldirecteur Michel Berkelmans"): a preposition is
#: followed by a noun phrase, never by a verb.
_PREPOSITIONS = frozenset("aan achter bij binnen door in met na naar namens om onder op over rond sinds tegen "
                          "tijdens tot tussen uit van via volgens voor zonder aldus".split())
#: Words a role is not written with: function words (a verb's "dat" or "heeft" before the name ends the phrase:
#: "de partij weten dat Annemarie van Gaal") and prepositions (a name after one is what the phrase is about, not
#: whom it describes: "de zaak rond Jeffrey Epstein"), except "van" before a capital, which a role is written
#: with ("minister van Justitie Pam Bondi").
_NOT_IN_ROLE = STOP_WORDS | _PREPOSITIONS
#: The most words a role before a name is written in, its determiner included, and how far back they are looked
#: for: reading every word before each name made a sentence of 3,000 names take 7 s.
_ROLE_WORDS = 7
_ROLE_REACH = 200
#: A remark in brackets after a name ("(VVD)", "(Medische Zorg)"), and an aside after it that says what the named
#: one is, in small letters (not a list of names, not a clause of its own: "Han Duck-soo, die gisteren …").
_REMARK = re.compile(r"\s*\([^()]{1,40}\)")
_ASIDE = re.compile(r",\s+(?!(?:die|dat|wie|waar|wat|who|which|that)\b)([a-zà-ÿ][^,.;:()]{2,80}),")


def _in_role(word: re.Match[str], following: re.Match[str] | None) -> bool:
    """A role may be written with the word, `following` coming after it (None: the name)."""
    return word.group().lower() not in _NOT_IN_ROLE or (
        word.group().lower() == "van" and following is not None and following.group()[:1].isupper())


def descriptions(sentence: str, name: Span, asked_terms: Set[str]) -> list[Span]:
    """How the sentence describes whom a question asks about (`asked_terms`: the index terms of the asked name),
    named in `name` from its first word of the asked name on (the words before it are the role's, "Justitie" of
    "minister van Justitie Pam Bondi", or the rest of the name, "Kassym-Jomart"): the noun phrase that
    ends in the name, from its determiner on ("De Israëlische premier Benjamin Netanyahu", "de Amerikaanse minister
    van Justitie Pam Bondi"), else the name with the words before it ("Zorgminister Bruno Bruins",
    "Kassym-Jomart Tokajev"), each with a remark in brackets after it ("(VVD)"); and an aside after the name
    ("Annemarie van Gaal, tv-persoonlijkheid en ondernemer,"). A name alone says nothing about whom "wie is
    Han Duck-soo?" asks; the words a news sentence writes around it do."""
    found = []
    asked = next((word.start() for word in _WORD_IN.finditer(sentence, name.start, name.end)
                  if not asked_terms.isdisjoint(terms(word.group()))), name.start)
    remark = _REMARK.match(sentence, name.end)
    end = remark.end() if remark else name.end
    words = list(_WORD_IN.finditer(sentence, max(0, asked - _ROLE_REACH), asked))[-_ROLE_WORDS:]
    for index in range(len(words) - 2, -1, -1):  # the determiner, with a word between it and the name
        between = words[index + 1:]
        if any(word.group()[-1:] in ",;:.!?()\"”“" for word in words[index:]):
            break  # the phrase does not cross a mark
        if not all(_in_role(word, following) for word, following in zip(between, [*between[1:], None], strict=True)):
            break  # (a preposition just before the name makes it the phrase's object: "de vrouw van Pam Bondi")
        opening = words[index].group().lower()
        if opening in _DETERMINERS:
            found.append(Span(sentence[words[index].start():end], words[index].start(), end))
            break
        if opening in _PREPOSITIONS and not _in_role(words[index], between[0]):
            found.append(Span(sentence[between[0].start():end], between[0].start(), end))
            break
    if not found and (name.start < asked or remark):
        found.append(Span(sentence[name.start:end], name.start, end))
    if aside := _ASIDE.match(sentence, name.end):
        found.append(Span(sentence[asked:aside.end(1)], asked, aside.end(1)))
    return found


_WORD_IN = re.compile(r"\S+")


def _words(match: re.Match[str], group: int | str = 0) -> list[re.Match[str]]:
    """The words of a match's group, with their places in the sentence: a span is cut from the sentence
    itself, so a name written with a non-breaking or a double space is still the quote's own text."""
    return list(_WORD_IN.finditer(match.string, match.start(group), match.end(group)))


#: What joins one name to the next in a list of them ("Kaine, Paul en Sanders", "Kaine and Paul").
_JOINING = re.compile(r",\s+|\s+(?:en|and)\s+")


def joined(span: Span, text: str) -> Span:
    """`span` with the names `text` lists after it ("Democraat Tim Kaine en Republikein Rand Paul", "X, Y en
    Z"), for a question asking for more than one ("wie hadden … ingediend"): the others are as much the
    answer. `span` itself when no name follows it; the offsets are `text`'s."""
    start = span.start
    after = {name.start: name for name in names(text)}
    end = start + len(span.text)
    while (link := _JOINING.match(text, end)) and (name := after.get(link.end())):
        end = name.end
        if not link.group().startswith(","):  # "en" ends the list
            break
    return span if end == start + len(span.text) else Span(text[start:end], start, end, span.kind)


def places(sentence: str) -> list[Span]:
    """Places introduced by a preposition: 'in Koersk', 'naar Parijs en Berlijn', 'naar de Russische
    stad Vladivostok' (the name after a place noun), 'uit de Ecuadoraanse ambassade' (an adjective of
    nationality and its noun), 'het traject tussen Groningen en Zuidhorn'."""
    spans = []
    opened = sentence  # a preposition opening a sentence lower-cased: the same offsets
    first = len(sentence) - len(sentence.lstrip(_OPENING_MARKS))
    for start in [first, *(match.end() for match in _NEXT_SENTENCE.finditer(sentence))]:
        if (word := sentence[start:start + 8].split(" ", 1)[0]) in _OPENING_PREPOSITIONS:  # 'Vanuit': six letters
            opened = opened[:start] + word.lower() + opened[start + len(word):]
    for match in _PLACE_INTRO.finditer(opened):
        words = _words(match, "place")
        while words and words[-1].group() in _NOT_NAMES:
            words.pop()
        if not words or words[0].group() in _NOT_NAMES:
            continue
        start, end = words[0].start(), words[-1].end()
        if len(words) == 1 and is_adjective(words[0].group()) and match.group("noun"):
            # "de Ecuadoraanse ambassade", "het Bossche muziekcafé Lohengrin" (the name after the noun its own)
            end = match.end("named") if match.group("named") else match.end("noun")
        elif len(words) == 1 and is_adjective(words[0].group()):
            continue
        spans.append(Span(sentence[start:end], start, end, "place"))
    for match in _BETWEEN.finditer(sentence):
        spans.append(Span(match.group("place"), match.start("place"), match.end("place"), "place"))
    return sorted(spans, key=lambda span: span.start)


def times(sentence: str) -> list[Span]:
    """Dates and time expressions: '8 oktober', 'tussen 8 en 13 oktober', 'maandag', 'in 2022'.

    Relative ones are marked "past" or "future": against a question's tense (`direction`) a time of the
    other direction has the asked form but not its substance."""
    spans = []
    counted: list[Span] | None = None  # the sentence's figures, read once if a match has a year
    for match in _TIME.finditer(sentence):
        text = match.group().strip()
        if not text:
            continue
        if year := _YEAR.search(match.group()):
            # a year the figures reader reads as a count ('voor 2000 euro', 'rond 2000 deelnemers') is no time
            counted = numbers(sentence) if counted is None else counted
            if any(span.start <= match.start() + year.start() < span.end for span in counted):
                continue
        kind = "past" if _PAST_TIME.search(text) else "future" if _FUTURE_TIME.search(text) else ""
        start = match.start() + match.group().index(text)
        spans.append(Span(text, start, start + len(text), kind))
    return spans


#: A sentence that gives the reason before it: "Daarom wil hij niet naar de VS.", "Om die reden stopt ze."
_REASON_BEFORE = re.compile(r"^\W*(?:daarom|daardoor|om\s+die\s+reden|vandaar|dat\s+is\s+(?:ook\s+)?de\s+reden)\b",
                            re.IGNORECASE)


def reason_before(sentence: str) -> bool:
    """The sentence opens with a word that points back to its reason in the sentence before."""
    return _REASON_BEFORE.match(sentence) is not None


def reasons(sentence: str) -> list[Span]:
    """Causal clauses to the end of the sentence, strongest kind first: "cause" ('omdat', 'doordat',
    'vanwege'), "by" ('door hogere kosten'), "purpose" ('om … te'), "motive" ('wil', 'maakt zich
    zorgen over')."""
    spans = []
    for pattern, kind in ((_CAUSE, "cause"), (_BY, "by"), (_PURPOSE, "purpose"), (_MOTIVE, "motive")):
        for match in pattern.finditer(sentence):
            if kind == "purpose" and (_TOO.search(sentence[:match.start()]) or _IDIOM.match(sentence[match.start():])
                                      or _MIDDLE.match(sentence[match.start():])):
                continue
            text = sentence[match.start():].rstrip(" .!?\"'”")
            if len(text.split()) >= 3:
                spans.append(Span(text, match.start(), match.start() + len(text), kind))
    return spans


_MARK = "[\"'„“”‘’]|,,|''"


def in_quotes(text: str, span: Span) -> bool:
    """The span stands in quotation marks in the text: a title ('Arcade', 'Ere Waegemeester') or what
    someone said."""
    return re.search(rf"(?:{_MARK})\s*{re.escape(span.text)}\s*[,.!?]?\s*(?:{_MARK})", text) is not None


def _whole_quotations(text: str) -> list[Span]:
    """The quotations that open and close inside the text, of MIN_QUOTATION_WORDS words or more."""
    spans = []
    for match in _QUOTED.finditer(text):
        group = next(index for index in range(1, 6) if match.group(index))
        inner = match.group(group)
        if len(inner.split()) >= MIN_QUOTATION_WORDS:
            spans.append(Span(inner.strip(" ,"), match.start(group), match.end(group)))
    return spans


def _part_of_longer(text: str) -> tuple[str, str] | None:
    """The part of a quotation over several sentences that this sentence holds, and which way the quotation
    goes on: "previous" when the sentence closes it, "next" when it opens it; None when it does neither."""
    if closing := _CLOSES_QUOTE.search(text) or _ENDS_QUOTE.search(text):
        return text[:closing.start()], "previous"
    if _OPENS_QUOTE.match(text):
        return text, "next"
    if opened := _OPENS_AFTER_COLON.search(text):
        return text[opened.end():], "next"
    return None


def quotations(text: str) -> list[Span]:
    """What is inside quotation marks, longest first ('„…"', ',,…\\'\\'', '"…"', "'…'"); a word or
    two in quotes ('trollenaffaire', "bezette gebieden") is a term held at a distance, not a statement."""
    spans = _whole_quotations(text)
    # a quotation over several sentences: this one opens or closes it
    if not spans and (part := _part_of_longer(text)):
        inner = part[0].strip(" ,.„“”\"'")
        if len(inner.split()) >= MIN_QUOTATION_WORDS:
            start = text.find(inner)
            spans.append(Span(inner, start, start + len(inner)))
    return sorted(spans, key=lambda span: -len(span.text))


def goes_on(sentence: str) -> str:
    """Which way a quotation that the sentence holds only part of goes on: "next" when the sentence opens it
    ("'Ik ben verheugd … overnemen." before "Ik heb er vertrouwen in …!'"), "previous" when it closes one
    opened before, "" when the sentence holds its quotations whole, or none."""
    if _whole_quotations(sentence):
        return ""
    part = _part_of_longer(sentence)
    return part[1] if part else ""


def said_alone(sentence: str) -> bool:
    """The sentence is what someone says and nothing else: no word stands outside its quotation marks
    (",,Dat zou nergens op slaan.''"), or it opens a quotation that goes on in the next. News names a speaker
    once and gives their next quotations bare, so such a sentence goes on with the last one named."""
    outside = _QUOTED.sub(" ", sentence)
    if outside == sentence:
        return bool(_OPENS_QUOTE.match(sentence)) and goes_on(sentence) == "next"
    return re.search(r"\w", outside) is None


#: A sentence that only says who reported or said what the one before it says ("Dat meldt de Japanse publieke
#: omroep NHK.", "Dat zegt de politie."): the name in it is the news's source, not someone the news is about.
_ATTRIBUTION = re.compile(r"^\W*(?:dat|dit|zo)\s+(?:meldt|melden|meldde|meldden|schrijft|schrijven|schreef|schreven"
                          r"|zegt|zeggen|zei|zeiden|bericht|berichten|berichtte|berichtten|stelt|stellen|stelde|meent"
                          r"|menen)\b", re.IGNORECASE)


def attributes(sentence: str) -> bool:
    """The sentence names the source of the one before it and says nothing of its own (`_ATTRIBUTION`)."""
    return bool(_ATTRIBUTION.match(sentence))


def ordinals(sentence: str) -> list[Span]:
    """Ordinal numbers ('vijfde', 'twintigste', '3de'): the answer to 'de hoeveelste …'."""
    return [Span(match.group(), match.start(), match.end(), "ordinal") for match in _ORDINAL.finditer(sentence)]


#: An age the figures reader leaves to the answer spans: "Pell (77)", "17 jaar oud", in words too
#: ("veertienjarige", "zeventien jaar oud").
_AGE = re.compile(r"\((\d{1,3})\)|\b(?:\d{1,3}-|" + NUMBER_WORD_START + r"[^\W\d_]*?-?)jarige?\b"
                  r"|\b(?:\d{1,3}|" + NUMBER_WORD_START + r"[^\W\d_]*)\s+jaar\s+oud\b", re.IGNORECASE)
_SPEED = re.compile(r"\s*(?:per\s+uur|/\s?u(?:ur)?|/h)\b")
#: A period a frequency is counted in, with a count or a word before it ('vier jaar', 'twee weken', 'week').
_PERIOD = r"(?:[^\W\d_]+\s+)?(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|eeuw|seizoen|uur)"
_PER_PERIOD = r"(?:per|in\s+de|in\s+het|om\s+de)\s+" + _PERIOD
#: A number in digits or words with the word that scales it ('zes miljoen', '1,5 miljard', '624').
_COUNT = r"(?:\d[\d.,]*|" + NUMBER_WORD_START + r"[^\W\d_]*)(?:\s+(?:honderd|duizend|miljoen|miljard))?"
#: How often something happens, the answer to "hoe vaak": '624 keer', 'twee keer per dag', 'eens in de vier jaar',
#: 'om de twee weken', 'jaarlijks' (the figures reader reads '624' alone and 'eens in de vier jaar' as a duration).
_FREQUENCY = re.compile(
    r"\b(?:" + _COUNT + r"\s+(?:keer|maal)(?:\s+" + _PER_PERIOD + r")?"
    r"|eens\s+" + _PER_PERIOD + r"|(?:elke?|iedere?|om\s+de)\s+" + _PERIOD
    + rf"|(?:{SMALL_NUMBERS})?(?:dage|weke|maande|jaar)lijks)\b", re.IGNORECASE)
_MONEY = {"money-eur", "money-usd", "money-gbp"}
MEASURE_KINDS = {"percent": {"percentage"}, "money": _MONEY, "duration": {"duration"}, "age": {"age"},
                 "rank": {"ordinal"}, "distance": {"distance"}, "speed": {"speed"}, "weight": {"weight"},
                 "amount": {*_MONEY, "percentage", "weight", "volume"}, "score": {"score"},
                 "frequency": {"frequency"}}
_CLOCK = re.compile(r"\d[.:]\d\d\b|\buur\b")
_YEAR = re.compile(rf"\b{_YEAR_DIGITS}\b")
_UNTIL = re.compile(r"(?:tot|until|uiterlijk)\b", re.IGNORECASE)
#: A time that names a day: a date, a weekday or a day near the story's ('30 april', 'zaterdag', 'gisteren').
_DAY = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTH})|\b(?:{WEEKDAYS}|{NEAR_DAYS}|overmorgen|morgen)", re.IGNORECASE)


def direction(span: Span, year: int | None) -> str:
    """Whether a time lies before ("past") or after ("future") the story's own time: marked for relative
    ones ('gisteren', 'volgend jaar'), and a year against the story's year ('in 1976' in a story of 2019);
    "" when it cannot be told (a date without a year, the story's own year)."""
    if span.kind in {"past", "future"}:
        return span.kind
    found = _YEAR.search(span.text)
    if found is None or year is None or int(found.group()) == year:
        return ""
    return "past" if int(found.group()) < year else "future"


def of_measure(span: Span, measure: str | None) -> bool:
    """The span states the asked measure: a figure of its kind (money for 'wat kost', a duration for 'hoe
    lang'), a time of day for 'hoe laat', a year for 'in welk jaar', an end for 'tot wanneer', a day for 'op welke
    dag' (not 'sinds 1889')."""
    if measure == "clock":
        return bool(_CLOCK.search(span.text))
    if measure == "year":
        return bool(_YEAR.search(span.text))
    if measure == "until":
        return bool(_UNTIL.match(span.text))
    if measure == "day":
        return bool(_DAY.search(span.text))
    return span.kind in MEASURE_KINDS.get(measure or "", ())


def frequencies(sentence: str) -> list[Span]:
    """How often the sentence says something happens (`_FREQUENCY`), the answer to "hoe vaak"."""
    return [Span(match.group(), match.start(), match.end(), "frequency") for match in _FREQUENCY.finditer(sentence)]


def numbers(sentence: str) -> list[Span]:
    """The figures the sentence states (`index.figures`, the reader /compare uses: '12.000 soldaten', 'zeker
    50 doden', 'één op de tien kinderen', 'een jaar'; no dates, years, clock times or names like D66) as spans,
    kind = the measure they state (percentage, money-eur, duration, age, …) or ""; a distance per hour is a
    speed ('116 kilometer per uur'), and an age in parentheses or 'jaar oud' is an age ('Pell (77)')."""
    found: list[Span] = []
    searched = 0
    for figure in figures_in_sentence(sentence):  # in sentence order; a figure's text is a slice of it
        start = sentence.find(figure.text, searched)
        if start < 0:  # a total that takes in the figure before it ('vier brigades van in totaal 12.000 …')
            start = sentence.find(figure.text)
        if start < 0:
            continue
        searched = start + 1
        end, kind = start + len(figure.text), figure.kind or ""
        speed = _SPEED.match(sentence, end)
        if kind == "distance" and speed:
            kind, end = "speed", speed.end()
        found.append(Span(sentence[start:end], start, end, kind))
    for match in _AGE.finditer(sentence):
        if not any(span.start <= match.start() < span.end for span in found):
            found.append(Span(match.group().strip("()") if match.group(1) else match.group(), match.start(),
                              match.end(), "age"))
    return _paired(sentence, sorted(found, key=lambda span: span.start))


#: A bare number and "en" or "of" before a figure with a unit: the two share it ('12 en 13 jaar', '5 of 6 euro').
_PAIRED = re.compile(r"\b" + _COUNT + r"\s+(?:en|of)\s+$", re.IGNORECASE)
#: How far before a figure its pair is looked for ('1.234.567 miljard of ' fits): looking from the sentence's start
#: made a sentence of a thousand figures take seconds.
_PAIR_REACH = 40


def _paired(sentence: str, found: list[Span]) -> list[Span]:
    """The figures with the bare number paired to them before their unit ("twee jongens van 12 en 13 jaar oud":
    '12 en 13 jaar', the answer to "hoe oud zijn ze", not '13 jaar'), in the place of the figures that end within
    the pair (`found` in sentence order)."""
    pairs = []
    for span in found:
        pair = _PAIRED.search(sentence, max(0, span.start - _PAIR_REACH), span.start) if span.kind else None
        if pair is not None and pair.end() == span.start:
            pairs.append((span, Span(sentence[pair.start():span.end], pair.start(), span.end, span.kind)))
    if not pairs:
        return found
    replaced = {id(span) for span, _ in pairs}
    starts = [joined.start for _, joined in pairs]  # in order, as `found` is

    def within_a_pair(other: Span) -> bool:
        index = bisect_left(starts, other.end) - 1  # the last pair starting before the figure ends
        return index >= 0 and other.end <= pairs[index][0].start

    kept = [other for other in found if id(other) not in replaced and not within_a_pair(other)]
    return sorted(kept + [joined for _, joined in pairs], key=lambda span: span.start)
