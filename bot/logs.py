"""Logging that can never show the bot's token, whatever a library or a traceback puts in a record."""

from __future__ import annotations

import logging

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
    """Install the filter on every handler of the root logger (and on handlers added later via root)."""
    redactor = RedactingFilter(list(secrets))
    root = logging.getLogger()
    for handler in root.handlers:
        handler.addFilter(redactor)
    root.addFilter(redactor)
