"""Make the README screenshots of both views: docs/screenshots/{terminal,html_review}.png.

    bash scripts/install_chromium.sh --fonts   # chromium + CJK fonts
    python scripts/make_screenshots.py [--seeds]

The terminal view is rendered with colour, turned into HTML (a small ANSI-to-HTML converter
for the few escapes the view uses) and photographed by headless chromium, like a dark terminal.
Pages come from examples/pages/; with --seeds the shared seed pages are shown too (read only).
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import headless_chromium  # noqa: E402

from cleaner.datasets import seeds_dir  # noqa: E402
from cleaner.show import analyze_files, expand, show_terminal  # noqa: E402
from cleaner.view_html import write_html  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SGR = re.compile(r"\x1b\[([0-9;]*)m")
# A dark terminal palette for the escapes the terminal view emits.
SGR_CSS = {"1": "font-weight:bold", "2": "opacity:.55", "4": "text-decoration:underline",
           "31": "color:#ff6b6b", "33": "color:#f5c542", "36": "color:#5fd7e0"}


def ansi_to_html(text: str) -> str:
    """HTML spans for text with SGR colour escapes (reset, bold, dim, underline, colours)."""
    out, active, pos = [], [], 0
    for match in SGR.finditer(text):
        out.append(html.escape(text[pos:match.start()]))
        pos = match.end()
        codes = match.group(1).split(";") if match.group(1) else ["0"]
        if active:
            out.append("</span>")
        for code in codes:
            active = [] if code == "0" else active + [SGR_CSS.get(code, "")]
        if active:
            out.append(f'<span style="{";".join(filter(None, active))}">')
    out.append(html.escape(text[pos:]))
    if active:
        out.append("</span>")
    return "".join(out)


def terminal_page(text: str) -> str:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
            "body{margin:0;background:#1e1f24;color:#e6e6e6;}"
            "pre{margin:0;padding:14px 18px;font:13px/1.35 'DejaVu Sans Mono',"
            "'Noto Sans Mono CJK SC',monospace;white-space:pre;}"
            "</style></head><body><pre>" + ansi_to_html(text) + "</pre></body></html>")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", action="store_true", help="also show the shared seed pages")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    os.chdir(ROOT)  # names shown relative to the repository
    examples = Path("examples") / "pages"
    terminal_pages = analyze_files([examples / "fr_mojibake.txt", examples / "en_news.txt"])
    text = show_terminal(terminal_pages, color=True, width=118)
    # The page with repairs first, so the screenshot shows before -> after.
    files = [examples / "fr_mojibake.txt", *sorted(set(expand([examples]))
                                                    - {examples / "fr_mojibake.txt"})]
    if args.seeds and seeds_dir().exists():
        files += expand([seeds_dir()])
    review_pages = analyze_files([f for f in files if f.suffix == ".txt"])

    with tempfile.TemporaryDirectory() as tmp:
        term_html = Path(tmp) / "terminal.html"
        term_html.write_text(terminal_page(text), encoding="utf-8")
        headless_chromium.screenshot(term_html.as_uri(), args.out / "terminal.png",
                                     width=1000, height=720)
        review = write_html(review_pages, Path(tmp) / "review.html")[0]
        headless_chromium.screenshot(review.as_uri(), args.out / "html_review.png",
                                     width=1100, height=900)
    for name in ("terminal.png", "html_review.png"):
        path = args.out / name
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
              f"{headless_chromium.png_size(path)} {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
