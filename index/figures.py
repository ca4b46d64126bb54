"""Figures in Dutch news sentences: value, what is counted, who claims it, and when it applies.

"Noord-Korea heeft inmiddels 10.000 militairen naar Rusland gestuurd, schat het Amerikaanse Pentagon."
gives 10000 militairen (kind: troops), claimed by the Pentagon, estimated. Digit forms are Dutch
(12.000, 2,5, 1,5 miljoen); number words (vier, dertig, tienduizend) are read by text2num, one word at a
time so every figure keeps its place in the sentence. Years, dates, clock times, ages of stories
("6 minuten geleden"), ordinals (eerste, 1e), periods ("2022-2023") and type names ("F-35", "737-800") are not
figures; a match score or vote tally ("1-0", "76-74") is one figure of its own kind, not two numbers.

Extraction runs for every story at index time, so it only looks at sentences that hold a digit or a
number word, and caches word lookups.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from index.analysis import FOLD, STOP_WORDS, TYPE_DASHES
from index.models import Figure, FigureGroup, Story, same_measure
from index.sentences import split_sentences
from index.times import TIME_REFERENCE, resolve_reference
from index.word_forms import present_tense

log = logging.getLogger(__name__)

_TOKEN = re.compile(
    # digits grouped in thousands by a (narrow) non-breaking space are one number: "12 000", "1 500 000"
    r"(?P<num>\d{1,3}(?:[\u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)*)(?P<glue>[A-Za-zÀ-ÿ]+|-[a-zà-ÿ]+)?"
    r"|(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)"
    r"|(?P<sym>[%€$£])"
    r"|(?P<punct>[^\w\s])"
)
#: The numbers from two to twelve written out (a regular-expression alternation), which questions and times
#: use too ("drie of vier zetels", "om acht uur").
SMALL_NUMBERS = "twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"
#: The words that start every other Dutch number word ("vijfentwintig", "tienduizend").
_NUMBER_STEMS = ("dertien|veertien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend"
                 "|miljoen|miljard|anderhalf")
#: Words that can start a Dutch number word: only these go to text2num.
NUMBER_WORD_START = rf"(?:één|eén|een|{SMALL_NUMBERS}|{_NUMBER_STEMS})"
_NUMBER_WORD_START = re.compile(NUMBER_WORD_START)
#: Thousands grouped by points, with or without a decimal comma: 12.000, 61.773,17.
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL = re.compile(r"\d+,\d+")
_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}")
#: Larger numbers are no figure: no news counts near it (the world's yearly output is about 10^14 dollars), a
#: float stops holding every digit not far beyond, and a number of hundreds of digits would be infinite
#: (JSON has no infinity, and "inf → 12" is no comparison).
MAX_FIGURE = 1e15
#: Figures kept of one sentence, each stored with the whole sentence: a sentence of 3,000 figures (a table run
#: together, a malformed file) stored 270 MB for a story of 90,000 characters. The real material's sentences
#: hold at most 12, so a story's figures now store at most 50 times its text.
MAX_SENTENCE_FIGURES = 50

SCALES = {"honderd": 100, "duizend": 1_000, "miljoen": 1_000_000, "mln": 1_000_000,
          "miljard": 1_000_000_000, "mld": 1_000_000_000, "mrd": 1_000_000_000,
          "biljoen": 1_000_000_000_000}
#: Scale words that are numbers of their own after a number of four digits or more.
_SMALL_SCALES = frozenset({"honderd", "duizend"})
#: The months in order (dates are written out with them: '3 april 2019'); MONTHS adds the abbreviations.
MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
               "november", "december")
MONTHS = frozenset(MONTH_NAMES) | frozenset("jan feb mrt apr jun jul aug sep sept okt nov dec".split())
_YEAR_CONTEXT = frozenset("""in sinds van uit tot jaar begin eind medio voor na rond najaar voorjaar zomer
    winter herfst lente eind sedert vanaf het""".split()) | MONTHS
#: What joins a year to the next ("in 2017 en 2018", "van 2019 tot 2021", "2022-2023").
_YEAR_LINKS = frozenset({"en", "tot", "of", "-", "–", "t/m"})
#: Before these a four-digit number is a year whatever follows it.
_YEAR_ONLY = frozenset({"in", "sinds"})
_CLOCK_CONTEXT = frozenset("om rond tot vanaf sinds voor na tegen omstreeks".split())
_LABEL_WORDS = frozenset("""artikel nummer nr hoofdstuk paragraaf lijn bus tram route kanaal pagina blz
    versie fase niveau code serie groep klasse categorie afdeling kamer zaal spoor perron""".split())
_MODIFIERS = frozenset("""andere nieuwe extra meer grote kleine zware lichte eigen verschillende
    speciale volgende vorige laatste eerste eerdere huidige totale bijna ruim""".split())
_QUALIFIERS = ("maar liefst", "in totaal", "ten minste", "meer dan", "minder dan", "naar schatting",
               "rond de", "nog geen", "tot wel", "boven de", "onder de", "zo'n", "zo’n", "ruim", "bijna",
               "ongeveer", "circa", "ca", "maximaal", "minstens", "minimaal", "tenminste", "hooguit",
               "zeker", "slechts", "pakweg", "liefst", "krap", "plusminus")
_QUALIFIER_SET = frozenset(_QUALIFIERS)
#: Capitalised words before a number that are no name it goes by: "De 108 migranten", "Zo'n 10 vrouwen".
_NOT_NAMES = STOP_WORDS | frozenset(word for qualifier in _QUALIFIERS for word in qualifier.split())
#: Words right after a number that are not what it counts (adverbs, participles, adjectives).
_NOT_UNITS = frozenset("""omlaag omhoog gestegen gedaald gegroeid gezakt meer minder erbij af lang
    terug hoger lager extra keer""".split())

#: What is counted, by unit noun (accents folded, lower case) -> kind. Synonyms share a kind.
UNIT_KINDS: dict[str, str] = {}
_KIND_WORDS = {
    "troops": "soldaat soldaten militair militairen troepen manschappen strijders mariniers commando's "
              "militieleden strijdkrachten",
    "military-units": "brigade brigades bataljon bataljons divisie divisies regiment regimenten",
    "people": "mensen personen inwoners burgers deelnemers bezoekers leden werknemers medewerkers "
              "studenten leerlingen kinderen patienten passagiers vluchtelingen asielzoekers migranten "
              "arbeiders ambtenaren agenten demonstranten betogers toeristen volwassenen jongeren "
              "ouderen vrouwen mannen klanten gebruikers huishoudens gezinnen belangstellenden "
              "aanwezigen reizigers leraren leerkrachten docenten scholieren artsen huisartsen verpleegkundigen "
              "zorgmedewerkers politieagenten boeren vissers supporters fans kiezers stemmers statushouders "
              "ongedocumenteerden daklozen gevangenen gedetineerden verdachten arrestanten jihadisten "
              "werklozen ondernemers zzp'ers bewoners omwonenden buurtbewoners vrijwilligers donateurs "
              "abonnees ouders baby's inzittenden opvarenden nabestaanden overlevenden personeelsleden "
              "werkzoekenden omstanders toeschouwers kijkers luisteraars lezers volgers respondenten spelers "
              "renners kandidaten",
    "deaths": "doden overledenen dodelijke dodental dodenaantal dodentol levens mensenlevens",
    "injured": "gewonden gewonde",
    "percentage": "procent % procentpunt procentpunten",
    "money-eur": "euro € eurocent",
    "money-usd": "dollar dollars $",
    "money-gbp": "pond £",
    "duration": "seconde seconden minuut minuten uur uren dag dagen week weken maand maanden jaar jaren "
                "eeuw eeuwen",
    "distance": "kilometer kilometers km meter meters mijl centimeter centimeters cm millimeter mm",
    "weight": "kilo kilogram kg ton gram",
    "volume": "liter liters milliliter kuub",
    "age": "jarige",
}
#: The words of each kind, in order.
KIND_WORDS: dict[str, tuple[str, ...]] = {kind: tuple(words.split()) for kind, words in _KIND_WORDS.items()}
for _kind, _words in KIND_WORDS.items():
    for _word in _words:
        UNIT_KINDS[_word] = _kind

#: A cheap test that a text can hold a figure at all (digits, a number word, "eenentwintig", a fraction, "een miljoen",
#: "een uur"), on lower-cased text.
HAS_NUMBER = re.compile(
    rf"\d|\b(?:één|eén|{SMALL_NUMBERS}|{_NUMBER_STEMS}|eenen(?:{_NUMBER_STEMS})|helft|derde|kwart|vierde|vijfde|zesde"
    r"|achtste|tiende"
    r"|een\s+(?:half\s+)?(?:miljoen|miljard)"
    rf"|een\s+(?:{'|'.join(word for word, kind in UNIT_KINDS.items() if kind == 'duration')})\b)"
)
#: Fractions that state a share ("een derde van de kinderen", "ruim de helft van de leden", "driekwart van"):
#: the denominator words, and the numerators before them ("de helft" is one half). Only before "van" (or "deel
#: van") or after a qualifier ("bij ongeveer een derde"): "een derde keer", "een derde partij" and "het vierde
#: kwart" are no shares.
_DENOMINATORS = {"helft": 2, "derde": 3, "kwart": 4, "vierde": 4, "vijfde": 5, "zesde": 6, "achtste": 8, "tiende": 10}
_NUMERATORS = {"een": 1, "één": 1, "eén": 1, "de": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zeven": 7,
               "negen": 9}

KIND_LABELS = {
    "troops": "soldaten/militairen", "military-units": "eenheden (brigades)", "people": "mensen",
    "deaths": "doden", "injured": "gewonden", "score": "uitslag", "percentage": "procent", "money-eur": "euro",
    "money-usd": "dollar", "money-gbp": "pond", "duration": "tijdsduur", "distance": "afstand",
    "weight": "gewicht", "volume": "volume", "age": "leeftijd", "rescued": "geredden",
}
#: The same in English; a group of another kind is labelled by the articles' own word for what it counts
#: ('hoofdstukken'), in any language.
ENGLISH_KIND_LABELS = {
    "troops": "soldiers/troops", "military-units": "units (brigades)", "people": "people", "deaths": "deaths",
    "injured": "injured", "score": "score", "percentage": "percent", "money-eur": "euros", "money-usd": "dollars",
    "money-gbp": "pounds", "duration": "duration", "distance": "distance", "weight": "weight", "volume": "volume",
    "age": "age", "rescued": "rescued",
}


def group_label(group: FigureGroup, language: str) -> str:
    """What a group of figures counts, in the reader's language where the kind is a known one."""
    return ENGLISH_KIND_LABELS.get(group.kind, group.label) if language == "en" else group.label


_INJURED = frozenset("gewond gewonden verwond verwondingen".split())
#: "zwaargewond", "lichtgewonden": compounds of gewond count too.
_INJURED_ENDINGS = ("gewond", "gewonden")
_KILLED = frozenset("omgekomen gedood dood dode doden overleden gesneuveld sneuvelden stierven stierf omgebracht"
                    .split())
_RESCUED = frozenset("gered overleefd overleefde overleefden overleven bevrijd ontzet".split())
#: Verbs right before a count of people that killed them ("doodde zeker vijftig mensen").
_KILLING = frozenset("doodde doodden doodt vermoordde vermoordden vermoordt executeerde executeerden".split())
#: "kwamen om", "kwam om het leven".
_PERISHED = frozenset("kwam kwamen komen komt".split())
#: Verbs before a count of people with "het leven" after it that saved those lives ("redde twee kinderen
#: het leven"); otherwise "het leven" after the count is lost ("kostte vijftig mensen het leven").
_SAVING = _RESCUED | frozenset("redde redden redt".split())
#: "dertien van de 26 winkels" counts winkels; "tien van hen" counts people.
_PARTITIVE_PEOPLE = frozenset("hen wie hun".split())
_PARTITIVE_DETERMINERS = frozenset("de het deze die zijn haar hun onze".split())

_REPORTING_VERBS = (r"schat|schatten|schatte|schatten|meldt|melden|meldde|meldden|zegt|zeggen|zei|zeiden"
                    r"|stelt|stellen|stelde|verklaart|verklaarde|bevestigt|bevestigde|denkt|denken|dacht"
                    r"|dachten|schrijft|schreef|bericht|berichtte|berichtten|claimt|claimde|aldus|meent"
                    r"|rapporteert|rapporteerde|maakte|maakt|becijfert|becijferde|telt|telde")
_WHO = (r"(?P<who>(?:[a-zà-ÿA-ZÀ-Þ][\w\-]*(?<!i)e\s+){0,2}"  # adjectives: "lokale", "Amerikaanse" (not "politie")
        r"(?:[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ][\w'’.\-]*){0,3}|[a-zà-ÿ][\w\-]+))")
_CLAIMANT_PATTERNS = (
    re.compile(r"\b[Vv]olgens\s+(?:de\s+|het\s+|een\s+)?" + _WHO),  # also first in the sentence
    re.compile(rf"\b(?:{_REPORTING_VERBS})\s+(?:de\s+|het\s+|een\s+)?" + _WHO),
    re.compile(r"(?:^|,\s*|\.\s*)(?P<who>[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+){0,3})\s+"
               rf"(?:{_REPORTING_VERBS})\s+dat\b"),
)
_NOT_CLAIMANTS = STOP_WORDS | _QUALIFIER_SET | frozenset("nog wel al ook eerder eerst inmiddels nu dit dat het".split())
_PLANNED = re.compile(r"\b(?:van plan|plannen|plant|wil|willen|zal|zullen|voornemens|overweegt"
                      r"|verwacht|verwachten|beoogt|moet(?:en)? (?:worden|komen))\b", re.IGNORECASE)
#: A prosecutor's demand is no verdict: 'Tegen T. had justitie vier jaar cel geëist' beside 'veroordeeld tot
#: anderhalf jaar'. A disaster that "eiste vijftig levens" took them.
_DEMANDED = re.compile(r"\b(?:eist|eiste|eisten|geëist|geeist|strafeis|vordert|vorderde|gevorderd)\b"
                       r"(?!.{0,40}\b(?:levens|mensenlevens|doden|slachtoffers)\b)", re.IGNORECASE)
_ESTIMATED = re.compile(r"\b(?:schat|schatten|schatte|geschat|naar schatting|ongeveer|circa|zo'n|mogelijk|dacht"
                        r"|dachten|denkt|denken|vermoedelijk|waarschijnlijk)\b", re.IGNORECASE)
_HEADLINE_CLAIMANT = re.compile(r"^(?P<who>[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+){0,2}):\s")


#: The dashes that join the ends of a range ("20-30", "20–30") or sign a negative number.
_DASHES = TYPE_DASHES  # the analysis's: "F\u201135" is one index term and no figure of 35


class _Tok:
    """One token of a sentence (a plain slotted class: figure extraction makes millions at index time)."""

    __slots__ = ("end", "glue", "kind", "lower", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int, glue: str = "") -> None:
        self.kind = kind  # num | word | sym | punct
        self.text = text
        self.lower = text.lower()
        self.start = start
        self.end = end
        self.glue = glue


def _tokens(sentence: str) -> list[_Tok]:
    result = []
    for match in _TOKEN.finditer(sentence):
        number = match.group("num")
        if number is not None:
            result.append(_Tok("num", number, match.start(), match.end(), match.group("glue") or ""))
        else:
            result.append(_Tok(match.lastgroup or "punct", match.group(), match.start(), match.end()))
    return result


def unit_words(text: str) -> list[str]:
    """The words and signs of a text as a figure's unit is read ("commando's", "%", "covid-doden" whole),
    punctuation left out: how a topic is read for the kind of quantity it names."""
    return [token.text for token in _tokens(text) if token.kind in {"word", "sym"}]


@lru_cache(maxsize=65536)
def word_value(word: str) -> float | None:
    """A Dutch number word's value (text2num), or None; 'een' is an article, not a number. A collective
    numeral counts as its number ('een achttal landen', 'een tiental doden')."""
    if word in {"een", "half"}:
        return None
    if word == "anderhalf":
        return 1.5
    if word.endswith("tal") and len(word) > 5:
        return word_value(word[:-3])
    try:
        return float(text2num(word, "nl"))
    except (ValueError, KeyError, IndexError):
        return None


def parse_digits(text: str) -> float | None:
    """'12.000' -> 12000, '2,5' -> 2.5, '61.773,17' -> 61773.17, '1500' -> 1500; None for forms that are not
    amounts (14.30) and for numbers beyond any figure (MAX_FIGURE)."""
    if text.isdigit():
        value = float(text)
    elif _GROUPED.fullmatch(text):
        value = float(text.replace(".", "").replace(",", "."))
    elif _DECIMAL.fullmatch(text):
        value = float(text.replace(",", "."))
    else:
        return None
    return value if value <= MAX_FIGURE else None


@dataclass(slots=True)
class _Number:
    value: float
    first: int  # token index where the number starts
    last: int  # token index of its last token (scale word included)
    digits: str  # the digit string when written in digits


def _read_number(tokens: list[_Tok], index: int) -> _Number | None:
    token = tokens[index]
    value: float | None = None
    last = index
    digits = ""
    if token.kind == "num":
        if token.glue:
            return None  # 1e, 8Ball, 76-jarige are handled (or dropped) by the caller
        digits = token.text  # "12 000" keeps its spaces here: grouped, it is no year nor score
        value = parse_digits(digits.replace("\u00a0", "").replace("\u202f", ""))
    elif token.kind == "word":
        lower = "één" if token.lower == "eén" else token.lower  # "Eén" at a sentence's start
        if lower in {"een", "één"} and index + 1 < len(tokens):
            following = tokens[index + 1].lower
            if following == "half" and index + 2 < len(tokens) and tokens[index + 2].lower in SCALES:
                value, last = 0.5, index + 1
            # "een miljoen", "één", "een uur", "een op zes": no article stands before a scale, a time or the
            # whole of a ratio
            elif following in SCALES or lower == "één" or UNIT_KINDS.get(following) == "duration" or (
                    _whole_at(tokens, index + 1) is not None):
                value = 1.0
        else:
            value = word_value(lower)
    if value is None:
        return None
    if _is_scale(tokens, last + 1) and not (value >= 1000 and tokens[last + 1].lower in _SMALL_SCALES):
        # "in 2025 honderd procent" is a year before a number word: nobody writes "2025 honderd" for 202.500
        value *= SCALES[tokens[last + 1].lower.rstrip(".")]
        last += 1
        if value > MAX_FIGURE:
            return None
    return _Number(value, index, last, digits)


def _is_scale(tokens: list[_Tok], index: int) -> bool:
    """Token `index` is a scale word ("miljoen", "mld."): it multiplies the number before it."""
    return index < len(tokens) and tokens[index].lower.rstrip(".") in SCALES


def _is_adjective(token: _Tok) -> bool:
    lower = token.lower
    if lower in _MODIFIERS:
        return True
    return (token.kind == "word" and len(lower) > 4 and lower.endswith(("e", "se", "sche"))
            and lower.translate(FOLD) not in UNIT_KINDS and not lower.endswith("ie"))


def _unit_after(tokens: list[_Tok], index: int) -> tuple[str | None, int]:
    """(unit noun, its token index) after the number ending at `index`; skips up to two adjectives."""
    position = index + 1
    for _ in range(3):
        if position >= len(tokens):
            return None, index
        token = tokens[position]
        if token.kind == "sym" and token.text in "%€$£":
            return token.text, position
        if (remark := _remark_end(tokens, position)) is not None:
            position = remark + 1  # "37.000(!) snorscooterrijders": the writer's aside is no unit
            continue
        if token.kind != "word":
            return None, index
        if _type_name_at(tokens, position):
            position += 3  # a type name: "zes F-35 gevechtsvliegtuigen", "4 covid-19 patiënten"
            continue
        folded = token.lower.translate(FOLD)
        if folded in UNIT_KINDS or folded in SCALES:
            return token.text, position
        if folded in STOP_WORDS or folded in MONTHS or folded in _NOT_UNITS or folded.endswith(
                ("ig", "lijk", "isch")):
            return None, index
        if _is_adjective(token) and position + 1 < len(tokens) and tokens[position + 1].kind == "word":
            position += 1
            continue
        return token.text, position
    return None, index


def _remark_end(tokens: list[_Tok], position: int) -> int | None:
    """Where a writer's aside in parentheses that starts at `position` ends: "(!)", "(?!)", "(sic)"."""
    if tokens[position].text != "(":
        return None
    for end in range(position + 1, min(position + 4, len(tokens))):
        if tokens[end].text == ")":
            return end if end > position + 1 else None
        if tokens[end].kind not in {"punct", "sym"} and tokens[end].lower != "sic":
            return None
    return None


def _type_name_at(tokens: list[_Tok], position: int) -> bool:
    """Letters, a dash and digits written together start at `position`: a type name ("F-35", "covid-19")."""
    return position >= 0 and position + 2 < len(tokens) and tokens[position].kind == "word" and (
        tokens[position + 2].kind == "num" and _glued_dash(tokens, position + 1))


def _qualifier_before(tokens: list[_Tok], index: int) -> tuple[str | None, int]:
    """A qualifier such as 'ruim' or 'in totaal' right before the number, and where it starts."""
    for back in (3, 2, 1):  # longest first: "in totaal" before "totaal"
        if index - back < 0:
            continue
        window = tokens[index - back:index]
        if any(token.kind not in {"word", "punct"} for token in window):
            continue
        text = " ".join(token.lower for token in window).replace(" ' ", "'").replace(" ’ ", "’")
        text = text.replace(" .", "")
        if text in _QUALIFIER_SET:
            return text, index - back
    return None, index


def _claimant(sentence: str) -> str | None:
    for pattern in _CLAIMANT_PATTERNS:
        for match in pattern.finditer(sentence):
            who = match.group("who").strip(" .,")
            words = who.split()
            while words and words[-1].lower() in _NOT_CLAIMANTS:
                words.pop()
            if words and words[0].lower() not in _NOT_CLAIMANTS and not TIME_REFERENCE.match(words[0]):
                return " ".join(words)  # "maakte zaterdag weinig indruk": a day says when, not who
    return None


def _time_reference(sentence: str) -> str | None:
    match = TIME_REFERENCE.search(sentence)
    return match.group() if match else None


def modality(sentence: str) -> str:
    """Whether the sentence's figures are "demanded" (a sentence asked for: 'eiste vier jaar cel'), "planned"
    (van plan, wil, zal), "estimated" or "reported"."""
    if _DEMANDED.search(sentence):
        return "demanded"
    if _PLANNED.search(sentence):
        return "planned"
    if _ESTIMATED.search(sentence):
        return "estimated"
    return "reported"


def _kind_for(unit: str | None, tokens: list[_Tok], unit_index: int, start: int, people: bool = False) -> str | None:
    """What a figure counts, by its unit ('soldaten' -> troops); people by what happened to them next
    ('37 mensen gewond' -> injured, 'vijftig mensen het leven lieten' -> deaths). `people` for a figure
    without unit that counts persons ('tien van hen'); `start` is the figure's first token."""
    if unit is None and not people:
        return None
    folded = unit.lower().translate(FOLD) if unit else ""
    kind = UNIT_KINDS.get(folded, folded) if unit else "people"
    if kind == "people":
        return _outcome_in([token.lower for token in tokens[unit_index + 1:unit_index + 4]],
                          {token.lower for token in tokens[max(0, start - 3):start]}) or kind
    # "65 jaar oud" and "in de leeftijd van 20 tot 27 jaar" are how old someone is, not how long something took
    old = unit_index + 1 < len(tokens) and tokens[unit_index + 1].lower == "oud"
    if folded == "jaar" and (old or "leeftijd" in {token.lower for token in tokens[max(0, start - 4):start]}):
        return "age"
    return kind


def _outcome_in(after: list[str], before: set[str]) -> str | None:
    """What happened to the people counted (injured, deaths, rescued), from the lower-case words after the
    figure, in order ('37 mensen gewond', 'kwamen om het leven', 'vijftig mensen het leven lieten'), and those
    before it, for who killed them ('doodde zeker vijftig mensen') and a life saved rather than lost ('redde
    twee mensen het leven')."""
    if before & _KILLING:
        return "deaths"
    words = set(after)
    if words & _INJURED or any(word.endswith(_INJURED_ENDINGS) for word in words):
        return "injured"
    if words & _KILLED or {"om", "leven"} <= words or ("om" in words and words & _PERISHED):
        return "deaths"
    if words & _RESCUED:
        return "rescued"
    if after[:2] == ["het", "leven"] and not before & _SAVING:
        return "deaths"  # "kostte vijftig mensen het leven", "waarbij vijftig mensen het leven lieten"
    return None


def _partitive(tokens: list[_Tok], index: int) -> tuple[str | None, int, bool]:
    """What 'N van de (M) X' counts: (X, its token index, False); for 'N van hen/wie' (None, the index
    of 'hen', True): people. (None, index, False) when the number is not followed by a partitive."""
    if index + 2 >= len(tokens) or tokens[index + 1].lower != "van":
        return None, index, False
    after = tokens[index + 2]
    if after.lower in _PARTITIVE_PEOPLE:
        return None, index + 2, True
    if after.lower not in _PARTITIVE_DETERMINERS:
        return None, index, False
    position = index + 2
    if position + 1 < len(tokens) and (whole := _read_number(tokens, position + 1)) is not None:
        position = whole.last  # 'zeventien van de zestig patiënten', '17 van de 60 patiënten'
    unit, unit_index = _unit_after(tokens, position)
    return unit, unit_index, False


def _known_unit(unit: str) -> bool:
    """A currency sign or a unit the reader knows by name (not any noun after a number)."""
    folded = unit.lower().translate(FOLD)
    return unit in {"%", "€", "$", "£"} or folded in UNIT_KINDS or folded in SCALES


def _glued(tokens: list[_Tok], left: int, right: int) -> bool:
    """Tokens `left` and `right` stand side by side, with no space between them."""
    return left >= 0 and right < len(tokens) and tokens[left].end == tokens[right].start


def _glued_dash(tokens: list[_Tok], dash: int) -> bool:
    """The token at `dash` is a dash written against the tokens on both sides: "20-30", "F-35", "12-03"."""
    return 0 <= dash < len(tokens) and tokens[dash].text in _DASHES and (
        _glued(tokens, dash - 1, dash) and _glued(tokens, dash, dash + 1))


def _dash_range(tokens: list[_Tok], number: _Number) -> _Number | None:
    """The upper end of "20-30 doden" or "20–30 demonstranten", or None. A dash between digits is also a match
    score ("3-1", "een 2-3 nederlaag"), so only digits joined by a dash and followed by a known unit, going up, are
    a range."""
    dash = number.last + 1
    if not number.digits or not _glued_dash(tokens, dash):
        return None
    second = _read_number(tokens, dash + 1)
    if second is None or not second.digits or second.value <= number.value:
        return None
    unit, _ = _unit_after(tokens, second.last)
    return second if unit is not None and _known_unit(unit) else None


def _type_name_ending(tokens: list[_Tok], index: int) -> bool:
    """The digits at `index` end a name such as G7, VHP2, F-35 or covid-19, or a unit's power ("35m3", "4x50"):
    letters are written against them, or against the dash right before them."""
    lettered = _glued(tokens, index - 1, index) and (tokens[index - 1].kind == "word" or bool(tokens[index - 1].glue))
    return lettered or _type_name_at(tokens, index - 2)


def _year_token(token: _Tok) -> bool:
    """Four digits alone that could be a year (1800–2100)."""
    return token.kind == "num" and not token.glue and _year_digits(token.text)


def _year_like(number: _Number) -> bool:
    """The number is four digits that could be a year (1800–2100), with no scale word after them."""
    return number.first == number.last and _year_digits(number.digits)


def _year_digits(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


def _dash_joined(tokens: list[_Tok], number: _Number) -> bool:
    """The number's digits are joined by a dash to other digits before or after it: a period ("2022-2023"), a date
    ("12-03-2020") or a type ("737-800"), not a count of its own (a score, "3-1", is read before: `_score`)."""
    first, last = number.first, number.last
    before = first >= 2 and tokens[first - 2].kind == "num" and _glued_dash(tokens, first - 1)
    after = last + 2 < len(tokens) and tokens[last + 2].kind == "num" and _glued_dash(tokens, last + 1)
    return bool(number.digits) and (before or after)


def _score(tokens: list[_Tok], number: _Number) -> int | None:
    """The token index of the second number of a match score or vote tally ("1-0", "2-3", "76-74"): two whole
    numbers of one or two digits joined by a dash ("737-800" is a type), in no longer chain of them (a date
    "12-03-2020" is none); None otherwise. A range ("20-30 doden") is not a score."""
    first, second = number.first, number.first + 2
    if number.last != first or not number.digits.isdigit() or len(number.digits) > 2 or second >= len(
            tokens) or tokens[second].kind != "num" or not _glued_dash(tokens, first + 1):
        return None
    other = tokens[second]
    if other.glue or not other.text.isdigit() or len(other.text) > 2 or _is_scale(tokens, second + 1):
        return None
    chained = _glued_dash(tokens, first - 1) or _glued_dash(tokens, second + 1)
    return None if chained else second


#: Verbs saying a quantity changed: after one, "van 20 tot 50" is where it went from and to, not a range.
_CHANGE_VERB = re.compile(r"(?:steeg|stegen|stijgt|stijgen|gestegen|daalde|daalden|daalt|dalen|gedaald|groeide"
                          r"|groeiden|groeit|gegroeid|liep|liepen|loopt|opgelopen|nam|namen|neemt|toegenomen"
                          r"|afgenomen|zakte|zakten|zakt|gezakt|kromp|gekrompen|verhoogd|verlaagd|verdubbelde"
                          r"|verdubbeld|ging|gingen|gaat|slonk|slonken|geslonken)")


def _about(tokens: list[_Tok], number: _Number, unit_index: int) -> _Number | None:
    """The number of "een jaar of acht" (about eight years): a unit between "een" and "of" counts the number
    after "of" approximately, not one of it. A noun no unit reading knows ("een man of twintig") is
    `_approximated`'s."""
    if number.digits or number.value != 1 or number.last != number.first or unit_index != number.last + 1 or (
            unit_index + 2 >= len(tokens) or tokens[unit_index + 1].lower != "of"):
        return None
    after = tokens[unit_index + 2]
    if after.kind != "num" and not (after.kind == "word" and _NUMBER_WORD_START.match(after.lower)):
        return None
    about = _read_number(tokens, unit_index + 2)
    return about if about is not None and about.value > 1 else None


#: Nouns that make "een … of N" an approximation even before what the number counts ("een stuk of tien huizen",
#: "een man of twintig demonstranten"). Any other noun does so only alone ("een appel of twee"): before a unit
#: of the number's own it offers a choice ("een fiets of twee auto's").
_APPROXIMATORS = frozenset({"man", "stuk", "stuks", "keer"})


def _approximated(tokens: list[_Tok], index: int, counted: bool) -> int | None:
    """Where the noun of "een man of twintig" or "een stuk of tien" stands, for the number at `index` after it
    (about twenty men, about ten; `counted`: a unit of the number's own follows): "een" and a noun no unit
    reading knows ("een jaar of acht" is `_about`'s), then "of"; None otherwise."""
    if index < 3 or tokens[index - 1].lower != "of" or tokens[index - 3].lower != "een":
        return None
    noun = tokens[index - 2]
    if noun.kind != "word" or not noun.text.islower() or (counted and noun.lower not in _APPROXIMATORS):
        return None
    return index - 2


def _changed_from(tokens: list[_Tok], index: int) -> bool:
    """The number at `index` follows "van" after a verb of change ("steeg van 20 tot 50"), or "van X tot Y" is
    followed by one ("is van 20 tot 50 gestegen"): the figure is where it went, the number before is where it
    came from. ("Deelnemers van 18 tot 65 jaar" stays a range.)"""
    if index == 0 or tokens[index - 1].lower != "van":
        return False
    near = [token.lower for token in tokens[max(0, index - 6):index - 1]]
    near += [token.lower for token in tokens[index + 3:index + 5]]  # right after "X tot Y" or its unit
    return any(_CHANGE_VERB.fullmatch(word) for word in near)


def _came_from(tokens: list[_Tok], start: int, last: int, went_to: int) -> bool:
    """The figure from token `start` to `last` says where a count came from, right after where it went (which
    ends at `went_to`): "geslonken naar 17 procent, van 29 procent een kwartaal eerder". Not when a new change
    starts there ("gestegen van 27 naar 29, [en] van 20 naar 23 zetels")."""
    return start == went_to + 3 and tokens[went_to + 1].text == "," and tokens[start - 1].lower == "van" and not (
        last + 1 < len(tokens) and tokens[last + 1].lower in {"naar", "tot"})


def _changes(tokens: list[_Tok]) -> bool:
    """The sentence has a verb of change: a figure after "naar" is where a count went, one after "van" where it
    came from."""
    return any(_CHANGE_VERB.fullmatch(token.lower) for token in tokens)


def _signed_number(sentence: str, tokens: list[_Tok], index: int) -> tuple[_Number | None, int]:
    """The number at `index` (or right after a minus sign there: "van -5 tot -2 graden") and its sign."""
    if index + 1 < len(tokens) and tokens[index].text in _DASHES + "−" and _minus_before(sentence, tokens, index + 1):
        return _read_number(tokens, index + 1), -1
    return (_read_number(tokens, index) if index < len(tokens) else None), 1


def _minus_before(sentence: str, tokens: list[_Tok], index: int) -> bool:
    """The digits at `index` carry a minus sign: "-5 graden", "(-2,3 procent)", not the end of "20-30"."""
    if index == 0 or tokens[index].kind != "num" or tokens[index - 1].text not in _DASHES + "−":
        return False
    sign = tokens[index - 1]
    return sign.end == tokens[index].start and (sign.start == 0 or sentence[sign.start - 1] in " (\u00a0")


def _name_number(tokens: list[_Tok], number: _Number, unit: str | None, unit_index: int) -> bool:
    """Digits written after a capitalised word within the sentence and before no noun they count: the
    number a name goes by ("Boeing 737 Max 8", "Rutte 3.", "in Borssele 1."). Before a noun the name is
    the subject or a place ("de Audi-bende 54 geldautomaten", "in Amsterdam 37.000(!) snorscooterrijders").
    Before a verb ("de Formule 1 komt") the digits count nothing, so the first word may be the name there;
    and a part is counted out of many, not out of one: "Max 8 van de maatschappij" is the name's, "Ajax 3 van
    de 5 wedstrijden" and "in Amsterdam 13 van de scholen" are counts."""
    first = number.first
    if first < 1 or first != number.last or not number.digits:
        return False
    name, before = tokens[first - 1], tokens[first - 2] if first > 1 else None
    following = tokens[first + 1] if first + 1 < len(tokens) else None
    if name.kind != "word" or not name.text[0].isupper() or name.lower in _NOT_NAMES:
        return False
    if before is None or (before.kind == "punct" and before.text in ".:!?\"'\u2018\u201c"):
        # a sentence's first word is capitalised anyway: a name only if a verb says the digits count nothing
        return following is not None and following.kind == "word" and present_tense(following.text)
    if following is None or following.kind == "punct":
        return following is None or following.text in ".,;:!?)"
    if following.lower == "van" and unit is not None:
        return _read_number(tokens, first + 3) is None and not _plural(tokens[unit_index].lower)
    # "Boeing 737 Max": a capitalised word goes on with the name; "10 Nederlandse vrouwen" is a count
    return unit is None or present_tense(following.text) or (
        following.kind == "word" and following.text[0].isupper() and not _is_adjective(following))


def _plural(noun: str) -> bool:
    """A lower-case noun looks plural: Dutch plurals end in -en or -s ("scholen", "teams", "baby's")."""
    return noun.endswith(("en", "s"))


def _skip_reason(tokens: list[_Tok], number: _Number, unit: str | None, unit_index: int) -> str | None:
    """Why this number is not a figure (a date, a year, a clock time, an age of a story), or None. A year
    may stand before words that could be a unit ("in 2018 werkloze jongeren", "vanaf 2021 mag"), but a
    known unit right after it counts ("voor 2000 euro", "een boete van 2000 euro", "rond 2000 deelnemers"),
    unless "in" or "sinds" asks for the year ("in 2018 mensen zagen het")."""
    first, last = number.first, number.last
    previous = tokens[first - 1].lower if first > 0 else ""
    following = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    after_next = tokens[last + 2].lower if last + 2 < len(tokens) else ""
    if following in MONTHS:
        return "date"
    if following in {"en", "tot", "-", "t"} and last + 3 < len(tokens):
        window = [token.lower for token in tokens[last + 2:last + 5]]
        if any(word in MONTHS for word in window[1:]):
            return "date"
    if previous in MONTHS:
        return "date"
    if _name_number(tokens, number, unit, unit_index):
        return "name"  # "Boeing 737 Max", "Rutte 3", "Radio 1.": a number a name goes by
    # "lijn 6", "artikel 12": a label is one token; "het nummer zes miljoen keer gestreamd" counts.
    # … but a plural noun after it is what it counts: "in de Eerste Kamer drie zetels", "Kamer 3 zetels"
    if (previous in _LABEL_WORDS and first == last and not (unit and unit_index == last + 1 and _plural(
            tokens[unit_index].lower))) or previous == "/" or following == "/":
        return "label"
    if following == ":" and after_next.isdigit():
        return "clock"
    if previous in {"half", "kwart"} and number.value <= 12:
        return "clock"  # "rond half elf dinsdagavond", "kwart over tien"
    if _CLOCK.fullmatch(number.digits or "") :
        return "clock"
    if following == "uur" and number.value.is_integer() and (previous in _CLOCK_CONTEXT or "." in number.digits):
        return "clock"
    if unit and UNIT_KINDS.get(unit.lower()) == "duration" and (
            tokens[last + 2].lower if last + 2 < len(tokens) else "") == "geleden":
        return "age"
    if _year_like(number) and previous in _YEAR_LINKS and first >= 2 and _year_token(tokens[first - 2]):
        return "year"  # the second of "in 2017 en 2018", "tussen 2016 en 2017", "1940-1945"
    if _year_like(number) and (
            unit is None or (previous in _YEAR_CONTEXT and not (
                unit_index == last + 1 and _known_unit(unit) and previous not in _YEAR_ONLY))):
        return "year"
    return None


#: How news states a running count: "de teller staat op 468", "het dodental steeg naar 50", "is opgelopen
#: tot minstens zeshonderd". The number itself has no unit: what it counts is named before it.
_RUNNING_COUNT = re.compile(
    r"\b(?:opgelopen|gestegen|steeg|stijgt|liep\s+(?:\w+\s+){0,3}?op|loopt\s+(?:\w+\s+){0,3}?op|staat|stond"
    r"|kwam\s+uit|komt\s+uit|teller)"
    r"\s+(?:\w+\s+){0,2}?(?:tot|naar|op)\s+(?:(?:minstens|ten\s+minste|zeker|ruim|bijna|meer\s+dan)\s+)?$",
    re.IGNORECASE)


#: How far before a number the words stating a running count are looked for, in characters, and how many
#: tokens back what it counts is ("het dodental van de aanslag is opgelopen tot minstens").
_RUNNING_REACH = 100
_RUNNING_WORDS = 16


def _running_count(sentence: str, tokens: list[_Tok], index: int, unit_index: int) -> tuple[str | None, int]:
    """The unit of a running count: the nearest word before the number that names what is counted."""
    start = tokens[index].start  # the words before a running count are few: a bounded look-back, not the sentence
    if not _RUNNING_COUNT.search(sentence[max(0, start - _RUNNING_REACH):start]):
        return None, unit_index
    for before in range(index - 1, max(-1, index - _RUNNING_WORDS), -1):
        folded = tokens[before].lower.translate(FOLD)
        if folded in UNIT_KINDS:
            return tokens[before].text, before
    return None, unit_index


def figures_in_sentence(sentence: str) -> list[Figure]:
    """Every figure one sentence states (without provenance, claimant or time: see `extract_figures`)."""
    if not HAS_NUMBER.search(sentence.lower()):
        return []
    tokens = _tokens(sentence)
    figures: list[Figure] = []
    went_to = -1  # where the last figure ends, when it is where a count went ("naar 17 procent"), else -1
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.kind == "num" and token.glue.lower().startswith("-jarig"):
            age = parse_digits(token.text)  # "1,5-jarige"; None for "14.30-jarige" or hundreds of digits
            if age is not None:
                figures.append(Figure(value=age, low=None, high=None, unit="jaar", kind="age", qualifier=None,
                                      claimant=None, text=token.text + token.glue, sentence=sentence))
            index += 1
            continue
        fraction = _fraction(tokens, index) if token.kind == "word" else None
        if fraction is not None:  # "een derde van de kinderen": a share, stated as a percentage
            share, last = fraction
            figures.append(_share_figure(sentence, tokens, index, last, share))
            index = last + 1
            continue
        if token.kind != "num" and not (token.kind == "word" and _NUMBER_WORD_START.match(token.lower)):
            index += 1
            continue
        if token.kind == "num" and token.text.startswith("0") and index and tokens[index - 1].kind == "num":
            index += 1  # "12 000" with a plain space: the "000" is a group of the number before, not 0 of anything
            continue
        number = _read_number(tokens, index)
        if number is None or _type_name_ending(tokens, index):
            # Not a number, or glued to letters before it: G7, VHP2, F-35. A scale word after digits that are no
            # number goes with them ("14.30 miljoen", hundreds of digits before "miljard"): it is no figure alone.
            index += 2 if token.kind == "num" and _is_scale(tokens, index + 1) else 1
            continue
        # "met 1-0 verloren": a result, one figure of its own (not "1" and "0")
        dash_high = _dash_range(tokens, number)  # "20-30 doden"
        if dash_high is None and (score := _score(tokens, number)) is not None:
            figures.append(Figure(value=number.value, low=None, high=None, unit=None, kind="score", qualifier=None,
                                  claimant=None, text=sentence[token.start:tokens[score].end], sentence=sentence))
            index = score + 1
            continue
        ratio = None if _year_like(number) else _ratio(tokens, number)  # "in 2017 op 530 miljoen euro" is no share
        if ratio is not None:  # "één op de tien kinderen": a share, stated as a percentage
            whole, unit_index = ratio
            figures.append(_share_figure(sentence, tokens, index, unit_index, _share(number, whole)))
            index = unit_index + 1
            continue
        low = high = None
        end_number = number
        # Ranges: "tussen (de) 24 en 65 jaar", "24 tot 65 jaar".
        connector = tokens[number.last + 1].lower if number.last + 1 < len(tokens) else ""
        previous = tokens[index - 1].lower if index else ""
        before_previous = tokens[index - 2].lower if index > 1 else ""
        in_between = previous == "tussen" or (previous == "de" and before_previous == "tussen")
        sign = -1 if _minus_before(sentence, tokens, index) else 1
        if (connector == "en" and in_between) or (connector in {"tot", "à"} and previous != "met"
                                                    and not _changed_from(tokens, index)):
            second, second_sign = _signed_number(sentence, tokens, number.last + 2)
            # A range goes up: "daalde van 4,1 tot 3,6 procent" is a change, its two figures apart.
            if second is not None and sign * number.value < second_sign * second.value:
                low, high, end_number = sign * number.value, second_sign * second.value, second
        elif dash_high is not None:
            low, high, end_number = number.value, dash_high.value, dash_high
        if low is not None and low >= 0 and end_number.last > end_number.first and number.last == number.first:
            scale = SCALES[tokens[end_number.last].lower.rstrip(".")]
            if low < end_number.value / scale:  # "10 tot 20 miljoen": the scale is both ends'; not "500 tot 2 miljoen"
                low *= scale
        unit, unit_index = _unit_after(tokens, end_number.last)
        people = partitive = False
        if unit is None and index > 0 and tokens[index - 1].text in "€$£":
            unit = tokens[index - 1].text
        elif unit is None:
            unit, unit_index, people = _partitive(tokens, end_number.last)
            partitive = unit is not None or people
        if unit is None and not people:
            unit, unit_index = _running_count(sentence, tokens, index, unit_index)
        about = _about(tokens, number, unit_index) if low is None and unit is not None and not partitive else None
        approximated = _approximated(tokens, index, unit is not None or people) if low is None and about is None \
            else None
        if approximated is not None and unit is None and not people:  # "een man of twintig": about twenty men
            unit, unit_index = tokens[approximated].text, approximated
        reason = None if about else _skip_reason(tokens, end_number if low is not None else number, unit, unit_index)
        if reason is None and low is None and _dash_joined(tokens, number):
            reason = "a score, period or date"  # "3-1", "2022-2023", "12-03-2020", "737-800": no count
        if reason is None and unit is None and not number.digits and not people and number.value < 1000:
            # "een rechtbank acht de ..." is a verb; "zes miljoen keer gestreamd" is a figure
            reason = "a number word counting nothing"
        if reason:
            log.debug("not a figure (%s): %s", reason, token.text)
            index = end_number.last + 1
            continue
        qualifier, qualifier_start = _qualifier_before(tokens, index)
        if about is not None:  # "een jaar of acht": about eight years
            qualifier, qualifier_start, number = qualifier or "ongeveer", index, about
        elif approximated is not None:  # "een stuk of tien huizen": about ten houses, said from "een" on
            qualifier, qualifier_start = qualifier or "ongeveer", approximated - 1
        if qualifier is None and previous == "tussen":
            qualifier_start = index - 1
        elif qualifier is None and previous == "de" and before_previous == "tussen":
            qualifier_start = index - 2
        start_token = tokens[qualifier_start]
        if index > 0 and tokens[index - 1].text in "€$£":
            start_token = tokens[index - 1] if qualifier is None else start_token
        # Read on past the figure, except after a partitive, whose whole ("de 26 winkels") is a figure of its own too.
        read_to = about.last if about else end_number.last if partitive else max(end_number.last, unit_index)
        if about is not None:  # "een jaar of acht": the figure's text ends at its number
            end = tokens[about.last].end
        else:
            end = tokens[unit_index].end if (unit or people) and unit_index > index else tokens[end_number.last].end
        if sign < 0 and qualifier is None:
            start_token = tokens[index - 1]
        figure = Figure(
            value=low if low is not None else sign * number.value, low=low, high=high,
            unit=unit, kind=_kind_for(unit, tokens, unit_index, index, people), qualifier=qualifier, claimant=None,
            text=sentence[start_token.start:end], sentence=sentence)
        if went_to >= 0 and _came_from(tokens, qualifier_start, read_to, went_to) and same_measure(figures[-1], figure):
            figures.insert(len(figures) - 1, figure)  # "geslonken naar 17 procent, van 29 procent": 29 came first
            went_to = -1
        else:
            figures.append(figure)
            went_to = read_to if qualifier_start > 0 and tokens[qualifier_start - 1].lower == "naar" and _changes(
                tokens) else -1
        index = read_to + 1
    _join_composites(sentence, figures)
    return figures


def _share(part: _Number, whole: _Number) -> float:
    return round(100 * part.value / whole.value, 1)


def _share_figure(sentence: str, tokens: list[_Tok], first: int, last: int, share: float) -> Figure:
    """A share in percent stated from token `first` to `last` (a ratio or a fraction), with a qualifier before it
    ("bijna één op de tien", "ruim de helft")."""
    qualifier, start = _qualifier_before(tokens, first)
    return Figure(value=share, low=None, high=None, unit="procent", kind="percentage", qualifier=qualifier,
                  claimant=None, text=sentence[tokens[start].start:tokens[last].end], sentence=sentence)


def _fraction(tokens: list[_Tok], index: int) -> tuple[float, int] | None:
    """The share in percent of a fraction starting at token `index` ("een derde", "twee derde", "de helft",
    "driekwart", each before "van" or "deel van", or after a qualifier) and the index of its last token, or
    None."""
    first = tokens[index].lower
    if first == "driekwart":
        share, last = 75.0, index
    else:
        if first not in _NUMERATORS or index + 1 >= len(tokens):
            return None
        denominator = _DENOMINATORS.get(tokens[index + 1].lower)
        if denominator is None or (first == "de") != (denominator == 2) or _NUMERATORS[first] >= denominator:
            return None  # "de derde" is an ordinal, "een helft" a half of something, "drie derde" no share
        share, last = round(100 * _NUMERATORS[first] / denominator, 1), index + 1
    after = last + 1
    if after < len(tokens) and tokens[after].lower == "deel":
        after += 1
    of = after < len(tokens) and tokens[after].lower == "van"
    return (share, last) if of or _qualifier_before(tokens, index)[0] else None


def _whole_at(tokens: list[_Tok], after: int) -> int | None:
    """Where the whole of a ratio starts when token `after` is its "op": "op de tien", "op zes"."""
    if after >= len(tokens) or tokens[after].lower != "op":
        return None
    start = after + 2 if after + 1 < len(tokens) and tokens[after + 1].lower in {"de", "het"} else after + 1
    if start < len(tokens) and (tokens[start].kind == "num" or _NUMBER_WORD_START.match(tokens[start].lower)):
        return start
    return None


def _ratio(tokens: list[_Tok], number: _Number) -> tuple[_Number, int] | None:
    """The whole of "één op de tien (kinderen)" or "een op zes" and the index of the ratio's last token, or
    None."""
    after = number.last + 1
    start = _whole_at(tokens, after)
    whole = _read_number(tokens, start) if start is not None else None
    if whole is None or not whole.value or whole.value < number.value or (
            start == after + 1 and whole.value == number.value):
        return None  # "één op één" is a conversation, not a share
    unit, unit_index = _unit_after(tokens, whole.last)
    return whole, unit_index if unit else whole.last


def _join_composites(sentence: str, figures: list[Figure]) -> None:
    """'vier brigades van in totaal 12.000 soldaten': the total's text includes what it is made of."""
    for first, second in itertools.pairwise(figures):
        first_end = sentence.find(first.text) + len(first.text)
        second_start = sentence.find(second.text, first_end)
        if second_start < 0:
            continue
        gap = sentence[first_end:second_start].strip().lower()
        if gap in {"van", "met", "met elk", "van elk", "van ieder", "van samen", "met samen"}:
            second.text = sentence[sentence.find(first.text):second_start + len(second.text)]


def extract_figures(story: Story) -> list[Figure]:
    """All figures of a story, with claimant, modality and the moment each applies to."""
    headline_claimant = _HEADLINE_CLAIMANT.match(story.headline)
    fallback_claimant = headline_claimant.group("who") if headline_claimant else None
    figures: list[Figure] = []
    for paragraph in story.paragraphs:
        if not HAS_NUMBER.search(paragraph.lower()):
            continue
        for sentence in split_sentences(paragraph):
            found = figures_in_sentence(sentence)
            if not found:
                continue
            if len(found) > MAX_SENTENCE_FIGURES:
                log.info("story %s: a sentence of %d figures; the first %d are kept", story.story_id, len(found),
                         MAX_SENTENCE_FIGURES)
                del found[MAX_SENTENCE_FIGURES:]
            claimant = _claimant(sentence) or fallback_claimant
            stated = modality(sentence)
            reference = _time_reference(sentence)
            when = None
            if reference and story.published is not None:
                when = resolve_reference(reference, story.published)
            for figure in found:
                figure.claimant = claimant
                figure.modality = stated
                figure.when = when or story.published
                figure.when_text = reference if when else None
            figures.extend(found)
    return figures
