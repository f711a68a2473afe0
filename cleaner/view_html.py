"""The HTML review page: every line of every page, coloured by label, in one static file.

    html = render_html([(name, doc, source_lines), ...], summary=None)
    write_html(pages, "review/")  # paginated: review/index.html, review/page-2.html, ...

Self-contained: inline CSS and a few lines of vanilla JavaScript, no external assets, so the
file can be mailed or opened from disk. Pages are hostile input: every piece of page text goes
through :func:`html.escape` after control characters are made visible.

Big runs are split by :func:`write_html` into several files of at most ``max_docs`` documents
and about ``max_lines`` lines each; the first file (``index.html``) carries the summary of the
whole run and every file links to the others.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from pathlib import Path

from cleaner.document import LABELS, Document, Line
from cleaner.view_common import Page, changed_spans, source_for, summarize, visible

CSS = """
:root { --fg:#1d1d1f; --muted:#6e6e73; --rule:#e5e5ea; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC",
       sans-serif; color: var(--fg); margin: 0; padding: 0 1.5rem 3rem; background: #fff; }
header.top { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--rule);
             padding: .6rem 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem;
             align-items: center; }
header.top h1 { font-size: 1.1rem; margin: 0 1rem 0 0; }
.legend span.key { display: inline-block; padding: 0 .5rem; border-radius: 3px;
                   margin-right: .3rem; border-left: 4px solid transparent; }
label.filter { font-weight: 600; cursor: pointer; }
nav.pager a, nav.pager b { margin-right: .5rem; }
table.summary { border-collapse: collapse; margin: .8rem 0; }
table.summary th, table.summary td { text-align: left; padding: .15rem .8rem .15rem 0;
                                     font-weight: normal; }
table.summary th { color: var(--muted); }
section.doc { margin-top: 1.6rem; }
section.doc h2 { font-size: 1rem; margin: 0 0 .2rem; word-break: break-all; }
section.doc p.meta { color: var(--muted); margin: 0 0 .4rem; font-size: .85rem; }
.lines { font-family: ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace;
         font-size: 13px; border-top: 1px solid var(--rule); }
.line { display: flex; gap: .6rem; padding: 1px .4rem; border-left: 4px solid transparent;
        white-space: pre-wrap; word-break: break-word; }
.line .no { color: var(--muted); min-width: 3.2em; text-align: right; flex: none;
            user-select: none; }
.line .lab { width: 11em; flex: none; font-size: 11px; line-height: 19px;
             text-transform: uppercase; letter-spacing: .03em; opacity: .8; }
.line .tx { flex: 1; }
.line .sc { text-transform: none; opacity: .75; }
.l-content { background: #ffffff; }
.l-navigation { background: #eef0f3; color: #7a7f87; border-left-color: #aab0b8; }
.l-disclaimer { background: #fff6d6; color: #7a5a00; border-left-color: #e0b100; }
.l-spam { background: #ffe3e3; color: #a1121a; border-left-color: #e0313b; }
.l-blank { min-height: 1.2em; }
mark.fix { background: #b8f0c9; color: #0b5a2a; border-radius: 2px; }
.repair { display: flex; gap: .6rem; padding: 0 .4rem 2px; font-size: 12px;
          border-left: 4px solid #34a853; background: #f3fbf5; white-space: pre-wrap;
          word-break: break-word; }
.repair .no { min-width: 3.2em; flex: none; }
.repair .lab { width: 11em; flex: none; color: #1e7a3c; font-size: 11px;
               text-transform: uppercase; letter-spacing: .03em; line-height: 19px; }
.repair del { background: #fde7e7; text-decoration: line-through; }
.repair ins { background: #b8f0c9; text-decoration: none; }
.repair .names { color: var(--muted); }
body.only-dropped .kept, body.only-dropped .l-blank { display: none; }
"""

# Runs once at load: the checkbox (or #dropped in the address) shows only the dropped lines.
SCRIPT = """
(function () {
  var box = document.getElementById('only-dropped');
  function apply() { document.body.classList.toggle('only-dropped', box.checked); }
  if (location.hash === '#dropped') { box.checked = true; }
  box.addEventListener('change', apply);
  apply();
})();
"""


def render_html(pages: Sequence[Page], summary: dict | None = None, *,
                keep: Iterable[str] = ("content",), title: str = "cleaner review",
                pager: Sequence[tuple[str, str]] = (), current: int = 0) -> str:
    """One self-contained HTML page reviewing ``pages``.

    ``summary`` is the run summary to show (from :func:`cleaner.view_common.summarize`;
    computed from ``pages`` when None, omitted when ``{}``). ``keep`` names the labels the
    cleaner kept, the others count as dropped. ``pager`` lists ``(label, href)`` of the files of
    a split run, ``current`` the index of this one.
    """
    keep = frozenset(keep)
    if summary is None:
        summary = summarize(pages, keep)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="und"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title>",
        f"<style>{CSS}</style>",
        "</head><body>",
        '<header class="top">',
        f"<h1>{_esc(title)}</h1>",
        _legend(keep),
        '<label class="filter"><input type="checkbox" id="only-dropped"> '
        "show only dropped lines</label>",
        _pager(pager, current),
        "</header>",
    ]
    if summary:
        parts.append(_summary(summary))
    for index, (name, doc, lines) in enumerate(pages):
        parts.append(_document(index, name, doc, lines, keep))
    parts.append(f"<script>{SCRIPT}</script>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_html(pages: Sequence[Page], out: str | Path, *, keep: Iterable[str] = ("content",),
               max_docs: int = 50, max_lines: int = 20_000,
               title: str = "cleaner review") -> list[Path]:
    """Write the review of ``pages``, split into several files for big runs; returns them.

    ``out`` ending in ``.html`` names the first file (the others are ``<stem>-2.html`` ... next
    to it); any other ``out`` is a directory that gets ``index.html``, ``page-2.html`` ...
    """
    keep = frozenset(keep)
    out = Path(out)
    if out.suffix.lower() in (".html", ".htm"):
        folder, first, pattern = out.parent, out.name, out.stem + "-{}" + out.suffix
    else:
        folder, first, pattern = out, "index.html", "page-{}.html"
    folder.mkdir(parents=True, exist_ok=True)
    chunks = paginate(pages, max_docs=max_docs, max_lines=max_lines)
    names = [first] + [pattern.format(n) for n in range(2, len(chunks) + 1)]
    pager = [(str(n), name) for n, name in enumerate(names, start=1)] if len(names) > 1 else []
    summary = summarize(pages, keep)
    written = []
    for index, (chunk, name) in enumerate(zip(chunks, names)):
        page_title = title if len(chunks) == 1 else f"{title} ({index + 1}/{len(chunks)})"
        text = render_html(chunk, summary if index == 0 else {}, keep=keep, title=page_title,
                           pager=pager, current=index)
        path = folder / name
        path.write_text(text, encoding="utf-8", errors="replace")
        written.append(path)
    return written


def paginate(pages: Sequence[Page], *, max_docs: int = 50,
             max_lines: int = 20_000) -> list[list[Page]]:
    """Split pages into chunks of at most ``max_docs`` documents and about ``max_lines`` lines.

    A document is never split; one longer than ``max_lines`` gets a chunk of its own.
    """
    chunks: list[list[Page]] = [[]]
    lines = 0
    for page in pages:
        size = len(page[1].lines)
        if chunks[-1] and (len(chunks[-1]) >= max_docs or lines + size > max_lines):
            chunks.append([])
            lines = 0
        chunks[-1].append(page)
        lines += size
    return chunks


# -- pieces -----------------------------------------------------------------------------------
def _esc(text: str) -> str:
    return html.escape(visible(text), quote=True)


def _legend(keep: frozenset[str]) -> str:
    keys = "".join(f'<span class="key l-{label}">{label}{"" if label in keep else " (dropped)"}'
                   "</span>" for label in LABELS)
    return (f'<div class="legend">{keys}<span class="key"><mark class="fix">repaired</mark>'
            "</span></div>")


def _pager(pager: Sequence[tuple[str, str]], current: int) -> str:
    if not pager:
        return ""
    links = [f"<b>{_esc(label)}</b>" if i == current
             else f'<a href="{_esc(href)}">{_esc(label)}</a>'
             for i, (label, href) in enumerate(pager)]
    return '<nav class="pager">pages: ' + "".join(links) + "</nav>"


def _summary(summary: dict) -> str:
    labels = summary.get("labels", {})
    rows = [
        ("documents", str(summary.get("documents", 0))),
        ("lines", f"{summary.get('lines', 0)} ({summary.get('blank', 0)} blank, "
                  f"{summary.get('kept', 0)} kept, {summary.get('dropped', 0)} dropped)"),
        ("per label", ", ".join(f"{label} {count}" for label, count in labels.items())),
        ("repairs per kind", ", ".join(f"{kind} {n}" for kind, n
                                       in summary.get("repairs", {}).items()) or "none"),
        ("document repairs", ", ".join(f"{kind} {n}" for kind, n
                                       in summary.get("doc_repairs", {}).items()) or "none"),
        ("encodings", ", ".join(f"{codec} {n}" for codec, n
                                in summary.get("encodings", {}).items())),
    ]
    body = "".join(f"<tr><th>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in rows)
    return f'<table class="summary" id="summary">{body}</table>'


def _document(index: int, name: str, doc: Document, lines: Sequence[str] | None,
              keep: frozenset[str]) -> str:
    counts: dict[str, int] = {}
    for line in doc.lines:
        if line.label is not None:
            counts[line.label] = counts.get(line.label, 0) + 1
    meta = [f"encoding {doc.encoding or 'str'}", f"{len(doc.lines)} lines"]
    meta += [f"{n} {label}" for label, n in counts.items()]
    if doc.repairs:
        meta.append("document repairs: " + ", ".join(doc.repairs))
    rows = [_line(number, line, source, keep) for number, (line, source)
            in enumerate(zip(doc.lines, source_for(doc, lines)), start=1)]
    return (f'<section class="doc" id="doc-{index + 1}"><h2>{_esc(name)}</h2>'
            f'<p class="meta">{_esc(" · ".join(meta))}</p>'
            f'<div class="lines">{"".join(rows)}</div></section>')


def _line(number: int, line: Line, source: str | None, keep: frozenset[str]) -> str:
    if line.label is None:
        return (f'<div class="line l-blank" data-label="blank"><span class="no">{number}</span>'
                f'<span class="lab"></span><span class="tx">{_esc(line.text)}</span></div>')
    state = "kept" if line.label in keep else "dropped"
    tip = f"{line.label} · score {line.score:.2f}" if line.score is not None else line.label
    if line.repairs:
        tip += " · repairs: " + ", ".join(line.repairs)
    score = f' <span class="sc">{line.score:.2f}</span>' if line.score is not None else ""
    row = (f'<div class="line l-{_esc(line.label)} {state}" data-label="{_esc(line.label)}" '
           f'data-score="{line.score if line.score is not None else ""}" title="{_esc(tip)}">'
           f'<span class="no">{number}</span><span class="lab">{_esc(line.label)}{score}</span>'
           f'<span class="tx">{_marked(line.text, changed_spans(source, line.text))}</span></div>')
    if not line.repairs and (source is None or source == line.text):
        return row
    before = "" if source is None else f"<del>{_esc(source)}</del> → "
    return (row + f'<div class="repair {state}"><span class="no"></span>'
            f'<span class="lab">repaired</span><span class="change">{before}'
            f'<ins>{_esc(line.text)}</ins> <span class="names">'
            f'{_esc(", ".join(line.repairs))}</span></span></div>')


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    out: list[str] = []
    start = 0
    for begin, end in spans:
        out.append(_esc(text[start:begin]))
        out.append(f'<mark class="fix">{_esc(text[begin:end])}</mark>')
        start = end
    out.append(_esc(text[start:]))
    return "".join(out)
