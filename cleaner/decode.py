"""Bytes to text: BOM, declared hint, strict UTF-8, chardet with superset widening, fallback.

Never raises on any byte string: the last resort decodes with U+FFFD replacement and says so
in the returned repairs, so callers can tell lossy decodes apart.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

import chardet

# Decoding with the superset is never worse than with the subset the detector named: pages
# labelled GB2312 routinely contain GBK-only characters, Big5 pages use cp950 extensions, etc.
SUPERSETS: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "cp950",
    "big5hkscs": "big5hkscs",
    "cp950": "cp950",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "cp932": "cp932",
    "euc_kr": "cp949",
    "cp949": "cp949",
    "ascii": "cp1252",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "windows_1252": "cp1252",
    "iso8859_9": "cp1254",
    "iso8859_11": "cp874",
    "tis_620": "cp874",
}

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# chardet reads at most this many bytes: enough to decide, and keeps huge inputs cheap.
DETECT_BYTES = 200_000


@dataclass
class Decoded:
    text: str
    encoding: str
    repairs: list[str] = field(default_factory=list)


def normalize_codec(name: str | None) -> str | None:
    """Python's canonical codec name for ``name``, or None when Python has no such codec."""
    if not name:
        return None
    try:
        return codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None


def widen(codec: str) -> str:
    """The superset codec to decode with in place of what a detector named."""
    return SUPERSETS.get(codec, codec)


def strict_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def detect_bom(data: bytes) -> tuple[str, int] | None:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def chardet_guess(data: bytes) -> str | None:
    guess = chardet.detect(data[:DETECT_BYTES])
    return normalize_codec(guess.get("encoding"))


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data``; ``encoding`` is a declared hint (HTTP header, meta charset) tried first."""
    bom = detect_bom(data)
    if bom is not None:
        codec, size = bom
        text = strict_decode(data[size:], codec)
        if text is not None:
            return Decoded(text, codec)

    hint = normalize_codec(encoding)
    if hint is not None:
        text = strict_decode(data, widen(hint))
        if text is not None:
            return Decoded(text, widen(hint))

    text = strict_decode(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")

    guess = chardet_guess(data)
    candidates = [widen(guess)] if guess else []
    candidates += [c for c in ("gb18030", "cp1252") if c not in candidates]
    for codec in candidates:
        text = strict_decode(data, codec)
        if text is not None:
            return Decoded(text, codec)

    # Nothing decodes strictly: keep every byte we can, mark the loss.
    codec = candidates[0] if guess else "utf-8"
    return Decoded(data.decode(codec, errors="replace"), codec, ["decode_with_replacement"])
