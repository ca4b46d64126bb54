"""How much does the generated benchmark input behave like real Dutch news?

Why: benchmark numbers (index size, posting lengths, query times, answer quality) only transfer to
production if the synthetic text has the statistical shape of real news. This compares a generated
directory with the real DPG Media 2019 corpus on the properties that drive an inverted index and a
reader:

- vocabulary growth (Heaps' law V = K * n^beta, fitted over the first N word tokens of each),
- the Zipf exponent of the rank-frequency curve (fitted over ranks 10-10,000),
- the share of tokens covered by the 100 most frequent words,
- average word length (characters) and sentence length (words),
- story length (median, p10, p90 in words), and figures per 1,000 words.

Both corpora are read in a fixed shuffled story order and cut to the same number of word tokens, so
size-dependent measures (Heaps, Zipf, top-100 share) are compared like for like.

CLI: python -m bench.realism GENERATED_DIR [--real PATH] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import find_dpg_corpus, read_dpg_texts

TOKEN_RE = re.compile(r"\w+(?:[-'.,]\w+)*")
NUMERIC_RE = re.compile(r"\d+(?:[.,]\d+)*")
LETTER_RE = re.compile(r"[^\W\d_]")
# A sentence ends at . ! or ? (after any closing quote) before a capital, a digit, an opening quote
# or the end of the text. The same rule is applied to both corpora.
SENTENCE_END_RE = re.compile(r"[.!?]+['\"”]*(?=\s+[\"'„,(]*[A-Z0-9À-Ý]|\s*$)")
DATELINE_RE = re.compile(r"^[^\n(]{2,60}? (?:\([A-Z/]+\) )?- ")
AGE_RE = re.compile(r"\d+ (?:minuut|minuten|uur|dag|dagen) geleden")
FRONT_MATTER_RE = re.compile(r"\A(?:(?:date|source|url): [^\n]*\n)+\n")
NUMBER_WORDS = frozenset(
    "één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig "
    "honderd duizend tienduizend honderdduizend miljoen miljard".split()
)
ZIPF_RANKS = (10, 10_000)


@dataclass
class Stories:
    """Story texts by kind: "full" stories (main, wire, record) and "brief"s."""

    full: list[str] = field(default_factory=list)
    brief: list[str] = field(default_factory=list)

    @property
    def all(self) -> list[str]:
        return self.full + self.brief


# --------------------------------------------------------------------------------------------
# Reading the generated formats back (independently of the library, which may change).
# --------------------------------------------------------------------------------------------
def _strip_dateline(text: str) -> str:
    """Datelines are not prose: the real corpus has none, so they would skew word statistics."""
    return DATELINE_RE.sub("", text, count=1)


def split_page(lines: list[str]) -> tuple[list[str], list[str]]:
    """A scraped page's main-story body lines and its briefs (ages removed, glue undone)."""
    cut = next(i for i, line in enumerate(lines) if line.startswith("Meer uit "))
    block = "\n".join(lines[cut + 1:])
    briefs = [b.strip() for b in AGE_RE.split(block)]
    return lines[1:cut], [_strip_dateline(b) for b in briefs if b]


def read_text_file(text: str, into: Stories) -> None:
    """A page (main story + briefs) or a wire item, minus front matter, notices and trailer."""
    lines = FRONT_MATTER_RE.sub("", text).strip("\n").split("\n")
    if any(line.startswith("Meer uit ") for line in lines):
        body, briefs = split_page(lines)
        into.brief.extend(briefs)
    else:
        body = [line for line in lines[1:]
                if not line.startswith("N i e u w bericht") and not line.startswith("(ANP Redactie")]
    if body:
        body[0] = _strip_dateline(body[0])
        into.full.append("\n".join(body))


def read_generated(directory: Path) -> Stories:
    """Every story in a generated directory, in file-name order."""
    stories = Stories()
    for path in sorted(directory.rglob("*")):
        if path.suffix == ".txt":
            read_text_file(path.read_text(encoding="utf-8"), stories)
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    stories.full.append(_strip_dateline(json.loads(line)["text"]))
    return stories


# --------------------------------------------------------------------------------------------
# Measures.
# --------------------------------------------------------------------------------------------
def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text.lower())


def is_word(token: str) -> bool:
    """A word has a letter: 'd66' and 'co2-uitstoot' count, '12.000' and '3,6' do not."""
    return LETTER_RE.search(token) is not None


def is_figure(token: str) -> bool:
    return token in NUMBER_WORDS or NUMERIC_RE.fullmatch(token) is not None


def shuffled(texts: Sequence[str], seed: int = 0) -> list[str]:
    """A fixed shuffle, so story order (dates, files, formats) does not bias growth curves."""
    order = list(range(len(texts)))
    random.Random(seed).shuffle(order)
    return [texts[i] for i in order]


@dataclass
class Profile:
    """One pass over a corpus's texts (in the given order): what every measure needs."""

    words: list[str] = field(default_factory=list)
    tokens: int = 0
    figures: int = 0
    sentences: int = 0

    @classmethod
    def of(cls, texts: Iterable[str]) -> Profile:
        out = cls()
        for text in texts:
            toks = tokens(text)
            out.tokens += len(toks)
            out.figures += sum(1 for t in toks if is_figure(t))
            out.sentences += max(1, len(SENTENCE_END_RE.findall(text)))
            out.words.extend(t for t in toks if is_word(t))
        return out


def linear_fit(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """Least-squares intercept and slope."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    return my - slope * mx, slope


def log_points(low: int, high: int, count: int = 40) -> list[int]:
    """About `count` integers spread evenly on a log scale between low and high."""
    if high <= low:
        return [low]
    step = (math.log(high) - math.log(low)) / (count - 1)
    return sorted({round(math.exp(math.log(low) + i * step)) for i in range(count)})


def heaps(words: Sequence[str], start: int = 1000) -> tuple[float, float, int]:
    """Heaps' law K and beta, fitted on log-spaced points of the distinct-words curve."""
    checkpoints = set(log_points(min(start, len(words)), len(words)))
    seen: set[str] = set()
    xs, ys = [], []
    for i, word in enumerate(words, 1):
        seen.add(word)
        if i in checkpoints:
            xs.append(math.log(i))
            ys.append(math.log(len(seen)))
    intercept, beta = linear_fit(xs, ys)
    return math.exp(intercept), beta, len(seen)


def zipf(words: Sequence[str], ranks: tuple[int, int] = ZIPF_RANKS) -> float:
    """Zipf exponent s in f(r) ~ r^-s over the given rank range, on log-spaced ranks.

    Log-spaced points weigh each decade equally; an unweighted fit over every rank would be the
    slope of the tail alone.
    """
    freqs = sorted(Counter(words).values(), reverse=True)
    high = min(ranks[1], len(freqs))
    points = [r for r in log_points(ranks[0], high) if r <= len(freqs)]
    intercept, slope = linear_fit([math.log(r) for r in points], [math.log(freqs[r - 1]) for r in points])
    del intercept
    return -slope


def top_share(words: Sequence[str], top: int = 100) -> float:
    counts = Counter(words)
    return sum(n for _, n in counts.most_common(top)) / len(words)


def percentile(values: Sequence[int], q: float) -> float:
    """Nearest-rank percentile (q in 0-100)."""
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))])


def measure(stories: Stories, profile: Profile, limit: int) -> dict[str, float]:
    """All measures for one corpus; the token-count-dependent ones over its first `limit` words."""
    words = profile.words[:limit]
    k, beta, distinct = heaps(words)
    lengths = [len(TOKEN_RE.findall(t)) for t in stories.full]
    out = {
        "heaps_K": k,
        "heaps_beta": beta,
        "distinct_words": distinct,
        "zipf_s": zipf(words),
        "top100_share": top_share(words),
        "avg_word_len": sum(map(len, words)) / len(words),
        "avg_sentence_len": profile.tokens / profile.sentences,
        "story_len_median": percentile(lengths, 50),
        "story_len_p10": percentile(lengths, 10),
        "story_len_p90": percentile(lengths, 90),
        "figures_per_1000": 1000 * profile.figures / profile.tokens,
    }
    if stories.brief:
        out["brief_len_median"] = percentile([len(TOKEN_RE.findall(t)) for t in stories.brief], 50)
    return out


def growth(words: Sequence[str]) -> dict[str, float]:
    """Heaps' law over a whole (synthetic) corpus: does the vocabulary keep growing like news?"""
    k, beta, distinct = heaps(words, start=max(1000, len(words) // 1000))
    return {"tokens": len(words), "heaps_K": k, "heaps_beta": beta, "distinct_words": distinct}


def compare(generated: Path, real_path: Path) -> dict:
    """Measures of both corpora over the same number of word tokens, and their ratios."""
    synthetic = read_generated(generated)
    real = Stories(full=read_dpg_texts(real_path))
    real_p, synth_p = Profile.of(shuffled(real.all)), Profile.of(shuffled(synthetic.all))
    limit = min(len(real_p.words), len(synth_p.words))
    real_m, synth_m = measure(real, real_p, limit), measure(synthetic, synth_p, limit)
    ratio = {k: synth_m[k] / real_m[k] for k in real_m if real_m[k]}
    return {"tokens_compared": limit, "real": real_m, "synthetic": synth_m, "ratio": ratio,
            "synthetic_full_corpus": growth(synth_p.words),
            "stories": {"synthetic_full": len(synthetic.full), "synthetic_briefs": len(synthetic.brief),
                        "real": len(real.full)}}


def table(result: dict) -> str:
    """The comparison as a small aligned text table."""
    rows = [f"{'measure':<20}{'real':>12}{'synthetic':>12}{'ratio':>8}"]
    for key, real in result["real"].items():
        synth = result["synthetic"][key]
        rows.append(f"{key:<20}{_fmt(real):>12}{_fmt(synth):>12}{result['ratio'].get(key, 0):>8.2f}")
    brief = result["synthetic"].get("brief_len_median")
    if brief is not None:
        rows.append(f"{'brief_len_median':<20}{'-':>12}{_fmt(brief):>12}{'':>8}")
    full = result["synthetic_full_corpus"]
    rows.append(f"synthetic, all {full['tokens']:,} words: Heaps K {full['heaps_K']:.1f}, "
                f"beta {full['heaps_beta']:.3f}, {full['distinct_words']:,} distinct words")
    rows.append(f"(size-dependent measures over the first {result['tokens_compared']:,} words of each)")
    return "\n".join(rows)


def _fmt(value: float) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:.3f}" if abs(value) < 100 else f"{value:,.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.realism", description=__doc__.splitlines()[0])
    parser.add_argument("generated", type=Path)
    parser.add_argument("--real", type=Path, default=None, help="DPG-style articles.jsonl")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    args = parser.parse_args(argv)
    real = args.real or find_dpg_corpus()
    if real is None or not real.is_file():
        print("skipped: the real DPG corpus (shared/corpora/dpgmedia2019/articles.jsonl) is absent",
              file=sys.stderr)
        return 0
    result = compare(args.generated, real)
    print(json.dumps(result, indent=2) if args.json else table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
