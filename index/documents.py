"""A story to a Whoosh document and back.

The whole story (paragraphs, provenance, its figures extracted at index time) is stored as one JSON
value, so a hit can be quoted, shown and compared without reading the article files again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from datetime import datetime
from typing import Any

from index.analysis import fold
from index.figures import extract_figures
from index.models import Figure, Story
from index.times import to_utc_naive

_STORY_FIELDS = {field.name for field in fields(Story)}
_FIGURE_FIELDS = {field.name for field in fields(Figure)}
_FIGURE_PROVENANCE = {"dateline", "sources", "headline", "published", "published_from", "story_id", "file",
                      "record_id", "places"}
#: A figure's own fields; its provenance is the story's and is filled in when it is read back.
_FIGURE_STORED = [field.name for field in fields(Figure) if field.name not in _FIGURE_PROVENANCE]


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def copy_key(story: Story) -> str:
    """What two stories share when they are one story filed twice: the same body, word for word, on the same
    day (the same article under two record ids, a wire item arriving in two feeds: 30 groups of the newspaper
    corpus's records, 29 pairs and a triple, six of them under another headline). The day keeps a recurring
    text apart (the same call for birth notices under "Net op de wereld" on two days is two items). A story
    without a body is its headline. Indexed (field `copy`), so that a copy is found by a lookup rather than by
    reading stories."""
    body = " ".join((story.text or story.headline).split())
    return hashlib.blake2b(f"{story.day}\n{body}".encode(), digest_size=10).hexdigest()


def to_document(story: Story) -> dict[str, Any]:
    """The fields Whoosh indexes for a story, and the stored JSON of the story with its figures."""
    figures = extract_figures(story)
    payload = {field.name: getattr(story, field.name) for field in fields(Story)}
    payload["figures"] = [{name: getattr(figure, name) for name in _FIGURE_STORED} for figure in figures]
    document: dict[str, Any] = {
        "story_id": story.story_id,
        "copy": copy_key(story),
        "kind": story.kind,
        # The dateline's places count as much as the headline: "Seoul" finds stories datelined SEOUL first.
        "headline": " ".join([story.headline, *story.places]),
        "body": story.text,
        "title": story.headline,
        "place": ",".join(fold(place) for place in story.places),
        "source": ",".join(fold(source) for source in story.sources),
        "story": json.dumps(payload, ensure_ascii=False, default=_encode, separators=(",", ":")),
        "dated": "0" if story.published is None or story.date_guessed else "1",
    }
    if story.published is not None:
        document["published"] = to_utc_naive(story.published)
    if story.record_id is not None:
        document["record"] = story.record_id
    return document


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def story_from_stored(stored: str) -> tuple[Story, list[Figure]]:
    """The story and its figures (with provenance filled in) from the stored JSON."""
    payload = json.loads(stored)
    figures_payload = payload.pop("figures", [])
    story = Story(**{key: value for key, value in payload.items() if key in _STORY_FIELDS})
    story.published = _datetime(payload.get("published"))
    figures = []
    for item in figures_payload:
        figure = Figure(**{key: value for key, value in item.items() if key in _FIGURE_FIELDS})
        figure.when = _datetime(item.get("when"))
        figures.append(with_provenance(figure, story))
    return story, figures


def with_provenance(figure: Figure, story: Story) -> Figure:
    """A figure carries where it comes from, so it can be shown on its own."""
    figure.dateline = story.dateline
    figure.sources = list(story.sources)
    figure.headline = story.headline
    figure.published = story.published
    figure.published_from = story.published_from
    figure.story_id = story.story_id
    figure.file = story.file
    figure.record_id = story.record_id
    figure.places = list(story.places)
    return figure
