"""The best verbatim passage for a query, with the provenance that makes it citable.

A passage is whole sentences cut from one paragraph, exactly as printed: the best-matching sentence,
widened by a neighbouring sentence of the same paragraph when that one holds query words the best one
lacks ("Zelensky" in the sentence before the quotation about weapons).
"""

from __future__ import annotations

from dataclasses import dataclass

from index.models import Highlight, Quote, Story
from index.passages import match_sentence
from index.search import Found
from index.sentences import sentence_spans


@dataclass(slots=True)
class _Candidate:
    score: float
    matched: frozenset[str]
    paragraph: int
    first: int  # first sentence index
    last: int  # last sentence index (inclusive)


def best_passage(story: Story, weights: dict[str, float]) -> tuple[str, float, list[Highlight]] | None:
    """The story's best passage for the weighted terms: (text, score, highlights), or None."""
    best: _Candidate | None = None
    for paragraph_index, paragraph in enumerate(story.paragraphs):
        spans = sentence_spans(paragraph)
        scored = [match_sentence(paragraph[start:end], weights) for start, end in spans]
        for index, (score, matched, _) in enumerate(scored):
            if score <= 0:
                continue
            candidate = _Candidate(score, matched, paragraph_index, index, index)
            for neighbour in (index - 1, index + 1):
                if 0 <= neighbour < len(scored):
                    extra = scored[neighbour][1] - candidate.matched
                    if extra:
                        candidate.matched |= extra
                        candidate.score += sum(weights[term] for term in extra)
                        candidate.first = min(candidate.first, neighbour)
                        candidate.last = max(candidate.last, neighbour)
            if best is None or candidate.score > best.score + 1e-9 or (
                    abs(candidate.score - best.score) <= 1e-9
                    and candidate.last - candidate.first < best.last - best.first):
                best = candidate
    if best is None:
        return None
    paragraph = story.paragraphs[best.paragraph]
    spans = sentence_spans(paragraph)
    start, end = spans[best.first][0], spans[best.last][1]
    text = paragraph[start:end]
    _, _, highlights = match_sentence(text, weights)
    return text, best.score, highlights


def quote_from(found: Found, text: str, score: float, highlights: list[Highlight]) -> Quote:
    story = found.story
    return Quote(text=text, dateline=story.dateline, sources=list(story.sources), headline=story.headline,
                 published=story.published, story_id=story.story_id, file=story.file,
                 record_id=story.record_id, score=round(score, 4), highlights=highlights,
                 places=list(story.places), kind=story.kind, copies=list(found.copies),
                 published_from=story.published_from)


def rank_quotes(found: list[Found], weights: dict[str, float]) -> list[Quote]:
    """One best passage per story, best first; the story's search rank (list order) breaks ties."""
    ranked = []
    for rank, item in enumerate(found):
        passage = best_passage(item.story, weights)
        if passage:
            text, score, highlights = passage
            ranked.append((-score, rank, quote_from(item, text, score, highlights)))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [quote for _, _, quote in ranked]
