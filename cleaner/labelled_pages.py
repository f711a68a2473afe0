"""Hand-labelled pages written as annotated text: ``<code>|<text>``, one page line per line.

Why: a page and its labels are written together, so a reviewer sees each label next to its
line. Codes: ``c`` content, ``n`` navigation, ``d`` disclaimer, ``s`` spam; ``c/n`` means
label content with navigation as an accepted alternative. An empty source line is an empty
page line (label null); ``-|<spaces>`` is a whitespace-only line. File names are
``<id>_<lang>_<kind>.lbl``. ``devset/`` (evaluation only) and ``trainset/`` (training) use
this format.
"""

from __future__ import annotations

from pathlib import Path

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


def read_page(src: Path) -> tuple[str, dict]:
    """(page text, labels record) of one ``.lbl`` file; the text has no trailing newline,
    so splitting it on "\\n" gives exactly one entry per labelled line."""
    stem = src.stem
    parts = stem.split("_", 2)
    if len(parts) != 3:
        raise ValueError(f"{src.name}: expected <id>_<lang>_<kind>.lbl")
    page_id, lang, _kind = parts
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


def read_folder(folder: Path) -> list[dict]:
    """The labels records of every ``.lbl`` file in ``folder``, in file-name order."""
    return [read_page(src)[1] for src in sorted(Path(folder).glob("*.lbl"))]
