"""The result types of :func:`cleaner.analyze`: one :class:`Line` per input line."""

from __future__ import annotations

from dataclasses import dataclass, field

LABELS: tuple[str, ...] = ("content", "navigation", "disclaimer", "spam")


@dataclass(frozen=True)
class Line:
    """One line of the decoded input, after repair, with the classifier's verdict.

    ``label`` and ``score`` are ``None`` for whitespace-only lines, which are never classified.
    """

    text: str
    label: str | None
    score: float | None
    repairs: tuple[str, ...] = ()


@dataclass
class Document:
    """A whole analysed page: its lines in input order and what was done to them."""

    lines: list[Line]
    encoding: str | None = None
    repairs: list[str] = field(default_factory=list)
    text: str = ""


def split_lines(text: str) -> list[str]:
    """Split exactly as the public contract says: normalise CR LF and CR, split on LF.

    ``str.splitlines`` is not used on purpose: it also splits on U+2028, form feeds and
    other separators, which would break the one-Line-per-input-line alignment.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def assemble(lines: list[Line], keep: frozenset[str] | set[str] = frozenset({"content"})) -> str:
    """Join the kept lines, stripped, in order.

    A single blank line is kept where the source had a paragraph break (one or more
    whitespace-only lines) between two kept lines; there are no leading or trailing blanks.
    """
    out: list[str] = []
    saw_blank = False
    for line in lines:
        if line.label is None:
            saw_blank = True
            continue
        if line.label in keep:
            text = line.text.strip()
            if not text:
                continue
            if out and saw_blank:
                out.append("")
            out.append(text)
            saw_blank = False
    return "\n".join(out)
