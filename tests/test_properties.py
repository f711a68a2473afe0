"""Property-based tests: hostile and malformed input never crashes, misaligns or loses text.

The properties hold for any input (hypothesis generates arbitrary str and bytes, biased
towards the damage scraped pages really carry: NULs, BOMs in the middle, lone surrogates,
every kind of line break, truncated multibyte sequences, mojibake, HTML entities).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.decode import decode_bytes
from cleaner.decode_lines import ascii_compatible
from cleaner.document import Document, split_lines

# One analyze call costs ~0.1-0.3 s (the model's fixed cost), so CI runs about eighty
# examples per property; CLEANER_PROPERTY_EXAMPLES=2000 runs a deeper search locally.
EXAMPLES = int(os.environ.get("CLEANER_PROPERTY_EXAMPLES", "80"))


def _settings(share: float = 1.0) -> settings:
    return settings(max_examples=max(5, int(EXAMPLES * share)), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# Fragments that hit the edge cases: every line break the contract knows (and the ones it
# deliberately ignores), NUL, BOMs, surrogates (paired and lone), replacement characters,
# mojibake, entities, CJK and RTL text, combining marks, private use.
FRAGMENTS = [
    "\n", "\r", "\r\n", "\n\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x00", "\ufeff",
    "\ud800", "\udfff", "\ud83d\ude00", "\ufffd", "锟斤拷", "Ã©", "â€™", "&amp;", "&#0;",
    "&#x110000;", "&lt;p&gt;", "中文内容，", "日本語。", "한국어 ", "مرحبا", "e\u0301", "\ue000",
    "    ", "\t", "Copyright © 2024", "http://x.y/", "- ", "1. ", "...", "！？", "a" * 300,
]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)),
                 max_size=30).map("".join)


@st.composite
def damaged_bytes(draw) -> bytes:
    """Text encoded in some codec, then possibly cut, spliced or sprinkled with raw bytes."""
    text = draw(texts)
    codec = draw(st.sampled_from(["utf-8", "gb18030", "cp1252", "cp932", "cp949", "big5",
                                  "koi8_r", "utf-16-le", "utf-8-sig"]))
    data = text.encode(codec, errors="replace")
    if draw(st.booleans()) and data:
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=8)) + data[cut + draw(st.integers(0, 3)):]
    return data


inputs = st.one_of(texts, st.text(), st.binary(max_size=400), damaged_bytes())


def _input_lines(data: str | bytes, doc: Document) -> list[str] | None:
    """The decoded input lines the document must align with (None: codec not known here)."""
    if isinstance(data, str):
        text = data
    else:
        text = decode_bytes(data).text
    return split_lines(text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace"))


def _check_document(data: str | bytes, doc: Document, keep=frozenset({"content"})) -> None:
    # One Line per input line.
    expected = _input_lines(data, doc)
    assert len(doc.lines) == len(expected)
    if isinstance(data, bytes) and doc.encoding and ascii_compatible(doc.encoding):
        newlines = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n")
        assert len(doc.lines) == newlines + 1
    # Every output string is valid UTF-8 (no lone surrogates) and no line holds a break.
    for line in doc.lines:
        line.text.encode("utf-8")
        assert "\n" not in line.text and "\r" not in line.text
        for name in line.repairs:
            name.encode("utf-8")
    doc.text.encode("utf-8")
    # Text comes from the input or from a recorded repair.
    for line, original in zip(doc.lines, expected):
        if not line.repairs:
            assert line.text == original
        if line.label is None:
            assert not line.text.strip()
        else:
            assert line.label in ("content", "navigation", "disclaimer", "spam")
            assert 0.0 <= line.score <= 1.0
    kept = [line.text.strip() for line in doc.lines if line.label in keep and line.text.strip()]
    out = [part for part in doc.text.split("\n") if part]
    assert out == kept


@_settings()
@given(inputs)
def test_analyze_never_raises_and_keeps_alignment(cleaner_instance, data):
    doc = cleaner_instance.analyze(data)
    _check_document(data, doc)


@_settings(0.25)
@given(st.lists(inputs, min_size=1, max_size=4))
def test_batches_equal_single_calls(cleaner_instance, items):
    """Same input, same output: across calls, and whether batched or not (so any --jobs)."""
    batch = cleaner_instance.analyze_many(items)
    assert len(batch) == len(items)
    for item, doc in zip(items, batch):
        single = cleaner_instance.analyze(item)
        assert doc.lines == single.lines
        assert doc.text == single.text
        assert doc.encoding == single.encoding and doc.repairs == single.repairs


@_settings(0.2)
@given(texts)
def test_top_level_functions_agree_with_cleaner(data):
    import cleaner

    doc = cleaner.analyze(data)
    _check_document(data, doc)
    assert cleaner.clean(data) == doc.text


def test_lone_surrogates_become_replacement_characters_and_are_recorded(cleaner_instance):
    doc = cleaner_instance.analyze("first line\nbroken \ud800 here\nemoji \ud83d\ude00 pair")
    assert [line.text for line in doc.lines] == [
        "first line", "broken \ufffd here", "emoji \U0001f600 pair"]
    assert "surrogates_replaced" in doc.repairs
    assert "lossy_damage" in doc.lines[1].repairs


def test_wrong_input_type_is_a_typed_error(cleaner_instance):
    import pytest

    from cleaner import CleanerError, InputError

    for bad in (None, 3, ["a"], {"a": 1}):
        with pytest.raises(InputError) as info:
            cleaner_instance.analyze(bad)
        assert isinstance(info.value, CleanerError)
        assert type(bad).__name__ in str(info.value)


def test_unknown_keep_label_is_a_typed_error():
    import pytest

    from cleaner import Cleaner, CleanerError, ConfigError

    with pytest.raises(ConfigError) as info:
        Cleaner(keep=("content", "adverts"))
    assert isinstance(info.value, CleanerError) and isinstance(info.value, ValueError)
    assert "adverts" in str(info.value)


def test_ascii_text_with_a_stray_nul_keeps_its_lines(cleaner_instance):
    """Found while smoke-testing: chardet names UTF-16 for these 14 bytes (no BOM, one NUL),
    the decode keeps that guess, and both lines turn into CJK-looking garbage in one Line.
    Open in cleaner/decode.py (not this branch's file); see the reliability report."""
    doc = cleaner_instance.analyze(b"hello\r\nworld\xff\x00")
    assert [line.text.rstrip("\x00") for line in doc.lines][:1] == ["hello"]
    assert len(doc.lines) == 2


def test_mixed_encoding_page_is_not_read_as_ebcdic(cleaner_instance):
    """UTF-8 lines with one GBK and one cp1252 line: the whole-document decode picks cp875
    (EBCDIC Greek), whose line break is 0x25, so four lines become one line of Greek letters.
    Open in cleaner/decode.py (not this branch's file); decode_lines.decode_per_line reads
    this page correctly and is meant to be wired in there. See the reliability report."""
    data = ("标题：今天的新闻报道\n".encode() + "这是一段中文正文，内容很长，讲述了城市的发展。\n".encode("gbk")
            + "Café crème, déjà vu\n".encode("cp1252") + "第二段正文也是用统一码写的。".encode())
    doc = cleaner_instance.analyze(data)
    assert len(doc.lines) == 4
    assert doc.lines[0].text == "标题：今天的新闻报道"
