"""/reindex and /ingest: for administrators only, checked twice.

The registration carries `default_member_permissions` (Manage Server) so Discord hides the commands
from others, but server owners can override that per role or channel, so every call is checked again at
run time: Manage Server, or a role or user configured in DATELINE_ADMIN_ROLE_IDS / _USER_IDS. Never in DMs.
"""

from __future__ import annotations

import logging
import time

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import DatelineBot
from bot.embeds import clean, progress_text, reindex_reply
from bot.errors import ReindexFailedError, ReindexRunning, UserFacingError
from bot.permissions import authority_check
from bot.replies import NO_MENTIONS, language_of, send
from bot.texts import counted, text
from bot.views import static_pager
from index.ingest import MAX_UPLOAD_BYTES, IngestRefused
from index.models import ReindexReport
from index.reindex_steps import Progress

log = logging.getLogger(__name__)

#: Progress edits at most this often (Discord rate-limits message edits).
PROGRESS_INTERVAL = 1.5


def admin_only():
    """Manage Server (or Administrator), or a configured admin role or user; checked at every call."""
    return authority_check("manage_guild")


class Admin(commands.Cog):
    def __init__(self, bot: DatelineBot) -> None:
        self.bot = bot

    async def _run_reindex(self, interaction: discord.Interaction, language: str, full: bool,
                           ) -> ReindexReport:
        """Reindex, editing the deferred reply with progress (not more often than PROGRESS_INTERVAL)."""
        last = 0.0

        async def progress(update: Progress) -> None:
            nonlocal last
            now = time.monotonic()
            if update.phase == "done" or now - last < PROGRESS_INTERVAL:
                return
            last = now
            try:
                await interaction.edit_original_response(
                    content=progress_text(update.phase, update.done, update.total, language),
                    allowed_mentions=NO_MENTIONS)
            except discord.HTTPException:
                log.debug("progress edit failed", exc_info=True)

        try:
            return await self.bot.librarian.reindex(full=full, progress=progress)
        except ReindexFailedError as error:  # paths in the reason: underscores are no markdown
            raise ReindexFailedError(error.reason, clean(error.where), clean(error.detail)) from None

    @app_commands.command(name="reindex", description="Werk de index bij (beheerders) / update the index (admins)")
    @app_commands.describe(full="alles opnieuw opbouwen in plaats van alleen de wijzigingen")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @admin_only()
    async def reindex(self, interaction: discord.Interaction, full: bool = False) -> None:
        language = language_of(interaction, self.bot.settings.language)
        if self.bot.librarian.reindexing:
            raise ReindexRunning()
        await interaction.response.defer(thinking=True)
        report = await self._run_reindex(interaction, language, full)
        reply = reindex_reply(report, language)
        view = static_pager(interaction.user.id, language, reply.pages)
        reply.content = ""
        message = await send(interaction, reply, view=view)
        if view is not None:
            view.message = message

    @app_commands.command(name="ingest", description="Voeg een artikelbestand toe (beheerders) / add an article")
    @app_commands.describe(file=f".txt, .json of .jsonl, hoogstens {MAX_UPLOAD_BYTES // (1024 * 1024)} MB")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @admin_only()
    async def ingest(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        language = language_of(interaction, self.bot.settings.language)
        if file.size > MAX_UPLOAD_BYTES:
            size, limit = counted(language, "byte", file.size), counted(language, "byte", MAX_UPLOAD_BYTES)
            raise UserFacingError("ingest_refused", reason=text(language, "too_large", size=size, limit=limit))
        if self.bot.librarian.reindexing:
            raise ReindexRunning()
        await interaction.response.defer(thinking=True, ephemeral=True)
        data = await file.read()
        try:
            saved, report = await self.bot.librarian.ingest(file.filename, data)
        except IngestRefused as error:
            raise UserFacingError("ingest_refused", reason=clean(str(error))) from None
        lines = [text(language, "ingest_done", file=clean(saved.relpath),
                      stories=counted(language, "story", len(saved.parsed.stories)))]
        if saved.parsed.skipped:
            lines.append(text(language, "ingest_partial", count=len(saved.parsed.skipped)))
            lines.extend(f"• {clean(item.reason)}" for item in saved.parsed.skipped[:10])
        reply = reindex_reply(report, language)
        reply.content = "\n".join(lines)[:2000]
        await send(interaction, reply, ephemeral=True)


async def setup(bot: DatelineBot) -> None:
    await bot.add_cog(Admin(bot))
