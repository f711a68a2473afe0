"""Rebuild ``cleaner/data/mojibake_lm.json.gz``: ``python -m cleaner.build_mojibake_lm``.

Counts come only from train material: the running text of the PUD content lexicons and all
lines (content and boilerplate) of ``lines/aeb.train.jsonl`` and ``lines/cwced.train.jsonl``
(English, Italian, German, Portuguese, Indonesian, Russian, Korean, Japanese, Chinese), plus
the word list jieba ships (``dict.txt``, Simplified Chinese, and its Traditional conversion
when OpenCC is installed) for Han character and within-word bigram statistics. Build-time
only: jieba and OpenCC are not runtime dependencies. Never built from the encoding dev sets
or the seeds.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
from collections import Counter
from pathlib import Path

from cleaner.datasets import data_dir, is_test_split, read_jsonl
from cleaner.mojibake_lm import (
    CLASSES,
    MODEL_PATH,
    C,
    char_class,
    context_class,
    fold,
    letter_script,
    script_of,
)

# Pseudo-characters of running text the jieba word list is worth (per script variant): enough
# to rank Han characters by frequency, not so much that Han swamps the other scripts' classes.
JIEBA_WEIGHT = 3_000_000
# Bigrams seen fewer times than this are left to the back-off model (keeps the file small).
MIN_BIGRAM = 2


class Counts:
    def __init__(self) -> None:
        self.unigram: Counter[str] = Counter()
        self.bigram: Counter[str] = Counter()
        self.script_class: Counter[str] = Counter()
        self.class_bigram = [[0.0] * len(CLASSES) for _ in CLASSES]
        self.case_bigram = [[0.0] * 3 for _ in range(3)]

    def add_text(self, text: str, weight: float = 1.0, classes: bool = True) -> None:
        prev = " "
        prev_class = C["space"]
        prev_case = 0
        last_script: str | None = None
        for raw in text:
            char, case = fold(raw)
            klass = context_class(last_script, char)
            last_script = letter_script(char) or last_script
            base = char_class(char)
            self.unigram[char] += weight
            self.bigram[prev + char] += weight
            self.script_class[f"{base}:{script_of(char)}"] += weight
            if classes:
                self.class_bigram[prev_class][klass] += weight
                self.case_bigram[prev_case][case] += weight
            prev, prev_class, prev_case = char, klass, case

    def to_json(self) -> dict:
        unigram = {c: round(n) for c, n in self.unigram.items() if round(n) > 0}
        successors: Counter[str] = Counter()
        bigram = {}
        for pair, count in self.bigram.items():
            if count >= 1:
                successors[pair[0]] += 1
            if count >= MIN_BIGRAM:
                bigram[pair] = round(count)
        return {
            "unigram": unigram,
            "successors": dict(successors),
            "bigram": bigram,
            "script_class": {k: round(v) for k, v in self.script_class.items() if round(v) > 0},
            "class_bigram": [[round(v, 1) for v in row] for row in self.class_bigram],
            "case_bigram": [[round(v, 1) for v in row] for row in self.case_bigram],
        }


def running_texts() -> list[str]:
    """The train-split running text, one string per line or sentence group."""
    root = data_dir()
    texts: list[str] = []
    for name in ("pud_en", "pud_it", "pud_zh_hans", "pud_zh_hant"):
        path = root / "lexicons" / "content" / f"{name}.jsonl"
        texts += [row["text"] for row in read_jsonl(path)]
    for name in ("aeb.train.jsonl", "cwced.train.jsonl"):
        path = root / "lines" / name
        if is_test_split(path):  # pragma: no cover - guards against a renamed split
            raise ValueError(f"refusing to build from a test split: {path}")
        for doc in read_jsonl(path):
            # Boilerplate lines too: menus and footers are where "»", "•", "|" live, and a
            # model that never saw them would take them for mojibake.
            texts += [line["text"] for line in doc["lines"]]
    return texts


def jieba_words() -> list[tuple[str, float]]:
    """(word, frequency) from the dict.txt jieba ships."""
    import jieba

    path = Path(jieba.__file__).resolve().parent / "dict.txt"
    words = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                words.append((parts[0], float(parts[1])))
    return words


def add_jieba(counts: Counts) -> None:
    words = jieba_words()
    scale = JIEBA_WEIGHT / sum(len(w) * f for w, f in words)
    kept = [(w, f * scale) for w, f in words if f * scale >= 0.05]
    variants = [kept]
    try:
        from opencc import OpenCC

        converter = OpenCC("s2t")
        joined = converter.convert("\n".join(w for w, _ in kept)).split("\n")
        if len(joined) == len(kept):
            variants.append([(t, f) for t, (_, f) in zip(joined, kept, strict=True)])
    except ImportError:
        print("opencc not installed: Traditional statistics come from running text only")
    for variant in variants:
        for word, weight in variant:
            counts.add_text(word, weight, classes=False)
            counts.bigram[" " + word[0]] -= weight  # the word start is not a line start


def build(out: Path = MODEL_PATH) -> dict:
    counts = Counts()
    for text in running_texts():
        counts.add_text(text)
    add_jieba(counts)
    model = counts.to_json()
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(payload.encode("utf-8"))  # mtime=0: the same counts give the same bytes
    return model


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    model = build(args.out)
    print(
        f"wrote {args.out} ({os.path.getsize(args.out) / 1e6:.2f} MB): "
        f"{len(model['unigram'])} characters, {len(model['bigram'])} bigrams"
    )


if __name__ == "__main__":
    main()
