"""Checks every body the client sends: against Discord's OpenAPI spec and against live API limits.

The spec (OpenAPI 3.1, i.e. JSON Schema 2020-12) catches shape errors; it is looser than the live
API in places (content up to 4,000 characters, no lowercase rule for command names), so the
limits the real API enforces on bots are checked here by hand.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

DEFAULT_SPEC_PATH = Path(
    os.environ.get(
        "FAKEDISCORD_OPENAPI_SPEC",
        str(Path(__file__).resolve().parents[3] / "shared" / "discord-api-spec" / "openapi.json"),
    )
)

# discord.py sends some snowflakes (message_reference ids, allowed_mentions ids) as integers; the
# live API takes both, the spec only strings.
_SNOWFLAKE = {"anyOf": [{"type": "string", "pattern": "^(0|[1-9][0-9]*)$"}, {"type": "integer", "minimum": 0}]}

# Discord's documented regex for command and option names is ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$;
# Python's re has no \p, and \w (letters, digits, underscore, in Unicode) is the close equivalent.
COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$")


@dataclass(frozen=True)
class Issue:
    where: str
    message: str
    code: str = "BASE_TYPE_INVALID"


@functools.lru_cache(maxsize=4)
def _load_spec(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        spec: dict[str, Any] = json.load(fh)
    components = spec["components"]
    schemas = {**components["schemas"], "SnowflakeType": _SNOWFLAKE}
    for name, schema in schemas.items():
        props = schema.get("properties") or {}
        if "default_member_permissions" in props:
            # The docs (and the live API) take a permission bit set as a string too.
            widened = {"anyOf": [props["default_member_permissions"], {"type": "string", "pattern": "^[0-9]+$"}]}
            schemas[name] = {**schema, "properties": {**props, "default_member_permissions": widened}}
    return {**spec, "components": {**components, "schemas": schemas}}


class SpecValidator:
    """Validates request bodies against the operation's requestBody schema in the OpenAPI spec."""

    def __init__(self, spec_path: Path | str | None = DEFAULT_SPEC_PATH) -> None:
        self.available = False
        self.reason = "no spec path given"
        self._spec: dict[str, Any] = {}
        self._validators: dict[tuple[str, str, str], Draft202012Validator | None] = {}
        if spec_path is None:
            return
        if not Path(spec_path).is_file():
            self.reason = f"spec not found at {spec_path}"
            return
        self._spec = _load_spec(str(spec_path))
        self.available, self.reason = True, ""

    def has_operation(self, method: str, template: str) -> bool:
        return method.lower() in self._spec.get("paths", {}).get(template, {})

    def _validator(self, method: str, template: str, media: str) -> Draft202012Validator | None:
        key = (method, template, media)
        if key not in self._validators:
            op = self._spec.get("paths", {}).get(template, {}).get(method.lower(), {})
            content = (op.get("requestBody") or {}).get("content", {})
            schema = (content.get(media) or content.get("application/json") or {}).get("schema")
            self._validators[key] = (
                None if schema is None else Draft202012Validator({**schema, "components": self._spec["components"]})
            )
        return self._validators[key]

    def validate(self, method: str, template: str, body: Any, *, multipart: bool = False) -> list[Issue]:
        """Schema errors for `body` sent to `method template` (empty when valid or unknown)."""
        if not self.available or body is None:
            return []
        validator = self._validator(method, template, "multipart/form-data" if multipart else "application/json")
        if validator is None:
            return [Issue("", f"the spec has no request body for {method} {template}")]
        issues = []
        for error in validator.iter_errors(body):
            best = error
            # anyOf/oneOf failures are reported at the top; the deepest context error is what
            # a person needs to see.
            while best.context:
                best = max(best.context, key=lambda e: len(e.absolute_path))
            where = ".".join(str(p) for p in best.absolute_path)
            issues.append(Issue(where, best.message[:300]))
        return issues


# -- live limits ------------------------------------------------------------------------------

EMBED_LIMITS = {"title": 256, "description": 4096}


def _too_long(where: str, value: Any, limit: int) -> Iterator[Issue]:
    if isinstance(value, str) and len(value) > limit:
        yield Issue(where, f"Must be {limit} or fewer in length (got {len(value)}).", "BASE_TYPE_MAX_LENGTH")


def check_message(body: dict[str, Any], prefix: str = "") -> list[Issue]:
    """Limits Discord applies to every message a bot creates or edits."""
    issues: list[Issue] = list(_too_long(f"{prefix}content", body.get("content"), 2000))
    embeds = body.get("embeds") or []
    if len(embeds) > 10:
        issues.append(Issue(f"{prefix}embeds", "Must be 10 or fewer in length.", "BASE_TYPE_MAX_LENGTH"))
    total = 0
    for i, embed in enumerate(embeds):
        at = f"{prefix}embeds.{i}."
        for key, limit in EMBED_LIMITS.items():
            issues += _too_long(at + key, embed.get(key), limit)
            total += len(embed.get(key) or "")
        fields = embed.get("fields") or []
        if len(fields) > 25:
            issues.append(Issue(at + "fields", "Must be 25 or fewer in length.", "BASE_TYPE_MAX_LENGTH"))
        for j, fld in enumerate(fields):
            issues += _too_long(f"{at}fields.{j}.name", fld.get("name"), 256)
            issues += _too_long(f"{at}fields.{j}.value", fld.get("value"), 1024)
            total += len(fld.get("name") or "") + len(fld.get("value") or "")
        footer, author = embed.get("footer") or {}, embed.get("author") or {}
        issues += _too_long(at + "footer.text", footer.get("text"), 2048)
        issues += _too_long(at + "author.name", author.get("name"), 256)
        total += len(footer.get("text") or "") + len(author.get("name") or "")
    if total > 6000:
        issues.append(
            Issue(
                f"{prefix}embeds",
                f"Embed size exceeds maximum size of 6000 (got {total}).",
                "MESSAGE_EMBED_SIZE_EXCEEDED",
            )
        )
    rows = [c for c in body.get("components") or [] if c.get("type") == 1]
    if len(rows) > 5:
        issues.append(Issue(f"{prefix}components", "Must be 5 or fewer in length.", "BASE_TYPE_MAX_LENGTH"))
    for i, row in enumerate(rows):
        if len(row.get("components") or []) > 5:
            issues.append(
                Issue(
                    f"{prefix}components.{i}.components",
                    "Must be 5 or fewer in length.",
                    "BASE_TYPE_MAX_LENGTH",
                )
            )
    return issues


def check_choices(choices: list[dict[str, Any]] | None, where: str) -> list[Issue]:
    issues: list[Issue] = []
    if choices is None:
        return issues
    if len(choices) > 25:
        issues.append(Issue(where, f"Must be 25 or fewer in length (got {len(choices)}).", "BASE_TYPE_MAX_LENGTH"))
    for i, choice in enumerate(choices):
        name = choice.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= 100:
            issues.append(Issue(f"{where}.{i}.name", "Must be between 1 and 100 in length.", "BASE_TYPE_BAD_LENGTH"))
        issues += _too_long(f"{where}.{i}.value", choice.get("value"), 100)
    return issues


def _check_named(item: dict[str, Any], where: str, *, chat_input: bool) -> list[Issue]:
    issues: list[Issue] = []
    name, description = item.get("name"), item.get("description")
    if not isinstance(name, str) or not COMMAND_NAME.match(name):
        issues.append(Issue(f"{where}name", f"Invalid command name {name!r}.", "APPLICATION_COMMAND_INVALID_NAME"))
    elif chat_input and name != name.lower():
        issues.append(
            Issue(
                f"{where}name",
                f"Command name {name!r} must be lowercase.",
                "APPLICATION_COMMAND_INVALID_NAME",
            )
        )
    if chat_input and (not isinstance(description, str) or not 1 <= len(description) <= 100):
        issues.append(Issue(f"{where}description", "Must be between 1 and 100 in length.", "BASE_TYPE_BAD_LENGTH"))
    return issues


def _check_options(options: list[dict[str, Any]] | None, where: str) -> list[Issue]:
    options = options or []
    issues: list[Issue] = []
    if len(options) > 25:
        issues.append(Issue(f"{where}options", "Must be 25 or fewer in length.", "BASE_TYPE_MAX_LENGTH"))
    seen_optional = False
    names: set[str] = set()
    for i, opt in enumerate(options):
        at = f"{where}options.{i}."
        issues += _check_named(opt, at, chat_input=True)
        if opt.get("name") in names:
            issues.append(Issue(f"{at}name", "Option names must be unique.", "APPLICATION_COMMAND_OPTIONS_DUPLICATE"))
        names.add(opt.get("name", ""))
        if opt.get("type") in (1, 2):
            issues += _check_options(opt.get("options"), at)
            continue
        if opt.get("required") and seen_optional:
            issues.append(
                Issue(
                    f"{at}required",
                    "Required options must be placed before non-required options.",
                    "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                )
            )
        seen_optional = seen_optional or not opt.get("required")
        issues += check_choices(opt.get("choices"), f"{at}choices")
        if opt.get("autocomplete") and opt.get("choices"):
            issues.append(
                Issue(
                    f"{at}autocomplete",
                    "Autocomplete cannot be set with choices.",
                    "APPLICATION_COMMAND_AUTOCOMPLETE_WITH_CHOICES",
                )
            )
    return issues


def check_command(command: dict[str, Any], where: str = "") -> list[Issue]:
    """Name/description/option rules the live API enforces on a command definition."""
    chat_input = (command.get("type") or 1) == 1
    issues = _check_named(command, where, chat_input=chat_input)
    if not chat_input and command.get("description"):
        issues.append(
            Issue(
                f"{where}description",
                "User and message commands take no description.",
                "BASE_TYPE_MAX_LENGTH",
            )
        )
    return issues + (_check_options(command.get("options"), where) if chat_input else [])


def check_command_list(commands: Any) -> list[Issue]:
    if not isinstance(commands, list):
        return []
    issues = [issue for i, cmd in enumerate(commands) for issue in check_command(cmd, f"{i}.")]
    keys = [(c.get("name"), c.get("type") or 1) for c in commands]
    if len(set(keys)) != len(keys):
        issues.append(
            Issue(
                "",
                "Application command names must be unique per type.",
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
            )
        )
    return issues


def error_tree(issues: list[Issue]) -> dict[str, Any]:
    """Discord's nested `errors` object for a 50035 Invalid Form Body answer."""
    tree: dict[str, Any] = {}
    for issue in issues:
        node = tree
        for part in [p for p in issue.where.split(".") if p]:
            node = node.setdefault(part, {})
        node.setdefault("_errors", []).append({"code": issue.code, "message": issue.message})
    return tree


MESSAGE_ROUTES = {
    ("POST", "/channels/{channel_id}/messages"),
    ("PATCH", "/channels/{channel_id}/messages/{message_id}"),
    ("POST", "/webhooks/{webhook_id}/{webhook_token}"),
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original"),
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"),
}
CALLBACK_ROUTE = "/interactions/{interaction_id}/{interaction_token}/callback"


def check_limits(method: str, template: str, body: Any) -> list[Issue]:
    """The live limits that apply to this route's body (messages, callbacks, commands)."""
    if not isinstance(body, dict | list):
        return []
    if (method, template) in MESSAGE_ROUTES and isinstance(body, dict):
        return check_message(body)
    if template == CALLBACK_ROUTE and isinstance(body, dict):
        data = body.get("data") or {}
        if body.get("type") in (4, 7):
            return check_message(data, "data.")
        if body.get("type") == 8:
            return check_choices(data.get("choices") or [], "data.choices")
        return []
    if template.endswith("/commands") and method == "PUT":
        return check_command_list(body)
    if "/commands" in template and method in ("POST", "PATCH") and isinstance(body, dict):
        return check_command(body)
    return []
