"""Moments as readers read them: in Amsterdam time, where the news is written, in the reader's language, and
as a day alone when the source gives no time. Its own module because the texts (filters said as days) and the
formatting of results (which reads the texts) both need it."""

from __future__ import annotations

from datetime import datetime

from index.times import NEWS_TZ

_MONTHS = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}


def day_only(moment: datetime) -> bool:
    """The source gives the day, not the time: the newspaper records' `published_at: 2019-03-07` is read as
    midnight in Amsterdam. Shown as a time, it said 00:00, and in a reader's own zone west of Amsterdam the
    evening before; it is shown as the day instead, the same for every reader."""
    local = moment.astimezone(NEWS_TZ)
    return (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0)


def day_text(moment: datetime, language: str = "nl") -> str:
    """'7 mrt 2019': the day in Amsterdam, without the time (a file's time is no time of the news)."""
    local = moment.astimezone(NEWS_TZ)
    return f"{local.day} {_MONTHS.get(language, _MONTHS['nl'])[local.month - 1]} {local.year}"


def local_time(moment: datetime | None, language: str = "nl") -> str:
    """'18 okt 2024 14:00' in Amsterdam time, where the news is written; '7 mrt 2019' for a day alone."""
    if moment is None:
        return "?"
    day = day_text(moment, language)
    return day if day_only(moment) else f"{day} {moment.astimezone(NEWS_TZ):%H:%M}"
