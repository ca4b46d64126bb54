"""Results rendered for a terminal: the CLI's human output and the console twin.

Matched words are bold (ANSI) on a terminal and **marked** when output is piped, so they stay visible
either way.
"""

from __future__ import annotations

import textwrap

from bot.formatting import course_lines, courses, date_line, figure_parts, framing, headline, mark, provenance
from bot.texts import (
    abstention,
    counted,
    describe_reading,
    filters_said,
    past_the_end,
    reindex_summary,
    result_count,
    rewordings_said,
    story_reference,
    text,
)
from index.figures import group_label
from index.models import (
    Answer,
    Comparison,
    Figure,
    Hit,
    QueryReading,
    Quote,
    QuoteResult,
    ReindexReport,
    SearchResult,
    Story,
    course_text,
    disagreement,
    step_text,
)

WIDTH = 100


class Style:
    """ANSI styling when writing to a terminal, plain markers otherwise."""

    def __init__(self, ansi: bool) -> None:
        self.ansi = ansi

    def bold(self, value: str) -> str:
        return f"\033[1m{value}\033[0m" if self.ansi else value

    def dim(self, value: str) -> str:
        return f"\033[2m{value}\033[0m" if self.ansi else value

    @property
    def match(self) -> tuple[str, str]:
        return ("\033[1;33m", "\033[0m") if self.ansi else ("**", "**")


def _wrap(value: str, indent: str = "   ", first: str | None = None) -> str:
    return textwrap.fill(value, WIDTH, initial_indent=indent if first is None else first, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def _source_line(item: Hit | Quote | Story, language: str) -> str:
    """'SEOUL/VLADIVOSTOK (ANP/RTR/AFP) · 18 okt 2024 14:00': where and when a story was filed."""
    where = provenance(item.dateline, item.sources, item.places)
    return " · ".join(part for part in (where, date_line(item, language)) if part)


def render_hit(hit: Hit, number: int, style: Style, language: str) -> list[str]:
    before, after = style.match
    return [
        f"{number:>2}. {style.bold(hit.headline)}",
        "    " + style.dim(" · ".join(part for part in (
            _source_line(hit, language), hit.kind,
            story_reference(language, hit.story_id, hit.copies)) if part)),
        _wrap(mark(hit.snippet, hit.highlights, before, after), "    "),
    ]


def render_search(result: SearchResult, style: Style, language: str) -> str:
    language = framing(result, language)
    lines = [style.dim(line) for line in describe_reading(result.reading, language)]
    if not result.hits:
        lines.append(past_the_end(result, language) or text(language, "no_results", query=result.query))
        return "\n".join(lines)
    lines.append(text(language, "results_header", results=result_count(result, language), query=result.query,
                      page=result.page, pages=result.pages))
    first = (result.page - 1) * max(1, len(result.hits)) + 1
    for offset, hit in enumerate(result.hits):
        lines.extend(["", *render_hit(hit, first + offset, style, language)])
    return "\n".join(lines)


def render_story(story: Story | None, style: Style, language: str, story_id: str = "") -> str:
    if story is None:
        return text(language, "story_not_found", story_id=story_id)
    lines = [style.bold(story.headline),
             style.dim(_source_line(story, language) + f" · {story.kind} · {story.story_id}"),
             style.dim(f"{text(language, 'source_file')}: {', '.join(story.files or [story.file])}"
                       + (f" (record {story.record_id})" if story.record_id else "")), ""]
    lines.extend(_wrap(paragraph, "") + "\n" for paragraph in story.paragraphs)
    return "\n".join(lines).rstrip()


def render_quote(quote: Quote, style: Style, language: str, indent: str = "   ") -> list[str]:
    before, after = style.match
    return [
        _wrap("“" + mark(quote.text, quote.highlights, before, after) + "”", indent),
        indent + "— " + style.bold(_source_line(quote, language)),
        indent + "  " + style.dim(f"{quote.headline} · {story_reference(language, quote.story_id, quote.copies)}"),
    ]


def _reworded(reading: QueryReading, style: Style, language: str) -> list[str]:
    """What was searched other than as typed (`rewordings_said`), as dim lines; none when every word was
    searched as typed."""
    return [style.dim(line) for line in rewordings_said(reading, language).splitlines()]


def render_quotes(result: QuoteResult, style: Style, language: str) -> str:
    language = framing(result, language)
    said = _reworded(result.reading, style, language)
    if result.quote is None:
        return "\n".join([text(language, "quote_none", query=result.query), *said])
    lines = [*said, *render_quote(result.quote, style, language, "")]
    if result.more:
        lines.extend(["", text(language, "quote_more")])
        for quote in result.more:
            lines.extend(["", *render_quote(quote, style, language)])
    return "\n".join(lines)


def figure_line(figure: Figure, language: str) -> str:
    """'10.000 militairen (schatting) · volgens Amerikaanse Pentagon · WASHINGTON (ANP/AFP) · 30 okt 2024'"""
    value, flags, who, where = figure_parts(figure, language)
    moment = date_line(figure, language, moment=figure.when)
    head = value + (f" ({', '.join(flags)})" if flags else "")
    return " · ".join(part for part in (head, who, where, moment) if part)


def _figure_with_sentence(figure: Figure, language: str) -> str:
    """A figure's line and, under it, the sentence that states it."""
    return " • " + figure_line(figure, language) + "\n" + _wrap("“" + figure.sentence + "”", "     ")


def render_comparison(result: Comparison, style: Style, language: str) -> str:
    language = framing(result, language)
    said = _reworded(result.reading, style, language)
    if not result.figures:
        return "\n".join([text(language, "compare_none", topic=result.topic), *said])
    lines = [style.bold(text(language, "compare_header", topic=result.topic)), *said]
    for group in result.groups:
        lines.extend(["", style.bold(group_label(group, language))])
        lines.extend(course_lines(group.figures, lambda figure: _figure_with_sentence(figure, language), language))
    if result.changes:
        lines.extend(["", style.bold(text(language, "compare_changes"))])
        lines.extend(f" • {label}{step_text(change.before, change.after, language)}"
                     for label, changes in courses(result, language) for change in changes)
    if result.chart:
        lines.extend(["", text(language, "compare_chart", path=result.chart)])
    return "\n".join(lines)


def render_answer(answer: Answer, style: Style, language: str) -> str:
    language = framing(answer, language)
    if answer.abstained:
        lines = [abstention(answer, language)]
        if answer.evidence:
            lines.extend(["", style.dim(text(language, "answer_related"))])
            for quote in answer.evidence:
                # The passage itself: the answer is often in it though not sure enough ("President Volodymyr
                # Zelensky zei …"), which the story's headline alone would hide. A brief is its own headline.
                lines.append(style.dim(_wrap("“" + quote.text + "”", "   ", first=" • ")))
                about = [_source_line(quote, language)]
                if quote.headline.strip() != quote.text.strip():
                    about.append(quote.headline)
                lines.append(style.dim("   " + " · ".join(part for part in about if part)))
        return "\n".join(lines)
    percent = round(answer.confidence * 100)
    confidence = style.dim(text(language, "answer_confidence", percent=percent))
    # The whole sentence answering is the quote below: shown once, and the first line says so (alone, the
    # confidence looked like an answer gone missing).
    head = text(language, "answer_in_sentence") if answer.whole_sentence else headline(answer, language)
    lines = [style.bold(head) + "  " + confidence]
    if differ := disagreement(answer.figures, language):
        lines.append(text(language, "answer_disagree", parts=differ))
    if answer.changes:
        lines.append(f"{text(language, 'compare_changes')}: {course_text(answer.changes, language)}")
    if answer.quote:
        lines.extend(["", *render_quote(answer.quote, style, language, "")])
    if len(answer.figures) > 1:
        lines.extend(["", style.dim(text(language, "answer_figures"))])
        lines.extend(_figure_with_sentence(figure, language) for figure in answer.figures)
    return "\n".join(lines)


def render_reindex(report: ReindexReport, language: str) -> str:
    lines = [reindex_summary(report, language)]
    if report.skipped:
        lines.append(text(language, "reindex_skipped", count=len(report.skipped)))
        lines.extend(f" • {item.file}: {item.reason}" for item in report.skipped)
    return "\n".join(lines)


def render_latest(result: SearchResult, style: Style, language: str, page_size: int) -> str:
    """/latest in a terminal: the newest stories (of a topic), newest first."""
    language = framing(result, language)
    about = text(language, "latest_about", topic=result.query) if result.query.strip() else ""
    filters = filters_said(result.reading.filters, language)
    # first, as /search's reading is
    lines = [*_reworded(result.reading, style, language), *([style.dim(filters)] if filters else [])]
    if not result.hits:
        return "\n".join([*lines, past_the_end(result, language) or text(language, "latest_none", about=about)])
    lines.append(text(language, "latest_header", about=about, page=result.page, pages=result.pages))
    for offset, hit in enumerate(result.hits):
        lines.extend(["", *render_hit(hit, (result.page - 1) * page_size + 1 + offset, style, language)])
    return "\n".join(lines)


def render_follow_posts(topic: str, hits: list[Hit], style: Style, language: str) -> str:
    """New stories for a follow, as the console prints them when they arrive (one, or a digest of many)."""
    heading = text(language, "follow_footer", topic=topic) if len(hits) == 1 else \
        text(language, "follow_digest", articles=counted(language, "new_article", len(hits)), topic=topic)
    lines = [style.bold(f"» {heading}")]
    for number, hit in enumerate(hits, start=1):
        lines.extend(render_hit(hit, number, style, language))
    return "\n".join(lines)
