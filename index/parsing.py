"""Article files to stories: scraped ANP pages, plain wire copy, and JSON (Lines) records.

A scraped page holds a main article and, after a "Meer uit <rubriek>" line, short briefs each followed by
its age ("6 minuten geleden"), glued to the next brief's dateline. Every brief becomes its own story with
an id taken from its content, so the same brief scraped on several pages is one story. An age counts back
from when the page was viewed, so a brief's time is the page's fetch time (front matter `fetched:`, else the
file's time, a guess) less its age, never the main article's `date:`, which can be months older.

Wire copy is a headline and a body with a dateline, plus correction notices and contact trailers that are
metadata, not text. JSON records keep their own ids.

Bad input never raises out of `parse_file` except as `UnreadableFile` for the whole file; a broken record
in a JSON Lines file is reported in `ParsedFile.skipped` and the others are read.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from datetime import datetime
from typing import Any

from index.models import ParsedFile, Skipped, Story
from index.reading import JSON_SUFFIXES, UnreadableFile, decode
from index.sentences import split_sentences
from index.times import AGE_PATTERN, NEWS_TZ, age_to_delta, as_aware

log = logging.getLogger(__name__)

# "SEOUL/VLADIVOSTOK (ANP/RTR/AFP) - ", "San Mateo (ANP) - ", "DEN HAAG (ANP/BELGA) – ".
# Places: upper-case words, or capitalised words; agencies: letters separated by slashes.
_PLACE = r"[A-ZÀ-Þ'][A-Za-zÀ-ÿ'.\-]*"
DATELINE = re.compile(
    rf"^(?P<places>{_PLACE}(?:[ \-/]{_PLACE}){{0,5}})\s*"
    r"\((?P<sources>[A-Za-z][A-Za-z0-9.&\-]*(?:\s*/\s*[A-Za-z][A-Za-z0-9.&\-]*){0,6})\)\s*[-–—]\s*"
)
_SECTION_LINE = re.compile(r"^Meer uit\s+(?P<section>\S.{0,60})$")
# "N i e u w bericht, vervangt: …" and other letter-spaced notices.
_NOTICE = re.compile(r"^(?:[A-Za-z] ){3,}[A-Za-z]\b\s*(?P<rest>.*)$")
_REPLACES = re.compile(r"vervangt:\s*(?P<headline>.+)$", re.IGNORECASE)
# "(ANP Redactie AFN/Economie, email economie(at)anp.nl, +31 20 560 6070)"
_TRAILER = re.compile(r"^\((?:ANP|AFN|BELGA)\b[^\n]*(?:redactie|email|e-mail|tel\.?|\(at\))[^\n]*\)$",
                      re.IGNORECASE)
_FRONT_MATTER = re.compile(
    r"^(?P<key>date|datum|fetched|opgehaald|url|link|source|bron|section|rubriek|title|titel)"
    r"\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_FRONT_KEYS = {"datum": "date", "opgehaald": "fetched", "link": "url", "bron": "source", "rubriek": "section",
               "titel": "title"}

_RECORD_FIELDS = {
    "title": ("title", "headline", "kop", "titel"),
    "text": ("text", "body", "content", "tekst", "article", "bericht"),
    "published": ("published_at", "date", "published", "datum", "pubdate", "timestamp", "time",
                  "created_at"),
    "url": ("url", "link", "href"),
    "source": ("source", "publisher", "bron", "agency", "agencies"),
    "section": ("section", "rubriek", "category"),
    "id": ("id", "_id", "record_id", "uuid", "guid"),
}

HEADLINE_MAX = 140


def short_hash(*parts: str, length: int = 11) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()
    return digest[:length]


def content_hash(story: Story) -> str:
    return hashlib.sha256(
        "\x1f".join([story.headline, story.dateline, *story.paragraphs]).encode("utf-8")).hexdigest()[:16]


def split_dateline(paragraph: str) -> tuple[str, list[str], list[str], str]:
    """(dateline as printed, places, agencies, rest of the paragraph); empty parts when none."""
    match = DATELINE.match(paragraph)
    if not match:
        return "", [], [], paragraph
    places = [place.strip() for place in match.group("places").split("/") if place.strip()]
    sources = [source.strip().upper() for source in match.group("sources").split("/") if source.strip()]
    dateline = f"{'/'.join(places)} ({'/'.join(sources)})"
    return dateline, places, sources, paragraph[match.end():]


def derive_headline(text: str) -> str:
    """A brief has no headline: use its first sentence, cut at a word near HEADLINE_MAX."""
    first = split_sentences(text)[0] if text.strip() else ""
    if len(first) <= HEADLINE_MAX:
        return first
    cut = first[:HEADLINE_MAX].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _parse_time(value: Any) -> datetime | None:
    """ISO strings, epoch numbers and dates as people write them; None when unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=NEWS_TZ)
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    try:
        return as_aware(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    import dateparser  # late: 0.1 s to import and only needed for unusual dates

    parsed = dateparser.parse(text, languages=["nl", "en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return as_aware(parsed) if parsed else None


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Leading `key: value` lines (optionally between --- fences), and the lines after them."""
    meta: dict[str, str] = {}
    index = 0
    fenced = bool(lines) and lines[0].strip() == "---"
    if fenced:
        index = 1
    while index < len(lines):
        match = _FRONT_MATTER.match(lines[index].strip())
        if not match:
            break
        key = match.group("key").lower()
        meta[_FRONT_KEYS.get(key, key)] = match.group("value").strip()
        index += 1
    if not meta:
        return {}, lines
    if fenced and index < len(lines) and lines[index].strip() == "---":
        index += 1
    return meta, lines[index:]


def _split_briefs(block: str) -> list[tuple[str, str | None]]:
    """(brief text, its age or None) for a "Meer uit" block.

    An age ends a brief only where a page prints it: at the start of a line, followed by the end of the
    line or, glued on, the next brief's dateline. "dan een jaar geleden en dat" inside a brief is text.
    """
    briefs: list[tuple[str, str | None]] = []
    start = 0
    for match in AGE_PATTERN.finditer(block):
        before = block[:match.start()].rstrip(" \t")
        at_line_start = not before or before.endswith("\n") or before[-1] in ".!?\"'”)"
        after = block[match.end():]
        line_rest = after.split("\n", 1)[0]
        at_end = not line_rest.strip() or bool(DATELINE.match(line_rest.lstrip()))
        if not (at_line_start and at_end):
            continue
        text = block[start:match.start()].strip()
        if text:
            briefs.append((text, match.group()))
        start = match.end()
    rest = block[start:].strip()
    if rest:
        briefs.append((rest, None))
    return briefs


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def parse_text(text: str, relpath: str, file_time: datetime) -> ParsedFile:
    """A scraped page or a wire item (both: headline, dateline lead, body; pages add briefs)."""
    meta, lines = _front_matter(text.split("\n"))
    lines = [line.strip() for line in lines]
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        raise UnreadableFile("no text after the front matter")
    published, published_from = _front_time(meta, "date", relpath, file_time)
    fetched, fetched_from = _front_time(meta, "fetched", relpath, file_time)

    headline = meta.get("title") or lines.pop(0)
    replaces = None
    body: list[str] = []
    section = meta.get("section")
    brief_lines: list[str] | None = None
    for line in lines:
        if brief_lines is not None:
            brief_lines.append(line)
            continue
        section_match = _SECTION_LINE.match(line)
        if section_match:
            section = section or section_match.group("section").strip()
            brief_lines = []
            continue
        notice = _NOTICE.match(line)
        if notice and not DATELINE.match(line):
            replaced = _REPLACES.search(notice.group("rest"))
            replaces = replaced.group("headline").strip() if replaced else replaces
            continue
        if _TRAILER.match(line):
            continue
        if line:
            body.append(line)

    if DATELINE.match(headline) and not meta.get("title"):
        # No headline line: the file starts with the lead, so the lead's first sentence heads it.
        body.insert(0, headline)
        headline = derive_headline(split_dateline(headline)[3])
    stories: list[Story] = []
    if body:
        dateline, places, sources, lead = split_dateline(body[0])
        paragraphs = ([lead] if lead.strip() else []) + body[1:]
        if not sources and meta.get("source"):
            sources = [meta["source"].upper()]
        if paragraphs:
            stories.append(Story(
                story_id="a" + short_hash(relpath), kind="article", headline=headline,
                paragraphs=paragraphs, places=places, sources=sources, dateline=dateline,
                section=section, published=published, published_from=published_from, file=relpath,
                files=[relpath], url=meta.get("url"), replaces=replaces))
    for brief_text, age in _split_briefs("\n".join(brief_lines or [])):
        dateline, places, sources, rest = split_dateline(brief_text)
        paragraphs = _paragraphs(rest)
        if not paragraphs:
            continue
        delta = age_to_delta(age) if age else None
        stories.append(Story(
            story_id="b" + short_hash(dateline, " ".join(" ".join(paragraphs).split())),
            kind="brief", headline=derive_headline(paragraphs[0]), paragraphs=paragraphs, places=places,
            sources=sources, dateline=dateline, section=section,
            published=fetched if delta is None else fetched - delta,
            published_from=fetched_from if delta is None else _LESS_AGE[fetched_from], file=relpath,
            files=[relpath], url=meta.get("url")))
    if not stories:
        raise UnreadableFile("no article text found (only a headline?)")
    return ParsedFile(stories=_unique(stories))


#: A brief's time is its page's fetch time less its age: a guess still when the fetch time is the file's.
_LESS_AGE = {"front-matter": "page-time-minus-age", "file-mtime": "file-mtime-minus-age"}


def _front_time(meta: dict[str, str], key: str, relpath: str, file_time: datetime) -> tuple[datetime, str]:
    """The time front matter gives under `key` ("front-matter"), else the file's ("file-mtime", a guess):
    a file is written when its page is saved, so its time stands in for both publication and fetch."""
    if meta.get(key):
        parsed = _parse_time(meta[key])
        if parsed:
            return parsed, "front-matter"
        log.warning("%s: unreadable %s %r in front matter; using the file time", relpath, key, meta[key])
    return file_time, "file-mtime"


def _unique(stories: list[Story]) -> list[Story]:
    """The same brief twice on one page is one story; ids also get their content hash here."""
    seen: dict[str, Story] = {}
    for story in stories:
        story.content_hash = content_hash(story)
        seen.setdefault(story.story_id, story)
    return list(seen.values())


def _field(record: dict[str, Any], name: str) -> Any:
    for key in _RECORD_FIELDS[name]:
        if key in record and record[key] not in (None, ""):
            return record[key]
    return None


def _record_story(record: Any, relpath: str, position: int, file_time: datetime) -> Story:
    """One JSON record to a story; ValueError with a reason when it has no usable text."""
    if not isinstance(record, dict):
        raise ValueError(f"not an object but {type(record).__name__}")
    text = _field(record, "text")
    if isinstance(text, list):
        text = "\n".join(str(part) for part in text if part)
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no text (expected a 'text', 'body' or 'content' field)")
    record_id = _field(record, "id")
    record_id = str(record_id) if record_id is not None else None
    paragraphs = _paragraphs(text.replace("\r\n", "\n"))
    dateline, places, sources, lead = split_dateline(paragraphs[0])
    paragraphs = ([lead] if lead.strip() else []) + paragraphs[1:]
    if not paragraphs:
        raise ValueError("no text after the dateline")
    source = _field(record, "source")
    if not sources and source:
        sources = [str(part).strip() for part in (source if isinstance(source, list) else [source])]
    title = _field(record, "title")
    headline = " ".join(str(title).split()) if title else derive_headline(paragraphs[0])
    published = _parse_time(_field(record, "published"))
    section = _field(record, "section")
    url = _field(record, "url")
    return Story(
        story_id="r" + short_hash(relpath, record_id if record_id is not None else f"#{position}"),
        kind="record", headline=headline, paragraphs=paragraphs, places=places, sources=sources,
        dateline=dateline, section=str(section) if section else None,
        published=published or file_time, published_from="record" if published else "file-mtime",
        file=relpath, files=[relpath], record_id=record_id, url=str(url) if url else None)


def _records(payload: Any) -> list[Any]:
    if isinstance(payload, list):
        return payload
    if isinstance(payload, dict):
        for key in ("articles", "items", "records", "data", "stories"):
            if isinstance(payload.get(key), list):
                return payload[key]
        return [payload]
    raise UnreadableFile(f"JSON holds a {type(payload).__name__}, not records")


def parse_json(text: str, relpath: str, file_time: datetime) -> ParsedFile:
    """A JSON array/object of records, or JSON Lines (one record a line; broken lines are reported)."""
    stripped = text.lstrip()
    numbered: list[tuple[int, Any]] = []
    skipped: list[Skipped] = []
    try:
        whole = json.loads(stripped)
    except json.JSONDecodeError as error:
        if stripped.startswith("["):
            raise UnreadableFile(f"invalid JSON ({error.msg} at line {error.lineno})") from error
        whole = None  # JSON Lines: read line by line, so one broken line costs only itself
    if whole is None:
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                numbered.append((number, json.loads(line)))
            except json.JSONDecodeError as error:
                skipped.append(Skipped(relpath, f"line {number}: invalid JSON ({error.msg})"))
    if whole is not None:
        numbered = list(enumerate(_records(whole), start=1))
    stories: list[Story] = []
    label = "record" if whole is not None else "line"
    for number, record in numbered:
        try:
            stories.append(_record_story(record, relpath, number, file_time))
        except ValueError as error:
            skipped.append(Skipped(relpath, f"{label} {number}: {error}"))
    if not stories:
        reason = skipped[0].reason if skipped else "no records"
        raise UnreadableFile(f"no readable records ({reason})")
    return ParsedFile(stories=_unique(stories), skipped=skipped)


def parse_file(relpath: str, data: bytes, mtime: float) -> ParsedFile:
    """Parse one article file's bytes; `relpath` names it in stories and reasons."""
    text = decode(data)
    file_time = datetime.fromtimestamp(mtime, tz=NEWS_TZ)
    suffix = "." + relpath.rsplit(".", 1)[-1].lower() if "." in relpath else ""
    if suffix in JSON_SUFFIXES:
        return parse_json(text, relpath, file_time)
    return parse_text(text, relpath, file_time)


def merge_sightings(first: Story, other: Story) -> Story:
    """The same brief seen on two pages: one story, every file it was seen in, and the earliest time a page
    gives it; a time guessed from a file's modification time only when no page says when it was fetched (a
    page copied or saved earlier than the fetched one would otherwise pass its file's time off as the brief's)."""
    files = sorted(set(first.files) | set(other.files))
    earliest = min((first, other), key=lambda story: (story.date_guessed, story.published or datetime.max.replace(
        tzinfo=NEWS_TZ), story.file))
    merged = Story(**{name: getattr(earliest, name) for name in Story.__slots__})  # type: ignore[attr-defined]
    merged.files = files
    merged.file = files[0] if earliest.file not in files else earliest.file
    return merged


