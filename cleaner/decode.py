"""Bytes to text: BOM, declared hint, BOM-less UTF-16/32, strict UTF-8, chardet, fallback.

Every candidate codec is verified: it must decode strictly *and* give plausible text (no NUL,
ESC or other C0 controls a real page never contains). A detector's named codec is tried before
its superset (Big5 → cp950, GB2312 → gb18030...) because the named codec is what the page said
it was; the superset is used when the page contains characters only the superset has.

Never raises on any byte string: the last resort decodes with U+FFFD replacement and says so
in the returned repairs, so callers can tell lossy decodes apart.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import lru_cache

import chardet

from cleaner.decode_lines import ascii_compatible, decode_per_line

# Codec families, narrowest first. Each narrower codec's bytes are a subset of the wider one's,
# but a few shared byte sequences map to different characters (GB2312 A1A4 is U+30FB, GB18030
# U+00B7; Shift_JIS 815F is U+005C, cp932 U+FF3C). Detectors name any member (chardet says
# GB18030 for plain GB2312 pages), so the whole family is tried from the narrowest codec, which
# keeps the historical mapping, to the widest, which accepts pages using extension characters.
FAMILIES: tuple[tuple[str, ...], ...] = (
    ("gb2312", "gbk", "gb18030"),
    ("hz", "gb18030"),
    ("big5", "cp950", "big5hkscs"),
    ("shift_jis", "cp932", "shift_jis_2004"),
    ("euc_jp", "euc_jis_2004"),
    ("euc_kr", "cp949"),
    ("ascii", "cp1252"),
    ("latin_1", "cp1252"),
    ("iso8859_1", "cp1252"),
    ("iso8859_9", "cp1254"),
    ("tis_620", "iso8859_11", "cp874"),
)
SUPERSETS: dict[str, tuple[str, ...]] = {}
for _family in FAMILIES:
    for _index, _codec in enumerate(_family):
        SUPERSETS.setdefault(_codec, _family[_index:])

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# chardet reads at most this many bytes: enough to decide, and keeps huge inputs cheap.
DETECT_BYTES = 200_000
# Decodes tried when nothing else worked, before giving up and replacing bytes.
LAST_RESORT = ("gb18030", "cp1252")

# C0 controls other than tab, LF, VT, FF, CR, then DEL and the C1 controls: a text containing
# them was decoded with the wrong codec (UTF-16 read as UTF-8 shows NULs, ISO-2022 read as UTF-8
# shows ESC, cp1252 read as latin-1 shows C1 controls where the curly quotes were).
_IMPLAUSIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass
class Decoded:
    """The text, the codec that produced it (Python's canonical name, e.g. ``utf-8``,
    ``gb18030``, ``shift_jis``) and what was lossy or odd about the decode."""

    text: str
    encoding: str
    repairs: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.encoding = codecs.lookup(self.encoding).name


def normalize_codec(name: str | None) -> str | None:
    """Python's canonical codec name for ``name``, or None when Python has no such codec."""
    if not name:
        return None
    try:
        return codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None


def widen(codec: str) -> tuple[str, ...]:
    """The codecs to try for a detected ``codec``: its family from the narrowest member that
    could have produced these bytes up to the widest superset."""
    for family in FAMILIES:
        if codec in family:
            return family
    return (codec,)


def strict_decode(data: bytes, codec: str) -> str | None:
    """``data`` decoded without loss, or None. Lossless includes the line structure: stateful
    codecs (ISO-2022, HZ) decode some byte sequences to nothing, so a shift byte between CR
    and LF turns two line breaks into one CR LF, and HZ's "~" + LF joins two lines. Such a
    decoding would break the one-Line-per-input-line contract, so it does not count."""
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    if is_stateful(codec) and line_breaks(text) != line_breaks(data):
        return None
    return text


@lru_cache(maxsize=256)
def is_stateful(codec: str) -> bool:
    """Codecs with shift states (ISO-2022, HZ, UTF-7), the ones that decode some bytes to
    nothing. Stateless codecs never consume a CR or LF byte in strict mode: they raise."""
    name = normalize_codec(codec)
    return name is not None and (name.startswith("iso2022") or name in ("hz", "utf_7"))


def line_breaks(value: str | bytes) -> int:
    """Line breaks as :func:`cleaner.document.split_lines` counts them (CR LF, CR, LF)."""
    cr, lf = ("\r", "\n") if isinstance(value, str) else (b"\r", b"\n")
    return value.count(lf) + value.count(cr) - value.count(cr + lf)


def is_plausible(text: str) -> bool:
    """A correct decode of a web page or text file has no stray C0 controls."""
    return _IMPLAUSIBLE.search(text) is None


def detect_bom(data: bytes) -> tuple[str, int] | None:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def guess_utf16_32(data: bytes) -> list[str]:
    """BOM-less UTF-16/32 candidates from where the NUL bytes sit (ASCII-heavy text has NUL
    high bytes in every code unit); empty when the NUL pattern says neither."""
    sample = data[:4000]
    if len(sample) < 4 or sample.count(0) * 4 < len(sample):
        return []
    quads = [sample[i::4].count(0) for i in range(4)]
    units = len(sample) // 4 or 1
    if min(quads[1], quads[2]) > 0.8 * units:
        return ["utf_32_le"] if quads[3] > 0.8 * units else ["utf_32_be"]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 2 * even:
        return ["utf_16_le"]
    if even > 2 * odd:
        return ["utf_16_be"]
    return []


def chardet_guess(data: bytes) -> str | None:
    guess = chardet.detect(data[:DETECT_BYTES])
    return normalize_codec(guess.get("encoding"))


def normalizer_guess(data: bytes) -> str | None:
    """charset-normalizer's guess, only when it happens to be installed (not a dependency)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data[:DETECT_BYTES]).best()
    return normalize_codec(best.encoding) if best is not None else None


def first_clean_decode(
    data: bytes, codecs_to_try: list[str], named: str | None = None
) -> Decoded | None:
    """The first candidate that decodes strictly to plausible text. When the codec a hint or
    detector ``named`` gives the very same text, that name is the one reported."""
    seen: set[str] = set()
    for codec in codecs_to_try:
        if codec in seen:
            continue
        seen.add(codec)
        text = strict_decode(data, codec)
        if text is not None and is_plausible(text):
            if named and named != codec and strict_decode(data, named) == text:
                codec = named
            return Decoded(text, codec)
    return None


CJK_CODECS = ("gb18030", "cp950", "cp932", "cp949")


def is_single_byte(codec: str) -> bool:
    """True for codecs that map every byte to one character (and so decode any bytes)."""
    try:
        return len(bytes(range(256)).decode(codec, errors="replace")) == 256
    except LookupError:
        return False
_CJK_CHAR = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
NEAR_CLEAN_ERRORS = 0.03  # at most three undecodable spots per 100 decoded characters


def near_clean_cjk(data: bytes, preferred: tuple[str, ...] = ()) -> Decoded | None:
    """A CJK page with a few damaged bytes (split or shifted multibyte runs) decodes with a
    handful of errors in its real codec, while single-byte codecs turn it into plausible-
    looking garbage. Only used when no CJK codec decodes strictly: a clean page of one CJK
    codec is left to the detector, since the CJK codecs overlap."""
    utf8 = data.decode("utf-8", errors="replace")
    utf8_rate = utf8.count("\ufffd") / max(1, len(utf8))
    best: tuple[float, str, str] | None = None
    for codec in dict.fromkeys(preferred + CJK_CODECS):
        text = data.decode(codec, errors="replace")
        errors = text.count("\ufffd")
        if errors == 0:
            return None
        rate = errors / max(1, len(text))
        cjk_share = len(_CJK_CHAR.findall(text)) / max(1, len(text) - text.count(" "))
        if (rate <= NEAR_CLEAN_ERRORS and rate < utf8_rate and cjk_share >= 0.5
                and (best is None or rate < best[0])):
            best = (rate, codec, text)
    if best is None:
        return None
    return Decoded(best[2], best[1], ["decode_with_replacement"])


def non_utf8_lines(data: bytes) -> bytes:
    return b"\n".join(line for line in data.split(b"\n") if strict_decode(line, "utf_8") is None)


def mostly_utf8_lines(data: bytes) -> bool:
    """Most non-ASCII lines are valid UTF-8, some are not: a page assembled from several
    sources (mixed encodings line by line), to be decoded line by line."""
    lines = [line for line in data[:DETECT_BYTES * 5].split(b"\n") if not line.isascii()]
    valid = sum(strict_decode(line, "utf_8") is not None for line in lines)
    return 0 < len(lines) - valid and valid >= 2 and valid >= 0.5 * len(lines)


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data``; ``encoding`` is a declared hint (HTTP header, meta charset) tried first."""
    bom = detect_bom(data)
    if bom is not None:
        codec, size = bom
        text = strict_decode(data[size:], codec)
        if text is not None and is_plausible(text):  # b"\xff\xfe" can start binary junk
            return Decoded(text, codec)

    hint = normalize_codec(encoding)
    cheap = [*widen(hint)] if hint else []
    cheap += guess_utf16_32(data) + ["utf_8"]
    found = first_clean_decode(data, cheap, hint)
    if found is not None:
        return found
    if mostly_utf8_lines(data):
        text, repairs = decode_per_line(data, chardet_guess(non_utf8_lines(data)) or "cp1252")
        return Decoded(text, "utf_8", repairs)

    # Without a BOM or a NUL pattern, a detector's UTF-16/32 or EBCDIC guess turns the line
    # breaks into other characters: never take one (they are found above when real).
    guesses = [g if g and ascii_compatible(g) else None for g in [chardet_guess(data)]]
    if guesses[0] is None or is_single_byte(guesses[0]):
        # A single-byte guess decodes anything; a damaged CJK page deserves a look first.
        preferred = tuple(c for c in widen(hint) if c in CJK_CODECS) if hint else ()
        found = near_clean_cjk(data[:DETECT_BYTES * 5], preferred)
        if found is not None:
            return Decoded(data.decode(found.encoding, errors="replace"), found.encoding,
                           found.repairs)
    found = first_clean_decode(data, [c for g in guesses if g for c in widen(g)], guesses[0])
    if found is not None:
        return found
    normalizer = normalizer_guess(data)
    guesses.append(normalizer if normalizer and ascii_compatible(normalizer) else None)
    fallbacks = [c for g in guesses if g for c in widen(g)] + list(LAST_RESORT)
    found = first_clean_decode(data, fallbacks)
    if found is not None:
        return found

    # Nothing decodes strictly to plausible text: prefer a strict decode with odd controls
    # (no bytes lost) over replacement, and say which happened.
    for codec in cheap + fallbacks:
        text = strict_decode(data, codec)
        if text is not None:
            return Decoded(text, codec, ["decode_implausible_controls"])
    codec = next((g for g in guesses if g), "utf_8")
    return Decoded(data.decode(codec, errors="replace"), codec, ["decode_with_replacement"])
