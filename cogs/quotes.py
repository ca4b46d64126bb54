"""/quote: the passage that says it, verbatim, with dateline, agencies, headline and time."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import DatelineBot
from bot.embeds import Reply, quote_reply
from bot.replies import language_of, respond
from index.models import QuoteResult

MAX_QUERY = 500


class Quotes(commands.Cog):
    def __init__(self, bot: DatelineBot) -> None:
        self.bot = bot

    @app_commands.command(name="quote", description="Het letterlijke citaat met bron / the verbatim quote with source")
    @app_commands.describe(query="waar het citaat over gaat, bv. Zelensky wapens leveren")
    @app_commands.checks.cooldown(4, 30.0)
    async def quote(self, interaction: discord.Interaction, query: app_commands.Range[str, 1, MAX_QUERY]) -> None:
        language = language_of(interaction, self.bot.settings.language)
        librarian = self.bot.librarian

        def render(result: QuoteResult) -> tuple[Reply, discord.ui.View | None]:
            return quote_reply(result, language), None

        await respond(interaction, librarian.serve(interaction.guild_id, librarian.quote(query)), render)


async def setup(bot: DatelineBot) -> None:
    await bot.add_cog(Quotes(bot))
