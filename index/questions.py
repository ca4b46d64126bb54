"""Answering a question from the articles: the shortest span that answers it, or an abstention.

The question is read (type: hoeveel, wie, waar, wanneer, wat zei, waarom, wat; its content words, and
for "hoeveel" what is counted), stories are retrieved with its words, and every sentence of those
stories is scored by the share of the question's weight (IDF) it covers, its neighbours and headline
counting half. The best sentence that holds a span of the asked type answers.

A wrong answer with a real quote is the worst outcome, so it abstains when:
- a content word of the question is in no article at all (after typo correction);
- the best sentence covers too little of the question, or its story lacks the question's rarest word;
- the sentence has no span of the asked type (no figure counting what was asked, no name, no date).
Confidence is that coverage, lowered when the span had to come from outside the sentence.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from whoosh.searching import Searcher

from index import answer_spans
from index.analysis import TOKEN, fold, term_for, terms
from index.figures import UNIT_KINDS
from index.models import Answer, Figure, Quote, format_number
from index.passages import match_sentence, story_sentences
from index.quotes import best_passage, quote_from
from index.search import Filters, Found, ReadQuery, idf, read_plain, top_stories

log = logging.getLogger(__name__)

#: Stories whose sentences are considered.
CANDIDATE_STORIES = 20
#: Below this confidence the library abstains.
MIN_CONFIDENCE = 0.5
#: A story must hold this share of the question's weight.
MIN_STORY_COVERAGE = 0.7
#: Other reports count as disagreeing when their sentences cover this share of the best one.
DISAGREEMENT_SHARE = 0.75

_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
    ("wat_zei", r"^\s*(?:wat|what)\b.*\b(?:zei|zegt|zeiden|zeggen|gezegd|verklaarde|verklaart|vond|vindt"
                r"|schreef|schrijft|meldde|twitterde|said|say|says)\b"),
    ("waarom", r"\b(?:waarom|hoezo|om welke reden|why)\b"),
    ("hoeveel", r"\b(?:hoeveel|hoe\s+veel|hoe\s+groot|hoe\s+hoog|hoe\s+lang|hoe\s+oud|hoe\s+duur|hoe\s+zwaar"
                r"|hoe\s+ver|welk\s+percentage|welk\s+bedrag|wat\s+kost|wat\s+kostte|how\s+many|how\s+much"
                r"|how\s+long|how\s+old)\b"),
    ("wanneer", r"\b(?:wanneer|hoe\s+laat|op\s+welke\s+(?:dag|datum)|in\s+welk\s+jaar|uit\s+welk\s+jaar"
                r"|welke\s+(?:dag|datum)|sinds\s+wanneer|when|what\s+year|which\s+day)\b"),
    ("waar", r"\b(?:waar|waarheen|waarvandaan|in\s+welke?\s+(?:stad|plaats|regio|provincie|land|gemeente"
             r"|straat|museum|dorp|ziekenhuis|gevangenis|wijk|gebied)|welke?\s+(?:stad|plaats|regio|land)"
             r"|where|which\s+(?:city|country|place))\b"),
    ("wie", r"\b(?:wie|hoe\s+heet|hoe\s+heette|hoe\s+heten|welke\s+(?:man|vrouw|persoon|minister|president"
            r"|politicus|partij|organisatie|bond|bonden|bedrijf|club|speler|trainer)|who)\b"),
    ("wat", r"\b(?:wat|welke?|what|which)\b"),
))

#: Words that shape a question but say nothing about its topic (Dutch and English).
QUESTION_WORDS = frozenset("""hoeveel hoe veel wie waar waarom wanneer wat welk welke waarheen waarvandaan
    hoezo heet heette heten laat groot hoog lang oud duur zwaar ver reden dag datum jaar eigenlijk precies
    volgens jou weet je kun kunt vertellen er zitten zit zijn is was waren wordt werd worden hebben heeft
    had gaat gaan komt kwam doen deed zei zegt gezegd zeiden zeggen the a an of in on at to for from by
    with is are was were be been do does did how many much who what when where why which whom whose
    long old say said says has have had will would can could about and or it its this that there their
    they he she his her""".split())

_MONEY_WORDS = frozenset("kost kostte kosten bedrag geld verdiend verdiende betaald betaalde omzet winst "
                         "verlies opgehaald opbrengst prijs cost costs".split())
_COMPATIBLE_KINDS = ({"people", "injured", "deaths"}, {"money-eur", "money-usd", "money-gbp", "money"})
_ROLE_PART = re.compile(r"^[\w]+-[a-zà-ÿ]{4,}$")


@dataclass(slots=True)
class Question:
    """A question as read: its type, words, weights and (for hoeveel) what it counts."""

    text: str
    kind: str  # hoeveel | wie | waar | wanneer | wat_zei | waarom | wat
    language: str  # nl | en
    words: list[str] = field(default_factory=list)
    unit: str | None = None
    unit_kind: str | None = None


_ENGLISH = re.compile(r"\b(?:how|what|who|when|where|why|which|does|did|the|many)\b", re.IGNORECASE)


def read_question(text: str) -> Question:
    """Type, language and content words of a question."""
    kind = next((name for name, pattern in _TYPES if pattern.search(text)), "wat")
    language = "en" if len(_ENGLISH.findall(text)) >= 2 else "nl"
    words = [word for word in TOKEN.findall(text) if fold(word) not in QUESTION_WORDS]
    question = Question(text=text, kind=kind, language=language, words=words)
    if kind == "hoeveel":
        _read_unit(question, text)
    return question


def _read_unit(question: Question, text: str) -> None:
    """What 'hoeveel …' counts: the first noun after it, or money/duration/age by the question."""
    lowered = fold(text)
    if re.search(r"\bhoe\s+lang\b|how\s+long", lowered):
        question.unit_kind = "duration"
    elif re.search(r"\bhoe\s+oud\b|how\s+old", lowered):
        question.unit_kind = "age"
    elif re.search(r"\bprocent|percentage|marktaandeel|aandeel\b", lowered):
        question.unit_kind = "percentage"
    after = re.search(r"\b(?:hoeveel|hoe\s+veel|how\s+many|how\s+much)\s+(.*)", text, re.IGNORECASE)
    if after and question.unit_kind is None:
        for word in TOKEN.findall(after.group(1))[:3]:
            folded = fold(word)
            if folded in UNIT_KINDS:
                question.unit, question.unit_kind = word, UNIT_KINDS[folded]
                return
            if folded in QUESTION_WORDS or term_for(word) is None or word[0].isupper() or (folded.endswith(
                    ("ig", "e", "lijk")) and len(folded) > 3 and not folded.endswith(("ie", "ee"))):
                continue
            question.unit, question.unit_kind = word, folded
            return
    if question.unit_kind is None and any(fold(word) in _MONEY_WORDS for word in TOKEN.findall(text)):
        question.unit_kind = "money"


def _kind_matches(wanted: str | None, figure: Figure, unit: str | None) -> bool:
    if figure.kind is None:
        return False
    if wanted is None:
        return figure.unit is not None
    if figure.kind == wanted:
        return True
    if any(wanted in family and figure.kind in family for family in _COMPATIBLE_KINDS):
        return True
    if unit and figure.unit and term_for(unit) == term_for(figure.unit):
        return True
    return wanted == "money" and figure.kind.startswith("money")


@dataclass(slots=True)
class _Candidate:
    found: Found
    rank: int
    paragraph: int
    sentence: str
    coverage: float
    answer: str
    span_factor: float = 1.0
    figure: Figure | None = None
    quote_text: str | None = None

    @property
    def confidence(self) -> float:
        return round(min(1.0, self.coverage) * self.span_factor, 3)


def _weights(searcher: Searcher, read: ReadQuery) -> tuple[dict[str, float], list[str], float]:
    """Weight per question term; the words in no article at all; the question's total weight."""
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
            missing.append(word)
            weights[term] = ceiling
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
    read = read_plain(searcher, " ".join(question.words))
    weights, missing, total = _weights(searcher, read)
    found = top_stories(searcher, read, Filters(), CANDIDATE_STORIES, any_words=True)
    base.evidence = _related(found, read.weights)
    if missing and question.language == "nl":
        base.reason = "unknown-words:" + ",".join(missing)
        return base
    if not found or total <= 0:
        base.reason = "no-match"
        return base
    unit_term = term_for(question.unit) if question.unit else None
    candidates = _candidates(question, found, weights, total, unit_term)
    if not candidates:
        base.reason = "no-span"
        return base
    candidates.sort(key=lambda item: (-item.confidence, item.rank, item.paragraph))
    best = candidates[0]
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
    if question.kind == "hoeveel":
        _add_disagreement(result, best, candidates)
    return result


def _related(found: list[Found], weights: dict[str, float]) -> list[Quote]:
    """Passages from the top stories: shown as related reading, never as the answer."""
    quotes = []
    for item in found[:3]:
        passage = best_passage(item.story, weights)
        if passage:
            quotes.append(quote_from(item.story, passage[0], passage[1], passage[2]))
    return quotes


def _candidates(question: Question, found: list[Found], weights: dict[str, float], total: float,
                unit_term: str | None) -> list[_Candidate]:
    rarest = max(weights, key=lambda term: weights[term]) if weights else None
    result: list[_Candidate] = []
    for rank, item in enumerate(found):
        story = item.story
        story_terms = set(terms(story.headline + "\n" + " ".join(story.places) + "\n" + story.text))
        story_cover = sum(weight for term, weight in weights.items() if term in story_terms or term == unit_term)
        if story_cover / total < MIN_STORY_COVERAGE or (rarest and rarest not in story_terms
                                                         and rarest != unit_term):
            continue
        context = set(terms(story.headline + " " + " ".join(story.places)))
        sentences = story_sentences(story)
        sentence_terms = [set(terms(sentence)) for _, _, sentence in sentences]
        known_names = frozenset(word for _, _, sentence in sentences for word in re.findall(r"\b[A-Z]\w+", sentence[1:]))
        for position, (paragraph, _, sentence) in enumerate(sentences):
            own = sentence_terms[position]
            near = set(context)
            for neighbour in (position - 1, position + 1):
                if 0 <= neighbour < len(sentences) and sentences[neighbour][0] == paragraph:
                    near |= sentence_terms[neighbour]
            covered = sum(weight for term, weight in weights.items() if term in own)
            covered += 0.5 * sum(weight for term, weight in weights.items() if term in near and term not in own)
            if covered <= 0:
                continue
            for candidate in _spans(question, item, rank, paragraph, sentence, sentences, position, weights,
                                    unit_term, known_names):
                extra = weights.get(unit_term, 0.0) if unit_term and unit_term not in own and candidate.figure else 0.0
                candidate.coverage = (covered + extra) / total
                result.append(candidate)
    return result


def _spans(question: Question, item: Found, rank: int, paragraph: int, sentence: str,
           sentences: list[tuple[int, int, str]], position: int, weights: dict[str, float],
           unit_term: str | None, known_names: frozenset[str]) -> list[_Candidate]:
    """Candidate answers of the asked type inside one sentence (or, for quotes, its passage)."""
    def make(answer_text: str, factor: float = 1.0, **extra: object) -> _Candidate:
        return _Candidate(found=item, rank=rank, paragraph=paragraph, sentence=sentence, coverage=0.0,
                          answer=answer_text, span_factor=factor, **extra)  # type: ignore[arg-type]

    question_terms = set(weights)
    if question.kind == "hoeveel":
        return [make(_figure_answer(figure), figure=figure) for figure in item.figures
                if figure.sentence == sentence and _kind_matches(question.unit_kind, figure, question.unit)]
    if question.kind == "wie":
        spans = [span for span in answer_spans.names(sentence, known_names) if not _echo(span.text, question_terms)]
        spans = [_strip_role(span) for span in spans]
        return [make(span.text) for span in _nearest(spans, sentence, question_terms)[:1]]
    if question.kind == "waar":
        spans = [span for span in answer_spans.places(sentence) if not _echo(span.text, question_terms)]
        if spans:
            return [make(span.text) for span in _nearest(spans, sentence, question_terms)[:1]]
        places = [place.title() for place in item.story.places if not _echo(place, question_terms)]
        return [make(places[0], 0.6)] if places and position == 0 else []
    if question.kind == "wanneer":
        spans = [span for span in answer_spans.times(sentence) if not _echo(span.text, question_terms)]
        return [make(span.text) for span in _nearest(spans, sentence, question_terms)[:1]]
    if question.kind == "waarom":
        window = [sentence]
        if position + 1 < len(sentences) and sentences[position + 1][0] == paragraph:
            window.append(sentences[position + 1][2])
        for index, text in enumerate(window):
            spans = answer_spans.reasons(text)
            if spans:
                quote = " ".join(window[:index + 1])
                return [make(spans[0].text, 1.0 if index == 0 else 0.85, quote_text=quote)]
        return []
    if question.kind == "wat_zei":
        passage_text = sentence
        if position + 1 < len(sentences) and sentences[position + 1][0] == paragraph:
            passage_text = sentence + " " + sentences[position + 1][2]
        inside = answer_spans.quotations(sentence) or answer_spans.quotations(passage_text)
        if inside:
            quoted = passage_text if inside[0].text not in sentence else sentence
            return [make(inside[0].text, quote_text=quoted)]
        said = re.search(r"\b(?:zei|zegt|zeggen|zeiden|verklaarde|verklaart|stelt|stelde|meldde)\b.*?\bdat\b\s+(.+)",
                         sentence)
        return [make(said.group(1).rstrip(" ."), 0.85)] if said else []
    return [make(sentence, 0.9)]


def _echo(text: str, question_terms: set[str]) -> bool:
    """A span that only repeats the question's own words is not an answer to it."""
    span_terms = set(terms(text))
    return bool(span_terms) and span_terms <= question_terms


def _strip_role(span: answer_spans.Span) -> answer_spans.Span:
    """'NAVO-chef Mark Rutte' -> 'Mark Rutte': a leading role compound is not part of the name."""
    words = span.text.split()
    offset = span.start
    while len(words) > 1 and _ROLE_PART.match(words[0]):
        offset += len(words[0]) + 1
        words.pop(0)
    text = " ".join(words)
    return answer_spans.Span(text, offset, offset + len(text))


def _nearest(spans: list[answer_spans.Span], sentence: str, question_terms: set[str]) -> list[answer_spans.Span]:
    """Spans ordered by distance to the question's words in the sentence (nearest first)."""
    anchors = [match.start() for match in TOKEN.finditer(sentence) if term_for(match.group()) in question_terms]
    if not anchors:
        return spans

    def distance(span: answer_spans.Span) -> int:
        return min(min(abs(span.start - anchor), abs(span.end - anchor)) for anchor in anchors)

    return sorted(spans, key=lambda span: (distance(span), -len(span.text.split())))


def _figure_answer(figure: Figure) -> str:
    """'10.000 militairen', 'tussen 24 en 65 jaar', '3,6 procent' as the article writes the unit."""
    if figure.low is not None and figure.high is not None:
        value = f"{format_number(figure.low)}–{format_number(figure.high)}"
    else:
        value = format_number(figure.value)
    qualifier = f"{figure.qualifier} " if figure.qualifier else ""
    unit = f" {figure.unit}" if figure.unit and figure.unit not in "%" else figure.unit or ""
    return f"{qualifier}{value}{unit}".strip()


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
        if figure.kind != best.figure.kind or any(abs(figure.value - item.value) < 1e-9 for item in shown):
            continue
        shown.append(figure)
    result.figures = shown
    if len(shown) > 1:
        parts = []
        for figure in shown:
            planned = " (gepland)" if figure.modality == "planned" else ""
            parts.append(f"{_figure_label(figure)}: {format_number(figure.value)}{planned}")
        result.disagreement = "; ".join(parts)
