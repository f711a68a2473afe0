"""Drive Debian's headless chromium: screenshot a page, dump its DOM, read a PNG's pixels.

Used by tests/test_views.py and scripts/make_screenshots.py. Standard library only.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

# Without the background-networking flags chromium keeps trying to reach Google's hosts,
# which this machine's closed network refuses.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--force-device-scale-factor=1", "--force-color-profile=srgb",
         "--disable-extensions", "--mute-audio")
TIMEOUT = 120


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _run(args: list[str], binary: str | None) -> subprocess.CompletedProcess:
    binary = binary or find_chromium()
    if binary is None:
        raise FileNotFoundError("chromium is not installed (scripts/install_chromium.sh)")
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        return subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, timeout=TIMEOUT, check=False)


def screenshot(url: str, png: Path, *, width: int = 1200, height: int = 800,
               binary: str | None = None) -> Path:
    """Render ``url`` (e.g. ``Path(...).as_uri()``) at ``width`` x ``height`` into ``png``."""
    png = Path(png).resolve()
    png.unlink(missing_ok=True)
    result = _run([f"--screenshot={png}", f"--window-size={width},{height}", url], binary)
    if not png.exists():
        raise RuntimeError(f"chromium wrote no screenshot (exit {result.returncode}): "
                           f"{result.stderr.decode(errors='replace')[-2000:]}")
    return png


def dump_dom(url: str, *, binary: str | None = None) -> str:
    """The DOM of ``url`` after its scripts ran, serialised as HTML."""
    result = _run(["--dump-dom", url], binary)
    if result.returncode != 0 or not result.stdout:
        raise RuntimeError(f"chromium --dump-dom failed (exit {result.returncode}): "
                           f"{result.stderr.decode(errors='replace')[-2000:]}")
    return result.stdout.decode("utf-8", errors="replace")


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (raises ValueError when it is not a PNG)."""
    data = Path(path).read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError(f"{path} is not a PNG")
    return struct.unpack(">II", data[16:24])


def png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit, non-interlaced RGB or RGBA PNG: width, height, rows of RGB bytes."""
    data = Path(path).read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    pos, idat, header = 8, [], b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = chunk
        elif kind == b"IDAT":
            idat.append(chunk)
        pos += 12 + length
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", header)
    channels = {2: 3, 6: 4}.get(color)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {color})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        _unfilter(kind, line, previous, channels)
        rgb = bytes(line) if channels == 3 else bytes(
            b for i, b in enumerate(line) if i % 4 != 3)
        rows.append(rgb)
        previous = line
    return width, height, rows


def _unfilter(kind: int, line: bytearray, prev: bytearray, bpp: int) -> None:
    if kind == 0:
        return
    if kind == 2:
        line[:] = bytes((a + b) & 0xFF for a, b in zip(line, prev))
        return
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        up = prev[i]
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
        elif kind == 4:
            corner = prev[i - bpp] if i >= bpp else 0
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            pred = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
            line[i] = (line[i] + pred) & 0xFF
        else:
            raise ValueError(f"bad PNG filter {kind}")


def count_color(rows: list[bytes], rgb: tuple[int, int, int]) -> int:
    """How many pixels have exactly this colour."""
    needle = bytes(rgb)
    total = 0
    for row in rows:
        for x in range(0, len(row), 3):
            if row[x:x + 3] == needle:
                total += 1
    return total
