"""Quotes: the passage that says it, verbatim, with its provenance."""

from __future__ import annotations

from bot.terminal import Style, render_quotes
from index.library import Library
from tests.conftest import SEED_TIMES


def test_the_zelensky_passage_comes_from_the_main_article(seed_library: Library) -> None:
    result = seed_library.quote("Zelensky wapens leveren")
    quote = result.quote
    assert quote is not None
    assert "Het gaat niet alleen meer om het leveren van wapens." in quote.text
    assert quote.dateline == "SEOUL/VLADIVOSTOK (ANP/RTR/AFP)"
    assert quote.sources == ["ANP", "RTR", "AFP"]
    assert quote.headline == "Seoul: Noord-Korea stuurt eerste 1500 soldaten naar Rusland"
    assert quote.kind == "article" and quote.file == "000_faf4c738a6a5f06a.txt"
    assert quote.published.isoformat() == SEED_TIMES["000_faf4c738a6a5f06a.txt"]
    # Whole sentences, quotation marks intact: the quote closes where the attribution ends.
    assert quote.text.endswith('gebieden", zou hij hebben gezegd.')
    assert quote.text.count('"') % 2 == 0
    marked = {quote.text[h.start:h.end].lower() for h in quote.highlights}
    assert marked == {"zelensky", "leveren", "wapens"}


def test_runner_up_passages_come_from_other_stories(seed_library: Library) -> None:
    result = seed_library.quote("Noord-Korea soldaten Rusland")
    assert result.quote is not None and result.more
    ids = [result.quote.story_id, *(quote.story_id for quote in result.more)]
    assert len(ids) == len(set(ids))


def test_dutch_quotation_marks_survive(tmp_path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Bonden kritisch\nUTRECHT (ANP) - De bonden zijn kritisch. ,,Het is veel te snel om na vijf uur "
        "onderhandelen naar het actiemiddel te grijpen'', zei Anselma Zwaagstra van CNV. Later meer.\n"
        "„Wij staken niet”, zegt de FNV-voorzitter in een verklaring.", "utf-8")
    library = Library(folder, tmp_path / "index")
    library.ensure_index()
    assert library.quote("actiemiddel grijpen").quote.text == (
        ",,Het is veel te snel om na vijf uur onderhandelen naar het actiemiddel te grijpen'', "
        "zei Anselma Zwaagstra van CNV.")
    expected = "„Wij staken niet”, zegt de FNV-voorzitter in een verklaring."
    assert library.quote("staken verklaring").quote.text == expected
    library.close()


def test_no_passage_for_words_no_story_has(seed_library: Library) -> None:
    result = seed_library.quote("xyzzy plugh")
    assert result.quote is None and result.more == []


def test_an_english_query_quotes_the_dutch_passage_in_english_framing(seed_library: Library) -> None:
    result = seed_library.quote("troops in russia")
    assert result.quote is not None and result.language == "en"
    assert {"troepen", "rusland"} <= {result.quote.text[h.start:h.end].lower() for h in result.quote.highlights}
    assert result.reading.translations == {"troops": "troepen", "russia": "rusland"}
    shown = render_quotes(result, Style(False), "nl").splitlines()
    assert shown[0] == "Searched in Dutch: troops → troepen, russia → rusland" and "Also:" in shown
