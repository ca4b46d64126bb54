"""Turning request bodies into stored messages, the way Discord does for creates and edits.

Shared by the channel routes, interaction callbacks and interaction webhooks so a message looks the
same whichever route made it, and a later reply or button press can target it by id.
"""

from __future__ import annotations

import copy
import mimetypes
from typing import TYPE_CHECKING, Any

from .model import FLAG_EPHEMERAL, FLAG_LOADING, FakeAttachment, FakeChannel, FakeUser, iso_now
from .records import UploadedFile, pings_of

if TYPE_CHECKING:
    from .server import FakeDiscord

# Flags a bot may set on its messages (SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2);
# the others (ephemeral, loading, ...) are Discord's to set, ephemeral only through interactions.
SETTABLE_FLAGS = (1 << 2) | (1 << 12) | (1 << 15)


def store_file(fake: FakeDiscord, channel_id: int, part: UploadedFile, filename: str | None = None) -> FakeAttachment:
    """Keep uploaded bytes and serve them at a CDN-like URL on the fake, as Discord's CDN would."""
    att_id = fake.snowflake()
    name = filename or part.filename
    ctype = part.content_type
    if ctype in ("", "application/octet-stream"):
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
    attachment = FakeAttachment(
        att_id, name, ctype, part.data, f"{fake.base_url}/attachments/{channel_id}/{att_id}/{name}"
    )
    fake.files[att_id] = attachment
    return attachment


def attachments_from(
    fake: FakeDiscord,
    channel_id: int,
    body: dict[str, Any],
    files: list[UploadedFile],
    existing: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Resolve `attachments` + `files[n]` parts into attachment objects.

    Entries whose id names a `files[id]` part are new uploads; other ids keep an existing attachment.
    Without an `attachments` list every existing attachment stays and new files are appended.
    """
    parts = {f.field: f for f in files}
    used: set[str] = set()
    listed = body.get("attachments")
    by_id = {str(a["id"]): a for a in existing or []}
    result: list[dict[str, Any]] = [] if listed is not None else list(existing or [])
    for entry in listed or []:
        key = f"files[{entry.get('id')}]"
        if key in parts:
            used.add(key)
            payload = store_file(fake, channel_id, parts[key], entry.get("filename")).payload()
            if entry.get("description"):
                payload["description"] = entry["description"]
            result.append(payload)
        elif str(entry.get("id")) in by_id:
            result.append(by_id[str(entry.get("id"))])
    result += [store_file(fake, channel_id, f).payload() for f in files if f.field not in used]
    return result


def is_empty(body: dict[str, Any], files: list[UploadedFile]) -> bool:
    return not (
        body.get("content")
        or body.get("embeds")
        or files
        or body.get("components")
        or body.get("sticker_ids")
        or body.get("poll")
        or body.get("attachments")
    )


def new_message(
    fake: FakeDiscord,
    channel: FakeChannel,
    author: FakeUser,
    body: dict[str, Any],
    files: list[UploadedFile],
    *,
    msg_type: int = 0,
    flags: int = 0,
    mentions: list[FakeUser] | None = None,
    interaction: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Create, store and return a message payload (as Discord would return it)."""
    msg_id = fake.snowflake()
    ref_id = _reference_id(body)
    referenced = fake.messages.get(ref_id) if ref_id else None
    if mentions is None:  # bot-sent: Discord resolves pings from content + allowed_mentions
        reply_author = int(referenced["author"]["id"]) if referenced else None
        pinged = pings_of(body.get("content"), body.get("allowed_mentions"), reply_author)
        ids = pinged["users"] + ([reply_author] if pinged["replied_user"] and reply_author else [])
        mentions = [fake.users[i] for i in dict.fromkeys(ids) if i in fake.users]
    msg: dict[str, Any] = {
        "id": str(msg_id),
        "channel_id": str(channel.id),
        "type": 19 if referenced and msg_type == 0 else msg_type,
        "author": author.payload(),
        "content": body.get("content") or "",
        "timestamp": iso_now(),
        "edited_timestamp": None,
        "tts": bool(body.get("tts")),
        "mention_everyone": False,
        "mentions": [u.payload() for u in mentions],
        "mention_roles": [],
        "attachments": attachments_from(fake, channel.id, body, files),
        "embeds": list(body.get("embeds") or []),
        "components": list(body.get("components") or []),
        "pinned": False,
        "flags": flags,
        "reactions": [],
    }
    if body.get("nonce") is not None:
        msg["nonce"] = body["nonce"]
    guild = fake.guilds.get(channel.guild_id or 0)
    if guild is not None:
        msg["guild_id"] = str(guild.id)
    # No `member` here: the stored message is what REST returns, and on Discord only gateway events carry
    # the author's member (as it is when the event is sent; see gateway_copy).
    if interaction is not None:
        msg["webhook_id"] = str(fake.application_id)
        msg["application_id"] = str(fake.application_id)
        msg["interaction_metadata"] = interaction
    if referenced is not None:
        msg["message_reference"] = {
            "type": 0,
            "message_id": referenced["id"],
            "channel_id": referenced["channel_id"],
            **({"guild_id": referenced["guild_id"]} if "guild_id" in referenced else {}),
        }
        msg["referenced_message"] = copy.deepcopy({k: v for k, v in referenced.items() if k != "referenced_message"})
    fake.messages[msg_id] = msg
    fake.channel_messages.setdefault(channel.id, []).append(msg_id)
    return msg


def edit_message(fake: FakeDiscord, msg: dict[str, Any], body: dict[str, Any], files: list[UploadedFile]) -> None:
    """Apply a PATCH body in place: given fields replace, absent ones stay; "thinking" ends."""
    for key in ("content", "embeds", "components"):
        if key in body:
            msg[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
    if "flags" in body and body["flags"] is not None:
        msg["flags"] = (msg.get("flags", 0) & ~SETTABLE_FLAGS) | (int(body["flags"]) & SETTABLE_FLAGS)
    if "attachments" in body or files:
        msg["attachments"] = attachments_from(fake, int(msg["channel_id"]), body, files, msg.get("attachments"))
    msg["flags"] = msg.get("flags", 0) & ~FLAG_LOADING
    msg["edited_timestamp"] = iso_now()


def visible_copy(msg: dict[str, Any], visible: bool) -> dict[str, Any]:
    """What a bot without the message-content intent receives: the same message, emptied."""
    out = copy.deepcopy(msg)
    if not visible:
        out.update(content="", embeds=[], attachments=[], components=[])
    return out


def gateway_copy(fake: FakeDiscord, msg: dict[str, Any], visible: bool = True) -> dict[str, Any]:
    """A stored message as MESSAGE_CREATE / MESSAGE_UPDATE carry it: with the extra gateway fields, `member`
    for the author and for each mentioned user, taken from the guild as it is now.

    Discord's REST message object has no `member` (the spec's MessageResponse lacks it): only these events do,
    and in order with GUILD_MEMBER_UPDATE. discord.py copies a message's `member` onto its cached Member
    (Message._handle_member), so a `member` frozen when the message was made, in a REST answer or a later
    event, would undo a role change the bot had already seen."""
    out = visible_copy(msg, visible)
    guild = fake.guilds.get(int(msg["guild_id"])) if "guild_id" in msg else None
    if guild is None:
        return out
    member = guild.members.get(int(msg["author"]["id"]))
    if member is not None and "webhook_id" not in msg:
        out["member"] = member.payload(with_user=False)
    for mention in out["mentions"]:
        mentioned = guild.members.get(int(mention["id"]))
        if mentioned is not None:
            mention["member"] = mentioned.payload(with_user=False)
    return out


def is_public(msg: dict[str, Any]) -> bool:
    return not msg.get("flags", 0) & FLAG_EPHEMERAL


def _reference_id(body: dict[str, Any]) -> int | None:
    ref = body.get("message_reference") or {}
    return int(ref["message_id"]) if ref.get("message_id") is not None else None
