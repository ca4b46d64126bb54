"""Buttons and selects: paging through results and opening a story.

Only the person who ran the command can press them (others get a short private note), and when the
view times out its components are disabled in place, so nobody presses a dead button.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import discord

from bot import replies
from bot.embeds import Reply, clean, story_pages
from bot.errors import UserFacingError
from bot.formatting import framing
from bot.replies import NO_MENTIONS, language_of
from bot.texts import text
from index.models import Hit, SearchResult, Story, clip

if TYPE_CHECKING:
    from bot.service import Librarian

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 180.0
SELECT_LABEL_LIMIT = 100


async def answer_failed_press(interaction: discord.Interaction, error: Exception, language: str, what: str) -> None:
    """A press (of a button or select) that failed is answered privately, as a failed command is, and a crash is
    logged with its traceback: left to discord.py, it would only be logged, and the user would see "This
    interaction failed". `what` names the control in the log."""
    if isinstance(error, UserFacingError):
        message = error.message(language)
    else:
        log.error("%s failed", what, exc_info=error)
        message = text(language, "apology")
    try:
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException:
        log.warning("could not tell the user about an error (interaction gone)", exc_info=True)


class OwnedView(discord.ui.View):
    """A view only its invoker may use, disabled when it times out."""

    def __init__(self, owner_id: int, language: str, timeout: float | None = None) -> None:
        # TIMEOUT_SECONDS is read now, not when this module was imported, so it can be configured.
        super().__init__(timeout=TIMEOUT_SECONDS if timeout is None else timeout)
        self.owner_id = owner_id
        self.language = language
        self.message: discord.Message | discord.InteractionMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        # Told in the language of the one who pressed, who may not be the one who asked.
        await interaction.response.send_message(text(language_of(interaction, self.language), "only_invoker"),
                                                ephemeral=True, allowed_mentions=NO_MENTIONS)
        return False

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item) -> None:
        await answer_failed_press(interaction, error, language_of(interaction, self.language),
                                  f"{type(item).__name__} of {type(self).__name__}")

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select):
                item.disabled = True
        if self.message is not None:
            try:
                await self.message.edit(view=self, allowed_mentions=NO_MENTIONS)
            except discord.HTTPException:
                log.debug("could not disable the view of a message that is gone", exc_info=True)


class Pager(OwnedView):
    """Previous/next through pages that are loaded on demand."""

    def __init__(self, owner_id: int, language: str, pages: int,
                 load: Callable[[int], Awaitable[list[discord.Embed]]], page: int = 1) -> None:
        super().__init__(owner_id, language)
        self.page = page
        self.pages = pages
        self.load = load
        self.previous_button.label = text(language, "previous")
        self.next_button.label = text(language, "next")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.previous_button.disabled = self.page <= 1
        self.next_button.disabled = self.page >= self.pages

    async def show(self, interaction: discord.Interaction, page: int) -> None:
        page = max(1, min(page, self.pages))
        # Loading may wait for this server's turn: acknowledge within Discord's 3 s, as respond() does.
        loading = asyncio.ensure_future(self.load(page))
        done, _ = await asyncio.wait({loading}, timeout=replies.QUICK_SECONDS)
        if not done:
            await interaction.response.defer()  # for a button: "the message will be updated"
        embeds = await loading  # may fail (too busy): then the pager stays where it was
        self.page = page
        await self.refresh(embeds)
        self._update_buttons()
        if interaction.response.is_done():
            await interaction.edit_original_response(embeds=embeds, view=self, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.edit_message(embeds=embeds, view=self, allowed_mentions=NO_MENTIONS)

    async def refresh(self, embeds: list[discord.Embed]) -> None:
        """Hook for subclasses that change with the page (the story select)."""

    @discord.ui.button(label="<", style=discord.ButtonStyle.secondary, custom_id="dateline:previous")
    async def previous_button(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        await self.show(interaction, self.page - 1)

    @discord.ui.button(label=">", style=discord.ButtonStyle.secondary, custom_id="dateline:next")
    async def next_button(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        await self.show(interaction, self.page + 1)


def static_pager(owner_id: int, language: str, pages: list[list[discord.Embed]]) -> Pager | None:
    """A pager over pages that are all known already (a long story, a long comparison); None for one page,
    which needs no buttons."""
    if len(pages) <= 1:
        return None

    async def load(page: int) -> list[discord.Embed]:
        return pages[page - 1]

    return Pager(owner_id, language, len(pages), load)


def story_reply(story: Story | None, story_id: str, owner_id: int, language: str) -> tuple[Reply, Pager | None]:
    """A whole story: its first page, with a pager when it is long (/story and the search's story menu)."""
    if story is None:
        raise UserFacingError("story_not_found", story_id=clean(story_id))
    pages = story_pages(story, language)
    return Reply(embeds=pages[:1]), static_pager(owner_id, language, [[page] for page in pages])


class StorySelect(discord.ui.Select):
    """Open one of the stories on the current page (privately, with its own pager if it is long)."""

    def __init__(self, view: SearchPager) -> None:
        super().__init__(placeholder=text(view.language, "open_story"), min_values=1, max_values=1,
                         custom_id="dateline:open-story", row=1)
        self.pager = view

    def fill(self, hits: list[Hit]) -> None:
        self.options = [discord.SelectOption(
            label=clip(clean(hit.headline, plain=True) or hit.story_id, SELECT_LABEL_LIMIT), value=hit.story_id,
            description=clip(clean(hit.dateline, plain=True) or hit.story_id, SELECT_LABEL_LIMIT))
            for hit in hits[:25]]
        self.disabled = not self.options

    async def callback(self, interaction: discord.Interaction) -> None:
        story_id, language = self.values[0], self.pager.language
        await replies.respond(interaction, self.pager.open_story(story_id),
                              lambda story: story_reply(story, story_id, interaction.user.id, language),
                              ephemeral=True)


class SearchPager(Pager):
    """Search results: pages fetched as the user pages, and a select to open a story."""

    def __init__(self, owner_id: int, language: str, result: SearchResult,
                 fetch: Callable[[int], Awaitable[SearchResult]],
                 render: Callable[[SearchResult], list[discord.Embed]],
                 open_story: Callable[[str], Awaitable[Story | None]]) -> None:
        super().__init__(owner_id, language, max(1, result.pages), self._load, page=result.page)
        self.fetch = fetch
        self.render = render
        self.open_story = open_story
        self.result = result
        self.select = StorySelect(self)
        self.select.fill(result.hits)
        self.add_item(self.select)

    async def _load(self, page: int) -> list[discord.Embed]:
        self.result = await self.fetch(page)
        # An estimated total (many matches) firms up as the user pages: the last page is what it says now.
        self.pages = max(1, self.result.pages)
        return self.render(self.result)

    async def refresh(self, embeds: list[discord.Embed]) -> None:
        self.select.fill(self.result.hits)


#: Stories per page of a paged list (/search, /latest).
PAGE_SIZE = 5


async def respond_paged(interaction: discord.Interaction, librarian: Librarian, language: str,
                        pages: Callable[[SearchResult, str], list[discord.Embed]],
                        read: Callable[[int], Awaitable[SearchResult]]) -> None:
    """A paged list of stories (/search, /latest): the first page, buttons to page that only the asker can
    press, a menu to open a story; every read in the server's queue."""

    async def fetch(page: int) -> SearchResult:
        return await librarian.serve(interaction.guild_id, read(page))

    async def open_story(story_id: str) -> Story | None:
        return await librarian.serve(interaction.guild_id, librarian.story(story_id))

    def render(result: SearchResult) -> tuple[Reply, discord.ui.View | None]:
        framed = framing(result, language)  # an English query's buttons and pages are in English too
        embeds = pages(result, framed)
        if not result.hits:  # nothing found (or a page past the end): said to the asker only
            return Reply(embeds=embeds, private=True), None
        view = SearchPager(interaction.user.id, framed, result, fetch,
                           lambda page_result: pages(page_result, framed)[:1], open_story)
        return Reply(embeds=embeds[:1]), view

    await replies.respond(interaction, fetch(1), render)
