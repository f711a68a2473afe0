"""Bytes to text: hints, BOMs, BOM-less UTF-16/32, verification, families, never raising."""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.decode import (
    decode_bytes,
    guess_utf16_32,
    is_plausible,
    normalize_codec,
    widen,
)
from cleaner.document import split_lines

RUSSIAN = "Съешь же ещё этих мягких французских булок, да выпей чаю. " * 4
CHINESE = "編碼問題經常出現在網頁抓取之中，需要仔細處理。" * 4
ENGLISH = "Plain text with a date, 2024-01-01, and nothing else odd.\n" * 3


def test_bom_wins_and_is_stripped():
    for codec, bom in (("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                       ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE)):
        decoded = decode_bytes(bom + RUSSIAN.encode(codec))
        assert decoded.text == RUSSIAN, codec
        assert decoded.repairs == []


def test_declared_hint_is_used_when_it_decodes():
    data = RUSSIAN.encode("koi8_r")
    assert decode_bytes(data, encoding="KOI8-R").text == RUSSIAN
    assert decode_bytes(data, encoding="koi8-r").encoding == "koi8-r"


def test_wrong_hint_falls_through_to_detection():
    data = ("Ünïcödé façade " * 20).encode("utf-8")
    decoded = decode_bytes(data, encoding="ascii")  # ascii cannot decode it; cp1252 can, but
    assert decoded.text in (data.decode("utf-8"), data.decode("cp1252"))  # hint family first
    assert decode_bytes(data, encoding="no-such-codec").text == data.decode("utf-8")


def test_strict_utf8_first():
    data = (CHINESE + RUSSIAN).encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.text == CHINESE + RUSSIAN and decoded.encoding == "utf-8"


def test_bomless_utf16_and_utf32():
    for codec in ("utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"):
        data = ENGLISH.encode(codec)
        assert guess_utf16_32(data) == [codec]
        decoded = decode_bytes(data)
        assert decoded.text == ENGLISH and decoded.encoding == codec.replace("_", "-")


def test_utf16_guess_ignores_ordinary_bytes():
    assert guess_utf16_32(ENGLISH.encode("utf-8")) == []
    assert guess_utf16_32(CHINESE.encode("gbk")) == []


def test_legacy_cjk_and_cyrillic_are_detected():
    assert decode_bytes(CHINESE.encode("big5")).text == CHINESE
    assert decode_bytes(RUSSIAN.encode("cp1251")).text == RUSSIAN


def test_gb2312_page_with_gbk_only_characters_uses_the_superset():
    text = "简体中文网页里面偶尔出现繁體字和生僻字：镕、堃、喆。" * 5
    data = text.encode("gbk")
    assert decode_bytes(data, encoding="gb2312").text == text  # gb2312 fails, gbk family works


def test_families_try_the_narrowest_codec_first():
    # chardet names GB18030 for plain GB2312 pages: the whole family is tried, narrowest first
    assert widen("gb18030") == ("gb2312", "gbk", "gb18030")
    assert widen("gb2312")[0] == "gb2312" and widen("gb2312")[-1] == "gb18030"
    assert widen("big5") == ("big5", "cp950", "big5hkscs")
    assert widen("shift_jis")[:2] == ("shift_jis", "cp932")
    assert widen("latin_1") == ("latin_1", "cp1252")
    assert widen("utf_8") == ("utf_8",)


def test_c1_controls_are_implausible_so_cp1252_beats_latin1():
    assert not is_plausible("quote \x93here\x94")
    assert not is_plausible("nul\x00byte")
    assert is_plausible("tab\tnewline\nfine “quotes” — dash")
    data = "“Smart quotes” and an em dash — in cp1252. ".encode("cp1252") * 5
    assert decode_bytes(data, encoding="latin-1").text == data.decode("cp1252")


def test_normalize_codec():
    assert normalize_codec("UTF-8") == "utf_8"
    assert normalize_codec("Shift_JIS") == "shift_jis"
    assert normalize_codec("x-unknown") is None
    assert normalize_codec(None) is None


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_never_raises_and_loses_nothing_silently(data):
    decoded = decode_bytes(data)
    assert isinstance(decoded.text, str)
    if "decode_with_replacement" not in decoded.repairs and not data.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        # the reported codec decodes exactly these bytes to exactly this text
        assert data.decode(decoded.encoding) == decoded.text


def test_same_text_rate_on_encoding_files(data):
    """Issue 3 part 1: ≥ 0.99 of the dev files decode to the reference text (chardet: 0.982)."""
    from cleaner.evaluate_encoding import evaluate_decoding

    result = evaluate_decoding()
    assert result["files"] == 442
    assert result["same_text_cleaner"] >= 0.99, result["failures"]
    assert result["same_text_cleaner"] > result["same_text_chardet"]


def test_a_stray_control_byte_does_not_push_utf8_into_another_codec():
    data = (CHINESE + "\x1b" + RUSSIAN).encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.text == CHINESE + "\x1b" + RUSSIAN
    assert decoded.encoding == "utf-8"
    assert decoded.repairs == ["decode_implausible_controls"]


def test_a_bom_in_front_of_junk_is_not_trusted_blindly():
    decoded = decode_bytes(b"\xff\xfe" + b"\x00\x00\x01\x00" * 4)
    assert decoded.repairs == ["decode_implausible_controls"]


def test_replacement_is_the_last_resort_and_is_flagged(monkeypatch):
    import cleaner.decode as decode

    # with every strict candidate failing, bytes are replaced, never dropped silently
    monkeypatch.setattr(decode, "strict_decode", lambda data, codec: None)
    decoded = decode.decode_bytes(b"abc\xff\xfe def")
    assert decoded.repairs == ["decode_with_replacement"]
    assert decoded.text.startswith("abc") and decoded.text.endswith(" def")


def test_a_stateful_codec_may_not_merge_or_join_lines():
    """ISO-2022 shift bytes decode to nothing (CR, SO, LF became one CR LF) and HZ's "~" + LF
    is a line continuation: either would change the number of lines, so neither decoding is
    taken, even when declared."""
    for data, hint, lines in ((b" \r\x0e\n", None, 3), (b" \r\x0e\n", "iso2022_kr", 3),
                              (b"a~\nb", "hz", 2), ("第一行~\n第二行".encode("gbk"), "hz", 2)):
        decoded = decode_bytes(data, hint)
        assert len(split_lines(decoded.text)) == lines, (data, decoded)
    # A stateful codec that keeps the lines is still used.
    text = "한국어 문장\n둘째 줄"
    assert decode_bytes(text.encode("iso2022_kr"), "iso2022_kr").text == text
