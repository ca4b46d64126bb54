"""Stage 3a: which span of a sentence answers, and whether it fits what is asked.

A sentence of a retrieved story may hold several spans of the asked kind (names, figures, times, places,
quotations); `spans_of_kind` finds them, without the question's own names, and `nearest` chooses the one shown:
of the asked measure, of its substance as well as its form (`misfit`), counting what "hoeveel" counts, naming the
asked kind of thing, after the preposition the question word goes with, and nearest to the word asked about.
`candidates` reads every sentence of every story with it and weighs what it chose.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from index.analysis import TOKEN, fold, term_for, terms
from index.answers import spans
from index.answers.question import Question, Word
from index.figures import modality, word_value
from index.models import NOT_YET

#: The most words a title in quotation marks has ('Als het avond is'); a longer quotation is a statement.
TITLE_WORDS = 8
#: Spans further than this many tokens from every question word count as far.
FAR = 30


def spans_of_kind(question: Question, sentence: str, names: set[str], year: int | None) -> list[spans.Span]:
    """The spans of the asked kind in a sentence of a story of `year`; names the question itself has are no
    answer; a time in the direction the question asks for goes before one in the other ('op zaterdag 4 mei'
    before 'in 1976' for "wanneer wordt het monument onthuld"). A sentence that only names the news's source,
    with none of the question's words ("Dat meldt de Japanse publieke omroep NHK."), has none: "who killed Shinzo
    Abe" is no question about NHK. It has them for a question about who said or reported something, and for a
    "wat" question, which the sentence itself answers (`assemble._shown`): its confidence was fitted with such
    names beside it ("wat kreeg de moordenaar van Shinzo Abe": 86 % with 'NHK' beside the sentence, 26 % without)."""
    kind = question.kind
    if not question.about_source and kind != "wat" and spans.attributes(sentence) and names.isdisjoint(
            terms(sentence)):
        return []
    if question.describe:  # the role it is named with ("De Israëlische premier Benjamin Netanyahu" for "wie is
        # Netanyahu?"), the name with more of it ("President Volodymyr Zelensky" for "wie is Zelensky?")
        asked = question.name_terms or names  # all of it: "Rein Jan Hoekstra" is no one "wie is Jan Dekker?" asks
        return [found for span in spans.names(sentence) if asked <= set(terms(span.text))
                for found in spans.descriptions(sentence, span, asked)]
    if kind == "hoeveel" and question.measure == "rank":
        return spans.ordinals(sentence)
    if kind == "hoeveel":
        found = spans.numbers(sentence)
        if question.measure == "frequency":  # '624 keer' before its '624'
            found = spans.frequencies(sentence) + found
        if question.measure:
            found = [span for span in found if spans.of_measure(span, question.measure)] or [
                span for span in found if not span.kind]
        return found
    if kind == "wie":
        found = spans.names(sentence)
        if question.titled:  # 'Als het avond is' for "hoe heet dat liedje": a title, not a statement
            found = [quoted for quoted in spans.quotations(sentence) if len(quoted.text.split()) <= TITLE_WORDS] + found
    elif kind == "waar":
        found = spans.places(sentence) or spans.names(sentence)
    elif kind == "wanneer":
        found = spans.times(sentence)
        if question.measure:  # a time of day for "hoe laat", a year for "welk jaar", if the sentence has one
            found = [span for span in found if spans.of_measure(span, question.measure)] or found
        found = [span for span in found if not _wrong_way(question, span, year)] or found
    elif kind == "waarom":
        found = spans.reasons(sentence)
    elif kind == "wat_zei":
        found = spans.quotations(sentence)
    else:  # "welke eretitel", "van welk merk": often a name or a title in quotation marks
        found = spans.quotations(sentence) + spans.names(sentence)
    if kind in {"wie", "waar", "wat"}:  # a name the question has is its topic, not its answer …
        # … unless it holds the kind of thing asked for: 'Haga Ziekenhuis' for "which hospital"
        kept = []
        for span in found:
            trimmed = _past_question_words(span, names, sentence)
            if _of_kind(trimmed, question) or not _names_asked(trimmed.text, names, question):
                kept.append(trimmed)
        found = kept
    return found


#: A name this long or longer one letter off a name of the question is that name misspelled, in the question or
#: in the article ('Kellog' for "Kellogg"): the question's topic, not its answer.
MISSPELLED_NAME = 5


#: A one-word span whose first this many letters or more begin a word of the question, and which is that word but
#: for at most DERIVED_REST letters more or less, is that word in another form: 'Kazachs' for "Kazachstan",
#: 'Nederlander' for "Nederlandse", the question's topic, not its answer.
DERIVED_STEM = 6
DERIVED_REST = 3


def _derived(term: str, names: set[str]) -> bool:
    """`term` is one of `names` in another form (`DERIVED_STEM`)."""
    def common(name: str) -> int:
        return next((index for index, (one, other) in enumerate(zip(term, name, strict=False)) if one != other),
                    min(len(term), len(name)))

    return len(term) >= DERIVED_STEM and any(
        name[:DERIVED_STEM] == term[:DERIVED_STEM] and common(name) >= min(len(term), len(name)) - DERIVED_REST
        for name in names)


def _names_asked(span: str, names: set[str], question: Question) -> bool:
    """The span has a word of the question or one in another form, is one letter off a name the question has,
    or is a name of the question written out or shortened."""
    span_terms = terms(span)
    if names.intersection(span_terms) or _abbreviates(span, question.asked) or (
            len(span_terms) == 1 and _derived(span_terms[0], names)):
        return True
    return any(len(term) >= MISSPELLED_NAME and len(name) >= MISSPELLED_NAME
               and DamerauLevenshtein.distance(term, name, score_cutoff=1) <= 1
               for term in span_terms for name in question.name_terms)


#: A name shortened to its capitals ('AFM', 'NVWA').
_ABBREVIATION = re.compile(r"\b[A-ZÀ-Þ]{2,6}\b")


def _initials(name: str) -> str:
    """The capitals a name is shortened to: 'Autoriteit Financiële Markten' -> AFM (its small words left out)."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


@lru_cache(maxsize=256)
def _shortenings(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """The question's names (`spans.names`) shortened to their capitals, and the shortened names it writes: read
    once per question, not for every span of every sentence."""
    return frozenset(_initials(span.text) for span in spans.names(question)), frozenset(_ABBREVIATION.findall(question))


def _abbreviates(span: str, question: str) -> bool:
    """The span is a name the question writes shortened ('Autoriteit Financiële Markten' for "de AFM"), or a
    shortening of a name the question writes out ('AFM' for "de Autoriteit Financiële Markten"): its topic."""
    written_out, shortened = _shortenings(question)
    return span in written_out if _ABBREVIATION.fullmatch(span) else _initials(span) in shortened


def _past_question_words(span: spans.Span, names: set[str], sentence: str) -> spans.Span:
    """The name without the question's words leading it: at the sentence's start, whose first word is
    capitalised, a role the question names runs into the name ('Interim-trainer Ron de Groot' for "wie is
    die interim-trainer": Ron de Groot; 'Premier Mark Rutte' for "wie is de premier"). Elsewhere a capital
    is the name's own ('Tefaf Maastricht' is no 'Maastricht'), unless a full name of two words or more
    follows ('Rutte het Zeeuwse Statenlid Johan Robesin' for "hoe heette dat Zeeuwse Statenlid van Rutte": the
    words between names, such as 'het', go with the question's words before them)."""
    words = span.text.split(" ")
    start, kept = span.start, 1 if spans.opens_sentence(sentence, span.start) else 2
    while len(words) > kept and (set(terms(words[0])) <= names if terms(words[0]) else
                                 words[0].lower() in spans.PARTICLES):  # not 'voor' of 'Forum voor Democratie'
        start += len(words.pop(0)) + 1
    if start == span.start or not words[0][0].isupper():
        return span
    return spans.Span(" ".join(words), start, span.end, span.kind)


def _wrong_way(question: Question, span: spans.Span, year: int | None) -> bool:
    """A time in the other direction than the question's tense asks for, from a story of `year`."""
    return bool(question.tense) and spans.direction(span, year) not in {"", question.tense}


#: Articles, which name no thing: 'de Fransman' is no name of a Fransman.
_ARTICLE = re.compile(r"\b(?:de|het|een|the|an?)\b")


def _of_kind(span: spans.Span, question: Question) -> bool:
    """The span holds the noun the question names the asked kind of thing by, and names one ('Kromme Rijnpark'
    for "welk park", 'Haga Ziekenhuis' for "which hospital"; not 'Fransman' for "hoe heet de Fransman")."""
    text = fold(span.text)
    return any(noun in text and re.search(r"\w", _ARTICLE.sub("", text.replace(noun, " ")))
               for noun in question.kind_nouns)


def _names_kind(span: spans.Span, question: Question, sentence: str) -> bool:
    """The span holds the asked kind's noun (`_of_kind`) or follows it as the name of what it names
    ('shoarmazaak El Aviva' for "welke zaak", 'ziekenhuis Rijnstate' for "welk ziekenhuis")."""
    before = fold(sentence[:span.start]).split()[-1:]
    return _of_kind(span, question) or any(before[0].endswith(noun) for noun in question.kind_nouns if before)


def _positions(sentence: str, matched: set[str]) -> list[int]:
    """Character offsets of the sentence's tokens that are question words."""
    return [match.start() for match in TOKEN.finditer(sentence) if term_for(match.group()) in matched]


#: How many characters before a span its preposition is looked for in (two words).
_REACH = 60


def _introduced(span: spans.Span, sentence: str, preposition: str) -> bool:
    """The span opens with the preposition ('in 1936') or follows it, at most one word between ('op veertienjarige
    leeftijd', 'tot medio 2022')."""
    before = fold(sentence[max(0, span.start - _REACH):span.start]).split()[-2:]  # not all the sentence, per span
    return fold(span.text).startswith(preposition + " ") or preposition in before


def _aside(span: spans.Span, sentence: str) -> bool:
    """A span in parentheses is an aside ('Ron König (D66)', 'Pell (77)'), not what the sentence says."""
    return sentence[:span.start].rstrip().endswith("(") and sentence[span.end:].lstrip().startswith(")")


def nearest(found: list[spans.Span], sentence: str, matched: set[str], focused: set[str],
             question: Question, year: int | None) -> tuple[spans.Span | None, float, float]:
    """The span nearest to the question's words in the sentence, and that distance in words, and its
    distance to the word the question asks about (`focused`: its forms in the story; "welk lied": 'zong het
    lied Amazing Grace', not the neighbourhood named before it); spans of the asked measure first, then those
    with the asked kind's substance as well as its form (`misfit`: 'ruim 10.000 aanhangers', not 'minder dan
    een dag', for "hoeveel fans"), then those not counting another of the question's nouns than the one asked
    (`_counts_other`), then those naming the asked kind of thing ('Kromme Rijnpark' for "welk park",
    'shoarmazaak El Aviva' for "welke zaak"), then a title in quotation marks for "hoe heet dat liedje", then
    those after the preposition the question word goes with (`_introduced`: 'als zestiende' for "als
    hoeveelste", not 'de tweede halve finale'), asides last (unless the question asks for an age, which news puts
    there), then the nearest to the word asked about, then to any of the question's words."""
    if not found:
        return None, float(FAR), float(FAR)
    anchors, focus_anchors = _positions(sentence, matched), _positions(sentence, focused)

    def order(span: spans.Span) -> tuple[bool, bool, bool, bool, bool, bool, bool, float, float, int]:
        return (bool(question.measure) and not spans.of_measure(span, question.measure),
                misfit(question, span, year, sentence), _counts_other(question, span),
                bool(question.kind_nouns) and not _names_kind(span, question, sentence),
                question.titled and not spans.in_quotes(sentence, span),
                question.preposition is not None and not _introduced(span, sentence, question.preposition),
                question.measure != "age" and _aside(span, sentence), word_distance(span, sentence, focus_anchors),
                word_distance(span, sentence, anchors), span.start)

    best = min(found, key=order)
    return best, word_distance(best, sentence, anchors), word_distance(best, sentence, focus_anchors)


def word_distance(span: spans.Span, text: str, anchors: list[int]) -> float:
    """Words from the span to the nearest anchor (the offset of a question word in the text, in order), at most
    FAR: 1 when they stand side by side, whatever the span's own length. Only the anchors right before and right
    after the span can be nearest: counting to every anchor from every span took minutes for a sentence of
    thousands of figures."""
    first = bisect_left(anchors, span.start)
    if first < len(anchors) and anchors[first] < span.end:
        return 1.0  # a question word within the span
    after = bisect_left(anchors, span.end)
    words = [len(text[span.end:anchors[after]].split())] if after < len(anchors) else []
    if first:
        words.append(len(text[anchors[first - 1]:span.start].split()) - 1)  # the anchor's own word is not between
    return float(min(FAR, 1 + min(words))) if words else float(FAR)


#: Figures of time a count does not ask for ("acht jaar" for "hoeveel calorieën").
_TIME_FIGURES = frozenset({"duration", "age"})


def _restates(question: Question, span: spans.Span) -> bool:
    """A figure or time that only says again what the question says: "3" for "hoeveel toetsen in havo 3",
    "in 2018" for "hoeveel kostte het in 2018"; but not one of the figures it offers to choose from ('1500
    soldaten' for "hoeveel soldaten, 1500 of 10000?")."""
    span_terms = terms(span.text)
    return bool(span_terms) and all(term in question.terms for term in span_terms) and question.offered.isdisjoint(
        span_terms)


def _counts_other(question: Question, span: spans.Span) -> bool:
    """For "hoeveel X …", a figure counting another noun of the question than X: '400 kinderen' for "hoeveel punten
    gaven die kinderen", 'twee kleine speedboten' for "hoeveel Nederlanders zaten in die twee speedbootjes". The
    question names that count as its topic; the figure beside it in the sentence ('een 8,8', 'zeventien
    Nederlanders') is the one asked for."""
    if question.kind != "hoeveel" or not question.counting:
        return False
    def terms_of(words: list[Word]) -> set[str]:
        return {term for word in words for form in word.forms for term in terms(form)}

    counted = terms_of([question.words[index] for index in question.counting])
    other = terms_of([word for index, word in enumerate(question.words) if index not in question.counting
                      and not word.text[:1].isdigit() and word_value(word.text.lower()) is None])  # not "drie of vier"
    figure = set(terms(span.text))
    return figure.isdisjoint(counted) and not figure.isdisjoint(other)


def misfit(question: Question, span: spans.Span | None, year: int | None, sentence: str) -> bool:
    """The span (in `sentence`) has the asked kind's form but not its substance: a duration or an age for a
    count ("acht jaar" for calories), a figure of what is planned or demanded for one of what happened ("van
    plan 12.000 soldaten in te zetten" for "hoeveel soldaten heeft Noord-Korea gestuurd", "vier jaar cel
    geëist" for "welke straf kreeg hij"), a place for someone or for the thing a "welke" question names ("uit
    Best", "uit de buurt van Kaiserslautern" for "hoe heette die tuinman", "uit Den Haag" for "van welk
    uiltje") unless the question names a kind of place ("hoe heet het dorp"), a capitalised word that no
    preposition introduces as a place for "waar" ("slechte Engels"), a date for "hoe laat", a figure or time
    the question states itself (`_restates`), a time before the story's for what is still to come
    ("gisteren", "in 1976" for "wanneer wordt het monument onthuld") or after it for what happened. The model
    weighs it; nothing is ruled out by it."""
    if span is None:
        return False
    if question.kind in {"hoeveel", "wanneer"} and _restates(question, span):
        return True
    if question.kind == "hoeveel":
        return (span.kind in _TIME_FIGURES and question.measure not in _TIME_FIGURES) or (
            question.tense == "past" and modality(sentence) in NOT_YET)
    if question.kind == "wanneer":
        return (question.measure is not None and not spans.of_measure(span, question.measure)) or _wrong_way(
            question, span, year)
    if question.kind == "wie" or (question.kind == "wat" and question.kind_nouns):
        # … but a name the sentence writes after the asked kind's noun is one of that kind, whatever preposition
        # goes before: 'El Aviva' in "Bij de Rotterdamse shoarmazaak El Aviva" for "welke rotterdamse zaak"
        return span.kind == "place" and not _names_kind(span, question, sentence) and not any(
            form in spans.PLACE_NOUNS for word in question.words for form in word.forms)
    return question.kind == "waar" and span.kind != "place"
