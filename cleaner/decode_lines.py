"""Line-by-line decoding for mixed-encoding documents.

Scraped pages are often stitched together from parts in different encodings: a UTF-8 template
around a GBK or cp1252 article, a cp1252 comment in a UTF-8 forum thread. No single codec
decodes such a page strictly, and decoding the whole page with one codec and replacement
destroys the lines in the other encoding. Here each line gets its own codec:

1. strict UTF-8 (a mis-decode of non-UTF-8 bytes as strict UTF-8 is very unlikely);
2. strictly the document's detected codec (``fallback_codec``), unless it reads none of the
   non-UTF-8 lines or is not ASCII-compatible: then the detector's guess for those lines;
3. the detected codec with U+FFFD replacement when the line is clearly in that codec and only
   a few bytes are broken (a truncated multibyte character), else strict cp1252;
4. last resort: whichever of UTF-8 / the detected codec with replacement loses least.

Line breaks (LF, CR LF, CR) are found in the bytes and copied unchanged, so the decoded text
has exactly as many lines as the input (as :func:`cleaner.document.split_lines` counts them).
"""

from __future__ import annotations

import re

# A line break in an ASCII-compatible encoding: CR LF, CR or LF (the split_lines contract).
_BREAK = re.compile(rb"\r\n|\r|\n")

# Above this share of U+FFFD among a line's non-ASCII characters, the detected codec is
# judged wrong for the line (rather than slightly damaged) and cp1252 is tried instead.
MAX_REPLACEMENT_SHARE = 0.1

MIXED = "mixed_encoding_lines"
REPLACED = "decode_with_replacement"


def ascii_compatible(codec: str) -> bool:
    """True when ``codec`` encodes ASCII (so line breaks) as itself, byte for byte.

    Only then can lines be found in the bytes before decoding. UTF-16/32 and EBCDIC are not.
    """
    try:
        probe = "\r\n\tAz09 <>&"
        return probe.encode(codec) == probe.encode("ascii")
    except (LookupError, UnicodeError, ValueError):
        return False


def _strict(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError, ValueError):
        return None
    # A line must stay one line: a codec that turns bytes into breaks is wrong for it.
    return None if "\n" in text or "\r" in text else text


def _lossy(data: bytes, codec: str) -> str:
    text = data.decode(codec, errors="replace")
    return text.replace("\r", "\ufffd").replace("\n", "\ufffd")


def _replacement_share(text: str) -> float:
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F)
    return text.count("\ufffd") / non_ascii if non_ascii else 0.0


def decode_line(data: bytes, fallback_codec: str) -> tuple[str, str, bool]:
    """Decode one line (no break bytes in it): its text, the codec used, whether it is lossy."""
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8", False
    text = _strict(data, fallback_codec)
    if text is not None:
        return text, fallback_codec, False
    damaged = _lossy(data, fallback_codec)
    if _replacement_share(damaged) <= MAX_REPLACEMENT_SHARE:
        return damaged, fallback_codec, True
    text = _strict(data, "cp1252")
    if text is not None:
        return text, "cp1252", False
    utf8 = _lossy(data, "utf-8")
    if damaged.count("\ufffd") < utf8.count("\ufffd"):
        return damaged, fallback_codec, True
    return utf8, "utf-8", True


def split_byte_lines(data: bytes) -> list[tuple[bytes, bytes]]:
    """The lines of ``data`` with the break that ended each (b"" for the last)."""
    out = []
    start = 0
    for match in _BREAK.finditer(data):
        out.append((data[start:match.start()], match.group()))
        start = match.end()
    out.append((data[start:], b""))
    return out


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def line_codec(lines: list[bytes], fallback_codec: str) -> str:
    """The codec for the lines that are not UTF-8.

    The caller's codec when it is ASCII-compatible and strictly decodes at least one of those
    lines. Otherwise the whole-document guess was wrong for this mixed page (the detector
    also saw the UTF-8 parts, and may even have named EBCDIC or UTF-16), so the detector is
    asked about the non-UTF-8 lines alone.
    """
    from cleaner.decode import chardet_guess, widen  # lazy: decode may import this module

    foreign = [line for line in lines if not _is_utf8(line)]
    fallback_ok = ascii_compatible(fallback_codec)
    if not foreign or (fallback_ok and any(_strict(line, fallback_codec) is not None
                                           for line in foreign)):
        return fallback_codec if fallback_ok else "cp1252"
    guess = chardet_guess(b"\n".join(foreign))
    candidates = [c for c in (widen(guess) if guess else ()) if ascii_compatible(c)]
    if not candidates:
        return fallback_codec if fallback_ok else "cp1252"

    def decoded(codec: str) -> int:
        return sum(1 for line in foreign if _strict(line, codec) is not None)

    return max(candidates, key=decoded)  # max keeps the first of equals


def decode_lines(data: bytes, fallback_codec: str) -> list[tuple[str, str, str, bool]]:
    """Per line: decoded text, the break that ended it ('' for the last), codec, lossy."""
    lines = split_byte_lines(data)
    codec = line_codec([line for line, _ in lines], fallback_codec)
    out = []
    for line, brk in lines:
        text, used, lossy = decode_line(line, codec)
        out.append((text, brk.decode("ascii"), used, lossy))
    return out


def decode_per_line(data: bytes, fallback_codec: str) -> tuple[str, list[str]]:
    """Decode ``data`` line by line; returns the text and the names of the repairs made.

    The names are ``mixed_encoding_lines`` (always: the caller uses this only when no
    whole-document codec decodes strictly) and ``decode_with_replacement`` when some bytes
    could not be decoded by any codec and became U+FFFD. The number of lines never changes.
    """
    lines = decode_lines(data, fallback_codec)
    text = "".join(line + brk for line, brk, _, _ in lines)
    names = [MIXED]
    if any(lossy for _, _, _, lossy in lines):
        names.append(REPLACED)
    return text, names
