"""Input formats of clean-files: which files are JSONL shards, which are text, which are binary.

Reading is bounded: text documents are read up to a byte limit (larger ones are refused
without being loaded) and JSONL shards are streamed one record at a time.
"""

from __future__ import annotations

import codecs
import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".warc.wet.gz")

# Leading bytes of common binary formats that can turn up in a crawl folder.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"\x00asm", "WebAssembly"),
    (b"\xca\xfe\xba\xbe", "Java class"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
)
RIFF_KINDS = (b"WAVE", b"AVI ", b"WEBP")
SNIFF_BYTES = 8192
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def file_kind(name: str) -> str:
    """``jsonl``, ``warc``, ``gztext`` (a gzip-compressed text document) or ``text``."""
    lower = name.lower()
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(".gz"):
        return "gztext"
    return "text"


def is_gzip_name(name: str) -> bool:
    return name.lower().endswith(".gz")


@dataclass
class Sniffed:
    """What the first bytes of a text document say: binary (with why), or the BOM to add."""

    binary: str | None = None
    add_bom: bytes = b""


def sniff(head: bytes) -> Sniffed:
    """Decide from the first bytes whether a document is text.

    NUL bytes mean binary, except in UTF-16/32 text: with a BOM the library decodes it; without
    one, ASCII-range UTF-16 shows NULs at every other position only, and we add the BOM so the
    library decodes it correctly instead of reading NUL-riddled "UTF-8".
    """
    if head.startswith(UTF32_BOMS) or head.startswith(UTF16_BOMS):
        return Sniffed()
    if head.startswith(b"RIFF") and head[8:12] in RIFF_KINDS:
        return Sniffed(binary="binary signature: RIFF media")
    for signature, what in BINARY_SIGNATURES:
        if head.startswith(signature):
            return Sniffed(binary=f"binary signature: {what}")
    if b"\x00" not in head:
        return Sniffed()
    bom = _bomless_utf16(head)
    if bom is not None:
        return Sniffed(add_bom=bom)
    return Sniffed(binary="binary: contains NUL bytes")


def _bomless_utf16(head: bytes) -> bytes | None:
    """The BOM of BOM-less UTF-16 text, judged on NUL positions and a strict decode."""
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 16:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    for nuls, other, codec, bom in ((odd_nuls, even_nuls, "utf-16-le", codecs.BOM_UTF16_LE),
                                    (even_nuls, odd_nuls, "utf-16-be", codecs.BOM_UTF16_BE)):
        if other == 0 and nuls >= half * 0.5:
            try:
                text = sample.decode(codec)
            except UnicodeDecodeError:
                # the sample may end inside a surrogate pair: try one code unit shorter
                try:
                    text = sample[:-2].decode(codec)
                except UnicodeDecodeError:
                    continue
            if not any(ord(ch) < 32 and ch not in "\t\n\r\f" for ch in text):
                return bom
    return None


class TooLarge(Exception):
    """A document is larger than --max-doc-bytes; it is skipped without being loaded."""


def read_bounded(stream: BinaryIO, limit: int) -> bytes:
    """All of ``stream``, or :class:`TooLarge` as soon as it exceeds ``limit`` bytes."""
    chunks, size = [], 0
    while True:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"document larger than --max-doc-bytes ({limit} bytes)")


@dataclass
class RawRecord:
    """One line of a JSONL shard: its 1-based line number and bytes (None if too long)."""

    line_no: int
    data: bytes | None
    size: int


def iter_lines(stream: BinaryIO, limit: int) -> Iterator[RawRecord]:
    """Lines of a shard without their newline; a line over ``limit`` bytes is not kept."""
    line_no = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        line_no += 1
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:  # drain the rest of the overlong line in bounded pieces
                more = stream.readline(1 << 20)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield RawRecord(line_no, None, size)
            continue
        yield RawRecord(line_no, line.rstrip(b"\r\n") if line.endswith(b"\n") else line,
                        len(line))


def open_input(path: str, compressed: bool) -> BinaryIO:
    """Open an input for reading, transparently decompressing gzip."""
    if compressed:
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")  # noqa: SIM115 - the caller closes it
