"""Stage 6: the `Answer` users see — the span on top, the verbatim sentence it stands in with dateline,
agencies and time, the figures other reports give for the same quantity (when it asks how a figure
changed or for several figures: every value once, those counting what it asks about first), and related
passages from other stories."""

from __future__ import annotations

from index.analysis import fold, terms
from index.answers import spans
from index.answers.candidates import STATEMENT, Candidate, report_share, reports_again, sentences_of
from index.answers.decide import Decision
from index.answers.question import Question
from index.compare import NOT_COMPARED, course, name_pattern, names_one
from index.models import Answer, Figure, Quote, disagreement, same_measure
from index.passages import match_sentence
from index.quotes import quote_from

#: Related passages shown with an answer or an abstention.
RELATED = 3
#: Figures of other reports are looked for in this many of the likeliest candidates (those at least
#: `candidates.report_share` as likely as the best by their words).
FIGURE_CANDIDATES = 20
#: … and in this many for a question comparing reports, whose other reports' sentences rank lower.
COMPARE_CANDIDATES = 40
#: At most this many figures are listed.
MAX_FIGURES = 8


def _shown(question: Question, span: spans.Span, text: str) -> bool:
    """The span goes on top when it is of the asked kind. A 'wat' question ("welk dier", "met welk liedje")
    does not say what kind of thing it asks for, so only a title or a quotation in quotation marks is
    shown; a name beside it is as often a place or an organisation the sentence mentions ('ZHZ' for the
    swan the animal ambulance caught), and the sentence itself answers instead. ("wie is X?" asks for
    the name X has in the articles: that is of the asked kind.)"""
    return question.kind != "wat" or question.describe or spans.in_quotes(text, span)


def _answer_span(question: Question, candidate: Candidate, text: str) -> spans.Span | None:
    """The span shown on top (`_shown`), with the names listed after it when the question asks for several;
    None when the sentence itself answers. A span of the asked form but not its substance (`span_misfit`: a
    duration for a count, "drie dagen" for "hoeveel kaarten"; a place for someone) would answer something else
    than was asked, so the sentence answers instead."""
    if candidate.span is None or candidate.features.get("span_misfit") or not _shown(question, candidate.span, text):
        return None
    return spans.joined(candidate.span, text) if question.several else candidate.span


def _quote(candidate: Candidate, weights: dict[str, float], text: str = "") -> Quote:
    text = text or candidate.passage or candidate.sentence
    _, _, highlights = match_sentence(text, weights)
    return quote_from(candidate.found, text, candidate.probability, highlights)


def _statement(candidate: Candidate) -> str:
    """For "wat zei X": the passage answered, going on with the sentences in which the speaker goes on (at most
    STATEMENT): a quotation over several sentences to its end, and the bare quotations after it (`spans.said_alone`:
    "'Dat baart zorgen', aldus Sta. 'Want als je niet leert van je fouten …'"). What X said is all of it; the
    first sentence alone left the reader half a statement."""
    text = candidate.passage or candidate.sentence
    sentences = sentences_of(candidate.story)
    after = candidate.position + 1
    if after < len(sentences) and sentences[after][2] in text:  # quoted with the next sentence already
        after += 1
    inside = spans.goes_on(sentences[after - 1][2]) == "next"
    for _, _, sentence in sentences[after:after + STATEMENT]:
        way = spans.goes_on(sentence)
        if not (inside or spans.said_alone(sentence)):
            break
        text = f"{text} {sentence}"
        inside = way == "next" or (inside and not way)  # a quotation's middle sentence has no marks of its own
    return text


def _related(ranked: list[Candidate], weights: dict[str, float], best: Candidate | None) -> list[Quote]:
    """An abstention's likeliest passages, or an answer's likeliest passages of other stories; never a passage
    shown already or one inside another (a sentence and the same sentence quoted with its neighbour), nor one
    that another story repeats (a second paper's version of an article that differs elsewhere; a word-for-word
    copy is one story already, `search.distinct`). An abstention listed one passage a story, so the runner-up
    of the likeliest story, often the one that answers, was not shown ("who estimated 10,000 troops": the
    Pentagon's sentence). Over train's and the read parts' answerable questions, the three likeliest passages
    hold the answer for 411 of 470 against 380 for one a story (`tests/eval/rounds.md`, forty-sixth round)."""
    quotes = []
    stories = {best.story.story_id} if best else set()
    shown = [best.quoted] if best else []
    for candidate in ranked:
        text = candidate.quoted
        if candidate.story.story_id in stories or any(text in other or other in text for other in shown):
            continue
        if best is not None:
            stories.add(candidate.story.story_id)
        shown.append(text)
        quotes.append(_quote(candidate, weights))
        if len(quotes) == RELATED:
            break
    return quotes


def _figures_of(candidate: Candidate) -> list[Figure]:
    """The figures of the candidate's sentence, or, when its span was found in the neighbour it is quoted with,
    that neighbour's: "108 mannen" answered from the next sentence listed no figure, and so no other report's."""
    own = [figure for figure in candidate.found.figures if figure.sentence.strip() == candidate.sentence.strip()]
    if own or candidate.span is None:
        return own
    return [figure for figure in candidate.found.figures
            if candidate.span.text in figure.sentence and figure.sentence.strip() in candidate.quoted]


def _span_first(candidate: Candidate) -> list[Figure]:
    """The candidate's figures, its span's own first: itself ("vier brigades van in totaal 12.000 soldaten", not
    the "vier brigades" inside it), else one starting in it."""
    found = _figures_of(candidate)
    if candidate.span is not None:
        span = fold(candidate.span.text)
        found.sort(key=lambda figure: (fold(figure.text) != span, span.find(fold(figure.text.split()[0])) < 0))
    return found


def _naming(names: list[frozenset[str]], figure: Figure) -> int:
    """How many of the question's names (each as its terms) the figure's sentence names: for "hoeveel zetels
    pakt Forum", "Forum voor Democratie (dertien zetels)" is listed before "de VVD met twaalf zetels"."""
    if not names:  # not a comparison, or a question naming nothing: nothing to read
        return 0
    said = frozenset(terms(figure.sentence))
    return sum(not name.isdisjoint(said) for name in names)


def _figures(question: Question, best: Candidate, ranked: list[Candidate]) -> list[Figure]:
    """The best candidate's figure first, then other reports': each likely candidate's own answer (its span's
    figure) when it is of the same kind and fits the question (a plan is no report of how many were sent:
    `span_choice.misfit`), stands in another sentence than the answer's (a sentence states one value
    of a thing: "Nard Kwast (46) verloor van de 21-jarige …" gives no second report of Kwast's age), is no age or
    match score (another report's is someone else's, another match's: `compare.NOT_COMPARED`) and names
    (with its neighbours and headline) what the question names as fully as the answer's does (an amount of another
    company's fine is no other report of ING's) — or for a question about how a figure changed, every figure in the
    likeliest candidates, those counting what the question asks about first, taken in turn from each report (its
    likeliest first, then each report's second, …) so that the reports the question compares are all heard
    before one report's every figure, within a turn those whose sentence names more of what the question names
    first (`_naming`); each value once. For a comparison, only stories naming one of the names the question
    names give figures, as /compare's do (`compare.names_one`)."""
    own = _span_first(best)
    depth = COMPARE_CANDIDATES if question.comparative else FIGURE_CANDIDATES
    kind = own[0].kind if own else None
    if kind is None and question.comparative and question.kind == "hoeveel":
        # The best sentence of a comparison may give no figure: the likeliest one that does says the kind.
        kind = next((figure.kind for candidate in ranked[:depth] for figure in _figures_of(candidate)), None)
    shown: list[Figure] = own[:1]
    found: list[tuple[bool, int, int, int, Figure]] = []
    names = [frozenset(term for form in word.forms for term in terms(form))
             for word in question.words if word.name] if question.comparative else []
    naming = name_pattern(names)
    naming_stories: dict[str, bool] = {}  # a story is read once, whichever of its sentences are candidates
    turns: dict[str, int] = {item.story_id: 1 for item in shown}
    for order, candidate in enumerate(ranked[:depth]):
        if candidate.lexical < report_share(question) * best.lexical:
            break
        if candidate.story.story_id not in naming_stories:
            naming_stories[candidate.story.story_id] = names_one(naming, candidate.story)
        if not naming_stories[candidate.story.story_id]:
            continue  # another report of what the question names names it, as /compare's do
        if not question.comparative and not reports_again(question, best, candidate):
            continue
        for figure in _figures_of(candidate) if question.comparative else _span_first(candidate)[:1]:
            if question.comparative:
                asked = (kind is not None and figure.kind == kind) or question.counts(figure)
                turn = turns.get(figure.story_id, 0) if asked else 0
                if asked:
                    turns[figure.story_id] = turn + 1
            elif kind is not None and kind not in NOT_COMPARED and figure.kind == kind \
                    and not (shown and (figure.sentence == shown[0].sentence or not same_measure(shown[0], figure))):
                asked, turn = True, 0
            else:
                continue
            found.append((not asked, turn, -_naming(names, figure), order, figure))
    if question.comparative:
        # Other figures only from the reports that give what is asked, and never ages (never compared).
        reports = {item[-1].story_id for item in found if not item[0]} | {item.story_id for item in shown}
        found = [item for item in found if (not item[0] or item[-1].story_id in reports)
                 and (item[-1].kind != "age" or question.measure == "age")]
    for *_, figure in sorted(found, key=lambda item: item[:4]):
        if len(shown) >= MAX_FIGURES:
            break
        if not any(abs(figure.value - item.value) < 1e-9 and (question.comparative or figure.story_id == item.story_id)
                   for item in shown):
            shown.append(figure)
    return shown


def assemble(question: Question, ranked: list[Candidate], decision: Decision, weights: dict[str, float]) -> Answer:
    result = Answer(question=question.text, answer=None, abstained=True, confidence=round(decision.confidence, 3),
                    quote=None, question_type=question.kind, reason=decision.reason, language=question.language)
    if not decision.answer:
        result.evidence = _related(ranked, weights, None)
        return result
    best = ranked[0]
    result.abstained = False
    if span := _answer_span(question, best, best.passage or best.sentence):
        result.answer = span.text
    else:
        result.answer, result.whole_sentence = best.sentence, True
    result.quote = _quote(best, weights, _statement(best) if question.kind == "wat_zei" else "")
    result.evidence = _related(ranked, weights, best)
    if question.kind == "hoeveel" or question.comparative:
        result.figures = _figures(question, best, ranked)
        result.disagreement = disagreement(result.figures)
        if question.comparative:  # the steps between reports about what the question names (in Dutch: an
            # English name's first form is its translation, Russia -> rusland)
            result.changes = course(result.figures, " ".join(
                word.forms[0] for word in question.words if word.name and not word.text[0].isdigit()))
    return result
