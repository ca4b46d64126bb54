"""The fake gateway: JSON text frames over a websocket, speaking gateway v10 as discord.py expects.

One bot session at a time (no sharding). Every DISPATCH goes into the session's log with a rising
`s`, whether or not a socket is attached, so a RESUME can replay what the client missed; that is
what makes "drop the connection, keep dispatching, expect the bot to catch up" testable.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from .model import (
    INTENT_GUILD_MEMBERS,
    INTENT_GUILDS,
    PRIVILEGED_INTENTS,
)

if TYPE_CHECKING:
    from .server import FakeDiscord

log = logging.getLogger(__name__)

OP_DISPATCH, OP_HEARTBEAT, OP_IDENTIFY, OP_PRESENCE, OP_RESUME = 0, 1, 2, 3, 6
OP_RECONNECT, OP_REQUEST_MEMBERS, OP_INVALID_SESSION, OP_HELLO, OP_HEARTBEAT_ACK = 7, 8, 9, 10, 11
MAX_LOG = 2000


@dataclass
class Session:
    id: str
    intents: int
    seq: int = 0
    # (seq, serialized frame): serialized at dispatch so a replay sends what was true then.
    log: list[tuple[int, str]] = field(default_factory=list)
    ws: web.WebSocketResponse | None = None


@dataclass
class GatewayStats:
    """Counters tests assert on: a resume must not show up as a second IDENTIFY."""

    connections: int = 0
    identifies: int = 0
    resumes: int = 0
    failed_resumes: int = 0
    heartbeats: int = 0
    presence_updates: list[dict[str, Any]] = field(default_factory=list)
    close_codes: list[int | None] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)


class Gateway:
    def __init__(self, fake: FakeDiscord, heartbeat_interval_ms: int) -> None:
        self._fake = fake
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.stats = GatewayStats()
        self.session: Session | None = None
        self._sessions: dict[str, Session] = {}
        self._sockets: set[web.WebSocketResponse] = set()
        self._lock = asyncio.Lock()

    @property
    def intents(self) -> int:
        return self.session.intents if self.session else 0

    @property
    def connected(self) -> bool:
        return self.session is not None and self.session.ws is not None and not self.session.ws.closed

    # -- connection ---------------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=16 * 1024 * 1024)
        await ws.prepare(request)
        self._sockets.add(ws)
        self.stats.connections += 1
        self.stats.paths.append(request.path)
        self._fake.notifier.changed()
        try:
            await self._send(
                ws,
                {
                    "op": OP_HELLO,
                    "d": {"heartbeat_interval": self.heartbeat_interval_ms},
                    "s": None,
                    "t": None,
                },
            )
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    await self._on_frame(ws, json.loads(msg.data))
                elif msg.type is WSMsgType.BINARY:
                    await ws.close(code=4002, message=b"Error while decoding payload.")
        finally:
            self._sockets.discard(ws)
            self.stats.close_codes.append(ws.close_code)
            session = self.session
            if session is not None and session.ws is ws:
                session.ws = None
                # A client that closes with 1000/1001 ends its session, as on Discord.
                if ws.close_code in (1000, 1001):
                    self._sessions.pop(session.id, None)
            self._fake.notifier.changed()
        return ws

    async def _send(self, ws: web.WebSocketResponse, frame: dict[str, Any] | str) -> None:
        if not ws.closed:
            try:
                await ws.send_str(frame if isinstance(frame, str) else json.dumps(frame))
            except ConnectionResetError:
                log.debug("gateway socket went away while sending a frame")

    async def _on_frame(self, ws: web.WebSocketResponse, frame: dict[str, Any]) -> None:
        op, data = frame.get("op"), frame.get("d")
        if op == OP_HEARTBEAT:
            self.stats.heartbeats += 1
            await self._send(ws, {"op": OP_HEARTBEAT_ACK, "d": None, "s": None, "t": None})
        elif op == OP_IDENTIFY:
            await self._identify(ws, data)
        elif op == OP_RESUME:
            await self._resume(ws, data)
        elif op == OP_PRESENCE:
            self.stats.presence_updates.append(data)
        elif op == OP_REQUEST_MEMBERS:
            await self._members_chunk(data)
        else:
            log.debug("fake gateway ignores op %s", op)
        self._fake.notifier.changed()

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        fake = self._fake
        if not fake.token_matches(data.get("token")):
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        intents = int(data.get("intents") or 0)
        if intents & PRIVILEGED_INTENTS & ~fake.privileged_intents:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        async with self._lock:
            self.stats.identifies += 1
            session = Session(id=secrets.token_hex(16), intents=intents, ws=ws)
            self._sessions[session.id] = session
            self.session = session
            ready = {
                "v": 10,
                "user": fake.bot_user.payload(),
                "session_type": "normal",
                "session_id": session.id,
                "resume_gateway_url": f"{fake.ws_base}/resume-gateway",
                "guilds": [{"id": str(g.id), "unavailable": True} for g in fake.guilds.values()],
                "private_channels": [],
                "relationships": [],
                "presences": [],
                "guild_join_requests": [],
                "geo_ordered_rtc_regions": ["rotterdam"],
                "auth": {},
                "user_settings": {},
                "application": {"id": str(fake.application_id), "flags": fake.application_flags},
                "_trace": ["fakediscord"],
            }
            await self._dispatch_locked("READY", ready)
            if intents & INTENT_GUILDS:
                for guild in fake.guilds.values():
                    if not guild.unavailable:
                        await self._dispatch_locked("GUILD_CREATE", self.guild_create_payload(guild.id))

    def guild_create_payload(self, guild_id: int) -> dict[str, Any]:
        """Without GUILD_MEMBERS, Discord sends only the bot's own member in GUILD_CREATE."""
        guild = self._fake.guilds[guild_id]
        full = bool(self.intents & INTENT_GUILD_MEMBERS)
        return guild.payload(member_ids=None if full else {self._fake.bot_user.id})

    async def _resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        session = self._sessions.get(str(data.get("session_id")))
        if session is None or not self._fake.token_matches(data.get("token")):
            self.stats.failed_resumes += 1
            await self._send(ws, {"op": OP_INVALID_SESSION, "d": False, "s": None, "t": None})
            return
        async with self._lock:
            self.stats.resumes += 1
            last = int(data.get("seq") or 0)
            for seq, text in session.log:
                if seq > last:
                    await self._send(ws, text)
            session.ws = ws
            self.session = session
            await self._dispatch_locked("RESUMED", {"_trace": ["fakediscord"]})

    async def _members_chunk(self, data: dict[str, Any]) -> None:
        guild = self._fake.guilds.get(int(data.get("guild_id") or 0))
        if guild is None:
            return
        members = [m.payload() for m in guild.members.values()]
        chunk = {
            "guild_id": str(guild.id),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
            "nonce": data.get("nonce"),
        }
        await self.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    # -- dispatching ----------------------------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Queue an event for the bot's session (sent now if connected); returns its sequence."""
        async with self._lock:
            return await self._dispatch_locked(event, data)

    async def _dispatch_locked(self, event: str, data: dict[str, Any]) -> int:
        session = self.session
        if session is None:
            raise RuntimeError("fakediscord: no gateway session yet (has the bot connected and identified?)")
        session.seq += 1
        text = json.dumps({"op": OP_DISPATCH, "t": event, "s": session.seq, "d": data})
        session.log.append((session.seq, text))
        del session.log[:-MAX_LOG]
        if session.ws is not None:
            await self._send(session.ws, text)
        self._fake.notifier.changed()
        return session.seq

    # -- server-side disturbances ---------------------------------------------------------------

    async def drop(self, code: int = 4000) -> None:
        """Close the bot's socket from the server side; 4000 is resumable, as Discord's "unknown error"."""
        session = self.session
        if session is None or session.ws is None:
            raise RuntimeError("fakediscord: no gateway connection to drop")
        ws, session.ws = session.ws, None
        await ws.close(code=code, message=b"fakediscord: dropped by test")

    async def send_op(self, op: int, data: Any = None) -> None:
        """Send a bare opcode (e.g. 7 RECONNECT, 9 INVALID_SESSION) on the live socket."""
        session = self.session
        if session is None or session.ws is None:
            raise RuntimeError("fakediscord: no gateway connection")
        if op == OP_INVALID_SESSION and not data:
            self._sessions.pop(session.id, None)
        await self._send(session.ws, {"op": op, "d": data, "s": None, "t": None})

    async def close_all(self) -> None:
        for ws in list(self._sockets):
            await ws.close(code=1001, message=b"fakediscord: server stopping")
