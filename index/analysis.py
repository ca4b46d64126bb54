"""Dutch analysis for the index: one pass from text to search terms.

What it makes alike: "soldaten"/"soldaat" (Snowball's Dutch stemmer), and the plurals Snowball stems apart from
their singular: "mannen"/"man", "prijzen"/"prijs", "brieven"/"brief" (`_as_singular`);
"Oekraine"/"Oekraïne" (accents folded before stemming), "12.000"/"12000" (Dutch digit grouping dropped) and
"2,5"/"2.5" (decimal comma).
Dutch stop words go. Hyphenated names split into their parts ("Noord-Korea" -> noord, korea), but a type
name of a few letters and up to three digits is one term however it is written ("F-35", "F35" -> f35; "MH-17" ->
mh17; a year stays apart: "WK-2022" -> wk, 2022). Split, its letters were a stray letter or a rare word and
the number matched every "35".

It is a single Whoosh tokenizer rather than a chain of filters because analysis is most of the indexing
time: one loop with a C stemmer (PyStemmer's `dutch_porter`, the same stems as Whoosh's pure-Python
Dutch stemmer, ~60x faster) halves the cost of the usual filter chain.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import Stemmer
from whoosh.analysis import Token, Tokenizer
from whoosh.lang.stopwords import stoplists

TOKEN = re.compile(r"\d+(?:[.,]\d+)+|\b[^\W\d_]{1,3}[-\u2010\u2011\u2013]\d{1,3}\b|\w+")
#: The dashes a type name is written with: "F-35", with a hyphen, a non-breaking hyphen or an en dash.
TYPE_DASHES = "-\u2010\u2011\u2013"
_TYPE_DASH = re.compile(f"[{TYPE_DASHES}]")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DECIMAL = re.compile(r"\d+,\d+")

#: Whoosh's Dutch list plus function words that news copy is full of.
STOP_WORDS = frozenset(stoplists["nl"]) | frozenset(
    """aan af al als bij dan dat de der des deze die dit door dus een eens en er ge het hoe hun ik in is
    je kan maar me men met na naar niet nog nu of om omdat ook op over te tegen toe tot u uit van
    voor want was wat we werd wie wij zal ze zei zich zij zijn zo zou zouden""".split()
)


def _fold_table() -> dict[int, str]:
    """Latin letters with accents to their base letter, and the Dutch ĳ ligature to ij."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        decomposed = unicodedata.normalize("NFKD", chr(code))
        base = "".join(char for char in decomposed if not unicodedata.combining(char))
        if base and base != chr(code) and base.isascii():
            table[code] = base
    table[ord("ß")] = "ss"
    return table


FOLD = _fold_table()
_STEMMER = Stemmer.Stemmer("dutch_porter")
#: Stems no longer than this are left as Snowball makes them ('all', 'lev' of leven, 'zev' of zeven).
MIN_RESPELT = 3
VOWELS = "aeiouy"
#: A stem's last consonant as an ending voices it ("leef" -> leven, "reis" -> reizen), and back.
VOICED = {"f": "v", "s": "z"}
UNVOICED = {voiced: plain for plain, voiced in VOICED.items()}


def fold(text: str) -> str:
    """Lower case without accents: how place and source keywords are stored and filtered."""
    return text.lower().translate(FOLD)


def normalise_number(text: str) -> str:
    """'12.000' -> '12000', '2,5' -> '2.5'; anything else unchanged."""
    if _GROUPED.fullmatch(text):
        return text.replace(".", "")
    if _DECIMAL.fullmatch(text):
        return text.replace(",", ".")
    return text


@lru_cache(maxsize=200_000)
def term_for(word: str) -> str | None:
    """The index term of one token as written, or None for a stop word or a stray letter."""
    if word[0].isdigit():  # "12.000" -> 12000; "5G", "5g" -> 5g; "50PLUS", "50Plus" -> 50plus
        return normalise_number(word).lower().translate(FOLD)
    lowered = word.lower()
    if lowered in STOP_WORDS or len(lowered) == 1:
        return None
    folded = lowered.translate(FOLD)
    if _TYPE_DASH.search(folded):  # a type name: "F-35" (or with a non-breaking hyphen or a dash) is "F35"
        return _TYPE_DASH.sub("", folded)
    return _as_singular(_STEMMER.stemWord(folded))


def _as_singular(stem: str) -> str:
    """A plural's or a verb's stem as Snowball stems the singular, where it leaves apart forms a reader takes for
    one word: a consonant doubled after a short vowel stays double ('mannen' -> mann, 'abortussen' -> abortuss:
    only kk, dd and tt are made single), and a z or v the ending voiced stays ('prijzen' -> prijz, 'brieven' ->
    briev).

    Not undone, measured and left out (forty-fifth round): a plural in -s or -en after a vowel ('reacties',
    'ideeën': Snowball strips those endings only after a consonant), and the s Snowball strips from a singular
    ending in a consonant and s but not from the plural's stem ('mens' -> men, 'mensen' -> mens; undoing it made
    'mensen' one term with 'menen' and 'Janssen' one with 'Jan'). Both answered worse."""
    if len(stem) <= MIN_RESPELT:
        return stem
    if stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        stem = stem[:-1]
    return stem[:-1] + UNVOICED[stem[-1]] if len(stem) > MIN_RESPELT and stem[-1] in UNVOICED else stem


def terms(text: str) -> list[str]:
    """The index terms of a text, in order (for query building and passage scoring)."""
    return [term for word in TOKEN.findall(text) if (term := term_for(word))]


def term_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """(term, start, end) for every indexed token of a text: where to put highlights."""
    for match in TOKEN.finditer(text):
        term = term_for(match.group())
        if term:
            yield term, match.start(), match.end()


class DutchTokenizer(Tokenizer):
    """Whoosh tokenizer doing the whole Dutch analysis (see the module docstring)."""

    def __eq__(self, other: object) -> bool:
        return other is not None and self.__class__ is other.__class__

    def __hash__(self) -> int:
        return hash(self.__class__)

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs: object,
                 ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = value
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        pos = start_pos
        for match in TOKEN.finditer(value):
            term = term_for(match.group())
            if term is None:
                continue
            token.text = term
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = match.group()
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            pos += 1
            yield token


def dutch_analyzer() -> DutchTokenizer:
    return DutchTokenizer()
