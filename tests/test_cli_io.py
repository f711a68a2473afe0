"""The pieces of clean-files that need no model: sniffing, line reading, atomic writes, discovery.

Fast, in-process checks of the edge cases; the end-to-end behaviour is in test_cli.py.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
from pathlib import Path

import pytest

from cleaner.cli_inputs import UsageError, check_output_dir, discover
from cleaner.io_atomic import AtomicWriter
from cleaner.io_formats import TooLarge, file_kind, iter_lines, read_bounded, sniff

TEXT = "The council met on Tuesday to discuss the budget for next year.\nIt agreed.\n"


@pytest.mark.parametrize("head, what", [
    (b"%PDF-1.7\n...", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (b"PK\x03\x04\x14\x00", "ZIP"),
    (b"\x7fELF\x02\x01", "ELF"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "RIFF"),
    (b"abc\x00\x01\x02" * 50, "NUL"),
])
def test_binary_is_recognised(head: bytes, what: str):
    assert what in (sniff(head).binary or "")


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with BOM
    TEXT.encode("utf-32"),
    "新聞：市議會週二討論明年預算。\n".encode("big5"),
    TEXT.encode("cp1252"),
])
def test_text_is_not_binary(data: bytes):
    result = sniff(data)
    assert result.binary is None and result.add_bom == b""


def test_bomless_utf16_gets_its_bom_so_the_library_decodes_it():
    assert sniff(TEXT.encode("utf-16-le")).add_bom == codecs.BOM_UTF16_LE
    assert sniff(TEXT.encode("utf-16-be")).add_bom == codecs.BOM_UTF16_BE


def test_file_kinds():
    assert [file_kind(n) for n in ("a.jsonl", "a.JSONL.GZ", "a.json.gz", "a.ndjson", "a.txt.gz",
                                   "a.html", "a", "x.warc.gz")] == \
        ["jsonl", "jsonl", "jsonl", "jsonl", "gztext", "text", "text", "warc"]


def test_read_bounded_refuses_past_the_limit():
    assert read_bounded(io.BytesIO(b"x" * 10), 10) == b"x" * 10
    with pytest.raises(TooLarge):
        read_bounded(io.BytesIO(b"x" * 11), 10)


def test_iter_lines_numbers_lines_and_drops_overlong_ones_without_loading_them():
    data = b'{"a": 1}\r\n' + b"y" * 100 + b"\n" + b'{"b": 2}\n\n{"c": 3}'
    got = [(r.line_no, r.data) for r in iter_lines(io.BytesIO(data), limit=20)]
    assert got == [(1, b'{"a": 1}'), (2, None), (3, b'{"b": 2}'), (4, b""), (5, b'{"c": 3}')]


def test_atomic_writer_shows_nothing_until_commit_and_cleans_up_on_abort(tmp_path: Path):
    target = tmp_path / "deep" / "out.txt"
    w = AtomicWriter(target, fsync=False)
    w.write(b"half")
    assert not target.exists() and len(list(target.parent.iterdir())) == 1
    w.abort()
    assert list(target.parent.iterdir()) == []
    w = AtomicWriter(target, fsync=False)
    w.write(b"whole")
    w.commit()
    assert target.read_bytes() == b"whole" and list(target.parent.iterdir()) == [target]


def test_atomic_writer_gzip_is_reproducible_and_clears_stale_temporaries(tmp_path: Path):
    target = tmp_path / "s.jsonl.gz"
    stale = tmp_path / ".s.jsonl.gz.12345.clean-files-tmp"
    stale.write_bytes(b"left by a killed run")
    blobs = []
    for _ in range(2):
        w = AtomicWriter(target, gzip_output=True, fsync=False)
        w.write(b'{"a": 1}\n')
        w.commit()
        blobs.append(target.read_bytes())
    assert blobs[0] == blobs[1] and gzip.decompress(blobs[0]) == b'{"a": 1}\n'
    assert not stale.exists()


def test_discovery_walks_sorted_mirrors_and_reports_links(tmp_path: Path):
    root = tmp_path / "crawl"
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT)
    (root / "b" / "c.txt").write_text(TEXT)
    (root / "b" / "up").symlink_to(root)
    (root / "gone.txt").symlink_to(root / "nowhere")
    (root / ".x.txt.1.clean-files-tmp").write_text("ours, ignored")
    found = discover([str(root), str(root / "a.txt")])  # a.txt given twice: cleaned once
    assert [f.rel for f in found.files] == ["a.txt", os.path.join("b", "c.txt")]
    problems = {Path(p.path).name: (p.status, p.reason) for p in found.problems}
    assert problems["gone.txt"] == ("failed", "broken symlink")
    assert problems["up"][0] == "skipped" and "loop" in problems["up"][1]


def test_globs_and_several_inputs_mirror_from_their_common_folder(tmp_path: Path):
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "p.txt").write_text(TEXT)
    found = discover([str(tmp_path / "*" / "p.txt")])
    assert [f.rel for f in found.files] == [os.path.join("x", "p.txt"), os.path.join("y", "p.txt")]
    with pytest.raises(UsageError):
        discover([str(tmp_path / "*.none")])


def test_output_folder_inside_an_input_is_refused(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT)
    found = discover([str(tmp_path / "in")])
    check_output_dir(str(tmp_path / "out"), found)
    for bad in (tmp_path / "in", tmp_path / "in" / "sub"):
        with pytest.raises(UsageError):
            check_output_dir(str(bad), found)
    single = discover([str(tmp_path / "in" / "a.txt")])
    with pytest.raises(UsageError):  # the output would be the input file itself
        check_output_dir(str(tmp_path / "in"), single)
