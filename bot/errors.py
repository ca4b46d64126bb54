"""Errors that are the user's (or the moment's) to fix, answered with a short message, not a traceback.

Each carries a key into `bot.texts` and its values, so the one error handler can answer in the user's
language.
"""

from __future__ import annotations

from bot.texts import reindex_failure, text


class UserFacingError(Exception):
    """A problem to tell the user about briefly (ephemerally); never logged as a crash."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values

    def message(self, language: str) -> str:
        """What the user is told, in their language."""
        return text(language, self.key, **self.values)


class IndexBuilding(UserFacingError):
    def __init__(self) -> None:
        super().__init__("index_building")


class IndexRebuilding(IndexBuilding):
    """The index became unusable (damaged, deleted) while the bot ran; it is being rebuilt."""

    def __init__(self) -> None:
        UserFacingError.__init__(self, "index_rebuilding")


class ReindexRunning(UserFacingError):
    def __init__(self) -> None:
        super().__init__("reindex_busy")


class TooBusy(UserFacingError):
    """This server already has as much work in flight as it may have."""

    def __init__(self) -> None:
        super().__init__("too_busy")


class TookTooLong(UserFacingError):
    def __init__(self) -> None:
        super().__init__("took_too_long")


class ReindexFailedError(UserFacingError):
    """The reindex stopped with a reason (disk full, folder missing); the previous index stays in use.

    The reason is a code (index.reindex.ReindexFailed's), worded in each reader's language."""

    def __init__(self, reason: str, where: str = "", detail: str = "") -> None:
        super().__init__("reindex_failed", reason=reason, where=where, detail=detail)
        self.reason, self.where, self.detail = reason, where, detail

    def message(self, language: str) -> str:
        return reindex_failure(language, self.reason, self.where, self.detail)

    def __str__(self) -> str:
        """For the log: the system's own words and the path."""
        return f"{self.detail or self.reason}{f' ({self.where})' if self.where else ''}"


class IngestPending(UserFacingError):
    """The upload was saved, but another reindex kept the lock too long to index it now."""

    def __init__(self, file: str) -> None:
        super().__init__("ingest_pending", file=file)
