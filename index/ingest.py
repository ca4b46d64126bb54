"""Adding an uploaded article file to the articles folder, safely.

An upload's name comes from a stranger: `../../etc/passwd`, `/abs/path`, `CON.txt`, `.hidden`, names of
500 characters. The name is reduced to a plain file name of safe characters, placed in the `ingested/`
subfolder, never overwrites an existing file, and the resolved path is checked to be inside the articles
folder before anything is written. The content is parsed first, so a file the library cannot read is
refused with the reason instead of being saved.
"""

from __future__ import annotations

import logging
import os
import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from index.models import ParsedFile
from index.parsing import parse_file
from index.reading import ARTICLE_SUFFIXES, UnreadableFile

log = logging.getLogger(__name__)

INGEST_FOLDER = "ingested"
#: Uploads above this size are refused: Discord allows 10 MB (more with boosts) per attachment.
MAX_UPLOAD_BYTES = 8 * 1024 * 1024
MAX_NAME_LENGTH = 80
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
                       *(f"lpt{n}" for n in range(1, 10))})


class IngestRefused(ValueError):
    """The upload cannot be added; the message says why."""


@dataclass(slots=True)
class Ingested:
    path: Path
    relpath: str
    parsed: ParsedFile


def safe_name(name: str) -> str:
    """A plain, portable file name derived from an untrusted one (suffix kept, lower-cased)."""
    base = PureWindowsPath(PurePosixPath(name.replace("\x00", "")).name).name
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode("ascii")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = _UNSAFE.sub("_", stem).strip("._-")[:MAX_NAME_LENGTH] or "artikel"
    if stem.lower().split(".")[0] in _RESERVED:
        stem = f"{stem}_"
    suffix = _UNSAFE.sub("", suffix).lower()
    return f"{stem}.{suffix}" if suffix else stem


def save_upload(articles: Path, name: str, data: bytes) -> Ingested:
    """Check, parse and store an upload under `articles/ingested/`; IngestRefused says why not."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise IngestRefused(f"te groot ({len(data):,} bytes; maximaal {MAX_UPLOAD_BYTES:,})")
    filename = safe_name(name)
    suffix = Path(filename).suffix
    if suffix not in ARTICLE_SUFFIXES:
        allowed = ", ".join(sorted(ARTICLE_SUFFIXES))
        raise IngestRefused(f"geen artikelbestand ({suffix or 'geen extensie'}; toegestaan: {allowed})")
    try:
        parsed = parse_file(f"{INGEST_FOLDER}/{filename}", data, time.time())
    except UnreadableFile as error:
        raise IngestRefused(str(error)) from error
    root = articles.resolve()
    folder = root / INGEST_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_path(folder, filename)
    if root not in target.resolve().parents:
        raise IngestRefused("ongeldige bestandsnaam")
    # O_EXCL: never replace a file, even one that appeared since the name was chosen.
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    relpath = target.relative_to(root).as_posix()
    log.info("ingested %s (%d bytes, %d stories)", relpath, len(data), len(parsed.stories))
    return Ingested(target, relpath, parsed)


def _free_path(folder: Path, filename: str) -> Path:
    candidate = folder / filename
    stem, suffix = candidate.stem, candidate.suffix
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate
