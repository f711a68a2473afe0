"""Mojibake repair beyond ftfy: each pair, the gates, the model, documents, never harming."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import mojibake
from cleaner.mojibake import (
    PAIRS,
    best_repair,
    candidates,
    case_swapped,
    changed_evidence,
    fix_mojibake,
    fix_mojibake_document,
    legacy_as_cp1252,
    redecode,
)
from cleaner.mojibake_lm import C, CharLM, char_class, context_class, fold, load_model
from cleaner.repair import repair_lines

# Sentences written for these tests (not taken from any data set).
ZH_HANS = "我们的网站今天更新了很多新闻，欢迎大家阅读和评论。"
ZH_HANT = "這個城市的交通非常方便，每天都有很多人搭乘捷運上班。"
JA = "今日はとても良い天気なので、公園へ散歩に行きました。"
RU = "Сегодня в городе прошёл большой праздник, и все жители вышли на улицы."
KO = "오늘은 날씨가 좋아서 공원에 산책을 갔습니다."
EL = "Η γλώσσα μας είναι πολύ όμορφη και πλούσια σε λέξεις."
HE = "השפה העברית נכתבת מימין לשמאל ויש בה הרבה מילים יפות."
TH = "ภาษาไทยเป็นภาษาที่มีวรรณยุกต์และตัวอักษรของตัวเอง"
FR = "Le garçon a mangé une crème brûlée à la fenêtre, très content."
DE = "Die Straßenbahn fährt über die Brücke, während es draußen schneit."
EN = "An ordinary English sentence • with a bullet and — a dash."
CLEAN = [ZH_HANS, ZH_HANT, JA, RU, KO, EL, HE, TH, FR, DE, EN,
         "价格：¥1,280（含税）", "“引号”和『書名號』都要保留。", "ВЕЛИКАЯ ОТЕЧЕСТВЕННАЯ ВОЙНА",
         "Ôôô VIDA MINHA", "ВІКІ is Ukrainian for WIKI", "»» next page ››", "© 2024 Société"]


def damage(text: str, stored: str, read: str) -> str:
    return text.encode(stored).decode(read)


POOL = [ZH_HANS, ZH_HANT, JA, RU, EL, KO, "中文网页经常出现编码错误。", "学习语言需要时间和耐心。",
        "Привет, как дела? Москва большой город.", FR, DE,
        "Une fiancée naïve de Zürich, année après année.", "Über die Brücke nach Zürich."]


@pytest.mark.parametrize(
    ("stored", "read", "name"),
    [
        ("utf-8", "gbk", "utf-8-as-gbk"),
        ("utf-8", "big5", "utf-8-as-big5"),
        ("utf-8", "shift_jis", "utf-8-as-shift-jis"),
        ("utf-8", "cp1251", "utf-8-as-cp1251"),
        ("utf-8", "koi8_r", "utf-8-as-koi8-r"),
        ("gbk", "sloppy-windows-1252", "gbk-as-cp1252"),
        ("big5", "sloppy-windows-1252", "big5-as-cp1252"),
        ("shift_jis", "sloppy-windows-1252", "shift-jis-as-cp1252"),
        ("cp1251", "sloppy-windows-1252", "cp1251-as-cp1252"),
        ("koi8_r", "cp1251", "koi8-r-as-cp1251"),
        ("cp1251", "koi8_r", "cp1251-as-koi8-r"),
    ],
)
def test_each_kind_is_repaired_and_named(stored, read, name):
    """Every sentence of the pool that survives this wrong decoding without loss (strict
    encode and decode) is restored exactly, with the repair's name."""
    import ftfy.bad_codecs  # noqa: F401

    tried = 0
    for text in POOL:
        try:
            bad = damage(text, stored, read)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if bad == text:
            continue
        tried += 1
        result = repair_lines([bad])
        assert result.lines[0] == text, (bad, result.lines[0])
        names = result.line_repairs[0]
        # ftfy knows some Cyrillic mojibake too; when its fix reads as well, it may do it
        assert f"mojibake:{name}" in names or (read == "cp1251" and names[0].startswith("ftfy"))
    assert tried >= 1  # the pool must exercise every kind


def test_double_encoding_ftfy_layer_then_ours():
    """UTF-8 read as GBK, saved as UTF-8, then read as cp1252: ftfy alone only peels one
    layer; the chain search finishes the job."""
    inner = damage(RU, "utf-8", "gbk")
    outer = damage(inner, "utf-8", "sloppy-windows-1252")
    result = repair_lines([outer])
    assert result.lines[0] == RU
    assert "mojibake:utf-8-as-gbk" in result.line_repairs[0]


def test_utf8_as_cp1252_alone_is_left_to_ftfy():
    line = damage(FR, "utf-8", "sloppy-windows-1252")
    assert fix_mojibake(line) == (line, [])  # ftfy's job, done later in the stage
    result = repair_lines([line])
    assert result.lines[0] == FR
    assert result.line_repairs[0][0].startswith("ftfy")


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_never_changed(text):
    assert fix_mojibake(text) == (text, [])
    lines, changed, name = fix_mojibake_document([text, text, text])
    assert lines == [text] * 3 and changed == {} and name is None


def test_no_candidates_for_ascii_or_clean_cjk():
    assert candidates("plain ascii") == []
    assert candidates(ZH_HANS) == []
    assert candidates(JA) == []


def test_redecode_fails_cleanly():
    pair = next(p for p in PAIRS if p.wrong == "gbk" and p.right == "utf-8")
    assert redecode("€ not in gbk? 😀", pair) is None
    assert redecode(damage(RU, "utf-8", "gbk"), pair) == RU


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=40), st.sampled_from(
    ["sloppy-windows-1252", "latin-1", "gbk", "big5", "shift_jis", "cp1251", "koi8_r"]))
def test_first_character_gate_never_rejects_real_mojibake(text, wrong):
    """UTF-8 read as ``wrong``: its first non-ASCII character always opens UTF-8, so the
    cheap gate in :func:`candidates` only ever skips re-decodings that would fail."""
    try:
        line = text.encode("utf-8").decode(wrong)
    except UnicodeDecodeError:
        return
    first = next((char for char in line if ord(char) > 0x7F), None)
    if first is not None:
        assert mojibake.opens_utf8(first, wrong)


def test_first_character_gate_rejects_clean_lines():
    assert not mojibake.opens_utf8("ü", "sloppy-windows-1252")  # byte FC: no UTF-8 lead
    assert mojibake.opens_utf8("Ã", "sloppy-windows-1252")  # byte C3 opens "é" and others
    assert not mojibake.opens_utf8("😀", "gbk")  # not encodable at all
    rejected = sum(not mojibake.opens_utf8(char, "gbk") for char in ZH_HANS if ord(char) > 0x7F)
    assert rejected > len(ZH_HANS) // 2


def test_gates():
    assert legacy_as_cp1252(damage(ZH_HANS, "gbk", "cp1252"))
    assert not legacy_as_cp1252(FR)  # accents one by one, not in runs
    assert not legacy_as_cp1252("plain")
    assert case_swapped(damage(RU, "koi8_r", "cp1251"))
    assert not case_swapped(RU)
    assert not case_swapped("Распад СССР и роль США в нём")  # acronyms among lowercase words


def test_a_repair_never_adds_damage_characters():
    # soft hyphens re-read as GBK would make a private-use character: never accepted
    line = "Fahrwerks\xad\xadvermessung und Achs\xad\xadwinkel"
    assert all("\ue000" > c or c > "\uf8ff" for _, text in candidates(line) for c in text)
    assert fix_mojibake(line) == (line, [])


def test_short_symbol_runs_need_more_evidence():
    assert changed_evidence("a •• b", "a 封 b", "cp1252") == 2
    assert changed_evidence("脺ber", "Über", "gbk") == 2  # one GBK character is two bytes
    assert changed_evidence("€€€€", "────") == 0  # symbols for symbols: no evidence
    assert fix_mojibake("›› next") == ("›› next", [])


def test_document_pair_settles_short_lines():
    texts = ["Привет, как дела? Москва большой город.", RU, "Une fiancée naïve de Zürich."]
    long_lines = [damage(t, "utf-8", "gbk") for t in texts]
    short = damage("Über", "utf-8", "gbk")
    assert fix_mojibake(short) == (short, [])  # too short to decide alone
    lines = [*long_lines, short, "ASCII line", ""]
    out, changed, name = fix_mojibake_document(lines)
    assert out[:4] == [*texts, "Über"]
    assert out[4:] == ["ASCII line", ""]
    assert name == "mojibake_document:utf-8-as-gbk"
    assert changed[3] == ["mojibake:utf-8-as-gbk"]
    assert 4 not in changed and 5 not in changed


def test_document_of_mixed_lines_fixes_only_the_damaged_ones():
    bad = damage(ZH_HANS, "gbk", "cp1252")
    lines = [FR, bad, DE, EN]
    out, changed, _ = fix_mojibake_document(lines)
    assert out == [FR, ZH_HANS, DE, EN]
    assert list(changed) == [1]


def test_lossy_lines_are_flagged_not_invented():
    lossy = "中文".encode("gbk").decode("utf-8", errors="replace") + " text"
    result = repair_lines([lossy, "锟斤拷锟斤拷 rest"])
    assert result.lines == [lossy, "锟斤拷锟斤拷 rest"]
    assert all("lossy_damage" in names for names in result.line_repairs)


def test_best_repair_reports_gain():
    repair = best_repair(damage(RU, "utf-8", "cp1251"))
    assert repair is not None and repair.text == RU and repair.gain > mojibake.LINE_MARGIN
    assert best_repair("nothing to do") is None


# -- the model --------------------------------------------------------------------------


def test_model_prefers_real_text_to_its_mojibake():
    model = load_model()
    for text, stored, read in ((ZH_HANS, "gbk", "cp1252"), (RU, "koi8_r", "cp1251"),
                               (JA, "utf-8", "shift_jis"), (EL, "utf-8", "koi8_r")):
        bad = damage(text, stored, read) if read != "shift_jis" else text.encode(
            stored).decode(read, errors="replace")
        assert model.logp(text) > model.logp(bad), (text, read)


def test_classes_and_case_folding():
    assert char_class("a") == C["lower"] and char_class("Ж") == C["upper"]
    assert char_class("中") == C["han"] and char_class("ア") == C["katakana"]
    assert char_class("ｱ") == C["halfwidth_kana"] and char_class("\x93") == C["control"]
    assert char_class("\ue000") == C["private_use"] and char_class("\ufffd") == C["replacement"]
    assert context_class("latin", "ж") == C["switch"]
    assert context_class("cyrillic", "ж") == C["lower"]
    assert fold("Ж") == ("ж", 2) and fold("ж") == ("ж", 1) and fold("1") == ("1", 0)


def test_model_from_tiny_counts():
    from cleaner.build_mojibake_lm import Counts

    counts = Counts()
    counts.add_text("hello world, hello there")
    model = CharLM(counts.to_json())
    assert model.logp("hello") > model.logp("hqzzx")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_logp_is_finite_and_fixes_never_raise(text):
    value = load_model().logp(text)
    assert math.isfinite(value) and value <= 0
    fixed, names = fix_mojibake(text)
    assert isinstance(fixed, str) and (fixed == text) == (names == [])


# -- issue-3 figures on the dev sets ------------------------------------------------------


def test_synthetic_lossless_kinds(data):
    from cleaner.evaluate_encoding import evaluate_synthetic

    result = evaluate_synthetic()
    assert result["lossless_cleaner"] >= 0.97, result["failures"]


def test_ftfy_cases_modulo_quotes_and_width(data):
    from cleaner.evaluate_encoding import evaluate_cases

    result = evaluate_cases()
    assert result["cleaner_loose"] >= 0.97, result["failures"]


def test_train_lines_of_every_language_get_no_mojibake_repair(data):
    from cleaner.evaluate_encoding import evaluate_train_lines

    result = evaluate_train_lines()
    assert result["mojibake_changes"] == {}, result["examples"]


def test_lossy_utf8_mojibake_recovers_what_survived():
    """UTF-8 read as GBK with replacement loses one byte per U+FFFD: the rest comes back,
    each damaged character stays one U+FFFD (flagged), nothing is guessed."""
    text = "中文网页经常出现编码错误。"
    bad = text.encode("utf-8").decode("gbk", errors="replace")
    assert "\ufffd" in bad
    result = repair_lines([bad])
    fixed, names = result.lines[0], result.line_repairs[0]
    assert "mojibake:utf-8-as-gbk" in names and "lossy_damage" in names
    assert "网页经常出现编码" in fixed
    assert fixed.count("\ufffd") <= bad.count("\ufffd")
    assert len(fixed.replace("\ufffd", "")) < len(text)  # the lost characters are not invented
    assert all(char in text for char in fixed.replace("\ufffd", ""))


def test_lossy_redecode_never_adds_damage_to_clean_text_with_a_replacement_char():
    line = "这是一个正常的句子，只是有一个\ufffd字符。"
    assert fix_mojibake(line) == (line, [])
