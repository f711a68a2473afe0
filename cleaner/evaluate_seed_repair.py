"""Figures for the seed-style damage repairs (GBK re-synchronisation, injected pinyin, folded
fullwidth punctuation): ``python -m cleaner.evaluate_seed_repair``.

Measures, on ``../shared``:
- exact restoration of ``encoding/synthetic_seed_gbk.jsonl`` (dev), strictly and modulo
  fullwidth/ASCII punctuation, for all rows and for the rows with a byte-level break;
- what is left of the damage in the five seed pages (each page is one document), and every
  changed span;
- harm: lines changed among clean text (clean_pool, PUD zh, GSD zh-Hant sentences), clean
  sentences with a genuine ``?`` or U+FFFD inserted, and deliberate parentheses/pinyin.
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import sys
import time

from cleaner import datasets, gbk_resync, pinyin

_FOLD = str.maketrans("，！：；（）？", ",!:;()?")

# Deliberate parentheses and pinyin that must survive (hand-written for this check).
LEGIT = [
    "人工智能(AI)技術", "GPU(圖形處理器)的性能", "蘋果(Apple)公司", "見附錄(a)及(b)",
    "原文如此(sic)", "他在上海(Shanghai)工作", "第(i)項", "媽(mā)媽(ma)",
    "學(xué)習中文：你(nǐ)好(hǎo)", "長(cháng)和長(zhǎng)的區別", "行(xíng)人與銀行(háng)",
    "拼音“ma”可以寫成媽(mā)、麻(má)、馬(mǎ)、罵(mà)", "“的(de)”是助詞", "參見(Smith, 2020)",
    "(一)總則", "價格(元)", "重(zhòng)要", "單位(kg)", "北京(Beijing)", "好(hǎo)",
    "你確定嗎?我不知道。", "這是什麼?", "請問(Q)：價格多少？", "錯誤代碼\ufffd請重試",
]


def _repair_doc(lines: list[str]) -> list[str]:
    return gbk_resync.fix_document(lines)[0]


def synthetic(report: dict) -> None:
    path = datasets.data_dir() / "encoding" / "synthetic_seed_gbk.jsonl"
    rows = list(datasets.read_jsonl(path))
    counts = {"all": [0, 0, 0, 0], "break": [0, 0, 0, 0], "no_break": [0, 0, 0, 0]}
    start = time.perf_counter()
    chars = 0
    for row in rows:
        got = _repair_doc([row["input"]])[0].strip()
        want = row["expected"].strip()
        chars += len(row["input"])
        for key in ("all", "break" if row["has_break"] else "no_break"):
            c = counts[key]
            c[0] += 1
            c[1] += got == want
            c[2] += got.translate(_FOLD) == want.translate(_FOLD)
            c[3] += row["input"].strip() == want
    elapsed = time.perf_counter() - start
    print(f"== synthetic_seed_gbk.jsonl (dev): {len(rows)} rows, {chars / elapsed:,.0f} chars/s")
    print(f"   {'rows':10s} {'n':>5s} {'strict':>8s} {'mod punct':>10s} {'untouched':>10s}")
    for key, (n, strict, mod, same) in counts.items():
        print(f"   {key:10s} {n:5d} {strict / n:8.3f} {mod / n:10.3f} {same / n:10.3f}")
    report["synthetic"] = counts


_ANN = re.compile(f"\\(([{pinyin.PINYIN_LETTERS}]{{1,7}})\\)")
_BREAK = re.compile("[?\ufffd\ue000-\uf8ff]")


def _left_annotations(text: str) -> int:
    return sum(1 for m in _ANN.finditer(text) if m.group(1) in pinyin.syllables())


def _left_breaks(text: str) -> int:
    """Lost bytes / private-use characters still next to Chinese text."""
    n = 0
    for m in _BREAK.finditer(text):
        around = text[max(0, m.start() - 1):m.start()] + text[m.end():m.end() + 1]
        if any(not c.isascii() for c in around) or m.group() not in "?":
            n += 1
    return n


def seeds(report: dict, show_all: bool) -> None:
    print("== seed pages (each page one document)")
    total = {"annotations": [0, 0], "breaks": [0, 0], "lines_changed": 0}
    for path in sorted(datasets.seeds_dir().glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        fixed, changed, name = gbk_resync.fix_document(lines)
        before, after = "\n".join(lines), "\n".join(fixed)
        a0, a1 = _left_annotations(before), _left_annotations(after)
        b0, b1 = _left_breaks(before), _left_breaks(after)
        total["annotations"][0] += a0
        total["annotations"][1] += a1
        total["breaks"][0] += b0
        total["breaks"][1] += b1
        total["lines_changed"] += len(changed)
        print(f"   {path.name}: pinyin-like (x) {a0} -> {a1}; '?'/U+FFFD/private-use next to"
              f" Han {b0} -> {b1}; lines changed {len(changed)}; {name}")
        for index in sorted(changed):
            # every re-synchronised span; with --all also every removed reading
            old = lines[index] if show_all else pinyin.strip_annotations(lines[index])[0]
            for before_span, after_span in _spans(old, fixed[index]):
                if show_all or before_span.translate(_FOLD) != after_span.translate(_FOLD):
                    print(f"      line {index + 1}: {before_span!r} -> {after_span!r}")
    print(f"   total: pinyin-like (x) {total['annotations'][0]} -> {total['annotations'][1]};"
          f" breaks {total['breaks'][0]} -> {total['breaks'][1]}")
    report["seeds"] = total


def _spans(old: str, new: str, context: int = 3) -> list[tuple[str, str]]:
    out = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            out.append((old[max(0, i1 - context):i2 + context],
                        new[max(0, j1 - context):j2 + context]))
    return out


def _clean_sets() -> dict[str, list[list[str]]]:
    """Clean documents (each a list of lines) from dev/train data."""
    data = datasets.data_dir()
    sets: dict[str, list[list[str]]] = {}
    pool = list(datasets.read_jsonl(data / "encoding" / "clean_pool.jsonl"))
    sets["clean_pool lines"] = [[row["text"]] for row in pool]
    for name in ("pud_zh_hant", "pud_zh_hans"):
        rows = datasets.read_jsonl(data / "lexicons" / "content" / f"{name}.jsonl")
        sets[f"{name} docs"] = [row["text"].split("\n") for row in rows]
    files = data / "encoding" / "encoding_files"
    pages = []
    for row in datasets.read_jsonl(files / "manifest.jsonl"):
        if row.get("reference_codec"):
            raw = (files / row["path"]).read_bytes()
            pages.append(raw.decode(row["reference_codec"]).split("\n"))
    sets["encoding_files pages, all languages"] = pages
    gsd = data / "lexicons" / "content" / "gsd_zh_hant_test_sentences.txt"
    sets["gsd_zh_hant sentences"] = [[s] for s in gsd.read_text(encoding="utf-8").splitlines()
                                     if s.strip()]
    return sets


def harm(report: dict) -> None:
    print("== harm on clean text (documents changed / documents)")
    rng = random.Random(7)
    sets = _clean_sets()
    zh_sentences = [doc[0] for doc in sets["gsd_zh_hant sentences"]]
    pool = datasets.read_jsonl(datasets.data_dir() / "encoding" / "clean_pool.jsonl")
    zh_sentences += [row["text"] for row in pool if row.get("lang", "").startswith("zh")]
    inserted = []
    for sentence in zh_sentences:
        k = rng.randrange(1, max(2, len(sentence)))
        inserted.append([sentence[:k] + rng.choice("?\ufffd") + sentence[k:]])
    sets["zh + genuine ?/U+FFFD"] = inserted
    sets["deliberate parentheses"] = [[s] for s in LEGIT]
    # Other damage must reach its own (lossless) repairs untouched.
    path = datasets.data_dir() / "encoding" / "synthetic_mojibake.jsonl"
    sets["other mojibake (left alone)"] = [[row["input"]] for row in datasets.read_jsonl(path)]
    results = {}
    for name, docs in sets.items():
        start = time.perf_counter()
        changed = [doc for doc in docs if _repair_doc(doc) != doc]
        elapsed = time.perf_counter() - start
        chars = sum(len(line) for doc in docs for line in doc)
        results[name] = (len(changed), len(docs))
        speed = chars / elapsed
        print(f"   {name:36s} {len(changed):4d} / {len(docs):5d}   ({speed:,.0f} chars/s)")
        for doc in changed[:5]:
            after = _repair_doc(doc)
            for old, new in zip(doc, after, strict=True):
                if old != new:
                    print(f"      {old[:70]!r} -> {new[:70]!r}")
    report["harm"] = results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cleaner.evaluate_seed_repair",
                                     description=__doc__)
    parser.add_argument("--all", action="store_true",
                        help="list every change in the seed pages, not only the re-synced spans")
    args = parser.parse_args(argv)
    if not datasets.data_dir().exists():
        print(f"shared data not found at {datasets.data_dir()}", file=sys.stderr)
        return 2
    report: dict = {}
    synthetic(report)
    seeds(report, show_all=args.all)
    harm(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
