"""Formatting shared by the terminal and Discord: marked matches, provenance lines, figures (times: bot.dates)."""

from __future__ import annotations

from collections.abc import Callable

from bot.texts import text
from index.models import Answer, Figure, Highlight, format_number


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


def provenance(dateline: str, sources: list[str], places: list[str]) -> str:
    """'SEOUL/VLADIVOSTOK (ANP/RTR/AFP)', or the agencies alone when a story has no dateline."""
    if dateline:
        return dateline
    if places or sources:
        return f"{'/'.join(places)} ({'/'.join(sources)})".strip()
    return ""


def figure_parts(figure: Figure, language: str) -> tuple[str, list[str], str, str]:
    """(value as written, flags such as 'gepland' or 'vorige week', 'volgens …', dateline) for a figure."""
    as_written = figure.low is not None or figure.kind == "score"  # a range, a match score ("1-0")
    value = figure.text if as_written else f"{format_number(figure.value, language)} {figure.unit or ''}".strip()
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
