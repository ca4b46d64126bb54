"""Stage 4b: re-rank the likeliest candidates by how close each is in meaning to the question.

The lexical model's few best candidates are embedded with their story's headline (`meaning`; read from the
vectors embedded ahead for the newest stories, `index.passage_vectors`, when they are there), and a second
fitted logistic model weighs the lexical model's logit against the cosine and against the candidate's own
evidence (a span of the asked kind, measure and unit, new to the question, near its words and beside the
word it asks about, or of the asked form without its substance; coverage beyond the story's topic), each also
against the best of the few: which sentence of a story answers is the choice the lexical signals get wrong
most often, and the embedding reads what the sentence says rather than which of the question's words it
repeats; among the few, the lexical logit's sum of evidence is weighed afresh beside it (out of fold on
train: 175 -> 188 of 260 right first, with this round's span signals). Only these candidates are re-ordered
and given the new probability; the others follow as the lexical model ranked them. Measured on the train
questions out of fold (bench/fit_answers.py): see tests/eval/README.md.
"""

from __future__ import annotations

from pathlib import Path

from index.answers.candidates import Candidate, quotable_passages
from index.answers.features import head_vectors, logit
from index.answers.model import Models
from index.answers.question import Question
from index.meaning import meaning
from index.models import Story
from index.passage_vectors import NOTHING, Passages, PassageVectors
from index.shared import shared
from index.store import IndexStore

#: Candidates re-ranked: each costs ~40-60 ms of embedding unless embedded ahead, and the right one is among
#: the lexical model's first three for ~80 % of answerable train questions (first: ~62 %).
DEPTH = 3


def _embedded(headline: str, passage: str) -> str:
    headline = headline.strip()
    return f"{headline}. {passage}" if headline else passage


def embedded_texts(story: Story) -> list[str]:
    """What the re-rank may embed for a candidate of this story (`index.passage_vectors` embeds them ahead)."""
    return [_embedded(story.headline, passage) for passage in quotable_passages(story)]


@shared
def _passages(root: Path) -> Passages:
    return Passages(root)


def passage_vectors(store: IndexStore | None) -> PassageVectors:
    """The passage vectors embedded ahead for `store`'s index folder (mapped again when the file changed)."""
    return NOTHING if store is None else _passages(store.root).current()


def weigh_meaning(question: Question, head: list[Candidate], ahead: PassageVectors = NOTHING) -> None:
    """Record each of the lexically likeliest candidates' closeness in meaning to the question as its
    feature 'meaning' (the re-rank model and the confidence both read it). Passages embedded `ahead` are
    read, the others embedded now: the same vectors either way."""
    texts = [_embedded(candidate.story.headline, candidate.passage or candidate.sentence) for candidate in head]
    for candidate, similarity in zip(head, meaning().similarities(question.plain, texts, ahead.vectors(texts)),
                                     strict=True):
        candidate.features["meaning"] = similarity


def rerank_vectors(head: list[Candidate]) -> list[list[float]]:
    """The re-rank model's vectors for candidates whose closeness in meaning is weighed (`weigh_meaning`)."""
    return head_vectors([logit(candidate.probability) for candidate in head],
                        [candidate.features["meaning"] for candidate in head], head)


def head_of(ranked: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """The first DEPTH candidates that quote different passages, and the others in their order. Two
    sentences of a story can give the same passage (a sentence quoted with the span beside it, and that
    neighbour quoted with its context): re-ranking both would leave one of the few places to a repeat (the
    lexical model's first three held a repeated quote for 38 of 230 answerable train questions and 17 of 80
    of dev part A)."""
    head: list[Candidate] = []
    rest: list[Candidate] = []
    quoted: set[tuple[str, str]] = set()
    for candidate in ranked:
        quote = (candidate.story.story_id, candidate.quoted)
        if len(head) < DEPTH and quote not in quoted:
            quoted.add(quote)
            head.append(candidate)
        else:
            rest.append(candidate)
    return head, rest


def rerank(question: Question, ranked: list[Candidate], models: Models,
           ahead: PassageVectors = NOTHING) -> list[Candidate]:
    """`ranked` with its first DEPTH different quotes re-ordered by the re-rank model's probability."""
    head, rest = head_of(ranked)
    if not head:
        return ranked
    weigh_meaning(question, head, ahead)
    for candidate, vector in zip(head, rerank_vectors(head), strict=True):
        candidate.probability = models.rerank.probability(vector)
    return sorted(head, key=lambda item: -item.probability) + rest
