"""What a question typed in a chat says, without the chat's markup.

A Discord message carries markup that is no word of any article: mentions (`<@id>`, `<#id>`, `@everyone`),
custom emoji (`<:naam:id>`), timestamps (`<t:1730000000:R>`), links, and markdown around the words
(`**vet**`, `_schuin_`, `||spoiler||`, `` `code` ``, `> citaat`, `# kop`). Left in, the question reader takes
them for the question's words: "_hoeveel_" is no question word (the question is then read as asking for a
thing), a link adds "https" and "com", words no article has, and the markup shifts the question's meaning
vector, so the same question was answered differently for how it was typed. Questions only: search queries keep
their characters (`*` is a wildcard in the advanced syntax).
"""

from __future__ import annotations

import re

#: Mentions of users, roles and channels, @everyone / @here, custom emoji and timestamps.
_TOKENS = re.compile(r"<@[!&]?\d+>|<#\d+>|@everyone\b|@here\b|<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>")
#: Links, bare or in angle brackets (Discord's way to show one without a preview).
_LINKS = re.compile(r"<?https?://[^\s>]+>?")
#: A line's block markup: quotes, headings and subtext.
_BLOCKS = re.compile(r"^[ \t]*(?:>>> |> |#{1,3} |-# )", re.MULTILINE)
#: Markdown around words: bold, underline, strike-through, spoilers and code are doubled or backticks; a
#: single * or _ counts only against a word's edge ("5*3" and "snake_case" keep theirs).
_EMPHASIS = re.compile(r"\*\*|__|~~|\|\||`+|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")


def chat_question(typed: str) -> str:
    """`typed` without the chat's markup, its whitespace made single spaces."""
    plain = _EMPHASIS.sub("", _BLOCKS.sub("", _LINKS.sub(" ", _TOKENS.sub(" ", typed))))
    return " ".join(plain.split())
