"""A compact Chinese character bigram model, used to choose between candidate repairs.

Why: several repairs (GBK re-synchronisation, re-decoding mojibake) produce candidate Han
strings and need to know which one reads like Chinese. A character bigram model with
Witten-Bell smoothing is enough to tell running text from a byte-shifted jumble, is small
enough to ship (``cleaner/data/zh_charlm.npz``) and loads in a fraction of a second.

The table is built from jieba's word list (word frequencies, in Simplified plus its OpenCC
Traditional conversions) and from the running text of the train splits (PUD zh, cwced.train),
never from evaluation data. Rebuild with ``python -m cleaner.charlm build`` (needs the
optional build tools ``jieba`` and ``opencc``; the runtime needs only numpy).

Characters are folded into classes before scoring (:func:`token`): ASCII letters, digits and
white space each count as one class, and ASCII ``,!:;()?`` count as their fullwidth forms, so a
score never depends on whether punctuation was folded to ASCII.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np

DATA_PATH = Path(__file__).resolve().parent / "data" / "zh_charlm.npz"

_ASCII_TO_FULLWIDTH = str.maketrans(",!:;()?", "，！：；（）？")
# Traditional corner quotes behave like curly quotes (the training text has few of them).
_QUOTE_CLASS = {"「": "“", "『": "“", "」": "”", "』": "”"}
# The end of a line, scored as a character (lines end on "。", rarely on "的").
END = "\n"
# Classes whose runs count as one token (a Latin word, a number).
_RUN_CLASSES = frozenset((ord("a"), ord("0")))
# Log-probability of a token never seen in training (rare Han, symbols, private use).
UNSEEN_LOGP = -16.0


def token(ch: str) -> str:
    """Fold a character into the class the model scores it as."""
    if ch == END:
        return END
    if ch.isascii():
        if ch.isalpha():
            return "a"
        if ch.isdigit():
            return "0"
        if ch.isspace():
            return " "
        return ch.translate(_ASCII_TO_FULLWIDTH)
    if ch in _QUOTE_CLASS:
        return _QUOTE_CLASS[ch]
    if "\uff10" <= ch <= "\uff19":
        return "0"
    if ch.isspace():
        return " "
    return ch


def is_han(ch: str) -> bool:
    """CJK unified ideographs (BMP blocks and extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


class CharLM:
    """Bigram log-probabilities interpolated (Witten-Bell weights) with unigrams."""

    def __init__(self, unigram: dict[int, float], bigram: dict[int, float],
                 backoff: dict[int, float]) -> None:
        self._unigram = unigram  # ord(token) -> log p(token)
        self._bigram = bigram  # ord(a) << 21 | ord(b) -> log p(b | a), bigrams seen in training
        self._backoff = backoff  # ord(a) -> log(1 - lambda(a)), the unigram share
        self._cache: dict[tuple[str | None, str], float] = {}  # repairs ask the same pairs

    @classmethod
    def load(cls, path: str | Path = DATA_PATH) -> CharLM:
        """Read the table; everything is precomputed so loading is only dict building."""
        with np.load(path) as data:
            chars = data["chars"].tolist()
            unigram = dict(zip(chars, data["uni_logp"].astype(np.float64).tolist(), strict=True))
            backoffs = data["backoff_logp"].astype(np.float64).tolist()
            backoff = dict(zip(chars, backoffs, strict=True))
            keys = data["bi_keys"].tolist()
            bigram = dict(zip(keys, data["bi_logp"].astype(np.float64).tolist(), strict=True))
        return cls(unigram, bigram, backoff)

    def unigram_logprob(self, ch: str) -> float:
        return self._unigram.get(ord(token(ch)), UNSEEN_LOGP)

    def cond_logprob(self, prev: str | None, ch: str) -> float:
        """log p(ch | prev); ``prev=None`` at the start of a text."""
        key = (prev, ch)
        hit = self._cache.get(key)
        if hit is None:
            if len(self._cache) > 500_000:
                self._cache.clear()
            hit = self._cache[key] = self._cond_logprob(prev, ch)
        return hit

    def _cond_logprob(self, prev: str | None, ch: str) -> float:
        tok = ord(token(ch))
        uni = self._unigram.get(tok, UNSEEN_LOGP)
        if prev is None:
            return uni
        ptok = ord(token(prev))
        if ptok == tok and tok in _RUN_CLASSES:
            return 0.0  # a Latin word or a number is scored once, at its first character
        hit = self._bigram.get(ptok << 21 | tok)
        if hit is not None:
            return hit
        return self._backoff.get(ptok, 0.0) + uni

    def logprob(self, text: str, prev: str | None = None, line_end: bool = False) -> float:
        """Total log-probability of ``text`` (optionally continuing after ``prev``, and
        with ``line_end`` also the probability that a line ends there)."""
        total = 0.0
        for ch in text:
            total += self.cond_logprob(prev, ch)
            prev = ch
        if line_end and prev is not None:
            total += self.cond_logprob(prev, END)
        return total

    def mean_logprob(self, text: str) -> float:
        """Per-character log-probability: comparable across texts of different lengths."""
        return self.logprob(text) / len(text) if text else 0.0


@lru_cache(maxsize=1)
def default_model() -> CharLM:
    """The shipped model, loaded once on first use (only damaged text ever needs it)."""
    return CharLM.load()


# ---------------------------------------------------------------------------- building


def _jieba_words() -> tuple[list[str], list[int]]:
    import jieba  # build-time only

    path = Path(jieba.__file__).resolve().parent / "dict.txt"
    words, freqs = [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                words.append(parts[0])
                freqs.append(int(parts[1]))
    return words, freqs


def _running_texts() -> Iterable[str]:
    """Running Chinese text from the train splits only (never dev/test, never the seeds)."""
    from cleaner import datasets

    data = datasets.data_dir()
    for name in ("pud_zh_hant.jsonl", "pud_zh_hans.jsonl"):
        path = data / "lexicons" / "content" / name
        if path.exists():
            for row in datasets.read_jsonl(path):
                yield row["text"]
    path = data / "lines" / "cwced.train.jsonl"
    if path.exists():
        assert not datasets.is_test_split(path)
        for row in datasets.read_jsonl(path):
            yield row.get("gold") or ""


def count(words: list[str], weights: list[float], texts: list[str],
          text_weight: float) -> tuple[Counter, Counter, Counter]:
    """Weighted unigram and bigram counts (word-internal bigrams from the word list), and the
    unweighted number of bigram occurrences per left context (for Witten-Bell smoothing)."""
    uni: Counter = Counter()
    bi: Counter = Counter()
    occurrences: Counter = Counter()
    for word, weight in zip(words, weights, strict=True):
        prev = None
        for ch in word:
            tok = token(ch)
            uni[tok] += weight
            if prev is not None:
                bi[prev + tok] += weight
                occurrences[prev] += 1
            prev = tok
    for text in texts:
        for line in text.split("\n"):
            prev = None
            for ch in line.strip():
                tok = token(ch)
                if tok == prev and ord(tok) in _RUN_CLASSES:
                    continue
                uni[tok] += text_weight
                if prev is not None:
                    bi[prev + tok] += text_weight
                    occurrences[prev] += 1
                prev = tok
            if prev is not None:
                uni[END] += text_weight
                bi[prev + END] += text_weight
                occurrences[prev] += 1
    return uni, bi, occurrences


def build(out: Path = DATA_PATH, min_bigram: float = 2.0) -> dict[str, int]:
    """Count, prune and save the table; returns a few sizes for the log."""
    import opencc  # build-time only

    words, freqs = _jieba_words()
    joined = "\n".join(words)
    variants = [joined] + [opencc.OpenCC(cfg).convert(joined) for cfg in ("s2t", "s2tw")]
    all_words: list[str] = []
    all_weights: list[float] = []
    for variant in variants:
        converted = variant.split("\n")
        if len(converted) != len(words):
            raise RuntimeError("OpenCC changed the number of words")
        all_words.extend(converted)
        all_weights.extend(math.sqrt(f) for f in freqs)  # flatten jieba's very skewed counts
    texts = list(_running_texts())
    s2t = opencc.OpenCC("s2t")
    texts = texts + [s2t.convert(t) for t in texts]
    uni, bi, occurrences = count(all_words, all_weights, texts, text_weight=60.0)
    chars = sorted(uni)
    index = {c: i for i, c in enumerate(chars)}
    ctx_total = np.zeros(len(chars))
    ctx_types = np.zeros(len(chars))
    for pair, n in bi.items():
        ctx_total[index[pair[0]]] += n
        ctx_types[index[pair[0]]] += 1
    ctx_occ = np.array([occurrences[c] for c in chars], dtype=np.float64)
    uni_arr = np.array([uni[c] for c in chars])
    uni_logp = np.log(uni_arr / uni_arr.sum())
    # Witten-Bell on occurrence counts: the weight of the bigram estimate grows with how many
    # times the context was seen, relative to how many different followers it had.
    lam = np.where(ctx_types > 0, ctx_occ / np.maximum(ctx_occ + ctx_types, 1e-12), 0.0)
    with np.errstate(divide="ignore"):
        backoff_logp = np.log(1.0 - lam)
    kept = sorted((index[p[0]], index[p[1]], n) for p, n in bi.items() if n >= min_bigram)
    left = np.array([k[0] for k in kept], dtype=np.int64)
    right = np.array([k[1] for k in kept], dtype=np.int64)
    counts = np.array([k[2] for k in kept])
    bi_logp = np.log(lam[left] * counts / ctx_total[left]
                     + (1.0 - lam[left]) * np.exp(uni_logp[right]))
    codes = np.array([ord(c) for c in chars], dtype=np.int64)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        chars=codes.astype(np.int32),
        uni_logp=uni_logp.astype(np.float32),
        backoff_logp=backoff_logp.astype(np.float32),
        bi_keys=(codes[left] << 21) | codes[right],
        bi_logp=bi_logp.astype(np.float32),
    )
    return {"tokens": len(chars), "bigrams_seen": len(bi), "bigrams_kept": len(kept),
            "bytes": out.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cleaner.charlm", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="rebuild cleaner/data/zh_charlm.npz")
    b.add_argument("--out", type=Path, default=DATA_PATH)
    b.add_argument("--min-bigram", type=float, default=2.0)
    s = sub.add_parser("score", help="print the per-character log-probability of each argument")
    s.add_argument("texts", nargs="+")
    args = parser.parse_args(argv)
    if args.command == "build":
        print(build(args.out, args.min_bigram))
    else:
        model = default_model()
        for text in args.texts:
            print(f"{model.mean_logprob(text):8.3f}  {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
