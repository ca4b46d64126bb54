"""The bot's own words in Dutch and English (article text is always shown as written).

One table, so the terminal, the console and Discord say the same things, and a test can check that
every key exists in both languages.
"""

from __future__ import annotations

from index.models import QueryReading

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "no_results": "Niets gevonden voor „{query}”.",
        "results_header": "{total} resultaten voor „{query}” (pagina {page}/{pages})",
        "read_all": "Gezocht naar artikelen met alle woorden: {words}",
        "read_any": "Geen artikel bevat alle woorden; dit zijn artikelen met een deel ervan: {words}",
        "read_none": "Er bleef niets om naar te zoeken (alleen stopwoorden of tekens).",
        "read_ignored": "Genegeerd: {words}",
        "read_corrected": "Typfout? {word} gelezen als {terms}",
        "read_advanced": "Geavanceerde zoekopdracht gelezen als: {parsed}",
        "read_fallback_syntax": "De geavanceerde zoekopdracht klopte niet; gezocht als gewone woorden.",
        "read_fallback_broad": "Het jokerteken was te breed (minstens 2 letters ervoor); gezocht als woorden.",
        "read_shortened": "De zoekopdracht was te lang en is ingekort.",
        "read_timed_out": "Het zoeken duurde te lang; dit zijn de resultaten tot dan toe.",
        "read_filters": "Filters: {filters}",
        "story_not_found": "Geen verhaal met id {story_id}.",
        "quote_none": "Geen passage gevonden voor „{query}”.",
        "quote_more": "Ook:",
        "compare_none": "Geen cijfers gevonden over „{topic}”.",
        "compare_header": "Cijfers over „{topic}”",
        "compare_changes": "Verloop",
        "compare_chart": "Grafiek: {path}",
        "planned": "gepland",
        "estimated": "schatting",
        "claimant": "volgens {who}",
        "answer_abstain": "Daarover vond ik niets in de artikelen.",
        "answer_abstain_english": "I found nothing in the articles that answers that.",
        "answer_unknown_words": "Daarover vond ik niets in de artikelen (geen artikel noemt: {words}).",
        "answer_confidence": "zekerheid {percent}%",
        "answer_disagree": "De berichten verschillen: {parts}",
        "answer_related": "Misschien verwant (geen antwoord):",
        "reindex_done": "Index bijgewerkt: {added} nieuw, {updated} gewijzigd, {removed} verwijderd, "
                        "{unchanged} ongewijzigd; {stories} verhalen ({seconds:.1f} s).",
        "reindex_skipped": "Overgeslagen ({count}):",
        "reindex_progress": "Bezig: {phase} {done}/{total}",
        "reindex_busy": "Er loopt al een herindexering; probeer het zo opnieuw.",
        "index_building": "De index wordt opgebouwd; probeer het zo opnieuw.",
        "published": "gepubliceerd",
        "source_file": "bestand",
    },
    "en": {
        "no_results": "Nothing found for “{query}”.",
        "results_header": "{total} results for “{query}” (page {page}/{pages})",
        "read_all": "Searched for articles with all words: {words}",
        "read_any": "No article has every word; these have some of them: {words}",
        "read_none": "Nothing was left to search for (only stop words or symbols).",
        "read_ignored": "Ignored: {words}",
        "read_corrected": "Typo? Read {word} as {terms}",
        "read_advanced": "Advanced query read as: {parsed}",
        "read_fallback_syntax": "The advanced query did not parse; searched as plain words.",
        "read_fallback_broad": "The wildcard was too broad (at least 2 letters first); searched as words.",
        "read_shortened": "The query was too long and was shortened.",
        "read_timed_out": "The search took too long; these are the results so far.",
        "read_filters": "Filters: {filters}",
        "story_not_found": "No story with id {story_id}.",
        "quote_none": "No passage found for “{query}”.",
        "quote_more": "Also:",
        "compare_none": "No figures found about “{topic}”.",
        "compare_header": "Figures about “{topic}”",
        "compare_changes": "Changes",
        "compare_chart": "Chart: {path}",
        "planned": "planned",
        "estimated": "estimate",
        "claimant": "according to {who}",
        "answer_abstain": "I found nothing in the articles that answers that.",
        "answer_abstain_english": "I found nothing in the articles that answers that.",
        "answer_unknown_words": "I found nothing in the articles about that (no article mentions: {words}).",
        "answer_confidence": "confidence {percent}%",
        "answer_disagree": "Reports differ: {parts}",
        "answer_related": "Possibly related (not an answer):",
        "reindex_done": "Index updated: {added} new, {updated} changed, {removed} removed, {unchanged} unchanged; "
                        "{stories} stories ({seconds:.1f} s).",
        "reindex_skipped": "Skipped ({count}):",
        "reindex_progress": "Working: {phase} {done}/{total}",
        "reindex_busy": "A reindex is already running; try again shortly.",
        "index_building": "The index is being built; try again shortly.",
        "published": "published",
        "source_file": "file",
    },
}


def text(language: str, key: str, **values: object) -> str:
    """The bot's words for `key` in `language` (Dutch when the language is unknown)."""
    table = TEXTS.get(language, TEXTS["nl"])
    return table[key].format(**values)


def describe_reading(reading: QueryReading, language: str) -> list[str]:
    """How a query was read, as lines in the reader's language."""
    lines = []
    if reading.fallback == "syntax":
        lines.append(text(language, "read_fallback_syntax"))
    elif reading.fallback == "too-broad":
        lines.append(text(language, "read_fallback_broad"))
    if reading.syntax == "advanced":
        lines.append(text(language, "read_advanced", parsed=reading.parsed))
    elif reading.match == "none":
        lines.append(text(language, "read_none"))
    elif reading.words:
        key = "read_any" if reading.match == "any" else "read_all"
        lines.append(text(language, key, words=", ".join(reading.words)))
    for word, corrected in reading.corrections.items():
        lines.append(text(language, "read_corrected", word=word, terms=" / ".join(corrected)))
    if reading.shortened:
        lines.append(text(language, "read_shortened"))
    if reading.timed_out:
        lines.append(text(language, "read_timed_out"))
    if reading.filters:
        filters = ", ".join(f"{name}={value}" for name, value in reading.filters.items())
        lines.append(text(language, "read_filters", filters=filters))
    return lines
