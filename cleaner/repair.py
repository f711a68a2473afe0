"""Repair stage: run the document-level and line-level fixes, recording what each changed.

Each fix is a small pure function (see :mod:`cleaner.fixes`). This module only orders them,
applies them and keeps the record that ends up in ``Line.repairs`` / ``Document.repairs``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cleaner import fixes, gbk_resync, mojibake

# A line fix returns the new line and the names of the repairs it made ([] if none).
LineFix = Callable[[str], tuple[str, list[str]]]
# A document fix sees all lines (some damage can only be judged per document) and returns
# the new lines, the repairs per changed line index, and a document-level name or None.
DocFix = Callable[[list[str]], tuple[list[str], dict[int, list[str]], str | None]]

# Mojibake first: it works on text read with the wrong codec; GBK re-synchronisation then
# works on text read with the right one.
DOC_FIXES: list[DocFix] = [mojibake.fix_mojibake_document, gbk_resync.fix_document]
LINE_FIXES: list[LineFix] = [fixes.fix_with_ftfy, fixes.flag_lossy_damage]


@dataclass
class Repaired:
    lines: list[str]
    line_repairs: list[tuple[str, ...]]
    doc_repairs: list[str]


def repair_lines(lines: list[str]) -> Repaired:
    """Apply every fix; the number and order of lines never change."""
    lines = list(lines)
    records: list[list[str]] = [[] for _ in lines]
    doc_repairs: list[str] = []
    for doc_fix in DOC_FIXES:
        lines, changed, name = doc_fix(lines)
        for index, names in changed.items():
            records[index].extend(names)
        if name:
            doc_repairs.append(name)
    to_fix = set(fixes.lines_needing_fixes(lines))
    for index in sorted(to_fix | {i for i, names in enumerate(records) if names}):
        line = lines[index]
        if index in to_fix:
            for line_fix in LINE_FIXES:
                line, names = line_fix(line)
                records[index].extend(names)
        lines[index] = fixes.keep_on_one_line(line)
    return Repaired(lines, [tuple(r) for r in records], doc_repairs)
