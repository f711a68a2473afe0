"""Line features for the classifier: what a line looks like, where it sits, what surrounds it.

Everything here is language-independent: character n-grams (hashed, so no vocabulary to
ship) and shape statistics that count CJK characters as words, so Chinese and Japanese pages
need no whitespace tokenisation.

The shape statistics are computed for a whole batch of lines at once: the lines are joined,
turned into an array of code points, classified through a lookup table and counted per line
with numpy. Per-line Python work is limited to a few string checks, which keeps feature
extraction far cheaper than the repair stage.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np
from scipy import sparse

# Long lines are cut before n-gram hashing and shape counting: their head and tail say all we
# need, and a 50 MB single-line page must not cost 50 MB of n-grams.
NGRAM_HEAD = 200
NGRAM_TAIL = 60
SHAPE_LIMIT = 5000
# 4- and 5-grams hold whole short words and word pairs ("see also", "verified buyer"):
# over 8 generator seeds, content F1 +0.012 on trafilatura dev, devset macro F1 +0.009,
# held-out real token F1 +0.007 against 1-3-grams (``python -m cleaner.model_selection``),
# for ~60 % more n-gram hashing time. Without the 1-grams (2-5): held-out real content F1
# +0.018, token F1 +0.009, trafilatura dev +0.008 over the same 8 seeds, devset -0.004 and
# seeds -0.006; but its full retrain at the default seed was lower on every dev figure
# (devset macro 0.815 vs 0.826, seeds 0.941 vs 0.951, trafilatura 0.831 vs 0.832): not taken.
NGRAM_SIZES = (1, 2, 3, 4, 5)

CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"

# code point classes
SPACE, DIGIT, UPPER, LETTER, HAN, PUNCT, OTHER = range(7)
COMMAS = ",，、;；"
SENTENCE_ENDS = ".!?。！？"
BRACKETS = "()[]（）【】《》「」"
TERMINALS = set(".!?。！？…;；")
CLOSERS = "\"'”’」』)）]"

_BULLET_START = re.compile(r"(?:[-*•·▪►»>◦‣–—]|\d{1,3}[.)、]|[a-z][.)]\s)")
# The look-ahead lists every character a match can start with: the engine skips all other
# positions in C instead of trying five alternatives at each (same matches, 2x faster).
_PATTERNS = re.compile(
    r"(?=[^\S\n]|[|｜_hHwW.@\d©(cC版著])"
    r"(?:(?P<sep>[^\S\n][|｜/·•»>][^\S\n]|[|｜_]|[^\S\n]-[^\S\n])"
    r"|(?P<url>https?://|www\.|\.(?:com|net|org|cn|html?)\b|@\w+\.\w+)"
    r"|(?P<date>\b(?:19|20)\d\d[-/.年]\s?\d{1,2}(?:[-/.月]\s?\d{1,2})?"
    r"|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d\b)"
    r"|(?P<time>\b\d{1,2}:\d\d(?::\d\d)?\b)"
    r"|(?P<copyright>©|\(c\)|copyright|版權|版权|著作権))",
    re.I,
)
_PATTERN_NAMES = ("sep", "url", "date", "time", "copyright")
_NORMALIZE_DIGITS = re.compile(r"\d")
_HSPACES = re.compile(r"[^\S\n]+")

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


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """Class of every BMP code point, and flag bits (1 comma, 2 sentence end, 4 bracket)."""
    chars = "".join(map(chr, range(0x10000)))
    classes = np.full(0x10000, OTHER, np.uint8)
    for pattern, value in ((r"[^\w\s]", PUNCT), (r"[^\W\d_]", LETTER), (r"\d", DIGIT),
                           (r"\s", SPACE), (f"[{CJK}]", HAN)):
        for match in re.finditer(pattern, chars):
            classes[match.start()] = value
    upper = np.fromiter((c.isupper() for c in chars), bool, 0x10000)
    classes[upper & (classes == LETTER)] = UPPER
    flags = np.zeros(0x10000, np.uint8)
    for text, bit in ((COMMAS, 1), (SENTENCE_ENDS, 2), (BRACKETS, 4)):
        flags[[ord(c) for c in text]] |= bit
    return classes, flags


def batch_shapes(texts: list[str]) -> np.ndarray:
    """The OWN_FEATURES of many lines (n x N_OWN float32), vectorised over the batch."""
    n = len(texts)
    out = np.zeros((n, N_OWN), np.float32)
    if n == 0:
        return out
    stripped = [t.strip() for t in texts]
    lengths = np.fromiter((len(s) for s in stripped), np.int64, n)
    cut = [s if len(s) <= SHAPE_LIMIT else s[:SHAPE_LIMIT] for s in stripped]
    joined = "\n".join(cut)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    classes_table, flags_table = _tables()
    bmp = codes < 0x10000
    safe = np.where(bmp, codes, 0)
    cls = np.where(bmp, classes_table[safe], np.where((codes >= 0x20000) & (codes < 0x30000),
                                                         HAN, OTHER)).astype(np.uint8)
    flags = np.where(bmp, flags_table[safe], 0)
    cut_lengths = np.fromiter((len(s) for s in cut), np.int64, n)
    line_id = np.repeat(np.arange(n), cut_lengths + 1)[: len(codes)]
    starts = np.concatenate([[0], np.cumsum(cut_lengths + 1)[:-1]])
    separator = np.zeros(len(codes), bool)
    separator[(starts + cut_lengths)[:-1]] = True  # the "\n" joining line i to line i+1

    def per_line(mask: np.ndarray) -> np.ndarray:
        return np.bincount(line_id[mask], minlength=n).astype(np.float32)

    is_letter = (cls == LETTER) | (cls == UPPER)
    previous_letter = np.concatenate([[False], is_letter[:-1]])
    word_start = is_letter & ~previous_letter
    following = np.concatenate([codes[1:], [32]])
    ascii_alnum_next = ((following >= 48) & (following <= 57)) | \
        ((following | 32) >= 97) & ((following | 32) <= 122)
    sentence_end = ((flags & 2) > 0) & ~ascii_alnum_next

    n_space = per_line((cls == SPACE) & ~separator)
    n_han = per_line(cls == HAN)
    n_letters = per_line(is_letter)
    n_upper = per_line(cls == UPPER)
    n_words = per_line(word_start)
    n_title = per_line(word_start & (cls == UPPER))
    cut_len = cut_lengths.astype(np.float32)
    nonspace = np.maximum(1.0, cut_len - n_space)
    words_safe = np.maximum(1.0, n_words)

    out[:, 0] = np.log1p(lengths)
    out[:, 1] = np.log1p(n_words + n_han)
    out[:, 2] = n_han / nonspace
    out[:, 3] = (n_letters + n_han) / nonspace
    out[:, 4] = per_line(cls == DIGIT) / nonspace
    out[:, 5] = per_line(cls == PUNCT) / nonspace
    out[:, 6] = n_upper / np.maximum(1.0, n_letters)
    out[:, 15] = np.log1p(per_line((flags & 1) > 0))
    out[:, 16] = np.log1p(per_line(sentence_end))
    out[:, 18] = np.where(n_words > 0, n_letters / words_safe / 10.0, 0.0)
    out[:, 19] = np.where(n_words > 0, n_title / words_safe, 0.0)
    out[:, 21] = per_line((flags & 4) > 0) / nonspace
    out[:, 22] = per_line(codes == 0xFFFD) > 0

    counts = {name: np.zeros(n, np.float32) for name in _PATTERN_NAMES}
    for match in _PATTERNS.finditer(joined):
        counts[match.lastgroup][np.searchsorted(starts, match.start(), "right") - 1] += 1
    out[:, 10] = np.log1p(counts["sep"])
    out[:, 11] = counts["url"] > 0
    out[:, 12] = counts["date"] > 0
    out[:, 13] = counts["time"] > 0
    out[:, 14] = counts["copyright"] > 0

    for i, (raw, text) in enumerate(zip(texts, stripped)):
        if not text:
            continue
        last = text.rstrip(CLOSERS)[-1:] or text[-1]
        out[i, 7] = last in TERMINALS
        out[i, 8] = text[-1] in ":："
        out[i, 9] = _BULLET_START.match(text) is not None
        out[i, 17] = raw[:1].isspace()
        out[i, 20] = text[-1] in "?？"
    return out


def cut_for_ngrams(text: str) -> str:
    """The stripped line, or its head and tail when it is long."""
    text = text.strip()
    if len(text) > NGRAM_HEAD + NGRAM_TAIL:
        return text[:NGRAM_HEAD] + " " + text[-NGRAM_TAIL:]
    return text


def duplicate_keys(texts: list[str]) -> list[str]:
    """Lines equal under this key count as repeats (menus and footers repeat, prose rarely):
    lower-cased, digits as 0, white space runs as one space, stripped. Computed on the code
    points of the joined batch (lines hold no newline, so the join is safe)."""
    if not texts:
        return []
    codes = _normalized_codes("\n".join(texts).lower())
    joined = codes.tobytes().decode("utf-32-le", "surrogatepass")
    return [key.strip() for key in joined.split("\n")]


@lru_cache(maxsize=1)
def _digit_and_space_tables() -> tuple[np.ndarray, np.ndarray]:
    """Which code points ``\\d`` and ``[^\\S\\n]`` match (all of Unicode, no surrogates)."""
    digit = np.zeros(0x110000, bool)
    space = np.zeros(0x110000, bool)
    points = np.concatenate([np.arange(0xD800), np.arange(0xE000, 0x110000)]).astype(np.uint32)
    chars = points.tobytes().decode("utf-32-le")
    for table, pattern in ((digit, _NORMALIZE_DIGITS), (space, _HSPACES)):
        for match in pattern.finditer(chars):
            table[points[match.start():match.end()]] = True
    return digit, space


def _normalized_codes(text: str) -> np.ndarray:
    """Code points of ``text`` with every digit as "0" and white space runs (not newlines) as
    one space: the regex normalisation of :func:`duplicate_keys`, done on an array."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32).copy()
    digit, space = _digit_and_space_tables()
    codes[digit[codes]] = 48
    is_space = space[codes]
    codes[is_space] = 32
    repeat = is_space[1:] & is_space[:-1]
    return codes[np.concatenate([[True], ~repeat])] if repeat.any() else codes


def load_tables() -> None:
    """Build the code-point lookup tables now (they are built on first use otherwise):
    clean-files loads them before forking workers that share them."""
    _tables()
    _digit_and_space_tables()


N_HASHED = 2**18
_FNV_OFFSET = np.uint64(0xCBF29CE484222325)
_FNV_PRIME = np.uint64(0x100000001B3)


def ngram_matrix(texts: list[str]) -> sparse.csr_matrix:
    """Hashed character 1-5-gram counts per line, L2-normalised (n x N_HASHED, float32).

    Lines are lower-cased, digits become 0, runs of white space one space, and each line is
    padded with a space at both ends so line edges are n-grams too. The hashes (64-bit FNV-1a
    over code points, folded to N_HASHED buckets) are computed with numpy over the whole
    batch at once: no per-n-gram Python objects.
    """
    n = len(texts)
    if n == 0:
        return sparse.csr_matrix((0, N_HASHED), dtype=np.float32)
    joined = (" " + " \n ".join(cut_for_ngrams(t) for t in texts) + " ").lower()
    codes = _normalized_codes(joined).astype(np.uint64)
    boundary = codes == 10  # lines contain no newline: it only separates them
    line_id = np.cumsum(boundary) - boundary
    rows, columns = [], []
    with np.errstate(over="ignore"):
        hashes = (_FNV_OFFSET ^ codes) * _FNV_PRIME
        valid = ~boundary
        for size in NGRAM_SIZES:
            if size > 1:
                hashes = (hashes[:-1] ^ codes[size - 1:]) * _FNV_PRIME
                valid = valid[:-1] & ~boundary[size - 1:]
            buckets = (hashes ^ (hashes >> np.uint64(29))) % np.uint64(N_HASHED)
            rows.append(line_id[: len(hashes)][valid])
            columns.append(buckets[valid].astype(np.int32))
    row = np.concatenate(rows)
    # Counting n-grams per line without a comparison sort: building column-major groups the
    # entries by bucket (a linear counting sort, rows ascending within a bucket), and turning
    # that into rows is a second one, so each row's buckets come out sorted and its repeated
    # n-grams adjacent. Summing them is then linear (a sort within rows cost 1.4x this).
    matrix = sparse.csc_matrix((np.ones(len(row), np.float32), (row, np.concatenate(columns))),
                               shape=(n, N_HASHED)).tocsr()
    matrix.has_sorted_indices = True
    matrix.sum_duplicates()
    norms = np.sqrt(np.bincount(np.repeat(np.arange(n), np.diff(matrix.indptr)),
                                weights=matrix.data * matrix.data, minlength=n))
    matrix.data /= np.repeat(norms, np.diff(matrix.indptr)).astype(np.float32)
    return matrix


def _run_lengths(flags: np.ndarray) -> np.ndarray:
    """For each position, the length of the run of True flags it belongs to (0 if False)."""
    flags = np.asarray(flags, bool)
    if not flags.any():
        return np.zeros(len(flags), np.float32)
    edges = np.diff(np.concatenate([[0], flags.astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    run_id = np.cumsum(edges[:-1] == 1) - 1  # index of the run each position is in
    return np.where(flags, (ends - starts)[np.maximum(run_id, 0)], 0).astype(np.float32)


def document_dense(lines: list[str], own: np.ndarray | None = None,
                   keys: list[str] | None = None) -> tuple[list[int], np.ndarray, np.ndarray]:
    """Dense features for the non-blank lines of one document.

    Returns the indexes of the non-blank lines, their OWN shape matrix, and the full dense
    matrix (own + neighbours + document/position features), both float32. ``own`` and the
    lines' duplicate ``keys`` may be passed in when computed for a larger batch.
    """
    index = [i for i, line in enumerate(lines) if line.strip()]
    n = len(index)
    if n == 0:
        return index, np.zeros((0, N_OWN), np.float32), np.zeros((0, dense_width()), np.float32)
    texts = [lines[i] for i in index]
    if own is None:
        own = batch_shapes(texts)

    width = len(_NEIGHBOUR_IDX) + 1
    neighbours = np.zeros((n, len(NEIGHBOUR_OFFSETS) * width), np.float32)
    sub = own[:, _NEIGHBOUR_IDX]
    for k, offset in enumerate(NEIGHBOUR_OFFSETS):
        lo, hi = max(0, -offset), min(n, n - offset)
        if lo >= hi:
            continue
        block = neighbours[:, k * width:(k + 1) * width]
        block[lo:hi, :-1] = sub[lo + offset:hi + offset]
        block[lo:hi, -1] = 1.0  # the neighbour exists

    log_chars = own[:, 0]
    if keys is None:
        keys = duplicate_keys(texts)
    counts = Counter(keys)
    blank_before = [1.0 if i > 0 and not lines[i - 1].strip() else 0.0 for i in index]
    blank_after = [1.0 if i + 1 < len(lines) and not lines[i + 1].strip() else 0.0 for i in index]
    short = ((log_chars < math.log1p(40)) & (own[:, 2] < 0.5)) | (log_chars < math.log1p(15))
    positions = np.arange(n, dtype=np.float32)
    mean_log_chars = float(log_chars.mean())
    doc = np.column_stack([
        positions / max(1, n - 1),
        np.log1p(positions),
        np.log1p(n - 1 - positions),
        np.full(n, math.log1p(n), np.float32),
        np.full(n, mean_log_chars, np.float32),
        log_chars - mean_log_chars,
        log_chars / max(1e-6, float(log_chars.max())),
        np.log1p([counts[k] - 1 for k in keys]),
        blank_before,
        blank_after,
        np.full(n, float((log_chars > math.log1p(80)).mean()), np.float32),
        np.log1p(_run_lengths(short)),
        np.log1p(_run_lengths(own[:, 9] > 0)),
    ]).astype(np.float32)
    return index, own, np.hstack([own, neighbours, doc]).astype(np.float32)


def dense_width() -> int:
    return N_OWN + len(NEIGHBOUR_OFFSETS) * (len(_NEIGHBOUR_IDX) + 1) + len(DOC_FEATURES)
