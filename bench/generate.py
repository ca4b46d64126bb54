"""Deterministic generator of realistic ANP-style Dutch news input for Dateline's benchmarks.

Why: indexing, search and QA benchmarks need corpora of any size that look like what the library
reads in production (scraped pages with a "Meer uit" block of briefs, ANP wire items, JSON Lines
exports) and that have the statistical shape of real news (Zipfian term frequencies, a vocabulary that
keeps growing, bursty key terms, figures, quotes, datelines). Index sizes, posting-list lengths and
query times measured on uniform random words would mean little.

How: a cut-up walk over real text (copy a run of ~5 tokens, jump to another occurrence of the last
token, go on) over the DPG Media 2019 corpus when it is present, else over a stand-in text walked from
a compact bigram model embedded at the bottom of this file (so it works without shared/). On top:
- the rarest words are drawn from an open-ended power-law lexicon (the corpus's own rare words, then
  Dutch-style compounds), so the vocabulary keeps growing like news (Heaps' law) at any corpus size,
- per-story topic nouns and people (burstiness: a story repeats its key terms and names),
- figures regenerated in ANP style (1500, 12.000, 3,6, vier, dertig), years, datelines and quotes.

Determinism: every unit of work (a chunk of pages, wire items or one JSONL file) has its own
`random.Random` seeded from (seed, chunk number), so the same (stories, seed, model source) gives
byte-identical files whatever the number of worker processes.

CLI: python -m bench.generate OUT_DIR --stories 10000 --seed 1
"""

from __future__ import annotations

import argparse
import base64
import bisect
import hashlib
import itertools
import json
import math
import multiprocessing
import os
import random
import re
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

NAMESPACE = "dateline-bench-v1"
T = TypeVar("T")

# --------------------------------------------------------------------------------------------
# Knobs. Calibrated with bench/realism.py against the DPG corpus (see its report).
# --------------------------------------------------------------------------------------------
TAIL_SHARE = 0.06  # the rarest training words, this share of tokens, are drawn from the open lexicon
# instead (in the DPG corpus: the words seen once or twice)
BUILTIN_TAIL_SHARE = 0.12  # more: the built-in model lacks the corpus's 17% of tokens beyond its top 3000
TAIL_EXPONENT = 1.6  # power law of the open lexicon: the vocabulary then grows ~ n^(1/1.6) for long
TAIL_OFFSET = 5000.0  # flat head: no lexicon word becomes frequent, as real rare words do not
P_TOPIC = 0.1  # per noun: one of the story's topic words instead (burstiness)
P_NAME = 0.5  # a subject pronoun (hij, zij) becomes the story's person
P_QUOTE = 0.3  # per non-lead paragraph: one sentence becomes a quote
P_FRONT_MATTER = 0.2  # text files that start with date:/source:/url: lines
P_BRIEF_REPEAT = 0.05  # briefs that were already shown on another page
MIN_SENTENCE_WORDS, MAX_SENTENCE_WORDS = 4, 45
STORY_MEDIAN_WORDS = 285  # targets; each paragraph's last sentence overshoots, so stories come out ~300
STORY_SIGMA = 0.68  # log-normal spread: p90 ~ 720 words like the DPG corpus (p10 ~ 125: floor of 100)
STORY_MIN_WORDS, STORY_MAX_WORDS = 100, 1500
WIRE_MEDIAN_WORDS = 230  # ANP wire copy runs a little shorter than newspaper articles
BRIEF_MIN_WORDS, BRIEF_MAX_WORDS = 25, 80
CORPUS_START = datetime(2024, 9, 2, 6, 0, tzinfo=UTC)
CORPUS_SPAN_DAYS = 180
DEFAULT_MIX: Mapping[str, float] = {"page": 0.4, "wire": 0.2, "record": 0.4}
PAGE_STORIES_PER_CHUNK = 500
WIRE_PER_CHUNK = 250
RECORDS_PER_FILE = 500

# Token kinds in the language model.
WORD, PUNCT, END, YEAR, DAY, SMALL, INT, BIG, DEC = range(9)
# What the walk does with a token, one byte per id so the hot loop does a single lookup: copy it,
# glue it (punctuation), maybe swap it for a topic word (noun), end the sentence, draw a lexicon word
# instead (rare), maybe name the person (pronoun), or draw a fresh figure (C_FIGURE + figure kind).
C_PLAIN, C_PUNCT, C_NOUN, C_END, C_RARE_LOWER, C_RARE_UPPER, C_PRONOUN, C_FIGURE = range(8)
_NUM_TOKENS = {"<YEAR>": YEAR, "<DAY>": DAY, "<SMALL>": SMALL, "<INT>": INT, "<BIG>": BIG, "<DEC>": DEC}
_ENDS = frozenset(".?!")
_PUNCT = frozenset(",:")

# --------------------------------------------------------------------------------------------
# Named entities and fixed phrases, in ANP house style.
# --------------------------------------------------------------------------------------------
def _split(text: str, sep: str | None = None) -> list[str]:
    """Word lists are kept as wrapped strings: two hundred cities read better that way than a list."""
    return text.split(sep)


_WORLD = _split(
    "WASHINGTON|NEW YORK|LOS ANGELES|CHICAGO|SAN FRANCISCO|SEATTLE|HOUSTON|MIAMI|BOSTON|ATLANTA|"
    "DETROIT|DALLAS|DENVER|LAS VEGAS|NEW ORLEANS|OTTAWA|TORONTO|MONTREAL|VANCOUVER|MEXICO-STAD|HAVANA|"
    "CARACAS|BOGOTA|LIMA|QUITO|SANTIAGO|BUENOS AIRES|SAO PAULO|RIO DE JANEIRO|BRASILIA|MONTEVIDEO|"
    "PARAMARIBO|WILLEMSTAD|ORANJESTAD|LONDEN|MANCHESTER|LIVERPOOL|EDINBURGH|DUBLIN|BELFAST|PARIJS|"
    "MARSEILLE|LYON|NICE|STRAATSBURG|BRUSSEL|ANTWERPEN|GENT|LUIK|LUXEMBURG|BERLIJN|HAMBURG|MUNCHEN|"
    "FRANKFURT|KEULEN|DUSSELDORF|WENEN|BERN|GENEVE|ZURICH|ROME|MILAAN|NAPELS|VENETIE|MADRID|BARCELONA|"
    "VALENCIA|SEVILLA|GELIDA|LISSABON|PORTO|ATHENE|STOCKHOLM|OSLO|KOPENHAGEN|HELSINKI|REYKJAVIK|"
    "WARSCHAU|KRAKAU|PRAAG|BRATISLAVA|BOEDAPEST|BOEKAREST|SOFIA|BELGRADO|ZAGREB|LJUBLJANA|SARAJEVO|"
    "TIRANA|VILNIUS|RIGA|TALLINN|MINSK|KYIV|ODESA|CHARKIV|LVIV|MOSKOU|SINT-PETERSBURG|VLADIVOSTOK|"
    "KOERSK|ANKARA|ISTANBUL|TBILISI|JEREVAN|BAKOE|BEIROET|DAMASCUS|AMMAN|JERUZALEM|TEL AVIV|GAZA|"
    "RAMALLAH|KAIRO|BAGDAD|TEHERAN|RIYAD|DOHA|DUBAI|ABU DHABI|SANAA|KABUL|ISLAMABAD|NEW DELHI|MUMBAI|"
    "DHAKA|COLOMBO|KATHMANDU|PEKING|SHANGHAI|HONGKONG|TAIPEI|SEOUL|PYONGYANG|TOKIO|OSAKA|MANILLA|"
    "JAKARTA|BANGKOK|HANOI|SINGAPORE|KUALA LUMPUR|SYDNEY|CANBERRA|MELBOURNE|WELLINGTON|NAIROBI|"
    "ADDIS ABEBA|LAGOS|ABUJA|ACCRA|DAKAR|KINSHASA|JOHANNESBURG|KAAPSTAD|PRETORIA|TUNIS|ALGIERS|RABAT|"
    "TRIPOLI|KHARTOEM|MOGADISHU|KAMPALA|HARARE|LUANDA",
    "|",
)
_CORPORATE = _split(
    "CUPERTINO|REDMOND|MOUNTAIN VIEW|MENLO PARK|SAN MATEO|SANTA CLARA|DEERFIELD|BATTLE CREEK|OMAHA|"
    "ARMONK|SEATTLE|NEW YORK|FRANKFURT|LONDEN|PARIJS|TOKIO|ZURICH|MUNCHEN|STOCKHOLM|SHANGHAI",
    "|",
)
_DUTCH = _split(
    "AMSTERDAM|ROTTERDAM|DEN HAAG|UTRECHT|EINDHOVEN|GRONINGEN|TILBURG|ALMERE|BREDA|NIJMEGEN|APELDOORN|"
    "HAARLEM|ARNHEM|ENSCHEDE|AMERSFOORT|ZAANSTAD|DEN BOSCH|HOOFDDORP|ZWOLLE|LEIDEN|MAASTRICHT|"
    "DORDRECHT|ZOETERMEER|DEVENTER|DELFT|ALKMAAR|HEERLEN|VENLO|LEEUWARDEN|HILVERSUM|HENGELO|AMSTELVEEN|"
    "ROOSENDAAL|PURMEREND|OSS|SCHIEDAM|SPIJKENISSE|HELMOND|VLAARDINGEN|ALPHEN AAN DEN RIJN|HOORN|EDE|"
    "LELYSTAD|ASSEN|EMMEN|MIDDELBURG|VLISSINGEN|GOES|TERNEUZEN|SITTARD|ROERMOND|WEERT|VEENENDAAL|GOUDA|"
    "HARDERWIJK|KAMPEN|SNEEK|DRACHTEN|HEERENVEEN|DEN HELDER|TEXEL|SCHIPHOL|IJMUIDEN|KATWIJK|NOORDWIJK|"
    "WASSENAAR|RIJSWIJK|NIEUWEGEIN|ZEIST|DOETINCHEM|WINTERSWIJK|TIEL|VEENDAM|DELFZIJL|URK|VOLENDAM",
    "|",
)
_FIRST = _split(
    "Jan Pieter Sanne Anouk Mark Sophie Lisa Daan Thijs Femke Hugo Eva Ruben Lotte Bram Iris Sven Noor "
    "Kees Marieke Willem Ingrid Gerrit Hanneke Joost Ellen Frank Esther Karin Rob Henk Annemarie Dilan "
    "Mohammed Fatima Yusuf Naima Ahmed Samira Youssef Karoline Donald Joe Kamala Volodymyr Vladimir "
    "Emmanuel Olaf Friedrich Giorgia Pedro Ursula Kaja Antonio Xi Shinzo Benjamin Naim Elon Tim Rand "
    "Pam Julian Chelsea Amit Fareed Recep Keir Rishi Narendra Luiz Javier Justin Yoon Kim Han Taro "
    "Leila Ali Hassan Omar Olena Dmitri Sergej Andrzej Viktor Petr Mette Ulf Jonas Sanna Alexander "
    "Charles Kate William Harry Meghan Lionel Cristiano Virgil Frenkie Memphis Max Sifan Femke Dafne "
    "Ronald Erik Dick Caroline Pieter Geert Frans Dilan Rob Hugo Sigrid Wopke Mona Eelco Fleur"
)
_LAST = _split(
    "de Vries|Jansen|de Jong|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|"
    "Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|"
    "Kok|Jacobs|de Haan|Vermeulen|van den Berg|van Dijk|Koster|Prins|Huisman|Willems|Kuipers|"
    "Verhoeven|Schouten|Hoekstra|Post|Timmermans|Wilders|Yesilgöz|Omtzigt|Schoof|Klaver|Jetten|"
    "Kaag|Rutte|Blom|Hox|Zwaagstra|Trump|Biden|Harris|Zelensky|Poetin|Macron|Scholz|Merz|Meloni|"
    "Sánchez|von der Leyen|Kallas|Costa|Xi|Abe|Netanyahu|Qassem|Musk|Kaine|Paul|Bondi|Leavitt|"
    "Albares|Assange|Manning|Banati|Khan|Erdogan|Starmer|Sunak|Modi|Lula|Milei|Trudeau|Yoon|Kishida|"
    "Ishiba|Rahman|Haddad|Nasser|Kovalenko|Petrov|Ivanov|Kowalski|Nowak|Orbán|Fiala|Frederiksen|"
    "Kristersson|Støre|Stubb|Müller|Schmidt|Dupont|Martin|Rossi|García|Smith|Johnson|Williams|Brown|"
    "Park|Lee|Wang|Zhang|Li|Chen|Tanaka|Suzuki|Messi|Ronaldo|van Dijk|Verstappen|Kompany|Koeman|"
    "Bouwmeester|Kruijswijk|Vollering|Hassan|Ouali|El Khadiri|Yilmaz|Demir|Öztürk|Bennani|Tahiri",
    "|",
)
_ROLES = _split(
    "minister|president|premier|woordvoerder|burgemeester|directeur|topman|trainer|advocaat|"
    "onderzoeker|hoogleraar|econoom|officier van justitie|commissaris|fractievoorzitter|voorzitter",
    "|",
)
_SECTIONS: tuple[tuple[str, float], ...] = (
    ("Buitenland", 0.30), ("Binnenland", 0.22), ("Economie", 0.16), ("Sport", 0.10),
    ("Politiek", 0.10), ("Cultuur", 0.06), ("Tech", 0.06),
)
SECTIONS = tuple(name for name, _ in _SECTIONS)  # the "Meer uit <Section>" names
_WIRE_SECTIONS: tuple[tuple[str, float], ...] = (
    ("Economie", 0.35), ("Binnenland", 0.25), ("Buitenland", 0.25), ("Sport", 0.05),
    ("Politiek", 0.05), ("Cultuur", 0.05),
)
_AGENCIES: dict[str, tuple[tuple[str, float], ...]] = {
    "Buitenland": (("ANP", 0.3), ("ANP/AFP", 0.2), ("ANP/RTR", 0.2), ("ANP/RTR/AFP", 0.08),
                   ("ANP/AP", 0.07), ("ANP/DPA", 0.07), ("ANP/BELGA", 0.03), ("ANP/AFP/RTR", 0.05)),
    "Binnenland": (("ANP", 0.95), ("ANP/BELGA", 0.05)),
    "Economie": (("AFN", 0.3), ("AFN/BLOOMBERG", 0.2), ("ANP/RTR", 0.15), ("ANP", 0.15),
                 ("AFN/RTR", 0.1), ("ANP/RTR/BLOOMBERG", 0.1)),
    "Sport": (("ANP", 0.8), ("ANP/AFP", 0.1), ("ANP/RTR", 0.1)),
    "Politiek": (("ANP", 0.9), ("ANP/RTR", 0.05), ("ANP/BELGA", 0.05)),
    "Cultuur": (("ANP", 0.8), ("ANP/AP", 0.1), ("ANP/AFP", 0.1)),
    "Tech": (("ANP", 0.3), ("AFN", 0.2), ("ANP/RTR", 0.2), ("AFN/BLOOMBERG", 0.2), ("ANP/AP", 0.1)),
}
_CITY_POOLS: dict[str, tuple[tuple[list[str], float], ...]] = {
    "Buitenland": ((_WORLD, 1.0),),
    "Binnenland": ((_DUTCH, 1.0),),
    "Economie": ((_DUTCH, 0.45), (_WORLD, 0.25), (_CORPORATE, 0.3)),
    "Sport": ((_DUTCH, 0.6), (_WORLD, 0.4)),
    "Politiek": ((["DEN HAAG"], 0.8), (["BRUSSEL", "STRAATSBURG"], 0.2)),
    "Cultuur": ((_DUTCH, 0.7), (_WORLD, 0.3)),
    "Tech": ((_CORPORATE, 0.6), (_DUTCH, 0.4)),
}
# Quote marks by format: pages use "", ANP wire ,,'' and the newspaper export mostly ''.
_QUOTES: dict[str, tuple[tuple[tuple[str, str], float], ...]] = {
    "page": ((('"', '"'), 0.7), (("„", '"'), 0.2), ((",,", "''"), 0.1)),
    "wire": (((",,", "''"), 0.6), (('"', '"'), 0.3), (("„", '"'), 0.1)),
    "record": ((("'", "'"), 0.45), ((",,", "''"), 0.25), (('"', '"'), 0.2), (("„", '"'), 0.1)),
}
_SAYS = ("zegt", "zei", "aldus", "stelt", "meldt", "benadrukt", "laat weten")
_NUMBER_WORDS = _split(
    "nul één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
    "zestien zeventien achttien negentien twintig"
)
_TENS = {30: "dertig", 40: "veertig", 50: "vijftig", 60: "zestig", 70: "zeventig", 80: "tachtig",
         90: "negentig", 100: "honderd", 1000: "duizend"}
_MONTHS = frozenset(_split(
    "januari februari maart april mei juni "
    "juli augustus september oktober november december"
))
_HEADLINE_TRIM = frozenset(_split(
    "de het een van in op te en dat die met voor aan om naar bij als of is zijn was heeft hebben wordt "
    "door over uit ook nog al er maar dan zo niet tot na hun haar zijn dit deze wat wie waar"
))
_TRAILER = "(ANP Redactie AFN/Economie, email economie(at)anp.nl, +31 20 560 6070)"
_LINKS = ("", "", "", "", "s", "s", "en", "-")
RUN_MEAN = 5.0  # mean length of a run of real text copied by the cut-up walk
# Geometric run lengths by quantile: a fixed table, so a draw is one index.
_RUNS = tuple(1 + int(math.log(1 - (i + 0.5) / 1024) / math.log(1 - 1 / RUN_MEAN)) for i in range(1024))
_TOKEN_RE = re.compile(r"'[st]\b|\w+(?:[-'.,/&]\w+)*|[.,:?!]")
_SLUG_RE = re.compile(r"[^a-z0-9]+")
_AGE_RE = re.compile(r"\d+ (?:minuut|minuten|uur|dag|dagen) geleden")


# --------------------------------------------------------------------------------------------
# The language model.
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Model:
    """Training text as token ids, indexed for a cut-up walk (see TextGen.sentence).

    A bigram model sampled token by token costs ~3 us a word in CPython; copying runs of real text
    and jumping between occurrences of the same token costs a fraction of that and reads better.
    """

    source: str
    digest: str
    text: list[str]  # id -> token ("<YEAR>" etc. for figures)
    kind: list[int]  # id -> WORD, PUNCT, END or a figure class
    seq: list[int]  # the training text, "." between articles, padded with "." at the end
    occ: list[list[int]]  # id -> positions in seq
    starts: list[int]  # positions in seq that begin a sentence
    dot: int
    is_noun: bytes
    code: bytes  # id -> C_* code for the walk
    tail_lower: list[int]  # rare words, shuffled: the first ranks of the open lexicon
    tail_upper: list[int]
    parts: list[int]  # noun ids that compounds are built from



def _num_class(tok: str, nxt: str) -> str:
    """The placeholder for a figure, so generated figures are fresh values in the right context."""
    if tok.isdigit():
        value = int(tok)
        if len(tok) == 4 and 1800 <= value <= 2099:
            return "<YEAR>"
        if 1 <= value <= 31 and nxt in _MONTHS:
            return "<DAY>"
        if 1 <= value <= 31:
            return "<SMALL>"
        return "<INT>" if value < 10_000 else "<BIG>"
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", tok):
        return "<BIG>"
    if re.fullmatch(r"\d+,\d+", tok):
        return "<DEC>"
    return tok


def corpus_tokens(texts: Iterable[str]) -> list[str]:
    """Tokens of all texts with a sentence end before each, figures as placeholders.

    Sentence-initial capitals are undone when the word is usually lower case, so "De" and "de" are one
    state and the generator capitalises sentence starts itself.
    """
    seq: list[str] = []
    for text in texts:
        seq.append(".")
        seq.extend(_TOKEN_RE.findall(text))
    for i, tok in enumerate(seq):
        if tok[0].isdigit():
            seq[i] = _num_class(tok, seq[i + 1].lower() if i + 1 < len(seq) else "")
    inner = Counter(tok for i, tok in enumerate(seq) if i and seq[i - 1] not in _ENDS)
    for i in range(1, len(seq)):
        if seq[i - 1] in _ENDS:
            low = seq[i].lower()
            if low != seq[i] and inner[low] >= inner[seq[i]]:
                seq[i] = low
    return seq


def _walk_code(kind: int) -> int:
    if kind == WORD:
        return C_PLAIN
    return {PUNCT: C_PUNCT, END: C_END}.get(kind, C_FIGURE + kind)


def _token_kind(tok: str) -> int:
    if tok in _ENDS:
        return END
    if tok in _PUNCT:
        return PUNCT
    return _NUM_TOKENS.get(tok, WORD)


_DETERMINERS = frozenset(("de", "het", "een", "deze", "dit", "die", "geen"))


def model_from_tokens(source: str, digest: str, seq: list[str], tail_share: float = TAIL_SHARE) -> Model:
    """Index a token sequence (from corpus_tokens); ids are ranks (count desc, then text).

    The rarest words, `tail_share` of the tokens, are marked to be drawn from the open lexicon.
    """
    if not seq or seq[-1] != ".":
        seq = [*seq, "."]
    counts = Counter(seq)
    vocab = sorted(counts, key=lambda t: (-counts[t], t))
    ids = {tok: i for i, tok in enumerate(vocab)}
    kinds = [_token_kind(t) for t in vocab]
    seq_ids = [ids[t] for t in seq]
    occ: list[list[int]] = [[] for _ in vocab]
    for pos, tid in enumerate(seq_ids):
        occ[tid].append(pos)
    ends = [i for i, k in enumerate(kinds) if k == END]
    starts = sorted(pos + 1 for e in ends for pos in occ[e] if pos + 1 < len(seq_ids))
    parts = _compound_parts(vocab, [counts[t] for t in vocab], seq_ids)
    is_noun = bytearray(len(vocab))
    for i in parts:
        is_noun[i] = 1
    code = bytearray(_walk_code(kind) for kind in kinds)
    for i in parts:
        code[i] = C_NOUN
    for p in ("hij", "zij"):
        if p in ids:
            code[ids[p]] = C_PRONOUN
    tails: tuple[list[int], list[int]] = ([], [])
    budget = tail_share * len(seq_ids)
    for i in range(len(vocab) - 1, -1, -1):  # rarest first
        if kinds[i] != WORD:
            continue
        budget -= counts[vocab[i]]
        if budget < 0:
            break
        capital = vocab[i][:1].isupper()
        code[i] = C_RARE_UPPER if capital else C_RARE_LOWER
        tails[capital].append(i)
    for n, tail in enumerate(tails):
        random.Random(f"{NAMESPACE}:tail:{n}").shuffle(tail)
    seq_ids += [ids["."]] * (max(_RUNS) + 1)  # padding: a run never reads past the end
    return Model(
        source=source, digest=digest, text=vocab, kind=kinds, seq=seq_ids, occ=occ, starts=starts,
        dot=ids["."], is_noun=bytes(is_noun), code=bytes(code), tail_lower=tails[0], tail_upper=tails[1],
        parts=parts,
    )


def _compound_parts(vocab: list[str], counts: list[int], seq_ids: list[int]) -> list[int]:
    """Noun-like words to build compounds from: seen after a determiner at least a quarter of the time.

    Without a tagger this keeps verbs out ("heroverwegenmunt") while "klimaat" + "akkoord" stays in.
    """
    determiners = frozenset(i for i, tok in enumerate(vocab) if tok in _DETERMINERS)
    after_det = Counter(b for a, b in itertools.pairwise(seq_ids) if a in determiners)
    return [i for i, tok in enumerate(vocab)
            if i >= 150 and 4 <= len(tok) <= 9 and tok.isalpha() and tok.islower()
            and counts[i] >= 2 and after_det[i] * 4 >= counts[i]]


def find_dpg_corpus() -> Path | None:
    """The real DPG Media 2019 articles, wherever shared/ sits (beside the checkout, or /work/shared)."""
    candidates = []
    if os.environ.get("DATELINE_DPG_CORPUS"):
        candidates.append(Path(os.environ["DATELINE_DPG_CORPUS"]))
    here = Path(__file__).resolve()
    candidates += [here.parents[2] / "shared/corpora/dpgmedia2019/articles.jsonl",
                   Path("/work/shared/corpora/dpgmedia2019/articles.jsonl")]
    return next((p for p in candidates if p.is_file()), None)


def read_dpg_texts(path: Path) -> list[str]:
    """Article texts of a DPG-style JSON Lines file (title and text fields)."""
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


@lru_cache(maxsize=4)
def load_model(vocab: str = "auto") -> Model:
    """The model for `vocab` ("auto", "corpus" or "builtin"), built once per process.

    "auto" prefers the real corpus: its 40,000-word vocabulary and real bigrams are far closer to news
    than the embedded few thousand words, which exist so the generator works without shared/.
    """
    path = find_dpg_corpus() if vocab in ("auto", "corpus") else None
    if vocab == "corpus" and path is None:
        raise FileNotFoundError("the DPG corpus (shared/corpora/dpgmedia2019/articles.jsonl) is absent")
    if path is not None:
        raw = path.read_bytes()
        seq = corpus_tokens(read_dpg_texts(path))
        return model_from_tokens("dpgmedia2019", hashlib.sha256(raw).hexdigest()[:16], seq)
    digest = hashlib.sha256("".join(_BUILTIN).encode()).hexdigest()[:16]
    return model_from_tokens("builtin", digest, builtin_text(*_decode_builtin(_BUILTIN)), BUILTIN_TAIL_SHARE)


# --------------------------------------------------------------------------------------------
# The built-in fallback model: top words with counts and their bigrams, zlib + base85.
# --------------------------------------------------------------------------------------------
def encode_builtin(seq: list[str], words: int = 3000, min_bigram: int = 5) -> str:
    """Compress the top `words` of a token sequence and their frequent bigrams into a base85 blob.

    One line per word: "word count|b,c b,c" with successor ids delta-encoded, which zlib packs well.
    """
    uni = Counter(seq)
    vocab = sorted(uni, key=lambda t: (-uni[t], t))[:words]
    ids = {tok: i for i, tok in enumerate(vocab)}
    rows: list[list[tuple[int, int]]] = [[] for _ in vocab]
    for (a, b), count in Counter(itertools.pairwise(seq)).items():
        if count >= min_bigram and a in ids and b in ids:
            rows[ids[a]].append((ids[b], count))
    lines = []
    for tok, row in zip(vocab, rows, strict=True):
        row.sort()
        prev, cells = 0, []
        for b, count in row:
            cells.append(f"{b - prev},{count}")
            prev = b
        lines.append(f"{tok} {uni[tok]}|{' '.join(cells)}")
    return base64.b85encode(zlib.compress("\n".join(lines).encode(), 9)).decode()


def _decode_builtin(chunks: tuple[str, ...]) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    """Counts back from the embedded blob."""
    lines = zlib.decompress(base64.b85decode("".join(chunks))).decode().split("\n")
    vocab, unigrams, bigrams = [], {}, {}
    for line in lines:
        head = line.split("|", 1)[0]
        tok, count = head.rsplit(" ", 1)
        vocab.append(tok)
        unigrams[tok] = int(count)
    for tok, line in zip(vocab, lines, strict=True):
        prev = 0
        for cell in line.split("|", 1)[1].split():
            delta, count = cell.split(",")
            prev += int(delta)
            bigrams[(tok, vocab[prev])] = int(count)
    return unigrams, bigrams


def builtin_text(unigrams: Mapping[str, int], bigrams: Mapping[tuple[str, str], int],
                 tokens: int = 300_000) -> list[str]:
    """A stand-in training text: a seeded bigram walk over the embedded counts.

    The cut-up walk then runs over it as over the real corpus, so there is one generator either way.
    """
    vocab = sorted(unigrams, key=lambda t: (-unigrams[t], t))
    cum_uni = list(itertools.accumulate(unigrams[t] for t in vocab))
    rows: dict[str, tuple[list[str], list[int]]] = {}
    for (a, b), n in sorted(bigrams.items()):
        succ, cum = rows.setdefault(a, ([], []))
        succ.append(b)
        cum.append((cum[-1] if cum else 0) + n)
    rng, tok, out = random.Random(f"{NAMESPACE}:builtin"), ".", []
    for _ in range(tokens):
        row = rows.get(tok)
        # Witten-Bell-like backoff to unigrams keeps the walk from looping in frequent phrases.
        if row is None or rng.random() < len(row[0]) / (len(row[0]) + row[1][-1]):
            tok = vocab[bisect.bisect(cum_uni, rng.random() * cum_uni[-1], 0, len(vocab) - 1)]
        else:
            tok = row[0][bisect.bisect(row[1], rng.random() * row[1][-1], 0, len(row[0]) - 1)]
        out.append(tok)
    return out


# --------------------------------------------------------------------------------------------
# Small helpers.
# --------------------------------------------------------------------------------------------
def _pick(rng: random.Random, table: Iterable[tuple[T, float]]) -> T:
    """A weighted choice from a fixed-order table (never from a set: order must be reproducible)."""
    items = list(table)
    x = rng.random() * sum(w for _, w in items)
    for item, weight in items:
        x -= weight
        if x < 0:
            return item
    return items[-1][0]


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:] if word[:1] != "'" else word


def _title_case(city: str) -> str:
    """SAN MATEO -> San Mateo, ALPHEN AAN DEN RIJN -> Alphen aan den Rijn (mixed-case datelines)."""
    words = [w.title() for w in city.split()]
    return " ".join(w.lower() if i and w.lower() in ("aan", "den", "de") else w for i, w in enumerate(words))


def _amsterdam_offset(moment: datetime) -> timezone:
    """CET or CEST, by the EU rule (last Sunday of March to last Sunday of October, 01:00 UTC)."""
    def last_sunday(month: int) -> datetime:
        day = datetime(moment.year, month, 31, 1, 0, tzinfo=UTC)
        return day - timedelta(days=(day.weekday() + 1) % 7)
    summer = last_sunday(3) <= moment < last_sunday(10)
    return timezone(timedelta(hours=2 if summer else 1))


def _lognormal_words(rng: random.Random, median: float, sigma: float, low: int, high: int) -> int:
    return max(low, min(high, round(rng.lognormvariate(math.log(median), sigma))))


def _slug(title: str) -> str:
    return _SLUG_RE.sub("-", title.lower()).strip("-")[:70].rstrip("-")


# --------------------------------------------------------------------------------------------
# Text generation.
# --------------------------------------------------------------------------------------------
@dataclass
class Person:
    first: str
    last: str
    role: str
    mentioned: bool = False


@dataclass
class Story:
    """One generated story: its headline, paragraphs (the lead carries the dateline) and word count."""

    title: str
    paragraphs: list[str]
    words: int
    when: datetime
    section: str


@dataclass
class TextGen:
    """Writes sentences, paragraphs and stories from a model with one RNG (one per chunk of work)."""

    model: Model
    rng: random.Random
    topic: list[str] = field(default_factory=list)
    person: Person | None = None
    year: int = 2024
    quotes: tuple[str, str] = ('"', '"')

    def start_story(self, when: datetime, fmt: str) -> None:
        """Fresh topic words, person, quote style and reference year for the next story."""
        rng = self.rng
        self.year = when.year
        self.quotes = _pick(rng, _QUOTES[fmt])
        self.topic = [self._content_word() for _ in range(rng.randint(3, 6))]
        if rng.random() < 0.5:
            self.topic.append(self._novel())
        self.person = None
        if rng.random() < 0.75:
            self.person = Person(rng.choice(_FIRST), rng.choice(_LAST), rng.choice(_ROLES))

    def _content_word(self) -> str:
        """A noun drawn by frequency: one of the story's topic words, which it will keep repeating."""
        m, rnd = self.model, self.rng.random
        for _ in range(100):
            tid = m.seq[int(rnd() * len(m.seq))]
            if m.is_noun[tid]:
                return m.text[tid]
        return m.text[m.parts[int(rnd() * len(m.parts))]]

    def _novel(self, capital: bool = False) -> str:
        """A word from the open lexicon: rank from a power law, spelling a pure function of the rank.

        The same rank spells the same word in every chunk, so frequencies add up corpus-wide.
        """
        u = self.rng.random()
        rank = int(TAIL_OFFSET * ((1.0 - u) ** (-1.0 / (TAIL_EXPONENT - 1.0)) - 1.0))
        return _tail_word(self.model, min(rank, 1 << 40), capital)

    def name(self) -> str:
        """The person's full name (with role) on first mention, the surname after that."""
        p = self.person
        if p is None:
            return "de woordvoerder"
        if p.mentioned:
            return _cap(p.last)
        p.mentioned = True
        full = f"{p.first} {p.last}"
        return f"{p.role} {full}" if self.rng.random() < 0.4 else full

    def number(self, kind: int) -> str:
        """A fresh figure in ANP style for a placeholder class."""
        rnd = self.rng.random
        if kind == YEAR:
            return str(self._year())
        if kind == DAY:
            return str(1 + int(rnd() * 28))
        if kind == SMALL:
            value = int(math.exp(rnd() * math.log(31)))
            return _NUMBER_WORDS[value] if value <= 20 and rnd() < 0.35 else str(value)
        if kind == INT:
            value = _round2(math.exp(math.log(32) + rnd() * math.log(10_000 / 32)), exact=rnd() < 0.25)
            return _TENS[value] if value in _TENS and rnd() < 0.4 else str(value)
        if kind == BIG:
            value = _round2(math.exp(math.log(10_000) + rnd() * math.log(500)), exact=False)
            if value == 10_000 and rnd() < 0.5:
                return "tienduizend"
            return f"{value:,}".replace(",", ".")
        value_f = math.exp(math.log(0.1) + rnd() * math.log(1000))
        return (f"{value_f:.1f}" if rnd() < 0.75 else f"{value_f:.2f}").replace(".", ",")

    def _year(self) -> int:
        offset = _pick(self.rng, ((0, 0.45), (-1, 0.2), (1, 0.08), (-2, 0.07), (-5, 0.1), (-30, 0.1)))
        if offset in (-5, -30):
            return self.year + int(offset * self.rng.random()) - 2
        return self.year + offset

    def sentence(self) -> tuple[list[str], int]:
        """One sentence as words with punctuation attached, and its word count.

        The hot loop of the generator, a cut-up walk ("Dissociated Press"): copy a run of real text
        from a sentence start, then jump to another occurrence of the run's last token and copy on
        from there, until a sentence end. Junctions are bigram-consistent and runs are real, so
        frequencies are the corpus's and phrases read like news, without copying whole sentences.
        A noun may give way to a novel compound or a topic word, a subject pronoun to the story's
        person, and figures are drawn fresh: the grammar around them stays intact.
        """
        m, rnd = self.model, self.rng.random
        seq, occ, code, text = m.seq, m.occ, m.code, m.text
        topic, n_topic = self.topic, len(self.topic)
        p_topic = P_TOPIC if n_topic else 0.0
        runs, n_runs = _RUNS, len(_RUNS)
        pos = m.starts[int(rnd() * len(m.starts))]
        out: list[str] = []
        n, last, glued = 0, m.dot, True
        while True:
            for p in range(pos, pos + runs[int(rnd() * n_runs)]):  # seq is padded past any run
                t = seq[p]
                c = code[t]
                if c == C_PLAIN:
                    out.append(text[t])
                elif c == C_PUNCT:
                    if not glued:
                        out[-1] += text[t]
                        glued = True
                    last = t
                    continue
                elif c == C_NOUN:
                    out.append(topic[int(rnd() * n_topic)] if rnd() < p_topic else text[t])
                elif c == C_END:
                    if n >= MIN_SENTENCE_WORDS:
                        out[-1] = out[-1].rstrip(",:") + text[t]
                        out[0] = _cap(out[0])
                        return out, n
                    last = t  # too short to end here: go on from another sentence's start
                    break
                elif c <= C_RARE_UPPER:
                    out.append(self._novel(c == C_RARE_UPPER))
                elif c == C_PRONOUN:
                    out.append(self.name() if self.person and rnd() < P_NAME else text[t])
                else:
                    out.append(self.number(c - C_FIGURE))
                n += 1
                glued = False
                last = t
                if n >= MAX_SENTENCE_WORDS:
                    out[-1] = out[-1].rstrip(",:") + "."
                    out[0] = _cap(out[0])
                    return out, n
            here = occ[last]
            pos = here[int(rnd() * len(here))] + 1

    def safe_sentence(self) -> tuple[str, list[str], int]:
        """A sentence (text, words, word count) that a reader of the formats cannot take for page
        structure: none opens with "Meer uit" (the brief block's header) or holds "<n> uur geleden"
        (the ages between briefs).
        """
        while True:
            words, n = self.sentence()
            text = " ".join(words)
            if text.startswith("Meer uit") or ("geleden" in text and _AGE_RE.search(text)):
                continue
            return text, words, n

    def quote(self, sentence: str) -> str:
        """A sentence turned into a quotation in one of the shapes Dutch news uses."""
        opening, closing = self.quotes
        shape = self.rng.random()
        says = self.rng.choice(_SAYS)
        if shape < 0.45 and sentence.endswith("."):
            return f"{opening}{sentence[:-1]}{closing}, {says} {self.name()}."
        if shape < 0.75:
            return f"{_cap(self.name())} {'zei' if says == 'aldus' else says}: {opening}{sentence}{closing}"
        return f"{opening}{sentence}{closing}"

    def paragraph(self, target: int, quote: bool) -> tuple[str, int, list[str]]:
        """Sentences up to about `target` words; returns text, words and the first sentence's words."""
        texts: list[str] = []
        n, first = 0, []
        while n < target or not texts:
            text, words, count = self.safe_sentence()
            first = first or words
            texts.append(text)
            n += count
        if quote:
            i = int(self.rng.random() * len(texts))
            texts[i] = self.quote(texts[i])
        return " ".join(texts), n, first

    def story(self, words: int, paragraphs: int, when: datetime, section: str, fmt: str,
              dateline: str | None) -> Story:
        """A headline and `paragraphs` paragraphs totalling about `words` words."""
        self.start_story(when, fmt)
        lead_target = max(20, min(70, int(words * 0.18))) if paragraphs > 1 else words
        rest = max(1, words - lead_target)
        targets = [lead_target] + [max(8, int(rest / (paragraphs - 1) * (0.6 + 0.8 * self.rng.random())))
                                   for _ in range(paragraphs - 1)]
        texts, total, first = [], 0, []
        for i, target in enumerate(targets):
            text, n, head = self.paragraph(target, quote=i > 0 and self.rng.random() < P_QUOTE)
            first = first or head
            texts.append(text)
            total += n
        if dateline:
            texts[0] = f"{dateline} - {texts[0]}"
        return Story(self.headline(first), texts, total, when, section)

    def headline(self, first: list[str]) -> str:
        """A headline cut from the lead's first sentence, the way ANP headlines echo their lead."""
        words = [w.rstrip(",.:?!") for w in first[: self.rng.randint(4, 9)]]
        while len(words) > 2 and words[-1].lower() in _HEADLINE_TRIM:
            words.pop()
        while len(words) > 3 and words[0].lower() in ("en", "maar", "want", "dus", "ook", "toch", "ja"):
            words.pop(0)
        if len(words) > 3 and words[0].lower() in ("de", "het", "een") and self.rng.random() < 0.7:
            words.pop(0)
        return _cap(" ".join(words))


def _round2(value: float, exact: bool) -> int:
    """Round to two significant digits, as reported figures mostly are (unless `exact`)."""
    if exact or value < 100:
        return round(value)
    scale = 10 ** (int(math.log10(value)) - 1)
    return int(round(value / scale) * scale)


def _tail_word(model: Model, rank: int, capital: bool) -> str:
    """The open lexicon's word at `rank`: first the training text's own rare words (in a fixed shuffled
    order), then compounds, so small corpora have a real-looking tail and large ones keep growing."""
    tail = model.tail_upper if capital else model.tail_lower
    if rank < len(tail):
        return model.text[tail[rank]]
    word = _compound(model, rank - len(tail) + (1 << 41 if capital else 0))
    return _cap(word) if capital else word


def _compound(model: Model, rank: int) -> str:
    """Two noun-like words joined the Dutch way (klimaat + akkoord), a pure function of `rank`."""
    h = (rank * 0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019) & 0xFFFFFFFFFFFFFFFF
    parts = model.parts
    first = model.text[parts[h % len(parts)]]
    head = parts[(h >> 20) % len(parts)]
    second = model.text[head]
    link = _LINKS[(h >> 44) % len(_LINKS)]
    if link == "s" and first.endswith("s"):
        link = ""
    if first[-1] == second[0] and first[-1] in "aeiou":
        link = "-"
    return first + link + second


# --------------------------------------------------------------------------------------------
# Formats.
# --------------------------------------------------------------------------------------------
def _dateline(rng: random.Random, section: str, mixed_case: bool = False) -> str:
    """ "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)" and friends; two places now and then."""
    pool: list[str] = _pick(rng, _CITY_POOLS[section])
    city = rng.choice(pool)
    if rng.random() < 0.04:
        other = rng.choice(pool)
        if other != city:
            city = f"{city}/{other}"
    if mixed_case:
        city = "/".join(_title_case(c) for c in city.split("/"))
    return f"{city} ({_pick(rng, _AGENCIES[section])})"


def _age(minutes: int) -> str:
    """ "6 minuten geleden", "1 uur geleden", "2 dagen geleden": how the brief lists show age."""
    if minutes < 60:
        return f"{minutes} {'minuut' if minutes == 1 else 'minuten'} geleden"
    if minutes < 24 * 60:
        return f"{minutes // 60} uur geleden"
    days = minutes // (24 * 60)
    return f"{days} {'dag' if days == 1 else 'dagen'} geleden"


def _ages(rng: random.Random, count: int) -> list[str]:
    """Non-decreasing ages, newest brief first."""
    minutes, out = rng.randint(1, 20), []
    for _ in range(count):
        out.append(_age(minutes))
        minutes += int(rng.expovariate(1 / 75)) if rng.random() < 0.6 else int(rng.expovariate(1 / 400))
    return out


def _front_matter(rng: random.Random, when: datetime, section: str, title: str) -> str:
    """ "date:/source:/url:" lines and a blank line, as some scrapers write (~20% of text files)."""
    if rng.random() >= P_FRONT_MATTER:
        return ""
    local = when.astimezone(_amsterdam_offset(when)).replace(microsecond=0)
    url = f"https://nieuws.example/{section.lower()}/{rng.randint(1_000_000, 9_999_999)}/{_slug(title)}"
    return f"date: {local.isoformat()}\nsource: ANP\nurl: {url}\n\n"


def _story_words(rng: random.Random, median: int) -> int:
    return _lognormal_words(rng, median, STORY_SIGMA, STORY_MIN_WORDS, STORY_MAX_WORDS)


def _brief(gen: TextGen, when: datetime, section: str) -> tuple[str, int]:
    """A brief for a "Meer uit" block: dateline and 1-3 sentences of 25-80 words."""
    rng = gen.rng
    gen.start_story(when, "page")
    target = rng.randint(BRIEF_MIN_WORDS, BRIEF_MAX_WORDS)
    sentences, n = [], 0
    while len(sentences) < 3 and (n < target or not sentences):
        text, _, count = gen.safe_sentence()
        if n + count > BRIEF_MAX_WORDS and n >= BRIEF_MIN_WORDS:
            break
        sentences.append(text)
        n += count
    text = f"{_dateline(rng, section)} - {' '.join(sentences)}"
    return text, len(text.split())


@dataclass
class ChunkStats:
    """What one unit of work wrote, summed into the corpus summary."""

    files: Counter = field(default_factory=Counter)
    stories: Counter = field(default_factory=Counter)
    brief_repeats: int = 0
    words: int = 0
    bytes: int = 0


def _write(path: Path, content: str, stats: ChunkStats, fmt: str) -> None:
    if path.exists():
        raise FileExistsError(f"{path} exists: generate into an empty directory")
    data = content.encode("utf-8")
    path.write_bytes(data)
    stats.files[fmt] += 1
    stats.bytes += len(data)


def _random_moment(rng: random.Random, start: datetime = CORPUS_START,
                   days: int = CORPUS_SPAN_DAYS) -> datetime:
    return start + timedelta(seconds=int(rng.random() * days * 86400))


def write_page(gen: TextGen, out_dir: Path, name_prefix: str, briefs: int, stats: ChunkStats,
               pool: dict[str, list[str]], when: datetime | None = None,
               main_words: int | None = None) -> Path:
    """A scraped page exactly like shared/seeds: headline, lead with dateline, body, "Meer uit" block.

    Each brief's age is glued to the next brief's dateline on one line, the last age ends the file
    (no final newline), as the scraper saw the site's markup.
    """
    rng = gen.rng
    when = when or _random_moment(rng)
    section: str = _pick(rng, _SECTIONS)
    words = main_words or _story_words(rng, STORY_MEDIAN_WORDS)
    paragraphs = 1 + max(1, min(6, round(words / 70)))
    dateline = _dateline(rng, section)
    main = gen.story(words, paragraphs, when, section, "page", dateline)
    place = _title_case(dateline.split(" (")[0].split("/")[0])
    title = f"{place}: {main.title}" if rng.random() < 0.1 else main.title
    stats.stories["main"] += 1
    stats.words += sum(len(p.split()) for p in main.paragraphs)
    brief_texts = _page_briefs(gen, when, section, briefs, stats, pool)
    ages = _ages(rng, briefs)
    lines = [title, *main.paragraphs, f"Meer uit {section}", brief_texts[0]]
    lines += [age + text for age, text in zip(ages, brief_texts[1:], strict=False)]
    lines.append(ages[-1])
    content = _front_matter(rng, when, section, title) + "\n".join(lines)
    digest = hashlib.blake2b(content.encode(), digest_size=8).hexdigest()
    path = out_dir / f"{name_prefix}_{digest}.txt"
    _write(path, content, stats, "page")
    return path


def _page_briefs(gen: TextGen, when: datetime, section: str, count: int, stats: ChunkStats,
                 pool: dict[str, list[str]]) -> list[str]:
    """The page's briefs: new ones, and (P_BRIEF_REPEAT) some already shown on earlier pages.

    Only earlier pages' briefs are reused, never twice on one page, as a site's lists overlap.
    """
    seen = pool.setdefault(section, [])
    texts: list[str] = []
    for _ in range(count):
        text = gen.rng.choice(seen) if seen and gen.rng.random() < P_BRIEF_REPEAT else ""
        if text and text not in texts:
            stats.brief_repeats += 1
        else:
            text, _ = _brief(gen, when, section)
        texts.append(text)
        stats.stories["brief"] += 1
        stats.words += len(text.split())
    seen.extend(t for t in texts if t not in seen)
    del seen[:-200]
    return texts


def write_wire(gen: TextGen, out_dir: Path, number: int, stats: ChunkStats,
               when: datetime | None = None, words: int | None = None) -> Path:
    """A plain ANP wire item like shared/corpora/anp-wire: headline, paragraphs, optional extras.

    Extras at real-ish rates: a correction notice ("N i e u w bericht, vervangt: ..."), a one-word
    subheading, the AFN contact trailer, a mixed-case dateline.
    """
    rng = gen.rng
    when = when or _random_moment(rng)
    section: str = _pick(rng, _WIRE_SECTIONS)
    words = words or _story_words(rng, WIRE_MEDIAN_WORDS)
    dateline = _dateline(rng, section, mixed_case=rng.random() < 0.05)
    story = gen.story(words, max(2, min(14, round(words / 55))), when, section, "wire", dateline)
    stats.stories["wire"] += 1
    stats.words += sum(len(p.split()) for p in story.paragraphs)
    lines, title = [], story.title
    if rng.random() < 0.05:
        old = " ".join(title.split()[:-1]) or title
        lines = [f"{title} (2)", f"N i e u w bericht, vervangt: {old} {rng.choice(gen.topic)}"]
    else:
        lines = [title]
    body = list(story.paragraphs)
    if len(body) >= 5 and rng.random() < 0.15:
        body.insert(rng.randint(2, len(body) - 1), _cap(gen.person.last if gen.person else gen.topic[0]))
    lines += body
    if "AFN" in dateline and rng.random() < 0.6:
        lines.append(_TRAILER)
    content = _front_matter(rng, when, section, title) + "\n".join(lines) + "\n"
    if rng.random() < 0.05:
        path = out_dir / f"anp_belga_ANPX-{when:%y%m%d}-{number:03d}.txt"
    else:
        path = out_dir / f"{hashlib.md5(content.encode()).hexdigest()}.txt"
    _write(path, content, stats, "wire")
    return path


def write_records(gen: TextGen, out_dir: Path, file_number: int, first_id: int, count: int,
                  stats: ChunkStats) -> Path:
    """A JSON Lines export like the DPG corpus: {"id", "title", "text", "published_at"} per line."""
    rng, lines = gen.rng, []
    for i in range(count):
        when = _random_moment(rng)
        section: str = _pick(rng, _SECTIONS)
        words = _story_words(rng, STORY_MEDIAN_WORDS)
        dateline = f"{rng.choice(_DUTCH if section != 'Buitenland' else _WORLD)}" \
            if rng.random() < 0.15 else None
        story = gen.story(words, max(1, round(words / 80)), when, section, "record", dateline)
        title = f"'{story.title}'" if rng.random() < 0.08 else story.title
        text = " ".join(story.paragraphs)
        record = {"id": first_id + i, "title": title, "text": text, "published_at": f"{when:%Y-%m-%d}"}
        lines.append(json.dumps(record, ensure_ascii=False))
        stats.stories["record"] += 1
        stats.words += len(text.split())
    path = out_dir / f"articles_{file_number:04d}.jsonl"
    _write(path, "\n".join(lines) + "\n", stats, "jsonl")
    return path


# --------------------------------------------------------------------------------------------
# Planning and running.
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Chunk:
    """One unit of work with its own RNG: pages (with their brief counts), wire items or a JSONL file."""

    index: int
    kind: str
    first: int  # number of the first page, wire item or record
    count: int
    briefs: tuple[int, ...] = ()  # pages: briefs on each
    file: int = 0  # records: number of the JSONL file


def _brief_counts(rng: random.Random, page_stories: int) -> list[int]:
    """Briefs per page (3-8) so that pages x (1 main + briefs) hits `page_stories` exactly when it can."""
    counts, rem = [], page_stories
    while rem > 0:
        k = min(rng.randint(3, 8), rem - 1) if rem >= 4 else 3
        left = rem - 1 - k
        if 0 < left < 4:
            k = rem - 1 if rem - 1 <= 8 else rem - 5
        counts.append(k)
        rem -= 1 + k
    return counts


def plan_corpus(stories: int, seed: int, mix: Mapping[str, float], records_per_file: int) -> list[Chunk]:
    """Split the corpus into chunks; the plan depends only on (stories, seed, mix, records_per_file)."""
    total_mix = sum(mix.get(k, 0.0) for k in ("page", "wire", "record"))
    if total_mix <= 0 or any(v < 0 for v in mix.values()):
        raise ValueError(f"mix needs non-negative page/wire/record shares, got {dict(mix)}")
    records = round(stories * mix.get("record", 0.0) / total_mix)
    wires = round(stories * mix.get("wire", 0.0) / total_mix)
    briefs = _brief_counts(random.Random(f"{NAMESPACE}:{seed}:plan"), stories - records - wires)
    chunks: list[Chunk] = []
    start, size = 0, 0
    for i, k in enumerate(briefs):
        size += 1 + k
        if size >= PAGE_STORIES_PER_CHUNK or i == len(briefs) - 1:
            chunks.append(Chunk(len(chunks), "page", start, i + 1 - start, tuple(briefs[start:i + 1])))
            start, size = i + 1, 0
    for first in range(0, wires, WIRE_PER_CHUNK):
        chunks.append(Chunk(len(chunks), "wire", first, min(WIRE_PER_CHUNK, wires - first)))
    for number, first in enumerate(range(0, records, records_per_file)):
        count = min(records_per_file, records - first)
        chunks.append(Chunk(len(chunks), "record", first, count, file=number))
    return chunks


def _run_chunk(job: tuple[Chunk, str, int, str]) -> ChunkStats:
    """Generate one chunk into out_dir (runs in a worker process)."""
    chunk, out, seed, vocab = job
    out_dir, stats = Path(out), ChunkStats()
    gen = TextGen(load_model(vocab), random.Random(f"{NAMESPACE}:{seed}:{chunk.index}"))
    if chunk.kind == "page":
        pool: dict[str, list[str]] = {}
        for offset, briefs in enumerate(chunk.briefs):
            write_page(gen, out_dir, f"{chunk.first + offset:06d}", briefs, stats, pool)
    elif chunk.kind == "wire":
        for offset in range(chunk.count):
            write_wire(gen, out_dir, chunk.first + offset, stats)
    else:
        write_records(gen, out_dir, chunk.file, 20_000_000 + chunk.first, chunk.count, stats)
    return stats


def _init_worker(vocab: str) -> None:
    load_model(vocab)


def _run_all(jobs: list[tuple[Chunk, str, int, str]], workers: int, vocab: str) -> list[ChunkStats]:
    """Run chunks in order (in-process) or on a pool; results come back in chunk order either way."""
    if workers <= 1 or len(jobs) <= 1:
        return [_run_chunk(job) for job in jobs]
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(vocab,)) as pool:
        return pool.map(_run_chunk, jobs, chunksize=1)


def _summary(stats: list[ChunkStats], stories: int, seed: int, model: Model) -> dict:
    files: Counter = Counter()
    kinds: Counter = Counter()
    for s in stats:
        files.update(s.files)
        kinds.update(s.stories)
    return {
        "requested_stories": stories,
        "seed": seed,
        "stories": sum(kinds.values()),
        "stories_per_kind": {k: kinds[k] for k in ("main", "brief", "wire", "record")},
        "brief_repeats": sum(s.brief_repeats for s in stats),
        "files": {k: files[k] for k in ("page", "wire", "jsonl")},
        "words": sum(s.words for s in stats),
        "bytes": sum(s.bytes for s in stats),
        "model": {"source": model.source, "sha256": model.digest, "vocabulary": len(model.text)},
    }


def generate_corpus(out_dir: Path, stories: int, seed: int = 1, *, mix: Mapping[str, float] | None = None,
                    records_per_file: int = RECORDS_PER_FILE, vocab: str = "auto",
                    workers: int | None = None) -> dict:
    """Write about `stories` stories into out_dir (flat) as pages, wire items and JSONL files.

    mix: shares of stories from pages (main stories + their briefs), wire items and JSONL records.
    vocab: "auto" (the DPG corpus when present, else built-in), "corpus" or "builtin"; the summary
    names the model used, since the same seed gives different text with a different model.
    Returns exact counts: files per format, stories per kind, words, bytes.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if any(out_dir.iterdir()):
        raise FileExistsError(f"{out_dir} is not empty: generate into an empty directory")
    model = load_model(vocab)
    chunks = plan_corpus(stories, seed, mix or DEFAULT_MIX, records_per_file)
    if workers is None:
        workers = 1 if stories < 5000 else min(2, os.cpu_count() or 1)
    jobs = [(chunk, str(out_dir), seed, vocab) for chunk in chunks]
    return _summary(_run_all(jobs, workers, vocab), stories, seed, model)


def mutate_corpus(out_dir: Path, new_files: int, seed: int, *, vocab: str = "auto") -> list[Path]:
    """Add `new_files` small files (alternately a page and a wire item) dated after the corpus.

    For the "reindex after 10 new files" benchmark. The same seed gives the same files (and refuses to
    overwrite them): use another seed for another batch.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    gen = TextGen(load_model(vocab), random.Random(f"{NAMESPACE}:mutate:{seed}"))
    after = CORPUS_START + timedelta(days=CORPUS_SPAN_DAYS)
    stats, paths = ChunkStats(), []
    for i in range(new_files):
        when = _random_moment(gen.rng, after, 7)
        if i % 2 == 0:
            words = gen.rng.randint(120, 300)
            paths.append(write_page(gen, out_dir, f"new{seed}_{i:04d}", 3, stats, {}, when, words))
        else:
            paths.append(write_wire(gen, out_dir, 900_000 + seed * 1000 + i, stats, when,
                                    gen.rng.randint(100, 250)))
    return paths


def export_builtin_source(path: Path) -> str:
    """The Python literal for _BUILTIN, rebuilt from a DPG-style corpus (maintainers only)."""
    blob = encode_builtin(corpus_tokens(read_dpg_texts(path)))
    rows = [f'    "{blob[i:i + 100]}"' for i in range(0, len(blob), 100)]
    return "_BUILTIN: tuple[str, ...] = (\n" + "\n".join(rows) + "\n)\n"


def main(argv: list[str] | None = None) -> int:
    """CLI: generate a corpus (or add files to one) and print the summary as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--vocab", choices=("auto", "corpus", "builtin"), default="auto")
    parser.add_argument("--mix", default=None, help="page,wire,record shares, e.g. 0.4,0.2,0.4")
    parser.add_argument("--mutate", type=int, default=0, help="instead: add this many new files")
    parser.add_argument("--export-builtin", action="store_true", help="print the _BUILTIN literal")
    args = parser.parse_args(argv)
    if args.export_builtin:
        corpus = find_dpg_corpus()
        if corpus is None:
            parser.error("the DPG corpus is absent")
        sys.stdout.write(export_builtin_source(corpus))
        return 0
    start = time.perf_counter()
    if args.mutate:
        paths = mutate_corpus(args.out_dir, args.mutate, args.seed, vocab=args.vocab)
        result: dict = {"new_files": [str(p) for p in paths]}
    else:
        mix = None
        if args.mix:
            page, wire, record = (float(x) for x in args.mix.split(","))
            mix = {"page": page, "wire": wire, "record": record}
        result = generate_corpus(args.out_dir, args.stories, args.seed, mix=mix, vocab=args.vocab,
                                 workers=args.workers)
    result["seconds"] = round(time.perf_counter() - start, 2)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


# The built-in model (the DPG corpus's top 3000 tokens with counts, and their bigrams seen 5+ times),
# used when the corpus is absent. Regenerate: python -m bench.generate --export-builtin - (and paste).
_BUILTIN: tuple[str, ...] = (
    "c-myW-EtgFawT}5Pl3JC4QwsrKVnU$wU)Xy(r8-Krq=Y>>>c=_NEQj8Xh4A+(dvc9<}vhQ8-9+vM^baqUlUbX`4bu8;eP!1@&EfS"
    "r4Z|FzYj6ByKtX!AM^i09P(F8UH%w*nE%&Wng1R5Z)-eikMsXZmLCTBXTb6MKL4BdDreZ`z*v)f9`K{R$U&*gM-4}2`DZBs-^#yh"
    "kt6d+xCc3X?e#9+SGh*SHF34F<M!r%I_^!53>p7TIDkjV<zm3o$?xSqW89_tE}s=#TkZvi=_hgiD&B{NBXBdgm%8ISc{1F8#uFv^"
    "TTUpy%s3CmA=}kM=ihvOc^o;WW_hG$!+__?a$sqC7r6g6Pu%bz36I;VTnV>;!Mm&XxS=r5JZ~AJi2s%(f6ISxF8N1Fclo~I#dJKM"
    "o&_f;_<iIsM7jNTk4wr>6uiN`<A&lrpLm{d=ouQ%neK<*cu4lSz9u`%ygU3d-6wfC`4#Rx$|2bvo+G~7-OZ6HbC&TD=P%2A5`A5T"
    "M>HG6E?;#FGw*bMn(k%T@DIFSPBT7r!lU4x>-=eyn~Ieej+|dnMsMCsl`j%T1Q*9xrew$B@_165ap#chcnn;q%0WdZ$F8Fn<-H^w"
    "ro@qpoj;87)aAbWl$!TfWXdMIiCFFi?-q}oDnG+R%bTzFU1xwi8{W9iTA4TjD|LRMb0SpU6sHkB#E{EblRS0A2+6yMS<m0(6Zs<)"
    "yJOk`e{!rqoA+`%ZT>8AOy;A=a2K1qxXWs5vEty&As99@c0Em$cQ>!q<fbcMo_sXNyz2wbLuK90Lk35;%PG2i(eF7&s@!CecaSi3"
    "FpP7YcKoYj>ePF_)Qnq~*^}&c1D9yTC?@$?HM4^66CMzgJm`qchb{A)p~EM4-tf@)ZCumEZa|kvkaJ~ue^sa2j<W@wYdj_1@{p@x"
    "n)Q3k7dc2?n+#I%w=?j(GR6)6&-Y&Bp?I)7c!>HKMeZ!iwZ{CqawYOfW5Z?m=ovF}UZLQGa$(#$&Kme4gWiASc-aDOoQrZtG3t_u"
    "_c}W|PG>{c<ctINIlsp#ijE&Y!yHQiHx{@WvV3QAqwC#Q9p%6^B_DPSg3OhO|KJ>5UR%)@I^^0--wQtOGD;jqyvl~vl;;+Uq42lW"
    "Fq-ltNp36cxYf#=#5myyOi#IR;ze;zywo~xZ_FW>vu4Nik;z(l3qvkCZ&*$<FmUp^hrDU|0se}daCUzI57J~fGp;OeBxQXibB~un"
    "+A&n~F1E+hJYpaFt#HA^BFy{Bm>?C8*lA?td0U~i>Uher%SF44(ZF(*(Hk^aUFK@sIoe`#a8A6SEQ?x943<8pZj<#IN7Wq|TWQn%"
    "ur*BMEMwZ}m#8I{DS*p|os%KRu7DSwBi?40fr8PSJJ4K~F=9$KwM^L5Fi8S^A8e9QwyU|)<n<&qo0V2ASIj0%;a#?oAtxURb3p8V"
    "(Cs7BK*&?z9~EE9tEa)vm?FDAS&|dal~rY$Mp=mS6*sIOcpzB)7)<Ur7~)dZj3&8}Y&K1n3GE-=D9)}I(tRGIh>a2Z5cZp5YZhC6"
    "RNqRE#R|hFor~>>New24P8I>)6W&Y50*rI0=4%L<CPFurEE6EpS%@+<@H4tAFgmb(h1<~lQy#MDAm~1w;lp63Dz-c0K?>bMy}5un"
    "73gkc-az5c)$ghPs7b9yf<@RlZi8<HFN_bqb7!985V%WJ-5qUP#u&k@%3aOV4mm!_@mc+jCNl^I7xM>JDyxek_tMn2iyXENa{})w"
    "(&wd9B_|xdF7alkNr^H)D?EJ6BAL;#>ki8ay7T&YXwDyf`iMnQciv6Zd01^D$ryjxkqcav&d<2+V7c@~BszM-eXha@X%0XL^gj5K"
    "0;h`Z!1VXAgI5e`;|r?16-?W}JDV3Nx}t(UAQx*g-);V<>MXznfcpiXoZch+R(O|1ZBf)gO?0%yB+1YZ^{I+`!gRnZ9lgw14{s%B"
    "uK0|HO+oEnF1D5$ubs`!<rGMaMdpn(^Iq{{lRk6hlZId(@vc9{Z#Zg|&SvIp?A+2gCFuzaZXE^pkPgFI=~~RoHd#dK&^DX#92;($"
    "N6!=9nfwM<jZuG7Y})X5JGQ%mtsOgF40ey00Ssf-bXRws9&@9EYVPaKi8t;U(U~!)i=Fk_czIa&hoCKUCdpzOc$aJQsk~6*%&{q}"
    "P7QBX?mu#JRGy~N`k2pw?SWf5wqAN=P5sz**zLu4ZF*<PA|AMSI~_s1>f*aV=N-XnVD4lt$V{`bTMT4=e}|8l*Q<|M*wK8HVE$3!"
    "!c+U-Ey(yKTxG;2CJ49F7%AvYxQkinwArPW|7S2l(H(K<_ZppXdhzbCt}(~rzQR8bz0x57!G0RdKvs`<C3FgWc~#$F;2R8_-#V?b"
    "ZihMmbO-sP##I{qY8mg3>nSN(A@8bcBpu;L4Ykpo8&18i76x{kfW@{^JQa-)E*KJLZdeOHBbw1bmeZ=?Pb|!8mbG!U^gFuEgFp3s"
    "rSh#u_rvKP(2i*6yff6$6<gNq&|o|1&n%YM&F>C;(r(LJVT(veK;FczbI?(VT{i%%vL<c;Zw0qe=%g?TR_l{AkjZPc>^x1ed1StK"
    "K7^}fz1GBt&SUS8*Sym$NzTgA3cC8$@>Y#)l6vR*zQZz%e7-;j9@{@wTTm0Z`@nm&6>y=U_cm-U51l$b2<jVlohLz!2+pB~LP8O|"
    "c8gjtFDrw?#;7jP?$}<&YiGtDgYj3ztfH?OH9`%|#xV1ZH^$^iqcd7-hAPp9Gjo=tI}1z;-%it+ZvU3IwbNQ8o1U<YX5`Dk<p}D#"
    "Ru9kb4Hql-Lzh>9NoAykCn~;(n~roaf28{zF(m#a<d(6@oCADgO~as0Ppb3C!U+@A%+u7X1E%w&C{$6@F~U$b{iAVM@d1~lnOpr="
    "KJ23mV8;Q0(5IJq8?g2*)(kowG**XY(RXjKK!{wN4CW0`>s%S!(*ol@Ok(**90<^fBAB;b?;N8rQ;|9L)nCej4iLpw3;flE%J)O>"
    "mL700bR`h^a6{L8YB#+$WB6j&L(wT0_U-;IhEn@&o{I*&^y-Lgg&QBa(IE~10-b<h7vgn*x#^c;8>%B3v>0<F)GViM*+K%{U9w`f"
    "8b9F__yOIlY&c%3%a<Ac8*Bi%8sr(cBM*a+8T3SM5()*U73(-;j<?<V!SmAVhdukbciTogV-5ARDv|)TnB(q&VfKsTA#p=Ez3tcv"
    "+PCD>Up^joM77W@Ec7?HTNVvSjPUJ-qm{coXif+45<oJ7>8M5sgBx^aWDV(b6m7>=ci3PbgNMw!4R)|Xj?pk@ZkqH%`I>z*E75il"
    "n2hKL?iLjx2utQ#VSTm2y-W>K+|@i4+nVeRMHyxVrkh1Rgn^TzxM894ifdOh5av6}-E|$AVHkme+)bmdxR85}CqV01^y%G|Tb>n@"
    "2fAgLIT(ydhsAjA7l&9JO^Ukb7PXRapgDj+w-Zfy*qO8LT}3xj8PLiYN}byf6ous`(GEL3?V-5~3qNm)4KMGvT0~L}!s*P*bPJKv"
    "0S528;hM5CD-Ck7ZN7-j?1pa8LAH$=2Sr%0!Td>0=0ugi9iYgXU0D#!pS)HU{qPPqc{leCR&-}rU|AiFE(i;n8&Y*sOLRsvU!#Ve"
    "OjoGe=e8JgFju-1&2W+=AgwJ`-*&JAht7aUosr$b;e<e{SKPi$4^EC$<&2mj2txyAN*>%)0^G0$-vDNxu0wNlow#(Bi1!d9%@bDM"
    "06gl5lk4kjg`qtkd3phOG`Y(G(3jhv230v|1lQ%&hQvT4!;Qggk}+%n`&J{&o0Iy3o!`c&o<wuxeAj#lCUA+wsRI$;;ZgRk0C5&@"
    "I3n>86q1%lmn|^LjWnY1h%PH1qio+FUgk~AUG28(PSTU2yfSjYLR#+TT1DGZ%8I`OvD}2XvYLZBEX9HoB{PeLf`!;Tz~Wxh?9`1Z"
    "4-GhnW|+Aq8(vmk;r<}zk_c6G;wWkicEfQh1L!CVD9R=k`I)B@Ia@R~qc>ZkCNj9RX;p`1(+&Va@CaWw@SF|CP-i)Fb>ku$LK(gm"
    "%qyiU#nEb&mI@{_D<X2Vg9FGigDSm-`*;LU1Cfq?zfec@{)%BH-L?sjJi2Fh6ryix3pI-p_vMGF$){Z@=6n;?A^sFC>XaCc>D{*c"
    "Pc?OVKH2QLCYb|ILc0ijmAMs7h%xJwcXJo9oh0|Wb-D1%#9WhYflNCG3z&Bc{HkO~3e!Y3i({uB4C^>(@3Og-@^RcPl)&OG_qLA@"
    "W{o^JW+tp?0K)ra0!?GlX!!bFPfQikUrh=SR52Cv*s5=agP-$4UojX>LzZeGdcY50RwDM6fQc>mQPQkcO81)fO1rx5lKFx2UDN@$"
    "O#*2v7!%v-6*?P(TP5FQ5W^``ox?_RzvHfp3~WIpKZj}ie7er*y_bI5xf*IRSExI}q<f=Yjiiz69wlJr<UVNV?wF=(|AGHlnx+0}"
    "2h8;x<{ff<rz2Vfhb?(lR#V!snxpC*1X(~i7&E3ip#tD%Cqzt3l-+fqHC1O;^J%#lG`eH_BmDz+`r}HeoBQ1s<sxZ>nUy`FAPk+V"
    "&<R0Duu|&1CEc0>k<Jf^w824L5euE*pyy_u1B~&oP#DA5%~LiwqGBtH?pGXAAi)yknZb#Ud{R57*)zG3Vbd_W0W@IS{S@9PytOL#"
    "7!`QJ8wA>3m@dFxIrzrPuC@<JyP)s6z!J$S$^u)bP9UW%XSJv&r^J;)&^&b;Wv52e6|0l+<Y$RGCV-%_CZLmA_@Ly7$bVIia85LS"
    "`Mza`%px!vgoY_vypFL01dH5gSKztH=9=y`tCYD_HNI2Ln&K{Wv%_}Ff2nuIJV%EAOhhR1Y?UEc3`%^6@L}YQcAPS=tlW@C2fiwB"
    "w(jjZ6+4qKMYA@6EReQbTD-NSyFT#>O_y|q0fUoS$d_PBahEeTT@Z?I0<&Y<(ID*I-dNggLrh6Y7M5)Ybcf3!Pr;ahDI{~-iM$3T"
    "VVFqfulvD52jwmV?9vTuc_)a!8<G!)dg!Pc25c^^k&n1Y1vF+15Ipu1|7#~ygQbCVsd1mW0$6$rQIkiS*@<oeb($n>0V(RqI^n?`"
    "FQT|XrAx0HEZ2Vkw<79(NN?T1TC#%VsZ(TP1e-2>;Hvo!<YjiaQyDlU)0oMU`gB)zOw7t(HK)J<OI3ee404B|h<pILTl{I^1P*31"
    "<(y!XXxxd}Jz$DDi6@C??WBx^ZfIsII<mmTkZOr^&qMNyz=6;lc-;BQi+MDi^OJ5|RGP@VvOIdm3rfiC?A+B6ycMSm`Q*~*L+Lxo"
    "awAdE=<2aKys4xF5x~OH08g2{h#pG!@gr`hRIR*Hwjrx&lpAag2oA+xv!z_(b~??dBc{}Ex)%q9_=v?82ktZXzwFyt)GS2i=B&89"
    "yz!Li0ybcD5~Cx6%AnWm+^)KsXm^$?6X}WeiQ5YR(V_l$N}ByCj2uE$M$w+&_%+yv5fwgR1e!TD2_=MRyFjWITZo};Br)I~479Gg"
    "TPjg7>t>c=1?J}7%^ko}8MMBchBPL}n-b_mq@V4+cP4U3f~J}c=mD?B!0>+GZQ2ISdAT=~#P}7Bddyv_<d}raZB_H4%@cP<_>AR%"
    "%yTCNQ6S=|U=GqDr5H4Wpt)4#*)d}S-#IV_s928K;(H9n0=gqX?m>3SfZL?eki5;#WrmCc(ry|nbdDJqS+N)(#Z+EsYM!d*pJ>S#"
    "%M$d6iZ?dJ=cDCFY|zD)W2dPK0vIsjxxIc*bg}3Ll$>7JoYbsvK(u@fop!@-+saO=JEg&q+^^<a2lKXNLG)>{yM}UMBW8Ihi!$42"
    "Tr?no$tV^j)CHXtY<5NWSVIaUH$L5Ox}~O)X9YBe7!}Zmu@xIR5SewKSwZ0?5=-dn*wYp<x|#$~qEWY-Hb8YTm!l=K>}4=eAIj5H"
    "_VeHaHuW2o0Uq=rJzZk+DJWOez$bkycoPP#?mneCD>VZ`6b|f+sAC+7e)1*IggE=clK9Hc(7bxwG36TfCvXn($^$B*oRHDdy}_fw"
    "-~b%hgNplBZqboBe1KMIkVR4sR<i4U2~xn&6>!K0MZK-SJJQfH(z_k{YWd#E3idIS!w!VYJk;DpIZfBCHR|S+ltdY6n+&Kf3gS1N"
    "Z^Ul_KJ;B@1t8&0TV5A^Hw_Mtf|mEoi-h~q)vzm}xf=<4j&0e_FA@aDBB3sk{kj+OjsdeJ%_ONy3qB(GUIb9PeyVZr(4iidqle?%"
    ")w^p-J(RHbm~qTXH2@{Cz;NzL^@cf@$YQ69Op?iPuM=BIw2A_dNDp8j0-(lOEmkJ!Yk|4NyU7Ery&a=8=#T{U<OVR&EZM9o&j^IJ"
    "6ky7@XgD}GLxwtaqxQt0U@t>YVgvME;cW*c<T6+Zcr%faM`0jRxN+H8U}=VWT~+zVk^6kmID3%$OS{|E5Dli?NzNoIBDuMZot*TD"
    "lq`{S1%D7QhQ=Mh%#X~p(XGydCN1(UC~OxJ-z2=x(CM=+N^Vv36<Z(u%R!Hna4ds73yi0SogJx9``X3gt{XzrtWHv^R^<iBOyN)X"
    "IO;pYvN1qSjS!ZSk@&I^sa3^`rls4RnZbqLoS}}ryUV32@pgIMPQ#}jL9a$emybuZxB*`JZhJ!511*-sAf1ekphl}%VyNnygu}Q^"
    "4|R-~Zqw}a;Rp==H4s}Bz8pkmRbeUxK-3k(O5H8|2P#ts@m+N&P+wF%*GaOQ7Y9|Z8DU7)efc|;mHraIsj(<p>avl77wuQUI5A~+"
    "{K)^6)EcQtN_`QMjzqZNSP=m;_ib6ik&mpdZgj~1vp6IqOV(CPYmZe<<^&@J)A~AV{MAW_4%RKohMgv^w4~BcoL>YAZl>E?Ea)4a"
    "F19pYU0jWN%)wUUqGZdaCf)e^FO@za8Dpnf6$K$Wtq4eqMHQ6plNH~N4xDubW;EqUY^qzJMb@`6{px}DWILITrq!_EtqmIxOZ^q6"
    "yQ+~f@|XRiT2+QI`Mk8M>k888)iiGDbZ3)2s3XWm$Vi28U1i-3VrdzkN`!8x8)ujS!j)(+cgK|PnoWb706?Y|b6~m!lYq(#%?kH@"
    ";OjN(Y=M(hf}3BGcQiFu<r@N8F&l7z_`EiP`c<x3nVZAa;VCpeE?fmVI0xTYBH2bzzDRk+!*zNdLGo`{5G=lo(dnw4>zU48u^l-9"
    "1|)V0Mn-h5#_;$c+w@O$Enav8#;#0o6Vfs=LE|p1k2F?P*;mF#4#K<k&+>lYH^tqHzRW-*yUV;ERxlnncAJp6W;Rf}xb33X;`M3y"
    "5Rt0+2#5Ns;AUFAR|^q>#?reN9&vA!$FM~k7aQ`xd9}417rjb{#Zz7i3FgBBjOmb3v+Sqwv^3rK>ryoi0;b|%>7m=qp=Cmc1cBFE"
    "y2Fi(R*ss_X678>GoiJ`;SYL$#p6TZC$XsmZ@jc<DKTHIoo-ZDyj9(CxN?j#)M6w-J1R5Zdd;E<0Z_d%FujDg-FKE+G5*ytLO5Wx"
    "Sk;D-ZVFR!gP@RR&NDcXl}RliSBTW&FpmJ9LMV(r0bR*=+xhLT#nB}Ft@~wgDi^3>C6m|Ry`-6Wa;^d2zqp@r=Sh~Nipe*~7@Kd}"
    "-DzDci1vxglFPMUW+y;p=TygT<(t^fJpID^RnB#{6;)ROs9!%tqfUpUEXkNGE<P?M!WVVb6cj72ErvRUZWPd}%ukjd1+EZf&=9IB"
    "#<Dh6P)JHdjTY$Y7MN`F$X>Hh^ai3Mlxt}j|Ff!R>C7G7hRS_gI4aA~6q`8Ejx%?{sF+OROqH~ka%6<+k+g&i%c7BJ)Ra#PS9a*0"
    "rv$RX)N0VMzgq@46@6MFwcQ9MiGe(V^}=AMbM^;IMPsY1Oi>qQqA_1yjAISA7z~z9@RoVr!2m<dNWn|MUaQHzX4_ta6TT16M|VWe"
    "SV)p3-Y(zf&s&gCR%HR2=l@vFP8Q&>S}){msu{;ncQ2yPM}lC!_ZsY&&EJZ52aaqz)|ND@aY31y^8IYidg-~@ewmaxu5hY&wV9Ez"
    "EzuYqiDi0|F<f_gV%D6HOx}Fpq46BaAUGz6Se6=yGT>c`?MwuRnsTmN(t4)0a-Ee>ob3*wTNZlPDvb=EL<zzv8TX+p)h)xOdg0i}"
    "7?7+%Fq8O=A4D=|mE0C-R*|$R^}ZhVzN`x)z;Mfd5#U#3x0r`WaPly@BDulDba9uOo7hQiL9UA|jXC4C>uEZ1Ld<0)Xsj@{Rmw(X"
    ";{iYbgg+FbYYbge#&Acc9u*1;fZ%~#(~i^%(lVe-T2O5)`Q2s@GH#|L5tUxN%OK*`L2)YT9ap60qwxIZ%S`6lM`hqwtrE@}7j`3u"
    "XTs&x6(qVEnT}il6VZTVF%ATHQ!@riOrD;S6DjzXBLfJAC(NH@*_CLSfdudcIQJzeBc5@l*3$7}fp%*!@@fhN1uNW+iW5en_C$ml"
    "k&K|GEL0_+W<g;?cL*mbjpV*6nkb%rtd=WFAcC}@yZgE@)>GA*7hY;Em_!HNQ5Wv}T62+sN;J9j5W<UYEXC{UgAxaV8j8f)(_INx"
    "R_{UZ!pK=ED&xFI=Ik_0YN#Ojh@P*AMDYn+&bdi&p($!%=xC_&gF)0rivdC|+ygYC3JSkiXgKE-TqW4CB0t%Fp1-`@m3<dqCJovu"
    ")_panXE;N=IxayvTsG4Si`{}n{UB2Zmmf)sY~GDxPJ@|_-ZI^c;Wo3mj7L3`b(v0w7VyV~RA|b_LK3Ztsdt7En=4)jeU()Qvl9nP"
    "OiZJmyjscK0g2#SNnyc7Asj#h_d?0A7|8B+0||rS(iVd^E1+O<fWc`~bg8N$LnolsE&D-KwOb?(bUAXuXZ64aBNRgbmDDrLanrcm"
    "GUt)mXvVT#_ZI9Rxe>F(9-#@a9uBFEVKNofV&;-b0Fec>(`!+cfl6c?=tM_$%GfxC`VNScbLL6P_IN(c?WE+Jc-4-~^rdjaFtt^y"
    "t%A{XmJ8+?d}mDN9#~>;(QGj%qp%u4A*bZ*$`DpC=ClT@ys!|=0c6*QNKQrPq+Y?SVq{tGB6@The}TD{AW>Ph)du?=^e`4U=heEJ"
    "4_!fd)#YFrjo~Fl>Ao%`tuI^Vxl+S<ES$|u@CHv%avus7m{)@-%H3j=8&_6g_r6?q<tN`8KGs(GW>GYIw-jG9@`KK%Y8knr!Q(QU"
    "+(Xnw3M^pMl1)t*aUE9Xp6X5)TyY=L7@52U(qzjJ_E~=eU?wB~>#R%QHiaPcFb}&FfrGzaF0XSPWpR56*s{PQl0pTKcU9~zymsY|"
    "F$AszP%Q;8%rt^wtHLzq6z^VCU^R`bbvb-g4j^vSYJ~#Be4y#>1Ur~r&I~iFM_dYEMop6J2fo0nn8nT-gU>)qdm=6h*~qX(CO%xN"
    "8N@(mg4@4WAr}J@ja8r$HpvXSl+t%AD}&34_=oiPp@x|b@1n1AqV&dOfc$4CCeYM$0;{Cj$(+~Q^XWQm6pT_M<&7~+@X`pxkc@_d"
    "tMvpe#a7QQI6XXhSrRyov@2Ef=Z<(oMxX$nNzS5x2ir94Ep*qt)MQZ}qcg&jm98-HW~g{30voN~r&tY6Vfla6GT3%kEHBIz)-<Ks"
    "6kaZx#vE3b*Bw-$G>xn1U^|Eav~~YjbSU{vB~_|02n~6G1l)2FP>XBcIC$jFOy5P;B1;y4CGDa^^K!;Ji@PAD$?;7H!Z7u+QV7L4"
    "l3u?P6vpf3=+MV0UJ=&0x{?z}jYMpypKE+X&x<x!ittKZEU<o;jG|$0i+Lh*xudJz*nTizyR7IQ3${8?zmz40Yh)zLS;bZVx*PMp"
    "tM{y8CQym6lyOkywuKkKTCZ&=knmA;tyXn7qt(JDbGVF^ZLGrmr~>6V8wx5!0wsesVrNRe>GfAmgUTPcd{TZwqeCP|fJlc0pK<Nd"
    "b#FxYweR$Gv`nXxHlV44BJn~agFON8>ci@g0jv&8+kvRHu|}Hd2^f$Dh5%^vVqmuChlkhcDK)7ijr);FA}=Z1)N5IljWjuy9hF$L"
    "^tf2+g_VnX2o(~$^S^Vn=|}+D1z^0C)5Y|DExbgenJsBnt@^#IkC41<-GTE1!PLEbW4HVVVV2_6e9mW4$s3>iUJ&Hv{8~0)Qenfe"
    "FwIXfMHd^bNA@D#q7~3d`Cp+dNV{t_G1bcq8w=5N%23eWb!XD_QO?K#(vMA&)!$C@weCaGF)sacD7TgumDC}Wtu6eT9YysdoLau7"
    "P(1p{_GXgVjB&R#<y2EC*xFCYBGc3j7amr}r+^k&!6}*WPUx23=nRbNAw%hL*HYtHFGtHI!%_T+KJBWF>`o0UmXS3{f_9M7sHXN~"
    "LEgU7uDZAG4h(A=HMmVHrk9Wie%MrI8qoME>KW1{DN04jUT<S{^f_5EUA@<;B#5jbj|k&{xF`<OJ!w)G*ENec65&`0iU6vK^SV7e"
    "yv!eDl&nz43W0W{R1N1qKM2DdRW@nQS;Or``Wi1LXKi;yFoSLqMXQo+2GCY>lOH;)!?W6&nc|bnR3Bb2NI$8P4pq20H<)sK0lZ=G"
    "J{Y9dETG`_@bo4aa1}#WSP;pFQ>ClOU^|56@@6r9#y8sAuWSbtX5f8Ag`!xcrc<=&`VRCw3$sfxk>nAYOAgAsO^)!=q-ljW9<%6%"
    "5ZqN6^e*l@OCh^VlnxqD%-KB008C%vThgE9P3%Caa7Y&$ak+e*|EdxT6z2LI>!zC@ma740p?XfYcn&st5Ub(?SPIE$$ivIHEr5*W"
    "5TFL9c?{<=c0*%|m*i!utQg0YHryiZmMyBs;Iw-_cd7LpH7tfzSu8QxJ7eo<+}YMYl>dWB(CT)oQ!%Qgn~E2#*GP6d$aA)=gVrX8"
    "&hk5y-pN|sF3<CAl!k-^04?{e=?zjd5V{Q2paP&?OoY)%T6^noL0_v5IE+v-WGXmxn3kL4$s{L;K*KgI>AjW64*n8iU7AL|JsSBW"
    "SfW@Jdc%I_f|sTrYT{8r-5ly=hF~R(SnDXft8m$e#cox@V%9|=fs4H{$(gp#=PxrZPP>y9A<(=8ZmEq}EK#~Fz;NHD8cD&YUuwn!"
    "NREJ5@tt!{)YO$jMUT$>e2{rws&h($Nv@@26gw;Mw1PAn_WsM6hb=DOCSx)fvX~eNw^!$<_Cp;TCo&w0!Gn!gWN*fZzqBn@b-Euu"
    "tt``qZE7s#saAv8m5xgg4rj%C8c08KJLE<ejdD^2z}SAC<_iQM%*wsykG2FI8(*Rp_od)^7uj7<%c4<dubQGraH>~wy*5Q9tUP<Y"
    "u3<~XDn0TzR0D=;4oqog0aG+zA~g2{vj0R046J<8D>-6Tehq>ZIZ`6hFpV5zq;q#oN~)-y#HBfGj<a=r1750-RL%DwxEzeJt-PaL"
    "OdS@)A)xjNH4K%`%Dgd_O#v<aAZu<~Gw>0Rzjyv^q|@Dl$xSQ*O;8xy4MuTg3t~A++*s1xN!Q1IU_s{lq5sngi>S=l#ze++3legg"
    "QYo()=q7kDOb?tS?5+brd%^E^I2;kP@jQ3UP>YrOF4-1Nu;lS|C&n9>L|F7AhS8E-m@h8%k7%-9YnoTB_EC(#x?{_fP;#Z0w#3J*"
    "KqUE!_b_W1(oG0ucwM=Sbf%}J`cgYdP(!`fY$~~36VNIXtq(}8qoCePl|9hJf-`jl8z)kXW;mKk#qMHM3)13cuufe`cJ!(WOT=JY"
    "@bW@0L~i<B+s*Z6am0X!jksu6r!a_@xcxu#s;%5)=(r@^&BgXwo4K_nCU2S6-KSl2cQLsPTyTk%!8*3kmlk+7fdT!8aa~kHj2Q23"
    ";$w@E?nMQ3WW7W!x}RKFY?^c&nTqGOn}gTeG&*fj2LU{!;35dnF%dYSAT^q_;u{$fF~C6cf@WQ&m-2mvmO&`RJ4dV3ynuhPkbPCW"
    "`^vDgnY31n#cSQ_6szT}tCtM#3?z#cD`}h#I5#pDZfYQ-*4R*)S>`G}O^miVfRVAmxU0hE-(Cd#2)zkAI-_(tbZ(f*#AE^PM3pKa"
    "vq6!9s+p;BK#;PQ*&EBKxlknPzhXaD<p=xH^%TU>ciD1cPpt73XM=ua<gQzhKI_m<rm|rq)(aF`lD`O0CEOVD(q1l~=7YiovNCJe"
    "9x@UO<e=%ZM~_~yG40e4Q!rS$ON7=;rYpHBN?i<+rr_Y}#$Y8vfgAvq40^#|b4adeTZk^(SVO)W0dG<@lYT!GweLE%Obb?ST6j09"
    "GCdN~_9*HwJ;d9t7H}N1yxG%jP-tKl>Hr(q{$GB96O>3tUG8LhBx%Vh>|VyA2H6CeQZUS-T7)s^e6)jhWVW4=>V%fD=$bs{<Q$Hs"
    "1d58qY@{zO#i$26ldTegdto7g%j#RPQUHo4;F%q$0={a@`xBik(22C*MH~%TUEAl=>El%rPBO_T-C)T{OGtN<l{3*Ci%r~i6bqm&"
    "2Ng}p#^uvplr0`Ii3ahFUy|}!C9k7R)UNZ?EAxhKpF;)wD&5jzZgwO5zZ5d9EY8T<6fY%;8%HNLBa|Ce+Lt+r9S$5cY9;L*8>eLZ"
    "w)eA)Sq~nYB(`nwCuFmjT9%Km#Y)O4h?be@D^Ht!&Z(-8>s>AtSXNDP{-ojpo@H6I;p0mo8qK3bllS+6<^aAxh8n+|6gzy$*4-d?"
    "7D&mbO_hP}x~5=+GW94q$+<B>yNS|;F3O{X@idN}k`pqrmq~P28OoZ!D=Mn3<vIircPox4hw?h)(?Ybsq!4Wp4|n@=61f)%JenB_"
    "j{t#07w<chqhTBlhz8ZJH!kd|Qt2vv+73k|nGyl3EHB%lwq_EAiV?vj-y0Qwj50l3sKh~1q^gG&AT-sJAV1Pdgoqa<C~kxV{>sq&"
    "S66yd=({0r5%vGu<>MTfDqvc0{&w|7NIf5|XAZ~7+kR0@j;n)_W^Unf#cKH}DzqpfL(eKN5W{o}qtRCebLPQ{T;QW8(|{?2rLlEo"
    "9Uggpr9`2^VFskzkB2vb&H#@>P;vwp*oodyXw^iKcaiSA0{j3{$L5Lj!klV4q*7!04=ERWzs2Kmt?W?^qvkAWwdHKnQHSH(-Tl5E"
    "S=wqmUCwS8^e(u_>B9#RFeo9*gVyZPi_dY`p%To-L>GjQPHpl^_i?P6cQ%Uo(w<8p1+Dc(Sy3Wv^d?C@E9%h%nZi?11=&u%9<yFZ"
    "6lNCfrK%R#q-kS8b<9rvJz`3-QEoqEdGF%>m9FA6oUH_Qng{daup1d8tQ>@J6)Z9Mc!lkSExW?L1e0_fhGP+iNth#iqVmnIxlGS7"
    "x#zSb;=3((S8bp(n5_VV3Vl{wbfC&uZabSmwaLU$!nYGu6IX!Moh-5n%AjuBU;pDj|Lfn(AHrzEZDL~1r8T1kz@2bV)+|b;T8w(r"
    "%|u8dlxigqXIRj=6=TQg2nD;6=<}-7tVwSkrB4OHdq6@oBFCDds^)-DK@Sn+aj=B>6IEL&tJ<Xi+?T4S?fE3JPNu4$_hbNm5#7-s"
    "ld2rBw6Onj=%K-x35<E}TcuX!H)W|d7}D2Ot{{8<ggA@t5g4Ol!x6Z?J4y7gbz;wlZELBiHW1`blKyrsxA~-Pdw7y##dYhysMb5+"
    "&!ms*R>k7~ageR%Uxny*6J2eV4)nsKxF}(6?^gS*th~lzWZ<YJPR6s6rI<{NG^o&I3%Xmy;7~=Xdab4oKu5kZ8!r-@wL_di>nr9y"
    "3Re)OvoT>3VTFLxe?i!o;1*z~qg?M2&eK1ZzMHFVXb_Qp(aJB!{PqF>iZd62OR<C_)hR4-{&AG4E-sX+GV0a(Zh=aVZc4#42Aih="
    "b|rE$h0#@{YDem)7cIFE5)>3nC4C{QWfxnq{kXh7%2tw81<#uj_H306;gFe8E@<dWKrP(6i)TE5xKQnJXebuDMv~pTJa}1D7)o<)"
    "@Jc(lRM-ae;rlXkMLnE>po-j~QI&{Mn$?dbaA4EiHv9J1fBxg|{>y)vb}!|G=9BggDW+-s#u^Tc2CYco&Yo2ErDs<?Xe95jguWP+"
    "b{e5JXop$04hAnPMH0PgnNag32;3W0h)KXX>bUGE?=LJxC7D?DM=E@VF`wq=`M1w=I4Uwu2jW*aC@ynDcbqwUp-OZ*M_t_n#(`a`"
    "B~NY>+X1$<c!QgNbr!O}aaMyE(4Ab$12rcx(2>uIO4|NLKUM}9^%#{6Ip7i}oD`sSD^#Jxy!}K4r_yf80~ZU0v$~Q|0XmIp@Hg|R"
    "^4j~*ntj3&bUd)GBF<A;c+q$3qY`l*B8R9RrfTk<*vF6(pm1X&#bJcRg9SDt#fW(abeWRw1|Ae|Bon<<y_f*_?xM9CRV9n5;}U?3"
    "&ZAb~$HbaR!YbricdRjGv=YyvZ0Eoxuf=3t2Z7cklUPxt7Hj+b{vxNCJ{QC^JJTa2Q|tjdFsdS9>6@#d(q$-$b7lway<jM@fD$D_"
    "L0w-m9^fUC91E1V;jR)2EfXB!zy2S8_}#z!jSMw%gxO>2Vf(Q$9L*#4KybBw3Z7(b%c><8YO!r7uFZ8Qe!RQIYpRr1wUkjeq{0OL"
    "uqe*x#ImZZ_mGr_n~}>^QvbvgjA!2M<}I~v3ETWjNwVi1hIM;m^AJz4OJqo0v1&^2lx!|ewQjC~l>FZoc_1=D{zyeb3M*T7S8&Ax"
    "10A8{G-X$#h+A*}uRIsukAd}Jb!PLnNY?Mm%31dVLp)S>(xN-k(R$11U)HYfP$fzom1Ib+Q5nfx#6C;52h^yGCMhCpaoJwp=Z&Xi"
    "Hn!}xG~*&$44)ASD+EV$#xL%YR+?zc+_Z2fb#soghl?(~nwGLQ8AD7qR8}-6aI90Xnr3ZBDWXkSo^V5CXK6E7dXl(lm;s7jF1$$F"
    "V>Q3cmf-6CYSMocxY&Kh#DnOjm9-q+RW_c$q1-!qf$9=X*4{1Iq+gn;ox&?j>CR*f#Gy(oAYFD!_>_6OUStU&Dh$A}^D18sp5YI!"
    "1VzcBpk+JJq$85I#=%R|{s@2<V>Kuyr_}}k=ALrO)YFW_(7-#zu8}dr@?f2foPGOw5j?TmvT##hkE$WAk?#^D%^HxEwe9EC&vV!Q"
    "U23@OC28eh_vp5%FsZ1vMy^`bpi^{vS9zYD#TryP$yBOF(1v=kp+&>RxdEg+a$Fj5Fcg<{BobQ}?)#%ar~5Ps`AGUnB&=4Y560xm"
    "b1EID4TQ<Gs~R!6Di^k$Oc%g<3ZbU2a?S*DZxd=&sa4jfDTT@?4ao$W*-Zg4vg)p47wp(tn_Qu*(GVE;`$-np9*8)ZuOGu9flt75"
    "8170s5lRM40I;x47Asd{v$`p`gN1D3!3eT3Zy$=*1u}|6z818bIzJdQ`h9s5`Jjd@zQ-kpx()|`a``22JysEM^_1-OPW#G!*s3>A"
    "F!7Cb=O<a=Lr|p#67VtgvictLxhhcP)6dhKO#Rj<WD<9lwO8sl;kCC&%(Yng5%HZ!@-+PoA_f6dTYSW<;ZoMsxx@W4MbgeK8+Y*a"
    "VGdS_mSd~du%ZMr^sBkaQQ*Mv`BV(=41FnhL~YC$Rg1O6)$yWv9G4eOr>)wAF|5}@f(I<g+<BkxFE8?5vpfDNt}N0r&sJ#_s|!^J"
    "tDUM80yAhTp_ZhrjDu+%TCb@?m>Sr7Ca9m!UdrTn7B)}zL}4y2Bo720mM`vXoZLYS`gFY;VZUkZgxzI!pEi0uebG#FWWS-Ljos?5"
    "C|*M%Dl&jV05O<Mi<Hi*)aonS^W}7%{{m>5jC1E;cXZ5m_trgHPQkXE^{{&=^CzpCGiSTih}NhY)GPX>=eHZ@HZv19w$B1d^d2=)"
    "Vfh2=Po|a2kg!YELs)g^Sh<PR9#|i0mazJq<O3#SEZ*uMDz-|HM4&+?$>tcg?Rxq&r&mv|1r&Efc$zj1s)rQdVBj{q?*{KW1#2}<"
    "cp|H!QNwmU#|Zc&{Q9=D$R-M8H(!oiJx0Z{(gA4I(vP?we2Zc_QDL`MtHt=es?uM?zKui1NToj+h-#D+O?!jBNN`C-;A=lG?=uDj"
    "(V(k-t#wP#Zned-8KGDqqf^6zs@WoUT&@47m-wnup}Kq3OOAKV1t3p=@ZeGANdpO5xu66p;&7d>{QzV}W2%s6m26z%@)`=Qc3lM-"
    "!I8UiH<mr<cV5|$thZ0tO~W%=byd=Er)vp5c1j5ewwDLoxfL`7F9xxOmdvnpYtxfWjk;^W{?L4GP_`(`_mLn&oA5jk-3W(ZI=ior"
    "b35Oi<P|JKu|$gVp<`q@wCrnM<{DON+bhO~4j?WG0hGW@{9aa)UGi<)r-vELwU%u6O@1TIQc_2>(3?UQZ-UF-LduP_oMJ!zq;aYD"
    "`vZPG?zI;O*d$zdJH=US=iR<vp5`Kdn|}zGDuTOa&2wc-DAZyG^dXpkWrHBNY4BpJ{8t|F<*p@!tI;c*y-&~ZzJ1Bm9fAqJXDj7O"
    "_Xi}E5oyvkN{RR1O>c>{PnGmCkW8cMF4pb(<8+#PKr;_aiO)jcR(4y=9{<g~Dh-R6#vSrYIarNoV1i-pEY>Y1z`dwQ#SJ-E1ONWz"
    "@idoX3^(Tajov<%Dpf~^p=ul_>TP#cg$RnXvxIXr6H3pj6ols`kt2%=%Dz3w)#fAa9W<Coj}a*#AU6R$5+p`qGv<~I6ITr(m^<7&"
    "$x4VHVfYi9utZ*8z)5+$e?H9%KF!PC)h?5G*n2AFARn!4x5gBDSj{F}W|smlAupBm)nrjE3MFj;l!=9_ZCEBFSX;a@R$?QqF5B8B"
    "N2{HZ=`xY&HFVxt{t-V>b!A|Bb69_zpXT+N8H%#6cE`cHUnJ%Xtv`g4IEosKv0ChA>#P>c56e~z0^V)*OiH53!p#^0SHUU?S&B^G"
    "f1Kuh#TzyhOuv$8{lo*~PBqXF6-%=WV@-7CJF4TLA|5zBjQJWdb)v&bTEBa2>oN|h>(zC0H6#q~8Ihq@e5)cIg4>C%QPB9?_U-lZ"
    "+v(*xFJG}Zha+vn3sJ)YoFbcr4q^IfOL<}Ke!a|iW)1{Gtme7*vRf6zuvb;RA8Y)j@u1-f2XISOa=OV0Nom#7(+L-9It8nzv~6`q"
    "YuuWhR2B)cx4UFuYg&5s+5}Gw=I6_4o?2`!I3#7&FJ^aei>t6UGLOB@NF}k?IbtDMW_BDptqtwyA*@1Vm?1Ft^ZaFAIo}MeEUSf1"
    "_z#=PQpZ^R38R&jIJnl>Lc|+Zv6+YI2`e`(SuvbUhwb<C;cL4EgxE;g)?O4DMySDVQX^?gzU}$ptGo*qx>cK?Rimwg@>;N3%|e$i"
    "TWhcA0x88M+PkR)NNRAqJd5^a!A96If0~yEsCR_$$V76r5kk<YP7*m``*b-y&P`LCR+5XOW5&sGX7>r1i?Ohn{sxjGG|cQE*t8t3"
    "Qw0JOa}HX&Wkvr?qJ`yVB%e@R5KgvkZ1VSDU<`;Kyr{>E3@bRmGOUq0C$123Q2aRbkRFy8vR1s-gX$ow-c0(!ByLF4nA>Ct!z!a3"
    "9rd8AT5?^xRwsv3t)qIiRC6{W34$j&Z@a->s65$zK0M9KRd?3IAym<>L&*eeigogKpsi}9c(+d5MdKPx&fn|yzAG-3Q%4uE=XoE)"
    "fxNJK4Cq5!^VbE~Q)VN2V%;Jp7k}5VstV^t4B&Nc7y{;$<!Y^>-*iy@P~OY0Yd5)lN8wD>F(&x075&8Us4TV1wjsb)9`P1fx&_~+"
    "z{q%#5tZ9P<u1Du1W0t2Mbxob1`0{Z3k9o1ys7Pa`R%hX3^gq99t=)7?q0xZ$W&JBB@V|iRa~D988n{B_p9hRi5oajO*yu=tN7*f"
    "@<vyT&I~yK^_~f;M=IQ61B|1j>;D-ybgL^@Y*GT>?bGY!dYV`6H$mr{R6*#ZhBSQA)}xvriiu@3%xet%fx_T`y}hAX!W_W4lBadO"
    "!7WRN0;J_)C2v=fx>pJB+Qq1N!&j+}nI>1{yC6xT2|jIWUz9Mu-ytg<@}SIHux_6$!0GA_L<b<4aOuo>B_SXEJj*>NG3sp*&HD04"
    ";-R&2-~R*gkV00Wdb}EyLKEBc$lvCP5%tBT!kt`Vp!s=<$zlp=zp66DjzUDi*rr$bBsa-c3F9Ck91jRh)b((PtFsI1dXrlefG1Vi"
    "4`KW3-~aA^{LMUdzC~o4c5#@b>SFHJLPDIcH)rd5rZ9Dc0A5K-P*&zlSG^J`jM%R4Zvyw`Aag+&j+hLY533@O+qA@QG6$!1bV08="
    "ti48NS<XQC%|d71cW2_2S+p54^zG;A>Em2ga46Gp7hddd^OTEm10qHKHAhv{+0l2&u(gQj%658xz08vbPLN|?o@^GN7~nDVbw(?>"
    "pK;9`(gYab;p5y>#kh=S#d&czwW{Qc1c@(Gzv*f`iZ!UgV%okvyk4gZ#nVMMOL2JDaF^3qWdzYUGQm2oD#LHCg2(r_c{ae!aV6BE"
    "5jc`<f7QC0<<;$0D+rP%1||Oed65eF)aC6%l_Bp-C)=vUqIY8cMcFGEH4StB>+AW8Ab<%`AB!y*5e4s2o0f~%tZLM@PZ_heeLW*y"
    "mD9j0^7j~A@G;Z_wbEoQ7KvmS4DQb=X{K$yg-1Q97MZJ=cSm+C8iiql3K2u*S#uKE)qUh`oKII7J=D^(sw3SSQ7M(9M27w`wDOYJ"
    "R2WLV%9eej>JYii0cGOz75$YA$1WaRNnDksl6!Al;|!jCDio)eU!Bf)88aRUfh8qb3ufdQGs)2M-ku(=I53$LQmxA)+l)|7hw_>%"
    "xZGtcuZ+#v^Ey_F^(v1H%J8q}lkiA^O=l>++P1FB4qcTULS|M$+_ha*m8*DvUqxE!wjUH?7H81)1^Q}S>!D{|`uowDlUj7n&Net{"
    "7KPY_SG>*pt-?^jyF|SUw;!$GADJ{$@r0jGJa}jEv1;G`(f|rM{cQ4JNzp8p@iKA8gznq~H^3zcJO`JsPOiWdf2mgPi%ep)P(*d$"
    "glyj~Pv@(Qe3324>*~lu^9u548En?5kqR)wrWbi`Vj9s&>TXipGgOtSpsfd8{}`!8gx%sT$;ssP4d<3c*H;L3>V9mUri@WGltT>g"
    "<pH)JyN6u<51Y5Ue;p~hlNA+`^J^|=$4*nKCUeK!@qf-SngL><6iX%%FtPJ+1-Vf#E#nc#uf@JcLaV_^tT-mq0{o(9n6h~WEkM)K"
    "B7wVdFxCYz$xM$=94V3Nn}LY@DyYg%I#3YeN){XxM-GX*=4nB;eV9JU+<tPntz{BCBEG9E=<OCC1(iIbBp!my-RsS@*}Ni{KQFRC"
    "({L-TfS!uJg}U6`qH~m?P|>>oLK-?0b%bxe{nNv<j8}qNpR8R|T}1}bP|1!db~-)2;qb6X_(c=^at}r78d&_1X;63WL4!Mn2D|{9"
    "aN&HD#FABs1UOHFa4z+XIRf0CS=2PJ2_{13FqzQ%D;;}DPad*7JaGpCCukVsIYyVC4BGn05IL26*PdhB=d;`*i&Mg}3voOc$GFs<"
    "R%<oykgi?PbW=}K2{O-E6|h>SCR$%E%H5k^lZ*NN+aIQ<_3b1Eb9%a=qaroJQ;Oi-b@mr)C<cY5S(J{Xd3si#PEYfvFZg9<8FS<g"
    "A^t!T-Uyne>xW1zP|~~UTd2FYw`(9xVlPE5C?jEkg&v{e+PAMKj2n49nuFFvtZjC2ch|hT&L;?6on;4Is)J6F_(-TGRb^ETD8n*G"
    "u0rZ1hUFI>C?p@ouA8K+&69|Z-@>7PayT}^vAz-B$a-I~tVs$NqjzDMiFW?>yXUz&ULPNxMGed}KP#bbZ!2do#*8ff@OOVB8OxjS"
    "RCYGyLg+2+o!gB6#`f2L`;Y%gj>!y?3R7*<gDt52C7T}MTcU0$HHko8khQmcID>wmXJ`l66)S4ge%#rcA^@hudj}cz`|IWXho2&5"
    "+oDWV(5lCh%kxBqY-Nl6_y6_p|BJs(OyY#5dANXlbypJ8paWmAsYu!go};|`I1nOHumMwsr<ps&%T>xiZ<;!F;GucL*Rp!1Wdn|^"
    "+%%IiMSN=ehm)ME-G)>)XuU?aQjbjkYTjeS{&JSre8&bLN2MdFXGi4Szz9dWoO1Xwl++NP0rlyO-zvAwg@MHLD9YeTj0c(S55+VP"
    "WvBWJ)Wph-+_nZF0g{HT^BRqPrlAf5;#x%MX9pEewrj$Uf`k3-!}}v1TwZPVs=#_sZL%J-30v#a7eO$1Ja*9lGMcb>!6<3y`w)O{"
    "ZeM@Ql`u`UIT6vI7^kTRCAM|GK7Uz(>bn}o;fl!&KwaW`$?8`UyHq>CoJ|c_M*EX^<go)m$`)`SA-!93jI=NJbyvZ_?ez3j(p#}>"
    "3|UPMAz9PgWaU3(H%fMH`+$o9_dD36x>S-$U9ZA)OM~ERW_!6Vn9}sXuYQVbWp9?%sm(PSv>QTF4JV<m2_P_?+K2f@5pk8JuI6%#"
    "riDgcOES_zV2luTb*8S+AJprv(=&=~fVK~2j#TVSm+AHV37^Y`()MlcF^?jHd7~nNg|6vXXp+_*84QgsrfI|JjxyyJnU+nYc2yj("
    "9Q#MJP&9Gm=O`8sHdJ(ckBHvj1;!R{!Dtb|M9sjm0gbryog17uMA(TUe8|gumh+ddcUrGu-OfCEjl1<0hO~9#(iE8GO@E_G2ANd@"
    "As({+O^E@!QXuER&A{g6dJ?q85Qge~Z35-)s&#X*>RIsZfa?tr&k+`d+%N)=;-zEN@?Pc8qr%mXp<elYddyehd@7+S9?R>Zfwq-`"
    "A7OjBJj#1V@lokkJ*j+{qzT59NdhU_(Mzx_ybwyRX@9(6O&*I%Optfv34(sVIxiPNPxbdyNDT+Iao|@bFzTYjQiQsFe|Y$c-vz~t"
    "R!3wn;V*V8r~}-dPTyq>mg;8FJv6H(j=GdHV)=)w0Clm<*%rFBRPUM*Y9^M()>Mep{{Hg%K8+(Hwd(nUq)lcz-U)6&4p?Q+u3r(V"
    "`Q|19WVQEbxx9U!li_^&d47TMD-z-+&uFo|*U+RYx6AG4`FizZTel2(H|CR$Rn#<xHqqNYVKbB;W@U2}=c&j0gEVaM9tOJ+UFJ#="
    "y4JJES7n#tvpTirX~4$BFG+%9`!JU#-cN>^U2-9-*Efl`$qIf7dJuhjy<D#PEBG-;KD6V0Lf%vW#boZI;<pL>BaE^~y`n1Psth6N"
    "P}aO9d(>F&wV#8$&h6(r0BR{HQh`59`X<}P*k(ticjoJVm`4XoikSwARx@d*v&7_kRvn@~Ex;%IYNu$$QI9U&dxuVi*2O0m<uHkS"
    "Kb&B?^M2b`srAAjif4(l7D^UxwLPEi`|HEQC;PR@A|z^FDCTB9S;H1g$wA8aB8zd7RbgBpO+rM|1WxMBLxH!j$B-nww$J)fkeley"
    "lpn@n-WWT2aFK0us=m)#O<H3dRph{Hh6>!l1d}k$`B$-6IM`BgZ7HfU*O<I-m}<->Zx1`@aZQ7HIbQ{{(~!?)yt7)LLCU<Wxb6Rv"
    "EW+_MM6V6fMJ|}f_Lsl>UJnGQl(MDPR4gNE4*E?*nQ-0e_{mtgo329qJgxjhfbN)rRq5M)Fn7y7*ZPYL9^P|3R4!@;-5OSv)izbN"
    "Ab_;tRZ)oDI?|aEOtI(m4hJGsA}#<bVB*rhOqMM*2V-~faB;%KirJ4WePja|Ei;%r=||@K_T_yVG2vg_g3bk3Z_x--dF_3Be}Bb+"
    "y9yRqcR^cKkRI<=G|mQSXw?IfqYMGBqQwy*9(!5{fc)Wv*n+97>>`0_2~`9OrFFejS;a38_>Bn|DTgX%Hu;u~d1pu_p@HfVY;SXu"
    "dDGt&tA`%S(TiHm$p&z!(4Tkq<NW1Ge~~pv$xE`inEl(tdy*j)56&r9DY|mvBHneP{zCu-nrLjLq&o!f5m=G&VfP?F7ll=9yAUu8"
    "fBmYzODe3D?|<2?3q{(uf0X0mtr~Er6+omvM{o~C%>WfMxv3}IUGD)!By&d3wGhK?cU_9=614`fGJ^&J-45#|fLQdqJ>dit?19=U"
    "$Er$JVS5ytipB*dmLA3ur;KJRvnD<$*TK*Z9lNC?f(S*u=vllcfVKEK3Lt1t`m%j}_;7~r9i5H42*^u^SJkvT(ipE&9{?M}B_{3x"
    "6DqP>zaUw|BkTbpcu3WS%(6NZ+%2TK37fpkpg_MZIeolj>-j<kLDM{`)XLw&;;62!)1i2;$b`KWcU*4(I!G&k3P#iDBTyL#bU38f"
    "<lMy*iTM{18EexrSo2f1Z?C6kUO{UXR)b^GIIyaw;~v>)0E7ZzK#9-x=s&dffR1A{4R{P#K<C97I=~YO5C}A9IPG`K*KN9C!#Qu;"
    ">kN$a_;zQ@J}HZZomC`|JHb|k-JG&&4#A<fUsP#2tmtXq&My)dgk7_86hX}-l2py-RJK8oH%tCaJapR*)|e=3D?G*71sB`iUQW~U"
    "Acwtbnb=&a68nsVUlg*^W0lEzkUj|305hT(W{|7<Ce`}%wJB}N-LJW5W=h-R3AZ3vR*2EmKf;`VzkR;qi~Zi33(y45`PU=UYH~oj"
    "1@GP)v<{^&>7;BVN5B%1ZL(*?H4Wmk@F{0#D_77BKWpGX`SoTI`AH(#n@H|JY<_2op^8Q8Qlf;igv+zkoZgBz1y0`WT;Anbl5?om"
    "AH$bz{6)UFAIVCM1levJ?@;A-Ff{`Jy6*DE74<R6JL=78&_Q^d10=_4RNW6momDg+yKne)`_~ykeG~mb^OiJJF50R^6(}-h98k~z"
    "+$wra*Dwcnb)xc0BCxo`2#L-f(5Is<jK7q%=(2x1KMHe}M+d(Oi{Vh2h)&?3KK00j+!+32MFj8*N;|akO^R$cm1)FWoRfp8fCtH`"
    "9K!vgbXMUHLm_0?_GEs)793FCQnV_{_AdIZw?m8Qu0D7JI$&+ywud>#MWCk}+q(s$%`!uQkghOC->~&O$%8%NCsir)h*ZR%6U;kK"
    "H(?rAo-!^v*Z3vg$m%0wnE!RIq{q|z$(&UX|C2VBJK1Epv0|{nUOYdD3a6>bsWd}(d4Qe$BZK&568!K`Dx-Nrw1YI9P;<6N48YuG"
    "s3ae%^gbwfQhbhdN@ESI%)~~Yg_WTZk=@HlR<aztQ`dhf6)(NSWD@OFJ+<FGpI*;jA0A%b<U-{ZrTjE)Zx1|Kx$XDupmzn8#eHsG"
    "r;`jqb_6ya74zs1Mr*Vo+2cn&8r=N2FXa$x87#JTdwicW9r##i>Yq2$kyTw%;|&FNIZfmTGYa63yytgCd7(04GsR;?qrXox^eh>A"
    "X_!+EeR?zd`-x?TJl2QP<0}z?`8&p-YF^7CAZ3dyg#3HLky#ATcGcg>Eb7n|ki9iyoOb2L3%FXjGf4nym;5MTyM<utU$G5vW+QST"
    "!oT1k)6@=xw;K5|bDB;!4>ypPySw_|6#xtkU1+58@cSGNiM4rnbCEvX*0S!m@IzkT&(D%By{Xt4Sa(UAHX*&-iuIorcE<L5+(*2L"
    "3K_(9grA#s6nUKam2&onL6OCvF{Z%~adOGG{bu?|RUuv`&ieK*@7L+zhiW?uO}5FZ$}2g&e8q|q?qv##pGqx3IDQoeqVhs^8*UrG"
    "dZa(gc7Az2PZRj`CbR<I=IG}NY`#59fx;Ev?)M9+Dg;acHE%x!IOGwbF4sF*Ya(|li)E3d!IPY{SPY^J>}1_o=fwGXk||xYSsQQu"
    "U}gL)qEj)dLViczK3wJme-tjJ{5E)4Xq;4InK8DcpDPozBD<ctVQ-9gfGvZikwL<q6AR*~6&^}tZ6;?Is{iGU$dx0#;K)radGkm5"
    "4VLKG-hTUhxjfnNX+33HTP#L&`vWPCBBBC&UL=k1C@dE0suY8DRAqP9%q%&Y@MVM)Bw{6NG00k<r}=S_#aH0wH1a-F!A1Z(+57%G"
    "6i3lM8l=iNR4}EfNSDsf*pzL(o&M+b^?^Tv(JG!_o6qv!#Q$^;BkJr2XA`0d;wC`svfU1_b29Ox!R;wJ!jGn50_#IKvKi&W9c0=G"
    ")w+rbah|>jTH{`__FM_tZU>|G`TZ<+k?iI4W1fcC*Vnn#2n8EvrXPBXs!%t?5oL@|rx|($z|<wIR)SeKujahGimVD0FmFNCAO=Q6"
    "1m5O{nL1ZH3W)^1uhyh?C;1@drX9t@zWv?re<z7qUA-x>E>|cU|7niF%YQk)e0|dcLNu5>5*T|vzs(tnwKNYHt9uIh^+EeTNl5na"
    "^6(KyDHk<#uer+6T8Wjc-87~<@%@zsJu78I`zTN#LTg#(iBC^6`kx*P9Ch~NO-P2%z5dI?|CFa(<}tepNS!XJF!bc>=ozuBzI4{K"
    "&h}w0X52)z5GyH++?d>xSNC1)G>_QLzuv9!@f_i|tAvVrgy$XdGK9g4)5Z4x{`7qL?e#%eaDfo}LC?t)6Qt@_t_}5S9Mz8<!*pX|"
    "dLBe7Wj*~ke|fXhMlOM}l(^?6&X);pOG(ttjS|7j#a=Gr1!d(>45HFwJH5)MNmmLP5GZrXa9;&netpv;yy(Px_AFXR#5DeI*H=V="
    "0lc%Q<-mXtrlW+ri|o&#<OJ)64i`+^W(o6<Cg72&9LpL#6)5?vmmjB3Cmg0CC2_aJSAh0p!=^1k9*$92-!QDn8C%{}ct6nGya|&a"
    "GNsT+j*UAwAfoTywr@yr30!~k)-+nfU>Uqx$PRnD>S5Jnwqnu6&Uk%VG>iuhYAQe~qamBGaQVeOOXKF0Sd2hG7UuPn|1v6KCyQFU"
    "pWmmjc%^uGEL+eL)aq3#**M54=qB>=fP<}I0W5$fyxuw7c%p7mrpqK6q^^>Bi4u1%&WI%NSQb$Qm$rv*uV>N!tVVDo(BHHyEU<PG"
    "V^En*WXI0NoT{_7%r3H4tZpw4QW=LIk+rRWanmvOwA}Xi`u<hq@NU`*5nSW2q@V<l1eJ2W^%pxZEwX#ijP$%$K|y5(AroO;=f*1O"
    "K~a_ni)?R~i?~Mf!0qP=nMVG|`*26)-^n!k%bx}0l>sWNJLn8&gz>{KLR)x#Bl3T`!rwdmPG%;BF$G)u4967Z@6o$Ot)5G!{5FGU"
    "EJCCzP;M733>*@#e)2C<UWgUACScg{JMGmv6h<<I+sE_69aX(zw)6oq{o9Av6LPfy$%RtP$aU1p%XE;$0oq=&%A^-@3z1q1(Zbw%"
    "@Uno#3<aBiJL^%Qti-2${q`hg>kZ$szKt&s3<vRBw%<cVxT>85%n(7Hs@p#x7{PbRL{N2`dVdA00Zb_#F;=1{WK@nkU*J5%dJBsS"
    "+l_0A1{-ZooaZ+lQ*<W7Et)45aYMf^)jl^l92Kms+n;A}{v@goX2o~)$i=HYJ?b|`PDu`v@1&axBK!Gt_TwVgix6J!*mziAfy+e>"
    "$QBA#>-LTu^bGP&=NBG88NtSgnbqJC`gKw1L-TGiiJ~&Hyen(gsBsX^I%8N3a1>=7O}0wKmux9SH3cQU(U1Iz>f8{MMaX@1b0N?<"
    "P002A{gr{eO1ea^Zn3g*LHed;IN347C^;_3N~Bw0>uowK^L#q7$#qEDEJ|esq~Kh9nrA&A8vYu!Z*Wp}HcQHRkcxp&2PDr?156Ni"
    "i`1&7W4p<2L#l@3vAb-K@*aU#Y_D@meU<#C91)$k)x3voqoz+ma03ewcXKW^*A0Ll{_e)9FWcuW)a;LmM+n1yH$39Yrfj$4ULO6p"
    "=87)X>ReMNs-6Gx0@-ZVky(-5u=<Q(I7pN(rgJU*c7Bk^I<#AwZ%CBa_YVB^^oCC}i6ONS>k$>J`MW<p{F}f5TquM|jFkTQ@``({"
    "Zguf$3HFF}2weMaW;2xrB-8mxV1-a_AZ6vIffqziM9@P{GyP;7!r&lwY0m@K44(=Oxk_6PSzwAth2p_gR@(2J`{3n%!neEUW2(U>"
    "(>cMK`IpO83A_PGn7H&1x6_MY>+(7Bf*2PgZoTO7&FN`(1a^M_TI9L9olE&@5@TKUOY3w?0l&!6JDjv?1D?A5>HFjFB$uKqF9njy"
    "|9pMmZTRwDEhgziN&_abwn0LCc8@hOo+LsAfyb9#(u$~gAmj`v*%A2h34>^if*gq~RkXQ%zh3k^OHc}!w!tsP9F26_n0}U3{d72&"
    "t+F<U4K=4B1k1T;Rf9M~bJ(8d+dkoIYH>6?-t*l5^;e$bOs=xI6D=a17-)%rUuCQlDX5ZY?<?*z+~9AB4=r)xmlvH`^0~FhEC3$G"
    "|9Rz?yLly$O&Ko3(XrEffK=>m-ZM7`*Fcm#WiCNne81&L5i5yL!ftgz3bAnWns5B?KA**DwJLUPSwcd<7ykkwF)E!tz3FEvnJya_"
    "@(w3_?rdBwnce<XN*`YTO;Z0i%#e&~f&hvFT_hyf@}WX01g-ai)fOtlSD<WrR~#W%=DUiq9WLMXM1iteBznOmm#&8VrfK$wtcK0z"
    "(=M<uN5hFM!W=z4uS>cPEu#pywSs2J5$%TFgqXbF<}5vn4cvtTt}V!9b%^IElRzRfu{!g6G3YZ;nS0XX_X~5jVOM!SX|9L6XP=$D"
    "-bDQS@jOpI9TtAVH=g&oZM{C~C#n@$wDSY9V^Y%pr$7Hi1SR2tvn2i1{?3f3^ubV++f+TOp>Z7jmc96b1TE0Sq~r^6TIWYU9uT?i"
    "j%9Zf=s<$JfN3QMWcBjHuPg+%SjHAA9{8Tul+4}_a}MPzDE)dsRIRlRA!U2r*`gOsjj-`s1DcJQnr@Y`w^nYzuby78ghmT7Aro@v"
    "zWe?B@|zg9-CP>vtG3^s-aiOKOE=kJYVp(ld^n3|xCa}#VWdeobTS^7Z}`3&^9ug|w})43@mKq8H>$Nn#;*^8NbTVO-ZHuK9d?<&"
    "Xm_TDt`cueHm~EiS_iJRN@e@=pM(UXG?8GXThpG%Ed0({xO;SF;uxqe{{%7szYbwF6G0G&?h8*y%kKNl2~I=9=uVdQ$$k#Q(~Rr1"
    "7QlW}O<rp#C3y_^1~TUclZj2yYdr6H`sMt>eL3AW6Pr;=Aa&Lwl2_qn5ZDAQz4~`iQ{=J+KVKwL)eLiDDcV3iY(j;iprVhm#m_^w"
    "FYj+x6m$-n5t$ZJBh9}Z05N1iY@O`%tX^Mo@5R||9l7K?Eg9+TJ|&S50Q>E?%L5BYhmvU7Uo^tnU0yEF=V^oRZ4H4tuGsm@H)cSF"
    "#BM??dSaq`xUgDv`fgk0NpGUvdJ_eMy8YwJ9ow`!KLW}EpdWOJO8@5!Fvm)(Nsx@&5|2y1K;cR!xS1(@_z8s2QEw_%v9b1yXE9T3"
    "BlkMJfWa(GvWgg!hb=-?0~eZy$jU%<VnBo#>2&<n+ub-AIioqvcXF0nEHKzYuYfUuidPrCHG~avUqu5G_{!aq&zlga1x2EY%W4Y)"
    "C9<!Vx2yd&c-LSHZGf|h_Ujeb*Y1_USz7=ao&=-D4Z?00)?&j^pBwWP=F~1hCvYf#Q*spB-+%x8-EdP25DHtHd<dogZnY{Xmy-D}"
    "Uj?>i6}@5kGrC$BoiZzLI^*CuO3>&Q=w$vmpZaw^(exlQD@tW^?UFL7go5xL3tAhtF~t||h5|%_S#ae?`1Ct^qg9~#ef#a<`P;*%"
    ">D&!7)y?|qf-o#P)CeZ=y@ve&&E~%LpdX7b5)@OHSg6T9dcB-x0Qq*cGfS9*uoATQSNV93%GiE8fBA@aZrg&&#6is9)9G#c319hT"
    "r)NnOE8P@6KJvR@CGt$lZs(Vem)B=t<Nm!2lKAA$>sr3?)$NKL%{m$3Q%c_hME!YzjP*PsvV^W64*1*G^Ht{5jA6BRS4Ss^j}Oo1"
    "r!&6Toy)`78Y+b(p3XAsc!aHWu-Bht9lh`itaY#==MF=}dwyOm#q0&v(w9O+?7!lY=zanb5}}%?X6Zo!;I0pgo@5w5@o)7lvSRZA"
    "+OAKm=fVNZpQgE5#OU|KmLa&ARI7=DH9x1`9=eqe6s?gt@pSqw5&!yOSE<cuHbj~uLX{BA(}ecOoifPZc>|CKoG(Jkr@K@~srN17"
    "*iRqj9Q_7qKS{P+U}_*9PXUsm4>n)r4+;w30wm4LE~R-NfFE?}l~SoHfgq%}Te0W{{LATyT<?_TqEZYS@@(vwgp9isXvmxDo}5I$"
    "wf#X36ANCpKg|95(*yqWokJ+YbA~=Muol|Ov5zAo#C`kyoHM=Lu#;kmK1{Fpw+DW@TYWQB?LIub%}L!Q;LpJOWZS%cImt)#>I(Bx"
    "V)pQBf=b($i@?nGVRO$CnM&N;G_r6hRmcgADMcKG>d57`WR{{T#T3*h>bD&V?1Dzlzc%>8b~SZ~JDUPlHp>8{{k!Sx_IzVrHBhFE"
    "1%!Becb)FCs^D{BY#(RTHr>&G|KCq1IUu#F;@wjATwr8A%s@eZ?KS;)(pPevd;Y~ZO7mocDsj#bp<X#R6y&j9gd-|b)T-$~$AO%g"
    "=xe=ywHu8T;MUv68%+8Hs|o|K6I@G~E$OCG$#&n+qBie7N*4aZbltzoha#Z3y?w);){`a4Y`-4BbR|NNFAZ=j3czL4u4l0ZM1v*%"
    ";)&QA0Gq>`pgcVqU&y?t)7_Gw>C1Qid6Aq+M~+O%cG<-p=G^`x7G}6vn-w+*qQ3_Mcn?n16}L<XVzTbTjs6=tPH6NepGuJMI9<8-"
    "x3}|&KkkOU$`FV);fX*ezD!!8QW2GK87ifZW%Hd*iXN`otyF#3UM>;{+wrRlfHy;yq|EcPxV-bAQUJF9o9H_{ujeuzyL3%>MRHGv"
    "BWqC+^$X`r!uzm0(fm{78h?8da!KEBUa(qC_M9aTKhK}+>tSj>;tbAheFj?dn=WCs)R*EkR>xXdQWO9gojyI@bw^98DvuA@=V3nN"
    "OZIqzS6U4le0g~PfuVhqBSa!(?rRUf$zF}q>7y`127h#VW?uzM$Jfzhi)3;CXAxMYq8D?0s;bmHZCVL?UipzXfZ90&GS`u;82c5&"
    "WYy%4>w7(eQn9I8p>1bK13BNRE^pHQq0<Zb{v^tmdTDbFv$d*GsP4nV^dar!0%Zx}{R$#%8>^Z&8rk6Oe0_&&qt~nV)<t%H_iaYK"
    "`c0!SZ?(>Mpf%ggu$YRl*$jvw)jUkz2|ReFw7=;+XcS9u_Y*(Vt~%XP@-r@IGnV_?SJ7H~x@+F=qaTpFlYE{B?<z-Hzw7G-Z@6`x"
    "lUfR;PJGprvBd2S^dWseiQ7MZ7*eNRa927KT?_e&1?S|^X9OBgmuJ-d$nUav2;1d#ZpY_04s2hwaVr9ud)xV<-%%@O`_o_ka@X2T"
    "ac0H^+XqpMY0bFlq7wPSzk_CxGv5@_^86yMY;S~LIroW2BHcV7c*Ou6y(^0GUe|Rvq5k##b?(pe3F<E}Cd%Zm{8YKi5%%ZPNu-b4"
    "N+zs!SK={#qW9mb_m-beb5(Dvnd`D^VYd*Sp1$elk$#AH<9JYU{2FUOD1gcmSJVfgr-C48azs#ZB@iY6mp!~(Y3yK-TeUrqQnJ&9"
    "#1_|-HxtP`#ru(fLv|dT_CK;RA}SZoU-(OGHXR?xmIi_<^Avsi{WPa<5U*-pCZ;9T+r!h_%XFaU7Z7%Xm_RE&M|SM`GmsJf(|n`T"
    "A8W<a!sN3^2K=LZoT*TWJ1i)4K*-8pSPD)m!UcrTkB1g+!VYX0!(xyIX(__jYvoX?GnBb6{nYIEzU0Q0jrrs9VviEDYnE((QhZO+"
    "T5URG0a=NH%D3$=Vtvn_9{nq!6N)aUycZ;){y$_zTVAFVdCL=#vnG+W+8Xi)rKW(vgCI?qL`ua4yKD%t==x(C_%ps?+Nwd=LH$}B"
    "pA3%`0Ip@D-zyzJ;+!8+l8EbTK3`kd3i<k{P)M6b)Pe_1x8dQVd;&M>>*@XHN&ZR<QirtZo5p>{U{~C+Rw0A<`6}cnIad7T|Mnu*"
    "CLXX9BzC@jg|DTma#01Xxs&0gm@Xn_1D!|x)Zm_oMGwzLPh$lJn|>x4+A~*_=%^2u29YN~`jlH~)P1w5ghfzJ=X744NPDx}vBE35"
    "dZ#PD@Sd=EfXh5Q+^V{obXUNkZ0a}dROS%8SoRR}i&SG7ywAtegMOnnnwCuLJwH~sUroH0{KEs8(Rrq@%3MNv4(*axP&+59EjUFj"
    "sIWn2|3#8RrJ~^Va2Ov2{MI=UWfp}a8+2Oh%ZYw6pL_=AItZ*h>JpGj?}BiP13GO|bs_Q;%@f`tO3f@xTVCDvQOtvUf|&O~{uQhC"
    "Q;{7|!!i6M?uT~VgUko<Fm?$Jr6l*|tk;8N^Z;qO0*k;=ECCf6*%_hoNY~<&sURWT<s+~h9L+kt>G4Zvy|x=6zifXueH(%DF!$@Y"
    "DT_rg>bV=S#2j38^($4)ddB2${!P$EI`h+)%QSHE@qAtu=ha~lp$Z^~bZ^Mp<=fL`#sPCd)?xV^m2BVs{uQMjLV$<jEx^GD&qSz`"
    "wI9k_xHW?E_5_DUe$~5b6hjGRzU%oRYj9-Z|L*lgB(SR!g0Rg3Jdy<j)px|=FIcfSE;j2g-jK|g+gMfAeJD+FPx_=MWiLwv4XPhi"
    "+kuM54%1W)z<I!-K!MNa`2cfE?O@Y>yj(ALWZ(zuJ=hT=NzmiueO7`3f}4?ZHO7Gizs!8jk3d+GO?@ub`6o!kGa8kUrq)B56rD{`"
    "t*X^#N#Fi<8Yg*E+?$|lH>1PXukr~)9VxMsOdqUNJ>nEZqd$t@{_uL1?+TJ9mv{Mhw7SX+jO4piKFG%%{09aiH6KtrXjE*%GRC{g"
    "Hzra!$k|KJxNCmAykGe#&|?Hj`T+&ui=fo<fwad>8w)?>PbxI4;-H<{m><k`ef7^x30B5@n(D{*->&N?(Gs^mrRMns$Y#~v29RwW"
    "a;JZIy{m~ZQt|>~pj1%3JH5%*p+akD`>%hzgIrDB{-pny`_7s7o(=#k(|HmJKk^Gk)Vs8HkaZ+<2kop_Y`dFZiH)ebOD5!wE}x#}"
    "%z3~)&J9*xd|K=uq{{f>oqsX5X8_$bIk-|l(|q>Bc25q;8Wqn97mZ2TUWNOMOxiPYwt6l!)E4o?^JTg=HQl_&lPoHU)=sC7@;Q*="
    "xf_4Oi7C=&;OzHlsQB9~$lNsC)i-{bPkfxH2?E6IGL~i$eUD|wD^WGP>KQQhQu(9@POlLI!P9R~m#^Zi%|9Vw7$xQKe&wOS<)$_E"
    "OXwUG<8qak5`Rfm60g-$_f_;v&e-d-oyDuyDJLZR;>#}&!MO7ur0Agvcmv6Ff~-}7z6wu89JtrH1IaN;VG^(ORevPZ2%$alZ>9|!"
    "aLC^-^Ov6<{z|{FrZVa#$a9&SFbEgoy-zRlG^5Px`SOAR3v=fEn9kMt#N#zz`s)#ryZOrR>-P5k+ixem=&%NvFf!BO_ym4{UOC>o"
    "8k58+z<R`6)eCjjP098o&Z#)Zd>>(9Ist6a9|{fDV8)Yti0Nb09hF$*Z^&Q3GPp=~hw}sYKR8-F&AB|jeY?CNKU#MK+@}4xp8x%S"
    "(+FyUJ1LoO&I)Oo@rdIGMb-Gv0^W>hXqIuysFV5^`KL%(&DZ&vyXds^#nA_;y}CTkRW+AU8MmaN&BxRE%A?Q(3j`Q)lkC%oIx~4Z"
    "xfVHyNE*&RH_-NqdJo;JA5@jzAgDJU(hP%=?R-Y_(m_D+m)JHn(8Zh-$*?0toDbP=+aF#ecl?MyELXYxaW2V+`2y!>tw2#S)V;Gp"
    "?M+yqJQ})+`}X1WJPk?_<N^&iS^M+$bivbDLtHA@4ol)(Py7Wd<>$~my!he6^NkXSe&dJb=(ervqZH-z{EW9EC#<?o3MD4L(^TR3"
    "d9Ok}khVR`Rh_F;%14SrAf(I*>-6ItYO%Vg%{=i4RoD}2cY48z8kSm42%O=vJnH!?gY?hXC-GrcQHi;FpW&95#%YYe>`8Wz(rh<&"
    "rYd5=X9QXLtw^ZNh~Ztf%ys9@m?79kc<;y=Zr>!;T-5cFc>?53J`pQ(efY@7(<CyaCXnQi58-Wo1&s}gXD*ZpCs;gg41HyWi;0>p"
    "K*QyueEN&#Rxw4kpoO^)pLkNzbq>Irq_^fb@`>0XoPNIQ#|u8zRymD6F+oiwTh15o$a8Ar+RQIe@QH6Sco!lYEStIb;BuS6;EHG9"
    "$YptVn217A_<;8#RP)~0;b;1=uae8b?WG87E||<`y=M)o08i*BRgFsf_78JmimQBA%5D440HIf9-u6$I%ai1s_!&U&?VnHAhnIhQ"
    "`24O1Zhw~L@%i$^zcnK&o8$~vgqbGP*Q<O9f=xnixX?sRhOXmB`K~Iv9&(NfUdiWZ@y#e$wnMu_BNjWCy~MBpIf`L26uf&}wO-{{"
    "Y)P_e=Py_NIB_No;+C6)2kT7R(>rWqaZhkA0TlSia7{PE1}2g_HiPm4`88mbr?2+d&?Q166#3ot^0Ee5U=u_Y*SRe{VJtFW7U|T{"
    "w)Y=6BVF2nEco{)SvBPrOhl=&4bJ?+UzMqp!Hbuz@cCixrnve)ouBVYo_<#a!9d_ovBDVz`%O}#u<6Fz7n=S@V&u{|>lO%&nqlQ("
    "ooa1TQz3c5l5Oi3nj}ULC{+ORje;VHLL~5)>w=DRfhEi0iJd<3i;P;s`L{rHXdpvOMwFZ0u6Au}-LXknD<qKlxxCGh20@wM*5jal"
    "L7dHRcJHdalF8AQ=aj+C&T!H`s*%~HX&phpFIf#gtVnkPCckJZfg$$*e*^2zt_ZJr`|<Dp3rAxo{k<e><|8s(_)pLPELPLk72XDY"
    "OHPuQxdR7vIzjSU6NxHP<pJ=vBu(%jGcN<f^A!;b7XySEYU5J?FMeccK}jnE@qBrk2fX2EInf2Xmfe>a^bb#vh>`=MD%UsJ?_OE3"
    "Q!K8azh<c>UPJQ%VyPsSnIDcwvcl^peS8?~xi`x+Zrh*c*vlSi5Fas+e}SnLYE0CZ@h_6P1Q%_7y#046)_c{Tbq|FkmO%%*Xhqpw"
    "sx2jgnIBb9Sx+BOIDlUUlhT}b2<aJIQ|htfbb{5zF42lzW|aEyhF23;QO`il!F<(#5P7gbix~HKOU9p;UaPL}%BPs~^6Iye*wX+m"
    "j<~pwCq4$s;*=i3L*wqi$&b?qvBY|zK8N}8vTk^;@;{tk9zTQYj7n)P3?=RVBGp-}NJdP<oPS^C?S)(HMzZ~I{-WBp^J6Xa)ixUQ"
    "gNh>c-!3oLY5nB`ws(0H>Tx;3fP&A-$hiM5uLKQZOIUgbg|(R^K3%^0?JHB9JraePftx|&g-1*oVam7d%jJE>FHdJWy+O-r`u64h"
    "Nw`Szo3EE|JSWtY#UA1B4UDt0DuyW4G0obQD7rja0NHR3-xH@&ST5i9d7@A2GyZ*jKYy}wf|L9Ae|J~*TOFeKxcz5VCC(2}F7@Bf"
    "rw?M=7+GNCPjXX_{K&dTVLE-d*nt}9o%m-{D^0|nCoe={o-X1%?SS{Y`6=?QXH=x_B#*~a&Y^sG0eB>5*pV_6b+kepG=iRbdAstm"
    "^oX9}^6xja<dya*LJ~Q@ec?kf6RzB89JkF$L*Tw>79H%&^V|8i3-46nh3kbDo{?B6+<|3vU$yM^`0(y&@@W{I3Fv0GS}idq1aMwj"
    "bJ{x-Vm@@cOZ}r7TIgly4j?!Gw|8h(5(gzo|F~F;^Yc~`I?nu%KZ3mPShxRb{@(m-OkXi~F@n-HN)8fQAGH{924%NA;txWQpD`J5"
    "RS>#Fb?M=WM`#`I>y>{&2)02$1^_k>62jitp61-iu7`t42Iz=f5paIv?Xb-(X0%)%jpe#nRYA7+q4igq+rvlM2p->``LT-M0Wy+v"
    ">KzV6iYT1JYoz%ezq9zvf2vg~Fn*`k4;TMZy`ZK`Q2d%a7Ai46Lyq)hgEZL3H^W<&jmgJGpii0O|9t-P%x7evy8X-LgZz8Q$aTS}"
    "KFOb8msU{ZzUhe1DEE<f))#$EEYN9&lG6}oja(rNO_muVll%*tyPzNgr$ZDgbdSzYuRN4WF5u5nA`O?GcJalp9g)rFA41bXI1J5("
    "Od&KC#yckX-{iZMPiJ|;TxNFB=$(5(c$hxq6Td2oc3h?j{C39k$f_XTCg+rgn#1}{>M}ASQ3>h3O*bqXJy7rsS@qdD<4w>%nYxWp"
    "1(SUusfSNuCLa-N2ZuCU9(od$Ke1Xa+>C{=l(P`Kf6{BpqM$^={PQsNb%z#>j2*cjv1m|3d41ChXTtu|Ub-R`Pq~{ECIY)pbE16J"
    "d(c950M+wE)3=bpY+i(hVju;Z)=i7AJ5S*kfL&t?FMS5)GXx%dv=8B6nsgUtNWICJ{PE!tE%T7Q*#3m9U`F^Gwm+-0_|?AtSN<bQ"
    "6Big*`P&o(g*qj8P*x&C_4+9`ah5|9{^ZvDi6@(GE39p<UV6w~i7&a{*#A;&Yd+RjYuU(W>}T?oTngkWJF<A=lnT7#ER|MS!g&FH"
    "CDy>7+vWKaxwpCgf(A)l@mD+dG*B|jt~wO3ZW2y^#B*gMY9O3F<5cqlFw|YugbHtx)xy^wY@!vz-NZL~vQL^yX)wR}^du9Up`^BH"
    "4giJ3C!3!mIrUd>^3Ql^tu3CFe&}5U3v&qHuJU;|jC~Fc(rb1%tO<COzacmI{P1(#TSpPgGs6`9q+98iDB7&Us9>`RK=AO+j|m#7"
    "U%}hQCFY+0;|!-+-UTXgcUu>@OjT?3dU|>QoG?EtYzl<_2_S&UKKrgWpwQ2c)1$IEWu&OF_e1|gy7zbg_?O?`sV2+zyMOwV{CoTR"
    ")4$DtO3;a%ee04b_fJm`5~pU=D`-<2zUh3E!Ts(137};*=~Qx5#e~k&&e?I6l12RCND=-F(lIB9=+rAT7<orp1CmTpNyZ}IjCEX`"
    "?GME~Iq7tL-{pBvJWd>0`SQAc$QFUHV#1Gj!q4zRG=HD7(jpkc&dH)XasDO!|NnROB};B2Tb6r#MXWkEFU<&m<5E*fN)0KK^d#%t"
    "fh5R45F}U_7^$%Mn66d#>s-|0nbi-(kCmTu?sYJ8L%KU0KEa3UcQ}`5$6(*{x-cE>Kl~H1SG13#GD=%^VQjo5Oo<(uM65@$UibED"
    "Jk-Tr;A@cOHuYg_4b6AMW>@j8WJHl?_SDq%cu|>7O=EPCJP&;;Zl+O0w@BWGv8bN@ycvObl3#~FlJuBRx-XL>Qb|-k%^w{Sn=Dl_"
    "OTvv_$ofz|xi9yYQCnZJH|<WOEFrnyLWXj;WlESE>|;K1*L1HB8&UY4yy=FA(-n9t=Io%L*3LBN_E()qgN7KHU)*(xxd$AV8v_r@"
    "XJ#Sehg7H-cUS~;p@oS>t7r;&hm2Jep9zbIZg``xh6k7xF?Zh&WXd$&f4Zj0Ss;0)DlJTaaJX{q<W2&B!|vKaXq(%FTAYHN$mrsL"
    "Brl*kOf}|dxI(`HcnQd!%<TDQftViZ8^RCGz%`({8nS*l7pJ?@a>BhA`AXAFw$&!Y*JFXQ@p2D~t9#hUf!#UfHCv3OdN?p4vt{3w"
    "g-iveVh*I_bBSldT4@YMOkLJWT=TY6A$G9Sc^S);+B0l^rtvmU>0H>f?wgbPH-~?Rg9gG*`#|RM?N@N|`<Q$pV8k?ibh`9gSWBJo"
    "Y^GueBsQyXsSm_yps+ajsmTgvrZq{~45vz}Q@SLR!b-`);GI<y&5Ob<sIP3_PBpb~JGHkBjhUB1Z?L&|QW=p?LT)#5V1&=)zHFG`"
    "Os)|^w$BvSp=FdPO69-ptS|ED-F4-r4fpA`(%Y2pavevzD{{4n+My+rj?+@Dn?%J>T=1!7ViaS@dT;MY3kn>~5Sguv9=LlbZ3tk#"
    "Lqay?Ir1zVEH~2$1ORYvA3@Dfqb~R#ia#t!SnK4=kCxllB<`j&5!w4{*O#7E%ueF%LLa3^`oefhYte=*AlWpV;_1KCh$)TL$>wJq"
    "dN0an-pN}fS7C7-^<V|wN`>%jBK(yHFMDqCqd*u85KXZL%0rrwY#p!Pmb%wy(73d1_HA)I7T(tLmFgvOEtgtqhcb4^psgpQ)cAE;"
    "`eQ`1<>1Xnjx4CZE7xk?K_zS^UuP08bAu3Oac1b+MAe*1^9-1Ttl_?@Inv1U@Dr=b<R<rld(MPc`3H3}GrRIUdGTBJ^KG~}Vgcr>"
    "(Qfe-UD?qMR`L;T{P_)tMEH;eQ^4dO1>o6W(2(1mx@cjD+8wKXD+y@6a!neDoLlrUcY!Y1N#%VYCR7tnzi`!LEZKk?(=oUe%wQhX"
    "&p^J@VsvZe%Lsrknxb^c$dZSa>=D5h%vY2TEodxskP~Qj8sbVVHX8)OQq(Z*wH|PZPZsD$T@DAY_*iru##b0_)awi@0kN5Z!V{I;"
    ";D%!9t{?+tozj{u(;}hIc|%MY6jupmT2lC_rxYib*KH=-qulh3RWvu{233){t7xRkwdzVYS~CPh9Qdgjbw;pL<f~CG9cIc+F3~l;"
    "sDgSA@#HH3=yP1^Q%FiBx<tZsx*`R#DUWM-$Xs%vrpX9k6OvZ40|`gl0rP12D245oqRf2cSx7_VQkASrtX^&gVb>?+f>%urVPaOt"
    "vCF8jwD0+%$yx*1AsuCATakDSvy211d=x5?H^5e&tb0|FluGn?lrn>5tF&djBFkhckJy}`E?{4xx9J|6ddV7~iA*G0RkNh$=4UT&"
    "^2KAI6wOROM9BC17Fzf)1VZ>m_<M0f{vHmdeDOFlqd{nT)EB<zY$ShUY3D4#s+nQaoHq5)sT%THb-kwl?#F}>SNL$!n!K4UA)(4v"
    "LfO3Kb%tf9OJk;AIFA;-vrzZ72$#m30(vS>Kst`Xr2|y<%DznQ!mA=@@s!>v_}ZK|KkyR^4%^}}PYvM3o-ZUK8F!&LKnZLeG#wW<"
    "9bto;)Ap1{RCC@+PlsvgOi&*%Xl6Fvdb_fEXuRAoGs<&+UFb@hN!B()ZU8k<)iyfO%o(@%uGcrE%cd4eH7b|;K~FszzQ=W|;hDN6"
    "<s^BwBN3L5e1kVoI?U(XyLsghmU>7@e&ruAUEX8xZY^u_UK(sx3fl4=PMt#`R0gB|^SU^xSl&HO1+W!+q!7ZH{3r2fKmq0R*ae7a"
    "+CUYuqOh+Y!#$!_WxBcIx{F8&d<VWbOLlOjaxS(OH*>I1&Ti-JG$$ncQa~8_Jl=<S9C$W!UqxRJC*nco^Qf4X+^L&nZ2GXtUN;;G"
    "XFh^9WUJCly>mf$Lv1@DL)h@P&Dbi_R!Tu(Zf#U^^Q3HG+~7;#%|O6*ReW`3AaS7CG(2zwQfqW*bl07lmLqdD#1a>2-mn3_7kRNO"
    "r}MXJ?uE(-rCqD7S2Kg2b6{5M3w0wTm{3mIsLE=Xh257{$U=6ir~c}Tk^T7^!x!F$4#pH_oIp~<e4OzvbwGeb&vFGp;X4SqrJ<8Y"
    "Fp6uaQzb7(05g>p?z@;HU+)ESz)VX>ZR_%gST@O*($i^3I2btERGmysTL*oa8IiW4Ihj&${}=_3%0qM4@{9-+I>OZ2ciy<Lkx^`m"
    "PKJ$<-<!PwU`SsvA02LM@`s3ci=GSmTJq*CEsU^l?F*JMBZY&^^}rztI~J`t@)`G#=FCGv%{bR2i>Tuf;V}o+&S?|gyo1odYBl&W"
    "wT`Hh-Xh{dbEBR;N(|Yw9(Kqmed490RaHkze`L8ABND-vXbsdV!uj<Qikw?Sv)L57eXmZ$RHE;=dGbrKDc4PNU<PB2{SumRD)|m="
    "-d?w^5s{CaBYM5++T!U?__%)z=VVj>&8LsP75rZEVNsjjX}C7#01R<~^txF8Q2x0A+3N)ou?Mfw^ncg1F*{Jimb(J_EZN)^L)fl{"
    ");b08=)fF_o3JAc?MfBsjoTNNK*s)R=3;3vjB|3XR)*QaB4{oj+Q34%W<7;f<k>ac30spB?;sxjaRk}<Q5Sw}I`Bhy!cL_&GR>$L"
    "f7)6*arX`Pqk@B;%iA<Gf#7SSj03hZ&Ni**HH6yR!_MBbuGHw(18}GE>8P1{Y07@B;!P7G7lJYi0?m4`>61J!>pgC&d2U0x3^NZK"
    "N@RV}D``LcI4RF6d4qExrvfds*Oa_W-o5{DV}QT7Gra$?DTkvTYIpl`w$n8aGp(o((tbe<I%yX&amtgIf#a~)-4-X)-N?nJqN*L>"
    "ecG%1R~(Rz@ev(K(e|QaNeVfPTHO<~hOmNm!-=L92;bT!mzxv_ha!oJd{kV#L%Fp1#~TMaddPEI9P}!GD2`_@Wn~BxVJcMH!t0Ev"
    "K8&4oUgWyv3Ff?P&sG3TR{(Q}oXu%eXh!@TE?8qtnTfKz{dAly3D(8(OP7dYXfqZAIZupIzW-Af+tKpsnLi5VRMsqv_SWNEFyG<u"
    "WI8=+l3`{gXtlUT($?meqoi^guem~U<12{tS2a+d<&kS<tb~g$;$&GS&*~%ij0AaJBrl5#cChR*c|8=>_UYdYzx{HPk9<hC0YzGx"
    ">n^u0p@Pb<Wkw0>mTeLX(C9IIrwrs657;c8yAmqvWwI?wX+h=GZAu;D!`}xcI0eM2Yxx(w{z7@^fwE)}DtcQ6Q%TLZ<})$XkHsI="
    "(O#Omk<+o^M9w4;#SzvV`ev<0&n9tpQP99T0!4DMIWPSyahO>uE5!+n3oqAB7U8kNJhS^&=qhc199^&Tv1<h>iRRBIAdA|@dqc2w"
    ";()7SDES<$-4j^N-t9DG1oOD4mz+)aQtGxYGI}alD8`$}-!>(v!uae)DBs~cMO#y7I70$Yx2EBHy$Q3cJQjTN+gZtwo)Y`yi@m%`"
    "zP$c~FxJ!eO3PLZMUnnO&tnouC|vZkf02cI7X2;j3h40AvXsJxToxu&E2TtIXJlx_+|?n82HvZvK*(Tnsp^fa6~*Yp<4xqlBeoR;"
    "3xhB&EL(pukiP9+xm<t~Xztr4+-o64$jz{INjeSs0B8@j4j05xq1iUd-8E_r?5axX0Ed|5$57Sdv+9JCulM?l>gNEGZvc=^X2cew"
    "L57&)eBlNw*0$SsFdt=-jd~_^**vnDL88$<6%XOD<6<91sPDBh)6vw-&(X7&V5l5YS9zceFgHcAe5z~0x%SUSF3H98T2v^FiBubL"
    "?KPWZ>&939L9zfAggm6kicOvmn0}MT<V9$B%LP4oOjlFECsSQ1`qL1>67qij`d;sc6E=!#@Zk5My5dDrxeIK_ixoSOhN}w|(DUe{"
    "(LGspa(S)?qmrR2-a>iPrd){bU?!E5E1QfLFXKyt&oX(;BW|@Ms4O|DXa!ZPlnNrg&YncJhMvLujGmB2KhzMN=aI#pNIJ%PvWW@L"
    "tVt`eI5_pxq_8}MLB!_-LXKPS<Z-qnPiQqU(9{~B@b;#iqC5L)S{+=&);N3$+%wpg5f;D)a^<%2gismkt&f^w<A=y%TE#CacocF?"
    "jrk2{2b82($qBJ|&<1K@_P3=b)P$NtrA(UHs&GMb0!*B6fI;=DNBBgz8i&pI<n0mY?SYm{N|+{wUzQVmCtQBT!Gl&Hg)g`ZS0}Z0"
    "J_`T6MB#FdEPZPza1zw2Q04P$Rn}}3&KF=OgzF6svP_I$nnfd$d<5hKZAsA(q=X575c7+%%?1ppRu3r)DURz<L19S|#i`>mLW=h2"
    "GdB!XNSGkqWJ+2SW(ILX>*4jFwqWyV0|lI|;;MocZ0s^KZRJr_s)R*{yN*?AC|M=*0R(F4rsG{~D0qfgxm9OH+|!Ngh@F#8R#Y;n"
    "v{7eby;r9TJuqn1V^G1}8QRJiH7F|#nhHIL#h0xf-D5Y^fkJ%YW&uJzYL#bhoBA4H0Z5t18BT6CotS~@0VV3kp)2Dc$qZIcVc)mg"
    "Rh!BS4qsi$7|gqf(EQz5`k82~RH4+48~LU#j@~X8HZdpohYi+4?D9NY$&CpWeR~^+F#TwZ+1j|8yTIYv&L(r-|17!I>$eX-m$8Dh"
    "Mt$D7a^c+6C+(wa*`Ydr+m9Bi;G#j7#!5*pPyc@UcdNk)WBX9p*UV(!FIUv7h^Uf0{mVXN@>BR*J|?r*H`y{Cm(PCt{&VD|Fnw-_"
    "09biMOe)s6AY@C!DxOg$7KOCP^WrvKcfvN>F&7+RW_dWXc3|GAlvjIfK?uFY*IEy?RmMhqide}Z5#Ql+*_A~bj>t?poXPKH$pbBO"
    "2;Q)SB@nhGS}m&ziOo)0V-gu~)fQATLmSpjb7Wvs?4JImkb&-MT3K5mnhA7o!3Yp5v!!k&(vGv{2>QQ{jgv~S$UBS&I{<y)-kXCZ"
    "h&!dfz+((d|7^)!nM$OZv=Z8!=*}GBu+)iRqe!?7_$vd~7>Gwas%>o|*z9>FRz{gt2@O-dlsemDN|;Q8UD2yFj~>PTSL2Bz7uVT+"
    "Ox3NzPI1N|S{tgpqQF!<o6)Dr;5R&n%T?hCR9FrZ$t#hb26-wWh0aD>ACs=;$`IaFxJTTFTStTVEHYYZ4H7Wy4*C$we?;YU=*4O>"
    "%-{_hCuq3?O=(}W2U@A-vpBd65}>mzJrh=<n)9sVsc@4m!h)$Ajs0RYGWwZl8bz2(Pk%Dg+mEl6VV1lvi~Ue42Gck6^S9=J1c%%E"
    "R2><e0@}?@Ma(Vtf^^Q;>KLwFDkD$+cherMc=*;_2xXfa4ze$kV#k|gCX3K@QS&HWkUL4U65CR(h~>%*Ng$<YRV(*CnMUoXS`tVj"
    "^lYnk&_HNAwCq@dt&xG99KbJhb<o3ID_{$@W=1g?{oZ5_piQ(t8q8!4nZ2M$wAy+X;%+VJ5xF=$OLyTtdk1UevOZcw&<_XyQb04X"
    "oH^ZwO3=5{mw+P$s!C*V6%Ynlt|zR6b*YIjrR78K;jo(eqOu_i%Z7lqnZ$RI%i~W^zSeHchZ8pjDs=ND`HaN=WGZ5Ks|Ag!0Iofm"
    "N#MY`srZ(FO}3?l2XdkrCLjPDZy+Wfr1d>ejZ)RNISLFs<}%a0n00|`6a*@@8gVJTbh86s5!9UuEpGHgww?@z9UO3cRt=6kUGJ?7"
    "Vlw-87c@$80gD(<K~qs&Wz%#{q%4Yt;`e=1?8E*74dHN~&eG(~P~4XlQj&L)g*%`Xk|;55YB4O4U|vp8B9xHlIAykq!3!;K`Xy9*"
    "kg$>xw%-Zxz9AZ9QLg7&Yon_w*=I5fj0$0PrC7MVgBQnOnER#Yl1BnnFcIUMo0{SdnQ*ce?8E#xGgKYpWhmB8XCMY=kWrG?**|1N"
    "nu>_Rpf;P^fl%_Grs8=x9mq>!E+gFVIjPmn6K+l-O!m~R<vSloYM61mTRBNLf6NwiU&Yye!bG2Ae#3f9+mGaviKC)tqZsq=1fmT?"
    "xb8kEDCZR9NN8e!ifV_w4NB6Lht7w#3%B`>es)ntcZM;uXTt_bLwi2zd5vUPS1P?T%_ZznNAK+u=5jR-l32zKEt82%R@r<JSr|cb"
    "tntaSDh$Rf95TRYQDE3|OGOyk84O?)VIIA3@(uHu;w6orq*=dw{KnLGN(gt4_XQK)m-P>-Ga~}r+g>k)@TP4T#4vu~w3t2SD@q_M"
    "47>^m1RZ?-W)xh~PPB|~eWwOKnukk5HWj#*5jIFS!xRUc%0~aSay?HY8Pp;HLg$SW)^v>RIZZ=|NYmzpIK-Dy>eyPrCh+9OKcfj="
    "D#UFAkYfo|V^kCyzMwBU+Qq0L-~gHCHlyLjQn7CGx5#T@bZQc=2LLu8CwM8XeGd7bBy5@<LZU@2YCgvy==2mHKJeBT)$A!a-THVz"
    "DG+xc33+dcPKwt85v(lI_@sUbxT$ysUmH(<s`%=J(=fISYlLDD8xbn1+*P;5b{zggSe`rRd@@o)os1#)Mo^6@k;(QCg<3{q1zOT$"
    "q~=r_sJGUbQ`uvGx2BTdlnOi^n(aazyW;kW{q<}~d0sZ*#KQ^97fo4Ab&w%lY^qKl!$nwKaf(xn#8|g!;-Xn{sSllXD0M7UmJa;v"
    "J5|)vX2KdHoZv84*dqYx#T;!>o%Hd;ZijlVZ<l&GbBxigt!(GVZ12m{*d&UZcX2MbS(ptL#DWZ%3oBxSajJ_!eqWrqFKKl?G?i~B"
    "1jpgVGlhzGI1}4TAwg0|SuG``hJu284^o798%_bfKpc^qOoG(cAU&s0ujx9zolaJ?fc(&ewXm-KV_+(`5uL_UwuY20-~1ZL>#{2l"
    "o@(1z^TIUc=cf=Ulfi=7=Jsk8oFvOG5~ZxgxneNTrp4e*-$pJ0Ohn3K=xuLjrG&R-3)pJQUH%dF?4Gs5dXReugW*bCt9%laVR1BO"
    "H;~aV1gC}-N__@(dVXab%|`_7?7X&v$S5E-fTaZ!HuJ)eNyMJilo++1vi!T@9ABomXgES+hI}^;9j<&Dy2LFs^?m-~h6a2Vx(miu"
    "s9sSb{`q)^OWdW{{P1sahBk5+$0}@o><Izwzz0-Ucwahukd~*dVtsM8EPZ*Y_7<$}_PzHG>+E2k5!N%A8KqE(IQBQtumr}Dr%mb;"
    "o17~%Nj}8Wrt71^KyTV-c0f(=-r8<Vp?-jdXb$f&aF*CxD{)%ebbV-`)Z*nLW~!`;dS{=7#^*e**QEvJWQReUp}7D^r2fH)9xXqT"
    "*VM?&0O<g?HX&Y{9uSLodxDeM5CYfk9k<$?3-Y}R2{+#lAd^l?4-2k(VE$~8lTZ3JOf`7$*|E5<RSi%xy&HC-VrKwZd^?=Y^*w~Y"
    "$m%UHQG+*{6f;5NR0ctSYLBkOs3Ggy*pw{7sruZMGQn>Rgy+$Fvu<qk*18SlkB+it;jqP=w3<yWP3Xvwey+<um<M`xWGUpLa^oH#"
    "mPP*8U4i3B;vGl**fbvZW|V=dC@rHjH={xVb)Gz;S&(xJ(KTU2{0K?+O&o!}Ed8?FxJ`BG14?VP(21DfxbQ&9ii0lwR+I#nvYK7Q"
    "YPjA@a$`+xDjjHwhn<Pp57v~!J*<Z;q^U>hfILK|*TWyG3#a+`6_4e~=Z09tp5EB{gBC>iVs^mfexIOo3`S4=T2McXopl0gNYD?X"
    "7O8nM;;CB6f4gINs?4snbLNpJ>Z~jFlR^#Cecq}i1Y0M_p2Y_0Mp&#4bC;mYjE0qM(@J`=wIrdo+{VpV3kbW*#TwTQ>#o`=Z_=+j"
    "{Wm4CIzo6xg$e9(W{G9bBR(4A0$kP0<Z3&3M<&xQKM@HRO$nzCLMs4zR6@CT6-j^b*x1<S1|?6wyrlY&A$+Mg|40BKrL)aUQ0Dhl"
    "jdr(c9ASnna8v+Nb4x3Gvk}guymMdm_fmYp<A)}!LxezJ&nBO05NH`ELiBSc>O2eEY7@dWgD*Zk=l|=Lx3Jqn?<EkQmc*XPq{v|E"
    "a(0wwAY>@WMDV?>A9@^2J`7Sw#S_Y<evYhb!e=I*c|OUWED$vf!k7x*y{_+-s^C58Qd%wG-`TZ4bHE;6lWZj^i@~sFneWd|G-r?Q"
    "fipgaMrYsbZCG>@0;ZHTgWfp7BXo@InY0hQy{3E+%L^%0yD1QvP7FhTZd+{0QVD1!{rRnqEh^L$TLnrer!h2GGq`msKqF9+&Ka19"
    "VBs+!<r)cI+$eA5`dpp&CG4iUNJ&#@53Ik8+BnYLu@R9?C-$deuN+}(c(4H^AcXo)(?s&2GTxg4Q75)eW?K4z&ZW=<>OAGJR~HZA"
    "0MPIe;%x3LL_KVLf=c#gmDZ%WGAUUX$_f<(-k~(^b+wK3o)r(&kY4Ydq!?`dA#MoimCUYD5#>@9@*_282l`{Svt0Jstb*gQEBBVV"
    "TV>M9ke-JI_e|~p0<_qH<Gxr(9ujS>ovDQ8UrScX#4Er<?Dxus-W6K4o$8aVuR?>3J?X@_7)_NjBw1H@1%;J?#>QQ7`dH&GXN#|="
    "#jE<?mz!G&U@~s7eP^M@TG_Yy7*f-`TBO=>*R<+FMuWvJPriskf^;i<tbzMu-E=LKxS)B_BZGD88;Gd_+Nc`bQA^)dSw`!wc<Iv;"
    "Bn=xrhGVv(A}NM4NcPj(=GlbT!Isjd%ot_Q>NQtxic2d^{GOc-1vX!(?W~e#uzZ&hH&d3$iz1Nd#!*efmK&xTVEGV!)m9q>Am#wB"
    "OIU!vH0^PynRQBkb8m)yqdZ|!zx`joF+88b!CdldbE|^h(P9QqmP<e{B<~;$u-!U5e_ySwMahS<*MCzF2em0pm!Q)=ez}oX`s6n<"
    "=3&f=oS!O!av=B_>TBpbAR$BFKM(6tEf7=(f~yHJ&Aym-^^gMPg+Q9iI25Nh7kYT<8+61o_b3GzZ|obD+AL@*hT6?-*j_ej_?mE0"
    "Y6n0WdHvuc`si$QD5j=~z%^sqVzndW@~NAdc&rb!mcoEfX#L5SkV^{6mq{i~r_m^0AB%JnVEa{LLe-bpu3dq{USp3fSn<%-qh*S&"
    "j7p1b%N}Z%k_DtP5`Y*iwH^H+c?J9u$e}>(Z;r@siaYV9cb8^_x{r>1vJuA2Aegc6`RW5b1ID6wI*4A~Dy1p6&>z$EpjC|x)@^ZV"
    "6bK)Vq)nI_v@3#I1^`#^P)blXVv#-2SycKOY9TS`4uwrJGRIA!xX}0=3jelL5XYiC^qzYK!7=xkRDL@fjwIdRQ4cQe_f|IHS*$B@"
    "JXIQnQpe&X^%^{vsSm53(YyhQ^hfU&HBxsB8h!5(p#Um8bUv|8O|!+W7l%EN+E*IkS?UZwftAD$IQa{JiH{l%Gwy1o-ptZ)bnR>!"
    "8g%rzQctMn1$)&%z}pfvDSj%4JHVk&<S2>{!`7{V#QqU>YfTDB5C)%)GEh>mk@|loWbUKS?5;N&T;X$Xp|;p*D|TCX=z*#z*JC+a"
    "6ju62U#QuHNL78)Z#6fF1K9sKD>K;IZ5-SS)L#|C_vn2%N$}qaK0=d%tjJ?!(2^Q+a#h;+z9|KG)P196>8R9F#c37JE|8b{NC0Tp"
    "IJ<W*U#{X$@{N0AHdDQ_-d)#5g9h#QP^5hR1^;;aC64Bh^y;5Kk1#AuxN@Z&;@qU?$uI7aQJG$cMfISfX33jCPUCY-a6wQ-zZU1>"
    "r04VGL-C_yD)6)c%auvN?_<f#1mXPr_S*;LUnF0SRp05!Jo&0-r4ynOe8bk*`m^svcN@L~kIl)WWFrD!vraMv^vKrQDjrElzV+i~"
    "BDw#%3+LX@vnt{O@2EbBQIv9Fu8RZAoeR|_A`!|j(h-!O<zut149pR^;I^;#TGk}YCQz?w!<qO0S`F6buPkIs!51M(F(JLOb>SH+"
    "L%ef;2zX=56BvPTO;oq&f2BNKAidxFw<sZJWybQ4&Cr$1N|2bHK8(B8gc@DvBRL~g9?llBASZUxh<@#Tuw}BV1>{-oOAY<?kx_a="
    "Xut0GrWITN*fkxuZ9E6$V*HS1muY<@uEWVLMw3UmsII+MQ*7{ggOg>b&(vBy*(WDMXIpa9fnu#I`!RL^f2Fh_4u?vgl3RZqk)(!9"
    "&GL~~Y9gcw4hB<G($iyEMlQ_6AXlmX8s{WbzeV8aD^Y<<O|@;mIA{{h2{LT;G)MaT+Io~TlHw_k-Isfd^jq;@>7_mqe`_Dde!R7S"
    "7PFd7$ZQemmiy<GfuM~seLzqh_uTsZVDjibPSh>qfZxd|1drjxjsJ~**N%ug4E0=O+1w1`Aat#4nL}}D@1djT$8BYApQA5qbaU7G"
    "{Yjl5NDVeMq!0F8q5Df!X+$o?!6XqA2fDE<G8K-ON&se7=8D2#43$=4I<vi>DE2nIEAe?O(dua=QDCs%kHOkQfQo9J`k=BnxBo)>"
    "D#N~dLgeHgglumGj|lQa(?gpGPYjlMJyn*`deVo_&Y>ZpveQkv!f|oJcp;q8nbLC-BZy1z{vtH%hw{qmvSj%6>zDk0gJ0V3ycxo#"
    "k0j|ef)R~ELoa?UHixix@gXecejXHlU#y#<Rj{$=ABt^Qnhb{P22ND8WSY|O_DkKY`REJLasr9JhQX|g_}Z`+<RDcH>NL2g<SrG;"
    "1(5rp?}e7Fh(fUqHx0c9Y~eE>K@Uv-rCyb3)HwzlYDX(}OPQ#`<bNqhY_755wPp;TwK9BCc(8KlB85R+S89!Oxa>C?R`8347P?K9"
    "9yx$4!{xf@V}v;8W5hf`GUgCU>@k6+;Axs43evo=UXIFXx@cF<;M0|9rLAeKbRFkJOsRrRJPka8xpbD2$#fF<NV<xK{-Lk1sM9NO"
    "Rf^E9^YCoULOWZ6vf-gYJ|H~Hd8mhLfqYz~Qiz77A+u6As9r!GV1fPClOC|erK8d^;FYbG5lmCvTal*U$P9oP#1TXA)ZlMU60<qd"
    "uo}tHBDS}vAWQ81<|Lj!w^b#?k)Y@vqzfZwT07}cZacVv)ag0c!|_vwseH9ztEcC-;=Rct6!<d?781*qtC6PhOvEfy=v>IoEp@eW"
    "gOjoNSrZ@?t6n;!dW4%hgWw-pfLi+&jLQWad~=FuADk?u__X&m&|ml$w(Z)!=HO*qLc^?p)k1qN9WA6QLYP6~?>S*Uxr;$VWwybi"
    ">*Xt@JO4TpM`4EUok)ySXg<)rqgn<EjI5=t4GJtfz|hxsh1!!gr$DWTsdZ~hL=sb#N&Tp&|HB|84cTG_v458Sd{@BD)lIs5%$Vsp"
    "PLz}$Ut}jW91%@k3~llBe~ShYS%C%;J%twfLgLYy*?uif+LsV+ZVQFpg_+gqO?q%+SkS{I5EvLExRYzaBPFtjM#DBHx9g|>RJs3z"
    "nF<1~P<XPczriA7s6A#th8F!Uhd>Da9%u&q8wKwj4^ey)eJ4C__X8Oy>5{~AL6RwzcCs9<Sb-9|svK!4mT()Lnznp($Gpl~7sI_m"
    "4G0Q_pp;=DOM+So#l47aV6SOG$X5b|rSC9td=p^M^Kn}S%1h14XkR;sQ-+7z;$Z(L20*dH6SE0qM-w<^5`>2bS-fPoZE-A=PT8|%"
    "cUWMLw&PfB@8f6S?cr4IyNBweo>KeLhZ%ayN1s)DlEMs?=0Zo2d)?@5X6X)~XSWp4Gk5?CJf*V!V2!G6&sfs*S0jEbD%Q4KW^`)+"
    "6CP0Xd{)9XPN)>I^+z6kdJY+dO`a39!wzGgosX3+|Hfh|Ey+<G6blzj8RhyLSBrW{d91fwL^lXXRkhM4PELxRhpUT)j^;R*ZKQTH"
    "gp9gzF$>hDHa<OM5g<h`n?9{$0_yqRz6?aP$I?E)jhWej|A>d(&Zn(GR(Yi9y&>HRS3su1m|#cm8y2lSf7paJV3n%QRHuTCI4?ZQ"
    "jJU)QAK=!N3i4|%Oe0$YW~Apgr_>ByAjp-E6#INVX~m`SZ%B2=Sl4?vI^t3}d9*>Q#$DuM&>AUmy4>GHw+Vzqu|LK1V_fqfIC=}!"
    "od7ZwYfKBzV?-Wj35(2S!k{~skBRGbGt6VcBb84a7|$M|Ko$4ods_HdyYIa{_dYIQ19_PbHavoRqP!tp2!pfR(G_UAAYJ|(FN7zs"
    "VhT5?4iPMy7YzunPS3(cAxx`*v2-z`#pSClW0Q=A{jX|eebY31>^2J=CqRor=si#sSYbZHz3zi5Nx>un*LiH;2YU4~v~47Olq@Wj"
    "*8In4o{DF`tqZH_Qw<|3>Ib1s5UGELRIp_mlg|x7=B$p-+I<$%Sp14>0#Lvv6hViB^sGjI`}XoDOzj2Fsau^Lhyb7TijR>lXruLe"
    "Sz0UQ7#g<@g3z+7G&*+RG?XG6<l4$)%vrihAZ|B<yKxrl(-galjX*?%v|<cSv4DNO*W0>8QC-HdDEbO74EsQL>bug{4S88QRV>5E"
    "+hT(I0o<zm)s@#W4OX7U#E~Y9P;y=fPOZwD?M9@Ql}Jh@9WC=YwNBSE!e;im(jdY0o+oa~TKMN_bY%ynr{Q?=B6$$Era_ZlW7l;)"
    "GCF*1Y>925sjwZ^zzAfx+*WZc7Y=Zz_#8AJ@&CaGXO2113neAR+dB|@{`F)aZl85VIsW-hwMe|f@N$(q<YDhKAmR&jmRra#_LzKp"
    "*Icsk!GZ1)9xc9%5*B?S%j7D|MpVFTiB4Q#2is}SU(hd&tqXu)j_t4G5&^f-ax}dUgy}yq`ADMq+9JqeCvamG>_&%^HkFTdnO+#T"
    "Y+d<BIcgD*$Xb{s`?xM}$2|=i^RRo+{JDUJVQS`4c3b0#til_kBJ3Tq(Y&7xH5x24VwCJLOf{=G!c&23=^H_dssu9o(N@yA@a+l5"
    "yaM4`TG_~jqHNB9JqBgFlXjR1)wp}G0OC}J)&PjitC<<Ddb>(}R9LdJbc70o5r`CykVj$~y^zjkWVLj+jdo$!7qZm?m6IPcKInP("
    "vW}SD2Me6*_}_Z}uifA%A<)22|6(wl)P9R!m{NE6N~WWT48Rg|IOlW`wa9UrOAE-qBoFg#wfCgu^^xvwxKr6<;YhIE_)^_LCn+@}"
    "D=5mwt$4f;D%v*jQM~f`yuL3Ewha=Q6W)%HY>WU))pje~PKKVhVJAA=HY8l;;kbSC3IEg~FZSUAvPBdd)JurSQ`s85YOxK@;SHPS"
    "|0Q!JZ%QbdFcePkg3e@8!R@_$!F1>ekQ2vn$A3YzYA8MW7w20{h0Ym6@0)E&7-_U+4%PQ?sI#8%M|_HOF5hh*zkPqk^pDM@U~?Cl"
    "lm!~9PT<k!rc*1v0Q7(XOe9>3)x&Ix=70GiBq9_&6Kp(`2((v)m;Tv1lsVo>sf=w1NBllAU?cZnF0CMe)d&WKk9W2_Wql<7gT+D5"
    ">PunYr#P-57NzGf#!p54L)8j7f!5HBhYgf!A%?2NlIN!P+o=1qS%i#(upY+!{P<D^F85lY^agrTJEfd<mOh}KbR}^vQ-W*CD?q`1"
    "E;7UZCmfvh6G&mD<_n!2A#Ruy>D>Gw&x9w|##eed6takplK9Xz&$;Q!l^U3JTiP3@ZJ}`3A$U)>w_$8>ic=<q3(asO)ao=46H5=Z"
    "7O=0mZJI67f1BQ0PA{qL*&Yu%o)CuLm~r%EbyOVrY**kEDplXEg#{Udd!yFeuF&}hb8$F%p;NeNcD;phF5`G-MA|6KHjmmAr04ng"
    ">CdXOL4zFa>Ay@>&Wom3ajA#n1!ziaZ3A$pXre$7541L`v$45#BsfH>lVf^W|7Fi)d)ypKdAcJ5*p%1>R;6IBJ-CmlB}WeC(X-^B"
    "Fd(;NcCS1L5d~L+Sr_^%Jw8<1URxQVcvbQ-F2!SUl5rj*+IDgpMKuumafN~gI2p%h4$!ze5&*Qeq>5iEd{e)>>(Pi+Xz`xVatdF3"
    "#u8`C(Tw=)EQg6)<WR9D3U;eFd{p}A3LZXQVCRqSq@Llkt?vlsYI(vPzXvZx5js>N4Gv>X`J}LnPzR*Y&?2|?fF9{0fSta3i`x`K"
    "T~X7a0K>fcn{_Ft8Jt{fd_PLMYJc)MOb)OQowPJ8SV1wZ9qWc|&(WR<joU^eM1e1%C!CcE4`Bndo629J*3ZZ%C@mT;0G0O}rY(0C"
    "Y`uBmcwf8dOgnsLbVQs;m*QX=-i*1xuGGdUX<h5yJyJP)5@KomP*mhFI(kmbN3HU4aYcuU{sy%Y`?%Xie=t6HXlF>fE#nJK8>cdH"
    "Psp9yj&b2-;N_e;A<=+1oj;CtI*L_sUxo<B_lJk4fAjxYTdZxAXNVo}kIc`D`hZnQLt29ZGT*sMYxfG!xcau)G4>KFZwy7Zo}G&R"
    "1#$>#ek1leY(Irp^;%ANnf~<O2QC|;|I)X~o5tP&Yhf?SyR-T*+;2a=<m0z+>TPMimZY+1y9<zLg&O^b%^raT3V#o&m2!T7Rj9G$"
    "7;QIL`U(b`$}S&>3$6!2vBTem)o;C7CBI1oM<-XwZ&><wU1ueIYMR={<IAxTG$JG6aK&N_!LRov?UNA}3!+nNXUTWEiZTEM8#{2x"
    "nfH6R&6USW-Ikk9AbPfZXxxZH?~M!zk=IDmVGu%vzF`4VA_nSB1OM8reg(2eS6@78m1S+VIttq~30q6JM$$$}=`{92cqW6ykx|CS"
    "F3_4iUb!<G6U>0417M1!*$UL@7rHwm5i@A0L>`T+a>k{-2JyOOOQ(XUa-lFwd?5UAN*mWv0-%Yw5(*|P(MtOqq~Syy%^pYKUd15J"
    "m*Tgg0t(TW-iiq_6I1`X0+B(ClQFd|yKsnZy$^xxX`w}-aI=XN)J$qX#)e?*bkKKS&{<ov6)`v)Ar&-C3)*Y#dmF-;<O5#j(|@X+"
    "a%kvXEvvYO%hP`hPygRq1Q}GxAWp+w(T!oAg!cMwR48NgM@JfeCIzH=>(e^KjNu~#co!&~EbrY=;dEq}2n<*K7fIN5Hrb_VCod7U"
    "Z_gr9L>vnOMM&9I-(bNtw66=FBT!A!i0px31M#V6PRPviazUrj4-20(gAW8qG+Fy;Dun4+U8*g0BNY$Cr*YA3DurnuTWF@tNYbhm"
    "DvJ;;l=;+L3R|IcfkA&4-PLw<C~dS&l)+GIV*<LajX|P;V9A~0h>>e>fWkb%E09m#rfrw0skvsMIQ)|0SZ%ehirTaR5R^()XA$3K"
    "Cq@`<i@i`Q@t6{x@lzk^&b8F;N>LtlZHHq`@xbgcA{_Ry$forHm!EM4p}re;GHU!ZM<05EXOnCs#JTO6{{zrTS9<"
)


if __name__ == "__main__":
    raise SystemExit(main())
