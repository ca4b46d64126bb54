"""Formatting shared by the terminal and Discord: marked matches, figures (times: bot.dates; provenance lines:
`index.models.provenance`, which the chart labels with too)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from bot.dates import day_text, local_time
from bot.texts import text
from index.figures import group_label
from index.models import (
    Answer,
    Change,
    Comparison,
    Dated,
    Figure,
    Highlight,
    QuoteResult,
    SearchResult,
    format_number,
    modality_label,
    provenance,
)
from index.times import reference_label


def mark(text: str, highlights: list[Highlight], before: str, after: str,
         escape: Callable[[str], str] = lambda part: part) -> str:
    """`text` with every highlighted span wrapped in before/after; other text passed through `escape`."""
    pieces = []
    position = 0
    for highlight in sorted(highlights, key=lambda item: item.start):
        if highlight.start < position:
            continue
        pieces.append(escape(text[position:highlight.start]))
        pieces.append(before + escape(text[highlight.start:highlight.end]) + after)
        position = highlight.end
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def date_line(item: Dated, language: str, say: Callable[[datetime | None, str], str] = local_time,
              moment: datetime | None = None) -> str:
    """When `item` was published as `say` writes a date (the terminal's Amsterdam time, a Discord timestamp), or
    `moment` instead (a figure's own time); but a date guessed from the file's time is said to be one, with the
    file's day: "datum onbekend (bestand van 3 dec 2026)". Shown as a date, a file copied or saved later
    passes its copy date off as the news's."""
    if item.date_guessed and item.published is not None:
        return text(language, "date_guessed", day=day_text(item.published, language))
    return say(moment or item.published, language)


def course_lines(figures: list[Figure], line: Callable[[Figure], str], language: str) -> list[str]:
    """A comparison's figures in its time order, each as `line` writes it (for the terminal or Discord), those
    dated by their file's time (last: `index.compare`) under a line saying they have no date and no place in
    the course, so their order is not read as one."""
    lines: list[str] = []
    for number, figure in enumerate(figures):
        if figure.date_guessed and (number == 0 or not figures[number - 1].date_guessed):
            lines.append(text(language, "compare_undated"))
        lines.append(line(figure))
    return lines


def courses(result: Comparison, language: str) -> list[tuple[str, list[Change]]]:
    """A comparison's steps per measure, each with its group's label when there are several ("procent: 29 → 17
    (−12)"), else with none: in one run of steps, "2 → 10 (+8) · 29 → 17 (−12)" read as one count going up and
    down, where one was weeks and the other percent."""
    labels = {group.kind: group_label(group, language) for group in result.groups}
    kinds = list(dict.fromkeys(change.kind for change in result.changes))
    return [(f"{labels.get(kind, kind)}: " if len(kinds) > 1 else "",
             [change for change in result.changes if change.kind == kind]) for kind in kinds]


def figure_parts(figure: Figure, language: str) -> tuple[str, list[str], str, str]:
    """(value as written, flags such as 'gepland' or 'vorige week', 'volgens …', dateline) for a figure."""
    as_written = figure.low is not None or figure.kind == "score"  # a range, a match score ("1-0")
    value = figure.text if as_written else f"{format_number(figure.value, language)} {figure.unit or ''}".strip()
    flags = [marking] if (marking := modality_label(figure.modality, language)) else []
    if figure.when_text:
        flags.append(reference_label(figure.when_text, language))
    who = text(language, "claimant", who=figure.claimant) if figure.claimant else ""
    return value, flags, who, provenance(figure.dateline, figure.sources, figure.places)


#: A number written with Dutch marks ("10.000", "3,6"), which a reader of English reads otherwise.
_MARKED_NUMBER = re.compile(r"\d[.,]\d")


def headline(answer: Answer, language: str) -> str:
    """The answer's span as the article writes it; for a reader of English, with its figure written the English
    way after it when the article's marks would read otherwise: "10.000 militairen (10,000)", as '10.000' reads
    as ten to them."""
    head = answer.answer or ""
    if language != "en" or not _MARKED_NUMBER.search(head):
        return head
    figure = next((item for item in answer.figures
                   if item.low is None and (item.text in head or head in item.text)), None)
    return f"{head} ({format_number(figure.value, 'en')})" if figure else head


def framing(result: Answer | Comparison | SearchResult | QuoteResult, language: str) -> str:
    """The language a result is framed in: an English question, topic or query gets English framing around the
    Dutch quotes, whatever the reader's settings; otherwise the reader's language."""
    return "en" if result.language == "en" else language
