"""Build devset/pages/*.txt and devset/labels.jsonl from the annotated sources in devset/src/.

Why: pages are written and labelled together, one line per page line, as ``<code>|<text>``
(format: :mod:`cleaner.labelled_pages`), so a reviewer sees the label next to the text. Pages
are written without a trailing newline, so splitting a page on "\\n" gives exactly one entry
per labelled line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cleaner.labelled_pages import read_page

HERE = Path(__file__).resolve().parent


def main() -> int:
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    records = []
    for src in sorted((HERE / "src").glob("*.lbl")):
        text, record = read_page(src)
        (pages / record["file"]).write_text(text, encoding="utf-8")
        records.append(record)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"built {len(records)} pages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
