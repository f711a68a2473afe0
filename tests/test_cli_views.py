"""clean-files --show and --html, run for real as subprocesses."""

from __future__ import annotations

from test_cli import ARTICLE, run


def test_show_prints_one_line_per_source_line_without_writing(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    result = run("--show", "--color", "never", str(page))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "\x1b[" not in out  # --color never
    for source_line in ARTICLE.split("\n"):
        if source_line.strip():
            assert source_line[:30] in out
    assert "content" in out and "navigation" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt"]


def test_show_colours_when_asked(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    result = run("--show", "--color", "always", str(page))
    assert result.returncode == 0, result.stderr
    assert b"\x1b[" in result.stdout


def test_html_review_is_written_beside_the_outputs(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (source / "b.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    result = run(str(source), "-o", str(tmp_path / "out"), "--html", str(tmp_path / "review"),
                 "-j", "1", "-q")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "review" / "index.html").read_text(encoding="utf-8")
    assert "a.txt" in html and "b.txt" in html
    assert "reservoir levels" in html
    assert (tmp_path / "out" / "a.txt").is_file()


def test_html_review_inside_an_input_is_refused(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run(str(source), "-o", str(tmp_path / "out"), "--html", str(source / "review"))
    assert result.returncode == 2
    assert not (source / "review").exists()
