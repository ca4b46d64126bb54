"""Handles that tests hold on to after dispatching an interaction.

A handle is the test's view of one interaction: what the bot answered (callback), the current
state of the original response and follow-ups (re-read from the message store, so edits show),
and every error the fake gave for it (late callback, double acknowledgement, ...).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .model import FLAG_EPHEMERAL, FLAG_LOADING
from .records import ApiError, CallbackRecord

if TYPE_CHECKING:
    from .server import FakeDiscord


class InteractionHandle:
    """One dispatched INTERACTION_CREATE and everything the bot did with it."""

    def __init__(self, fake: FakeDiscord, payload: dict[str, Any], dispatched_at: float) -> None:
        self._fake = fake
        self.payload = payload
        self.id = int(payload["id"])
        self.token: str = payload["token"]
        self.type: int = payload["type"]
        self.channel_id = int(payload["channel_id"])
        self.guild_id = int(payload["guild_id"]) if "guild_id" in payload else None
        self.dispatched_at = dispatched_at
        self.callback: CallbackRecord | None = None
        self.original_id: int | None = None
        self.followup_ids: list[int] = []
        self.errors: list[ApiError] = []
        self.deleted_original = False

    def __repr__(self) -> str:
        cb = self.callback.type if self.callback else None
        return f"<InteractionHandle id={self.id} type={self.type} callback={cb} errors={len(self.errors)}>"

    # -- state ------------------------------------------------------------------------------

    @property
    def acknowledged(self) -> bool:
        return self.callback is not None

    @property
    def ack_latency(self) -> float | None:
        """Seconds from dispatch to the accepted callback (None if never acknowledged)."""
        return self.callback.latency if self.callback else None

    @property
    def ephemeral(self) -> bool:
        """Whether the response (message or defer) was flagged ephemeral (flags & 64)."""
        original = self.original
        if original is not None:
            return bool(original.get("flags", 0) & FLAG_EPHEMERAL)
        return self.callback.ephemeral if self.callback else False

    @property
    def original(self) -> dict[str, Any] | None:
        """The original response message as it stands now (after edits), or None."""
        if self.original_id is None or self.deleted_original:
            return None
        return self._fake.messages.get(self.original_id)

    @property
    def content(self) -> str | None:
        original = self.original
        return None if original is None else original.get("content")

    @property
    def followups(self) -> list[dict[str, Any]]:
        return [self._fake.messages[i] for i in self.followup_ids if i in self._fake.messages]

    @property
    def choices(self) -> list[dict[str, Any]] | None:
        """Autocomplete results (callback type 8)."""
        if self.callback and self.callback.type == 8:
            return list((self.callback.data or {}).get("choices") or [])
        return None

    @property
    def modal(self) -> dict[str, Any] | None:
        """The modal the bot opened (callback type 9)."""
        return self.callback.data if self.callback and self.callback.type == 9 else None

    # -- waiting ----------------------------------------------------------------------------

    async def wait_callback(self, timeout: float = 5.0) -> CallbackRecord:
        await self._fake.wait_for(lambda: self.callback is not None, timeout, f"a callback to {self!r}")
        assert self.callback is not None
        return self.callback

    async def wait_original(
        self, predicate: Callable[[dict[str, Any]], bool] | None = None, timeout: float = 5.0
    ) -> dict[str, Any]:
        """Wait until the original response exists, is no longer "thinking", and fits `predicate`."""

        def ready() -> bool:
            msg = self.original
            if msg is None or msg.get("flags", 0) & FLAG_LOADING:
                return False
            return predicate is None or predicate(msg)

        await self._fake.wait_for(ready, timeout, f"the original response of {self!r}")
        assert self.original is not None
        return self.original

    async def wait_followups(self, count: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:
        await self._fake.wait_for(lambda: len(self.followups) >= count, timeout, f"{count} follow-up(s) to {self!r}")
        return self.followups

    async def wait_error(self, code: int | None = None, timeout: float = 5.0) -> ApiError:
        def found() -> bool:
            return any(code is None or e.code == code for e in self.errors)

        await self._fake.wait_for(found, timeout, f"error {code} for {self!r}")
        return next(e for e in self.errors if code is None or e.code == code)
