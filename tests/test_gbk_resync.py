"""GBK phase re-synchronisation, fullwidth restoration and the document fix."""

from __future__ import annotations

import random

import pytest
from seed_damage import corrupt, damage_bytes

from cleaner import gbk_resync, pinyin
from cleaner.datasets import read_jsonl
from cleaner.repair import repair_lines

ANNOTATED = {c: pinyin.readings(c)[0] for c in "驗隊數為們個動開發這現場業經長實"}

SENTENCES = [
    "他們認為這次實驗的結果很重要，因為數據不夠。",
    "公司去年營業收入增長了三成。",
    "老師說：“你們要認真學習。”現在大家都很努力。",
    "這是一個很難回答的問題？我們再想想。",
    "他們開發了新的技術，並且把它用在實際場景中。",
]


@pytest.mark.parametrize("clean", SENTENCES)
def test_simulated_seed_damage_is_undone(clean):
    damaged = corrupt(clean, ANNOTATED)
    assert damaged != clean
    fixed, changed, name = gbk_resync.fix_document([damaged])
    assert fixed == [clean]
    assert changed and name.startswith("gbk_byte_damage")


@pytest.mark.parametrize("clean", SENTENCES)
def test_damage_decoded_by_python_gb18030_is_undone_too(clean):
    """Python's decoder shows a lost byte as U+FFFD and keeps the "(" after it."""
    damaged = damage_bytes(clean, ANNOTATED).decode("gb18030", errors="replace")
    assert gbk_resync.fix_document([damaged])[0] == [clean]


def test_break_with_reading_is_resynchronised():
    damaged = corrupt("因為這樣", {"驗": "yàn"})
    assert damaged.startswith("因?yàn)")
    assert gbk_resync.resync_line(damaged) == ("因為這樣", 2)


def test_folded_punctuation_straddling_two_characters():
    damaged = corrupt("做完了。現在休息", {})
    assert "?," in damaged
    fixed, n = gbk_resync.resync_line(damaged)
    assert fixed == "做完了。現在休息" and n


@pytest.mark.parametrize("text", [
    "真的嗎?我不知道。", "為什麼只能是那四款卡?", "這是一個\ufffd測試。", "Is it? Yes.",
    "標?語", "交\ufffd換機", "他說:好的,明天見。",
])
def test_genuine_question_marks_and_replacement_chars_are_kept(text):
    assert gbk_resync.resync_line(text)[0] == text
    assert gbk_resync.fix_document([text]) == ([text], {}, None)


def test_cheap_check():
    assert not gbk_resync.needs_resync("完全正常的中文句子，沒有問題。")
    assert not gbk_resync.needs_resync("Plain? ASCII!")
    assert gbk_resync.needs_resync("因?yàn)檫@")
    assert gbk_resync.needs_resync("中\ue000文")


def test_in_phase_gate_skips_genuine_marks_only():
    """The gate that spares the beam search must never hide real phase damage."""
    assert gbk_resync.obviously_in_phase("他們的藝術性:不適?成長,以及充滿意義的聯繫。")
    assert gbk_resync.obviously_in_phase("尤其因為\ufffd")  # a line cut inside a character
    for clean in SENTENCES:
        damaged = corrupt(clean, ANNOTATED)
        assert not gbk_resync.obviously_in_phase(damaged), damaged
    # out of phase without any reading: the run after the lost byte is garbage
    assert not gbk_resync.obviously_in_phase("大客戶?!澳闶呛椭袊")
    assert not gbk_resync.obviously_in_phase("中\ue000文")
    assert gbk_resync.obviously_in_phase("最新高清??|77大?快三豹子")  # codec replacements


def test_lines_riddled_with_replacements_are_not_searched():
    spam = "公???，?浪，免?在??看，?吧，在?大香蕉，天天中彩票"
    assert gbk_resync.too_many_losses(spam)
    assert gbk_resync.resync_line(spam) == (spam, 0)
    damaged = corrupt(SENTENCES[0], ANNOTATED)
    assert not gbk_resync.too_many_losses(damaged)  # readings after breaks do not count


def test_fullwidth_restoration_policy():
    assert gbk_resync.restore_fullwidth("你好,世界!") == ("你好，世界！", 2)
    assert gbk_resync.restore_fullwidth("座談會(議程)") == ("座談會（議程）", 2)
    assert gbk_resync.restore_fullwidth("ok, fine: 12:30") == ("ok, fine: 12:30", 0)
    assert gbk_resync.restore_fullwidth("認識, 卻不熟")[0] == "認識, 卻不熟"


def test_folded_signature_needs_no_fullwidth_left():
    assert gbk_resync.folded_punctuation(["你好,世界"])
    assert not gbk_resync.folded_punctuation(["你好,世界", "他說，好"])
    assert not gbk_resync.folded_punctuation(["no chinese, here"])


def test_folding_alone_is_not_repaired():
    """ASCII punctuation in Chinese text without any other damage is left as written."""
    assert gbk_resync.fix_document(["可是,他已經走了。"]) == (["可是,他已經走了。"], {}, None)


def test_repairs_are_named_per_line():
    doc = ["字節(jié)跳動(dòng)發布新產品,因?yàn)檫@很重要", "沒有問題的一行",
           "字節(jié)跳動(dòng)"]
    result = repair_lines(doc)
    assert result.lines[0] == "字節跳動發布新產品，因為這很重要"
    assert result.line_repairs[0] == (
        "pinyin_annotation_removed", "gbk_resync", "fullwidth_punctuation_restored")
    assert result.line_repairs[1] == ()
    assert any(r.startswith("gbk_byte_damage") for r in result.doc_repairs)


def test_odd_input_never_crashes():
    for text in ["", "?", "\ufffd", "(", "?(", "?)", "中?", "?中", "\ue000", "a(jié)", "𠀀?中"]:
        out, n = gbk_resync.resync_line(text)
        assert isinstance(out, str)
        assert gbk_resync.fix_document([text])[0][0].count("\n") == 0


def test_synthetic_dev_set_sample(data):
    rows = list(read_jsonl(data / "encoding" / "synthetic_seed_gbk.jsonl"))[::4]
    exact = sum(gbk_resync.fix_document([r["input"]])[0][0].strip() == r["expected"].strip()
                for r in rows)
    assert exact / len(rows) >= 0.78


def test_clean_text_is_never_changed(data):
    docs = [row["text"].split("\n")
            for row in read_jsonl(data / "lexicons" / "content" / "pud_zh_hant.jsonl")]
    docs += [[row["text"]] for row in read_jsonl(data / "encoding" / "clean_pool.jsonl")]
    rng = random.Random(1)
    for doc in docs:
        assert gbk_resync.fix_document(doc)[0] == doc
    for doc in rng.sample(docs, 100):
        line = doc[0]
        k = rng.randrange(1, max(2, len(line)))
        noisy = [line[:k] + "?" + line[k:]]
        assert gbk_resync.fix_document(noisy)[0] == noisy


def test_long_lines_are_searched_in_segments():
    clean = "他們認為這次實驗的結果很重要，因為數據不夠。" * 40
    damaged = corrupt(clean, ANNOTATED)
    assert len(damaged) > gbk_resync.MAX_SEGMENT
    assert gbk_resync.fix_document([damaged])[0] == [clean]


def test_closing_quotes_follow_their_opening_quote():
    assert gbk_resync.match_closing_quotes("「好?!?", "「好。”") == "「好。」"
    assert gbk_resync.match_closing_quotes("“好”", "“好”") == "“好”"


def test_other_mojibake_is_left_to_its_own_repairs():
    for clean in SENTENCES:
        for codec in ("gbk", "big5"):
            garbled = clean.encode("utf-8").decode(codec, errors="replace")
            assert gbk_resync.fix_document([garbled])[0] == [garbled]
    assert not gbk_resync.mostly_chinese("鞎烄棎 19旮� 霐膘��臧� 氤挫澊鞁滌��?")
    assert gbk_resync.mostly_chinese("其去年?duì)I收為")


def test_fullwidth_full_stop_between_characters():
    assert gbk_resync.restore_fullwidth("聖路易.萊之橋") == ("聖路易．萊之橋", 1)
    assert gbk_resync.restore_fullwidth("版本3.5和www.example.com")[1] == 0
