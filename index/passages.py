"""Finding the sentences of a story that match a query: for snippets, quotes and answers.

Passages are found at query time inside the top stories rather than indexed one sentence per document
(which multiplies the index ~20x). A sentence scores the summed weight (IDF) of the distinct query terms
it contains, so the one sentence that names "Zelensky", "wapens" and "leveren" beats three that each
name one.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.analysis import term_spans
from index.models import Highlight, Story
from index.sentences import sentence_spans


@dataclass(slots=True)
class Passage:
    """One sentence of a story, where it is, and how well it matches."""

    text: str
    paragraph: int
    sentence: int  # index of the sentence within its paragraph
    score: float
    matched: frozenset[str]
    highlights: list[Highlight]


def story_sentences(story: Story) -> list[tuple[int, int, str]]:
    """(paragraph index, sentence index, sentence) for every sentence of a story."""
    result = []
    for paragraph_index, paragraph in enumerate(story.paragraphs):
        for sentence_index, (start, end) in enumerate(sentence_spans(paragraph)):
            result.append((paragraph_index, sentence_index, paragraph[start:end]))
    return result


def match_sentence(text: str, weights: dict[str, float]) -> tuple[float, frozenset[str], list[Highlight]]:
    """Score, matched terms and highlight offsets of one sentence against weighted query terms."""
    matched: set[str] = set()
    highlights: list[Highlight] = []
    for term, start, end in term_spans(text):
        if term in weights:
            matched.add(term)
            highlights.append(Highlight(start, end))
    return sum(weights[term] for term in matched), frozenset(matched), highlights


def rank_passages(story: Story, weights: dict[str, float]) -> list[Passage]:
    """The story's sentences, best match first (ties: earlier sentence first)."""
    passages = []
    for paragraph, sentence, text in story_sentences(story):
        score, matched, highlights = match_sentence(text, weights)
        passages.append(Passage(text, paragraph, sentence, score, matched, highlights))
    order = sorted(range(len(passages)), key=lambda i: (-passages[i].score, i))
    return [passages[i] for i in order]


def snippet(story: Story, weights: dict[str, float], width: int = 320) -> tuple[str, list[Highlight]]:
    """The best-matching sentence, cut around its matches to `width` characters, with highlights."""
    passages = rank_passages(story, weights) if weights else []
    if not passages or passages[0].score == 0:
        first = story.paragraphs[0] if story.paragraphs else ""
        text = first if len(first) <= width else first[:width].rsplit(" ", 1)[0] + " …"
        return text, []
    best = passages[0]
    text, highlights = best.text, best.highlights
    if len(text) <= width:
        return text, highlights
    centre = highlights[0].start if highlights else 0
    start = max(0, min(centre - width // 3, len(text) - width))
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + width)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    clipped = text[start:end]
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix) - start
    kept = [Highlight(h.start + shift, h.end + shift) for h in highlights if h.start >= start and h.end <= end]
    return prefix + clipped + suffix, kept
