"""Build devset/pages/*.txt and devset/labels.jsonl from the annotated sources in devset/src/.

Why: pages are written and labelled together, one line per page line, as ``<label>|<text>``,
so a reviewer sees the label next to the text. Codes: ``c`` content, ``n`` navigation,
``d`` disclaimer, ``s`` spam; ``c/n`` means label content with navigation as an accepted
alternative. An empty source line is an empty page line (label null); ``-|<spaces>`` writes a
whitespace-only line. Pages are written without a trailing newline, so splitting a page on
"\\n" gives exactly one entry per labelled line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODES = {"c": "content", "n": "navigation", "d": "disclaimer", "s": "spam"}


def parse_line(raw: str, where: str) -> tuple[str, str | None, list[str]]:
    """Split one annotated source line into (text, label, alt)."""
    if raw == "":
        return "", None, []
    code, sep, text = raw.partition("|")
    if not sep:
        raise ValueError(f"{where}: missing '|' in {raw!r}")
    if code == "-":
        if text.strip():
            raise ValueError(f"{where}: '-' is only for whitespace-only lines")
        return text, None, []
    names = code.split("/")
    if any(n not in CODES for n in names):
        raise ValueError(f"{where}: unknown label code {code!r}")
    if not text.strip():
        raise ValueError(f"{where}: labelled line is blank")
    labels = [CODES[n] for n in names]
    return text, labels[0], labels[1:]


def build_page(src: Path) -> tuple[str, dict]:
    """Return (page text, labels record) for one source file."""
    stem = src.stem
    page_id, lang, _kind = stem.split("_", 2)
    raw_lines = src.read_text(encoding="utf-8").rstrip("\n").split("\n")
    texts, entries = [], []
    for number, raw in enumerate(raw_lines, 1):
        text, label, alt = parse_line(raw, f"{src.name}:{number}")
        texts.append(text)
        entry: dict = {"text": text, "label": label}
        if alt:
            entry["alt"] = alt
        entries.append(entry)
    record = {"id": page_id, "file": stem + ".txt", "lang": lang, "lines": entries}
    return "\n".join(texts), record


def main() -> int:
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    records = []
    for src in sorted((HERE / "src").glob("*.lbl")):
        text, record = build_page(src)
        (pages / record["file"]).write_text(text, encoding="utf-8")
        records.append(record)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"built {len(records)} pages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
