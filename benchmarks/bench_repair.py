"""Throughput of the repair stage on clean and on damaged text, against ftfy in the same run.

    PYTHONPATH=. python benchmarks/bench_repair.py [--pages 60]

Clean text: reference decodes of ``encoding/encoding_files`` pages (every language). Damaged
text: the same pages as whole-page mojibake (UTF-8 read as GBK / Shift-JIS / cp1251, GBK and
cp1251 bytes read as cp1252), plus the lossless rows of ``synthetic_mojibake.jsonl`` as one
document per kind. Each document is one call; MB are of UTF-8 input. Ratios > 1 mean the
repair stage is faster than ``ftfy.fix_text`` (whole document per call). The repair stage is
every fix in :mod:`cleaner.repair` (ftfy itself, mojibake, GBK re-synchronisation...); the
mojibake document fix alone is this module's part. The machine is shared: compare ratios from
one run, not MB/s across runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import ftfy
import ftfy.bad_codecs  # noqa: F401  (sloppy-windows-1252)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner.datasets import data_dir, read_jsonl  # noqa: E402
from cleaner.document import split_lines  # noqa: E402
from cleaner.mojibake import fix_mojibake_document  # noqa: E402
from cleaner.mojibake_lm import load_model  # noqa: E402
from cleaner.repair import repair_lines  # noqa: E402

DAMAGE = (("utf-8", "gbk"), ("utf-8", "shift_jis"), ("utf-8", "cp1251"),
          ("gbk", "sloppy-windows-1252"), ("cp1251", "sloppy-windows-1252"))


def clean_pages(limit: int) -> list[str]:
    base = data_dir() / "encoding" / "encoding_files"
    rows = [r for r in read_jsonl(base / "manifest.jsonl") if r.get("reference_codec")]
    step = max(1, len(rows) // limit)
    pages = []
    for row in rows[::step][:limit]:
        text = (base / row["path"]).read_bytes().decode(row["reference_codec"])
        pages.append(text.lstrip("\ufeff"))
    return pages


def damaged_pages(pages: list[str]) -> list[str]:
    out = []
    for stored, read in DAMAGE:
        for page in pages:
            try:
                data = page.encode(stored)
            except UnicodeEncodeError:
                continue
            if not data.isascii():
                out.append(data.decode(read, errors="replace"))
    rows = read_jsonl(data_dir() / "encoding" / "synthetic_mojibake.jsonl")
    by_kind: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if row["lossless"]:
            by_kind[row["kind"]].append(row["input"])
    out += ["\n".join(lines) for lines in by_kind.values()]
    return out


def throughput(func: Callable[[str], object], docs: list[str]) -> float:
    size = sum(len(doc.encode("utf-8")) for doc in docs)
    start = time.perf_counter()
    for doc in docs:
        func(doc)
    return size / 1e6 / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60, help="clean pages to sample")
    args = parser.parse_args(argv)
    load_model()  # loading the model once is not part of the per-document cost
    clean = clean_pages(args.pages)
    damaged = damaged_pages(clean)
    safe = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False)
    contenders: dict[str, Callable[[str], object]] = {
        "repair stage (cleaner)": lambda doc: repair_lines(split_lines(doc)),
        "mojibake doc fix alone": lambda doc: fix_mojibake_document(split_lines(doc)),
        "ftfy.fix_text default": ftfy.fix_text,
        "ftfy.fix_text safe cfg": lambda doc: ftfy.fix_text(doc, safe),
    }
    print(f"clean: {len(clean)} docs, {sum(len(d) for d in clean) / 1e6:.2f} M chars; "
          f"damaged: {len(damaged)} docs, {sum(len(d) for d in damaged) / 1e6:.2f} M chars")
    results = {}
    for name, func in contenders.items():
        results[name] = (throughput(func, clean), throughput(func, damaged))
        clean_mb, damaged_mb = results[name]
        print(f"{name:24s} clean {clean_mb:7.2f} MB/s   damaged {damaged_mb:7.2f} MB/s")
    for mine in ("repair stage (cleaner)", "mojibake doc fix alone"):
        ours = results[mine]
        for name in ("ftfy.fix_text default", "ftfy.fix_text safe cfg"):
            other = results[name]
            print(f"ratio {mine} / {name}: clean {ours[0] / other[0]:.2f}x, "
                  f"damaged {ours[1] / other[1]:.2f}x")


if __name__ == "__main__":
    main()
