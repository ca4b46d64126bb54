"""One question's path through the stages (see the package docstring), top to bottom."""

from __future__ import annotations

import logging

from index.answers import lexicon
from index.answers.assemble import assemble
from index.answers.candidates import Candidate, finish, read_candidates
from index.answers.decide import decide
from index.answers.features import candidate_vector
from index.answers.model import Linear, Models, load
from index.answers.question import Question, read_question
from index.answers.rerank import passage_vectors, rerank
from index.answers.retrieve import Retrieved, read_names, retrieve
from index.answers.stories import opening_vectors, weigh_stories
from index.meaning import meaning
from index.models import Answer
from index.store import IndexStore
from index.typos import general_vocabulary
from index.word_forms import general_frequency

log = logging.getLogger(__name__)


def find_candidates(store: IndexStore, question: Question) -> tuple[Retrieved, list[Candidate]]:
    """The stories that may answer (found by the question's words, then by meaning) and their candidate
    sentences with every signal. The sentences of the stories the words found are read while the
    question's vector is still being computed (`meaning.foresee`; the engine runs outside the interpreter
    lock), so weighing the stories by meaning seldom waits for it."""
    retrieved = retrieve(store, question)  # the only stage that holds the index's searcher
    question.counted = retrieved.counted  # what a misspelled word counts is known once the index corrected it
    question.correct(retrieved.corrections)  # and its meaning and terms are read with the word meant,
    if question.corrected:  # embedded while the candidates are read, as the question as typed was (`answer`)
        meaning().foresee(question.plain)
    read_names(question, retrieved.found)  # a name typed in lower case is known once its articles are found
    found = read_candidates(question, retrieved)
    by_words = len(retrieved.found)
    weigh_stories(store, question, retrieved)
    return retrieved, finish(question, retrieved, found + read_candidates(question, retrieved, by_words))


def rank(question: Question, found: list[Candidate], models: Models,
         store: IndexStore | None = None) -> list[Candidate]:
    """Every candidate with its probability of holding the answer, most likely first (ties: the story
    found first, the earlier sentence), the likeliest few re-ranked by their meaning (reading the passages
    of `store` embedded ahead)."""
    return rerank(question, lexical_rank(question, found, models.rank), models, passage_vectors(store))


def lexical_rank(question: Question, found: list[Candidate], model: Linear) -> list[Candidate]:
    """Every candidate by the lexical rank model alone (the re-rank model is fitted on this order)."""
    for candidate in found:
        candidate.probability = candidate.lexical = model.probability(candidate_vector(question, candidate))
    found.sort(key=lambda item: (-item.probability, item.rank, item.position))
    return found


def weights_of(retrieved: Retrieved) -> dict[str, float]:
    """Index term -> weight, for highlighting the question's words in quotes."""
    weights: dict[str, float] = {}
    for group in retrieved.groups:
        for term in group.terms:
            weights[term] = max(weights.get(term, 0.0), group.weight)
    return weights


def prepare(store: IndexStore | None = None) -> None:
    """Read now what the first question would otherwise wait for (~1 s): the fitted models, the
    embedding model, the English-Dutch word list, wordfreq's frequency tables and its word lists for typo
    corrections (read otherwise on the first misspelled word, inside retrieval, which holds the index's
    searcher meanwhile), once per process; and the stories' opening vectors of `store` (~0.2–0.3 s at 100,000
    stories, again whenever they changed) and its passages embedded ahead (mapped, not read)."""
    load()
    meaning().prepare()
    lexicon.prepare()
    general_frequency("de")
    general_vocabulary("nl")
    general_vocabulary("en")  # a question's language is read from its words, whatever the server's setting
    if store is not None:
        opening_vectors(store)
        passage_vectors(store)


def answer(store: IndexStore, text: str, models: Models | None = None) -> Answer:
    models = models or load()
    question = read_question(text)
    if question.words:  # otherwise no candidate is found, so none is re-ranked by meaning
        meaning().foresee(question.plain)
    retrieved, found = find_candidates(store, question)
    ranked = rank(question, found, models, store)
    decision = decide(question, retrieved, ranked, models)
    log.debug("%r: %s (%.2f) from %d candidates", text, decision.reason, decision.confidence, len(ranked))
    return assemble(question, ranked, decision, weights_of(retrieved))
