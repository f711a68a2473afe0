"""Test helper: a simulator of the seed pages' byte-level damage (research/encoding.md §4)."""

from __future__ import annotations

FOLD = {"，": ",", "！": "!", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?"}


def sloppy_decode(raw: bytes) -> str:
    """GBK decode as the damaged pages show it: an orphaned lead byte becomes '?', and a
    '(' right after it is swallowed."""
    out, i = [], 0
    while i < len(raw):
        if raw[i] < 0x80:
            out.append(chr(raw[i]))
            i += 1
            continue
        try:
            out.append(raw[i:i + 2].decode("gbk"))
            i += 2
            continue
        except UnicodeDecodeError:
            pass
        out.append("?")
        i += 1
        if i < len(raw) and raw[i] == 0x28:
            i += 1
    return "".join(out)


def damage_bytes(text: str, annotations: dict[str, str]) -> bytes:
    """Byte-level pinyin injection, then fullwidth folding, as a non-multibyte-safe script."""
    raw = text.encode("gbk")
    for ch, reading in annotations.items():
        c = ch.encode("gbk")
        raw = raw.replace(c, c + b"(" + reading.encode("gbk") + b")")
    for fw, a in FOLD.items():
        raw = raw.replace(fw.encode("gbk"), a.encode())
    return raw


def corrupt(text: str, annotations: dict[str, str]) -> str:
    """The damaged bytes as the seed pages' decoder showed them."""
    return sloppy_decode(damage_bytes(text, annotations))
