"""Turning an article file's bytes into clean text, or a reason why not.

Article folders fill up from scrapers, mail exports and Windows editors: text arrives as UTF-8, UTF-8 with
a BOM, UTF-16, cp1252 or Latin-1, with CRLF line ends. Everything readable is decoded; what is not text
(binary, empty, too large) is refused with a reason that goes into the reindex report.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

log = logging.getLogger(__name__)

#: Files above this size are refused unread: one stray dump must not stall a reindex.
MAX_FILE_BYTES = 64 * 1024 * 1024

#: The file kinds the library reads, by suffix.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES


class UnreadableFile(ValueError):
    """The file cannot be read as an article; the message is the reason shown to users."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters that never occur in text files (tab, LF, CR and form feed do).
_BINARY_CONTROLS = frozenset(range(32)) - {9, 10, 12, 13}


def decode(data: bytes) -> str:
    """Decode article bytes to normalised text (NFC, LF line ends), or raise `UnreadableFile`."""
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile(f"too large ({len(data):,} bytes; the limit is {MAX_FILE_BYTES:,})")
    if not data.strip():
        raise UnreadableFile("empty file")
    text = _decode_bytes(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise UnreadableFile("empty file")
    return text


def _decode_bytes(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise UnreadableFile(f"undecodable {encoding} text ({error.reason})") from error
    if b"\x00" in data[:8192]:
        raise UnreadableFile("binary file (contains NUL bytes)")
    sample = data[:8192]
    controls = sum(1 for byte in sample if byte in _BINARY_CONTROLS)
    if controls > max(2, len(sample) // 100):
        raise UnreadableFile("binary file (control characters)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # cp1252 is what Windows tools write for Dutch ("Oekraïne", “quotes”, €); it leaves five bytes
        # undefined, and those mean the file is something else.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        log.debug("not cp1252 either; reading as Latin-1")
    return data.decode("latin-1")


#: Lone surrogates: what Python makes of bytes that are no UTF-8 in a command line or piped input ("\udce9" for
#: a Latin-1 "é"); U+DC80-U+DCFF hold such a byte each (PEP 383), any other is no character at all.
_SURROGATES = re.compile("[\ud800-\udfff]+")


def typed_text(text: str) -> str:
    """Text a person typed (a command line, a piped console line, a batch line) with its undecodable bytes read
    as Windows-1252, what a terminal that is not UTF-8 most likely sent ("caf\udce9" -> "café"), and any other
    lone surrogate left out. Kept, they cannot be written as UTF-8, which the embedding model's encoder and the
    terminal need: "hoeveel\udcff soldaten" ended the console."""
    def repaired(run: re.Match[str]) -> str:
        raw = bytes(ord(char) - 0xDC00 for char in run.group() if 0xDC80 <= ord(char) <= 0xDCFF)
        return raw.decode("cp1252", errors="replace").replace("\ufffd", " ")

    return _SURROGATES.sub(repaired, text)
