"""Other ways a train question could have been typed, for fitting ranking models that do not lean on how
its one writer happened to put it.

The ranking models learn from 300 train questions, each typed once; questions from other people differ
in everything around their content: words leading in ("nou", "weet iemand"), a remark after them, no
capitals or question mark, a slip of the keyboard. Perturbing train's questions that way in sample (the
tenth round's models) moved 7 to 11 of 260 best candidates each: the ranking rested on such details. Each
train question is also fitted in a few rewritten forms (`variants`), with its own labels and in its own
fold, so that a model is rewarded for ranking what the question asks, not how it was typed. The
rewritings are of style only: no content word is added, and nothing is taken from any question set.
"""

from __future__ import annotations

import random
import re

#: Words that lead in to a chat question, and remarks after one, per language.
LEAD_INS = {"nl": ("nou", "hé", "zeg", "ok maar", "weet iemand", "even een vraag:", "vraagje:"),
            "en": ("hey", "so", "quick question:", "does anyone know", "ok but")}
REMARKS = {"nl": ("snap er niks van", "echt raar", "iemand?", "toch?", "haha", "geen idee eigenlijk"),
           "en": ("no idea", "weird right", "anyone?", "lol", "just wondering")}
_WORD = re.compile(r"[^\W\d_]{5,}")


def _lower(text: str, chance: random.Random, language: str) -> str:
    return text.lower().rstrip("?!. ")


def _lead_in(text: str, chance: random.Random, language: str) -> str:
    return f"{chance.choice(LEAD_INS[language])} {text[:1].lower()}{text[1:]}"


def _remark(text: str, chance: random.Random, language: str) -> str:
    return f"{text} {chance.choice(REMARKS[language])}"


def _slip(text: str, chance: random.Random, language: str) -> str:
    """Two neighbouring letters swapped inside one word of five letters or more."""
    words = list(_WORD.finditer(text))
    if not words:
        return text
    word = chance.choice(words)
    at = chance.randrange(word.start() + 1, word.end() - 2)
    return text[:at] + text[at + 1] + text[at] + text[at + 2:]


#: The changes of style a rewriting makes one or two of.
CHANGES = (_lower, _lead_in, _remark, _slip)


def variants(text: str, language: str, key: str, count: int) -> list[str]:
    """`count` rewritings of a question, each with one or two changes of style, the same for the same
    `key` (the question's id) every run."""
    chance = random.Random(key)
    found: list[str] = []
    for _ in range(count):
        changed = text
        for change in chance.sample(CHANGES, chance.choice((1, 2))):
            changed = change(changed, chance, language)
        found.append(changed)
    return found
