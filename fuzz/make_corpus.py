"""Write the fuzz seed corpus: example and devset pages plus damaged variants of them.

    python fuzz/make_corpus.py [OUT_DIR]      (default: fuzz/corpus, not committed)

Each seed starts with the mode byte fuzz_analyze.py reads (0: bytes, 1: str). Pages are cut
to a few KB so each run is fast; the damage is the kind scraped pages carry.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE_DIRS = (ROOT / "examples" / "pages", ROOT / "devset" / "pages")
MAX_SEED = 4096
BYTES, STR = b"\x00", b"\x01"


def pages() -> Iterator[str]:
    for folder in PAGE_DIRS:
        if folder.is_dir():
            for path in sorted(folder.glob("*.txt")):
                yield path.read_text(encoding="utf-8", errors="replace")[:MAX_SEED // 2]


def encodings_of(text: str) -> Iterator[bytes]:
    """The page in the encodings it might have been served in (those that can hold it)."""
    for codec in ("utf-8", "gb18030", "big5", "cp932", "cp949", "cp1252", "cp1251", "koi8_r",
                  "utf-16", "utf-8-sig"):
        try:
            yield text.encode(codec)
        except UnicodeEncodeError:
            continue


def damaged(text: str) -> Iterator[bytes]:
    """Variants with the damage the pipeline must survive."""
    raw = text.encode("utf-8")
    lines = raw.split(b"\n")
    yield raw[: len(raw) // 2 + 1]  # cut inside a multibyte character, likely
    yield raw.replace(b"\n", b"\r")  # old Mac line ends
    yield raw.replace(b"\n", b"\r\n") + b"\r"
    yield b"\x00".join(lines[:8])  # NULs for breaks
    yield raw.replace(b" ", b" \x00", 5)
    yield b"\n".join(line + b"\xef\xbb\xbf" for line in lines[:10])  # BOMs in the middle
    yield text.encode("utf-8").decode("cp1252", "replace").encode("utf-8")  # mojibake
    yield text.encode("gb18030", "replace").decode("cp1252", "replace").encode("utf-8")
    mixed = [line if i % 2 else line.decode("utf-8").encode("gb18030", "replace")
             for i, line in enumerate(lines)]
    yield b"\n".join(mixed)  # mixed encodings line by line
    yield b"".join(lines)[:MAX_SEED]  # one long line
    yield b"\n" * 500 + raw[:200]  # many empty lines
    yield raw.replace("，".encode(), b"\xef\xbf\xbd").replace("。".encode(), "锟斤拷".encode())


def seeds() -> Iterator[bytes]:
    """About three seeds per page (its encodings and damages taken in turn across pages):
    libFuzzer runs every seed before mutating, and a run is ~40 ms, so the corpus stays small.
    """
    for number, text in enumerate(pages()):
        encoded = list(encodings_of(text))
        variants = list(damaged(text))
        yield BYTES + encoded[number % len(encoded)][:MAX_SEED]
        yield BYTES + variants[number % len(variants)][:MAX_SEED]
        if number % 3 == 0:
            yield STR + text.encode("utf-8")[:MAX_SEED]
    # Hand-made edge cases.
    for data in (b"", b"\n", b"\r\n\r", b"\xff\xfe", b"\xfe\xff\x00", b"\xef\xbb\xbf",
                 b"+2AA-", b"a\x85b\xe2\x80\xa8c", b"&#0;&#x110000;&amp;&lt;", b"\xed\xa0\x80"):
        yield BYTES + data
        yield STR + data


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "fuzz" / "corpus"
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for data in seeds():
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
        count += 1
    print(f"wrote {count} seeds to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
