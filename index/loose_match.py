"""How well one index term stands for another beyond the stems: the forms Snowball's Dutch stemmer keeps apart
that a reader takes for the same word.

A participle and its past tense (gestaakt ~ staakten), a name and its derivation (Israël ~ Israëliërs), a
compound and its last part (gevangenisstraf ~ straf). Questions (`index.answers`) match a story's words this
way, and a comparison's topic its figures' sentences (`index.compare`).
"""

from __future__ import annotations

import re
from functools import lru_cache

#: A loose match (gestaakt ~ staakten, gevangenisstraf ~ straf) counts this share of the word's weight.
SOFT_MATCH = 0.8
#: Doubled vowels are made single (staak ~ stak).
_DOUBLE_VOWEL = re.compile(r"([aeiou])\1")
#: Particles of separable verbs, which put 'ge' after themselves in the participle (opgepakt ~ oppakt).
_SEPARABLE = ("aan", "af", "in", "op", "uit", "mee", "door", "over", "toe", "terug", "weg", "voor", "om",
              "bij", "na", "vast", "los")


@lru_cache(maxsize=200_000)
def root(term: str) -> str:
    """A stem with the forms Snowball keeps apart made alike: 'ge' of participles (gestaakt ~ staakt,
    opgepakt ~ oppakt), doubled vowels (staak ~ stak) and a final t/d (stak ~ staakt)."""
    if term.startswith("ge") and len(term) > 6:
        term = term[2:]
    else:
        for particle in _SEPARABLE:
            if term.startswith(particle + "ge") and len(term) > len(particle) + 5:
                term = particle + term[len(particle) + 2:]
                break
    term = _DOUBLE_VOWEL.sub(r"\1", term)
    return term.rstrip("td") if len(term) > 4 else term


@lru_cache(maxsize=200_000)
def soft_match(question_term: str, text_term: str) -> float:
    """How well a word of a text stands for a question's word: 1 for the same term, `SOFT_MATCH` for
    another form of it (staakten/gestaakt), a derivation (Israëliërs/Israël, Koreanen/Korea) or a
    compound ending in it (gevangenisstraf/straf, aangemeld/gemeld), else 0."""
    if question_term == text_term:
        return 1.0
    if question_term[0].isdigit() or text_term[0].isdigit():
        return 0.0
    left, right = root(question_term), root(text_term)
    if left == right:
        return SOFT_MATCH
    shorter, longer = sorted((left, right), key=len)
    if len(shorter) >= 5 and len(longer) - len(shorter) <= 4 and _common_prefix(shorter, longer) >= max(
            5, len(shorter) - 1):
        return SOFT_MATCH  # a derivation: israel/israelier, korea/korean, brazilie/braziliaan
    if len(question_term) >= 5 and text_term.endswith(question_term):
        return SOFT_MATCH  # the text's compound ends in the question's word
    if len(text_term) >= 6 and question_term.endswith(text_term):
        return SOFT_MATCH  # the question's compound ends in the text's word
    return 0.0


def _common_prefix(left: str, right: str) -> int:
    """How many first letters two words share."""
    length = 0
    for first, second in zip(left, right, strict=False):
        if first != second:
            break
        length += 1
    return length
