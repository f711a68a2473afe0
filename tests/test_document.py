from cleaner.document import Line, assemble, split_lines


def test_split_lines_normalises_crlf_and_cr_only():
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert split_lines("") == [""]
    assert split_lines("x\n") == ["x", ""]
    # other Unicode separators are not line breaks in the contract
    assert split_lines("a\u2028b\x0cc\x85d") == ["a\u2028b\x0cc\x85d"]


def _line(text, label):
    return Line(text, label, None if label is None else 0.9)


def test_assemble_keeps_paragraph_breaks_between_kept_lines_only():
    lines = [
        _line("  ", None),
        _line("Menu", "navigation"),
        _line("Title", "content"),
        _line("", None),
        _line("", None),
        _line("  First paragraph.  ", "content"),
        _line("Second line.", "content"),
        _line("Related", "navigation"),
        _line("Third.", "content"),
        _line("", None),
        _line("© 2024", "disclaimer"),
    ]
    assert assemble(lines) == "Title\n\nFirst paragraph.\nSecond line.\nThird."


def test_assemble_no_leading_or_trailing_blank_and_custom_keep():
    lines = [_line("", None), _line("Nav", "navigation"), _line("", None),
             _line("Body", "content"), _line("", None)]
    assert assemble(lines) == "Body"
    assert assemble(lines, {"content", "navigation"}) == "Nav\n\nBody"
    assert assemble([]) == ""
