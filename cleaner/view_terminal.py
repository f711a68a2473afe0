"""The terminal view: a page, one output line per source line, coloured by label.

    render_terminal(doc, source_lines=lines, color=use_color("auto", sys.stdout))

Layout of each line: ``   12 navigation 0.93 │ text  ⟨repairs⟩``. Content is plain, navigation
dim, disclaimer yellow, spam red; characters a repair changed are underlined in cyan. Without
colour the same text is printed with no escape codes, so pipes and files get plain text.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TextIO

from cleaner.document import Document, Line
from cleaner.view_common import changed_spans, display_width, source_for, visible

RESET = "\x1b[0m"
STYLES: dict[str | None, str] = {
    "content": "",
    "navigation": "\x1b[2m",
    "disclaimer": "\x1b[33m",
    "spam": "\x1b[31m",
    None: "",
}
REPAIRED = "\x1b[4;36m"  # underlined cyan: stands out on every label colour
MARGIN = "\x1b[2m"
COLOR_MODES = ("auto", "always", "never")
LABEL_WIDTH = 10  # len("navigation") == len("disclaimer")
ELLIPSIS = "…"


def use_color(mode: str, stream: TextIO | None = None) -> bool:
    """``--color auto|always|never``: auto colours only a terminal, and honours NO_COLOR."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    if mode != "auto":
        raise ValueError(f"colour mode must be one of {COLOR_MODES}, not {mode!r}")
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):  # closed or detached stream
        return False


def render_terminal(doc: Document, *, color: bool, width: int | None = None,
                    source_lines: Sequence[str] | None = None) -> str:
    """The whole view of ``doc``: exactly one output line per line of the document.

    ``source_lines`` are the decoded lines before repair (see
    :func:`cleaner.view_common.source_lines`); with them, repaired characters are highlighted.
    ``width`` truncates each line to that many terminal columns (None: never truncate).
    """
    sources = source_for(doc, source_lines)
    number_width = max(4, len(str(len(doc.lines))))
    return "\n".join(render_line(number, line, source, color=color, width=width,
                                 number_width=number_width)
                     for number, (line, source) in enumerate(zip(doc.lines, sources), start=1))


def render_line(number: int, line: Line, source: str | None, *, color: bool,
                width: int | None = None, number_width: int = 4) -> str:
    """One line of the view: margin (number, label, score), text, then repairs if any."""
    label = line.label or ""
    score = f"{line.score:.2f}" if line.score is not None else "    "
    margin = f"{number:>{number_width}} {label:<{LABEL_WIDTH}} {score} │ "
    tail = f"  ⟨{', '.join(visible(r) for r in line.repairs)}⟩" if line.repairs else ""
    budget = None
    if width is not None:
        budget = max(1, width - display_width(margin) - display_width(tail))
    segments = _segments(line.text, changed_spans(source, line.text), budget)
    if not color:
        return (margin + "".join(text for text, _ in segments) + tail).rstrip()
    style = STYLES.get(line.label, "")
    body = "".join(_styled(text, style + (REPAIRED if repaired else "")) for text, repaired
                   in segments)
    return MARGIN + margin + RESET + body + (_styled(tail, MARGIN) if tail else "")


def terminal_header(name: str, doc: Document, *, color: bool) -> str:
    """A one-line title for a document: its name, codec, document repairs and label counts."""
    counts: dict[str, int] = {}
    for line in doc.lines:
        if line.label is not None:
            counts[line.label] = counts.get(line.label, 0) + 1
    parts = [visible(name), f"encoding {doc.encoding or 'str'}"]
    parts.append(", ".join(f"{n} {label}" for label, n in counts.items()) or "no text")
    if doc.repairs:
        parts.append("document repairs: " + ", ".join(visible(r) for r in doc.repairs))
    header = "── " + " · ".join(parts) + " ──"
    return f"\x1b[1m{header}{RESET}" if color else header


def legend(*, color: bool) -> str:
    """The colour key, printed once after the documents."""
    if not color:
        return "labels: content, navigation, disclaimer, spam; ⟨…⟩ = repairs applied"
    keys = [_styled(label, STYLES[label] or "\x1b[1m")
            for label in ("content", "navigation", "disclaimer", "spam")]
    return ("labels: " + " ".join(keys) + "  " + _styled("repaired", REPAIRED)
            + " = characters a repair changed")


def _styled(text: str, style: str) -> str:
    return f"{style}{text}{RESET}" if style and text else text


def _segments(text: str, spans: list[tuple[int, int]],
              budget: int | None) -> list[tuple[str, bool]]:
    """``text`` cut at the repaired spans, made visible, truncated to ``budget`` columns."""
    pieces: list[tuple[str, bool]] = []
    start = 0
    for begin, end in spans:
        if begin > start:
            pieces.append((text[start:begin], False))
        pieces.append((text[begin:end], True))
        start = end
    if start < len(text):
        pieces.append((text[start:], False))
    pieces = [(visible(piece), repaired) for piece, repaired in pieces]
    if budget is None or sum(display_width(p) for p, _ in pieces) <= budget:
        return pieces
    out: list[tuple[str, bool]] = []
    room = budget - 1  # one column for the ellipsis
    for piece, repaired in pieces:
        kept = []
        for char in piece:
            w = display_width(char)
            if w > room:
                break
            kept.append(char)
            room -= w
        if kept:
            out.append(("".join(kept), repaired))
        if len(kept) < len(piece):
            break
    out.append((ELLIPSIS, False))
    return out
