"""Answering a question from the articles: the shortest span that answers it, or an abstention.

The question is read: its type (hoeveel, wie, waar, wanneer, wat zei, waarom, wat), its content words,
the names in it (capitalised words), what "hoeveel" counts ("noord-koreaanse militairen" -> troops, with
what happened to them: gewond, omgekomen), the role or place noun of "welke minister" / "in welk
museum", its time reference ("een week eerder"), tense and years. A compound no article has is split
against the index vocabulary (treinongeluk -> trein, ongeluk). Stories are retrieved with its words and
every sentence of them is scored by the share of the question's weight (IDF) it covers: its own words
fully, words of the sentence a "Dat …"/"Hij …"/"Bovendien …" sentence refers back to almost fully,
neighbours, headline and lead half. Words also count in looser forms (gestaakt ~ staakten,
gevangenisstraf ~ straf, Israëliërs ~ Israël). The best sentence that holds a span of the asked type
answers: a figure counting what was asked (the report of the asked time first; other reports of the same
quantity are listed as a disagreement), the name next to the role noun, a place, a date in the
question's tense (relative ones with the date they mean), a cause ("Daarom …" takes the sentence before),
a quotation attributed to the speaker asked about.

A wrong answer with a real quote is the worst outcome, so it abstains when:
- a content word of the question is in no article in any form (after compound splitting and typo
  correction), or the question is in English (the articles are Dutch; related passages are still shown);
- the story covers too little of the question, or (for a question without names) lacks its rarest word;
- a name of the question is not around the sentence (in it, next to it, in the headline or lead), or
  none of the question's other words is in the sentence or the one it refers back to;
- the sentence is about another year than the question, or the figure about another place ("54
  geldautomaten in Duitsland" for "in Nederland");
- the article says the role but no name next to it ("De man die Abe vermoordde"), or the sentence has
  no span of the asked type (no figure counting what was asked, no date in the question's tense).
Confidence is that coverage, lowered when the span is a weaker kind (a purpose for "waarom", a relative
time, a whole sentence) or had to come from outside the sentence.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from whoosh import query as wq
from whoosh.searching import Searcher

from index import answer_spans
from index.analysis import TOKEN, fold, term_for, terms
from index.figures import KIND_LABELS, UNIT_KINDS
from index.models import Answer, Figure, Quote, format_number
from index.passages import match_sentence, story_sentences
from index.quotes import best_passage, quote_from
from index.search import TEXT_FIELDS, Filters, Found, ReadQuery, idf, read_plain, top_stories
from index.times import TIME_REFERENCE, as_aware, resolve_reference

log = logging.getLogger(__name__)

#: Stories whose sentences are considered.
CANDIDATE_STORIES = 20
#: Words in more than this share of the stories are left out of the query that finds them ...
COMMON_SHARE = 0.02
#: ... but the question's rarest words are always searched, this many of them.
MIN_RETRIEVAL_WORDS = 3
#: Below this confidence the library abstains.
MIN_CONFIDENCE = 0.5
#: A story must hold this share of the question's weight ...
MIN_STORY_COVERAGE = 0.55
#: ... or this share when it states a figure of the kind a "hoeveel" question counts (the kind match
#: is itself strong evidence, and figures are often reported in other words than the question's).
MIN_STORY_COVERAGE_COUNTED = 0.5
#: Index terms sharing this many first letters with an unknown word are checked for being a form of it.
VARIANT_PREFIX = 5
#: Unknown words this long (in letters) are tried as compounds of two index words ...
MIN_COMPOUND = 8
#: ... and longer ones are no Dutch word at all (the longest compounds in news have some 30 letters).
MAX_COMPOUND = 40
#: Each part of a compound split for the question ("buskaping": bus, kaping) weighs this share.
COMPOUND_PART_SHARE = 0.5
#: The story must hold one of the question's rarest words: those weighing this share of the heaviest.
RAREST_SHARE = 0.9
#: A loose match (gestaakt ~ staakten, gevangenisstraf ~ straf) counts this share of the word's weight.
SOFT_MATCH = 0.8
#: Words of the sentence a "Dat …"/"Hij …" sentence refers back to count this share.
ANAPHOR_SHARE = 0.9
#: Words of neighbouring sentences, the headline and the lead count this share.
NEAR_SHARE = 0.5
#: Span factors: a weaker kind of span lowers the confidence by this factor.
WEAK_REASON = {"cause": 1.0, "by": 0.9, "purpose": 0.8, "motive": 0.75}
#: A reason clause this much made of the question's own words only repeats it.
ECHO_SHARE = 0.6
REASON_FROM_PREVIOUS = 0.9  # "Daarom …": the reason is the sentence before
REASON_FROM_NEXT = 0.85  # the reason is only in the next sentence, which does not refer back to this one
NAME_AWAY_FROM_ROLE = 0.7  # "wie is de voorganger": a story that never says "voorganger"
RELATIVE_TIME = 0.9  # "gisteren", "maandag" rather than a date
WHOLE_SENTENCE = 0.9  # "wat": the answer is the whole sentence
VERB_MISSING = 0.8  # "wat moet X doen": a sentence without "moet" (or its other forms)
INDIRECT_SPEECH = 0.85  # "wat zei": "zei dat …" rather than a quotation
SPEAKER_MISSING = 0.7  # "wat zei X": a quotation not attributed to X
MODALITY_MISMATCH = 0.85  # a planned figure for a question about what is, or the other way round
UNIT_IN_SENTENCE = 0.9  # a figure without unit in a sentence that names what is counted ("het aantal X … op N")
PLACE_FALLBACK = 0.6  # "waar": the story's dateline place for its lead sentence
#: Other reports of the same quantity are listed when their confidence reaches this share of the best.
DISAGREEMENT_SHARE = 0.4

_TYPE_PATTERNS = (
    ("wat_zei", r"^\s*(?:(?:wat|what)\b.*\b(?:zei|zegt|zeiden|zeggen|gezegd|verklaarde|verklaart|vond|vindt"
                r"|schreef|schrijft|meldde|twitterde|said|say|says)\b|waarmee\s+(?:vergeleek|vergelijkt))"),
    ("waarom", r"\b(?:waarom|hoezo|om welke reden|why)\b"),
    ("hoeveel", r"\b(?:hoeveel|hoeveelste|hoe\s+veel|hoe\s+groot|hoe\s+hoog|hoe\s+lang|hoe\s+oud|hoe\s+duur"
                r"|hoe\s+zwaar|hoe\s+ver|welk\s+percentage|welk\s+bedrag|wat\s+kost|wat\s+kostte|how\s+many"
                r"|how\s+much|how\s+long|how\s+old)\b"),
    ("wanneer", r"\b(?:wanneer|hoe\s+laat|op\s+welke\s+(?:dag|dagen|datum)|in\s+welk\s+jaar|uit\s+welk\s+jaar"
                r"|welke\s+(?:dag|dagen|datum)|sinds\s+wanneer|when|what\s+year|which\s+day)\b"),
    ("waar", r"\b(?:waar|waarheen|waarvandaan|(?:in|op|naar|bij|uit|vanuit)\s+welke?\s+(?:\w+e\s+)?\w+"
             r"|welke?\s+(?:\w+e\s+)?(?:stad|plaats|regio|land|provincie|gemeente|dorp)"
             r"|where|which\s+(?:city|country|place))\b"),
    ("wie", r"\b(?:wie|hoe\s+heet|hoe\s+heette|hoe\s+heten|who)\b"),
    ("wat", r"\b(?:wat|welke?|what|which)\b"),
)
_TYPES = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _TYPE_PATTERNS)
#: "Welke premier …" asks for a person: role nouns, and the endings Dutch person nouns have.
_PERSON_NOUNS = frozenset("""man vrouw persoon minister premier president politicus partij organisatie bond
    bonden bedrijf club speler trainer krant omroep zender burgemeester wethouder directeur voorzitter
    ambassadeur ambassadrice koning koningin prins prinses paus bisschop rechter advocaat officier
    schrijver schrijfster zanger zangeres artiest band acteur actrice regisseur coach keeper doelman
    kandidaat lijsttrekker senator gouverneur generaal commandant chef topman topvrouw ceo woordvoerder
    woordvoerster journalist wetenschapper onderzoeker hoogleraar arts winnaar winnares opvolger
    voorganger eigenaar oprichter leider fractievoorzitter staatssecretaris jurylid dader verdachte
    slachtoffer""".split())
_PERSON_ENDINGS = ("man", "vrouw", "eur", "rice", "ist", "ster", "loog", "leider", "voorzitter", "directeur")

#: Words that shape a question but say nothing about its topic (Dutch and English).
QUESTION_WORDS = frozenset("""hoeveel hoeveelste hoe veel wie waar waarom wanneer wat welk welke waarheen
    waarvandaan waarmee vergeleek vergelijkt hoezo heet heette heten laat groot hoog lang oud duur zwaar
    ver reden dag dagen datum jaar eigenlijk precies volgens jou weet je kun kunt vertellen er zitten zit
    zijn is was waren wordt werd worden hebben heeft had gaat gaan komt kwam doen deed zei zegt gezegd
    zeiden zeggen hadden hebt werden konden mocht mochten moest moesten ging gingen willen moeten mogen
    zullen waarvoor waarbij waarin waarop waaraan the a an of in on at to for from by with is are was were
    be been do does did how many much who what when where why which whom whose long old say said says has
    have had will would can could about and or it its this that there their they he she his her""".split())

#: Function words by language: a question with more English than Dutch ones is English.
_ENGLISH_WORDS = frozenset("""the a an of on at to for from by with is are was were be been do does did how
    many much who what when where why which whom whose will would can could has have had this that these
    those it its their they he she his her and or not""".split())
_DUTCH_WORDS = frozenset("""de het een van op aan te voor met is zijn was waren wordt werd hoe wie wat waar
    waarom wanneer welke welk hoeveel en of niet die dat er naar bij uit door over om heeft hebben""".split())

_MONEY_WORDS = frozenset("""kost kostte kosten bedrag geld verdiend verdiende verdient verdienen betaald
    betaalde betaalt betalen omzet winst verlies opgehaald opbrengst opgeleverd opleveren oplevert
    leverde prijs prijzengeld boete schade gekost cost costs""".split())
_COMPATIBLE_KINDS = ({"people", "injured", "deaths", "rescued"}, {"money-eur", "money-usd", "money-gbp", "money"})
#: What happened to those counted: "Hoeveel mensen raakten gewond" counts only the injured.
_OUTCOMES = (
    ("injured", re.compile(r"gewond", re.IGNORECASE)),
    ("deaths", re.compile(r"\b(?:dode|doden|omgekomen|kwamen\s+om|kwam\s+om|om\s+het\s+leven|gedood|overleden"
                          r"|gesneuveld|sneuvelden|stierven|omgebracht)\b", re.IGNORECASE)),
    ("rescued", re.compile(r"\b(?:overleefd\w*|overleven|gered|bevrijd)\b", re.IGNORECASE)),
)
_PLANNED = re.compile(r"\b(?:wil|willen|van\s+plan|plant|plannen|zal|zullen|voornemens)\b",
                      re.IGNORECASE)
_FUTURE_QUESTION = re.compile(r"\b(?:gaat|gaan|zal|zullen|komt|komen|wordt|worden|straks|binnenkort)\b",
                              re.IGNORECASE)
_PAST_QUESTION = re.compile(r"\b(?:werd|werden|was|waren|is\s+\w+d|zijn\s+\w+d|had|hadden|vorig\w*)\b"
                            r"|\b(?:ge|ver|be|ont|her)\w+[dt]\b(?!\w)", re.IGNORECASE)
_QUESTION_REFERENCE = re.compile(TIME_REFERENCE.pattern + r"|\b(?:vorig|dit)\s+jaar", re.IGNORECASE)
#: "… in Duitsland" right after a figure: where it was counted.
_PLACED = re.compile(r"^\s+in\s+(?:de\s+|het\s+)?([A-ZÀ-Þ][\w\-]*(?:\s+[A-ZÀ-Þ][\w\-]*)*)")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")

_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_ROLE_PART = re.compile(r"^[\w]+-[a-zà-ÿ]{4,}$")
#: A sentence that starts like this, or has these, refers back to the one before it: a pronoun or
#: adverb first ("Dat kwam door …", "Daarom …", "Bovendien …"), a definite person ("De man, Venant R.,
#: …"), a part of those before ("Tien van hen …"), "doet dat", "ontkent dat.".
_ANAPHORIC = re.compile(r"^\W*(?:dat|dit|die|deze|hij|zij|ze|het|daarom|daardoor|daarmee|daarbij|daarna|zo"
                        r"|hierdoor|hiermee|bovendien|ook|(?:de|het)\s+(?:man|vrouw|jongen|meisje|verdachte"
                        r"|dader|slachtoffer|kind)|\w+\s+van\s+(?:hen|hun|wie|die|deze))\b"
                        r"|\b(?:doet|deed|ontkent|ontkende|bevestigt|bevestigde)\s+dat\b"
                        r"(?!\s+(?:de|het|een|hij|zij|ze|er)\b)", re.IGNORECASE)
#: "Tegenover de krant vertelde hij …": a subject pronoun early in the main clause refers back too
#: (not one after a conjunction: "zeggen dat hij …" introduces no one; a capitalised "Zij" inside a
#: sentence starts one the splitter missed).
_EARLY_PRONOUN = re.compile(r"^\W*(?:\S+\s+){1,10}?(?<!\bdat\s)(?<!\bals\s)(?<!\btoen\s)(?<!\bdie\s)(?<!\bof\s)"
                            r"(?<!\bwat\s)(?<!\bwie\s)(?<!\bnadat\s)(?<!\bwaarna\s)(?<!\bterwijl\s)(?<!\bzodat\s)"
                            r"(?<!\bvoordat\s)(?:hij|zij)\b")
#: How many sentences back a chain of references is followed ("Bovendien …" after "… vertelde hij").
ANAPHOR_DEPTH = 2
#: "Daarom …": the reason is the sentence before.
_THEREFORE = re.compile(r"^\W*(?:daarom|daardoor|om\s+die\s+reden)\b", re.IGNORECASE)
#: "zei dat …": indirect speech, the statement after "dat".
_SAID_THAT = re.compile(r"\b(?:zei|zegt|zeggen|zeiden|verklaarde|verklaart|stelt|stelde|meldde)\b.*?\bdat\b\s+(.+)")
#: "Wat zei X over …": X is the speaker.
_SPEECH_VERB = re.compile(r"\b(?:zei|zegt|zeiden|zeggen|gezegd|verklaarde|verklaart|vond|vindt|schreef|schrijft"
                          r"|meldde|twitterde|vergeleek|vergelijkt)\b(?P<speaker>.*?)(?:\b(?:over|van)\b|$)",
                          re.IGNORECASE)
#: "Hoe heet …": in the article the name follows "heet" (or "genoemd") too.
_NAMING_QUESTION = re.compile(r"\bhoe\s+he(?:et|ette|ten)\b", re.IGNORECASE)
_NAMING_WORDS = frozenset("heet heette heten genoemd noemt noemde voortaan".split())
#: "Wat is/was de uitslag …": the noun asked for must be in or around the answering sentence.
_COPULAR_HEAD = re.compile(r"^\s*wat\s+(?:is|was|wordt|werd|zijn|waren)\s+(?:de|het)\s+(\w+)", re.IGNORECASE)
_DOUBLE_VOWEL = re.compile(r"([aeiou])\1")
_SEPARABLE = ("aan", "af", "in", "op", "uit", "mee", "door", "over", "toe", "terug", "weg", "voor", "om",
              "bij", "na", "vast", "los")
_MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                "oktober", "november", "december")
#: A time that names its date (a day number or a month), not only a day or "gisteren".
_DATED = re.compile(r"\d|" + "|".join(_MONTH_NAMES), re.IGNORECASE)
#: "Op welke dag", "in welk jaar": how fine a time the question asks for, and what names a day.
_ASKS_DAY = re.compile(r"\bwelke\s+(?:dag|dagen|datum)\b", re.IGNORECASE)
_ASKS_YEAR = re.compile(r"\bwelk\s+jaar\b", re.IGNORECASE)
_NAMES_DAY = re.compile(r"\b\d{1,2}\s+(?:" + "|".join(name[:3] for name in _MONTH_NAMES)
                        + r")|dag\b|dagen\b|gisteren|vandaag|morgen|nacht", re.IGNORECASE)


@dataclass(slots=True)
class Question:
    """A question as read: its type, words, weights and (for hoeveel) what it counts."""

    text: str
    kind: str  # hoeveel | wie | waar | wanneer | wat_zei | waarom | wat
    language: str  # nl | en
    words: list[str] = field(default_factory=list)
    unit: str | None = None
    unit_kind: str | None = None  # what "hoeveel" counts; "ordinal" for "de hoeveelste"
    outcome: str | None = None  # injured | deaths: what happened to those counted
    head: str | None = None  # the role or place noun of "welke minister", "wie is de directeur"
    head_adjectives: list[str] = field(default_factory=list)  # "de nieuwe president": nieuwe
    naming: bool = False  # "hoe heet …": the answer follows "heet" in the article too
    verb: str | None = None  # the verb after the question word ("wat moet", "welke films draaien")
    names: set[str] = field(default_factory=set)  # terms of the capitalised words
    speaker: set[str] = field(default_factory=set)  # "wat zei X": the terms naming X
    reference: str | None = None  # "vorige week", "een week eerder"
    tense: str | None = None  # past | future, for "wanneer"
    planned: bool = False  # asks about an intention ("wil … inzetten")
    years: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # terms of places after "in"


def read_question(text: str) -> Question:
    """Type, language, content words, names and what is asked of a question."""
    kind = next((name for name, pattern in _TYPES if pattern.search(text)), "wat")
    words = [word for word in TOKEN.findall(text) if fold(word) not in QUESTION_WORDS]
    question = Question(text=text, kind=kind, language=_language(text), words=words)
    if kind == "wie" or (kind == "wat" and _person_head(text)):
        question.kind = "wie"
    question.head, question.head_adjectives = _head_noun(text)
    question.naming = bool(_NAMING_QUESTION.search(text))
    question.verb = _verb(text)
    question.names = _name_terms(text)
    question.years = set(_YEAR.findall(text))
    question.places = {term for span in answer_spans.places(text) if text[:span.start].rstrip().endswith(" in")
                       for term in terms(span.text)}
    reference = _QUESTION_REFERENCE.search(text)
    question.reference = reference.group() if reference else None
    question.planned = bool(_PLANNED.search(text))
    if question.kind == "hoeveel":
        _read_unit(question, text)
    if question.kind == "wanneer":
        question.tense = "future" if _FUTURE_QUESTION.search(text) else "past" if _PAST_QUESTION.search(text) else None
    if question.kind == "wat_zei":
        speech = _SPEECH_VERB.search(text)
        question.speaker = set(terms(speech.group("speaker"))) if speech else set()
    return question


def _language(text: str) -> str:
    """'en' when the question holds more English than Dutch function words (and at least two)."""
    words = [word.lower() for word in TOKEN.findall(text)]
    english = sum(word in _ENGLISH_WORDS for word in words)
    dutch = sum(word in _DUTCH_WORDS for word in words)
    return "en" if english >= 2 and english > dutch else "nl"


def _is_adjective(word: str, following: str | None) -> bool:
    """'nieuwe', 'Noord-Koreaanse', 'eerste' before a noun: inflected adjectives ('schade in …' and
    'commissie' are nouns)."""
    folded = fold(word)
    inflected = len(folded) > 3 and folded.endswith("e") and not folded.endswith(("ie", "ee"))
    if not inflected or folded.rsplit("-", 1)[-1] in UNIT_KINDS or following is None:
        return False
    return term_for(following) is not None and fold(following) not in QUESTION_WORDS


def _noun_after(text: str, pattern: str) -> tuple[str | None, list[str]]:
    """The first noun after `pattern` in the question (a compound's last part) and the adjectives
    before it: 'welke nieuwe president' -> ('president', ['nieuwe'])."""
    match = re.search(pattern + r"\s+(.*)", text, re.IGNORECASE)
    if not match:
        return None, []
    words = _WORD.findall(match.group(1))[:4]
    for index, word in enumerate(words[:3]):
        if not _is_adjective(word, words[index + 1] if index + 1 < len(words) else None):
            return word.rsplit("-", 1)[-1], words[:index]
    return None, []


def _head_noun(text: str) -> tuple[str | None, list[str]]:
    """'welke minister' -> minister, 'wie is de nieuwe president' -> president (with 'nieuwe'),
    'de hoeveelste zege' -> zege."""
    for pattern in (r"\b(?:welke?|hoeveelste)", r"\bwie\s+(?:is|was|wordt|werd)\s+(?:de|het)",
                    r"\bhoe\s+he(?:et|ette|ten)\s+(?:de|het)"):
        noun, adjectives = _noun_after(text, pattern)
        if noun and fold(noun) not in QUESTION_WORDS:
            return noun, adjectives
    return None, []


def _verb(text: str) -> str | None:
    """The finite verb right after the question word or phrase ('Wat moet …' -> moet, 'Welke films
    draaien …' -> draaien); None when that is a question word."""
    match = re.search(r"^\W*(?:\w+\s+)?(?:wat|wie|welke?\s+(?:\w+e\s+)?\w+)\s+(\w+)", text, re.IGNORECASE)
    if not match or fold(match.group(1)) in QUESTION_WORDS:
        return None
    return fold(match.group(1))


def _person_head(text: str) -> bool:
    """'Welke premier …', 'Welke ambassadrice …': a 'welke' question about a person or organisation."""
    noun, _ = _noun_after(text, r"\bwelke?")
    if noun is None:
        return False
    folded = fold(noun)
    return folded in _PERSON_NOUNS or folded.endswith(_PERSON_ENDINGS)


def _name_terms(text: str) -> set[str]:
    """Terms of the capitalised words after the first (names: 'Pentagon', 'Noord-Koreaanse', 'PostNL')."""
    result: set[str] = set()
    for index, match in enumerate(TOKEN.finditer(text)):
        word = match.group()
        starts_clause = index == 0 or text[:match.start()].rstrip().endswith(("-", "'", '"'))
        capitalised = word[0].isupper() and not starts_clause
        if (capitalised or any(char.isupper() for char in word[1:])) and fold(word) not in QUESTION_WORDS:
            term = term_for(word)
            if term:
                result.add(term)
    return result


def _read_unit(question: Question, text: str) -> None:
    """What 'hoeveel …' counts: the first noun after it (adjectives skipped, a compound's last part),
    or money, duration, age, percentage, an ordinal by the question's words."""
    lowered = fold(text)
    if "hoeveelste" in lowered:
        question.unit_kind = "ordinal"
        return
    if re.search(r"\bhoe\s+lang\b|how\s+long", lowered):
        question.unit_kind = "duration"
    elif re.search(r"\bhoe\s+oud\b|how\s+old", lowered):
        question.unit_kind = "age"
    elif re.search(r"\bprocent|percentage|marktaandeel|aandeel\b", lowered):
        question.unit_kind = "percentage"
    after = re.search(r"\b(?:hoeveel|hoe\s+veel|how\s+many|how\s+much)\s+(.*)", text, re.IGNORECASE)
    if after and question.unit_kind is None:
        words = _WORD.findall(after.group(1))[:5]
        for index, word in enumerate(words[:4]):
            part = fold(word).rsplit("-", 1)[-1]
            if part in UNIT_KINDS:
                question.unit, question.unit_kind = word.rsplit("-", 1)[-1], UNIT_KINDS[part]
                break
            if part in _MONEY_WORDS or part in QUESTION_WORDS or term_for(part) is None or (
                    part.endswith("t") and len(part) > 3):
                break  # money, a verb ("hoeveel moet", "hoeveel betaalt"): nothing named is counted
            if _is_adjective(word, words[index + 1] if index + 1 < len(words) else None):
                continue
            question.unit, question.unit_kind = word.rsplit("-", 1)[-1], part
            break
    if question.unit_kind is None and any(fold(word) in _MONEY_WORDS for word in TOKEN.findall(text)):
        question.unit_kind = "money"
    if question.unit_kind in {None, "people", "troops"}:
        question.outcome = next((kind for kind, pattern in _OUTCOMES if pattern.search(text)), None)


# -- loose matching of words ----------------------------------------------------------------------


@lru_cache(maxsize=200_000)
def _root(term: str) -> str:
    """A stem with the forms Snowball keeps apart made alike: 'ge' of participles (gestaakt ~ staakt,
    opgepakt ~ oppakt), doubled vowels (staak ~ stak) and a final t/d (stak ~ staakt)."""
    if term.startswith("ge") and len(term) > 6:
        term = term[2:]
    else:
        for particle in _SEPARABLE:
            if term.startswith(particle + "ge") and len(term) > len(particle) + 5:
                term = particle + term[len(particle) + 2:]
                break
    term = _DOUBLE_VOWEL.sub(r"\1", term)
    return term.rstrip("td") if len(term) > 4 else term


def soft_match(question_term: str, text_term: str) -> float:
    """How well a word of a text stands for a question's word: 1 for the same term, `SOFT_MATCH` for
    another form of it (staakten/gestaakt), a derivation (Israëliërs/Israël, Koreanen/Korea) or a
    compound ending in it (gevangenisstraf/straf, aangemeld/gemeld), else 0."""
    if question_term == text_term:
        return 1.0
    if question_term[0].isdigit() or text_term[0].isdigit():
        return 0.0
    left, right = _root(question_term), _root(text_term)
    if left == right:
        return SOFT_MATCH
    shorter, longer = sorted((left, right), key=len)
    if len(shorter) >= 5 and len(longer) - len(shorter) <= 4 and _common_prefix(shorter, longer) >= max(
            5, len(shorter) - 1):
        return SOFT_MATCH  # a derivation: israel/israelier, korea/korean, brazilie/braziliaan
    if len(question_term) >= 5 and text_term.endswith(question_term):
        return SOFT_MATCH  # the text's compound ends in the question's word
    if len(text_term) >= 6 and question_term.endswith(text_term):
        return SOFT_MATCH  # the question's compound ends in the text's word
    return 0.0


def _common_prefix(left: str, right: str) -> int:
    """How many first letters two words share."""
    length = 0
    for first, second in zip(left, right, strict=False):
        if first != second:
            break
        length += 1
    return length


def _matches(question_term: str, vocabulary: set[str]) -> dict[str, float]:
    """The terms of a text that stand for a question's term, with their strength. Terms that share
    neither the first letter of the root nor the last three letters cannot match: skipped cheaply."""
    first, last = _root(question_term)[:1], question_term[-3:]
    result = {}
    for term in vocabulary:
        if _root(term)[:1] == first or term[-3:] == last:
            strength = soft_match(question_term, term)
            if strength:
                result[term] = strength
    return result


def _strength(matches: dict[str, float], found: set[str]) -> float:
    """The best match of one question term among a set of text terms."""
    return max((strength for term, strength in matches.items() if term in found), default=0.0)


# -- compounds ------------------------------------------------------------------------------------


def _in_index(searcher: Searcher, word: str) -> bool:
    """Some article has this word (as its index term)."""
    term = term_for(word)
    return term is not None and any(searcher.doc_frequency(name, term) for name in TEXT_FIELDS)


def _has_variant(searcher: Searcher, term: str) -> bool:
    """An index term is another form of `term` ('braziliaan' for Brazilië): the word is not unknown,
    only written differently in the articles."""
    root = _root(term)
    if len(root) < VARIANT_PREFIX or term[0].isdigit():
        return False
    reader = searcher.reader()
    return any(soft_match(term, found.decode("utf-8") if isinstance(found, bytes) else found)
               for name in TEXT_FIELDS for found in reader.expand_prefix(name, root[:VARIANT_PREFIX]))


def _split_compound(searcher: Searcher, word: str) -> list[str]:
    """'treinongeluk' -> ['trein', 'ongeluk'] when no article has the compound but both parts are in
    the index (a linking s or e is allowed: bevrijdingsherdenking); else [word]."""
    folded = fold(word)
    if len(folded) < MIN_COMPOUND or not folded.isalpha() or _in_index(searcher, word):
        return [word]
    for cut in range(len(folded) - 4, 2, -1):  # longest head first: the head carries the meaning
        left, right = folded[:cut], folded[cut:]
        if not _in_index(searcher, right) or len(right) < 4:
            continue
        for modifier in (left, left[:-1] if left.endswith(("s", "e")) else None):
            if modifier and len(modifier) >= 3 and _in_index(searcher, modifier):
                return [modifier, right]
    return [word]


# -- stories, sentences and candidates ------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    """One possible answer: a span, the sentence (or passage) it stands in, and how sure it is."""

    found: Found
    rank: int
    paragraph: int
    sentence: str
    coverage: float
    answer: str
    span_factor: float = 1.0
    figure: Figure | None = None
    quote_text: str | None = None
    preferred: bool = False  # matches the question's time reference: ranks first among the confident

    @property
    def confidence(self) -> float:
        return round(min(1.0, self.coverage) * self.span_factor, 3)


@dataclass(slots=True)
class _Story:
    """One retrieved story prepared for sentence scoring."""

    found: Found
    rank: int
    sentences: list[tuple[int, int, str]]
    sentence_terms: list[set[str]]
    refers_back: list[bool]  # the sentence refers to the one before it
    context: set[str]  # headline, places, dateline and lead: what the whole story is about
    known_names: frozenset[str]
    matches: dict[str, dict[str, float]]  # question term -> {story term: strength}
    mentions_head: bool  # some sentence says the role noun asked for ("de man", "een Japanse architect")


@dataclass(slots=True)
class _Sentence:
    """One sentence of a story, with what refers to it and around it."""

    story: _Story
    position: int

    @property
    def anaphoric(self) -> bool:
        return self.story.refers_back[self.position]

    @property
    def paragraph(self) -> int:
        return self.story.sentences[self.position][0]

    @property
    def text(self) -> str:
        return self.story.sentences[self.position][2]

    @property
    def terms(self) -> set[str]:
        return self.story.sentence_terms[self.position]

    def neighbour(self, offset: int, same_paragraph: bool = True) -> int | None:
        """Index of the sentence `offset` away, if it exists (and is in the same paragraph)."""
        index = self.position + offset
        if not 0 <= index < len(self.story.sentences):
            return None
        if same_paragraph and self.story.sentences[index][0] != self.paragraph:
            return None
        return index

    def antecedent_terms(self) -> set[str]:
        """Terms of the sentences this one refers back to ('Dat kwam door …'), following a chain of
        references up to `ANAPHOR_DEPTH` sentences back."""
        result: set[str] = set()
        position = self.position
        while self.story.refers_back[position] and self.position - position < ANAPHOR_DEPTH:
            position -= 1
            result |= self.story.sentence_terms[position]
        return result

    def around_terms(self) -> set[str]:
        """Terms of the neighbours in the paragraph and of the story's context."""
        result = set(self.story.context)
        for offset in (-1, 1):
            index = self.neighbour(offset)
            if index is not None:
                result |= self.story.sentence_terms[index]
        return result


# -- answering ------------------------------------------------------------------------------------


def _weights(searcher: Searcher, read: ReadQuery, parts: set[str]) -> tuple[dict[str, float], list[str], float]:
    """Weight per question term; the words in no article at all; the question's total weight. The
    parts of a split compound share its place: each weighs `COMPOUND_PART_SHARE` of its own weight."""
    weights: dict[str, float] = {}
    missing: list[str] = []
    ceiling = idf(searcher, "\x00no-such-term")
    for word in read.reading.words:
        term = term_for(word)
        if term is None:
            continue
        if word in read.reading.corrections:
            corrected = read.reading.corrections[word]
            weights[term] = max(read.weights.get(item, 0.0) for item in corrected)
            for item in corrected:
                weights.setdefault(item, read.weights.get(item, 0.0))
        elif read.weights.get(term, 0.0) > 0:
            weights[term] = read.weights[term]
        else:
            weights[term] = ceiling
            if not _has_variant(searcher, term):
                missing.append(word)
    for term in parts & set(weights):
        weights[term] *= COMPOUND_PART_SHARE
    total = sum(weight for term, weight in weights.items() if not _is_alias(term, read.reading.corrections))
    return weights, missing, total


def _is_alias(term: str, corrections: dict[str, list[str]]) -> bool:
    """A correction's suggestions stand in for one word: only the word itself counts in the total."""
    return any(term in items and term_for(word) != term for word, items in corrections.items())


def answer(searcher: Searcher, text: str) -> Answer:
    """Answer `text` from the index behind `searcher`, or abstain (see the module docstring)."""
    question = read_question(text)
    base = Answer(question=text, answer=None, abstained=True, confidence=0.0, quote=None,
                  question_type=question.kind)
    if not question.words:
        base.reason = "no-words"
        return base
    read, weights, missing, total = _read(searcher, question)
    found = top_stories(searcher, _retrieval(searcher, read), Filters(), CANDIDATE_STORIES, any_words=True)
    base.evidence = _related(found, read.weights)
    if question.language == "en":
        base.reason = "english"  # the articles are Dutch: related passages only
        return base
    if missing:
        base.reason = "unknown-words:" + ",".join(missing)
        return base
    if not found or total <= 0:
        base.reason = "no-match"
        return base
    candidates = _candidates(question, found, weights, total)
    if not candidates:
        base.reason = "no-span"
        return base
    candidates.sort(key=lambda item: (-(item.preferred and item.confidence >= MIN_CONFIDENCE),
                                      -item.confidence, item.rank, item.paragraph))
    best = candidates[0]
    log.debug("%r: best of %d candidates %r (%.2f) in %s", text, len(candidates), best.answer, best.confidence,
              best.found.story.story_id)
    if best.confidence < MIN_CONFIDENCE:
        base.reason = f"low-confidence:{best.confidence:.2f}"
        base.confidence = best.confidence
        return base
    story = best.found.story
    quote_text = best.quote_text or best.sentence
    quote = quote_from(story, quote_text, best.coverage, match_sentence(quote_text, weights)[2])
    result = Answer(question=text, answer=best.answer, abstained=False, confidence=best.confidence,
                    quote=quote, evidence=[item for item in base.evidence if item.story_id != story.story_id],
                    question_type=question.kind, reason="answered")
    if best.figure is not None:
        _add_disagreement(result, best, candidates)
    return result


def _read(searcher: Searcher, question: Question) -> tuple[ReadQuery, dict[str, float], list[str], float]:
    """The question's words as a query (compounds no article has split into their parts), their
    weights, the words no article has, and the total weight. A "word" longer than any Dutch word is
    not searched (typo correction of 5,000 letters takes seconds): it is unknown."""
    overlong = [word for word in question.words if len(word) > MAX_COMPOUND]
    splits = [_split_compound(searcher, word) for word in question.words if len(word) <= MAX_COMPOUND]
    read = read_plain(searcher, " ".join(part for parts in splits for part in parts))
    parts = {term for parts in splits if len(parts) > 1 for part in parts if (term := term_for(part))}
    weights, missing, total = _weights(searcher, read, parts)
    return read, weights, overlong + missing, total


def _retrieval(searcher: Searcher, read: ReadQuery) -> ReadQuery:
    """The query that finds the candidate stories: any of the question's words but those in more than
    `COMMON_SHARE` of the stories (they hardly change which stories rank first, and their long posting
    lists are most of the search time on a large index); the rarest `MIN_RETRIEVAL_WORDS` always count."""
    words = read.reading.words
    if len(words) != len(read.term_queries) or len(words) <= MIN_RETRIEVAL_WORDS:
        return read
    common = math.log(1 + (searcher.doc_count() + 1) / (COMMON_SHARE * searcher.doc_count() + 0.5))

    def weight(word: str) -> float:
        suggestions = read.reading.corrections.get(word) or [term_for(word) or ""]
        return max(read.weights.get(term, 0.0) for term in suggestions)

    ranked = sorted(range(len(words)), key=lambda index: -weight(words[index]))
    kept = sorted(set(ranked[:MIN_RETRIEVAL_WORDS]) | {index for index in ranked if weight(words[index]) >= common})
    if len(kept) == len(words):
        return read
    query = wq.Or([read.term_queries[index] for index in kept])
    return ReadQuery(query, read.weights, read.reading, None, [read.term_queries[index] for index in kept])


def _related(found: list[Found], weights: dict[str, float]) -> list[Quote]:
    """Passages from the top stories: shown as related reading, never as the answer."""
    quotes = []
    for item in found[:3]:
        passage = best_passage(item.story, weights)
        if passage:
            quotes.append(quote_from(item.story, passage[0], passage[1], passage[2]))
    return quotes


def _prepare(question: Question, item: Found, rank: int, weights: dict[str, float]) -> _Story:
    """A story's sentences with their terms, what each refers back to, and which of its terms stand for
    each question term: computed once per story, used for every sentence."""
    story = item.story
    sentences = story_sentences(story)
    sentence_terms = [set(terms(sentence)) for _, _, sentence in sentences]
    context = set(terms(" ".join([story.headline, story.dateline, *story.places])))
    if sentence_terms:
        context |= sentence_terms[0]
    vocabulary = context.union(*sentence_terms)
    matches = {question_term: _matches(question_term, vocabulary) for question_term in weights}
    known_names = frozenset(word for _, _, sentence in sentences for word in re.findall(r"\b[A-Z]\w+", sentence[1:]))
    refers_back = [index > 0 and _refers_back(sentence) for index, (_, _, sentence) in enumerate(sentences)]
    mentions_head = bool(question.head) and any(_head_positions(sentence, question) for _, _, sentence in sentences)
    return _Story(item, rank, sentences, sentence_terms, refers_back, context, known_names, matches, mentions_head)


def _refers_back(sentence: str) -> bool:
    """The sentence leans on the one before it ('Dat kwam door …', 'Tegenover de krant vertelde hij')."""
    return bool(_ANAPHORIC.search(sentence) or _EARLY_PRONOUN.search(sentence))


def _story_passes(question: Question, story: _Story, weights: dict[str, float], total: float) -> bool:
    """The story holds enough of the question (less is enough for a "hoeveel" story with a figure of
    the kind asked) and, for a question without capitalised names (those are checked per sentence),
    one of its rarest words."""
    everything = story.context.union(*story.sentence_terms)
    coverage = sum(weight * _strength(story.matches[term], everything) for term, weight in weights.items()) / total
    counted = question.kind == "hoeveel" and any(
        _figure_factor(question, figure, None) for figure in story.found.figures)
    if coverage < (MIN_STORY_COVERAGE_COUNTED if counted else MIN_STORY_COVERAGE):
        return False
    if question.names:
        return True
    ceiling = max(weights.values())
    rarest = [term for term, weight in weights.items() if weight >= RAREST_SHARE * ceiling]
    return any(_strength(story.matches[term], everything) for term in rarest)


def _candidates(question: Question, found: list[Found], weights: dict[str, float], total: float) -> list[_Candidate]:
    """Every span of the asked type in a sentence of a story that passes the guards, with the
    sentence's coverage of the question."""
    predicates = {term for term in weights if term not in question.names}
    result: list[_Candidate] = []
    for rank, item in enumerate(found):
        story = _prepare(question, item, rank, weights)
        if not _story_passes(question, story, weights, total):
            continue
        for position in range(len(story.sentences)):
            where = _Sentence(story, position)
            coverage = _coverage(question, where, weights) / total
            if coverage <= 0 or not _guards_pass(question, where, predicates):
                continue
            for candidate in _spans(question, where, weights):
                candidate.coverage = coverage
                result.append(candidate)
    return result


def _coverage(question: Question, where: _Sentence, weights: dict[str, float]) -> float:
    """The question's weight the sentence covers: its own words fully, those of the sentence it refers
    back to almost, neighbours and the story's context half; the speaker of a "wat zei" question named
    next to the quotation counts fully."""
    own, antecedent, around = where.terms, where.antecedent_terms(), where.around_terms()
    covered = 0.0
    for term, weight in weights.items():
        matches = where.story.matches[term]
        if term in question.speaker:
            covered += weight * _strength(matches, own | around)
            continue
        covered += weight * max(_strength(matches, own), ANAPHOR_SHARE * _strength(matches, antecedent),
                                NEAR_SHARE * _strength(matches, around))
    return covered


def _guards_pass(question: Question, where: _Sentence, predicates: set[str]) -> bool:
    """The sentence is about what the question is about (see the module docstring)."""
    return (_names_around(question, where) and _predicate_close(question, where, predicates)
            and (not question.years or question.years <= _years_around(where)))


def _names_around(question: Question, where: _Sentence) -> bool:
    """Every name of the question is in the sentence, the ones next to it (the one after only when it
    refers back: "… een Rwandees aangehouden. De man, Venant R., …"), the headline or the lead."""
    story = where.story
    named = where.terms | where.antecedent_terms() | story.context
    previous, following = where.neighbour(-1), where.neighbour(1)
    if previous is not None:  # "… op Pinkpop. De band staat op 9 juni in Landgraaf."
        named = named | story.sentence_terms[previous]
    if following is not None and story.refers_back[following]:
        named = named | story.sentence_terms[following]
    return all(_strength(story.matches[term], named) for term in question.names if term in story.matches)


def _predicate_close(question: Question, where: _Sentence, predicates: set[str]) -> bool:
    """One of the question's words other than names (its verb, its role noun) is in the sentence or
    the one it refers back to; a lead sentence goes with its headline. For "wat zei" the speaker must
    be named next to the quotation instead. Figures are checked by what they count instead."""
    story = where.story
    close = where.terms | where.antecedent_terms()
    if question.kind == "wat_zei":
        predicates, close = question.speaker or predicates, close | where.around_terms()
    if where.position == 0:
        close = close | story.context
    return question.kind == "hoeveel" or not predicates or any(
        _strength(story.matches[term], close) for term in predicates if term in story.matches)


def _years_around(where: _Sentence) -> set[str]:
    """The years a sentence is about: those it, the sentence it refers back to, or the story's
    headline and lead name, and the story's own year."""
    story = where.story
    texts = [where.text, story.found.story.headline, story.sentences[0][2] if story.sentences else ""]
    if where.anaphoric:
        texts.append(story.sentences[where.position - 1][2])
    years = set(_YEAR.findall(" ".join(texts)))
    published = story.found.story.published
    return years | {str(published.year)} if published else years


def _contradicts_place(question: Question, figure: Figure) -> bool:
    """'54 geldautomaten in Duitsland' for a question about 'in Nederland': the figure is placed
    elsewhere (acronyms: VS = Verenigde Staten)."""
    sentence = figure.sentence
    if not question.places or question.places & set(terms(sentence)):
        return False
    end = sentence.find(figure.text) + len(figure.text)
    placed = _PLACED.match(sentence[end:])
    if not placed:
        return False
    initials = "".join(word[0] for word in placed.group(1).split()).lower()
    return not set(terms(placed.group(1))) & question.places and initials not in question.places


# -- spans per question type ----------------------------------------------------------------------


def _spans(question: Question, where: _Sentence, weights: dict[str, float]) -> list[_Candidate]:
    """Candidate answers of the asked type inside one sentence (or, for quotes, its passage)."""
    finder = {"hoeveel": _count_spans, "wie": _who_spans, "waar": _where_spans, "wanneer": _when_spans,
              "waarom": _why_spans, "wat_zei": _said_spans}.get(question.kind, _what_spans)
    return finder(question, where, weights)


def _make(where: _Sentence, answer_text: str, factor: float = 1.0, **extra: object) -> _Candidate:
    """A candidate from this sentence; its coverage is filled in by the caller."""
    return _Candidate(found=where.story.found, rank=where.story.rank, paragraph=where.paragraph,
                      sentence=where.text, coverage=0.0, answer=answer_text, span_factor=factor,
                      **extra)  # type: ignore[arg-type]


def _count_spans(question: Question, where: _Sentence, weights: dict[str, float]) -> list[_Candidate]:
    """Figures of the sentence that count what was asked (or ordinals for 'de hoeveelste')."""
    if question.unit_kind == "ordinal":
        spans = answer_spans.ordinals(where.text)
        return [_make(where, span.text) for span in _nearest(spans, where.text, _anchor_terms(question, weights))[:1]]
    result = []
    published = where.story.found.story.published
    for figure in where.story.found.figures:
        if figure.sentence != where.text:
            continue
        factor = _figure_factor(question, figure, where)
        if not factor or _contradicts_place(question, figure):
            continue
        if (figure.modality == "planned") != question.planned:
            factor *= MODALITY_MISMATCH
        preferred = _same_time(question, figure, published)
        result.append(_make(where, figure.text, factor, figure=figure, preferred=preferred))
    return _nearest_figures(result, question, where, weights)


def _nearest_figures(found: list[_Candidate], question: Question, where: _Sentence,
                     weights: dict[str, float]) -> list[_Candidate]:
    """Of several fitting figures in one sentence the one nearest to what the question names
    ('voor Vodafone, dat een marktaandeel van 30,6 procent heeft'), else to its other words."""
    if len(found) < 2:
        return found
    sentence = where.text
    anchors = {term for term in question.names if any(soft_match(term, other) for other in where.terms)}
    if not anchors:
        unit = term_for(question.unit) if question.unit else None
        anchors = _anchor_terms(question, weights) - {unit}
    spans = [answer_spans.Span(item.answer, sentence.find(item.answer), sentence.find(item.answer) + len(item.answer))
             for item in found]
    nearest = _nearest(spans, sentence, anchors, by_start=True)[0]
    return [item for item in found if item.answer == nearest.text][:1]


def _figure_factor(question: Question, figure: Figure, where: _Sentence | None) -> float:
    """How well a figure counts what the question asks (0: not at all). Without `where` only the
    figure's own kind and unit are considered."""
    if question.outcome:
        return 1.0 if figure.kind == question.outcome else 0.0
    wanted, unit = question.unit_kind, question.unit
    if figure.kind is None:
        if where is None or unit is None or figure.unit is not None:
            return 0.0
        unit_term = term_for(unit)
        found = unit_term is not None and any(soft_match(unit_term, term) for term in where.terms)
        return UNIT_IN_SENTENCE if found else 0.0  # "het aantal aanvragen … bleef op 230.000"
    if wanted is None:
        return 1.0 if figure.unit is not None else 0.0
    if figure.kind == wanted or any(wanted in family and figure.kind in family for family in _COMPATIBLE_KINDS):
        return 1.0
    if wanted == "money" and figure.kind.startswith("money"):
        return 1.0
    if unit and figure.unit and not (wanted in KIND_LABELS and figure.kind in KIND_LABELS):
        unit_term, figure_term = term_for(unit), term_for(figure.unit)
        if unit_term and figure_term and soft_match(unit_term, figure_term):
            return 1.0  # heterostellen counts stellen (but a 69-jarige does not count years of prison)
    return 0.0


def _same_time(question: Question, figure: Figure, published: datetime | None) -> bool:
    """The figure applies to the moment the question names ('een week eerder' ~ 'vorige week')."""
    if not question.reference or published is None or figure.when is None:
        return False
    asked = resolve_reference(question.reference, published)
    return asked is not None and abs((as_aware(figure.when) - asked).days) <= 1


def _who_spans(question: Question, where: _Sentence, weights: dict[str, float]) -> list[_Candidate]:
    """Names that are not the question's own, not places, not nationalities; next to the role noun
    ('minister van Justitie Pam Bondi') when the question names one."""
    sentence = where.text
    places = [place for place in answer_spans.places(sentence)  # "bij Macron" is a person, "naar Berlijn" not
              if re.search(r"\b(?:in|naar|uit|te|vanuit|nabij|richting|buiten)\s+(?:de\s+|het\s+)?$",
                           sentence[:place.start])]
    others = _without_head(weights, question)
    spans = []
    for span in answer_spans.names(sentence, where.story.known_names):
        span = _strip_role(_strip_echo(span, weights))
        in_place = any(place.start <= span.start < place.end for place in places)
        if span.text and not in_place and not _echo(span.text, others):
            spans.append(span)
    spans = _joined(spans, sentence)
    factor = 1.0
    if where.story.mentions_head:  # "welke minister": only a name next to "minister" answers
        spans = _beside(spans, sentence, question)
    elif question.head:  # the story never says "voorganger": any name, as a weaker answer
        factor = NAME_AWAY_FROM_ROLE
    if not spans:
        return []
    best = _nearest(spans, sentence, _anchor_terms(question, weights))[0]
    return [_make(where, best.text, factor)]


def _where_spans(question: Question, where: _Sentence, weights: dict[str, float]) -> list[_Candidate]:
    """Places of the sentence that are not the question's own; next to the place noun asked for
    ('in welk museum' -> 'Museum Kaap Skil'); the dateline place for a lead that names none."""
    sentence = where.text
    spans = [span for span in answer_spans.places(sentence) if not _echo(span.text, weights)]
    if question.head:  # "in welke kerk": a name with or next to the noun, else the names of the sentence
        others = _without_head(weights, question)
        named = [span for span in answer_spans.names(sentence, where.story.known_names)
                 if not _echo(span.text, others)]
        proper = [span for span in spans if not answer_spans.is_adjective(span.text.split()[0])]
        spans = _beside(named + spans, sentence, question) or _unique(named + proper)
    if spans:
        best = _nearest(spans, sentence, _anchor_terms(question, weights))[0]
        return [_make(where, best.text)]
    places = [place.title() for place in where.story.found.story.places if not _echo(place, weights)]
    return [_make(where, places[0], PLACE_FALLBACK)] if places and where.position == 0 else []


def _when_spans(question: Question, where: _Sentence, weights: dict[str, float]) -> list[_Candidate]:
    """Dates of the sentence in the question's tense; relative ones shown with the date they mean."""
    published = where.story.found.story.published
    spans = [span for span in answer_spans.times(where.text) if not _echo(span.text, weights)
             and _in_tense(span, question.tense, published) and _fine_enough(span, question.text)]
    if not spans:
        return []
    dated = [span for span in spans if _DATED.search(span.text)]
    best = _nearest(dated or spans, where.text, _anchor_terms(question, weights))[0]
    factor = 1.0 if _DATED.search(best.text) else RELATIVE_TIME
    return [_make(where, _dated(best, published), factor)]


def _fine_enough(span: answer_spans.Span, question: str) -> bool:
    """'Op welke dag(en)' asks for days ('deze week' does not answer it), 'in welk jaar' for a year."""
    if _ASKS_DAY.search(question):
        return bool(_NAMES_DAY.search(span.text))
    if _ASKS_YEAR.search(question):
        return bool(_YEAR.search(span.text))
    return True


def _in_tense(span: answer_spans.Span, tense: str | None, published: datetime | None) -> bool:
    """A time a question in the future ('wanneer gaat …') can be answered with: not 'gisteren', not a
    year before the story; and the other way round for a question in the past."""
    if tense is None:
        return True
    if span.kind:
        return span.kind == tense
    year = _YEAR.search(span.text)
    if year is None or published is None:
        return True
    return int(year.group()) >= published.year if tense == "future" else int(year.group()) <= published.year


def _why_spans(question: Question, where: _Sentence, weights: dict[str, float]) -> list[_Candidate]:
    """A cause in the sentence (or the next one); for 'Daarom …' the sentence before is the reason."""
    sentence = where.text
    previous = where.neighbour(-1, same_paragraph=False)
    if _THEREFORE.search(sentence) and previous is not None:
        reason = where.story.sentences[previous][2]
        return [_make(where, reason.rstrip(" ."), REASON_FROM_PREVIOUS, quote_text=f"{reason} {sentence}")]
    spans = _reasons(sentence, weights)
    if spans:
        best = max(spans, key=lambda span: WEAK_REASON[span.kind])
        return [_make(where, best.text, WEAK_REASON[best.kind])]
    following = where.neighbour(1)
    if following is None:
        return []
    next_sentence = where.story.sentences[following][2]
    spans = _reasons(next_sentence, weights)
    if not spans:
        return []
    best = max(spans, key=lambda span: WEAK_REASON[span.kind])
    attached = 1.0 if where.story.refers_back[following] else REASON_FROM_NEXT  # "… stopt. Hij wil …"
    return [_make(where, best.text, attached * WEAK_REASON[best.kind], quote_text=f"{sentence} {next_sentence}")]


def _reasons(sentence: str, weights: dict[str, float]) -> list[answer_spans.Span]:
    """Reason clauses that are not the question over again ('wil zich niet overgeven' does not say
    why someone will not give himself up)."""
    result = []
    for span in answer_spans.reasons(sentence):
        found = terms(span.text)
        echoed = sum(any(soft_match(term, other) for term in weights) for other in found)
        if echoed < ECHO_SHARE * len(found):
            result.append(span)
    return result


def _said_spans(question: Question, where: _Sentence, weights: dict[str, float]) -> list[_Candidate]:
    """A quotation in the sentence or the next one (else 'zei dat …'), attributed to the speaker asked
    about when the question names one."""
    sentence = where.text
    following = where.neighbour(1)
    passage = sentence if following is None else f"{sentence} {where.story.sentences[following][2]}"
    window = where.terms | where.around_terms()
    factor = 1.0
    if question.speaker and not any(_strength(where.story.matches.get(term, {}), window) for term in question.speaker):
        factor = SPEAKER_MISSING
    inside = answer_spans.quotations(sentence) or answer_spans.quotations(passage)
    if inside:
        quoted = passage if inside[0].text not in sentence else sentence
        return [_make(where, inside[0].text, factor, quote_text=quoted)]
    said = _SAID_THAT.search(sentence)
    return [_make(where, said.group(1).rstrip(" ."), INDIRECT_SPEECH * factor)] if said else []


def _what_spans(question: Question, where: _Sentence, weights: dict[str, float]) -> list[_Candidate]:
    """The whole sentence, if it or its neighbours name what is asked for ('welke straf', 'wat is de
    uitslag'): a sentence about something else next to it is no answer."""
    copular = _COPULAR_HEAD.search(question.text)
    head = copular.group(1) if copular else question.head
    head_term = term_for(head) if head else None
    around = where.terms | where.antecedent_terms() | where.around_terms()
    if head_term and not any(soft_match(head_term, term) or term.startswith(head_term) for term in around):
        return []  # not even in a compound ("dierenambulance" for "welk dier")
    factor = WHOLE_SENTENCE if _has_verb(question, where) else WHOLE_SENTENCE * VERB_MISSING
    return [_make(where, where.text, factor)]


def _has_verb(question: Question, where: _Sentence) -> bool:
    """The sentence (or the one it refers back to) has the question's verb in some form; modal verbs
    are stop words, so they are looked for as written ('Deze raad moet …')."""
    if question.verb is None:
        return True
    term = term_for(question.verb)
    if term is None:
        return question.verb in {fold(word) for word in TOKEN.findall(where.text)}
    return any(soft_match(term, other) for other in where.terms | where.antecedent_terms())



# -- span helpers ---------------------------------------------------------------------------------


def _echo(text: str, weights: dict[str, float]) -> bool:
    """A span that repeats any of the question's words (in any form: 'Kellog' for 'Kellogg') names
    what was asked about, not the answer."""
    return any(soft_match(question_term, term) for term in terms(text) for question_term in weights)


def _without_head(weights: dict[str, float], question: Question) -> dict[str, float]:
    """The question's words but its role or place noun: 'De Volkskrant' answers 'welke krant'."""
    head = term_for(question.head) if question.head else None
    return {term: weight for term, weight in weights.items() if term != head}


def _strip_echo(span: answer_spans.Span, weights: dict[str, float]) -> answer_spans.Span:
    """'President Donald Trump' for 'wie is de president …': leading words of the question go."""
    words = span.text.split()
    offset = span.start
    while len(words) > 1 and (term_for(words[0]) or "") in weights:
        offset += len(words[0]) + 1
        words.pop(0)
    text = " ".join(words)
    return answer_spans.Span(text, offset, offset + len(text))


def _strip_role(span: answer_spans.Span) -> answer_spans.Span:
    """'NAVO-chef Mark Rutte' -> 'Mark Rutte': a leading role compound is not part of the name."""
    words = span.text.split()
    offset = span.start
    while len(words) > 1 and _ROLE_PART.match(words[0]):
        offset += len(words[0]) + 1
        words.pop(0)
    text = " ".join(words)
    return answer_spans.Span(text, offset, offset + len(text))


def _joined(spans: list[answer_spans.Span], sentence: str) -> list[answer_spans.Span]:
    """'Tim Kaine' and 'Rand Paul' joined by 'en' are one answer: 'Tim Kaine en Rand Paul'."""
    result: list[answer_spans.Span] = []
    for span in spans:
        if result and sentence[result[-1].end:span.start] == " en ":
            first = result.pop()
            span = answer_spans.Span(sentence[first.start:span.end], first.start, span.end)
        result.append(span)
    return result


def _unique(spans: list[answer_spans.Span]) -> list[answer_spans.Span]:
    """Spans without those another span contains ('Texel' inside 'Museum Kaap Skil op Texel')."""
    return [span for span in spans if not any(other is not span and other.start <= span.start
                                              and span.end <= other.end and other.text != span.text
                                              for other in spans)]


def _head_positions(sentence: str, question: Question) -> list[tuple[int, int]]:
    """(start, end) of the words of the sentence that are the question's role or place noun, with
    the question's adjectives right before them ('de nieuwe president', not 'ex-president'); for
    'hoe heet …' also the naming words ('heet voortaan')."""
    head_term = term_for(question.head) if question.head else None
    adjectives = [term for word in question.head_adjectives if (term := term_for(word))]
    tokens = list(TOKEN.finditer(sentence))
    result = []
    for index, match in enumerate(tokens):
        term = term_for(match.group())
        if question.naming and fold(match.group()) in _NAMING_WORDS:
            result.append((match.start(), match.end()))
        elif term and head_term and soft_match(head_term, term):
            before = {term_for(token.group()) for token in tokens[max(0, index - 3):index]}
            if all(any(other and soft_match(adjective, other) for other in before) for adjective in adjectives):
                result.append((match.start(), match.end()))
    return result


def _beside(spans: list[answer_spans.Span], sentence: str, question: Question) -> list[answer_spans.Span]:
    """Spans that hold the role or place noun ('De Volkskrant' for 'krant'), stand right after it
    ('premier Scott Morrison', 'minister van Justitie Pam Bondi', 'de stad Shiraz') or right before it
    after a comma ('Abdelkader Bensalah, de voorzitter'); for 'hoe heet …' also after 'heet'."""
    head_term = term_for(question.head) if question.head else None
    if head_term is None:
        return []
    positions = _head_positions(sentence, question)
    starts = [start for start, _ in positions]
    ends = [end for _, end in positions]
    result = []
    for span in spans:
        if any(soft_match(head_term, term) for term in terms(span.text)) and not question.head_adjectives:
            result.append(span)
            continue
        before = [span.start - end for end in ends if 0 < span.start - end <= 16]
        after = [start - span.end for start in starts if 0 <= start - span.end <= 8]
        if (before and "," not in sentence[span.start - min(before):span.start]) or (
                after and sentence[span.end] == ","):
            result.append(span)
    return result


def _anchor_terms(question: Question, weights: dict[str, float]) -> set[str]:
    """Where the answer should be near: the question's words other than names (its verb, its role
    noun), or all of them when it has no others."""
    predicates = {term for term in weights if term not in question.names}
    return predicates or set(weights)


def _nearest(spans: list[answer_spans.Span], sentence: str, anchor_terms: set[str],
             by_start: bool = False) -> list[answer_spans.Span]:
    """Spans ordered by distance to the question's words in the sentence (nearest first); `by_start`
    measures from where a span starts only (a figure's text ends in what it counts)."""
    anchors = [match.start() for match in TOKEN.finditer(sentence)
               if (term := term_for(match.group())) and any(soft_match(anchor, term) for anchor in anchor_terms)]
    if not anchors:
        return spans

    def distance(span: answer_spans.Span) -> int:
        ends = (span.start,) if by_start else (span.start, span.end)
        return min(abs(end - anchor) for end in ends for anchor in anchors)

    return sorted(spans, key=lambda span: (distance(span), -len(span.text.split())))


def _dated(span: answer_spans.Span, published: datetime | None) -> str:
    """'gisteren (3 april 2019)': a relative time with the date it means for its story."""
    if not span.kind or published is None:
        return span.text
    lowered = span.text.lower()
    year = re.search(r"\b(vorig|volgend)\s+jaar\b", lowered)
    if year:
        shifted = published.year + (1 if year.group(1) == "volgend" else -1)
        month = next((name for name in _MONTH_NAMES if name in lowered), None)
        return f"{span.text} ({month} {shifted})" if month else f"{span.text} ({shifted})"
    if not TIME_REFERENCE.fullmatch(span.text):
        return span.text
    moment = resolve_reference(span.text, published)
    if moment is None:
        return span.text
    return f"{span.text} ({moment.day} {_MONTH_NAMES[moment.month - 1]} {moment.year})"


def _figure_label(figure: Figure) -> str:
    """Who or when a figure is from, for 'Pentagon: 10.000; vorige week: 3000'."""
    if figure.when_text:
        return figure.when_text.lower()
    if figure.claimant:
        return figure.claimant
    return "/".join(place.title() for place in figure.places) or figure.headline


def _add_disagreement(result: Answer, best: _Candidate, candidates: list[_Candidate]) -> None:
    """Other reports of the same quantity with another value: say so and show each."""
    assert best.figure is not None
    shown = [best.figure]
    for other in candidates:
        figure = other.figure
        if figure is None or other.confidence < best.confidence * DISAGREEMENT_SHARE:
            continue
        if not _same_quantity(figure, best.figure) or any(abs(figure.value - item.value) < 1e-9 for item in shown):
            continue
        shown.append(figure)
    result.figures = shown
    if len(shown) > 1:
        parts = []
        for figure in shown:
            planned = " (gepland)" if figure.modality == "planned" else ""
            parts.append(f"{_figure_label(figure)}: {format_number(figure.value)}{planned}")
        result.disagreement = "; ".join(parts)


def _same_quantity(figure: Figure, other: Figure) -> bool:
    """Two figures count the same kind of thing (10.000 militairen and 1500 soldaten do)."""
    if figure.kind == other.kind:
        return figure.kind is not None
    return any(figure.kind in family and other.kind in family for family in _COMPATIBLE_KINDS)

