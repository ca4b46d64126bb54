"""A question typed in a chat, read without the chat's markup (`index.answers.question.without_markup`)."""

from __future__ import annotations

import pytest

from index.answers.question import without_markup


@pytest.mark.parametrize(("typed", "read"), [
    ("<@123456> hoeveel soldaten?", "hoeveel soldaten?"),
    ("<@!123456> <@&42> <#99887766> @everyone @here wie won?", "wie won?"),
    ("**hoeveel** soldaten? https://x.com/a?b=1 <:pepe:123> <a:dans:456>", "hoeveel soldaten?"),
    ("> wat zei hij\n>>> en nu?", "wat zei hij en nu?"),
    ("# Kop\n-# klein\nvraag", "Kop klein vraag"),
    ("_hoeveel_ soldaten, *echt* __nu__ ~~toen~~ ||geheim|| `code`", "hoeveel soldaten, echt nu toen geheim code"),
    ("<https://nos.nl/x> wat staat er om <t:1730000000:R>?", "wat staat er om ?"),
    # Not markup: an asterisk or underscore inside a word or a sum, a > between words, an @ before a name.
    ("is 5*3 meer dan 12 > 10, zegt snake_case @Jan", "is 5*3 meer dan 12 > 10, zegt snake_case @Jan"),
    ("  hoeveel\tsoldaten\n?  ", "hoeveel soldaten ?"),
])
def test_chat_markup_is_no_word_of_the_question(typed: str, read: str) -> None:
    assert without_markup(typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("hoeveel soldaten in caf\udce9s?", "hoeveel soldaten in cafés?"),  # a Latin-1 "é" from a terminal
    ("hoeveel\udc81 soldaten?", "hoeveel soldaten?"),  # a byte no encoding gives a character
    ("hoeveel \ud800soldaten?", "hoeveel soldaten?"),  # half of a character
])
def test_bytes_that_are_no_utf8_are_read_or_left_out(typed: str, read: str) -> None:
    assert without_markup(typed) == read
    without_markup(typed).encode("utf-8")  # what the embedding model's encoder needs
