"""What both views (terminal and HTML) need: source lines, repaired spans, safe text, summaries.

The views show a page as the cleaner saw it. Pages are hostile input, so every character that
could drive a terminal or break the line alignment is made visible here, in one place.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from cleaner.decode import decode_bytes
from cleaner.document import LABELS, Document, split_lines

# One reviewed page: a display name, the analysed document and the lines as decoded, before
# repair (needed to show what the repairs changed; may be empty when unknown).
Page = tuple[str, Document, list[str]]

# Past this many differing characters a line is not diffed character by character (difflib is
# quadratic): the whole differing middle is marked instead.
MAX_DIFF_CHARS = 2000

_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068"
                           "\u2069")


def source_lines(data: str | bytes, encoding: str | None = None) -> list[str]:
    """The lines of ``data`` as decoded, before repair, split like :meth:`Cleaner.analyze` does.

    Decoding is deterministic, so these line up one to one with ``analyze(data).lines``.
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        text = decode_bytes(bytes(data), encoding).text
    else:
        text = str(data)
    text = text.encode("utf-8", errors="replace").decode("utf-8")  # lone surrogates, as analyze
    return split_lines(text)


def source_for(doc: Document, lines: Sequence[str] | None) -> list[str | None]:
    """The source line for each document line, or None where unknown (never misaligned)."""
    if not lines or len(lines) != len(doc.lines):
        return [None] * len(doc.lines)
    return list(lines)


def changed_spans(before: str | None, after: str) -> list[tuple[int, int]]:
    """``(start, end)`` ranges of ``after`` that a repair changed or inserted.

    Characters a repair only deleted leave no span; the views show before → after for those.
    """
    if before is None or before == after:
        return []
    prefix = 0
    limit = min(len(before), len(after))
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < limit - prefix
           and before[len(before) - 1 - suffix] == after[len(after) - 1 - suffix]):
        suffix += 1
    old, new = before[prefix:len(before) - suffix], after[prefix:len(after) - suffix]
    if not new:
        return []
    if len(old) + len(new) > MAX_DIFF_CHARS:
        return [(prefix, prefix + len(new))]
    spans: list[tuple[int, int]] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "insert") and j2 > j1:
            if spans and spans[-1][1] == prefix + j1:
                spans[-1] = (spans[-1][0], prefix + j2)
            else:
                spans.append((prefix + j1, prefix + j2))
    return spans


def visible_char(char: str) -> str:
    """``char``, or a visible stand-in when it is a control, bidi override or line separator.

    Keeps escape sequences in a page from driving the terminal, and keeps one source line on
    one displayed line.
    """
    code = ord(char)
    if char == "\t":
        return "    "
    if code < 0x20:
        return chr(0x2400 + code)  # control pictures: ␀ ␁ ... ␛ ...
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= code < 0xA0 or char in _BIDI_CONTROLS or char in "\u2028\u2029":
        return f"<U+{code:04X}>"
    return char


def visible(text: str) -> str:
    """``text`` with every unsafe character replaced (see :func:`visible_char`)."""
    if text.isprintable() and "\t" not in text:
        return text
    return "".join(visible_char(c) for c in text)


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide (CJK) characters count 2, combining marks 0."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def repair_kind(name: str) -> str:
    """The kind of a repair name: ``ftfy_mojibake:cp1252->utf-8`` is an ``ftfy_mojibake``."""
    return name.split(":", 1)[0]


def summarize(pages: Iterable[Page], keep: Iterable[str] = ("content",)) -> dict:
    """Counts for a whole run: documents, lines per label, kept/dropped, repairs per kind."""
    keep = frozenset(keep)
    labels: Counter[str] = Counter({label: 0 for label in LABELS})
    repairs: Counter[str] = Counter()
    doc_repairs: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    documents = lines = blank = kept = repaired_lines = 0
    for _, doc, _ in pages:
        documents += 1
        encodings[doc.encoding or "str"] += 1
        doc_repairs.update(repair_kind(name) for name in doc.repairs)
        for line in doc.lines:
            lines += 1
            if line.label is None:
                blank += 1
            else:
                labels[line.label] += 1
                kept += line.label in keep
            if line.repairs:
                repaired_lines += 1
                repairs.update(repair_kind(name) for name in line.repairs)
    return {
        "documents": documents,
        "lines": lines,
        "blank": blank,
        "kept": kept,
        "dropped": lines - blank - kept,
        "labels": dict(labels),
        "repaired_lines": repaired_lines,
        "repairs": dict(repairs.most_common()),
        "doc_repairs": dict(doc_repairs.most_common()),
        "encodings": dict(encodings.most_common()),
    }
