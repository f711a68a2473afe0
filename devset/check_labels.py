"""Validate devset/labels.jsonl against devset/pages/ line by line and print label counts.

Why: the dev set is used to measure four-class quality; a label that drifted from its line
(an edited page, a lost blank line) would silently corrupt every figure computed from it.
Usage: python devset/check_labels.py [DEVSET_DIR]  (exit status 1 when anything is wrong).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

LABELS = ("content", "navigation", "disclaimer", "spam")
HERE = Path(__file__).resolve().parent


def load_records(devset: Path) -> list[dict]:
    """Read labels.jsonl (one JSON object per page)."""
    with open(devset / "labels.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def check_line(entry: dict, where: str) -> list[str]:
    """Problems with one line entry: unknown labels, blank/labelled mismatch, bad alt."""
    errors = []
    text, label, alt = entry.get("text"), entry.get("label"), entry.get("alt", [])
    if not isinstance(text, str):
        return [f"{where}: text is not a string"]
    if text.strip() == "":
        if label is not None:
            errors.append(f"{where}: whitespace-only line must have label null")
    elif label not in LABELS:
        errors.append(f"{where}: label {label!r} is not one of {LABELS}")
    if not isinstance(alt, list) or any(a not in LABELS or a == label for a in alt):
        errors.append(f"{where}: bad alt {alt!r}")
    return errors


def check_record(record: dict, devset: Path) -> list[str]:
    """Problems with one page record, comparing it with its file."""
    name = record.get("file", "?")
    errors = []
    if set(record) != {"id", "file", "lang", "lines"}:
        errors.append(f"{name}: keys {sorted(record)} != id, file, lang, lines")
    parts = name.removesuffix(".txt").split("_", 2)
    if len(parts) != 3 or parts[0] != record.get("id") or parts[1] != record.get("lang"):
        errors.append(f"{name}: file name does not match id {record.get('id')!r} "
                      f"and lang {record.get('lang')!r}")
    path = devset / "pages" / name
    if not path.is_file():
        return errors + [f"{name}: page file missing"]
    file_lines = path.read_bytes().decode("utf-8").split("\n")
    entries = record.get("lines", [])
    if len(file_lines) != len(entries):
        errors.append(f"{name}: {len(file_lines)} lines in file, {len(entries)} labelled")
    for number, (line, entry) in enumerate(zip(file_lines, entries), 1):
        where = f"{name}:{number}"
        if entry.get("text") != line:
            errors.append(f"{where}: labelled text differs from the file line")
        errors.extend(check_line(entry, where))
    return errors


def validate(devset: Path = HERE) -> list[str]:
    """All problems found in the dev set (empty list when it is consistent)."""
    records = load_records(devset)
    errors = []
    ids = Counter(r.get("id") for r in records)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    labelled = {r.get("file") for r in records}
    errors += [f"{p.name}: page without labels"
               for p in sorted((devset / "pages").glob("*.txt")) if p.name not in labelled]
    for record in records:
        errors.extend(check_record(record, devset))
    return errors


def counts(records: list[dict]) -> dict[str, Counter]:
    """Per-language counts of pages and of each label (alt ignored)."""
    table: dict[str, Counter] = defaultdict(Counter)
    for record in records:
        row = table[record["lang"]]
        row["pages"] += 1
        for entry in record["lines"]:
            if entry["label"] is not None:
                row[entry["label"]] += 1
                row["alt"] += bool(entry.get("alt"))
    return dict(table)


def format_counts(table: dict[str, Counter]) -> str:
    """A plain-text table with a total row."""
    columns = ("pages", *LABELS, "alt")
    total: Counter = Counter()
    rows = [f"{'lang':8}" + "".join(f"{c:>11}" for c in columns)]
    for lang in sorted(table):
        total.update(table[lang])
        rows.append(f"{lang:8}" + "".join(f"{table[lang][c]:>11}" for c in columns))
    rows.append(f"{'total':8}" + "".join(f"{total[c]:>11}" for c in columns))
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    devset = Path(argv[1]) if len(argv) > 1 else HERE
    errors = validate(devset)
    for error in errors:
        print(error)
    if not errors:
        print(format_counts(counts(load_records(devset))))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
