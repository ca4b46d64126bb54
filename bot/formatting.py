"""Formatting shared by the terminal and Discord: marked matches, times, provenance lines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from index.models import Highlight
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


def local_time(moment: datetime | None, language: str = "nl") -> str:
    """'18 okt 2024 14:00' in Amsterdam time, where the news is written."""
    if moment is None:
        return "?"
    local = moment.astimezone(NEWS_TZ)
    return f"{local.day} {_MONTHS.get(language, _MONTHS['nl'])[local.month - 1]} {local.year} {local:%H:%M}"


def provenance(dateline: str, sources: list[str], places: list[str]) -> str:
    """'SEOUL/VLADIVOSTOK (ANP/RTR/AFP)', or the agencies alone when a story has no dateline."""
    if dateline:
        return dateline
    if places or sources:
        return f"{'/'.join(places)} ({'/'.join(sources)})".strip()
    return ""
