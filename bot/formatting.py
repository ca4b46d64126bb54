"""Formatting shared by the terminal and Discord: marked matches, times, provenance lines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.texts import text
from index.models import Answer, Figure, Highlight, format_number
from index.times import NEWS_TZ

_MONTHS = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}


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


def day_only(moment: datetime) -> bool:
    """The source gives the day, not the time: the newspaper records' `published_at: 2019-03-07` is read as
    midnight in Amsterdam. Shown as a time, it said 00:00, and in a reader's own zone west of Amsterdam the
    evening before; it is shown as the day instead, the same for every reader."""
    local = moment.astimezone(NEWS_TZ)
    return (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0)


def local_time(moment: datetime | None, language: str = "nl") -> str:
    """'18 okt 2024 14:00' in Amsterdam time, where the news is written; '7 mrt 2019' for a day alone."""
    if moment is None:
        return "?"
    local = moment.astimezone(NEWS_TZ)
    day = f"{local.day} {_MONTHS.get(language, _MONTHS['nl'])[local.month - 1]} {local.year}"
    return day if day_only(moment) else f"{day} {local:%H:%M}"


def provenance(dateline: str, sources: list[str], places: list[str]) -> str:
    """'SEOUL/VLADIVOSTOK (ANP/RTR/AFP)', or the agencies alone when a story has no dateline."""
    if dateline:
        return dateline
    if places or sources:
        return f"{'/'.join(places)} ({'/'.join(sources)})".strip()
    return ""


def figure_parts(figure: Figure, language: str) -> tuple[str, list[str], str, str]:
    """(value as written, flags such as 'gepland' or 'vorige week', 'volgens …', dateline) for a figure."""
    value = figure.text if figure.low is not None else f"{format_number(figure.value)} {figure.unit or ''}".strip()
    flags = [text(language, "planned")] if figure.modality == "planned" else []
    flags += [text(language, "estimated")] if figure.modality == "estimated" else []
    if figure.when_text:
        flags.append(figure.when_text.lower())
    who = text(language, "claimant", who=figure.claimant) if figure.claimant else ""
    return value, flags, who, provenance(figure.dateline, figure.sources, figure.places)


def framing(answer: Answer, language: str) -> str:
    """The language an answer is framed in: an English question gets English framing around the Dutch
    quote, whatever the reader's settings; otherwise the reader's language."""
    return "en" if answer.language == "en" else language
