"""Stage 3: the sentences of the retrieved stories as candidate answers, with their evidence.

A candidate is one sentence that has some of the question's words, or that has a span of the asked kind
while its neighbour has the words (it is then quoted with that neighbour); its neighbours and the headline
are its context. It carries the span of the asked kind in it (or in a neighbour) that lies nearest to the
question's words, if any, and the signals the model weighs (`features.CANDIDATE`): how much of the
question's weight the sentence, its context and its story cover, and how much beyond the story's headline
and lead; whether the question's heaviest word and its names are there; the story's search score; whether
a span of the asked kind, measure and unit is there and how far it is from the question's words; each of
these also against the question's best sentence and against the best sentence of the same story.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from index.analysis import TOKEN, fold, term_for, terms
from index.answers import spans
from index.answers.forms import Vocabulary, matching_terms
from index.answers.question import Question, written_before
from index.answers.retrieve import Group, Retrieved
from index.answers.span_choice import FAR, misfit, nearest, spans_of_kind
from index.models import Story
from index.passages import story_sentences
from index.search import Found

#: Sentences shorter than this many characters (a stray "Foto ANP.") are no answer.
MIN_SENTENCE = 20
#: BM25's standard parameters (Robertson and Zaragoza), not tuned here.
BM25_K1, BM25_B = 1.2, 0.75
#: Other stories stating the same span at which agreement counts fully.
AGREEING = 3
#: A quotation answer's quote goes on with at most this many sentences in which the speaker goes on
#: (`assemble._statement`), and the quotations that near the best one back it (`features.decision_vector`).
STATEMENT = 3


#: A word written in parts joined by hyphens ("Noord-Korea", "Zuid-Holland", "oud-premier"). It starts only where
#: a run of letters starts and gives no letter back, so a long run of letters is read once (tried from each of
#: its letters, 10,000 letters took 1.7 s: docs/performance.md).
_HYPHENATED = re.compile(r"(?<![^\W\d_])[^\W\d_]++(?:-[^\W\d_]++)+")


#: Finds the spans of the asked kind in a sentence.
Finder = Callable[[str], list[spans.Span]]


@dataclass(slots=True)
class Candidate:
    found: Found
    rank: int
    position: int  # sentence index in the story
    sentence: str
    span: spans.Span | None
    features: dict[str, float] = field(default_factory=dict)
    passage: str = ""  # the verbatim quote: the sentence, with its neighbour when the span is there
    probability: float = 0.0
    lexical: float = 0.0  # the lexical rank model's probability (`probability` after the re-rank may differ)

    @property
    def story(self) -> Story:
        return self.found.story

    @property
    def quoted(self) -> str:
        """What the candidate quotes, its spacing made single: two sentences of a story can give the same
        passage, and two papers' copies of an article the same sentence."""
        return " ".join((self.passage or self.sentence).split())


#: Another report of the answer is looked for among candidates at least this share as likely as the best, by the
#: lexical rank model (the one probability every candidate has: the re-rank re-scores only the first few).
FIGURE_SHARE = 0.3
#: … and for a question comparing reports, whose other reports' sentences rank lower, among candidates at least
#: this share as likely: without it, the first figure of every loosely related story found (another sector's
#: sick leave, another fund's millions) took the places of the second figure of a report on the topic. Chosen
#: on the 54 comparison questions of the read sets (forced right: 42 with no limit, 43 at 0.02, 42 at 0.03 and
#: 0.05, 41 at 0.07 and 0.1, 39 at 0.2, 37 at 0.3).
COMPARE_SHARE = 0.02


def report_share(question: Question) -> float:
    """How likely by its words, against the best candidate, a candidate must be to give another report's figure."""
    return COMPARE_SHARE if question.comparative else FIGURE_SHARE


def reports_again(question: Question, best: Candidate, candidate: Candidate) -> bool:
    """Whether the candidate's span may report the best one's answer again, as the answer lists other reports'
    figures (`assemble`) and as the confidence counts them (a report of the same quantity is no rival answer):
    it has a span that fits the question (a plan is no report of how many were sent: `span_choice.misfit`), is at
    least FIGURE_SHARE as likely by its words (COMPARE_SHARE for a question comparing reports), and names (with
    its neighbours and headline) what the question names as fully as the best one does (an amount of another
    company's fine is no other report of ING's; a comparison's reports are each asked about, named or not). What
    the span must count is the caller's: a figure of the same kind."""
    return (candidate.span is not None and not candidate.features["span_misfit"]
            and candidate.lexical >= report_share(question) * best.lexical
            and (question.comparative or candidate.features["names_near"] >= best.features["names_near"]))


def _beside(count: int, position: int, after_first: bool = False) -> list[int]:
    """The sentences next to sentence `position` of `count`: the one before first (or the one after)."""
    order = (position + 1, position - 1) if after_first else (position - 1, position + 1)
    return [index for index in order if 0 <= index < count]


def _two_sentences(story: Story, sentences: list[tuple[int, int, str]], one: int, other: int) -> str:
    """Two neighbouring sentences as they stand in the story: a slice of their paragraph, or the two
    paragraphs' sentences joined by a space."""
    first, last = sorted((one, other))
    if sentences[first][0] != sentences[last][0]:
        return f"{sentences[first][2]} {sentences[last][2]}"
    whole = story.paragraphs[sentences[first][0]]
    start = whole.find(sentences[first][2])
    end = whole.find(sentences[last][2], max(start, 0)) + len(sentences[last][2])
    return whole[start:end] if 0 <= start < end else f"{sentences[first][2]} {sentences[last][2]}"


def quotable_passages(story: Story) -> list[str]:
    """Every passage a candidate of this story can quote: each sentence long enough to answer, and each two
    neighbouring sentences of which one is (a sentence quoted with its neighbour), as `read_candidates`
    quotes them."""
    sentences = story_sentences(story)
    result = []
    for position, (_, _, text) in enumerate(sentences):
        if len(text) >= MIN_SENTENCE:
            result.append(text)
        if position + 1 < len(sentences) and max(len(text), len(sentences[position + 1][2])) >= MIN_SENTENCE:
            result.append(_two_sentences(story, sentences, position, position + 1))
    return result


def _span_beside(find: Finder, story: Story, sentences: list[tuple[int, int, str]],
                 position: int, question: Question, year: int | None) -> tuple[spans.Span | None, str]:
    """A span of the asked kind in the next or the previous sentence (the speaker named before a
    quotation, the figure after the lead that names what is counted), and the two sentences: the next one's
    unless only the previous one's has the asked kind's substance (`misfit`: "183 toetsen." before "Het
    record staat op naam van havo 3." for "hoeveel toetsen per jaar in havo 3")."""
    first: tuple[int, spans.Span] | None = None
    for neighbour in _beside(len(sentences), position, after_first=True):
        if found := find(sentences[neighbour][2]):
            first = first or (neighbour, found[0])
            if not misfit(question, found[0], year, sentences[neighbour][2]):
                first = neighbour, found[0]
                break
    if first is None:
        return None, sentences[position][2]
    neighbour, span = first
    passage = _two_sentences(story, sentences, position, neighbour)
    return _in_passage([span], sentences[neighbour][2], passage)[0], passage


def _reason_before(story: Story, sentences: list[tuple[int, int, str]], position: int) -> tuple[spans.Span, str]:
    """The sentence before as the reason of one that points back to it ("Assange stelde dat hij journalistiek
    bedreef. Daarom wil hij niet vrijwillig naar de VS."), and the two sentences."""
    before = sentences[position - 1][2].rstrip(" .!?")
    passage = _two_sentences(story, sentences, position, position - 1)
    start = max(0, passage.find(before))
    return spans.Span(before, start, start + len(before), "cause"), passage


def _in_passage(found: list[spans.Span], sentence: str, passage: str) -> list[spans.Span]:
    """Spans found in `sentence`, with their places counted in the `passage` that quotes it with a neighbour."""
    offset = max(0, passage.find(sentence))
    return [spans.Span(span.text, span.start + offset, span.end + offset, span.kind) for span in found]


def _with_speaker(story: Story, sentences: list[tuple[int, int, str]], owns: list[list[float]],
                  name_groups: list[int], position: int) -> str:
    """A quotation whose speaker the question names, quoted with the sentence before or after it that names
    them when it does not itself (',,…'', zegt PvdA-Kamerlid Lilianne Ploumen. ,,Ik ben bang dat …''):
    who said it is part of the answer."""
    if not name_groups or any(owns[position][index] for index in name_groups):
        return sentences[position][2]
    for neighbour in _beside(len(sentences), position):
        if any(owns[neighbour][index] for index in name_groups):
            return _two_sentences(story, sentences, position, neighbour)
    return sentences[position][2]


def _quotation_on(story: Story, sentences: list[tuple[int, int, str]], position: int,
                  span: spans.Span) -> tuple[spans.Span, str]:
    """A sentence holding part of a quotation over two sentences, quoted with the neighbour the quotation goes
    on into, and the whole quotation as the span: what was said, not half of it ("'Ik ben verheugd … gaat
    overnemen. Ik heb er vertrouwen in dat hij het geweldig gaat doen!'"). The sentence and its span alone
    when its quotations are whole."""
    way = spans.goes_on(sentences[position][2])
    neighbour = position + 1 if way == "next" else position - 1 if way == "previous" else -1
    if not 0 <= neighbour < len(sentences):
        return span, sentences[position][2]
    passage = _two_sentences(story, sentences, position, neighbour)
    return next((whole for whole in spans.quotations(passage) if span.text in whole.text), span), passage


def _context(find: Finder, story: Story, sentences: list[tuple[int, int, str]], position: int,
             weights: list[float]) -> tuple[list[spans.Span], str, int] | None:
    """For a sentence without the question's words: its spans of the asked kind when a neighbour has
    the words ('Hoeveel migranten kaapten het schip?' — lead: 'Migranten hebben een schip gekaapt.',
    next: 'Het gaat om 108 mannen.'), the two sentences, and where the sentence starts in them."""
    neighbours = [index for index in _beside(len(sentences), position) if weights[index]]
    if not neighbours:  # first: most sentences have no neighbour with the words, and finding spans costs more
        return None
    found = find(sentences[position][2])
    if not found:
        return None
    neighbour = max(neighbours, key=lambda index: weights[index])
    passage = _two_sentences(story, sentences, position, neighbour)
    return _in_passage(found, sentences[position][2], passage), passage, neighbour


def _bm25(weight: float, length: int, average: float) -> float:
    """BM25's length normalisation of the matched weight (each word counted once), with the usual
    k1 = 1.2 and b = 0.75: a short sentence holding the question's words beats a long one."""
    return weight * (BM25_K1 + 1) / (1 + BM25_K1 * (1 - BM25_B + BM25_B * length / max(average, 1.0)))


def _unit_match(span: spans.Span, matches: list[dict[str, float]], counted: set[str]) -> float:
    """A number's unit is one of the question's words ('vijftien patiënten' for 'hoeveel patiënten'), or
    counts the same kind of thing ('10.000 militairen' for 'hoeveel soldaten')."""
    if span.kind and span.kind in counted:
        return 1.0
    words = [term for word in TOKEN.findall(span.text) if (term := term_for(word)) and not word[0].isdigit()]
    return max((match.get(word, 0.0) for match in matches for word in words), default=0.0)


@dataclass(frozen=True, slots=True)
class _Read:
    """What a story's text gives every question: its sentences, their index terms, the headline's terms,
    all of them, and all of them bucketed for soft matching; and the words written in hyphenated parts in each
    sentence and in the headline, as their parts' terms (`_other_names`)."""

    sentences: list[tuple[int, int, str]]
    terms: list[frozenset[str]]
    headline: frozenset[str]
    vocabulary: frozenset[str]
    buckets: Vocabulary
    hyphenated: list[frozenset[tuple[str, ...]]]
    headline_hyphenated: frozenset[tuple[str, ...]]


#: Stories read recently (a popular story answers many questions); keyed by id and content hash, so a
#: story changed by a reindex is read again.
_READS: OrderedDict[tuple[str, str], _Read] = OrderedDict()
_READS_KEPT = 2048
_READS_LOCK = threading.Lock()


def _read(story: Story) -> _Read:
    """The story's sentences and terms, from the cache while it stays in use."""
    key = (story.story_id, story.content_hash)
    with _READS_LOCK:
        if story.content_hash and key in _READS:
            _READS.move_to_end(key)
            return _READS[key]
    sentences = story_sentences(story)
    sentence_terms = [frozenset(terms(text)) for _, _, text in sentences]
    headline = frozenset(terms(story.headline))
    vocabulary = headline.union(*sentence_terms)
    read = _Read(sentences, sentence_terms, headline, vocabulary, Vocabulary(vocabulary),
                 [hyphenated_words(text) for _, _, text in sentences], hyphenated_words(story.headline))
    if story.content_hash:
        with _READS_LOCK:
            _READS[key] = read
            while len(_READS) > _READS_KEPT:
                _READS.popitem(last=False)
    return read


def sentences_of(story: Story) -> list[tuple[int, int, str]]:
    """The story's sentences as its candidates were read (`Candidate.position` counts in them), from the cache."""
    return _read(story).sentences


def hyphenated_words(text: str) -> frozenset[tuple[str, ...]]:
    """The words of a text written in hyphenated parts, each as its parts' terms ("Noord-Korea": noord, korea)."""
    found = (tuple(term for part in word.split("-") if (term := term_for(part))) for word in _HYPHENATED.findall(text))
    return frozenset(parts for parts in found if len(parts) > 1)


def _hyphenated_groups(groups: list[Group]) -> dict[int, tuple[str, ...]]:
    """The question's words written in hyphenated parts, by group: their parts' terms."""
    return {index: parts for index, group in enumerate(groups) for form in group.word.forms
            if len(parts := next(iter(hyphenated_words(form)), ())) > 1}


def _qualified_groups(question: Question, groups: list[Group]) -> list[int]:
    """The question's words that a name right before them says which one is meant of: 'leider' of
    "Noord-Koreaanse leider", 'leader' of "North Korean leader"."""
    words = [group.word for group in groups]
    return [index for index, (before, word) in enumerate(itertools.pairwise(words), start=1)
            if before.name and not word.name and written_before(question, before, word)]


def _other_names(asked: dict[int, tuple[str, ...]], qualified: list[int], matches: list[dict[str, float]],
                 ) -> Callable[[list[float], frozenset[str], frozenset[tuple[str, ...]]], None]:
    """A question's word is not in a sentence that holds it only as part of a hyphenated word naming another
    thing (the index holds such words as their parts, so either part held the whole word):
    - a word written in hyphenated parts (`asked`: `_hyphenated_groups`), in one with its last part and another
      first ("Noord-Korea" and "Noord-Koreaanse" are no "Zuid-Korea", "Oost-Europa" no "West-Europa") or with
      its first part and another last ("NAVO-chef" is no "NAVO-landen");
    - a word a name qualifies (`qualified`: `_qualified_groups`): the "Noord-Koreaanse leider" is no "NAVO-chef"
      or "Hezbollah-leider", whose first part the question has no word for.
    Returns a function that sets such a word's strength to nothing, given a sentence's terms and hyphenated
    words; `matches` are the story's terms standing for each word (`_group_matches`: "koreaan" for "korea")."""
    question_terms = frozenset(term for match in matches for term in match)

    def clear(strengths: list[float], words: frozenset[str], hyphenated: frozenset[tuple[str, ...]]) -> None:
        for index, parts in asked.items():
            if strengths[index] and not words.issuperset(parts) and any(
                    (other[-1] in matches[index]) != (other[:-1] == parts[:-1]) for other in hyphenated):
                strengths[index] = 0.0
        for index in qualified:
            if strengths[index] and any(other[-1] in matches[index] and question_terms.isdisjoint(other[:-1])
                                        for other in hyphenated):
                strengths[index] = 0.0

    return clear


def _group_matches(groups: list[Group], read: _Read) -> list[dict[str, float]]:
    """Per group: the story's terms that stand for it, and how well."""
    result, vocabulary = [], read.vocabulary
    for group in groups:
        matches: dict[str, float] = {}
        for term, strength in group.terms.items():
            if term in vocabulary:
                matches[term] = max(matches.get(term, 0.0), strength)
            if not term[0].isdigit():
                for other, soft in matching_terms(term, read.buckets).items():
                    matches[other] = max(matches.get(other, 0.0), strength * soft)
        result.append(matches)
    return result


#: The shortest compound head that stands for the word asked about ("titel" of "eretitel").
MIN_HEAD = 4


def _heads(group: Group) -> frozenset[str]:
    """What may head the word the question asks about as a compound: every proper ending of its terms of
    MIN_HEAD letters or more (Dutch compounds are right-headed: an 'eretitel' is a 'titel', a 'pretpark' a
    'park'), as a story may name the kind of thing by the head alone ("benoemd tot 'Ere Waegemeester', een
    titel"). Those a story has stand for the word there too; found once per question, not per story."""
    asked = {*group.terms, *(term for form in group.word.forms for term in terms(form))}
    return frozenset(whole[start:] for whole in asked for start in range(1, len(whole) - MIN_HEAD + 1)
                     if not whole[start].isdigit())


def _strengths(matches: list[dict[str, float]]) -> Callable[[frozenset[str]], list[float]]:
    """A function giving, for a set of a story's terms, each group's best match among them."""
    by_term: dict[str, list[tuple[int, float]]] = {}
    for index, match in enumerate(matches):
        for term, strength in match.items():
            by_term.setdefault(term, []).append((index, strength))

    def strengths(words: frozenset[str]) -> list[float]:
        result = [0.0] * len(matches)
        for term in (term for term in by_term if term in words) if len(by_term) < len(words) else words:
            for index, strength in by_term.get(term, ()):
                result[index] = max(result[index], strength)
        return result

    return strengths


def _most(*lists: list[float]) -> list[float]:
    """Per group, the best of several match strengths."""
    return [max(values) for values in zip(*lists, strict=True)]


def read_candidates(question: Question, retrieved: Retrieved, start: int = 0) -> list[Candidate]:
    """The candidate sentences of the stories found from `start` on, with their own signals: those needing the
    stories' closeness in meaning and the other candidates are `finish`'s. Apart, so that the stories the
    words found are read while the question's vector is still being computed (`pipeline.find_candidates`)."""
    groups, total = retrieved.groups, retrieved.total_weight or 1.0
    heaviest = max(range(len(groups)), key=lambda index: groups[index].weight) if groups else None
    name_groups = [index for index, group in enumerate(groups) if group.word.name]
    other_groups = [index for index, group in enumerate(groups) if not group.word.name]
    other_total = sum(groups[index].weight for index in other_groups) or 1.0
    unknown = sum(group.weight for group in groups if not group.known) / total
    question_terms, counted = question.terms, question.counted
    heads = _heads(groups[question.focus]) if question.focus is not None else frozenset()
    asked_parts, qualified = _hyphenated_groups(groups), _qualified_groups(question, groups)
    found_spans: dict[tuple[str, int | None], list[spans.Span]] = {}

    def spans_in(year: int | None) -> Finder:
        def find(text: str) -> list[spans.Span]:
            """The spans of the asked kind in a sentence of a story of `year`, found once per question
            (neighbours ask again)."""
            if (text, year) not in found_spans:
                found_spans[text, year] = spans_of_kind(question, text, question_terms, year)
            return found_spans[text, year]
        return find

    def weighted(strengths: list[float]) -> float:
        """The question's weight that per-group match strengths cover."""
        return sum(group.weight * strength for group, strength in zip(groups, strengths, strict=True))

    result: list[Candidate] = []
    for rank, found in enumerate(retrieved.found[start:], start):
        story = found.story
        year = story.published.year if story.published else None
        find = spans_in(year)
        read = _read(story)
        sentences, sentence_terms, headline, vocabulary = read.sentences, read.terms, read.headline, read.vocabulary
        matches = _group_matches(groups, read)
        focused = set(matches[question.focus]) | (heads & vocabulary) if question.focus is not None else set()
        strengths = _strengths(matches)
        # a figure's unit is what "hoeveel" counts, not another word ('Acht basisscholen' for "hoeveel leerkrachten
        # … op de basisscholen")
        units = [matches[index] for index in question.counting] or matches
        other_names = _other_names(asked_parts, qualified, matches)
        story_cover, headline_cover = strengths(vocabulary), strengths(headline)
        other_names(headline_cover, headline, read.headline_hyphenated)
        owns = [strengths(words) for words in sentence_terms]
        for own, words, hyphenated in zip(owns, sentence_terms, read.hyphenated, strict=True):
            other_names(own, words, hyphenated)
        own_weights = [weighted(own) for own in owns]
        # The story's topic is what its headline and lead say; the question's other words are the detail
        # it asks about, and the sentence that has them is likelier the answer than one restating the topic.
        topic = _most(headline_cover, owns[0]) if owns else headline_cover
        detail_total = weighted([1 - strength for strength in topic])
        asked_figures = {figure.sentence.strip() for figure in found.figures if question.counts(figure)}
        any_figures = {figure.sentence.strip() for figure in found.figures}
        average = sum(len(words) for words in sentence_terms) / max(1, len(sentence_terms))
        for position, (_, _, text) in enumerate(sentences):
            if len(text) < MIN_SENTENCE:
                continue
            own, own_weight = owns[position], own_weights[position]
            near = _most(own, headline_cover, *(owns[neighbour] for neighbour in _beside(len(sentences), position)))
            detail = weighted([strength * (1 - known) for strength, known in zip(own, topic, strict=True)])
            passage, beside, context = text, 0.0, 0.0
            focus_distance = float(FAR)
            if own_weight > 0:
                matched = {term for match in matches for term in match if term in sentence_terms[position]}
                span, distance, focus_distance = nearest(find(text), text, matched, focused, question, year)
                if question.kind == "waarom" and position and spans.reason_before(text) and (
                        span is None or span.kind in {"purpose", "motive"}):
                    # "Daarom wil hij …": what he wants is what the question asks about, the sentence before why
                    span, passage = _reason_before(story, sentences, position)
                    beside, distance, focus_distance = 1.0, float(FAR), float(FAR)
                elif span is None:
                    span, passage = _span_beside(find, story, sentences, position, question, year)
                    beside = 1.0 if span else 0.0
                elif question.kind == "wat_zei":
                    passage = _with_speaker(story, sentences, owns, name_groups, position)
                    if passage == text:
                        span, passage = _quotation_on(story, sentences, position, span)
            else:
                found_context = _context(find, story, sentences, position, own_weights)
                if found_context is None:
                    continue
                shifted, passage, neighbour = found_context
                matched = {term for match in matches for term in match if term in sentence_terms[neighbour]}
                span, distance, focus_distance = nearest(shifted, passage, matched, focused, question, year)
                context = 1.0
            span_words = terms(span.text) if span else []
            novel = sum(word not in question_terms for word in span_words) / len(span_words) if span_words else 0.0
            unit = _unit_match(span, units, counted) if span and question.kind == "hoeveel" else 0.0
            measure = float(span is not None and spans.of_measure(span, question.measure))
            focus = own[question.focus] if question.focus is not None else 0.0
            features = {
                "cover_own": own_weight / total,
                "cover_near": weighted(near) / total,
                "cover_story": weighted(story_cover) / total,
                "cover_headline": weighted(headline_cover) / total,
                "heaviest_own": own[heaviest] if heaviest is not None else 0.0,
                "heaviest_story": story_cover[heaviest] if heaviest is not None else 0.0,
                "others_own": sum(groups[index].weight * own[index] for index in other_groups) / other_total,
                "names_near": (sum(near[index] for index in name_groups) / len(name_groups)) if name_groups else 1.0,
                "unknown": unknown,
                "search_score": found.score / retrieved.top_score if retrieved.top_score else 0.0,
                "search_rank": 1 / (1 + rank),
                "span": 1.0 if span else 0.0,
                "span_close": (1 - distance / FAR) if span else 0.0,
                "span_beside": beside,
                "span_novel": novel,
                "span_unit": unit,
                "span_measure": measure,
                "span_misfit": float(misfit(question, span, year, passage)),
                "focus_own": focus,
                "span_focus": 1 - focus_distance / FAR,  # the span beside the word asked about
                "matched_weight": math.log1p(own_weight),
                "bm25": _bm25(own_weight, len(sentence_terms[position]), average),
                "density": 0.0 if context else len(matched) / max(1, len(sentence_terms[position])),
                "lead": 1.0 if position == 0 else 0.0,
                "length": math.log1p(len(text.split())),
                "detail_own": detail / detail_total if detail_total else 0.0,
                "figure_asked": float(text.strip() in asked_figures),
                "figure_any": float(text.strip() in any_figures),
                "context": context,
            }
            result.append(Candidate(found, rank, position, text, span, features, passage))
    return result


def finish(question: Question, retrieved: Retrieved, found: list[Candidate]) -> list[Candidate]:
    """The candidates' signals that need the stories' closeness in meaning (`stories.weigh_stories`) and the
    other candidates: how many stories agree on the span, and each signal against the best candidate's."""
    # A story not embedded yet has no closeness: NaN, which the rank model reads as the signal's mean.
    closeness = [math.nan if value is None else value
                 for value in retrieved.closeness or [None] * len(retrieved.found)]
    closest = max((value for value in closeness if not math.isnan(value)), default=math.nan)
    english = question.language == "en"
    for candidate in found:
        close = closeness[candidate.rank]
        candidate.features["story_meaning"] = close
        candidate.features["story_meaning_gap"] = close - closest
        candidate.features["story_meaning_english"] = close - closest if english else 0.0  # NaN too
    _agreement(found)
    _relative(found)
    return found


#: Signals also given relative to the question's best candidate: the sentence covering most of the
#: question stands out from its own story's and other stories' sentences.
RELATIVE = ("cover_own", "cover_near", "matched_weight", "span_close", "bm25", "others_own")
#: Signals also given relative to the best sentence of the same story: which sentence of a story
#: answers is the hardest choice (the lead restates the question, the detail is further on).
STORY_RELATIVE = ("cover_own", "cover_near", "bm25", "matched_weight", "span_close", "others_own", "detail_own",
                  "focus_own", "heaviest_own", "span", "span_unit", "span_measure", "figure_asked")


def _relative(found: list[Candidate]) -> None:
    stories: dict[str, list[Candidate]] = {}
    for candidate in found:
        stories.setdefault(candidate.story.story_id, []).append(candidate)
    for name in RELATIVE:
        best = max((candidate.features[name] for candidate in found), default=0.0)
        for candidate in found:
            candidate.features[f"relative_{name}"] = candidate.features[name] - best
    for name in STORY_RELATIVE:
        for members in stories.values():
            best = max(candidate.features[name] for candidate in members)
            for candidate in members:
                candidate.features[f"story_{name}"] = candidate.features[name] - best


def _stated(candidate: Candidate) -> tuple[str, str] | None:
    """What a candidate's span states: its words, and for a time counted from the story's day ('gisteren',
    'vorige week') that day too: two stories' 'gisteren' are the same day only when the stories are."""
    span = candidate.span
    if span is None:
        return None
    if span.kind not in {"past", "future"}:  # `spans.times` marks the relative ones so
        return fold(span.text), ""
    return fold(span.text), candidate.story.day or candidate.story.story_id


def _agreement(found: list[Candidate]) -> None:
    """How many other stories state the same span (an answer several reports give is likelier)."""
    stories: dict[tuple[str, str], set[str]] = {}
    for candidate in found:
        if (stated := _stated(candidate)) is not None:
            stories.setdefault(stated, set()).add(candidate.story.story_id)
    for candidate in found:
        stated = _stated(candidate)
        others = len(stories[stated]) - 1 if stated is not None else 0
        candidate.features["agree"] = min(1.0, others / AGREEING)
