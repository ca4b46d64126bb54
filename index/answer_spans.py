"""The short spans that answer a question, found inside one sentence.

Each finder returns candidate spans in sentence order; the question module picks the one nearest to
the words the question and the sentence share. Rule-based on purpose: Dutch NER that runs offline is
either slow (frog, 11 sentences/s) or misses news names, and these patterns are enough when the
sentence has already been chosen for matching the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.figures import MONTHS

_DAYS = r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
_MONTH = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_PARTICLES = frozenset("van de der den ter ten het 't von bin al el la le du da dos di del".split())
_NOT_NAMES = frozenset("""De Het Een Dat Die Dit Deze Ook Maar En In Op Bij Volgens Na Voor Om Als Toen
    Nu Zo Er Hij Zij Ze Wij We Ik Je U Daar Hier Daarmee Daarbij Daarnaast Bovendien Wel Niet Nog Al
    Wat Wie Waar Hoe Waarom Wanneer Welke Zijn Haar Hun Ons Onze Mijn Uit Tot Met Van Aan Door Over
    Onder Tegen Zonder Sinds Tijdens Ondanks Dankzij Vanwege Omdat Doordat Want Terwijl Nadat Voordat
    Zoals Meer Minder Veel Weinig Alle Elke Iedere Geen Andere Eerder Later Vorige Volgende""".split()) | {
    day.capitalize() for day in _DAYS.split("|")} | {month.capitalize() for month in MONTHS}
_CAPITAL_WORD = r"(?:[A-ZÀ-Þ][\w'’\-]*|[A-Z]{2,}\d*)"
_NAME = re.compile(
    rf"{_CAPITAL_WORD}(?:\s+(?:(?:{'|'.join(sorted(_PARTICLES))})\s+)*{_CAPITAL_WORD})*")
_PLACE_INTRO = re.compile(r"\b(?:in|naar|uit|bij|te|vanuit|nabij|rond|richting|buiten)\s+(?:de\s+|het\s+)?"
                          rf"(?P<place>{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD})*)")
_TIME = re.compile(
    rf"\b(?:in\s+de\s+nacht\s+van\s+(?:{_DAYS})\s+op\s+(?:{_DAYS}))"
    rf"|\b(?:tussen\s+)?\d{{1,2}}\s+(?:en|tot|t/m)\s+\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?"
    rf"|\b\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?"
    rf"|\b(?:begin|eind|medio|half|midden)\s+(?:{_MONTH}|\d{{4}})"
    rf"|\b(?:in|sinds|vanaf|tot|uit|van)\s+(?:(?:{_MONTH})\s+)?(?:19|20)\d{{2}}"
    rf"|\bin\s+(?:{_MONTH})"
    rf"|\b(?:vorige|afgelopen|komende|volgende)?\s*(?:{_DAYS})(?:avond|ochtend|middag|nacht)?"
    r"|\b(?:deze|vorige|volgende|komende|afgelopen)\s+(?:week|maand|zomer|winter|lente|herfst|jaar|eeuw)"
    r"|\b(?:vorig|volgend|dit|komend)\s+jaar"
    r"|\b(?:gisteren|eergisteren|vandaag|morgen|vanochtend|vanmorgen|vanavond|vannacht)"
    r"|\bin\s+het\s+(?:eerste|tweede|derde|vierde|laatste)\s+kwartaal(?:\s+van\s+\d{4})?"
    r"|\b(?:om|rond|tegen)\s+\d{1,2}[.:]\d{2}(?:\s+uur)?",
    re.IGNORECASE,
)
_REASON = re.compile(r"\b(?:omdat|doordat|want|vanwege|wegens|dankzij|als\s+gevolg\s+van|door|om\s+(?=.{0,80}"
                     r"\bte\b))", re.IGNORECASE)
_QUOTED = re.compile(r"„([^\"”“]{3,})[\"”“]|,,(.{3,}?)''|\"([^\"]{3,})\"|“([^”]{3,})”")


@dataclass(slots=True, frozen=True)
class Span:
    text: str
    start: int
    end: int


def names(sentence: str, known: frozenset[str] = frozenset()) -> list[Span]:
    """Capitalised word runs that name someone or something ('Mark Rutte', 'FNV', 'Han Duck-soo').

    A sentence's first word is a name only if more capitalised words follow, it is an acronym, or the
    story capitalises it elsewhere too (`known`)."""
    spans = []
    for match in _NAME.finditer(sentence):
        words = match.group().split()
        start = match.start()
        while words and (words[0] in _NOT_NAMES or words[0].lower() in _PARTICLES):
            start += len(words[0]) + 1
            words.pop(0)
        while words and (words[-1] in _NOT_NAMES or words[-1].lower() in _PARTICLES):
            words.pop()
        if not words:
            continue
        text = " ".join(words)
        at_start = sentence[:start].strip(" „\"'(,") == ""
        if at_start and len(words) == 1 and not words[0].isupper() and words[0] not in known:
            continue
        spans.append(Span(text, start, start + len(text)))
    return spans


def places(sentence: str) -> list[Span]:
    """Places introduced by a preposition: 'in Koersk', 'naar de Russische stad Vladivostok'."""
    spans = []
    for match in _PLACE_INTRO.finditer(sentence):
        words = match.group("place").split()
        while words and words[-1] in _NOT_NAMES:
            words.pop()
        if words and words[0] not in _NOT_NAMES:
            text = " ".join(words)
            spans.append(Span(text, match.start("place"), match.start("place") + len(text)))
    return spans


def times(sentence: str) -> list[Span]:
    """Dates and time expressions: '8 oktober', 'tussen 8 en 13 oktober', 'maandag', 'in 2022'."""
    return [Span(match.group().strip(), match.start(), match.end()) for match in _TIME.finditer(sentence)
            if match.group().strip()]


def reasons(sentence: str) -> list[Span]:
    """Causal clauses: from 'omdat', 'doordat', 'vanwege', 'door' … to the end of the sentence."""
    spans = []
    for match in _REASON.finditer(sentence):
        text = sentence[match.start():].rstrip(" .!?\"'”")
        if len(text.split()) >= 3:
            spans.append(Span(text, match.start(), match.start() + len(text)))
    return spans


def quotations(text: str) -> list[Span]:
    """What is inside quotation marks, longest first ('„…"', ',,…\\'\\'', '"…"')."""
    spans = []
    for match in _QUOTED.finditer(text):
        group = next(index for index in range(1, 5) if match.group(index))
        inner = match.group(group)
        spans.append(Span(inner.strip(" ,"), match.start(group), match.end(group)))
    return sorted(spans, key=lambda span: -len(span.text))
