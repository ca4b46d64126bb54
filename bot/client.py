"""The Discord application: a `commands.Bot` with one cog per feature and one error handler.

- No privileged intents: slash commands need none, and messages that mention the bot arrive with their
  text even without the message-content intent.
- `allowed_mentions` is none on the client, and every send repeats it: nothing the bot says pings.
- Extensions load in `setup_hook`; a broken one is logged and the others still load.
- Commands are synced only when their definitions changed since the last sync (Discord limits how often
  commands may be created), or when asked (`run_bot.py --sync`).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from pathlib import Path

import discord
from discord import app_commands
from discord.ext import commands

from bot.embeds import Reply
from bot.errors import UserFacingError
from bot.replies import NO_MENTIONS, language_of, send
from bot.service import Librarian
from bot.settings import Settings
from bot.texts import cooldown, text
from bot.watcher import ArticleWatcher

log = logging.getLogger(__name__)

EXTENSIONS = ("cogs.search", "cogs.quotes", "cogs.figures", "cogs.questions", "cogs.admin", "cogs.meta",
              "cogs.follows", "cogs.latest")
SYNC_STATE_FILE = "command-sync.json"


class DatelineBot(commands.Bot):
    """Dateline in Discord."""

    def __init__(self, settings: Settings, *, force_sync: bool = False, **options: object) -> None:
        super().__init__(command_prefix=commands.when_mentioned, intents=discord.Intents.default(),
                         allowed_mentions=NO_MENTIONS, help_command=None, **options)
        self.settings = settings
        self.librarian = Librarian(settings)
        self.force_sync = force_sync
        self.synced: bool | None = None  # whether setup_hook synced commands (for logs and tests)
        self.watcher: ArticleWatcher | None = None
        self._watching: asyncio.Task[None] | None = None
        self.tree.on_error = self.on_app_command_error

    async def setup_hook(self) -> None:
        await self.librarian.start()
        if self.settings.watch:  # DATELINE_WATCH: new article files are indexed as they arrive
            self.watcher = ArticleWatcher(self.settings.articles_dir, self.librarian.refresh)
            self._watching = asyncio.create_task(self.watcher.run(), name="dateline-watch")
        for extension in EXTENSIONS:
            try:
                await self.load_extension(extension)
            except Exception:
                log.exception("extension %s failed to load; the others still work", extension)
        self.synced = await self.sync_if_changed()

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: questions by mention are handled by the questions cog's listener."""

    async def close(self) -> None:
        if self._watching is not None:
            self._watching.cancel()
            await asyncio.gather(self._watching, return_exceptions=True)
        await super().close()
        await self.librarian.close()

    # -- command sync ------------------------------------------------------------------------------

    def _sync_state_path(self) -> Path:
        return self.settings.index_dir / SYNC_STATE_FILE

    def command_signature(self, guild: discord.abc.Snowflake | None) -> str:
        payload = [command.to_dict(self.tree) for command in self.tree.get_commands(guild=guild)]
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()

    async def sync_if_changed(self) -> bool:
        """Sync to the configured guild (instant) or globally, when the definitions changed."""
        guild = discord.Object(self.settings.guild_id) if self.settings.guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        signature = self.command_signature(guild)
        key = f"{self.application_id}:{self.settings.guild_id or 'global'}"
        path = self._sync_state_path()
        try:
            state = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            state = {}
        if not self.force_sync and state.get(key) == signature:
            log.info("slash commands unchanged since the last sync; not syncing")
            return False
        commands_synced = await self.tree.sync(guild=guild)
        state[key] = signature
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(state), "utf-8")
        log.info("synced %d slash commands %s", len(commands_synced),
                 f"to guild {self.settings.guild_id}" if guild else "globally")
        return True

    # -- the one error handler -------------------------------------------------------------------

    async def on_app_command_error(self, interaction: discord.Interaction,
                                   error: app_commands.AppCommandError) -> None:
        """User mistakes get a short private answer; crashes are logged with the command and an apology."""
        language = language_of(interaction, self.settings.language)
        original = getattr(error, "original", error)
        if isinstance(original, UserFacingError):
            message = original.message(language)
        elif isinstance(error, app_commands.CommandOnCooldown):
            message = cooldown(language, error.retry_after)
        elif isinstance(error, app_commands.NoPrivateMessage):
            message = text(language, "guild_only")
        elif isinstance(error, app_commands.CheckFailure):
            message = text(language, "not_admin")
        else:
            command = interaction.command.qualified_name if interaction.command else "?"
            options = (interaction.data or {}).get("options", [])
            log.error("command /%s failed (options %s)", command, json.dumps(options, ensure_ascii=False),
                      exc_info=original)
            message = text(language, "apology")
        await self.tell(interaction, message)

    @staticmethod
    async def tell(interaction: discord.Interaction, message: str) -> None:
        """A short private note, whether or not the interaction was acknowledged yet (a public "thinking…"
        placeholder goes)."""
        try:
            await send(interaction, Reply(content=message, private=True))
        except discord.HTTPException:
            log.warning("could not tell the user about an error (interaction gone)", exc_info=True)
