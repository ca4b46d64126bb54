"""/compare: the figures different reports give about a topic, in time order, with a chart."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import DatelineBot
from bot.embeds import Reply, comparison_reply
from bot.replies import language_of, respond
from bot.views import static_pager
from index.models import Comparison

MAX_TOPIC = 300


class Figures(commands.Cog):
    def __init__(self, bot: DatelineBot) -> None:
        self.bot = bot

    @app_commands.command(name="compare", description="Cijfers over een onderwerp naast elkaar / compare figures")
    @app_commands.describe(topic="wat er geteld wordt en waarover, bv. Noord-Koreaanse soldaten in Rusland")
    @app_commands.checks.cooldown(3, 30.0)
    async def compare(self, interaction: discord.Interaction, topic: app_commands.Range[str, 1, MAX_TOPIC]) -> None:
        language = language_of(interaction, self.bot.settings.language)
        librarian = self.bot.librarian

        def render(result: tuple[Comparison, bytes | None]) -> tuple[Reply, discord.ui.View | None]:
            reply = comparison_reply(*result, language)
            view = static_pager(interaction.user.id, language, reply.pages)
            return reply, view

        await respond(interaction, librarian.serve(interaction.guild_id, librarian.compare(topic)), render)


async def setup(bot: DatelineBot) -> None:
    await bot.add_cog(Figures(bot))
