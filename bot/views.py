"""Buttons and selects: paging through results and opening a story.

Only the person who ran the command can press them (others get a short private note), and when the
view times out its components are disabled in place, so nobody presses a dead button.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import discord

from bot.embeds import clip, story_pages
from bot.replies import NO_MENTIONS
from bot.texts import text
from index.models import Hit, SearchResult, Story

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 180.0
SELECT_LABEL_LIMIT = 100


class OwnedView(discord.ui.View):
    """A view only its invoker may use, disabled when it times out."""

    def __init__(self, owner_id: int, language: str, timeout: float = TIMEOUT_SECONDS) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.language = language
        self.message: discord.Message | discord.InteractionMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(text(self.language, "only_invoker"), ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)
        return False

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
        self.page = max(1, min(page, self.pages))
        embeds = await self.load(self.page)
        await self.refresh(embeds)
        self._update_buttons()
        await interaction.response.edit_message(embeds=embeds, view=self, allowed_mentions=NO_MENTIONS)

    async def refresh(self, embeds: list[discord.Embed]) -> None:
        """Hook for subclasses that change with the page (the story select)."""

    @discord.ui.button(label="<", style=discord.ButtonStyle.secondary, custom_id="dateline:previous")
    async def previous_button(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        await self.show(interaction, self.page - 1)

    @discord.ui.button(label=">", style=discord.ButtonStyle.secondary, custom_id="dateline:next")
    async def next_button(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        await self.show(interaction, self.page + 1)


def static_pager(owner_id: int, language: str, pages: list[list[discord.Embed]]) -> Pager:
    """A pager over pages that are all known already (a long story, a long comparison)."""
    async def load(page: int) -> list[discord.Embed]:
        return pages[page - 1]

    return Pager(owner_id, language, len(pages), load)


class StorySelect(discord.ui.Select):
    """Open one of the stories on the current page (privately, with its own pager if it is long)."""

    def __init__(self, view: SearchPager) -> None:
        super().__init__(placeholder=text(view.language, "open_story"), min_values=1, max_values=1,
                         custom_id="dateline:open-story", row=1)
        self.pager = view

    def fill(self, hits: list[Hit]) -> None:
        self.options = [discord.SelectOption(label=clip(hit.headline, SELECT_LABEL_LIMIT), value=hit.story_id,
                                             description=clip(hit.dateline or hit.story_id, SELECT_LABEL_LIMIT))
                        for hit in hits[:25]]
        self.disabled = not self.options

    async def callback(self, interaction: discord.Interaction) -> None:
        story = await self.pager.open_story(self.values[0])
        if story is None:
            await interaction.response.send_message(
                text(self.pager.language, "story_not_found", story_id=self.values[0]), ephemeral=True,
                allowed_mentions=NO_MENTIONS)
            return
        pages = story_pages(story, self.pager.language)
        view = static_pager(interaction.user.id, self.pager.language, [[page] for page in pages]) \
            if len(pages) > 1 else discord.utils.MISSING
        await interaction.response.send_message(embeds=[pages[0]], view=view, ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)


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
        return self.render(self.result)

    async def refresh(self, embeds: list[discord.Embed]) -> None:
        self.select.fill(self.result.hits)
