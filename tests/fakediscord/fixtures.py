"""Pytest fixtures for end-to-end tests; import them into a conftest.py.

# tests/conftest.py
from tests.fakediscord.fixtures import fake_discord  # noqa: F401

async def test_hello(fake_discord):
    fake = await fake_discord(default_locale="nl")
    async with run_bot(make_bot(), fake):
        handle = await fake.slash("hello")
        ...
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
import pytest_asyncio

from .server import FakeDiscord

FakeFactory = Callable[..., Awaitable[FakeDiscord]]


def require_spec(reason: str) -> None:
    """A test that validates against Discord's OpenAPI description cannot pass without it: it skips, saying
    why (a clone without ../shared), and fails in CI (CI=true), where a missing spec is a broken setup."""
    message = f"fakediscord cannot validate request bodies: {reason}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest_asyncio.fixture
async def fake_discord() -> AsyncIterator[FakeFactory]:
    """A factory: `await fake_discord(**FakeDiscord kwargs)` gives a started fake that discord.py
    points at; it is stopped and the patch undone at teardown. One fake at a time (the patch is
    process-wide)."""
    stack = contextlib.AsyncExitStack()
    created: list[FakeDiscord] = []

    async def factory(**kwargs: Any) -> FakeDiscord:
        if created:
            raise RuntimeError("fakediscord: one fake per test (discord.py's URLs are process-wide)")
        fake = FakeDiscord(**kwargs)
        if kwargs.get("validate", True) and not fake.validator.available:
            require_spec(fake.validator.reason)
        await fake.start()
        stack.push_async_callback(fake.stop)
        stack.enter_context(fake.patched())
        created.append(fake)
        return fake

    async with stack:
        yield factory
    for fake in created:
        if fake.internal_errors:
            raise AssertionError(f"fakediscord had internal errors: {fake.internal_errors!r}")
