"""/ask, and questions asked by mentioning the bot, with follow-ups by replying to its answer.

Without the message-content intent a message's text is only visible when it mentions the bot, which is
exactly when it is a question for us. A reply to one of our answers (with the reply ping on, so it
mentions us) is read together with the question it follows up: "en volgens het Pentagon?" after
"hoeveel soldaten zitten in Rusland?".

Questions by mention have the same per-user cooldown as /ask; someone over it is told so once per window
(publicly, as a reply that pings nobody), further messages in that window are ignored, so spam is never
answered with as much spam.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import DatelineBot
from bot.embeds import Reply, answer_reply
from bot.errors import UserFacingError
from bot.replies import NO_MENTIONS, language_of, respond
from bot.texts import cooldown, text
from index.answers.question import without_markup
from index.models import Answer

log = logging.getLogger(__name__)

MAX_QUESTION = 500
#: Answers remembered for follow-ups (message id -> the question it answered).
REMEMBERED_ANSWERS = 2000
#: Questions per user per window, as for /ask.
MENTION_RATE = (4, 30.0)


def _unsent(message: discord.Message, error: discord.HTTPException) -> None:
    """An answer Discord refused (the channel, or the bot's permissions in it, changed meanwhile): a warning, not
    a crash, and nobody to tell."""
    log.warning("could not answer message %d in channel %d: %s", message.id, message.channel.id, error)


class Questions(commands.Cog):
    def __init__(self, bot: DatelineBot) -> None:
        self.bot = bot
        self.answered: OrderedDict[int, str] = OrderedDict()
        self._asking = commands.CooldownMapping.from_cooldown(*MENTION_RATE, commands.BucketType.user)
        self._warned = commands.CooldownMapping.from_cooldown(1, MENTION_RATE[1], commands.BucketType.user)

    @app_commands.command(name="ask", description="Stel een vraag over het nieuws / ask about the news")
    @app_commands.describe(question="je vraag, bv. hoeveel Noord-Koreaanse soldaten zitten in Rusland?")
    @app_commands.checks.cooldown(*MENTION_RATE)
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, MAX_QUESTION]) -> None:
        language = language_of(interaction, self.bot.settings.language)
        librarian = self.bot.librarian

        def render(answer: Answer) -> tuple[Reply, discord.ui.View | None]:
            return answer_reply(answer, language), None

        await respond(interaction, librarian.serve(interaction.guild_id, librarian.ask(question)), render)

    # -- questions by mention --------------------------------------------------------------------

    def _remember(self, message_id: int, question: str) -> None:
        self.answered[message_id] = question
        while len(self.answered) > REMEMBERED_ANSWERS:
            self.answered.popitem(last=False)

    def question_in(self, message: discord.Message) -> str:
        """The message's text without mentions (of the bot, or anyone: ids and @everyone are no words
        an article contains, and the library would abstain over them) and the chat's other markup."""
        return without_markup(message.content)

    async def _previous_question(self, message: discord.Message) -> str | None:
        """The question our answer (that this message replies to) answered, if it is one of ours."""
        reference = message.reference
        if reference is None or reference.message_id is None:
            return None
        if reference.message_id in self.answered:
            return self.answered[reference.message_id]
        resolved = reference.resolved
        if not isinstance(resolved, discord.Message):
            try:
                resolved = await message.channel.fetch_message(reference.message_id)
            except discord.HTTPException:
                return None
        if self.bot.user is None or resolved.author.id != self.bot.user.id or resolved.reference is None:
            return None
        try:  # our answer replies to the user's question: read that
            asked = await message.channel.fetch_message(resolved.reference.message_id)
        except discord.HTTPException:
            return None
        return self.question_in(asked) or None

    def _permissions(self, message: discord.Message) -> discord.Permissions:
        """What the bot may do in the channel where `message` was posted."""
        me = message.guild.me if message.guild is not None else self.bot.user
        return message.channel.permissions_for(me)  # type: ignore[arg-type,union-attr]

    async def _say(self, message: discord.Message, **content: Any) -> discord.Message | None:
        """Answer `message` in its channel; the answer, or None when it could not be sent.

        A reply where the bot may read the channel's history (Discord requires that for a reply), which still
        goes out if the question was deleted meanwhile; a plain message otherwise."""
        readable = self._permissions(message).read_message_history
        reference = message.to_reference(fail_if_not_exists=False) if readable else None
        try:
            return await message.channel.send(reference=reference, mention_author=False,  # type: ignore[arg-type]
                                              allowed_mentions=NO_MENTIONS, **content)
        except (discord.Forbidden, discord.NotFound) as error:
            _unsent(message, error)
            return None

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.bot.user is None or not self.bot.user.mentioned_in(message):
            return
        if message.mention_everyone and self.bot.user not in message.mentions:
            return  # @everyone is not a question for us
        if not self._permissions(message).send_messages:
            log.info("a question in channel %d, where I may not send messages: not answered", message.channel.id)
            return
        language = self.bot.settings.language
        retry_after = self._asking.update_rate_limit(message)
        if retry_after:
            if not self._warned.update_rate_limit(message):
                await self._say(message, content=cooldown(language, retry_after))
            return
        question = self.question_in(message)
        if not question:
            await self._say(message, content=text(language, "mention_empty"))
            return
        previous = await self._previous_question(message)
        asked = f"{question} {previous}" if previous else question
        try:
            async with message.channel.typing(), self.bot.librarian.slot(message.guild.id if message.guild else None):
                answer = await self.bot.librarian.ask(asked[:MAX_QUESTION * 2])
        except UserFacingError as error:
            await self._say(message, content=error.message(language))
            return
        except (discord.Forbidden, discord.NotFound) as error:  # "typing…" refused: the channel changed meanwhile
            _unsent(message, error)
            return
        except Exception:
            log.exception("answering a mention failed (question %r)", asked)
            await self._say(message, content=text(language, "apology"))
            return
        sent = await self._say(message, embeds=answer_reply(answer, language).embeds)
        if sent is not None:
            self._remember(sent.id, asked)


async def setup(bot: DatelineBot) -> None:
    await bot.add_cog(Questions(bot))
