"""English words to Dutch ones, so an English question can be matched against Dutch articles.

Names and numbers carry over by themselves; the other words of an English question are looked up here.
The word list is derived from FreeDict's English-Dutch and Dutch-English dictionaries (GPL-2.0-or-later,
packaged by Debian as `dict-freedict-eng-nld` and `dict-freedict-nld-eng`): `python -m
index.answers.lexicon --build` regenerates `data/en_nl.tsv` from the installed Debian packages, so nothing
is downloaded at run time. Keys are the dictionaries' English words; a question's word finds its entry by its
dictionary forms (lemminflect: hanged, hangs -> hang). See the README ("Licences") for what the GPL data means
for the project.
"""

from __future__ import annotations

import argparse
import gzip
import logging
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import Stemmer
from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

from index.shared import shared
from index.word_forms import leans

log = logging.getLogger(__name__)

DATA = Path(__file__).with_name("data") / "en_nl.tsv"
DICTD = Path("/usr/share/dictd")
#: Translations kept per English word, the commonest in general Dutch first.
MAX_TRANSLATIONS = 6
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_STEMMER = Stemmer.Stemmer("english")
_WORD = re.compile(r"^[a-zà-ÿĳ][a-zà-ÿĳ'\-]*$")


def english_stem(word: str) -> str:
    return _STEMMER.stemWord(word.lower())


@shared
def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in DATA.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            key, _, words = line.partition("\t")
            table[key] = tuple(words.split("|"))
    log.debug("English-Dutch lexicon: %d entries", len(table))
    return table


@shared
def _by_stem() -> dict[str, tuple[str, ...]]:
    """The word list's entries merged by English stem, for a form lemminflect does not know."""
    merged: dict[str, dict[str, None]] = defaultdict(dict)
    for key, words in _table().items():
        merged[english_stem(key)].update(dict.fromkeys(words))
    return {stem: tuple(words) for stem, words in merged.items()}


def prepare() -> None:
    """Read the word list and its entries by stem now (~50 ms), not on a question's first English word."""
    _by_stem()


#: English endings and the Dutch ones their cognates have ('donation' -> donatie, 'psychosis' -> psychose,
#: 'populism' -> populisme, 'global' -> globaal), the longer ending first.
_COGNATE_ENDINGS = (("ization", "isatie"), ("isation", "isatie"), ("tion", "tie"), ("sion", "sie"),
                    ("ity", "iteit"), ("ism", "isme"), ("sis", "se"), ("ical", "isch"), ("ic", "isch"),
                    ("al", "aal"), ("ary", "air"), ("ize", "iseren"), ("ise", "iseren"))
#: English endings after a base whose translation takes the Dutch ending: an office or state ('leadership' ->
#: leider -> leiderschap, 'darkness' -> donker -> donkerheid).
_BASE_ENDINGS = (("ship", "schap"), ("ness", "heid"))
#: What Dutch writes between the parts of a compound ('sneeuw·storm', 'reddings·boot', 'boek·en·kast').
_LINKS = ("", "s", "en", "e")


@lru_cache(maxsize=50_000)  # bounded: the words come from users
def translate(word: str) -> tuple[str, ...]:
    """Dutch words for an English word and for its dictionary forms (lemminflect: 'wrote' -> write,
    'found' -> find and found), the commonest in general Dutch first; empty when the lexicon has none.
    Looked up by dictionary form, not by stem: 'collect' and 'collection' share a stem, and 'collect' got
    'hoop', 'groep' and 'school' that way, 'populism' the words for population. Only a word lemminflect does
    not know falls back on the entries of its stem, and a word without entries on the Dutch words made from
    it (`_derived`)."""
    table = _table()
    lower = word.lower()
    lemmas = [lemma.lower() for forms in getAllLemmas(lower).values() for lemma in forms]
    keys = dict.fromkeys([lower, *lemmas])
    found = dict.fromkeys(dutch for key in keys for dutch in table.get(key, ()))
    if not found and not lemmas:
        by_stem = _by_stem()
        found = dict.fromkeys(dutch for key in dict.fromkeys(map(english_stem, keys)) for dutch in by_stem.get(key, ()))
    if not found:  # an unknown plural is made from its singular ('heatwaves')
        bases = [*keys, lower[:-1]] if not lemmas and lower.endswith("s") else keys
        found = dict.fromkeys(dutch for key in bases for dutch in _derived(key))
    return tuple(sorted(found, key=lambda dutch: -zipf_frequency(dutch, "nl"))[:MAX_TRANSLATIONS])


def _derived(word: str) -> list[str]:
    """Dutch words made from an English word FreeDict lacks the way the two languages make words alike: a
    cognate's ending ('extraction' -> extractie), a doer from the translation of the verb ('player' -> spelen ->
    speler, 'viewer' -> kijker, 'runner' -> renner), an office or state from the translation of its base
    ('leadership' -> leider -> leiderschap), a compound from its parts' ('heatwave' -> hitte + golf). A made
    word is kept only where general Dutch has it and uses it more than English does: 'uitvoerer' and
    'bekijker' are not Dutch words, 'spelers', 'kijkers' and 'hittegolf' are."""
    made = [word[:-len(english)] + dutch for english, dutch in _COGNATE_ENDINGS if word.endswith(english)][:1]
    table = _table()
    if word.endswith("er") and len(word) > 4:  # play-er, vot-er (vote), run-ner (run)
        bases = (word[:-2], word[:-1], word[:-3] if word[-3] == word[-4] else "")
        made += [verb[:-2] + "er" for base in bases for verb in table.get(base, ()) if verb.endswith("en")]
    for english, dutch in _BASE_ENDINGS:
        if word.endswith(english):
            made += [noun + dutch for noun in table.get(word[:-len(english)], ())]
    for split in range(3, len(word) - 2):  # a compound written as one word, as Dutch writes its own
        head, tail = table.get(word[:split], ()), table.get(word[split:], ())
        made += [first + link + second for first in head for second in tail for link in _LINKS]
    return [dutch for dutch in dict.fromkeys(made) if leans(dutch, "nl")]


# -- building the word list from FreeDict ---------------------------------------------------------


def _decode(number: str) -> int:
    value = 0
    for char in number:
        value = value * 64 + _B64.index(char)
    return value


def _entries(name: str) -> list[tuple[str, list[str]]]:
    """(headword, translations in order) of a dictd dictionary."""
    with gzip.open(DICTD / f"freedict-{name}.dict.dz") as compressed:
        data = compressed.read()
    result = []
    for line in (DICTD / f"freedict-{name}.index").read_text("utf-8").splitlines():
        headword, offset, length = line.split("\t")
        if headword.startswith("00"):
            continue
        body = data[_decode(offset):_decode(offset) + _decode(length)].decode("utf-8").splitlines()[1:]
        senses = [re.sub(r"^\d+\.\s*", "", sense).strip() for sense in body]
        words = [part.strip() for sense in senses for part in sense.split(",")]
        result.append((headword, [word for word in words if word]))
    return result


#: An English article FreeDict writes before a name ("the Netherlands", in nld-eng also run together as
#: "theNetherlands", "TheHague"): the name is the word a question has.
_ARTICLE = re.compile(r"^[Tt]he(?:\s+|(?=[A-Z]))")


def _single(word: str) -> str | None:
    """A one-word lower-case entry (phrases and abbreviations are left out), the ĳ ligature as ij and the
    Unicode hyphen FreeDict's English words are written with ("well‐being") as the one a keyboard types."""
    word = _ARTICLE.sub("", word.replace("\u2010", "-")).lower().replace("ĳ", "ij")
    return word if _WORD.match(word) and len(word) > 1 and not word.endswith("-") else None  # not a prefix ("huis-")


def build() -> int:
    """Write `data/en_nl.tsv` from the Debian FreeDict packages; the number of entries."""
    table: dict[str, list[str]] = defaultdict(list)
    for english, dutch_words in _entries("eng-nld"):
        key = _single(english)
        for dutch in dutch_words:
            if key and (word := _single(dutch)) and word not in table[key]:
                table[key].append(word)
    for dutch, english_words in _entries("nld-eng"):
        word = _single(dutch)
        for english in english_words:
            if word and (key := _single(english)) and word not in table[key]:
                table[key].append(word)
    DATA.parent.mkdir(exist_ok=True)
    lines = ["# English word <TAB> Dutch words, from FreeDict eng-nld and nld-eng (GPL-2.0-or-later);",
             "# regenerate with: python -m index.answers.lexicon --build"]
    # The commonest Dutch words first: "ship" is far more often "schip" than "verzenden".
    lines += [f"{key}\t{'|'.join(sorted(words, key=lambda word: -zipf_frequency(word, 'nl'))[:MAX_TRANSLATIONS])}"
              for key, words in sorted(table.items())]
    DATA.write_text("\n".join(lines) + "\n", "utf-8")
    return len(table)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="regenerate data/en_nl.tsv from /usr/share/dictd")
    if parser.parse_args().build:
        print(f"{build()} entries written to {DATA}")
