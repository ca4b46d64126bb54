"""/help: what Dateline does and how to ask it."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import DatelineBot
from bot.embeds import COLOUR
from bot.replies import NO_MENTIONS, language_of
from bot.texts import text


class Meta(commands.Cog):
    def __init__(self, bot: DatelineBot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="Wat Dateline kan / what Dateline does")
    async def help(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction, self.bot.settings.language)
        description = f"{text(language, 'help')}\n{text(language, 'help_discord')}"
        embed = discord.Embed(title=text(language, "help_title"), description=description, colour=COLOUR)
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def setup(bot: DatelineBot) -> None:
    await bot.add_cog(Meta(bot))
