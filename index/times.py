"""Times in news copy: ages of briefs ("6 minuten geleden") and references ("vorige week").

dateparser reads these well, but only when handed the phrase alone: over whole bodies it takes "nu",
"zo" and "1500" for dates. So the callers isolate the phrase with a pattern first and this module parses
just that. Times are kept timezone-aware; naive ones are taken as Amsterdam time, where ANP writes.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

log = logging.getLogger(__name__)

NEWS_TZ = ZoneInfo("Europe/Amsterdam")

_UNITS = r"(?:seconde|seconden|minuut|minuten|kwartier|uur|uren|dag|dagen|week|weken|maand|maanden|jaar)"
#: An age as scraped pages print it after a brief; glued to the next dateline, so no \b at the end.
AGE_PATTERN = re.compile(rf"\b(?:\d+|een|één)\s+{_UNITS}\s+geleden", re.IGNORECASE)

#: The days of the week, and the words for a day near the story's (as regex alternations).
WEEKDAYS = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
NEAR_DAYS = "gisteren|eergisteren|vandaag|vanochtend|vanmorgen|vanavond|vannacht"

#: Time references inside sentences that shift when a figure applies (resolved against the story time).
TIME_REFERENCE = re.compile(
    rf"\b(?:vorige|afgelopen)\s+(?:week|maand|jaar|{WEEKDAYS})"
    rf"|\b(?:{NEAR_DAYS})"
    r"|\b(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:dagen|weken|maanden|jaar)\s+geleden"
    r"|\been\s+(?:week|maand|jaar)\s+eerder"
    rf"|\b(?:{WEEKDAYS})\b",
    re.IGNORECASE,
)

_NUMBER_WORDS = {"een": "1", "één": "1", "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6",
                 "zeven": "7", "acht": "8", "negen": "9", "tien": "10"}
_FIXED_OFFSETS = {
    "vandaag": timedelta(0), "vanochtend": timedelta(0), "vanmorgen": timedelta(0),
    "vanavond": timedelta(0), "vannacht": timedelta(0),
}
_WEEKDAYS = frozenset(WEEKDAYS.split("|"))
_EARLIER = re.compile(r"een\s+(week|maand|jaar)\s+eerder", re.IGNORECASE)


def as_aware(moment: datetime) -> datetime:
    """Naive datetimes in article files mean Amsterdam time."""
    return moment if moment.tzinfo else moment.replace(tzinfo=NEWS_TZ)


def to_utc_naive(moment: datetime) -> datetime:
    """The form Whoosh's DATETIME field stores."""
    return as_aware(moment).astimezone(UTC).replace(tzinfo=None)


@lru_cache(maxsize=512)
def _parse_relative(phrase: str, base: datetime) -> datetime | None:
    import dateparser  # imported late: it costs 0.1 s and most commands never need it

    settings = {"RELATIVE_BASE": base.replace(tzinfo=None), "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(phrase, languages=["nl"], settings=settings)
    return parsed.replace(tzinfo=base.tzinfo) if parsed else None


def _normalise_phrase(phrase: str) -> str:
    words = phrase.lower().split()
    return " ".join(_NUMBER_WORDS.get(word, word) for word in words)


def age_to_delta(age: str) -> timedelta | None:
    """'6 minuten geleden' -> 6 minutes; None when dateparser cannot read it."""
    base = datetime(2000, 1, 1, 12, 0, tzinfo=NEWS_TZ)
    parsed = _parse_relative(_normalise_phrase(age), base)
    return base - parsed if parsed else None


def resolve_reference(phrase: str, base: datetime) -> datetime | None:
    """The moment a reference like 'vorige week' or 'maandag' points at, seen from `base`."""
    base = as_aware(base).astimezone(NEWS_TZ)
    lowered = phrase.lower().strip()
    if lowered in _FIXED_OFFSETS:
        return base - _FIXED_OFFSETS[lowered]
    earlier = _EARLIER.fullmatch(lowered)
    if earlier:
        lowered = f"1 {earlier.group(1)} geleden"
    prefix, _, rest = lowered.partition(" ")
    if prefix in {"vorige", "afgelopen"}:
        # "afgelopen dinsdag" is the last Tuesday; dateparser only knows the bare weekday for that.
        lowered = rest if rest in _WEEKDAYS else f"vorige {rest}"
    return _parse_relative(_normalise_phrase(lowered), base)


#: The English of each word a time reference (`TIME_REFERENCE`) is made of: the grammar is closed, so a reply
#: framed in English says "last week", not "vorige week", beside a figure.
_ENGLISH_WORDS = {
    "vorige": "last", "afgelopen": "last", "week": "week", "weken": "weeks", "maand": "month", "maanden": "months",
    "dagen": "days", "geleden": "ago", "eerder": "earlier", "een": "a", "twee": "two", "drie": "three",
    "vier": "four", "vijf": "five", "zes": "six", "zeven": "seven", "acht": "eight", "negen": "nine", "tien": "ten",
    "maandag": "Monday", "dinsdag": "Tuesday", "woensdag": "Wednesday", "donderdag": "Thursday",
    "vrijdag": "Friday", "zaterdag": "Saturday", "zondag": "Sunday", "gisteren": "yesterday",
    "eergisteren": "the day before yesterday", "vandaag": "today", "vanochtend": "this morning",
    "vanmorgen": "this morning", "vanavond": "this evening", "vannacht": "last night",
}


def reference_label(phrase: str, language: str) -> str:
    """A time reference as a reply beside a figure says it: 'vorige week' in Dutch, 'last week' in English
    ('3 jaar geleden' -> '3 years ago': Dutch 'jaar' is also the plural after a number)."""
    words = phrase.lower().split()
    if language != "en":
        return " ".join(words)
    said = [_ENGLISH_WORDS.get(word, word) for word in words]
    if "jaar" in words:
        at = words.index("jaar")
        said[at] = "years" if at and words[at - 1] not in {"een", "1", "vorige", "afgelopen"} else "year"
    return " ".join(said)
