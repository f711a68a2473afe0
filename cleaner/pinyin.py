"""Injected pinyin annotations: ``字節(jié)跳動(dòng)`` -> ``字節跳動``.

Some pages went through a script that did a byte-level find-and-replace of a list of
characters by ``char + "(pinyin)"``. Because it is a global replace, *every* occurrence of an
annotated character carries the annotation, always with the same reading; deliberate
annotations (language teaching, ``人工智能(AI)``, ``GPU(圖形處理器)``, ``(a)``, ``(sic)``) are
selective, and only teaching text uses pinyin at all. So the decision is made per document
(:func:`injected_document`), and a single annotation is removed only when its text is a
reading of the character before it (:func:`find_annotations`).

Readings come from a compact table shipped in ``cleaner/data/zh_readings.txt.gz``, built
from pypinyin's data with ``python -m cleaner.pinyin build`` (pypinyin and opencc are
build-time tools); it also marks Traditional-only characters (those OpenCC t2s changes).
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_PATH = Path(__file__).resolve().parent / "data" / "zh_readings.txt.gz"

# Letters a toned pinyin syllable is written with (pypinyin's tone-mark style).
PINYIN_LETTERS = "a-zāáǎàēéěèếềīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A Han character followed by "(syllable)".
_ANNOTATION = re.compile(f"([{_HAN}])\\(([{PINYIN_LETTERS}]{{1,7}})\\)")
# Cheap pre-check: a parenthesised lower-case word at all.
_MAYBE = re.compile(f"\\([{PINYIN_LETTERS}]{{1,7}}\\)")
# The injector's trace where it split a character: an orphaned lead byte shown as '?' (or
# U+FFFD) followed by the reading, whose '(' the decoder swallowed.
_BREAK = re.compile(f"[?\ufffd]\\(?([{PINYIN_LETTERS}]{{1,7}})\\)")

# Document-level thresholds: share of a character's occurrences that must be annotated.
MIN_COVERAGE = 0.9


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    table: dict[str, tuple[str, ...]] = {}
    traditional: set[str] = set()
    with gzip.open(DATA_PATH, "rt", encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 2 and fields[0] and fields[1]:
                table[fields[0]] = tuple(fields[1].split(","))
                if len(fields) > 2 and fields[2] == "T":
                    traditional.add(fields[0])
    return table, frozenset(traditional)


def _table() -> dict[str, tuple[str, ...]]:
    return _load()[0]


def is_traditional_only(char: str) -> bool:
    """Characters that Simplified Chinese writes differently (OpenCC t2s changes them)."""
    return char in _load()[1]


def readings(char: str) -> tuple[str, ...]:
    """Toned readings of one character (empty if unknown)."""
    return _table().get(char, ())


def is_reading_of(syllable: str, char: str) -> bool:
    return syllable in readings(char)


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toned syllable in the table."""
    return frozenset(r for rs in _table().values() for r in rs)


@dataclass(frozen=True)
class Annotation:
    start: int  # index of the "(" in the line
    end: int  # index just after ")"
    char: str
    reading: str


def might_have_annotations(text: str) -> bool:
    """Cheap check run before anything else."""
    return "(" in text and _MAYBE.search(text) is not None


def find_annotations(line: str) -> list[Annotation]:
    """``char(reading)`` where reading really is a reading of char."""
    if not might_have_annotations(line):
        return []
    found = []
    for m in _ANNOTATION.finditer(line):
        if is_reading_of(m.group(2), m.group(1)):
            found.append(Annotation(m.start(2) - 1, m.end(), m.group(1), m.group(2)))
    return found


def has_injector_break(text: str) -> bool:
    """A reading right after an orphaned byte: only the byte-level injector leaves this."""
    if ")" not in text or ("?" not in text and "\ufffd" not in text):
        return False  # the common case, decided without the regex
    return any(m.group(1) in syllables() for m in _BREAK.finditer(text))


# Words that announce deliberate pronunciation notes (language teaching, dictionaries).
_TEACHING = re.compile(
    "拼音|注音|讀音|读音|發音|发音|聲調|声调|念作|讀作|读作|pinyin", re.IGNORECASE
)
# The injector ran together with a byte-level step that folded these to ASCII everywhere.
_FULLWIDTH_KEPT = re.compile("[，！：；（）？]")


def injected_document(lines: list[str], extra_evidence: bool = False) -> bool:
    """Were this document's annotations injected by a global replace (not written)?

    Yes if the injector left a break. Otherwise no if the document talks about pronunciation
    or an annotated line still has fullwidth ``，！：；（）？`` (the injector's pipeline
    folded them all); and
    yes if at least two distinct characters are annotated, each always with the same reading
    and on (nearly) all their occurrences. A single annotated character needs
    ``extra_evidence`` (other damage from the same byte-level pipeline, e.g. fullwidth
    punctuation folded to ASCII) as well.
    """
    if any(has_injector_break(line) for line in lines):
        return True
    if not any(might_have_annotations(line) for line in lines):
        return False
    if any(_TEACHING.search(line) for line in lines):
        return False
    if any(_FULLWIDTH_KEPT.search(line) for line in lines if might_have_annotations(line)):
        return False
    found = [a for line in lines for a in find_annotations(line)]
    if not found:
        return False
    per_char: dict[str, set[str]] = defaultdict(set)
    annotated = Counter()
    for a in found:
        per_char[a.char].add(a.reading)
        annotated[a.char] += 1
    if any(len(rs) > 1 for rs in per_char.values()):
        return False  # teaching text contrasts readings: 長(cháng)/長(zhǎng)
    occurrences = Counter()
    for line in lines:
        for ch in line:
            if ch in annotated:
                occurrences[ch] += 1
    coverage = sum(annotated.values()) / max(1, sum(occurrences.values()))
    if coverage < MIN_COVERAGE:
        return False
    if len(annotated) >= 2 or extra_evidence:
        return True
    # One annotated character: the injector's list holds Traditional-only characters, while
    # a lone deliberate note is usually on a common character (重(zhòng)要, 好(hǎo)).
    return all(is_traditional_only(ch) for ch in annotated)


def strip_annotations(line: str) -> tuple[str, int]:
    """Remove every ``(reading)`` that follows its own character; returns (line, count)."""
    found = find_annotations(line)
    if not found:
        return line, 0
    parts, last = [], 0
    for a in found:
        parts.append(line[last:a.start])
        last = a.end
    parts.append(line[last:])
    return "".join(parts), len(found)


# ---------------------------------------------------------------------------- building


def build(out: Path = DATA_PATH) -> dict[str, int]:
    """Write the reading table for every BMP Han character pypinyin knows."""
    import opencc  # build-time only
    from pypinyin.pinyin_dict import pinyin_dict  # build-time only

    chars = [chr(code) for code in sorted(pinyin_dict) if re.fullmatch(f"[{_HAN}]", chr(code))]
    simplified = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    rows = []
    for char, simple in zip(chars, simplified, strict=True):
        flag = "T" if simple != char else ""
        rows.append(f"{char}\t{pinyin_dict[ord(char)]}\t{flag}\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", mtime=0) as raw:
        raw.write("".join(rows).encode("utf-8"))
    return {"characters": len(rows), "bytes": out.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cleaner.pinyin", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="rebuild cleaner/data/zh_readings.txt.gz from pypinyin")
    b.add_argument("--out", type=Path, default=DATA_PATH)
    args = parser.parse_args(argv)
    print(build(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
