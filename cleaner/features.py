"""Line features for the classifier: what a line looks like, where it sits, what surrounds it.

Everything here is language-independent: character n-grams (hashed, so no vocabulary to
ship) and shape statistics that count CJK characters as words, so Chinese and Japanese pages
need no whitespace tokenisation.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer

# Long lines are truncated before n-gram hashing: their head and tail say all we need and a
# 50 MB single-line page must not cost 50 MB of n-grams.
NGRAM_HEAD = 600
NGRAM_TAIL = 200

CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_RE = re.compile(f"[{CJK}]")
_WORD_RE = re.compile(rf"[^\W\d_{CJK}]+")
_LETTER_RE = re.compile(r"[^\W\d_]")
_UPPER_RE = re.compile(r"[A-ZÀ-ÞА-ЯΑ-Ω]")
_DIGIT_RE = re.compile(r"\d")
_PUNCT_RE = re.compile(r"[^\w\s]")
_TERMINAL_END = re.compile(r"[.!?。！？…;；][\"'”’」』)）\]]*\s*$")
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$|[\"'”’」』]|[^\x00-\x7f])")
_COMMA_RE = re.compile(r"[,，、;；]")
_BULLET_START = re.compile(r"^\s*(?:[-*•·▪►»>◦‣–—]|\d{1,3}[.)、]|[a-z][.)]\s)")
_SEPARATOR_RE = re.compile(r"\s[|｜/·•»>]\s|[|｜_]|\s-\s")
_URL_RE = re.compile(r"https?://|www\.|\.(?:com|net|org|cn|html?)\b|@\w+\.\w+", re.I)
_DATE_RE = re.compile(
    r"\b(?:19|20)\d\d[-/.年]\s?\d{1,2}(?:[-/.月]\s?\d{1,2})?|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d\b"
)
_TIME_RE = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?\b")
_COPYRIGHT_RE = re.compile(r"©|\(c\)|copyright|版權|版权|著作権", re.I)
_BRACKET_RE = re.compile(r"[()\[\]（）【】《》「」]")
_NORMALIZE_DIGITS = re.compile(r"\d")
_SPACES = re.compile(r"\s+")

OWN_FEATURES = (
    "log_chars", "log_tokens", "cjk_ratio", "letter_ratio", "digit_ratio", "punct_ratio",
    "upper_ratio", "ends_terminal", "ends_colon", "starts_bullet", "log_separators", "has_url",
    "has_date", "has_time", "has_copyright", "log_commas", "log_sentences", "indented",
    "mean_word_len", "titlecase_ratio", "ends_question", "bracket_ratio", "has_replacement",
)
N_OWN = len(OWN_FEATURES)
# A neighbour is described by a few of its own features.
NEIGHBOUR_FEATURES = ("log_chars", "ends_terminal", "starts_bullet", "log_separators", "cjk_ratio")
_NEIGHBOUR_IDX = [OWN_FEATURES.index(name) for name in NEIGHBOUR_FEATURES]
NEIGHBOUR_OFFSETS = (-3, -2, -1, 1, 2, 3)
DOC_FEATURES = (
    "rel_position", "log_from_top", "log_from_bottom", "log_doc_lines", "doc_mean_log_chars",
    "rel_log_chars", "rel_to_max_chars", "log_duplicates", "blank_before", "blank_after",
    "doc_long_ratio", "log_short_run", "log_bullet_run",
)


def line_shape(text: str) -> list[float]:
    """The OWN_FEATURES of one line, as floats."""
    stripped = text.strip()
    n = len(stripped)
    if n == 0:
        return [0.0] * N_OWN
    nonspace = max(1, n - stripped.count(" "))
    cjk = len(_CJK_RE.findall(stripped))
    words = _WORD_RE.findall(stripped)
    letters = len(_LETTER_RE.findall(stripped))
    upper = len(_UPPER_RE.findall(stripped))
    latin_letters = max(1, letters - cjk)
    n_words = len(words)
    titled = sum(1 for w in words if w[0].isupper())
    return [
        math.log1p(n),
        math.log1p(n_words + cjk),
        cjk / nonspace,
        letters / nonspace,
        len(_DIGIT_RE.findall(stripped)) / nonspace,
        len(_PUNCT_RE.findall(stripped)) / nonspace,
        upper / latin_letters,
        1.0 if _TERMINAL_END.search(stripped) else 0.0,
        1.0 if stripped[-1] in ":：" else 0.0,
        1.0 if _BULLET_START.match(stripped) else 0.0,
        math.log1p(len(_SEPARATOR_RE.findall(stripped))),
        1.0 if _URL_RE.search(stripped) else 0.0,
        1.0 if _DATE_RE.search(stripped) else 0.0,
        1.0 if _TIME_RE.search(stripped) else 0.0,
        1.0 if _COPYRIGHT_RE.search(stripped) else 0.0,
        math.log1p(len(_COMMA_RE.findall(stripped))),
        math.log1p(len(_SENTENCE_END.findall(stripped))),
        1.0 if text[:1].isspace() else 0.0,
        (sum(len(w) for w in words) / n_words / 10.0) if n_words else 0.0,
        titled / n_words if n_words else 0.0,
        1.0 if stripped[-1] in "?？" else 0.0,
        len(_BRACKET_RE.findall(stripped)) / nonspace,
        1.0 if "\ufffd" in stripped else 0.0,
    ]


def normalize_for_ngrams(text: str) -> str:
    """Lower-case, digits to 0, whitespace folded, long lines cut to head + tail."""
    text = _SPACES.sub(" ", text.strip().lower())
    if len(text) > NGRAM_HEAD + NGRAM_TAIL:
        text = text[:NGRAM_HEAD] + " " + text[-NGRAM_TAIL:]
    return _NORMALIZE_DIGITS.sub("0", text)


def duplicate_key(text: str) -> str:
    """Lines equal under this key count as repeats (menus and footers repeat, prose rarely)."""
    return _SPACES.sub(" ", _NORMALIZE_DIGITS.sub("0", text.strip().lower()))


HASHER = HashingVectorizer(
    analyzer="char_wb",
    ngram_range=(1, 4),
    n_features=2**18,
    alternate_sign=False,
    norm="l2",
    lowercase=False,
    dtype=np.float32,
)


def ngram_matrix(texts: list[str]) -> sparse.csr_matrix:
    if not texts:  # the hasher cannot transform an empty batch
        return sparse.csr_matrix((0, HASHER.n_features), dtype=np.float32)
    return HASHER.transform([normalize_for_ngrams(t) for t in texts])


def _run_lengths(flags: list[bool]) -> list[int]:
    """For each position, the length of the run of True flags it belongs to (0 if False)."""
    out = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        for k in range(i, j):
            out[k] = j - i
        i = j
    return out


def document_dense(lines: list[str]) -> tuple[list[int], np.ndarray, np.ndarray]:
    """Dense features for the non-blank lines of one document.

    Returns the indexes of the non-blank lines, their OWN shape matrix, and the full dense
    matrix (own + neighbours + document/position features), both float32.
    """
    index = [i for i, line in enumerate(lines) if line.strip()]
    n = len(index)
    if n == 0:
        return index, np.zeros((0, N_OWN), np.float32), np.zeros((0, dense_width()), np.float32)
    texts = [lines[i] for i in index]
    own = np.asarray([line_shape(t) for t in texts], dtype=np.float32)

    neighbours = np.full((n, len(NEIGHBOUR_OFFSETS) * (len(_NEIGHBOUR_IDX) + 1)), 0.0, np.float32)
    sub = own[:, _NEIGHBOUR_IDX]
    width = len(_NEIGHBOUR_IDX) + 1
    for k, offset in enumerate(NEIGHBOUR_OFFSETS):
        lo, hi = max(0, -offset), min(n, n - offset)
        if lo >= hi:
            continue
        block = neighbours[:, k * width:(k + 1) * width]
        block[lo:hi, :-1] = sub[lo + offset:hi + offset]
        block[lo:hi, -1] = 1.0  # the neighbour exists

    log_chars = own[:, 0]
    keys = [duplicate_key(t) for t in texts]
    counts = Counter(keys)
    blank_before = [1.0 if i > 0 and not lines[i - 1].strip() else 0.0 for i in index]
    blank_after = [1.0 if i + 1 < len(lines) and not lines[i + 1].strip() else 0.0 for i in index]
    short = [(c < math.log1p(40) and ct < 0.5) or c < math.log1p(15)
             for c, ct in zip(log_chars.tolist(), own[:, 2].tolist())]
    short_runs = _run_lengths(short)
    bullet_runs = _run_lengths([bool(b) for b in own[:, 9].tolist()])
    positions = np.arange(n, dtype=np.float32)
    doc = np.column_stack([
        positions / max(1, n - 1),
        np.log1p(positions),
        np.log1p(n - 1 - positions),
        np.full(n, math.log1p(n), np.float32),
        np.full(n, float(log_chars.mean()), np.float32),
        log_chars - float(log_chars.mean()),
        log_chars / max(1e-6, float(log_chars.max())),
        np.log1p([counts[k] - 1 for k in keys]),
        blank_before,
        blank_after,
        np.full(n, float((log_chars > math.log1p(80)).mean()), np.float32),
        np.log1p(short_runs),
        np.log1p(bullet_runs),
    ]).astype(np.float32)
    return index, own, np.hstack([own, neighbours, doc]).astype(np.float32)


def dense_width() -> int:
    return N_OWN + len(NEIGHBOUR_OFFSETS) * (len(_NEIGHBOUR_IDX) + 1) + len(DOC_FEATURES)
