"""A realistic benchmark mix of pages, made reproducibly from the project's generator.

Many languages, navigation/disclaimer/spam lines, and about 20 % of pages with encoding
damage: UTF-8 shown as cp1252 on some lines, whole pages in legacy encodings (GBK, Big5,
Shift-JIS, cp1251) delivered as bytes, and UTF-16.
"""

from __future__ import annotations

import random

from cleaner.synth import generate_documents

LEGACY = {"zh-Hans": "gbk", "zh-Hant": "big5", "ja": "shift_jis", "ru": "cp1251",
          "ko": "euc_kr"}


def page_text(doc: dict) -> str:
    return "\n".join(line["text"] for line in doc["lines"])


def damage(doc: dict, rng: random.Random) -> str | bytes:
    """One kind of encoding damage, as it arrives from a crawl."""
    text = page_text(doc)
    kind = rng.choice(["cp1252_lines", "legacy_bytes", "utf16"])
    if kind == "legacy_bytes" and doc["lang"] in LEGACY:
        return text.encode(LEGACY[doc["lang"]], errors="replace")
    if kind == "utf16":
        return text.encode("utf-16")
    lines = text.split("\n")
    for i in rng.sample(range(len(lines)), k=max(1, len(lines) // 4)):
        lines[i] = lines[i].encode("utf-8").decode("cp1252", errors="replace")
    return "\n".join(lines)


def benchmark_pages(n: int = 1000, seed: int = 4242, damaged_share: float = 0.2
                    ) -> list[str | bytes]:
    rng = random.Random(seed)
    pages: list[str | bytes] = []
    for doc in generate_documents(n, seed):
        pages.append(damage(doc, rng) if rng.random() < damaged_share else page_text(doc))
    return pages


def as_text(page: str | bytes) -> str:
    """What ftfy gets for the same page: text (bytes decoded the obvious way)."""
    if isinstance(page, str):
        return page
    if page.startswith((b"\xff\xfe", b"\xfe\xff")):
        return page.decode("utf-16")
    for codec in ("utf-8", "gb18030", "cp950", "cp932", "cp949", "cp1251"):
        try:
            return page.decode(codec)
        except UnicodeDecodeError:
            continue
    return page.decode("utf-8", errors="replace")
