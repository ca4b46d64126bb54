"""Splitting Dutch news paragraphs into whole sentences, quotations kept intact.

Quotes are the product: a passage must be whole sentences with their quotation marks (`„…"`, `,,…''`,
`"…"`) balanced, so a quotation that runs over two sentences stays one passage together with its
attribution ("…", zou hij hebben gezegd.). Abbreviations (o.a., bijv., dr.), initials (J. Assange) and
digit groups (12.000, 3,6) do not end a sentence. Rule-based and fast, because every story's figures are
extracted sentence by sentence at index time.
"""

from __future__ import annotations

import re

# Lower-case abbreviations that end in a full stop without ending the sentence.
ABBREVIATIONS = frozenset(
    """a.s aug blz ca co dec dhr dr drs e.a e.d e.v enz etc feb fig ing ir jan jhr jl jr kol lt m.b.t
    m.u.v max min mevr mgr mln mld mr mw n.a.v nl nov nr o.a o.b.v o.m okt p.p plm prof red resp
    sep sept sr st t.a.v t.o.v t/m tel vgl vs w.o z.g z.g.a.n zgn i.p.v i.v.m v.d v.s d.w.z m.a.w
    o.i.d""".split()
)

_BOUNDARY = re.compile(
    r"""[.!?…]+          # the end mark(s)
        (?:''|["”»’'])*  # closing quotation marks that belong to this sentence
        (?=\s+           # then whitespace and something that can start a sentence
           (?:["„“«'‘(\[]|,,)?[A-ZÀ-ÞĲ0-9])""",
    re.VERBOSE,
)

# Quotation tokens, longest first so ",," and "''" win over single characters.
_QUOTE_TOKEN = re.compile(r",,|''|[„“”\"«»]")

#: A quotation still open after this many characters is taken for a stray mark, not a quote.
MAX_QUOTE_SPAN = 600


def _quote_depth_changes(text: str) -> list[tuple[int, int]]:
    """(offset, depth after it) at every quotation mark, read left to right."""
    changes: list[tuple[int, int]] = []
    depth = 0
    opened_at = -1
    for match in _QUOTE_TOKEN.finditer(text):
        token = match.group()
        if token in {",,", "„", "“", "«"}:
            if token == "“" and depth:  # English-style “ can close a „ quote
                depth = 0
            else:
                depth = 1
                opened_at = match.start()
        elif token in {"''", "”", "»"}:
            depth = 0
        elif token == '"':
            depth = 0 if depth else 1
            opened_at = match.start() if depth else opened_at
        if depth and match.start() - opened_at > MAX_QUOTE_SPAN:
            depth = 0
        changes.append((match.end(), depth))
    return changes


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"„“":
        start -= 1
    return text[start:end]


def _is_abbreviation(text: str, mark_start: int) -> bool:
    if text[mark_start] != ".":
        return False
    word = _word_before(text, mark_start)
    if not word:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. Assange"
        return True
    return word.lower() in ABBREVIATIONS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in one paragraph, each stripped of surrounding space."""
    depths = _quote_depth_changes(text)
    spans: list[tuple[int, int]] = []
    start = 0
    change_index = 0
    depth = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        while change_index < len(depths) and depths[change_index][0] <= end:
            depth = depths[change_index][1]
            change_index += 1
        if depth or _is_abbreviation(text, match.start()):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    result = []
    for begin, finish in spans:
        while begin < finish and text[begin].isspace():
            begin += 1
        while finish > begin and text[finish - 1].isspace():
            finish -= 1
        if finish > begin:
            result.append((begin, finish))
    return result


def split_sentences(text: str) -> list[str]:
    """The sentences of a paragraph as strings (see `sentence_spans`)."""
    return [text[start:end] for start, end in sentence_spans(text)]
