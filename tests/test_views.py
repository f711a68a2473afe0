"""The terminal view and the HTML review page, the latter also rendered by headless chromium."""

from __future__ import annotations

import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cleaner.document import Document, Line
from cleaner.view_common import changed_spans, source_lines, summarize
from cleaner.view_html import paginate, render_html, write_html
from cleaner.view_terminal import render_terminal, use_color

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import headless_chromium  # noqa: E402

ANSI = re.compile(r"\x1b\[[0-9;]*m")

SOURCE = [
    "Home | News | Sport",
    "Le festival c\u00c3\u00a9l\u00c3\u00a8bre ses vingt ans",
    "",
    "Buy cheap pills <script>alert('x')</script> now!!!",
    "\u00a9 2024 Example Ltd. All rights reserved.",
    "Evil \x1b[31mescape\x1b[0m line",
]
LINES = [
    Line("Home | News | Sport", "navigation", 0.97),
    Line("Le festival célèbre ses vingt ans", "content", 0.88,
         ("ftfy_mojibake:latin-1->utf-8",)),
    Line("", None, None),
    Line(SOURCE[3], "spam", 0.91),
    Line(SOURCE[4], "disclaimer", 0.76),
    Line(SOURCE[5], "content", 0.60),
]


def make_doc() -> Document:
    return Document(list(LINES), "utf-8", [], "")


# -- shared pieces ------------------------------------------------------------------------------
def test_changed_spans_mark_only_repaired_characters():
    assert changed_spans("caf\u00c3\u00a9 ok", "café ok") == [(3, 4)]
    assert changed_spans("same", "same") == []
    assert changed_spans(None, "x") == []
    assert changed_spans("a\x00b", "ab") == []  # a pure deletion leaves nothing to mark


def test_source_lines_line_up_with_the_repaired_lines():
    from cleaner.decode import decode_bytes
    from cleaner.document import split_lines
    from cleaner.repair import repair_lines

    raw = "Accueil\r\nCin\u00c3\u00a9ma\rfin\n".encode()
    repaired = repair_lines(split_lines(decode_bytes(raw).text)).lines
    lines = source_lines(raw)
    assert len(lines) == len(repaired) == 4
    assert lines[1] == "Cin\u00c3\u00a9ma" and repaired[1] == "Cinéma"


def test_summary_counts_labels_and_repair_kinds():
    summary = summarize([("a", make_doc(), SOURCE), ("b", make_doc(), SOURCE)])
    assert summary["documents"] == 2 and summary["lines"] == 12 and summary["blank"] == 2
    assert summary["labels"] == {"content": 4, "navigation": 2, "disclaimer": 2, "spam": 2}
    assert summary["kept"] == 4 and summary["dropped"] == 6
    assert summary["repairs"] == {"ftfy_mojibake": 2}


# -- terminal view ------------------------------------------------------------------------------
def test_terminal_view_has_one_line_per_source_line_and_labels():
    out = render_terminal(make_doc(), color=False, source_lines=SOURCE)
    rows = out.split("\n")
    assert len(rows) == len(SOURCE)
    assert "\x1b" not in out
    for row, line in zip(rows, LINES):
        assert (line.label or "") in row
        if line.score is not None:
            assert f"{line.score:.2f}" in row
    assert "ftfy_mojibake:latin-1->utf-8" in rows[1]
    assert "␛[31mescape" in rows[5]  # page escapes are shown, never sent to the terminal


def test_terminal_view_colours_by_label_and_highlights_repairs():
    out = render_terminal(make_doc(), color=True, source_lines=SOURCE)
    rows = out.split("\n")
    assert len(rows) == len(SOURCE)
    assert "\x1b[2mHome | News | Sport" in rows[0]  # navigation dim
    assert "\x1b[31mBuy cheap pills" in rows[3]  # spam red
    assert "\x1b[33m© 2024" in rows[4]  # disclaimer yellow
    assert "\x1b[4;36mé\x1b[0m" in rows[1]  # repaired characters highlighted
    assert "\x1b[31mescape" not in rows[5]
    assert ANSI.sub("", out) == render_terminal(make_doc(), color=False,
                                                source_lines=SOURCE).replace(
        "│\n", "│ \n")  # colour changes nothing but the escapes (plain view strips the end)


def test_terminal_width_cuts_wide_text_to_the_columns():
    doc = Document([Line("字" * 80, "content", 0.9)], "utf-8")
    row = render_terminal(doc, color=False, width=60)
    from cleaner.view_common import display_width

    assert display_width(row) <= 60 and row.endswith("…")


def test_color_modes(monkeypatch):
    class Tty:
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert use_color("always", None) and not use_color("never", Tty())
    assert use_color("auto", Tty()) and not use_color("auto", open(os.devnull, "w"))
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color("auto", Tty())
    with pytest.raises(ValueError):
        use_color("sometimes", None)


def test_show_entry_point_on_examples(capsys):
    from cleaner.show import main

    page = ROOT / "examples" / "pages" / "fr_mojibake.txt"
    assert main([str(page), "--color", "never"]) == 0
    out = capsys.readouterr().out.split("\n")
    n_source = len(source_lines(page.read_bytes()))
    body = out[1:1 + n_source]
    assert all(" │" in row for row in body) and "Cinéma" in body[0]


# -- HTML ---------------------------------------------------------------------------------------
class Lines(HTMLParser):
    """Collects the review's line rows (class, text) and every script element."""

    def __init__(self):
        super().__init__()
        self.rows: list[tuple[str, str]] = []
        self.scripts = 0
        self.body_class = ""
        self.inputs: list[dict] = []
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = attrs.get("class") or ""
        if tag == "script":
            self.scripts += 1
        if tag == "body":
            self.body_class = classes
        if tag == "input":
            self.inputs.append(attrs)
        if self._depth:
            self._depth += tag not in ("input", "br", "meta")
        elif tag == "div" and classes.split()[:1] == ["line"]:
            self.rows.append((classes, ""))
            self._depth = 1

    def handle_endtag(self, tag):
        if self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            cls, text = self.rows[-1]
            self.rows[-1] = (cls, text + data)


def parse(text: str) -> Lines:
    parser = Lines()
    parser.feed(text)
    return parser


def test_html_colours_every_line_by_label_and_escapes_page_text():
    page = render_html([("<b>evil name</b>", make_doc(), SOURCE)], None)
    parsed = parse(page)
    assert len(parsed.rows) == len(SOURCE)
    labels = [cls.split()[1] for cls, _ in parsed.rows]
    assert labels == ["l-navigation", "l-content", "l-blank", "l-spam", "l-disclaimer",
                      "l-content"]
    assert parsed.scripts == 1  # only ours: the page's <script> is text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<b>evil name</b>" not in page and "\x1b" not in page
    assert 'title="spam · score 0.91"' in page
    assert '<mark class="fix">é</mark>' in page
    assert "<del>Le festival c\u00c3\u00a9l\u00c3\u00a8bre" in page and "→" in page
    assert any(i.get("id") == "only-dropped" and i.get("type") == "checkbox"
               for i in parsed.inputs)
    assert 'id="summary"' in page and "ftfy_mojibake 1" in page
    assert "http" not in page.replace("http-equiv", "")  # no external assets


def test_write_html_paginates_big_runs(tmp_path):
    pages = [(f"doc{i}", make_doc(), SOURCE) for i in range(5)]
    assert [len(c) for c in paginate(pages, max_docs=2)] == [2, 2, 1]
    files = write_html(pages, tmp_path / "review", max_docs=2)
    assert [f.name for f in files] == ["index.html", "page-2.html", "page-3.html"]
    first = files[0].read_text(encoding="utf-8")
    assert 'id="summary"' in first and 'href="page-3.html"' in first
    assert len(parse(files[2].read_text(encoding="utf-8")).rows) == len(SOURCE)
    single = write_html(pages[:1], tmp_path / "one.html")
    assert single == [tmp_path / "one.html"]


# -- in a real browser --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def chromium():
    binary = headless_chromium.find_chromium()
    if binary is None:
        message = "needs Debian's chromium for the browser test (scripts/install_chromium.sh)"
        if os.environ.get("CI"):
            pytest.fail(message + " - it must be installed under CI")
        pytest.skip(message)
    return binary


def test_review_page_renders_in_headless_chromium(chromium, tmp_path):
    files = write_html([("sample page", make_doc(), SOURCE)], tmp_path / "review.html")
    url = files[0].as_uri()

    png = headless_chromium.screenshot(url, tmp_path / "shot.png", width=640, height=480,
                                       binary=chromium)
    assert headless_chromium.png_size(png) == (640, 480)
    assert png.stat().st_size > 5_000  # a blank page compresses to a few hundred bytes
    _, _, rows = headless_chromium.png_pixels(png)
    # The label backgrounds from the stylesheet are really painted.
    for colour in ((255, 227, 227), (238, 240, 243), (255, 246, 214)):  # spam, nav, disclaimer
        assert headless_chromium.count_color(rows, colour) > 500, colour

    dom = parse(headless_chromium.dump_dom(url, binary=chromium))
    by_class = {cls.split()[1]: text for cls, text in dom.rows}
    assert "Buy cheap pills <script>alert('x')</script> now!!!" in by_class["l-spam"]
    assert "Home | News | Sport" in by_class["l-navigation"]
    assert "© 2024 Example Ltd" in by_class["l-disclaimer"]
    assert dom.scripts == 1 and "only-dropped" not in dom.body_class

    # The filter's script ran: #dropped switches it on at load.
    filtered = parse(headless_chromium.dump_dom(url + "#dropped", binary=chromium))
    assert "only-dropped" in filtered.body_class.split()
