"""See what the cleaner does to some pages: ``python -m cleaner.show FILE... [--html OUT]``.

Prints each page in the terminal, one line per source line, coloured by label with score and
repairs in a margin; with ``--html`` writes the review page instead. Folders are walked
recursively. A file that cannot be read is reported and the others are still shown.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from cleaner.document import LABELS
from cleaner.pipeline import Cleaner
from cleaner.view_common import Page, source_lines
from cleaner.view_html import write_html
from cleaner.view_terminal import (
    COLOR_MODES,
    legend,
    render_terminal,
    terminal_header,
    use_color,
)


def expand(inputs: Sequence[str | Path]) -> list[Path]:
    """Files named directly, plus every non-hidden file under named folders, sorted."""
    files: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            files += sorted(p for p in item.rglob("*") if p.is_file()
                            and not any(part.startswith(".") for part in p.relative_to(item).parts))
        else:
            files.append(item)
    return files


def analyze_files(files: Sequence[Path], cleaner: Cleaner | None = None,
                  errors: list[str] | None = None) -> list[Page]:
    """``(name, Document, source lines)`` for each readable file, analysed in one batch."""
    cleaner = cleaner or Cleaner()
    names, raw = [], []
    for path in files:
        try:
            raw.append(path.read_bytes())
            names.append(str(path))
        except OSError as error:
            if errors is not None:
                errors.append(f"{path}: {error.strerror or error}")
    docs = cleaner.analyze_many(raw) if raw else []
    return [(name, doc, source_lines(data)) for name, doc, data in zip(names, docs, raw)]


def show_terminal(pages: Sequence[Page], *, color: bool, width: int | None) -> str:
    """The terminal view of several pages: a header line, then one line per source line."""
    blocks = [terminal_header(name, doc, color=color) + "\n"
              + render_terminal(doc, color=color, width=width, source_lines=lines)
              for name, doc, lines in pages]
    return "\n\n".join(blocks + [legend(color=color)]) + "\n"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m cleaner.show", description=__doc__)
    parser.add_argument("inputs", nargs="+", metavar="FILE", help="pages or folders of pages")
    parser.add_argument("--html", metavar="OUT",
                        help="write the HTML review instead: OUT.html, or a folder "
                             "(index.html, page-2.html, ... for big runs)")
    parser.add_argument("--color", choices=COLOR_MODES, default="auto",
                        help="colour the terminal view (auto: only on a terminal)")
    parser.add_argument("--width", type=int, default=None,
                        help="cut lines to this many columns (default: terminal width on a "
                             "terminal, no cut otherwise; 0: never cut)")
    parser.add_argument("--keep", default="content",
                        help=f"comma-separated labels the cleaner keeps (of {', '.join(LABELS)})")
    parser.add_argument("--model", default=None, help="model file (default: the shipped one)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    keep = [label.strip() for label in args.keep.split(",") if label.strip()]
    try:
        cleaner = Cleaner(model=args.model, keep=keep)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    errors: list[str] = []
    files = expand(args.inputs)
    pages = analyze_files(files, cleaner, errors)
    for message in errors:
        print(f"error: {message}", file=sys.stderr)
    if args.html:
        for path in write_html(pages, args.html, keep=keep):
            print(path)
    else:
        width = args.width
        if width is None and sys.stdout.isatty():
            width = shutil.get_terminal_size().columns
        text = show_terminal(pages, color=use_color(args.color, sys.stdout), width=width or None)
        sys.stdout.write(text)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
