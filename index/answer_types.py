"""The rules that find an answer of the asked type in one sentence, per question type.

`sentence_candidates` hands a sentence that passed the guards to the rule for the question's type:
hoeveel takes a figure counting what was asked (of the asked time, not placed elsewhere), wie a name next
to the role noun that is not the question's own, waar a place, wanneer a date in the question's tense
(relative ones with the date they mean), waarom a cause ("Daarom …" takes the sentence before), wat zei a
quotation attributed to the speaker, wat the whole sentence. Each candidate carries a span factor: the
weaker the kind of span, the lower the confidence. The spans themselves are found by `answer_spans`;
the rules here choose among them for a question.
"""

from __future__ import annotations

import re
from datetime import datetime

from index import answer_spans
from index.analysis import TOKEN, fold, term_for, terms
from index.figures import KIND_LABELS, MONTH_NAMES
from index.models import Figure
from index.question_reading import YEAR, Question
from index.sentence_context import Candidate, SentenceView, head_positions
from index.times import TIME_REFERENCE, as_aware, resolve_reference
from index.word_forms import match_strength, soft_match

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
#: Figure kinds that count the same thing (the injured are people; euros are money).
COMPATIBLE_KINDS = ({"people", "injured", "deaths", "rescued"}, {"money-eur", "money-usd", "money-gbp", "money"})
#: "… in Duitsland" right after a figure: where it was counted.
_PLACED = re.compile(r"^\s+in\s+(?:de\s+|het\s+)?([A-ZÀ-Þ][\w\-]*(?:\s+[A-ZÀ-Þ][\w\-]*)*)")
#: A role compound before a name ('NAVO-chef Mark Rutte').
_ROLE_PART = re.compile(r"^[\w]+-[a-zà-ÿ]{4,}$")
#: "Daarom …": the reason is the sentence before.
_THEREFORE = re.compile(r"^\W*(?:daarom|daardoor|om\s+die\s+reden)\b", re.IGNORECASE)
#: "zei dat …": indirect speech, the statement after "dat".
_SAID_THAT = re.compile(r"\b(?:zei|zegt|zeggen|zeiden|verklaarde|verklaart|stelt|stelde|meldde)\b.*?\bdat\b\s+(.+)")
#: "Wat is/was de uitslag …": the noun asked for must be in or around the answering sentence.
_COPULAR_HEAD = re.compile(r"^\s*wat\s+(?:is|was|wordt|werd|zijn|waren)\s+(?:de|het)\s+(\w+)", re.IGNORECASE)
#: A time that names its date (a day number or a month), not only a day or "gisteren".
_DATED = re.compile(r"\d|" + "|".join(MONTH_NAMES), re.IGNORECASE)
#: "Op welke dag", "in welk jaar": how fine a time the question asks for, and what names a day.
_ASKS_DAY = re.compile(r"\bwelke\s+(?:dag|dagen|datum)\b", re.IGNORECASE)
_ASKS_YEAR = re.compile(r"\bwelk\s+jaar\b", re.IGNORECASE)
_NAMES_DAY = re.compile(r"\b\d{1,2}\s+(?:" + "|".join(name[:3] for name in MONTH_NAMES)
                        + r")|dag\b|dagen\b|gisteren|vandaag|morgen|nacht", re.IGNORECASE)


# -- spans per question type ----------------------------------------------------------------------


def sentence_candidates(question: Question, where: SentenceView, weights: dict[str, float]) -> list[Candidate]:
    """Candidate answers of the asked type inside one sentence (or, for quotes, its passage)."""
    finder = {"hoeveel": _count_spans, "wie": _who_spans, "waar": _where_spans, "wanneer": _when_spans,
              "waarom": _why_spans, "wat_zei": _said_spans}.get(question.kind, _what_spans)
    return finder(question, where, weights)


def _make(where: SentenceView, answer_text: str, factor: float = 1.0, **extra: object) -> Candidate:
    """A candidate from this sentence; its coverage is filled in by the caller."""
    return Candidate(found=where.story.found, rank=where.story.rank, paragraph=where.paragraph,
                     sentence=where.text, coverage=0.0, answer=answer_text, span_factor=factor,
                     **extra)  # type: ignore[arg-type]


def _count_spans(question: Question, where: SentenceView, weights: dict[str, float]) -> list[Candidate]:
    """Figures of the sentence that count what was asked (or ordinals for 'de hoeveelste')."""
    if question.unit_kind == "ordinal":
        spans = answer_spans.ordinals(where.text)
        return [_make(where, span.text) for span in _nearest(spans, where.text, _anchor_terms(question, weights))[:1]]
    result = []
    published = where.story.found.story.published
    for figure in where.story.found.figures:
        if figure.sentence != where.text:
            continue
        factor = figure_factor(question, figure, where)
        if not factor or _contradicts_place(question, figure):
            continue
        if (figure.modality == "planned") != question.planned:
            factor *= MODALITY_MISMATCH
        preferred = _same_time(question, figure, published)
        result.append(_make(where, figure.text, factor, figure=figure, preferred=preferred))
    return _nearest_figures(result, question, where, weights)


def _nearest_figures(found: list[Candidate], question: Question, where: SentenceView,
                     weights: dict[str, float]) -> list[Candidate]:
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


def figure_factor(question: Question, figure: Figure, where: SentenceView | None) -> float:
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
    if figure.kind == wanted or any(wanted in family and figure.kind in family for family in COMPATIBLE_KINDS):
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


def _who_spans(question: Question, where: SentenceView, weights: dict[str, float]) -> list[Candidate]:
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


def _where_spans(question: Question, where: SentenceView, weights: dict[str, float]) -> list[Candidate]:
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


def _when_spans(question: Question, where: SentenceView, weights: dict[str, float]) -> list[Candidate]:
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
        return bool(YEAR.search(span.text))
    return True


def _in_tense(span: answer_spans.Span, tense: str | None, published: datetime | None) -> bool:
    """A time a question in the future ('wanneer gaat …') can be answered with: not 'gisteren', not a
    year before the story; and the other way round for a question in the past."""
    if tense is None:
        return True
    if span.kind:
        return span.kind == tense
    year = YEAR.search(span.text)
    if year is None or published is None:
        return True
    return int(year.group()) >= published.year if tense == "future" else int(year.group()) <= published.year


def _why_spans(question: Question, where: SentenceView, weights: dict[str, float]) -> list[Candidate]:
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


def _said_spans(question: Question, where: SentenceView, weights: dict[str, float]) -> list[Candidate]:
    """A quotation in the sentence or the next one (else 'zei dat …'), attributed to the speaker asked
    about when the question names one."""
    sentence = where.text
    following = where.neighbour(1)
    passage = sentence if following is None else f"{sentence} {where.story.sentences[following][2]}"
    window = where.terms | where.around_terms()
    factor = 1.0
    if question.speaker and not any(match_strength(where.story.matches.get(term, {}), window)
                                    for term in question.speaker):
        factor = SPEAKER_MISSING
    inside = answer_spans.quotations(sentence) or answer_spans.quotations(passage)
    if inside:
        quoted = passage if inside[0].text not in sentence else sentence
        return [_make(where, inside[0].text, factor, quote_text=quoted)]
    said = _SAID_THAT.search(sentence)
    return [_make(where, said.group(1).rstrip(" ."), INDIRECT_SPEECH * factor)] if said else []


def _what_spans(question: Question, where: SentenceView, weights: dict[str, float]) -> list[Candidate]:
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


def _has_verb(question: Question, where: SentenceView) -> bool:
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


def _beside(spans: list[answer_spans.Span], sentence: str, question: Question) -> list[answer_spans.Span]:
    """Spans that hold the role or place noun ('De Volkskrant' for 'krant'), stand right after it
    ('premier Scott Morrison', 'minister van Justitie Pam Bondi', 'de stad Shiraz') or right before it
    after a comma ('Abdelkader Bensalah, de voorzitter'); for 'hoe heet …' also after 'heet'."""
    head_term = term_for(question.head) if question.head else None
    if head_term is None:
        return []
    positions = head_positions(sentence, question)
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
        month = next((name for name in MONTH_NAMES if name in lowered), None)
        return f"{span.text} ({month} {shifted})" if month else f"{span.text} ({shifted})"
    if not TIME_REFERENCE.fullmatch(span.text):
        return span.text
    moment = resolve_reference(span.text, published)
    if moment is None:
        return span.text
    return f"{span.text} ({moment.day} {MONTH_NAMES[moment.month - 1]} {moment.year})"
