"""/latest: the newest stories (of a topic), newest first, paged like /search."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import DatelineBot
from bot.embeds import latest_pages
from bot.replies import language_of
from bot.views import PAGE_SIZE, respond_paged
from cogs.search import MAX_QUERY, MAX_RESULTS


class Latest(commands.Cog):
    def __init__(self, bot: DatelineBot) -> None:
        self.bot = bot

    @app_commands.command(name="latest", description="De nieuwste artikelen / the newest articles")
    @app_commands.describe(topic="alleen over dit onderwerp (gewone woorden)", source="alleen dit persbureau",
                           place="alleen deze plaats in de dateline")
    @app_commands.checks.cooldown(5, 20.0)
    async def latest(self, interaction: discord.Interaction, topic: app_commands.Range[str, 1, MAX_QUERY] | None = None,
                     source: str | None = None, place: str | None = None) -> None:
        language = language_of(interaction, self.bot.settings.language)
        librarian = self.bot.librarian
        await respond_paged(interaction, librarian, language, latest_pages, lambda page: librarian.latest(
            topic or "", source=source, place=place, page=page, page_size=PAGE_SIZE, limit=MAX_RESULTS))


async def setup(bot: DatelineBot) -> None:
    await bot.add_cog(Latest(bot))
