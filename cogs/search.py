"""/search and /story: finding stories and reading them whole."""

from __future__ import annotations

import asyncio
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import DatelineBot
from bot.embeds import clean, search_pages
from bot.errors import UserFacingError
from bot.replies import language_of, respond
from bot.views import PAGE_SIZE, respond_paged, story_reply

#: How deep a search (or /latest) is expected to be paged: how far a page's collection may widen for equal scores
#: and copies. No cap on the pages: they follow the total, and each can be reached.
MAX_RESULTS = 200
MAX_QUERY = 500
MAX_CHOICES = 25
#: Suggestions must be sent within Discord's 3 seconds (of which the trip takes some).
AUTOCOMPLETE_SECONDS = 2.0

log = logging.getLogger(__name__)


class Search(commands.Cog):
    def __init__(self, bot: DatelineBot) -> None:
        self.bot = bot

    @app_commands.command(name="search", description="Zoek in de artikelen / search the articles")
    @app_commands.describe(query="zoekwoorden (gewone woorden)", source="alleen dit persbureau, bv. ANP of AFP",
                           place="alleen deze plaats in de dateline, bv. Seoul",
                           advanced="geavanceerde syntax: bron:AFP plaats:Seoul \"zinsdeel\" OR -woord")
    @app_commands.checks.cooldown(5, 20.0)
    async def search(self, interaction: discord.Interaction, query: app_commands.Range[str, 1, MAX_QUERY],
                     source: str | None = None, place: str | None = None, advanced: bool = False) -> None:
        language = language_of(interaction, self.bot.settings.language)
        librarian = self.bot.librarian
        await respond_paged(interaction, librarian, language, search_pages, lambda page: librarian.search(
            query, source=source, place=place, advanced=advanced, page=page, page_size=PAGE_SIZE, limit=MAX_RESULTS))

    @app_commands.command(name="story", description="Toon een heel verhaal / show a whole story")
    @app_commands.describe(story="kop of id van het verhaal (kies uit de suggesties)")
    @app_commands.checks.cooldown(8, 20.0)
    async def story(self, interaction: discord.Interaction, story: app_commands.Range[str, 1, 100]) -> None:
        language = language_of(interaction, self.bot.settings.language)
        librarian = self.bot.librarian

        await respond(interaction, librarian.serve(interaction.guild_id, librarian.story(story)),
                      lambda found: story_reply(found, story, interaction.user.id, language))

    @story.autocomplete("story")
    async def story_autocomplete(self, interaction: discord.Interaction, current: str,
                                 ) -> list[app_commands.Choice[str]]:
        """Headlines containing what was typed, newest first, at most 25 (Discord's limit)."""
        try:
            found = await asyncio.wait_for(self.bot.librarian.headlines(current), timeout=AUTOCOMPLETE_SECONDS)
        except UserFacingError:
            return []  # the index is being built: no suggestions yet
        except TimeoutError:  # the readers are busy: none in time rather than an answer Discord drops
            log.info("no story suggestions for %r in time", current)
            return []
        return [app_commands.Choice(name=(clean(headline, plain=True) or story_id)[:100], value=story_id)
                for story_id, headline in found[:MAX_CHOICES]]


async def setup(bot: DatelineBot) -> None:
    await bot.add_cog(Search(bot))
