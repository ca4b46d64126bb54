"""The plain dataclasses that flow from files to renderers.

Everything the bot and the terminal show is one of these: the library returns them, the cogs and the
console render them, and `to_json()` gives the CLI contract. No Discord or Whoosh object appears here,
so both front ends (and the tests) share one shape of result.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from index.analysis import terms
from index.times import reference_label


def _jsonable(value: Any) -> Any:
    """Datetimes become ISO strings and a number that is not finite null (JSON has no NaN or Infinity, and
    readers of the CLI's output reject them); everything else stays as `asdict` made it."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value


class JsonMixin:
    """`to_json()` for every result dataclass: one dict in the CLI's documented shape."""

    def to_json(self) -> dict[str, Any]:
        return _jsonable(asdict(self))  # type: ignore[call-overload]


#: Where a date comes from when the file gives none (`Story.published_from`): the file's modification time,
#: alone or less a brief's age. Copying, restoring or re-saving a file changes that time, so such a date says
#: when the file was written, not when the news was.
GUESSED_DATES = frozenset({"file-mtime", "file-mtime-minus-age"})


class Dated:
    """A story, or a result taken from one, whose `published` may be the file's time rather than the news's.

    `published_from` travels with `published` from the parser to every result, so that renderers can say a
    guessed date is one and a course of figures does not order reports by when their files were copied."""

    published: datetime | None
    published_from: str

    @property
    def date_guessed(self) -> bool:
        """`published` is the file's modification time (less a brief's age), not a date the source gave."""
        return self.published_from in GUESSED_DATES


@dataclass(slots=True)
class Story(JsonMixin, Dated):
    """One news story: a page's main article, one of its briefs, a wire item or a JSON record."""

    story_id: str
    kind: str  # "article" | "brief" | "record"
    headline: str
    paragraphs: list[str]
    places: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    dateline: str = ""  # as printed: "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"
    section: str | None = None
    published: datetime | None = None
    #: front-matter | record | page-time-minus-age (a brief on a page with a `fetched:`) | file-mtime |
    #: file-mtime-minus-age (a brief on a page without one); the last two are guesses (`GUESSED_DATES`).
    published_from: str = "unknown"
    file: str = ""  # path relative to the articles folder
    files: list[str] = field(default_factory=list)  # every file the story was seen in
    record_id: str | None = None
    url: str | None = None
    replaces: str | None = None  # a correction notice's "vervangt: …" headline
    content_hash: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def day(self) -> str:
        """The day it was published ('2019-04-11'), or "" when unknown: what a story filed twice shares
        (`documents.copy_key`) and what a relative time ('gisteren') is counted from (`candidates._stated`)."""
        return self.published.date().isoformat() if self.published else ""


@dataclass(slots=True)
class Skipped(JsonMixin):
    """A file (or a record in it) that was not indexed, and why, in words a person can act on."""

    file: str
    reason: str


@dataclass(slots=True)
class ParsedFile:
    """What one article file yielded: its stories and the parts of it that were skipped."""

    stories: list[Story]
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(slots=True)
class ReindexReport(JsonMixin):
    """What a reindex changed: the reply of `/reindex` and `run_bot.py reindex --json`."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    stories: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    full: bool = False
    files_added: list[str] = field(default_factory=list)
    files_updated: list[str] = field(default_factory=list)
    files_removed: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Highlight(JsonMixin):
    """A matched word in a snippet or quote, as character offsets into its text."""

    start: int
    end: int


@dataclass(slots=True)
class Hit(JsonMixin, Dated):
    """One search result."""

    story_id: str
    kind: str
    headline: str
    dateline: str
    places: list[str]
    sources: list[str]
    published: datetime | None
    snippet: str
    file: str
    record_id: str | None
    score: float
    highlights: list[Highlight] = field(default_factory=list)
    section: str | None = None
    copies: list[str] = field(default_factory=list)  # ids of the same story filed again, not listed apart
    published_from: str = "unknown"  # the story's: where `published` comes from (`Story.published_from`)


@dataclass(slots=True)
class QueryReading(JsonMixin):
    """How a query was read, said back to the user (datasette's "this query was interpreted as").

    Structured rather than worded: the bot and the terminal put it in the reader's language.
    """

    syntax: str = "plain"  # plain | advanced
    words: list[str] = field(default_factory=list)  # the words searched for, as the user typed them
    ignored: list[str] = field(default_factory=list)  # stop words and symbols left out
    corrections: dict[str, list[str]] = field(default_factory=dict)  # typo -> the words tried instead
    translations: dict[str, str] = field(default_factory=dict)  # an English topic's word -> the Dutch one searched
    left_out: list[str] = field(default_factory=list)  # an English topic's words no article has, nor a translation
    also: dict[str, list[str]] = field(default_factory=dict)  # a Dutch word searched -> other translations of its
    # English word, or the compound it makes with its neighbour, that match for it too
    joined: dict[str, str] = field(default_factory=dict)  # two words typed apart -> the one word articles write
    undiminished: dict[str, str] = field(default_factory=dict)  # a diminutive -> the word it is made from, matched too
    names: list[str] = field(default_factory=list)  # a comparison's names, as typed: its reports name one
    match: str = "all"  # all | any (no story had every word) | none (nothing to search for)
    parsed: str = ""  # the advanced query as parsed
    fallback: str | None = None  # why advanced syntax was read as plain words
    shortened: bool = False  # the query was longer than the word limit
    timed_out: bool = False  # the search hit its time limit; results are partial
    filters: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class SearchResult(JsonMixin):
    """A page of hits, with how the query was read so users can see what was searched."""

    query: str
    total: int
    hits: list[Hit]
    page: int = 1
    pages: int = 1
    reading: QueryReading = field(default_factory=QueryReading)
    total_exact: bool = True  # False: `total` is Whoosh's estimate (many matches)
    language: str = "nl"  # the query's language: "en" lists the stories its Dutch words find in English framing


@dataclass(slots=True)
class Quote(JsonMixin, Dated):
    """A verbatim passage (whole sentences) with the provenance that makes it citable."""

    text: str
    dateline: str
    sources: list[str]
    headline: str
    published: datetime | None
    story_id: str
    file: str
    record_id: str | None
    score: float = 0.0
    highlights: list[Highlight] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    kind: str = "article"
    copies: list[str] = field(default_factory=list)  # ids of the same story filed again, where it also stands
    published_from: str = "unknown"  # the story's: where `published` comes from (`Story.published_from`)


@dataclass(slots=True)
class QuoteResult(JsonMixin):
    query: str
    quote: Quote | None
    more: list[Quote] = field(default_factory=list)
    reading: QueryReading = field(default_factory=QueryReading)
    language: str = "nl"  # the query's language: "en" gives the Dutch quotes in English framing


@dataclass(slots=True)
class Figure(JsonMixin, Dated):
    """A figure a story states: its value, what it counts, who claims it and when it applies."""

    value: float
    low: float | None
    high: float | None
    unit: str | None
    kind: str | None
    qualifier: str | None
    claimant: str | None
    text: str  # the figure as written, e.g. "vier brigades van in totaal 12.000 soldaten"
    sentence: str
    modality: str = "reported"  # reported | estimated | planned | demanded
    when: datetime | None = None  # the time the figure applies to ("vorige week" resolved)
    when_text: str | None = None
    # Provenance, filled when the figure leaves its story.
    dateline: str = ""
    sources: list[str] = field(default_factory=list)
    headline: str = ""
    published: datetime | None = None
    story_id: str = ""
    file: str = ""
    record_id: str | None = None
    places: list[str] = field(default_factory=list)
    #: The story's: where `published` comes from. A guessed date makes `when` a guess too (it is `published`,
    #: or resolved against it), so such a figure stands apart from a course (`index.compare`).
    published_from: str = "unknown"


def provenance(dateline: str, sources: list[str], places: list[str]) -> str:
    """'SEOUL/VLADIVOSTOK (ANP/RTR/AFP)', or the agencies alone when a story has no dateline."""
    if dateline:
        return dateline
    if places or sources:
        return f"{'/'.join(places)} ({'/'.join(sources)})".strip()
    return ""


def clip(value: str, limit: int) -> str:
    """For labels (titles, names, a chart's report) and the related passages of an abstention, which point to
    their stories: the text that answers is paginated, never clipped."""
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def format_number(value: float, language: str = "nl") -> str:
    """Dutch digit grouping and decimal comma (12000 -> '12.000', 3.6 -> '3,6'), or English ones for an English
    reader ('12,000', '3.6'), who reads '1.500' as one and a half."""
    grouped = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    return grouped if language == "en" else grouped.translate(DUTCH_MARKS)


#: English digit marks to Dutch and back: the comma and the point swapped.
DUTCH_MARKS = str.maketrans(",.", ".,")


def step_text(before: float, after: float, language: str = "nl") -> str:
    """One step of a count: "1.500 → 3.000 (+1.500)"."""
    delta = after - before
    sign = "+" if delta >= 0 else "−"
    said = format_number(before, language), format_number(after, language), format_number(abs(delta), language)
    return f"{said[0]} → {said[1]} ({sign}{said[2]})"


#: Kinds whose units differ in size (jaar and weken, kilometer and meter): values are set side by side only
#: within one unit.
_SCALED_KINDS = frozenset({"duration", "distance", "weight", "volume"})


def same_measure(one: Figure, other: Figure) -> bool:
    """Two figures can be set side by side: of one kind, and of one unit where the kind's units differ in size
    ("4 jaar" to "3 weken" is no step of −1, "negentig minuten" and "negen maanden" no disagreement of 90 and 9)."""
    return one.kind == other.kind and (one.kind not in _SCALED_KINDS or _unit_stem(one) == _unit_stem(other))


def _unit_stem(figure: Figure) -> tuple[str, ...]:
    """The unit's index term ("weken" and "week" alike), its abbreviation written out ("km": kilometer)."""
    unit = (figure.unit or "").lower()
    return tuple(terms(_UNIT_ALIASES.get(unit, unit)))


#: Units the stemmer does not bring together: a plural it keeps, abbreviations.
_UNIT_ALIASES = {"uren": "uur", "km": "kilometer", "kg": "kilo", "kilogram": "kilo", "cm": "centimeter",
                 "mm": "millimeter"}


def figure_value(figure: Figure, language: str = "nl") -> str:
    """A figure's value as a reader reads it: '10.000', both ends of a range ('80–90'), not its low end alone, and a
    match score as written ('1-0')."""
    if figure.kind == "score":
        return figure.text
    if figure.low is not None and figure.high is not None:
        return f"{format_number(figure.low, language)}–{format_number(figure.high, language)}"
    return format_number(figure.value, language)


def course_text(changes: list[Change], language: str = "nl") -> str:
    """The steps of a count on one line ("1.500 → 3.000 (+1.500) · 3.000 → 10.000 (+7.000)"), as an answer's
    and a comparison's embeds and the console's answers show them, with the reader's digit marks."""
    return " · ".join(step_text(change.before, change.after, language) for change in changes)


#: Modalities of values that are no count (yet): what is planned, what a prosecutor demands.
NOT_YET = frozenset({"planned", "demanded"})
#: How a value of each modality but "reported" is marked, per language: the one table the chart, --json and
#: both renderers read.
MODALITY_LABELS = {"nl": {"planned": "gepland", "demanded": "geëist", "estimated": "schatting"},
                   "en": {"planned": "planned", "demanded": "demanded", "estimated": "estimate"}}


def modality_label(modality: str, language: str = "nl") -> str | None:
    """How a value of `modality` is marked ('gepland', 'demanded'), None for a plain report; Dutch for a
    language the table lacks, as the bot's texts fall back."""
    return MODALITY_LABELS.get(language, MODALITY_LABELS["nl"]).get(modality)


def disagreement(figures: list[Figure], language: str = "nl") -> str | None:
    """Who or when gives each value of the first figure's kind, when those figures give two values or more
    ('Amerikaanse Pentagon: 10.000; vorige week: 3.000; Seoul: 12.000 (gepland)'); None when they agree.
    The answer's `disagreement` (Dutch, as --json prints it) and the renderers' line in the reader's language
    are both written here. Values that are no count yet are marked; estimates are not, to keep the line short."""
    same = [figure for figure in figures if same_measure(figures[0], figure)]
    if len({figure.value for figure in same}) < 2:
        return None
    parts = []
    for figure in same:
        label = (reference_label(figure.when_text, language) if figure.when_text else figure.claimant
                 or "/".join(place.title() for place in figure.places) or figure.headline)
        marked = f" ({modality_label(figure.modality, language)})" if figure.modality in NOT_YET else ""
        parts.append(f"{label}: {figure_value(figure, language)}{marked}")
    return "; ".join(dict.fromkeys(parts))


@dataclass(slots=True)
class Change(JsonMixin):
    """The step between two consecutive reports of the same quantity."""

    kind: str
    before: float
    after: float
    delta: float
    ratio: float | None
    from_story: str
    to_story: str
    text: str  # "1.500 → 3.000 (+1.500)"


@dataclass(slots=True)
class FigureGroup(JsonMixin):
    """All figures counting the same kind of thing, in time order."""

    kind: str
    label: str
    figures: list[Figure]


@dataclass(slots=True)
class Comparison(JsonMixin):
    topic: str
    figures: list[Figure]
    groups: list[FigureGroup]
    changes: list[Change]
    chart: str | None = None
    reading: QueryReading = field(default_factory=QueryReading)
    language: str = "nl"  # the topic's language: "en" lines up the Dutch figures in English framing


@dataclass(slots=True)
class Answer(JsonMixin):
    """An extractive answer: a span from an article and the quote it stands in, or an abstention."""

    question: str
    answer: str | None
    abstained: bool
    confidence: float
    quote: Quote | None
    evidence: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    question_type: str = "other"
    disagreement: str | None = None  # "Pentagon: 10.000; vorige week: 3000"
    #: For a question comparing reports: the asked count's steps in time order ("1.500 → 3.000 (+1.500)").
    changes: list[Change] = field(default_factory=list)
    reason: str = ""  # why it answered or abstained, in words
    language: str = "nl"  # the question's language: "en" answers with the Dutch quote in English framing
    whole_sentence: bool = False  # no short span: the quoted sentence itself answers (shown once, as the quote)


def dumps(payload: dict[str, Any]) -> str:
    """One line of JSON as the CLI prints it (UTF-8 kept readable), valid JSON whatever the payload holds."""
    return json.dumps(_jsonable(payload), ensure_ascii=False, sort_keys=False)
