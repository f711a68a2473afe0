"""Line-by-line decoding of mixed-encoding documents (cleaner.decode_lines)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.decode_lines import ascii_compatible, decode_line, decode_lines, decode_per_line
from cleaner.document import split_lines


def _byte_lines(data: bytes) -> int:
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1


def test_each_line_gets_its_own_codec():
    data = ("标题：新闻\n".encode() + "这是一段中文正文，内容很长。\r\n".encode("gbk")
            + "Café crème, déjà vu\r".encode("cp1252") + b"plain ascii")
    text, names = decode_per_line(data, "gb18030")
    assert split_lines(text) == ["标题：新闻", "这是一段中文正文，内容很长。", "Café crème, déjà vu",
                                 "plain ascii"]
    assert names == ["mixed_encoding_lines"]
    codecs = [codec for _, _, codec, _ in decode_lines(data, "gb18030")]
    assert codecs == ["utf-8", "gb18030", "cp1252", "utf-8"]


def test_breaks_are_kept_byte_for_byte():
    data = b"a\r\nb\rc\n\nd"
    text, _ = decode_per_line(data, "cp1252")
    assert text == "a\r\nb\rc\n\nd"


def test_truncated_multibyte_character_keeps_the_rest_of_the_line():
    line = "中文内容的一行文字，末尾被截断".encode("gbk")[:-1]
    text, names = decode_per_line(b"ok\n" + line, "gb18030")
    assert split_lines(text)[1] == "中文内容的一行文字，末尾被截\ufffd"
    assert names == ["mixed_encoding_lines", "decode_with_replacement"]


def test_bytes_no_codec_can_read_are_replaced_and_recorded():
    assert decode_line(b"\x81", "gb18030") == ("\ufffd", "utf-8", True)
    text, names = decode_per_line("中文".encode("gbk") + b"\n\x81", "gb18030")
    assert split_lines(text) == ["中文", "\ufffd"]
    assert names == ["mixed_encoding_lines", "decode_with_replacement"]


def test_non_ascii_compatible_fallback_is_not_used_on_byte_lines():
    assert not ascii_compatible("utf-16-le")
    assert not ascii_compatible("cp037")
    assert not ascii_compatible("no-such-codec")
    assert ascii_compatible("gb18030") and ascii_compatible("cp1252")
    text, _ = decode_per_line("ä\nb".encode("utf-16-le"), "utf-16-le")
    assert len(split_lines(text)) == _byte_lines("ä\nb".encode("utf-16-le"))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300),
       st.sampled_from(["gb18030", "cp1252", "cp932", "cp949", "cp950", "utf-8", "koi8_r",
                        "utf-16-le", "cp037", "bogus"]))
def test_never_raises_never_changes_line_count(data, codec):
    text, names = decode_per_line(data, codec)
    assert len(split_lines(text)) == _byte_lines(data)
    text.encode("utf-8")  # no lone surrogates
    assert names[0] == "mixed_encoding_lines"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet=st.characters(blacklist_characters="\r\n",
                                                         blacklist_categories=("Cs",)),
                                  max_size=30),
                          st.sampled_from(["utf-8", "gb18030"])), min_size=1, max_size=8))
def test_lines_that_decode_strictly_come_back_unchanged(parts):
    """A line in UTF-8, or in GBK that is not also valid UTF-8, is recovered exactly."""
    data = b"\n".join(text.encode(codec) for text, codec in parts)
    lines = split_lines(decode_per_line(data, "gb18030")[0])
    for (text, codec), got in zip(parts, lines):
        encoded = text.encode(codec)
        if codec == "utf-8" or _not_utf8(encoded):
            assert got == text


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def test_a_wrong_document_codec_is_replaced_by_the_guess_for_the_foreign_lines():
    """A whole-document detector can name EBCDIC for a UTF-8 + GBK page; its lines are
    then read with the codec the non-UTF-8 lines themselves point to."""
    chinese = "这是一段中文正文，内容很长，讲述了城市的发展和人们的生活变化。"
    data = ("标题：今天的新闻报道\n".encode() + chinese.encode("gbk") + b"\n"
            + "第二段正文也是用统一码写的。".encode())
    for fallback in ("cp875", "utf-16-le", "gb18030"):
        lines = split_lines(decode_per_line(data, fallback)[0])
        assert lines == ["标题：今天的新闻报道", chinese, "第二段正文也是用统一码写的。"]
