"""The repair stage: ftfy in a configuration that never harms good text."""

from __future__ import annotations

from cleaner.datasets import read_jsonl
from cleaner.fixes import fix_with_ftfy, flag_lossy_damage, keep_on_one_line, needs_ftfy
from cleaner.repair import repair_lines


def test_chinese_punctuation_and_curly_quotes_survive():
    for text in ["他說：“你好，世界！”（測試）", "「引用」と『書名』、句読点。", "“Curly” ‘quotes’ stay"]:
        assert fix_with_ftfy(text) == (text, [])


def test_utf8_read_as_cp1252_is_fixed_and_named():
    fixed, names = fix_with_ftfy("CafÃ© crÃ¨me")
    assert fixed == "Café crème"
    assert names and names[0].startswith("ftfy_mojibake")


def test_html_entities_are_unescaped():
    fixed, names = fix_with_ftfy("Fish &amp; chips")
    assert fixed == "Fish & chips" and names


def test_cheap_gate_skips_plain_cjk_and_ascii():
    assert not needs_ftfy("Plain ASCII text.")
    assert not needs_ftfy("中文句子，沒有問題。")
    assert needs_ftfy("CafÃ©")


def test_typeset_punctuation_alone_does_not_call_ftfy():
    """Curly quotes, dashes and ellipses are touched only by ftfy's mojibake fix, which
    starts with its own detector: a clean typeset line skips ftfy, mojibake does not."""
    assert not needs_ftfy("He said “hello” – twice… and left • 2′")
    assert needs_ftfy("It’s “broken”: â€œquoteâ€\x9d")
    assert needs_ftfy("Price in € – ok")  # € stays strict: it is a cp1252 mojibake tell
    assert fix_with_ftfy("Itâ€™s a “test”")[0] == "It’s a “test”"


def test_format_characters_ftfy_removes_are_removed_inside_lines():
    result = repair_lines(["P\ufeffotenzial und Eignungsraum", "Zero\ufff9width"])
    assert result.lines == ["Potenzial und Eignungsraum", "Zerowidth"]
    assert all(names for names in result.line_repairs)


def test_lossy_damage_is_flagged_not_invented():
    assert flag_lossy_damage("abc\ufffd") == ("abc\ufffd", ["lossy_damage"])
    assert flag_lossy_damage("锟斤拷锟斤拷") == ("锟斤拷锟斤拷", ["lossy_damage"])
    assert flag_lossy_damage("fine") == ("fine", [])


def test_repairs_never_change_the_number_of_lines():
    lines = ["CafÃ©", "", "ok", "a\ufffd"]
    result = repair_lines(lines)
    assert len(result.lines) == len(lines) == len(result.line_repairs)
    assert result.lines[0] == "Café"
    assert result.line_repairs[2] == ()
    assert "lossy_damage" in result.line_repairs[3]
    assert keep_on_one_line("a\nb\r\nc") == "a b c"


def test_clean_pool_is_left_alone(data):
    """Issue 2: ftfy must change no clean line except genuine fixes (entities, ligatures)."""
    rows = list(read_jsonl(data / "encoding" / "clean_pool.jsonl"))
    changed = [row["text"] for row in rows if repair_lines([row["text"]]).lines[0] != row["text"]]
    assert len(rows) == 415
    assert len(changed) <= 3, changed


def test_one_scan_finds_exactly_the_lines_a_fix_could_change():
    from cleaner import fixes

    lines = ["plain ascii", "", "CafÃ© au lait", "中文句子，沒有問題。", "a &amp; b", "x\ufffdy",
             "Ελληνικά", "last plain line"]
    assert fixes.lines_needing_fixes(lines) == [2, 4, 5, 6]
    assert fixes.lines_needing_fixes([]) == []
    assert fixes.lines_needing_fixes(["e\u0301"]) == [0]  # not NFC: every line is checked
