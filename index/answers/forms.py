"""Matching a question's word to the words of a story in looser forms than the index's stems.

`index.loose_match.soft_match` says how well a story's term stands for a question's term (gestaakt ~ staakten,
Israël ~ Israëliërs, gevangenisstraf ~ straf); `matching_terms` finds those terms in a story's vocabulary. For
the whole index: `split_compound` splits a compound no article has into two index words (treinongeluk -> trein,
ongeluk).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from whoosh.searching import Searcher

from index.analysis import fold
from index.loose_match import root, soft_match
from index.models import DUTCH_MARKS
from index.search import stories_with_word
from index.word_forms import general_frequency

#: Unknown words this long (in letters) are tried as compounds of two index words.
MIN_COMPOUND = 8
#: Dutch nouns whose plural the stemmer does not bring back to the singular (kinderen: kinder, kind: kind):
#: the plurals in -eren and those that change their vowel, a closed class of the grammar. English questions
#: need them most: the word list translates 'ships' to the dictionary form 'schip' of the articles' 'schepen'.
IRREGULAR_PLURALS = {"kind": "kinderen", "ei": "eieren", "lam": "lammeren", "kalf": "kalveren", "rund": "runderen",
                     "blad": "bladeren", "lied": "liederen", "volk": "volkeren", "hoen": "hoenderen",
                     "gelid": "gelederen", "schip": "schepen", "stad": "steden", "lid": "leden", "smid": "smeden",
                     "koe": "koeien", "vlo": "vlooien", "museum": "musea"}
_OTHER_NUMBER = {**IRREGULAR_PLURALS, **{plural: singular for singular, plural in IRREGULAR_PLURALS.items()}}


# -- loose matching of words ----------------------------------------------------------------------


def other_number(word: str) -> str | None:
    """The plural of a singular in IRREGULAR_PLURALS or the singular of such a plural (schip <-> schepen),
    searched beside the word: a question and an article often count the same thing in different numbers."""
    return _OTHER_NUMBER.get(fold(word))


#: An English number with thousands separators ("10,000", "1,250,000.5") or a decimal point that cannot be a
#: Dutch thousands separator ("2.5", "0.75").
_ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_ENGLISH_DECIMAL = re.compile(r"\d+\.(?:\d{1,2}|\d{4,})")


def dutch_number(token: str) -> str:
    """An English question's number as the Dutch articles write it, the comma and the point swapped: "10,000"
    is 10.000 and "2.5" is 2,5. Read as Dutch, "10,000" was ten (a decimal comma), so "who estimated 10,000
    troops" found no report of 10.000 militairen. A number either language would write alike ("10.000", "1,5",
    "2024") is kept as typed."""
    if _ENGLISH_THOUSANDS.fullmatch(token) or _ENGLISH_DECIMAL.fullmatch(token):
        return token.translate(DUTCH_MARKS)
    return token


#: Dutch diminutive endings, longest first, each also in the plural: -etje after a short vowel (balletje),
#: -pje after m (bloempje), -tje after a vowel or l, n, r, w (biertje, autootje, uiltje), -je after the rest
#: (kaartje, kindje).
_DIMINUTIVE_ENDINGS = ("etjes", "etje", "pjes", "pje", "tjes", "tje", "jes", "je")


def undiminished(word: str) -> str | None:
    """The word a Dutch diminutive is made from, searched beside it: chat says 'kindjes', 'kaartjes' and
    'uiltje' where articles may write kinderen, kaarten and uil. Each ending is tried, a consonant or vowel the
    diminutive doubled undone ('balletje' -> bal, 'autootje' -> auto), and general Dutch's commonest result
    kept, when it is commoner than the diminutive itself: 'meisje', 'beetje' and 'spanje' are words of their
    own ('meis', 'beet', 'span' are rarer)."""
    folded = fold(word)
    if len(folded) < 5 or not folded.endswith(("je", "jes")):
        return None
    bases = []
    for ending in _DIMINUTIVE_ENDINGS:
        stem = folded[:-len(ending)]
        if folded.endswith(ending) and len(stem) >= 2:
            bases.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2]:  # balletje -> ball -> bal, autootje -> autoo -> auto
                bases.append(stem[:-1])
    best = max(bases, key=general_frequency, default=None)
    return best if best and general_frequency(best) > general_frequency(folded) else None


class Vocabulary:
    """A text's terms bucketed by their root's first letter and by their last three letters: a question's
    term is compared only with the terms that can match it (those sharing either), not with all."""

    __slots__ = ("by_first", "by_last")

    def __init__(self, terms: Iterable[str]) -> None:
        self.by_first: dict[str, list[str]] = defaultdict(list)
        self.by_last: dict[str, list[str]] = defaultdict(list)
        for term in terms:
            self.by_first[root(term)[:1]].append(term)
            self.by_last[term[-3:]].append(term)

    def near(self, question_term: str) -> set[str]:
        return {*self.by_first.get(root(question_term)[:1], ()), *self.by_last.get(question_term[-3:], ())}


def matching_terms(question_term: str, vocabulary: Vocabulary) -> dict[str, float]:
    """The terms of a text that stand for a question's term, with their strength."""
    result = {}
    for term in vocabulary.near(question_term):
        if strength := soft_match(question_term, term):
            result[term] = strength
    return result


# -- compounds ------------------------------------------------------------------------------------


def split_compound(searcher: Searcher, word: str) -> list[str]:
    """'treinongeluk' -> ['trein', 'ongeluk'] when no article has the compound but both parts are in
    the index (a linking s or e is allowed: bevrijdingsherdenking); else [word]. (A type name needs no split:
    the index has 'F-35' and 'F35' as one term.)"""
    folded = fold(word)
    if len(folded) < MIN_COMPOUND or not folded.isalpha() or stories_with_word(searcher, word):
        return [word]
    for cut in range(len(folded) - 4, 2, -1):  # longest head first: the head carries the meaning
        left, right = folded[:cut], folded[cut:]
        if not stories_with_word(searcher, right) or len(right) < 4:
            continue
        for modifier in (left, left[:-1] if left.endswith(("s", "e")) else None):
            if modifier and len(modifier) >= 3 and stories_with_word(searcher, modifier):
                return [modifier, right]
    return [word]
