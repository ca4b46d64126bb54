"""Which Dutch words are forms of common words: a verb's tense, an adjective inflected before its noun.

No Dutch part-of-speech tagger runs offline here (`../shared/notes`: frog is slow, spaCy has no Dutch model on
PyPI), yet readers need to tell them: a question's simple past sets the direction of "wanneer" and "hoeveel"
and its word asked about is the noun after the adjectives (`index.answers.question`), and a finite verb after a
number is no unit it counts ("de Formule 1 komt", `index.figures`). Each rebuilds the base form by the spelling
rules (the infinitive of a stem, the adjective without its -e) and asks wordfreq whether it is a common word of
general Dutch. `general_frequency` is that one lookup for every reader (the answers weigh a question's words by it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from index.analysis import VOICED, VOWELS

#: How common in general Dutch (wordfreq's Zipf scale) a base form must be for a form of it to count.
COMMON = 3.0
#: The commonest Dutch verbs whose past is no stem + -de/-te (`past_tense` reads those); not 'ging', which as
#: often tells what was to come ("met hoeveel ging de economie groeien volgens de verwachting").
_STRONG_PAST = frozenset("""kreeg kregen kwam kwamen zat zaten lag lagen stond stonden viel vielen
    liep liepen won wonnen verloor verloren gaf gaven nam namen deed deden zag zagen vond vonden hield hielden
    bleef bleven stierf stierven bracht brachten dacht dachten kocht kochten verkocht verkochten zei zeiden
    schreef schreven trok trokken sloot sloten brak braken sprak spraken hing hingen ving vingen liet lieten
    reed vloog vlogen sprong sprongen zong zongen dronk dronken at aten schoot schoten sloeg sloegen droeg
    droegen wist wisten kon konden mocht mochten wilde wilden begon begonnen vertrok vertrokken ontving
    ontvingen verdween verdwenen""".split())
_WEAK_PAST = re.compile(r"^([^\W\d_]{2,}?)(de|te)n?$")
_KOFSCHIP = ("t", "k", "f", "p", "ch")
_VOICELESS = ("t", "k", "p", "ch")


def infinitives(stem: str, voiced: bool) -> set[str]:
    """The spellings the infinitive of a stem may have: + -en, with its last consonant voiced when `voiced`
    ("blijf" -> blijven), doubled (after a short vowel: "win" -> winnen), and a long vowel written once in the
    open syllable ("maak" -> maken, "haal" -> halen). Only the common ones are words, so the others do no harm."""
    last = VOICED.get(stem[-1], stem[-1]) if voiced else stem[-1]
    forms = {stem[:-1] + last + "en", stem + stem[-1] + "en"}
    if len(stem) > 2 and stem[-2] == stem[-3] and stem[-2] in VOWELS:
        forms.add(stem[:-2] + last + "en")
    return forms


@lru_cache(maxsize=50_000)
def general_frequency(word: str, language: str = "nl") -> float:
    """Zipf frequency (0-8) of a word in general text of a language (wordfreq's data, offline)."""
    return zipf_frequency(word.lower(), language)


def leans(word: str, language: str, margin: float = 0.0) -> bool:
    """The word is more frequent in general text of `language` ("nl" or "en") than in the other's, by more than
    `margin` Zipf units: 'much' is English, 'Buitenlandse' Dutch, 'me' either."""
    other = "en" if language == "nl" else "nl"
    return general_frequency(word, language) > general_frequency(word, other) + margin


def common(word: str) -> bool:
    """The word is common in general Dutch, as the base form of a word people use is."""
    return general_frequency(word) >= COMMON


def present_tense(word: str) -> bool:
    """The word is the present tense in -t of a common verb ("komt", "wordt", "gaat", "maakt", "wint", "blijft",
    "reist"). Stems in -t ("zit", "praat") are not read: their infinitive is spelled as the plural of a noun in -t
    ("fouten", "punten")."""
    if not (word.isalpha() and word.islower()) or len(word) < 4 or not word.endswith("t") or word.endswith("tt"):
        return False
    stem = word[:-1]
    if stem.endswith(("aa", "ie", "oe")):
        return common(stem + "n")  # gaat, ziet, doet
    if stem[-1] in VOWELS:
        return common(stem + "en")  # draait, groeit
    # the present tense does not say whether the stem's last consonant is voiced ("blijft", "rust")
    return any(common(form) for form in infinitives(stem, voiced=True) | infinitives(stem, voiced=False))


def inflected_adjective(word: str) -> bool:
    """An adjective inflected before its noun: the word less its -e is a common word ('duitse' -> duits,
    'rijke' -> rijk, 'dikke' -> dik, 'grote' -> groot). A noun in -e ('boete', 'ziekte') leaves no word."""
    lowered = word.lower()
    if len(lowered) < 4 or not lowered.endswith("e") or not lowered.isalpha():
        return False
    base = lowered[:-1]
    forms = {base}
    if base[-1] == base[-2]:
        forms.add(base[:-1])  # dikke -> dik
    elif base[-2] in VOWELS and base[-3] not in VOWELS:
        forms.add(base[:-1] + base[-2] + base[-1])  # grote -> groot
    return any(common(form) for form in forms)


def past_tense(word: str) -> bool:
    """The word is a Dutch verb's simple past: one of the commonest strong ones ('kreeg', 'stond') or stem +
    -de(n)/-te(n) of a common verb (`_weak_past`)."""
    return word in _STRONG_PAST or _weak_past(word)


def finite_verb(word: str) -> bool:
    """A Dutch verb in the past or the present tense ('kreeg', 'werkte', 'ligt'): after "welke boete" it is the
    question's verb, not a noun an adjective goes with."""
    return past_tense(word) or present_tense(word)


def _weak_past(word: str) -> bool:
    """A Dutch verb's simple past of stem + -de(n)/-te(n) ('stemde', 'haalden', 'werkte', 'leefde'): -te after
    a stem ending in t, k, f, ch or p, -de after any other consonant ('t kofschip; f and s before -de are the
    infinitive's v and z), and the infinitive the stem makes (a consonant doubled, a vowel undoubled) common
    in general Dutch. 'grote' and 'rode' are none (a vowel before the ending), nor is a superlative ('beste',
    'grootste': s before -te, which leaves out the rare 'miste'), nor 'zetten', which is the infinitive too."""
    match = _WEAK_PAST.match(word)
    if not match:
        return False
    stem, ending = match.groups()
    if stem[-1] in VOWELS or not (stem.endswith(_KOFSCHIP) if ending == "te" else not stem.endswith(_VOICELESS)):
        return False
    forms = infinitives(stem, voiced=ending == "de")
    if word in forms:
        return False  # 'zetten', 'redden': the infinitive (and present) as much as the past
    return any(common(form) for form in forms)
