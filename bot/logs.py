"""Logging that can never show the bot's token, whatever a library or a traceback puts in a record."""

from __future__ import annotations

import logging
from typing import Any

MASK = "********"


class RedactingFilter(logging.Filter):
    """Replaces every occurrence of the secrets in a record's message, arguments and traceback text."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [secret for secret in secrets if secret]

    def _scrub(self, value: str) -> str:
        for secret in self.secrets:
            value = value.replace(secret, MASK)
        return value

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        scrubbed = self._scrub(message)
        if scrubbed != message or record.args:
            record.msg, record.args = scrubbed, None
        if record.exc_text:
            record.exc_text = self._scrub(record.exc_text)
        return True


def redact_secrets(*secrets: str) -> None:
    """Scrub the secrets from every log record as it is made, so every handler (also one added later, by
    us or a library) only ever sees the mask; and from what the current root handlers format."""
    redactor = RedactingFilter(list(secrets))
    root = logging.getLogger()
    for handler in root.handlers:
        handler.addFilter(redactor)
    # A filter on the root *logger* would only see records logged on root itself, not the ones that
    # propagate to it from discord.http and friends: scrub at creation instead.
    make_record = logging.getLogRecordFactory()

    def scrubbed_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        redactor.filter(record)
        return record

    logging.setLogRecordFactory(scrubbed_record)
