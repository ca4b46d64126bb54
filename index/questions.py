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

The work is split by what it holds: `question_reading` reads the question, `word_forms` matches its
words in looser forms, `sentence_context` prepares the stories and their sentences, `answer_types` has
the rules per question type. This module retrieves the stories, weighs the question's words, scores
every sentence's coverage, applies the guards, and picks the answer (with any disagreement).
"""

from __future__ import annotations

import logging

from whoosh.searching import Searcher

from index.analysis import term_for
from index.answer_types import figure_factor, sentence_candidates
from index.models import Answer, Figure, Quote, format_number
from index.passages import match_sentence
from index.question_reading import YEAR, Question, read_question
from index.quotes import best_passage, quote_from
from index.search import Filters, Found, ReadQuery, idf, read_plain, top_stories
from index.sentence_context import Candidate, PreparedStory, SentenceView, prepare_story
from index.word_forms import has_variant, match_strength, split_compound

log = logging.getLogger(__name__)

#: Stories whose sentences are considered.
CANDIDATE_STORIES = 20
#: Below this confidence the library abstains.
MIN_CONFIDENCE = 0.5
#: A story must hold this share of the question's weight ...
MIN_STORY_COVERAGE = 0.55
#: ... or this share when it states a figure of the kind a "hoeveel" question counts (the kind match
#: is itself strong evidence, and figures are often reported in other words than the question's).
MIN_STORY_COVERAGE_COUNTED = 0.5
#: Words longer than this (in letters) are no Dutch word at all (the longest compounds in news have some
#: 30 letters): they are not searched but unknown.
MAX_COMPOUND = 40
#: Each part of a compound split for the question ("buskaping": bus, kaping) weighs this share.
COMPOUND_PART_SHARE = 0.5
#: The story must hold one of the question's rarest words: those weighing this share of the heaviest.
RAREST_SHARE = 0.9
#: Words of the sentence a "Dat …"/"Hij …" sentence refers back to count this share.
ANAPHOR_SHARE = 0.9
#: Words of neighbouring sentences, the headline and the lead count this share.
NEAR_SHARE = 0.5
#: Other reports of the same quantity are listed when their confidence reaches this share of the best.
DISAGREEMENT_SHARE = 0.4


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
            if not has_variant(searcher, term):
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
    found = top_stories(searcher, read, Filters(), CANDIDATE_STORIES, any_words=True)
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
    splits = [split_compound(searcher, word) for word in question.words if len(word) <= MAX_COMPOUND]
    read = read_plain(searcher, " ".join(part for parts in splits for part in parts))
    parts = {term for parts in splits if len(parts) > 1 for part in parts if (term := term_for(part))}
    weights, missing, total = _weights(searcher, read, parts)
    return read, weights, overlong + missing, total


def _related(found: list[Found], weights: dict[str, float]) -> list[Quote]:
    """Passages from the top stories: shown as related reading, never as the answer."""
    quotes = []
    for item in found[:3]:
        passage = best_passage(item.story, weights)
        if passage:
            quotes.append(quote_from(item.story, passage[0], passage[1], passage[2]))
    return quotes


# -- coverage and guards --------------------------------------------------------------------------


def _story_passes(question: Question, story: PreparedStory, weights: dict[str, float], total: float) -> bool:
    """The story holds enough of the question (less is enough for a "hoeveel" story with a figure of
    the kind asked) and, for a question without capitalised names (those are checked per sentence),
    one of its rarest words."""
    everything = story.context.union(*story.sentence_terms)
    coverage = sum(weight * match_strength(story.matches[term], everything) for term, weight in weights.items()) / total
    counted = question.kind == "hoeveel" and any(
        figure_factor(question, figure, None) for figure in story.found.figures)
    if coverage < (MIN_STORY_COVERAGE_COUNTED if counted else MIN_STORY_COVERAGE):
        return False
    if question.names:
        return True
    ceiling = max(weights.values())
    rarest = [term for term, weight in weights.items() if weight >= RAREST_SHARE * ceiling]
    return any(match_strength(story.matches[term], everything) for term in rarest)


def _candidates(question: Question, found: list[Found], weights: dict[str, float], total: float) -> list[Candidate]:
    """Every span of the asked type in a sentence of a story that passes the guards, with the
    sentence's coverage of the question."""
    predicates = {term for term in weights if term not in question.names}
    result: list[Candidate] = []
    for rank, item in enumerate(found):
        story = prepare_story(question, item, rank, weights)
        if not _story_passes(question, story, weights, total):
            continue
        for position in range(len(story.sentences)):
            where = SentenceView(story, position)
            coverage = _coverage(question, where, weights) / total
            if coverage <= 0 or not _guards_pass(question, where, predicates):
                continue
            for candidate in sentence_candidates(question, where, weights):
                candidate.coverage = coverage
                result.append(candidate)
    return result


def _coverage(question: Question, where: SentenceView, weights: dict[str, float]) -> float:
    """The question's weight the sentence covers: its own words fully, those of the sentence it refers
    back to almost, neighbours and the story's context half; the speaker of a "wat zei" question named
    next to the quotation counts fully."""
    own, antecedent, around = where.terms, where.antecedent_terms(), where.around_terms()
    covered = 0.0
    for term, weight in weights.items():
        matches = where.story.matches[term]
        if term in question.speaker:
            covered += weight * match_strength(matches, own | around)
            continue
        covered += weight * max(match_strength(matches, own), ANAPHOR_SHARE * match_strength(matches, antecedent),
                                NEAR_SHARE * match_strength(matches, around))
    return covered


def _guards_pass(question: Question, where: SentenceView, predicates: set[str]) -> bool:
    """The sentence is about what the question is about (see the module docstring)."""
    return (_names_around(question, where) and _predicate_close(question, where, predicates)
            and (not question.years or question.years <= _years_around(where)))


def _names_around(question: Question, where: SentenceView) -> bool:
    """Every name of the question is in the sentence, the ones next to it (the one after only when it
    refers back: "… een Rwandees aangehouden. De man, Venant R., …"), the headline or the lead."""
    story = where.story
    named = where.terms | where.antecedent_terms() | story.context
    previous, following = where.neighbour(-1), where.neighbour(1)
    if previous is not None:  # "… op Pinkpop. De band staat op 9 juni in Landgraaf."
        named = named | story.sentence_terms[previous]
    if following is not None and story.refers_back[following]:
        named = named | story.sentence_terms[following]
    return all(match_strength(story.matches[term], named) for term in question.names if term in story.matches)


def _predicate_close(question: Question, where: SentenceView, predicates: set[str]) -> bool:
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
        match_strength(story.matches[term], close) for term in predicates if term in story.matches)


def _years_around(where: SentenceView) -> set[str]:
    """The years a sentence is about: those it, the sentence it refers back to, or the story's
    headline and lead name, and the story's own year."""
    story = where.story
    texts = [where.text, story.found.story.headline, story.sentences[0][2] if story.sentences else ""]
    if where.anaphoric:
        texts.append(story.sentences[where.position - 1][2])
    years = set(YEAR.findall(" ".join(texts)))
    published = story.found.story.published
    return years | {str(published.year)} if published else years


# -- disagreement ---------------------------------------------------------------------------------


def _figure_label(figure: Figure) -> str:
    """Who or when a figure is from, for 'Pentagon: 10.000; vorige week: 3000'."""
    if figure.when_text:
        return figure.when_text.lower()
    if figure.claimant:
        return figure.claimant
    return "/".join(place.title() for place in figure.places) or figure.headline


def _add_disagreement(result: Answer, best: Candidate, candidates: list[Candidate]) -> None:
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
    """Two figures count the same kind of thing (10.000 militairen and 1500 soldaten do; 30 injured and
    4 dead do not, though both answer "hoeveel mensen")."""
    return figure.kind is not None and figure.kind == other.kind
