"""Stage 2b: the stories close in meaning to the question, from their openings embedded when they were
indexed (`index.openings`): no passage is embedded here, one product of the question's vector with the
stored ones.

Each story Whoosh found gets its closeness, and the few closest stories Whoosh did not find are added: an
English question reaches the Dutch articles through its names and a word list, and the multilingual
embedding finds the right story where those words do not (gold story first for 23 of 30 English train
questions by closeness alone, against 12 by the words; tests/eval/rounds.md, seventh round).

A story whose opening is not embedded yet (a reindex just added it, and the pass that embeds openings has
not reached it, or the index was built with `reindex --no-openings`) has no closeness (None): the rank model
reads its signals as their training means (`model.Linear`), so it is neither favoured nor pushed down, and
answers keep their confidence while the pass runs.
"""

from __future__ import annotations

from pathlib import Path

from index.answers.question import Question
from index.answers.retrieve import Retrieved
from index.meaning import meaning
from index.openings import Openings, OpeningVectors, opening_of
from index.search import Found, distinct, found_from_stored
from index.shared import shared
from index.store import IndexStore

#: Stories added by closeness in meaning alone, beyond those the question's words found.
ADDED = 5


@shared
def _openings(root: Path) -> Openings:
    return Openings(root)


def opening_vectors(store: IndexStore) -> OpeningVectors:
    """The opening vectors of `store`'s index folder, read now if they changed on disk (one reader per folder
    in the process: ~41 MB at 100,000 stories)."""
    return _openings(store.root).current()


def weigh_stories(store: IndexStore, question: Question, retrieved: Retrieved) -> None:
    """Add the closest stories the words missed and fill `retrieved.closeness` for every found story."""
    openings = opening_vectors(store)
    if not len(openings):
        retrieved.closeness = [None] * len(retrieved.found)
        return
    asked = meaning().question(question.plain)
    have = {found.story.story_id for found in retrieved.found}
    # Twice as many as are added: a copy of a story already found (the same opening, so as close) adds nothing.
    nearest = [story_id for story_id in openings.nearest(asked, 2 * ADDED + len(have)) if story_id not in have]
    if nearest:
        wanted = len(retrieved.found) + ADDED
        added: list[Found] = []
        with store.searcher() as searcher:
            for story_id in nearest:  # read one by one until enough are new (~0.3 ms each; most are not read)
                if fields := searcher.document(story_id=story_id):
                    added.append(found_from_stored(0.0, fields))
                    if len(distinct([*retrieved.found, *added])) >= wanted:
                        break
        retrieved.found[:] = distinct([*retrieved.found, *added])[:wanted]
    vectors = openings.vectors(opening_of(found.story) for found in retrieved.found)
    retrieved.closeness = [None if vector is None else float(vector @ asked) for vector in vectors]
