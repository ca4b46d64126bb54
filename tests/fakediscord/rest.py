"""The HTTP plumbing around every REST route: recording, injected faults, auth, validation, errors.

Kept apart from the route handlers so each handler only states what Discord does for its route;
everything that must happen uniformly (and the gotchas: exact Content-Type, 429 with Via and a JSON
retry_after) is done once here.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiohttp import web
from aiohttp.multipart import parse_content_disposition

from .handles import InteractionHandle
from .records import ApiError, RecordedRequest, UploadedFile, Violation
from .validation import check_limits, error_tree

if TYPE_CHECKING:
    from .server import FakeDiscord

API = "/api/v10"
RECORD = web.RequestKey("fakediscord_record", RecordedRequest)
INTERACTION = web.RequestKey("fakediscord_interaction", InteractionHandle)
log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class DiscordError(Exception):
    """Raised by handlers to answer with a Discord-style JSON error."""

    def __init__(self, status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status, self.code, self.message, self.errors = status, code, message, errors


@dataclass
class Fault:
    """An injected failure for the next matching request(s)."""

    method: str
    pattern: re.Pattern[str]
    status: int
    times: int
    retry_after: float = 0.0
    global_: bool = False
    code: int = 0
    message: str = ""

    def matches(self, method: str, path: str) -> bool:
        return self.times > 0 and self.method in ("*", method) and self.pattern.search(path) is not None


def invalid_form(field: str, code: str, message: str) -> DiscordError:
    """A 50035 "Invalid Form Body" error naming one field, as Discord reports it."""
    errors = {field: {"_errors": [{"code": code, "message": message}]}}
    return DiscordError(400, 50035, "Invalid Form Body", errors)


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON with `Content-Type: application/json` exactly: discord.py treats `; charset=...` as text."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def error_response(status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"message": message, "code": code}
    if errors:
        body["errors"] = errors
    return json_response(body, status)


def bucket_headers(route: str, remaining: int = 49, reset_after: float = 1.0) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": "50",
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
        "X-RateLimit-Reset-After": f"{reset_after:.3f}",
        "X-RateLimit-Bucket": hashlib.sha1(route.encode()).hexdigest()[:32],
    }


def rate_limited_response(fault: Fault, route: str) -> web.Response:
    """A 429 as Discord sends it; without `Via` discord.py assumes a Cloudflare ban and gives up."""
    headers = {
        "Via": "1.1 google",
        "Retry-After": str(math.ceil(fault.retry_after)),
        "X-RateLimit-Scope": "global" if fault.global_ else "user",
    }
    if fault.global_:
        headers["X-RateLimit-Global"] = "true"
    else:
        headers.update(bucket_headers(route, remaining=0, reset_after=fault.retry_after))
    body = {
        "message": "You are being rate limited.",
        "retry_after": fault.retry_after,
        "global": fault.global_,
    }
    return json_response(body, 429, headers)


def parse_multipart(body: bytes, content_type: str) -> tuple[Any, list[UploadedFile]]:
    """Split a multipart/form-data body into its payload_json and its file parts, bytes intact."""
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if match is None:
        raise DiscordError(400, 50035, "Invalid Form Body")
    delimiter = b"--" + match.group(1).encode()
    payload: Any = None
    files: list[UploadedFile] = []
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, data = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        data = data.removesuffix(b"\r\n")
        headers = dict(
            (k.strip().lower(), v.strip())
            for k, _, v in (line.decode("utf-8").partition(":") for line in head.split(b"\r\n"))
        )
        _, params = parse_content_disposition(headers.get("content-disposition"))
        name = params.get("name", "")
        if name == "payload_json":
            payload = json.loads(data)
        elif "filename" in params:
            ctype = headers.get("content-type", "application/octet-stream")
            files.append(UploadedFile(name, params["filename"], ctype, data))
    return payload, files


class RestLayer:
    """The aiohttp middleware that wraps every route of the fake."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path in ("/gateway", "/resume-gateway"):
            return await handler(request)
        fake = self.fake
        auth = request.headers.get("Authorization")
        rec = RecordedRequest(
            method=request.method,
            path=request.path,
            query=dict(request.query),
            headers={k: v for k, v in request.headers.items() if k.lower() != "authorization"},
            auth_present=auth is not None,
            auth_valid=auth is not None and hmac.compare_digest(auth.encode(), f"Bot {fake.token}".encode()),
            at=fake.now(),
            wall_time=time.time(),
        )
        resource = request.match_info.route.resource
        if resource is not None and request.match_info.http_exception is None:
            rec.route = resource.canonical.removeprefix(API)
            rec.params = dict(request.match_info)
        request[RECORD] = rec
        fake.requests.append(rec)
        try:
            response = await self._process(request, handler, rec)
        except DiscordError as exc:
            response = error_response(exc.status, exc.code, exc.message, exc.errors)
            rec.error_code = exc.code
            error = ApiError(exc.status, exc.code, exc.message, rec.method, rec.path, fake.now())
            fake.errors.append(error)
            handle = request.get(INTERACTION) or self._interaction_of(request)
            if handle is not None:
                handle.errors.append(error)
        except Exception as exc:
            # A bug in the fake must fail the test, not look like a Discord outage the client retries.
            fake.internal_errors.append(exc)
            log.exception("fakediscord: internal error on %s %s", rec.method, rec.path)
            response = error_response(500, 0, f"fakediscord internal error: {exc!r}")
        rec.status = response.status
        fake.notifier.changed()
        return response

    async def _process(self, request: web.Request, handler: Handler, rec: RecordedRequest) -> web.StreamResponse:
        fake = self.fake
        rel = rec.rel_path
        raw = await request.read()
        if request.content_type == "multipart/form-data":
            rec.json, rec.files = parse_multipart(raw, request.headers.get("Content-Type", ""))
        elif raw:
            try:
                rec.json = json.loads(raw)
            except ValueError:
                raise DiscordError(400, 50109, "The request body contains invalid JSON.") from None
        fault = next((f for f in fake.faults if f.matches(rec.method, rel)), None)
        if fault is not None:
            fault.times -= 1
            rec.injected = "rate_limit" if fault.status == 429 else f"fail_{fault.status}"
            if fault.status == 429:
                return rate_limited_response(fault, rec.route or rel)
            return error_response(fault.status, fault.code, fault.message or f"{fault.status}: injected by test")
        if rec.route is None:
            status = getattr(request.match_info.http_exception, "status", 404)
            raise DiscordError(status, 0, "405: Method Not Allowed" if status == 405 else "404: Not Found")
        needs_auth = rec.path.startswith(API) and not rel.startswith(("/interactions/", "/webhooks/"))
        if needs_auth and not rec.auth_valid:
            raise DiscordError(401, 0, "401: Unauthorized")
        self._validate(rec, multipart=request.content_type == "multipart/form-data")
        too_big = [f for f in rec.files if f.size > fake.attachment_size_limit]
        if too_big:
            raise DiscordError(413, 40005, "Request entity too large")
        response = await handler(request)
        if rec.path.startswith(API) and not rel.startswith("/interactions/"):
            response.headers.update(bucket_headers(rec.route))
        return response

    def _interaction_of(self, request: web.Request) -> InteractionHandle | None:
        """The interaction a callback/webhook path names, so errors raised early still reach its handle."""
        info = request.match_info
        if "interaction_id" in info:
            return self.fake.interactions.get(int(info["interaction_id"]))
        if "webhook_token" in info:
            return self.fake.interaction_by_token(info["webhook_token"])
        return None

    def _validate(self, rec: RecordedRequest, *, multipart: bool) -> None:
        fake, route = self.fake, rec.route or ""
        issues = [("spec", i) for i in fake.validator.validate(rec.method, route, rec.json, multipart=multipart)]
        issues += [("limit", i) for i in check_limits(rec.method, route, rec.json)]
        for source, issue in issues:
            violation = Violation(source, rec.method, rec.path, route, issue.where, issue.message)
            rec.violations.append(violation)
            fake.violations.append(violation)
        if issues and fake.reject_invalid:
            raise DiscordError(400, 50035, "Invalid Form Body", error_tree([i for _, i in issues]))
