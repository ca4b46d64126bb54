"""Typo tolerance: the index terms nearest to a word that no story contains.

Whoosh's own corrector computes an edit distance against every term with the same prefix in pure
Python (850 ms per word on 10,000 stories). Here the vocabulary is read once per index version into
buckets by first letter and length, and rapidfuzz (C++) compares against the buckets that can hold a
match: a few milliseconds per word. Among equally near terms the most frequent wins. Terms are stems,
so a typo is compared stem to stem.

A stem is a poor thing to compare a typo with: "inbrkaen" is three edits from the stem "inbrak" of
"inbraken" and one from the word. So a question's word that no article has is also compared with the
words of general Dutch or English (wordfreq's word lists, the same data that weighs the question's words):
"inbrkaen" -> inbraken, "rpelacing" -> replacing, which is then translated.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from whoosh.reading import IndexReader
from whoosh.searching import Searcher
from wordfreq import iter_wordlist, zipf_frequency

from index.shared import per_searcher, shared

log = logging.getLogger(__name__)

#: The field whose words typos are corrected to (headlines repeat body words).
FIELD = "body"
#: Words shorter than this are not corrected (too many neighbours to guess from).
MIN_LENGTH = 4


def max_distance(term: str) -> int:
    return 2 if len(term) >= 7 else 1


class Vocabulary:
    """Words bucketed by (first letter, length), so that a word is compared only with the buckets that can
    hold a word within its edit distance; `frequency` ranks the nearest."""

    def __init__(self, words: Iterable[str], frequency: Callable[[str], float]) -> None:
        self.frequency = frequency
        self.buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word in words:
            if word.isalpha():
                self.buckets[(word[0], len(word))].append(word)

    def near(self, term: str, limit: int = 3) -> list[str]:
        """Up to `limit` of the nearest words within the edit distance, most frequent first."""
        if len(term) < MIN_LENGTH or not term.isalpha():
            return []
        distance = max_distance(term)
        candidates = [word for length in range(len(term) - distance, len(term) + distance + 1)
                      for word in self.buckets.get((term[0], length), ())]
        found = process.extract(term, candidates, scorer=DamerauLevenshtein.distance, score_cutoff=distance,
                                limit=max(limit * 4, 10))
        ranked = [(score, -self.frequency(word), word) for word, score, _ in found if word != term]
        if not ranked:
            return []
        ranked.sort()
        best = ranked[0][0]  # only the nearest: "politei" is politie, not also politiek
        return [word for score, _, word in ranked[:limit] if score == best]


class Lexicon(Vocabulary):
    """The index's vocabulary (body terms), its terms ranked by how many stories have them."""

    def __init__(self, reader: IndexReader) -> None:
        # lexicon() walks the term index without decoding postings: 0.7 s for 90,000 terms, where
        # iter_field (which also gives frequencies) takes 9 s; frequencies are read for finalists only.
        words = (term.decode("utf-8") if isinstance(term, bytes) else term for term in reader.lexicon(FIELD))
        super().__init__(words, lambda word: reader.doc_frequency(FIELD, word))


@shared
def general_vocabulary(language: str) -> Vocabulary:
    """The words of general text in a language ("nl", "en"; ~310,000 each, ~0.1 s to bucket; ~1 MB beside
    wordfreq's frequency tables, which hold the same strings and weigh the question's words anyway),
    the commonest first among equally near ones. Read before the first question (`answers.prepare`)."""
    log.info("general %s word list loaded for typo corrections", language)
    return Vocabulary(iter_wordlist(language), lambda word: zipf_frequency(word, language))


@per_searcher
def lexicon_for(searcher: Searcher) -> Lexicon:
    """The lexicon of the index version this searcher reads (built on first use, then kept with it)."""
    return Lexicon(searcher.reader())
