"""Whether a Dutch word is a form of a common verb, read from the infinitive its stem spells.

No Dutch part-of-speech tagger runs offline here (`../shared/notes`: frog is slow, spaCy has no Dutch model on
PyPI), yet two readers need to tell a verb: a question's simple past sets the direction of "wanneer" and
"hoeveel" (`index.answers.question`), and a finite verb after a number is no unit it counts ("de Formule 1
komt", `index.figures`). Both rebuild the infinitive from the stem by the spelling rules and ask wordfreq
whether it is a common word of general Dutch.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

#: How common in general Dutch (wordfreq's Zipf scale) an infinitive must be for a form of it to count as a verb.
COMMON = 3.0
#: A stem's last consonant as the infinitive spells it ("leef" -> leven, "reis" -> reizen).
VOICED = {"f": "v", "s": "z"}
VOWELS = "aeiouy"


def infinitives(stem: str, voiced: bool) -> set[str]:
    """The spellings the infinitive of a stem may have: + -en, with its last consonant voiced when `voiced`
    ("blijf" -> blijven), doubled (after a short vowel: "win" -> winnen), and a long vowel written once in the
    open syllable ("maak" -> maken, "haal" -> halen). Only the common ones are words, so the others do no harm."""
    last = VOICED.get(stem[-1], stem[-1]) if voiced else stem[-1]
    forms = {stem[:-1] + last + "en", stem + stem[-1] + "en"}
    if len(stem) > 2 and stem[-2] == stem[-3] and stem[-2] in VOWELS:
        forms.add(stem[:-2] + last + "en")
    return forms


@lru_cache(maxsize=65536)
def common(infinitive: str) -> bool:
    """The word is common in general Dutch (wordfreq), as an infinitive of a verb people use is."""
    return zipf_frequency(infinitive, "nl") >= COMMON


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
