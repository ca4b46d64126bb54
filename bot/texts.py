"""The bot's own words in Dutch and English (article text is always shown as written).

One table, so the terminal, the console and Discord say the same things, and a test can check that
every key exists in both languages.
"""

from __future__ import annotations

import contextlib
import math
from datetime import datetime

from bot.dates import local_time
from index.answers.question import KINDS
from index.models import Answer, QueryReading, ReindexReport, SearchResult, format_number

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "no_results": "Niets gevonden voor „{query}”.",
        "results_header": "{results} voor „{query}” (pagina {page}/{pages})",
        "copies": "ook als {ids}",
        "page_past_end": "Er is geen pagina {page}; de laatste is pagina {pages}.",
        "read_all": "Gezocht naar artikelen met alle woorden: {words}",
        "read_any": "Geen artikel bevat alle woorden; dit zijn artikelen met een deel ervan: {words}",
        "read_none": "Er bleef niets om naar te zoeken (alleen stopwoorden of tekens).",
        "read_corrected": "Typfout? {word} gelezen als {terms}",
        "read_translated": "In het Nederlands gezocht: {pairs}",
        "read_left_out": "Weggelaten (geen artikel heeft het, noch een vertaling): {words}",
        "read_joined": "Ook als één woord gezocht: {pairs}",
        "read_undiminished": "Ook gezocht als: {pairs}",
        "read_names": "Alleen berichten die {names} noemen",
        "or": " of ",
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
        "compare_undated": "Zonder datum van de bron (niet in het verloop):",
        "compare_chart": "Grafiek: {path}",
        "claimant": "volgens {who}",
        "date_guessed": "datum onbekend (bestand van {day})",
        "answer_abstain": "Daarover vond ik niets in de artikelen.",
        "answer_unsure": ("Ik vond geen {sought} waarvan ik zeker genoeg ben; wat er het dichtst bij komt staat "
                          "hieronder."),
        "sought_hoeveel": "aantal", "sought_wie": "naam", "sought_waar": "plaats", "sought_wanneer": "tijdstip",
        "sought_waarom": "reden", "sought_wat_zei": "uitspraak", "sought_wat": "antwoord",
        "answer_unknown_words": "Daarover vond ik niets in de artikelen (geen artikel noemt: {words}).",
        "answer_confidence": "zekerheid {percent}%",
        "answer_in_sentence": "De zin hieronder beantwoordt de vraag",
        "answer_disagree": "De berichten verschillen: {parts}",
        "answer_disagree_heading": "De berichten verschillen",
        "continued": "{name} (vervolg)",
        "answer_related": "Misschien verwant (geen antwoord):",
        "answer_figures": "Wat de berichten zeggen",
        "reindex_done": "Index bijgewerkt: {added} nieuw, {updated} gewijzigd, {removed} verwijderd, "
                        "{unchanged} ongewijzigd; {stories} ({seconds} s).",
        "reindex_skipped": "Overgeslagen ({count}):",
        "reindex_progress": "Bezig: {phase} {done}/{total}",
        "reindex_busy": "Er loopt al een herindexering; probeer het zo opnieuw.",
        "reindex_failed": "De herindexering is mislukt: {reason}; de vorige index blijft in gebruik.",
        "index_failed": "De index kon niet worden gebouwd: {reason}.",
        "failure_disk-full": "de schijf is vol",
        "failure_read-only": "het bestandssysteem is alleen-lezen",
        "failure_no-permission": "geen toestemming",
        "failure_missing": "bestaat niet",
        "failure_not-a-folder": "is een bestand, geen map",
        "failure_other": "{detail}",
        "discord_unreachable": "Discord is niet bereikbaar ({reason}); nieuwe poging over {seconds} s",
        "discord_gave_up": "Discord bleef onbereikbaar ({reason}); gestopt.",
        "index_building": "De index wordt opgebouwd; probeer het zo opnieuw.",
        "index_rebuilding": "De index wordt opnieuw opgebouwd; probeer het zo opnieuw.",
        "source_file": "bestand",
        "too_busy": "Er lopen in deze server al een paar vragen tegelijk; probeer het zo nog eens.",
        "took_too_long": "Dat duurde te lang; probeer een kortere of preciezere vraag.",
        "not_admin": "Alleen beheerders (Server beheren, of een ingestelde rol) mogen dit.",
        "cooldown": "Even rustig aan: probeer het over {seconds} s opnieuw.",
        "apology": "Sorry, daar ging iets mis. Het is gelogd; probeer het later opnieuw.",
        "only_invoker": "Alleen wie de opdracht gaf kan hier bladeren.",
        "guild_only": "Dit kan alleen in een server.",
        "ingest_refused": "Dit bestand voeg ik niet toe: {reason}",
        "too_large": "te groot ({size}; hoogstens {limit})",
        "ingest_done": "Toegevoegd als `{file}` ({stories}).",
        "ingest_partial": "Niet alles was leesbaar ({count}):",
        "ingest_pending": "Opgeslagen als `{file}`, maar er loopt nog een andere herindexering; het bestand wordt "
                          "bij de volgende herindexering opgenomen.",
        "open_story": "Open een verhaal…",
        "previous": "Vorige",
        "next": "Volgende",
        "mention_empty": "Stel je vraag na de vermelding, bijvoorbeeld: @Dateline hoeveel soldaten zitten in Rusland?",
        "help_title": "Dateline: nieuws met bronvermelding",
        "console_building": "Nog geen index: de artikelen in {folder} worden geïndexeerd …",
        "console_needs": "/{command} mist nog iets: {usage}",
        "help": "`/ask vraag` beantwoordt een vraag met het citaat dat het zegt, of zegt eerlijk dat de artikelen "
                "het niet zeggen.\n`/search zoekwoorden` zoekt in de artikelen (filters: bron, plaats).\n"
                "`/story id` toont een heel verhaal.\n`/quote zoekwoorden` geeft de beste passage, letterlijk, met "
                "dateline en persbureaus.\n`/compare onderwerp` zet de cijfers van verschillende berichten naast "
                "elkaar, met een grafiek.",
        "help_discord": "Je kunt me ook noemen met een vraag (@Dateline …) en op mijn antwoord reageren om door te "
                        "vragen.\n`/latest` toont het nieuwste nieuws; `/follow onderwerp` laat een kanaal nieuwe "
                        "artikelen erover krijgen (wie kanalen beheert).\nBeheerders: `/reindex` en `/ingest`.",
        "help_console": "Een regel zonder opdracht is een vraag; de schuine streep mag weg (`quote …`).\n"
                        "`/search … bron:AFP plaats:Seoul pagina:2` · `/latest [onderwerp]` · `/follow onderwerp` · "
                        "`/follows` · `/unfollow nummer` · `/reindex full:true` · `/quit`",
        "follow_created": "{channel} volgt nu „{topic}”{filters} (#{id}): nieuwe artikelen erover verschijnen "
                          "daar, hoogstens {per_minute} per minuut (de rest in één overzicht).",
        "follow_exists": "{channel} volgde „{topic}”{filters} al (#{id}).",
        "follow_too_many": "Hier lopen al {limit} volgopdrachten, het maximum; haal er eerst een weg met "
                           "/unfollow.",
        "follow_cannot_post": "Ik kan niet posten in {channel}: ik mis {permissions}. Geef me die rechten en "
                              "probeer het opnieuw.",
        "follow_not_text": "In dat kanaal kan ik geen artikelen posten; kies een tekstkanaal.",
        "follow_created_here": "{channel} volgt nu „{topic}”{filters} (#{id}): nieuwe artikelen erover verschijnen "
                               "hier, hoogstens {per_minute} per minuut (de rest in één overzicht).",
        "filter_source": "bron {value}",
        "filter_place": "plaats {value}",
        "filter_kind": "soort {value}",
        "filter_since": "vanaf {value}",
        "filter_until": "vóór {value}",
        "follows_none": "Hier wordt nog niets gevolgd; begin met /follow.",
        "follows_title": "Volgopdrachten ({count}/{limit})",
        "follow_paused": "gepauzeerd: {reason}",
        "paused_deleted": "kanaal verwijderd",
        "paused_permissions": "rechten kwijt ({permissions})",
        "unfollow_done": "Gestopt: {channel} volgt „{topic}” niet meer (#{id}).",
        "unfollow_unknown": "Hier is geen volgopdracht {id}.",
        "follow_digest": "{articles} over „{topic}”",
        "follow_digest_more": "… en nog {count}",
        "follow_footer": "volgt „{topic}”",
        "open_whole_story": "Heel verhaal",
        "latest_header": "Nieuwste artikelen{about} (pagina {page}/{pages})",
        "latest_about": " over „{topic}”",
        "latest_none": "Geen artikelen{about}.",
        "follow_no_words": "Dat onderwerp heeft geen woord om op te zoeken (alleen woorden als de, het, een); "
                           "noem waar het over gaat.",
        "not_manager": "Alleen wie kanalen mag beheren (of een ingestelde beheerder) kan volgopdrachten beheren.",
        "follow_not_manager_there": "Je mag geen kanalen beheren in {channel}, dus daar kun je geen volgopdracht "
                                    "maken.",
        "console_channel": "deze console",
        "console_unknown": "/{command} ken ik niet; dit kan wel:",
    },
    "en": {
        "no_results": "Nothing found for “{query}”.",
        "results_header": "{results} for “{query}” (page {page}/{pages})",
        "copies": "also as {ids}",
        "page_past_end": "There is no page {page}; the last is page {pages}.",
        "read_all": "Searched for articles with all words: {words}",
        "read_any": "No article has every word; these have some of them: {words}",
        "read_none": "Nothing was left to search for (only stop words or symbols).",
        "read_corrected": "Typo? Read {word} as {terms}",
        "read_translated": "Searched in Dutch: {pairs}",
        "read_left_out": "Left out (no article has it, nor a Dutch word for it): {words}",
        "read_joined": "Also searched as one word: {pairs}",
        "read_undiminished": "Also searched as: {pairs}",
        "read_names": "Only reports naming {names}",
        "or": " or ",
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
        "compare_undated": "Without a date from the source (not in the changes):",
        "compare_chart": "Chart: {path}",
        "claimant": "according to {who}",
        "date_guessed": "date unknown (file from {day})",
        "answer_abstain": "I found nothing in the articles that answers that.",
        "answer_unsure": "I found no {sought} I am sure enough of; the closest passages are below.",
        "sought_hoeveel": "figure", "sought_wie": "name", "sought_waar": "place", "sought_wanneer": "time",
        "sought_waarom": "reason", "sought_wat_zei": "quotation", "sought_wat": "answer",
        "answer_unknown_words": "I found nothing in the articles about that (no article mentions: {words}).",
        "answer_confidence": "confidence {percent}%",
        "answer_in_sentence": "The sentence below answers the question",
        "answer_disagree": "Reports differ: {parts}",
        "answer_disagree_heading": "Reports differ",
        "continued": "{name} (continued)",
        "answer_related": "Possibly related (not an answer):",
        "answer_figures": "What the reports say",
        "reindex_done": "Index updated: {added} new, {updated} changed, {removed} removed, {unchanged} unchanged; "
                        "{stories} ({seconds} s).",
        "reindex_skipped": "Skipped ({count}):",
        "reindex_progress": "Working: {phase} {done}/{total}",
        "reindex_busy": "A reindex is already running; try again shortly.",
        "reindex_failed": "The reindex failed: {reason}; the previous index stays in use.",
        "index_failed": "The index could not be built: {reason}.",
        "failure_disk-full": "the disk is full",
        "failure_read-only": "the file system is read-only",
        "failure_no-permission": "permission denied",
        "failure_missing": "does not exist",
        "failure_not-a-folder": "is a file, not a folder",
        "failure_other": "{detail}",
        "discord_unreachable": "Discord cannot be reached ({reason}); trying again in {seconds} s",
        "discord_gave_up": "Discord stayed out of reach ({reason}); giving up.",
        "index_building": "The index is being built; try again shortly.",
        "index_rebuilding": "The index is being rebuilt; try again shortly.",
        "source_file": "file",
        "too_busy": "This server already has a few questions running; try again in a moment.",
        "took_too_long": "That took too long; try a shorter or more specific question.",
        "not_admin": "Only administrators (Manage Server, or a configured role) may do this.",
        "cooldown": "Easy now: try again in {seconds} s.",
        "apology": "Sorry, something went wrong. It has been logged; please try again later.",
        "only_invoker": "Only the person who ran the command can page through this.",
        "guild_only": "This only works in a server.",
        "ingest_refused": "I won't add this file: {reason}",
        "too_large": "too large ({size}; at most {limit})",
        "ingest_done": "Added as `{file}` ({stories}).",
        "ingest_partial": "Not everything was readable ({count}):",
        "ingest_pending": "Saved as `{file}`, but another reindex is still running; the file will be included in "
                          "the next reindex.",
        "open_story": "Open a story…",
        "previous": "Previous",
        "next": "Next",
        "mention_empty": "Ask your question after the mention, for example: @Dateline how many soldiers are in Russia?",
        "help_title": "Dateline: news with its sources",
        "console_building": "No index yet: indexing the articles in {folder} …",
        "console_needs": "/{command} needs more: {usage}",
        "help": "`/ask question` answers with the quote that says so, or says honestly that the articles don't.\n"
                "`/search words` searches the articles (filters: source, place).\n`/story id` shows a whole "
                "story.\n`/quote words` gives the best passage, verbatim, with dateline and agencies.\n"
                "`/compare topic` lines up the figures different reports give, with a chart.",
        "help_discord": "You can also mention me with a question (@Dateline …) and reply to my answer to follow up.\n"
                        "`/latest` shows the newest news; `/follow topic` makes a channel get new articles about it "
                        "(for those who manage channels).\nAdministrators: `/reindex` and `/ingest`.",
        "help_console": "A line without a command is a question; the slash may be left out (`quote …`).\n"
                        "`/search … source:AFP place:Seoul page:2` · `/latest [topic]` · `/follow topic` · "
                        "`/follows` · `/unfollow number` · `/reindex full:true` · `/quit`",
        "follow_created": "{channel} now follows “{topic}”{filters} (#{id}): new articles about it appear there, "
                          "at most {per_minute} a minute (the rest in one digest).",
        "follow_exists": "{channel} already followed “{topic}”{filters} (#{id}).",
        "follow_too_many": "There are {limit} follows here already, the most there may be; remove one first with "
                           "/unfollow.",
        "follow_cannot_post": "I cannot post in {channel}: I am missing {permissions}. Give me those and try again.",
        "follow_not_text": "I cannot post articles in that channel; pick a text channel.",
        "follow_created_here": "{channel} now follows “{topic}”{filters} (#{id}): new articles about it appear here, "
                               "at most {per_minute} a minute (the rest in one digest).",
        "filter_source": "source {value}",
        "filter_place": "place {value}",
        "filter_kind": "kind {value}",
        "filter_since": "since {value}",
        "filter_until": "before {value}",
        "follows_none": "Nothing is followed here yet; start with /follow.",
        "follows_title": "Follows ({count}/{limit})",
        "follow_paused": "paused: {reason}",
        "paused_deleted": "channel deleted",
        "paused_permissions": "permissions lost ({permissions})",
        "unfollow_done": "Stopped: {channel} no longer follows “{topic}” (#{id}).",
        "unfollow_unknown": "There is no follow {id} here.",
        "follow_digest": "{articles} about “{topic}”",
        "follow_digest_more": "… and {count} more",
        "follow_footer": "follows “{topic}”",
        "open_whole_story": "Whole story",
        "latest_header": "Newest articles{about} (page {page}/{pages})",
        "latest_about": " about “{topic}”",
        "latest_none": "No articles{about}.",
        "follow_no_words": "That topic has no word to search for (only words like de, het, een); say what it "
                           "is about.",
        "not_manager": "Only those who may manage channels (or a configured admin) can manage follows.",
        "follow_not_manager_there": "You may not manage channels in {channel}, so you cannot make a follow there.",
        "console_channel": "this console",
        "console_unknown": "I don't know /{command}; this is what I can do:",
    },
}


def text(language: str, key: str, **values: object) -> str:
    """The bot's words for `key` in `language` (Dutch when the language is unknown)."""
    table = TEXTS.get(language, TEXTS["nl"])
    return table[key].format(**values)


def cooldown(language: str, retry_after: float) -> str:
    """The note for someone over a rate limit. The wait is rounded up: "try again in 0 s" (for 0.4 s) would be
    wrong, and so would any wait shorter than the real one."""
    return text(language, "cooldown", seconds=max(1, math.ceil(retry_after)))


def past_the_end(result: SearchResult, language: str) -> str | None:
    """What an empty page after the last one says: that the page does not exist, not that nothing was found
    (`search --page 5` over two results, `/latest` a page too far)."""
    if result.hits or not result.total or not result.pages:
        return None
    return text(language, "page_past_end", page=result.page, pages=result.pages)


def story_reference(language: str, story_id: str, copies: list[str], mark: str = "") -> str:
    """A story's id with the ids of its copies, the same story filed again ("a1195f5ec131 · ook als
    r84ea59fedea"); `mark` goes around each id (Discord's code span)."""
    reference = f"{mark}{story_id}{mark}"
    if not copies:
        return reference
    return f"{reference} · " + text(language, "copies", ids=", ".join(f"{mark}{copy}{mark}" for copy in copies))


def filter_words(filters: dict[str, str], language: str) -> str:
    """Search filters as the reader says them: 'bron AFP, vanaf 1 apr 2019' (a date as its day in Amsterdam
    time, as every date is shown), not the index's 'source=AFP, since=2019-04-01T00:00:00+02:00'."""

    parts = []
    for name, value in filters.items():
        if name in {"since", "until"}:
            with contextlib.suppress(ValueError):  # not a date after all: shown as given
                value = local_time(datetime.fromisoformat(value), language)
        key = f"filter_{name}"
        parts.append(text(language, key, value=value) if key in TEXTS["nl"] else f"{name} {value}")
    return ", ".join(parts)


def filters_said(filters: dict[str, str], language: str) -> str:
    """'Filters: bron AFP, plaats Seoul' above a listing's stories, or '' without filters: /search's and
    /latest's alike, so a listing that finds nothing says what it was narrowed to (`latest soldaten --source
    XYZ` said only "Geen artikelen over „soldaten”")."""
    return text(language, "read_filters", filters=filter_words(filters, language)) if filters else ""


def follow_filters(language: str, source: str | None, place: str | None) -> str:
    """' (bron AFP, plaats Seoul)' after a follow's topic, naming only the filters it has (' (bron AFP)', not
    ' (bron AFP, plaats -)'); '' without any."""
    parts = filter_words({name: value for name, value in (("source", source), ("place", place)) if value},
                         language)
    return f" ({parts})" if parts else ""


def rewordings_said(reading: QueryReading, language: str) -> str:
    """What was searched other than as typed, each on a line, in every reply that searched (search, quote,
    compare, latest): a typo's correction ("Typfout? soldatne gelezen als soldaten"); the Dutch words an English
    topic was searched in ("Searched in Dutch: troops → troepen") and its words left out; two words typed apart
    searched also as the one word articles write ("Ook als één woord gezocht: klimaat akkoord → klimaatakkoord");
    a diminutive searched also as the word it is made from ("Ook gezocht als: kindjes → kind"); a comparison's
    names, one of which its reports name ("Alleen berichten die iran noemen"). Empty when every word was
    searched as typed."""
    pairs = ", ".join(f"{english} → {' / '.join([dutch, *reading.also.get(dutch, [])])}"
                      for english, dutch in reading.translations.items())
    lines = [text(language, "read_corrected", word=word, terms=" / ".join(corrected))
             for word, corrected in reading.corrections.items()]
    if pairs:
        lines.append(text(language, "read_translated", pairs=pairs))
    if reading.left_out:
        lines.append(text(language, "read_left_out", words=", ".join(reading.left_out)))
    if reading.joined:
        lines.append(text(language, "read_joined", pairs=", ".join(
            f"{apart} → {together}" for apart, together in reading.joined.items())))
    if reading.undiminished:
        lines.append(text(language, "read_undiminished", pairs=", ".join(
            f"{diminutive} → {base}" for diminutive, base in reading.undiminished.items())))
    if reading.names:
        lines.append(text(language, "read_names", names=text(language, "or").join(reading.names)))
    return "\n".join(lines)


def describe_reading(reading: QueryReading, language: str) -> list[str]:
    """How a query was read, as lines in the reader's language, its filters said in words (`filter_words`:
    'Filters: bron AFP, vanaf 1 apr 2019', not the index's 'source=AFP, since=2019-04-01T00:00:00+02:00')."""
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
    if said := rewordings_said(reading, language):
        lines.extend(said.splitlines())
    if reading.shortened:
        lines.append(text(language, "read_shortened"))
    if reading.timed_out:
        lines.append(text(language, "read_timed_out"))
    if reading.filters:
        lines.append(filters_said(reading.filters, language))
    return lines


def abstention(answer: Answer, language: str) -> str:
    """Why there is no answer, plainly, and what was looked for: passages were found but none gives the asked
    kind of answer surely enough ("geen aantal"), or no article has the question's words."""
    if answer.reason.startswith("unknown-words:"):
        return text(language, "answer_unknown_words", words=answer.reason.split(":", 1)[1].replace(",", ", "))
    if answer.reason.startswith("low-confidence") and answer.evidence:
        kind = answer.question_type if answer.question_type in KINDS else "wat"
        return text(language, "answer_unsure", sought=text(language, f"sought_{kind}"))
    return text(language, "answer_abstain")


#: Counted nouns, singular and plural. Dutch and English share the rule (exactly one is singular), so no
#: plural-rules library is needed for two languages.
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "nl": {"result": ("resultaat", "resultaten"), "story": ("verhaal", "verhalen"), "byte": ("byte", "bytes"),
           "new_article": ("nieuw artikel", "nieuwe artikelen")},
    "en": {"result": ("result", "results"), "story": ("story", "stories"), "byte": ("byte", "bytes"),
           "new_article": ("new article", "new articles")},
}


def number(language: str, value: int) -> str:
    """12.000 in Dutch, 12,000 in English."""
    return format_number(value, language)


def counted(language: str, noun: str, value: int, approximate: bool = False) -> str:
    """'1 resultaat', '12 resultaten', '~4.300 resultaten': every count the bot says goes through here."""
    singular, plural = NOUNS.get(language, NOUNS["nl"])[noun]
    shown = ("~" if approximate else "") + number(language, value)
    return f"{shown} {singular if value == 1 and not approximate else plural}"


def result_count(result: SearchResult, language: str) -> str:
    """'12 resultaten', or '~4.300 resultaten' when the total is an estimate (many matches are not counted one
    by one)."""
    return counted(language, "result", result.total, approximate=not result.total_exact)


def reindex_failure(language: str, reason: str, where: str = "", detail: str = "", *, previous: bool = True) -> str:
    """That a reindex failed and why (a reason code from index.reindex.ReindexFailed), in the reader's language:
    the CLI, the console and Discord all say it through here. Without a `previous` index (a first build) there
    is none to keep using."""
    key = f"failure_{reason}" if f"failure_{reason}" in TEXTS["nl"] else "failure_other"
    words = text(language, key, detail=detail or reason)
    if where:
        words = f"{where} {words}" if reason in {"missing", "not-a-folder"} else f"{words} ({where})"
    return text(language, "reindex_failed" if previous else "index_failed", reason=words)


def reindex_summary(report: ReindexReport, language: str) -> str:
    """What a reindex changed, in one sentence (Discord and the terminal)."""
    return text(language, "reindex_done", added=report.added, updated=report.updated, removed=report.removed,
                unchanged=report.unchanged, stories=counted(language, "story", report.stories),
                seconds=format_number(round(report.seconds, 1), language))
