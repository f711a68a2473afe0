"""Injected pinyin annotations: found per character, decided per document."""

from __future__ import annotations

from cleaner import pinyin


def test_reading_table():
    assert "jié" in pinyin.readings("節")
    assert pinyin.readings("a") == ()
    assert pinyin.is_traditional_only("節") and not pinyin.is_traditional_only("好")
    assert "dòng" in pinyin.syllables()


def test_strip_only_readings_of_the_character_before():
    assert pinyin.strip_annotations("字節(jié)跳動(dòng)") == ("字節跳動", 2)
    for text in ["人工智能(AI)", "GPU(圖形處理器)", "見附錄(a)", "原文如此(sic)", "好(jié)"]:
        assert pinyin.strip_annotations(text) == (text, 0)


def test_cheap_check():
    assert not pinyin.might_have_annotations("沒有括號的中文")
    assert not pinyin.might_have_annotations("人工智能(AI)")
    assert pinyin.might_have_annotations("字節(jié)")


def test_global_injection_is_detected_per_document():
    doc = ["字節(jié)跳動(dòng)發布新產品", "字節(jié)跳動(dòng)的員工很多"]
    assert pinyin.injected_document(doc)


def test_injector_break_is_enough():
    assert pinyin.injected_document(["因?yàn)檫@樣"])


def test_partial_coverage_is_deliberate():
    doc = ["字節(jié)跳動(dòng)發布", "字節跳動的員工", "跳動的字節"]
    assert not pinyin.injected_document(doc)


def test_teaching_text_is_left_alone():
    for doc in (["長(cháng)和長(zhǎng)的區別"],  # one character, two readings
                ["媽(mā)媽(ma)"],
                ["拼音可以寫成媽(mā)、罵(mà)"],  # talks about pronunciation
                ["學習中文：你(nǐ)好(hǎo)"],  # fullwidth punctuation was not folded
                ["重(zhòng)要"]):  # one common character
        assert not pinyin.injected_document(doc), doc


def test_single_traditional_only_character_needs_full_coverage():
    assert pinyin.injected_document(["他們(men)來了"])
    assert not pinyin.injected_document(["他們(men)來了，我們也來了"])
