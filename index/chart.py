"""The comparison as a picture: one mark per report over time, each labelled with who reported it.

Rendered headless (matplotlib's Agg backend) to a PNG that Discord shows inline. Planned figures are
hollow marks off the line of counts, so "12.000 planned" does not read as a count. A report whose date is its
file's time (`Figure.date_guessed`) has no place on a time axis: it is left out (the text lists it, undated).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

from index.figures import group_label
from index.models import NOT_YET, Figure, FigureGroup, clip, format_number, modality_label, provenance

log = logging.getLogger(__name__)

#: Groups drawn at most (the biggest ones); the rest are in the text.
MAX_PANELS = 2
#: Reports labelled per panel: more labels overlap into noise (every report is still a mark).
MAX_LABELS = 12


#: How much of a headline labels a report that names neither a claimant nor a dateline (a newspaper story).
HEADLINE_LABEL = 32


def report_label(item: Figure) -> str:
    """'Amerikaanse Pentagon'; without a claimant, its story's provenance as every reply prints it, 'WASHINGTON
    (ANP/AFP)'; a newspaper story with neither is known by its headline, shortened (a bare '?' told the reader
    nothing)."""
    return (item.claimant or provenance(item.dateline, item.sources, item.places)
            or clip(" ".join(item.headline.split()), HEADLINE_LABEL))


def chart_panels(groups: list[FigureGroup], language: str) -> list[tuple[str, list[Figure]]]:
    """The panels drawn: each of the first MAX_PANELS groups with a dated report, titled with what it counts."""
    return [(group_label(group, language), dated) for group in groups
            if (dated := [item for item in group.figures if not item.date_guessed])][:MAX_PANELS]


def render_chart(title: str, groups: list[FigureGroup], path: Path, language: str = "nl") -> Path | None:
    """Draw the dated reports of up to MAX_PANELS groups into one PNG at `path`, worded in `language` (the
    comparison's: an English topic gets English labels and digit marks); None (and no file) when no report has
    a date of its own."""
    panels = chart_panels(groups, language)
    if not panels:
        return None
    import matplotlib.pyplot as plt

    figure = draw(title, panels, language)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Light PNG compression: the chart is a few tens of kB either way, and encoding is a third of the time.
        figure.savefig(path, dpi=100, format="png", pil_kwargs={"compress_level": 1})
    finally:
        plt.close(figure)
    log.debug("chart written to %s", path)
    return path


def draw(title: str, panels: list[tuple[str, list[Figure]]], language: str) -> Any:
    """The chart's matplotlib figure: one panel per (label, reports), each report a mark with its value and
    who reported it. The caller saves and closes it."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(len(panels), 1, figsize=(9, 3.6 * len(panels)), squeeze=False)
    try:
        _fill(figure, axes, title, panels, language)
    except BaseException:
        plt.close(figure)  # a figure left open stays in pyplot's memory for the process's life
        raise
    return figure


def _fill(figure: Any, axes: Any, title: str, panels: list[tuple[str, list[Figure]]], language: str) -> None:
    """Each panel's marks, line, labels and axes, and the title."""
    import matplotlib
    import matplotlib.dates as mdates

    # Fixed margins rather than tight_layout(), which draws the whole figure an extra time.
    height = 3.6 * len(panels)
    figure.subplots_adjust(left=0.1, right=0.97, top=1 - 0.5 / height, bottom=0.8 / height, hspace=0.45)
    for axis, (panel, figures) in zip(axes[:, 0], panels, strict=True):
        counted = [item for item in figures if item.modality not in NOT_YET]
        if len(counted) > 1:
            axis.plot([item.when or item.published for item in counted], [item.value for item in counted],
                      color="#7a8ca3", linewidth=1.2, zorder=1)
        for not_yet in (False, True):  # one scatter per style: a call per report costs ~10 ms each
            items = [item for item in figures if (item.modality in NOT_YET) == not_yet]
            if items:
                axis.scatter([item.when or item.published for item in items], [item.value for item in items],
                             s=70, zorder=2, facecolors="white" if not_yet else "#1f5fa8",
                             edgecolors="#1f5fa8", linewidths=1.8)
        moments = [item.when or item.published for item in figures]
        middle = min(moments) + (max(moments) - min(moments)) / 2
        for item in figures[:MAX_LABELS]:
            note = f" ({marking})" if (marking := modality_label(item.modality, language)) else ""
            moment = item.when or item.published
            # a mark in the later half is labelled to its left, or the last label runs past the chart's edge
            left = moment > middle
            axis.annotate(f"{format_number(item.value, language)}{note}\n{report_label(item)}", (moment, item.value),
                          textcoords="offset points", xytext=(-8 if left else 8, 6),
                          horizontalalignment="right" if left else "left", fontsize=8.5)
        axis.set_title(panel, fontsize=10, loc="left")
        locator = mdates.AutoDateLocator(minticks=3, maxticks=6)
        axis.xaxis.set_major_locator(locator)
        axis.xaxis.set_major_formatter(mdates.DateFormatter("%d-%m-%Y"))
        axis.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(
            lambda value, _position: format_number(round(value, 2), language)))
        axis.grid(True, alpha=0.3)
        if min(moments) == max(moments):  # one date: give the axis a range, or the locator warns
            axis.set_xlim(min(moments) - timedelta(days=2), max(moments) + timedelta(days=2))
        else:
            axis.margins(x=0.25)
        axis.margins(y=0.25)
        axis.set_ylim(bottom=0)
    figure.suptitle(title, fontsize=12)
    for axis in axes[:, 0]:
        axis.tick_params(axis="x", labelrotation=20)
