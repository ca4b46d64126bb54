"""/follow, /follows, /unfollow: channels that follow a search, and the posts of new stories in them.

Managing follows needs Manage Channels (or a configured admin role or user): the registration carries
`default_member_permissions` so Discord hides /follow and /unfollow from others, and every call is checked
again at run time. The posting itself is `bot.follows.FollowDesk`; this cog is its Discord side: the
commands, the courier that sends into channels, the "whole story" button (which works after a restart:
its story id is in its custom id), and pausing a channel's follows when it is deleted or closed to the bot.
"""

from __future__ import annotations

import asyncio
import logging
import re

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import DatelineBot
from bot.embeds import clean, follow_digest, follow_post
from bot.errors import UserFacingError
from bot.follows import MAX_FOLLOWS, POSTS_PER_MINUTE, ChannelGone, FollowDesk, PostLater
from bot.permissions import authority_check, has_authority
from bot.replies import NO_MENTIONS, language_of, respond
from bot.state import Follow, StateDB
from bot.texts import follow_filters, text
from bot.views import answer_failed_press, story_reply
from index.models import Hit, clip
from index.store import IndexUnavailable

log = logging.getLogger(__name__)

#: What the bot needs in a channel to post a story.
NEEDED = ("view_channel", "send_messages", "embed_links")
#: Messages read back after a crash to see whether a post arrived.
HISTORY_LIMIT = 50
MAX_TOPIC = 200
#: A source or place filter: a name, not a text (and the confirmation that repeats it must fit in a message).
MAX_FILTER = 100


class NotManager(app_commands.CheckFailure, UserFacingError):
    """A failed run-time check that the one error handler answers with its own words (privately)."""

    def __init__(self) -> None:
        UserFacingError.__init__(self, "not_manager")


def managers_only():
    """Manage Channels (or Administrator), or a configured admin role or user; checked at every call."""
    return authority_check("manage_channels", NotManager)


def missing_permissions(channel: discord.abc.GuildChannel) -> list[str]:
    """What the bot lacks to post stories in `channel`, as Discord names it (empty: nothing)."""
    granted = channel.permissions_for(channel.guild.me)
    return [name.replace("_", " ").title() for name in NEEDED if not getattr(granted, name)]


def _filters(language: str, follow: Follow) -> str:
    """' (bron AFP)': only the filters the follow has, as the console says them."""
    return follow_filters(language, clean(follow.source) if follow.source else None,
                          clean(follow.place) if follow.place else None)


class OpenStory(discord.ui.DynamicItem[discord.ui.Button], template=r"dateline:follow-story:(?P<story_id>[\w.-]+)"):
    """The "whole story" button under a post; answered privately to whoever presses it."""

    def __init__(self, story_id: str, language: str = "nl") -> None:
        super().__init__(discord.ui.Button(label=text(language, "open_whole_story"), style=discord.ButtonStyle.primary,
                                           custom_id=f"dateline:follow-story:{story_id}"))
        self.story_id = story_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button,
                             match: re.Match[str]) -> OpenStory:
        return cls(match["story_id"])

    async def callback(self, interaction: discord.Interaction) -> None:
        bot = interaction.client
        assert isinstance(bot, DatelineBot)
        language = language_of(interaction, bot.settings.language)
        librarian = bot.librarian
        try:
            await respond(interaction, librarian.serve(interaction.guild_id, librarian.story(self.story_id)),
                          lambda story: story_reply(story, self.story_id, interaction.user.id, language),
                          ephemeral=True)
        except Exception as error:  # a dynamic item's errors reach no on_error: discord.py would only log them
            await answer_failed_press(interaction, error, language, "the whole-story button")


def _post_view(story_id: str, language: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(OpenStory(story_id, language))
    return view


class ChannelCourier:
    """Posts a follow's stories in its Discord channel."""

    console = False

    def __init__(self, bot: DatelineBot) -> None:
        self.bot = bot

    def _channel(self, follow: Follow) -> discord.TextChannel:
        guild = self.bot.get_guild(follow.guild_id)
        if guild is not None and guild.unavailable:  # an outage: its channels may be unknown, not deleted
            raise PostLater(f"server {follow.guild_id} is unavailable")
        channel = self.bot.get_channel(follow.channel_id)
        if not isinstance(channel, discord.TextChannel):
            raise ChannelGone(text(follow.language, "paused_deleted"))
        missing = missing_permissions(channel)
        if missing:
            raise ChannelGone(text(follow.language, "paused_permissions", permissions=", ".join(missing)))
        return channel

    async def _send(self, follow: Follow, **kwargs: object) -> int:
        channel = self._channel(follow)
        try:
            message = await channel.send(allowed_mentions=NO_MENTIONS, **kwargs)  # type: ignore[arg-type]
        except discord.NotFound:
            raise ChannelGone(text(follow.language, "paused_deleted")) from None
        except discord.Forbidden:
            raise ChannelGone(text(follow.language, "paused_permissions", permissions="Send Messages")) from None
        return message.id

    async def post(self, follow: Follow, hit: Hit, key: str) -> int:
        return await self._send(follow, embed=follow_post(hit, follow.topic, key, follow.language),
                                view=_post_view(hit.story_id, follow.language))

    async def digest(self, follow: Follow, hits: list[Hit], key: str) -> int:
        return await self._send(follow, embed=follow_digest(hits, follow.topic, key, follow.language))

    async def landed(self, follow: Follow, key: str) -> bool | None:
        channel = self.bot.get_channel(follow.channel_id)
        if not isinstance(channel, discord.TextChannel):
            return None
        try:
            async for message in channel.history(limit=HISTORY_LIMIT):
                if message.author.id == self.bot.user.id and any(
                        (embed.footer.text or "").endswith(key) for embed in message.embeds):
                    return True
        except discord.HTTPException:
            return None
        return False


class Follows(commands.Cog):
    def __init__(self, bot: DatelineBot) -> None:
        self.bot = bot
        self.state: StateDB | None = None
        self.desk: FollowDesk | None = None
        self._starting: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        self.state = await asyncio.to_thread(StateDB, self.bot.settings.state_path)
        self.desk = FollowDesk(self.bot.librarian, self.state, ChannelCourier(self.bot))
        self.bot.add_dynamic_items(OpenStory)
        self._starting = asyncio.create_task(self._start(), name="dateline-follows-start")

    async def _start(self) -> None:
        await self.bot.wait_until_ready()  # the channel cache: where the posts go, and what the bot may do there
        assert self.desk is not None
        await self.desk.start()

    async def cog_unload(self) -> None:
        if self._starting is not None:
            self._starting.cancel()
            await asyncio.gather(self._starting, return_exceptions=True)
        if self.desk is not None:
            await self.desk.close()
        if self.state is not None:
            await asyncio.to_thread(self.state.close)

    # -- commands ----------------------------------------------------------------------------------

    def _manages(self, interaction: discord.Interaction) -> bool:
        """Whether the invoker may manage the channel chosen in /follow's `channel` option. The run-time check
        saw only the channel the command was typed in; someone who manages only their own channel may not
        point follows at others. Discord resolves the option with the invoker's permissions there."""
        chosen = interaction.namespace.channel  # an AppCommandChannel, as Discord sent it
        return has_authority(interaction, self.bot.settings, "manage_channels", chosen.permissions)

    @app_commands.command(name="follow", description="Volg een onderwerp in een kanaal / follow a topic in a channel")
    @app_commands.describe(topic="zoekwoorden (gewone woorden, zoals bij /search)",
                           channel="kanaal voor de nieuwe artikelen (standaard: dit kanaal)",
                           source="alleen dit persbureau, bv. ANP of AFP",
                           place="alleen deze plaats in de dateline, bv. Seoul")
    @app_commands.default_permissions(manage_channels=True)
    @app_commands.guild_only()
    @managers_only()
    async def follow(self, interaction: discord.Interaction, topic: app_commands.Range[str, 1, MAX_TOPIC],
                     channel: discord.TextChannel | None = None,
                     source: app_commands.Range[str, 1, MAX_FILTER] | None = None,
                     place: app_commands.Range[str, 1, MAX_FILTER] | None = None) -> None:
        language = language_of(interaction, self.bot.settings.language)
        target = channel or interaction.channel
        if not isinstance(target, discord.TextChannel):
            raise UserFacingError("follow_not_text")
        if target.id != interaction.channel_id and not self._manages(interaction):
            raise UserFacingError("follow_not_manager_there", channel=target.mention)
        resolved = self.bot.get_channel(target.id)  # the cached channel knows the bot's overwrites
        missing = missing_permissions(resolved if isinstance(resolved, discord.TextChannel) else target)
        if missing:
            raise UserFacingError("follow_cannot_post", channel=target.mention, permissions=", ".join(missing))
        assert self.desk is not None and interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        follow, created = await self.desk.follow(
            guild_id=interaction.guild_id, channel_id=target.id, topic=topic, source=source, place=place,
            created_by=interaction.user.id, language=language)
        key = "follow_created" if created else "follow_exists"
        log.info("follow #%d %s in channel %d (%s)", follow.id, "created" if created else "repeated",
                 target.id, interaction.user.id)
        await interaction.followup.send(
            text(language, key, channel=target.mention, topic=clean(follow.topic), filters=_filters(language, follow),
                 id=follow.id, per_minute=POSTS_PER_MINUTE), ephemeral=True, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="follows", description="De volgopdrachten van deze server / this server's follows")
    @app_commands.guild_only()
    async def follows(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction, self.bot.settings.language)
        assert self.state is not None and interaction.guild_id is not None
        found = await asyncio.to_thread(self.state.follows, interaction.guild_id)
        if not found:
            await interaction.response.send_message(text(language, "follows_none"), ephemeral=True,
                                                    allowed_mentions=NO_MENTIONS)
            return
        lines = []
        for follow in found:
            line = f"`#{follow.id}` <#{follow.channel_id}> „{clean(follow.topic)}”{_filters(language, follow)}"
            if follow.paused:
                line += f" — ⏸ {text(language, 'follow_paused', reason=clean(follow.paused))}"
            lines.append(line)
        embed = discord.Embed(title=text(language, "follows_title", count=len(found), limit=MAX_FOLLOWS),
                              description=clip("\n".join(lines), 4096), colour=discord.Colour(0x1F5FA8))
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="unfollow", description="Stop een volgopdracht / stop following a topic")
    @app_commands.describe(follow="welke volgopdracht (kies uit de suggesties)")
    @app_commands.default_permissions(manage_channels=True)
    @app_commands.guild_only()
    @managers_only()
    async def unfollow(self, interaction: discord.Interaction, follow: app_commands.Range[str, 1, 20]) -> None:
        language = language_of(interaction, self.bot.settings.language)
        assert self.state is not None and interaction.guild_id is not None
        assert self.desk is not None
        try:
            removed = await self.desk.unfollow(interaction.guild_id, follow)  # parsed as typed
        except UserFacingError as error:  # told again with the reference escaped, where Discord shows it
            raise UserFacingError(error.key, **{**error.values, "id": clean(follow)}) from None
        log.info("follow #%d removed by %d", removed.id, interaction.user.id)
        await interaction.response.send_message(
            text(language, "unfollow_done", channel=f"<#{removed.channel_id}>", topic=clean(removed.topic),
                 id=removed.id), ephemeral=True, allowed_mentions=NO_MENTIONS)

    @unfollow.autocomplete("follow")
    async def unfollow_autocomplete(self, interaction: discord.Interaction, current: str,
                                    ) -> list[app_commands.Choice[str]]:
        if self.state is None or interaction.guild_id is None:
            return []
        found = await asyncio.to_thread(self.state.follows, interaction.guild_id)
        needle = current.strip().lstrip("#").lower()
        choices = []
        for item in found:
            channel = self.bot.get_channel(item.channel_id)
            name = f"#{item.id} {item.topic} → #{getattr(channel, 'name', item.channel_id)}"
            if needle in name.lower():
                choices.append(app_commands.Choice(name=clip(clean(name, plain=True), 100), value=str(item.id)))
        return choices[:25]

    # -- channels that change under the follows -------------------------------------------------

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        if self.state is None:
            return
        paused = await asyncio.to_thread(self.state.pause_channel, channel.id, text(self.bot.settings.language,
                                                                                    "paused_deleted"))
        if paused:
            log.warning("channel %d was deleted; pausing its follows %s", channel.id,
                        ", ".join(f"#{follow.id}" for follow in paused))

    @commands.Cog.listener()
    async def on_guild_channel_update(self, _before: discord.abc.GuildChannel,
                                      after: discord.abc.GuildChannel) -> None:
        """Permissions changed: pause the channel's follows if the bot can no longer post, resume if it can."""
        if self.state is None or not isinstance(after, discord.TextChannel):
            return
        missing = missing_permissions(after)
        if missing:
            reason = text(self.bot.settings.language, "paused_permissions", permissions=", ".join(missing))
            paused = await asyncio.to_thread(self.state.pause_channel, after.id, reason)
            if paused:
                log.warning("channel %d: %s; pausing its follows %s", after.id, reason,
                            ", ".join(f"#{follow.id}" for follow in paused))
        else:
            await self.resume_where_possible(after.guild, after.id)

    @commands.Cog.listener()
    async def on_guild_role_update(self, _before: discord.Role, after: discord.Role) -> None:
        """A role's permissions changed: the bot's own role may let it post again."""
        await self.resume_where_possible(after.guild)

    @commands.Cog.listener()
    async def on_member_update(self, _before: discord.Member, after: discord.Member) -> None:
        """The bot's own roles changed: one of them may let it post again."""
        if self.bot.user is not None and after.id == self.bot.user.id:
            await self.resume_where_possible(after.guild)

    @commands.Cog.listener()
    async def on_guild_available(self, guild: discord.Guild) -> None:
        """At connect (discord.py tells of every server then) and back from an outage: permissions given back
        while the bot was away."""
        await self.resume_where_possible(guild)

    async def resume_where_possible(self, guild: discord.Guild, channel_id: int | None = None) -> None:
        """Resume the paused follows of `guild` (or of one of its channels) in every channel the bot can post in
        again. Permissions come back in many ways (a channel's overwrites, a role, the bot's roles, while the bot
        was offline), and a follow paused as "deleted" during an outage finds its channel again."""
        if self.state is None or self.desk is None or guild.unavailable:
            return
        follows = await asyncio.to_thread(self.state.follows, guild.id)
        paused = sorted({follow.channel_id for follow in follows
                         if follow.paused is not None and channel_id in (None, follow.channel_id)})
        for candidate in paused:
            channel = guild.get_channel(candidate)
            if not isinstance(channel, discord.TextChannel) or missing_permissions(channel):
                continue
            try:
                resumed = await self.desk.resume(candidate)
            except IndexUnavailable:  # resuming looks at the index first, so nothing older is posted late
                log.warning("channel %d can be posted in again, but the index is unusable; its follows stay "
                            "paused until the next change", candidate)
                return
            if resumed:
                log.info("channel %d can be posted in again; resuming its follows %s", candidate,
                         ", ".join(f"#{follow.id}" for follow in resumed))


async def setup(bot: DatelineBot) -> None:
    await bot.add_cog(Follows(bot))
