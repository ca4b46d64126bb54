"""Reading a question: what it asks and about what, before any article is looked at.

A question is read into a `Question`: its type (hoeveel, wie, waar, wanneer, wat zei, waarom, wat, by the
first of `_TYPE_PATTERNS` that matches), its language, its content words (those not in
`QUESTION_WORDS`), the names in it (capitalised words), what "hoeveel" counts ("noord-koreaanse
militairen" -> troops, with what happened to them: gewond, omgekomen), the role or place noun of "welke
minister" / "in welk museum" with its adjectives, the verb after the question word, the speaker of "wat
zei X", its time reference ("een week eerder"), tense, years and places. Reading needs only the text:
the word lists and patterns here are all it uses, so the rest of answering can depend on this module and
not the other way round.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index import answer_spans
from index.analysis import TOKEN, fold, term_for, terms
from index.figures import UNIT_KINDS, outcome_in
from index.times import TIME_REFERENCE

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
#: What happened to those counted: "Hoeveel mensen raakten gewond" counts only the injured.
_PLANNED = re.compile(r"\b(?:wil|willen|van\s+plan|plant|plannen|zal|zullen|voornemens)\b",
                      re.IGNORECASE)
_FUTURE_QUESTION = re.compile(r"\b(?:gaat|gaan|zal|zullen|komt|komen|wordt|worden|straks|binnenkort)\b",
                              re.IGNORECASE)
_PAST_QUESTION = re.compile(r"\b(?:werd|werden|was|waren|is\s+\w+d|zijn\s+\w+d|had|hadden|vorig\w*)\b"
                            r"|\b(?:ge|ver|be|ont|her)\w+[dt]\b(?!\w)", re.IGNORECASE)
_QUESTION_REFERENCE = re.compile(TIME_REFERENCE.pattern + r"|\b(?:vorig|dit)\s+jaar", re.IGNORECASE)
#: A year of the last or this century, as a question or a sentence names it.
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
#: A word, with its hyphenated parts ("Noord-Koreaanse") and apostrophes.
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
#: "Wat zei X over …": X is the speaker.
_SPEECH_VERB = re.compile(r"\b(?:zei|zegt|zeiden|zeggen|gezegd|verklaarde|verklaart|vond|vindt|schreef|schrijft"
                          r"|meldde|twitterde|vergeleek|vergelijkt)\b(?P<speaker>.*?)(?:\b(?:over|van)\b|$)",
                          re.IGNORECASE)
#: "Hoe heet …": in the article the name follows "heet" (or "genoemd") too.
_NAMING_QUESTION = re.compile(r"\bhoe\s+he(?:et|ette|ten)\b", re.IGNORECASE)


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
    question.years = set(YEAR.findall(text))
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
        question.outcome = outcome_in({word.lower() for word in TOKEN.findall(text)})
