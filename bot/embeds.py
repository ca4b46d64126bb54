"""Results rendered as Discord embeds, within Discord's limits, paginated rather than truncated.

Article text (and what users typed) is untrusted: it is cleaned of invisible direction and zero-width
characters, markdown is escaped (so `[tekst](url)` never becomes a masked link and `**` stays literal), and
mentions are defused; matched words are then marked in bold by us. That holds for titles and field names
too (Discord renders markdown there); author names, footers and menu labels, which Discord shows as plain
text, only lose the invisible characters. One function, `clean`, does it for every place. Times are Discord
timestamps, which every reader sees in their own timezone and language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

import discord

from bot.dates import day_only, local_time
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
    Dated,
    Figure,
    Highlight,
    Hit,
    Quote,
    QuoteResult,
    ReindexReport,
    SearchResult,
    Story,
    clip,
    course_text,
    disagreement,
)

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
EMBED_TOTAL_LIMIT = 6000
EMBEDS_PER_MESSAGE = 10
#: A field shortened to fit the total keeps at least this much, or goes.
MIN_FIELD_KEPT = 40
#: A related passage of an abstention and its headline are shortened to these, so the three an answer lists
#: fit one field (3 × ~330 characters of the 1,024).
RELATED_PASSAGE = 220
RELATED_HEADLINE = 80

COLOUR = discord.Colour(0x1F5FA8)
ABSTAIN_COLOUR = discord.Colour(0x7A8CA3)
# Bidirectional overrides and zero-width characters: they can reorder or hide text in a client.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
# What Discord markdown reads anywhere in a line (emphasis, spoilers, code, links, mentions, the escape itself) and,
# at a line's start, block quotes, headings, subtext and list items. Every one is escaped: discord.py's
# escape_markdown leaves the inside of anything shaped like a masked link as it was, code fences included.
_MARKDOWN = re.compile(r"[\\*_~|`\[\]()<>]")
_LINE_START = re.compile(r"^([ \t]*)([#-])(?=[ \t#])", re.MULTILINE)  # "# heading", "- item", "-# subtext"


def clean(value: str, *, plain: bool = False) -> str:
    """Untrusted text made inert for the place Discord shows it: every text from articles or users goes through
    here, whatever its place.

    Invisible characters always go. Where Discord renders markdown (message content, titles, descriptions,
    field names and values) markdown is escaped, so no masked link, code fence or heading survives, and
    mentions are defused. Where it shows plain text (`plain`: authors, footers, select labels and
    descriptions, button labels, autocomplete choices) nothing is escaped, since a backslash would show;
    whitespace runs (line breaks too) become one space."""
    value = _INVISIBLE.sub("", value)
    if plain:
        return " ".join(value.split())
    value = _LINE_START.sub(r"\1\\\2", _MARKDOWN.sub(r"\\\g<0>", value))
    return discord.utils.escape_mentions(value)


def marked(value: str, highlights: list[Highlight]) -> str:
    """Cleaned text with the matched words in bold."""
    return mark(value, highlights, "**", "**", escape=clean)


def timestamp(moment, language: str = "nl") -> str:
    """A Discord timestamp (each reader sees their own zone and language), or the day for a story whose
    source gives no time (`day_only`)."""
    if not moment:
        return "?"
    return local_time(moment, language) if day_only(moment) else discord.utils.format_dt(moment, "f")


def _timed(item: Dated) -> datetime | None:
    """An embed's own timestamp field, which Discord shows as a time in each reader's zone: none for a day, nor
    for a date guessed from the file's time (Discord would show it as the news's)."""
    moment = item.published
    return None if not moment or day_only(moment) or item.date_guessed else moment


def _day(item: Dated, language: str) -> str:
    """For the footer of an embed without a timestamp of its own (`_timed`): the day of a story whose source
    gives no time, or its date said to be guessed; else ''."""
    return date_line(item, language) if item.published and _timed(item) is None else ""


def chunks(value: str, limit: int) -> list[str]:
    """Split text at paragraph, sentence or word boundaries into pieces of at most `limit`."""
    pieces: list[str] = []
    rest = value
    while len(rest) > limit:
        cut = max(rest.rfind("\n", 0, limit), rest.rfind(". ", 0, limit) + 1, rest.rfind(" ", 0, limit))
        cut = cut if cut > limit // 2 else limit
        piece = rest[:cut].rstrip()
        if piece:  # a run of blanks longer than the limit leaves nothing (Discord refuses empty fields)
            pieces.append(piece)
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


@dataclass(slots=True)
class Reply:
    """A message to send: embeds (≤10), optional content and file; `pages` for a pager. A `private` reply
    (nothing found) is shown to the one who asked only, as a mistake is: nobody else in the channel needs it."""

    embeds: list[discord.Embed] = field(default_factory=list)
    content: str | None = None
    file: tuple[str, bytes] | None = None
    pages: list[list[discord.Embed]] = field(default_factory=list)
    private: bool = False


def _fields_into_pages(base: discord.Embed, fields: list[tuple[str, str]], language: str) -> list[discord.Embed]:
    """Copies of `base` carrying the fields, as many pages as Discord's limits need."""
    pages: list[discord.Embed] = []
    current = base.copy()
    for name, value in fields:
        for index, part in enumerate(chunks(value, FIELD_VALUE_LIMIT)):
            heading = clip(name if index == 0 else text(language, "continued", name=name), FIELD_NAME_LIMIT)
            if len(current.fields) >= FIELD_LIMIT or len(current) + len(heading) + len(part) > EMBED_TOTAL_LIMIT:
                pages.append(current)
                current = base.copy()
            current.add_field(name=heading, value=part, inline=False)
    pages.append(current)
    return pages


def _fit(embed: discord.Embed) -> discord.Embed:
    """`embed` within Discord's 6,000 characters in all: its last fields (the lists under a quote, the last
    hits of a page) are shortened or dropped first, the description only when that is not enough."""
    index = len(embed.fields) - 1
    while len(embed) > EMBED_TOTAL_LIMIT and index >= 0:
        shown = embed.fields[index]
        name, value, inline = shown.name or "", shown.value or "", bool(shown.inline)
        keep = len(value) - (len(embed) - EMBED_TOTAL_LIMIT)
        if keep >= MIN_FIELD_KEPT:
            embed.set_field_at(index, name=name, value=clip(value, keep), inline=inline)
        else:
            embed.remove_field(index)
        index -= 1
    if len(embed) > EMBED_TOTAL_LIMIT and embed.description:
        embed.description = clip(embed.description, len(embed.description) - (len(embed) - EMBED_TOTAL_LIMIT))
    return embed


def _hits_embed(base: discord.Embed, hits: list[Hit], language: str) -> discord.Embed:
    """A page of stories in one embed (a page shows one message, and Discord counts 6,000 characters over
    all its embeds): each hit's snippet shortened alike when headlines and snippets run long."""
    embed = base.copy()
    fields = [_hit_field(hit, language) for hit in hits[:FIELD_LIMIT]]
    share = (EMBED_TOTAL_LIMIT - len(embed)) // max(len(fields), 1)
    for name, value in fields:
        heading = clip(name, max(MIN_FIELD_KEPT, min(FIELD_NAME_LIMIT, share // 4)))
        room = max(MIN_FIELD_KEPT, min(FIELD_VALUE_LIMIT, share - len(heading)))
        embed.add_field(name=heading, value=clip(value, room), inline=False)
    return _fit(embed)


def search_pages(result: SearchResult, language: str) -> list[discord.Embed]:
    """One result page: its hits as the fields of one embed."""
    language = framing(result, language)
    reading = "\n".join(clean(line) for line in describe_reading(result.reading, language))
    if not result.hits:
        embed = discord.Embed(colour=ABSTAIN_COLOUR, description=clip(
            (past_the_end(result, language) or text(language, "no_results", query=clean(result.query)))
            + ("\n" + reading if reading else ""),
            DESCRIPTION_LIMIT))
        return [embed]
    title = text(language, "results_header", results=result_count(result, language), query=clean(result.query),
                 page=result.page, pages=result.pages)
    base = discord.Embed(title=clip(title, TITLE_LIMIT), colour=COLOUR, description=clip(reading, DESCRIPTION_LIMIT))
    return [_hits_embed(base, result.hits, language)]


def _hit_field(hit: Hit, language: str) -> tuple[str, str]:
    where = provenance(hit.dateline, hit.sources, hit.places)
    reference = story_reference(language, hit.story_id, hit.copies, "`")
    meta = " · ".join(part for part in (clean(where), date_line(hit, language, timestamp), reference) if part)
    return clean(hit.headline) or hit.story_id, f"{meta}\n{marked(hit.snippet, hit.highlights)}"


def story_pages(story: Story, language: str) -> list[discord.Embed]:
    """A whole story over as many embeds as it needs (4,096 characters of text each)."""
    where = provenance(story.dateline, story.sources, story.places)
    body = "\n\n".join(clean(paragraph) for paragraph in story.paragraphs)
    pieces = chunks(body, DESCRIPTION_LIMIT - 200)
    pages = []
    for number, piece in enumerate(pieces, start=1):
        embed = discord.Embed(title=clip(clean(story.headline) or story.story_id, TITLE_LIMIT), description=piece,
                              colour=COLOUR, timestamp=_timed(story))
        if clean(where, plain=True):
            embed.set_author(name=clip(clean(where, plain=True), AUTHOR_LIMIT))
        footer = " · ".join(part for part in (_day(story, language), story.story_id, story.kind,
                                              clean(story.file, plain=True)) if part)
        if len(pieces) > 1:
            footer += f" · {number}/{len(pieces)}"
        embed.set_footer(text=clip(footer, FOOTER_LIMIT))
        pages.append(embed)
    return pages


def quote_embed(quote: Quote, language: str, title: str | None = None) -> discord.Embed:
    where = provenance(quote.dateline, quote.sources, quote.places)
    body = "„" + marked(quote.text, quote.highlights) + "”"
    embed = discord.Embed(title=clip(clean(title or quote.headline) or quote.story_id, TITLE_LIMIT), colour=COLOUR,
                          description=clip(body, DESCRIPTION_LIMIT), timestamp=_timed(quote))
    if clean(where, plain=True):
        embed.set_author(name=clip(clean(where, plain=True), AUTHOR_LIMIT))
    reference = " · ".join(part for part in (_day(quote, language),
                                             story_reference(language, quote.story_id, quote.copies)) if part)
    embed.set_footer(text=clip(f"{clean(quote.headline, plain=True)} · {reference}" if title else reference,
                               FOOTER_LIMIT))
    return _fit(embed)


def quote_reply(result: QuoteResult, language: str) -> Reply:
    language = framing(result, language)
    translated = clean(rewordings_said(result.reading, language))
    if result.quote is None:
        none = text(language, "quote_none", query=clean(result.query))
        return Reply(content=f"{none}\n{translated}" if translated else none, private=True)
    embeds = [quote_embed(result.quote, language)]
    embeds.extend(quote_embed(quote, language) for quote in result.more[: EMBEDS_PER_MESSAGE - 1])
    return Reply(content=translated or None, embeds=_within_total(embeds))


def _within_total(embeds: list[discord.Embed]) -> list[discord.Embed]:
    """Drop trailing runner-ups until the message fits Discord's 6,000-character total."""
    while len(embeds) > 1 and sum(len(embed) for embed in embeds) > EMBED_TOTAL_LIMIT:
        embeds.pop()
    return embeds


def _figure_line(figure: Figure, language: str) -> str:
    value, flags, who, where = figure_parts(figure, language)
    head = f"**{clean(value)}**" + (f" ({clean(', '.join(flags))})" if flags else "")
    line = " · ".join(part for part in (head, clean(who), clean(where),
                                        date_line(figure, language, timestamp, figure.when)) if part)
    return f"{line}\n> {clean(figure.sentence)}"


def comparison_reply(result: Comparison, png: bytes | None, language: str) -> Reply:
    language = framing(result, language)
    translated = clean(rewordings_said(result.reading, language))
    if not result.figures:
        none = text(language, "compare_none", topic=clean(result.topic))
        return Reply(content=f"{none}\n{translated}" if translated else none, private=True)
    base = discord.Embed(title=clip(text(language, "compare_header", topic=clean(result.topic)), TITLE_LIMIT),
                         colour=COLOUR)
    said = [translated] if translated else []
    if result.changes:
        steps = "\n".join(clean(label + course_text(changes, language)) for label, changes in courses(result, language))
        said.append(f"**{text(language, 'compare_changes')}:** {steps}")
    if said:
        base.description = clip("\n".join(said), DESCRIPTION_LIMIT)
    fields = [(clean(group_label(group, language)) or "?",
               "\n".join(course_lines(group.figures, lambda figure: _figure_line(figure, language), language)))
              for group in result.groups]
    pages = _fields_into_pages(base, fields, language)
    if png:
        pages[0].set_image(url="attachment://dateline-chart.png")
    return Reply(embeds=pages[:1], pages=[[page] for page in pages],
                 file=("dateline-chart.png", png) if png else None)


def _related(quote: Quote, language: str) -> str:
    """A related passage in an abstention: the passage itself (the answer is often in it though not sure
    enough, which the story's headline alone would hide), shortened, as a pointer to its story and not a quote
    that answers; a brief is its own headline."""
    line = f"• „{clean(clip(quote.text, RELATED_PASSAGE))}”"
    if quote.headline.strip() != quote.text.strip():
        line += f" — {clean(clip(quote.headline, RELATED_HEADLINE))}"
    return f"{line} ({story_reference(language, quote.story_id, quote.copies, '`')})"


def answer_reply(answer: Answer, language: str) -> Reply:
    language = framing(answer, language)
    if answer.abstained:
        embed = discord.Embed(description=clean(abstention(answer, language)), colour=ABSTAIN_COLOUR)
        if answer.evidence:
            related = "\n".join(_related(quote, language) for quote in answer.evidence)
            embed.add_field(name=text(language, "answer_related"), value=clip(related, FIELD_VALUE_LIMIT))
        return Reply(embeds=[embed])
    assert answer.quote is not None
    # The whole sentence answering is the quote itself: shown once, under the story's headline.
    embed = quote_embed(answer.quote, language, title=None if answer.whole_sentence else headline(answer, language))
    if differ := disagreement(answer.figures, language):
        embed.add_field(name=text(language, "answer_disagree_heading"),
                        value=clip(clean(differ), FIELD_VALUE_LIMIT), inline=False)
    if answer.changes:
        embed.add_field(name=text(language, "compare_changes"), inline=False,
                        value=clip(clean(course_text(answer.changes, language)), FIELD_VALUE_LIMIT))
    if len(answer.figures) > 1:
        embed.add_field(name=text(language, "answer_figures"), inline=False, value=clip(
            "\n".join(_figure_line(figure, language) for figure in answer.figures), FIELD_VALUE_LIMIT))
    confidence = text(language, "answer_confidence", percent=round(answer.confidence * 100))
    reference = story_reference(language, answer.quote.story_id, answer.quote.copies)
    parts = (confidence, _day(answer.quote, language), clean(answer.quote.headline, plain=True), reference)
    embed.set_footer(text=clip(" · ".join(part for part in parts if part), FOOTER_LIMIT))
    return Reply(embeds=[_fit(embed)])


def reindex_reply(report: ReindexReport, language: str) -> Reply:
    base = discord.Embed(description=reindex_summary(report, language), colour=COLOUR)
    if not report.skipped:
        return Reply(embeds=[base])
    lines = "\n".join(f"• `{clean(item.file)}`: {clean(item.reason)}" for item in report.skipped)
    pages = _fields_into_pages(base, [(text(language, "reindex_skipped", count=len(report.skipped)), lines)],
                               language)
    return Reply(embeds=pages[:1], pages=[[page] for page in pages])


def progress_text(phase: str, done: int, total: int, language: str) -> str:
    return text(language, "reindex_progress", phase=phase, done=done, total=total)


# -- follows and /latest -------------------------------------------------------------------------


def when(item: Dated, language: str = "nl") -> str:
    """Absolute and relative Discord timestamps (each reader sees their own zone and language), or a date
    guessed from the file's time said to be one."""
    return date_line(item, language, _absolute_and_relative) if item.published else ""


def _absolute_and_relative(moment: datetime | None, language: str) -> str:
    return f"{timestamp(moment, language)} ({_relative(moment, language)})"


def _relative(moment: datetime | None, _language: str) -> str:
    """'3 hours ago' in each reader's language, for a known date."""
    return discord.utils.format_dt(moment, "R") if moment else ""


def follow_post(hit: Hit, topic: str, key: str, language: str) -> discord.Embed:
    """One new story for a follow: headline, dateline and agencies, time, the matching passage, story id.
    The footer carries the message key, by which a restart recognises a post that did arrive."""
    where = provenance(hit.dateline, hit.sources, hit.places)
    body = "\n".join(part for part in (when(hit, language), marked(hit.snippet, hit.highlights)) if part)
    embed = discord.Embed(title=clip(clean(hit.headline) or hit.story_id, TITLE_LIMIT), colour=COLOUR,
                          description=clip(body, DESCRIPTION_LIMIT))
    if clean(where, plain=True):
        embed.set_author(name=clip(clean(where, plain=True), AUTHOR_LIMIT))
    footer = f"{hit.story_id} · {text(language, 'follow_footer', topic=clean(topic, plain=True))} · {key}"
    embed.set_footer(text=clip(footer, FOOTER_LIMIT))
    return embed


def follow_digest(hits: list[Hit], topic: str, key: str, language: str) -> discord.Embed:
    """Many new stories for a follow at once: one line each, as many as fit, newest first."""
    lines: list[str] = []
    size = 0
    ordered = sorted(hits, key=lambda hit: hit.published.timestamp() if hit.published else 0, reverse=True)
    for number, hit in enumerate(ordered):
        where = clean(provenance(hit.dateline, hit.sources, hit.places), plain=True)
        line = " · ".join(part for part in (f"**{clean(hit.headline) or hit.story_id}**", clean(where),
                                            date_line(hit, language, _relative),
                                            f"`{hit.story_id}`") if part)
        more = text(language, "follow_digest_more", count=len(ordered) - number)
        if size + len(line) + 1 > DESCRIPTION_LIMIT - len(more) - 2:
            lines.append(more)
            break
        lines.append(f"• {line}")
        size += len(line) + 3
    title = text(language, "follow_digest", articles=counted(language, "new_article", len(hits)), topic=clean(topic))
    embed = discord.Embed(title=clip(title, TITLE_LIMIT), colour=COLOUR, description="\n".join(lines))
    footer = text(language, "follow_footer", topic=clean(topic, plain=True))
    embed.set_footer(text=clip(f"{footer} · {key}", FOOTER_LIMIT))
    return embed


def latest_pages(result: SearchResult, language: str) -> list[discord.Embed]:
    """A page of /latest: the newest stories (of a topic), as /search shows hits."""
    language = framing(result, language)
    about = text(language, "latest_about", topic=clean(result.query)) if result.query.strip() else ""
    said = [rewordings_said(result.reading, language), filters_said(result.reading.filters, language)]
    filters = clean("\n".join(part for part in said if part))  # as /search says them, under the title
    if not result.hits:
        empty = past_the_end(result, language) or text(language, "latest_none", about=about)
        return [discord.Embed(colour=ABSTAIN_COLOUR,
                              description=clip(empty + ("\n" + filters if filters else ""), DESCRIPTION_LIMIT))]
    title = text(language, "latest_header", about=about, page=result.page, pages=result.pages)
    base = discord.Embed(title=clip(title, TITLE_LIMIT), colour=COLOUR,
                         description=clip(filters, DESCRIPTION_LIMIT) or None)
    return [_hits_embed(base, result.hits, language)]
