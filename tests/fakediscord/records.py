"""What the fake remembers about the traffic, kept as plain dataclasses so tests can assert on it.

Everything here is passive data plus one small waiting primitive (:class:`Notifier`): the server
mutates these records and tests read them, so there is no logic to get out of sync.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


class Notifier:
    """Lets tests wait for any condition on the fake's state.

    Every state change calls :meth:`changed`; waiters re-check their predicate. A fresh Event per
    change (instead of an asyncio.Condition) keeps :meth:`changed` synchronous, so it can be called
    from plain functions as well as handlers.
    """

    poll_interval = 0.02

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def changed(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait_for(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"fakediscord: timed out after {timeout}s waiting for {what}")
            # Poll too, so predicates on the bot's side (not the fake's) are seen promptly.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event.wait(), min(remaining, self.poll_interval))


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart request: kept whole so tests can check e.g. a PNG signature."""

    field: str
    filename: str
    content_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class Violation:
    """A request body that the real API would (or, per the spec, should) reject."""

    source: str  # "spec" (OpenAPI schema) or "limit" (a live API limit the spec does not state)
    method: str
    path: str
    route: str | None
    where: str  # dotted location in the body, e.g. "embeds.0.title"
    message: str


@dataclass
class RecordedRequest:
    """One HTTP request as the fake saw it.

    The Authorization header is never stored: only whether it was present and whether it matched
    the configured token, so records can be printed or dumped without leaking a credential.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    auth_present: bool
    auth_valid: bool
    at: float  # event-loop clock, comparable with handle.dispatched_at
    wall_time: float
    route: str | None = None  # the matched template below /api/v10, as in the OpenAPI spec
    params: dict[str, str] = field(default_factory=dict)  # path parameters of that template
    json: Any = None  # the JSON body, or the payload_json part of a multipart body
    files: list[UploadedFile] = field(default_factory=list)
    status: int | None = None
    error_code: int | None = None
    injected: str | None = None
    violations: list[Violation] = field(default_factory=list)

    @property
    def rel_path(self) -> str:
        """The path below /api/v10 (CDN paths stay as they are)."""
        return self.path.removeprefix("/api/v10")

    def matches(self, method: str, path_regex: str) -> bool:
        return method in ("*", self.method) and re.search(path_regex, self.rel_path) is not None


@dataclass
class ApiError:
    """A Discord-style error answer the fake gave (e.g. 10062 for a late callback)."""

    status: int
    code: int
    message: str
    method: str
    path: str
    at: float


@dataclass
class CallbackRecord:
    """The first accepted interaction callback: its type, data and how long after dispatch it came."""

    type: int
    data: dict[str, Any] | None
    at: float
    latency: float

    @property
    def ephemeral(self) -> bool:
        return bool(((self.data or {}).get("flags") or 0) & 64)


def pings_of(content: str | None, allowed: dict[str, Any] | None, reply_author: int | None) -> dict[str, Any]:
    """Who Discord would ping for this content and allowed_mentions (the rules of the docs).

    No allowed_mentions means "parse everything" and a reply pings its author; with allowed_mentions,
    only the listed `parse` types and explicit ids ping, and `replied_user` defaults to false.
    """
    text = content or ""
    users = {int(u) for u in re.findall(r"<@!?(\d+)>", text)}
    roles = {int(r) for r in re.findall(r"<@&(\d+)>", text)}
    everyone = "@everyone" in text or "@here" in text
    if allowed is None:
        return {
            "users": sorted(users),
            "roles": sorted(roles),
            "everyone": everyone,
            "replied_user": reply_author is not None,
        }
    parse = set(allowed.get("parse") or [])
    ok_users = {int(u) for u in allowed.get("users") or []}
    ok_roles = {int(r) for r in allowed.get("roles") or []}
    return {
        "users": sorted(u for u in users if "users" in parse or u in ok_users),
        "roles": sorted(r for r in roles if "roles" in parse or r in ok_roles),
        "everyone": everyone and "everyone" in parse,
        "replied_user": reply_author is not None and bool(allowed.get("replied_user", False)),
    }


@dataclass
class SentMessage:
    """A message body the bot sent, normalized across channel, callback and webhook routes."""

    kind: str  # channel_create, channel_edit, callback, original_edit, followup, followup_edit
    method: str
    route: str
    path: str
    status: int | None
    content: str | None
    embeds: list[dict[str, Any]] | None
    components: list[dict[str, Any]] | None
    allowed_mentions: dict[str, Any] | None
    flags: int | None
    attachments: list[UploadedFile]
    reply_to: int | None = None
    reply_author: int | None = None
    interaction_id: int | None = None
    channel_id: int | None = None

    @property
    def pings(self) -> dict[str, Any]:
        return pings_of(self.content, self.allowed_mentions, self.reply_author)

    @property
    def pings_nobody(self) -> bool:
        """True when allowed_mentions is present and rules out every ping, whatever the content.

        An absent allowed_mentions means "parse everything", so it never counts as safe here even
        when the current content happens to mention nobody.
        """
        am = self.allowed_mentions
        if am is None:
            return False
        return not (am.get("parse") or am.get("users") or am.get("roles") or am.get("replied_user"))
