"""Comparing the figures reports give: the North Korea case from the seeds, in time order, with a chart."""

from __future__ import annotations

from pathlib import Path

from index.library import Library


def test_north_korean_troops_in_russia_across_reports(seed_library: Library, tmp_path: Path) -> None:
    chart = tmp_path / "chart.png"
    result = seed_library.compare("Noord-Koreaanse soldaten in Rusland", chart=chart)
    troops = next(group for group in result.groups if group.kind == "troops")
    rows = [(figure.value, figure.modality, figure.claimant, figure.dateline) for figure in troops.figures]
    assert rows == [
        (1500, "reported", "Seoul", "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"),
        (12000, "planned", "Seoul", "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"),
        (3000, "estimated", "Verenigde Staten", "WASHINGTON (ANP/AFP)"),
        (10000, "estimated", "Amerikaanse Pentagon", "WASHINGTON (ANP/AFP)"),
    ]
    planned = troops.figures[1]
    assert planned.text == "vier brigades van in totaal 12.000 soldaten" and planned.qualifier == "in totaal"
    earlier = troops.figures[2]
    assert earlier.when_text == "Vorige week"
    assert (troops.figures[3].published - earlier.when).days == 7
    assert [change.text for change in result.changes if change.kind == "troops"] == [
        "1.500 → 3.000 (+1.500)", "3.000 → 10.000 (+7.000)"]
    assert all(figure.kind != "troops" or "Noord" in figure.sentence + figure.headline for figure in result.figures)
    assert result.chart == str(chart) and chart.read_bytes().startswith(b"\x89PNG")


def test_compare_json_has_the_contract_fields(seed_library: Library) -> None:
    payload = seed_library.compare("Noord-Koreaanse soldaten in Rusland").to_json()
    assert payload["topic"] == "Noord-Koreaanse soldaten in Rusland" and payload["chart"] is None
    for figure in payload["figures"]:
        assert {"value", "low", "high", "unit", "kind", "qualifier", "claimant", "text", "sentence", "dateline",
                "sources", "headline", "published", "story_id", "file"} <= set(figure)
    assert payload["changes"]


def test_a_topic_without_figures_gives_an_empty_comparison(seed_library: Library, tmp_path: Path) -> None:
    result = seed_library.compare("walvissen in de Noordzee", chart=tmp_path / "none.png")
    assert result.figures == [] and result.chart is None
