"""Seed-style damage arriving as raw bytes: GBK with split multibyte runs must still be read
as GBK (not as a single-byte codec) so the repairs can restore it."""

from __future__ import annotations

from seed_damage import damage_bytes

from cleaner.decode import decode_bytes, near_clean_cjk
from cleaner.pipeline import Cleaner

TEXT = "\n".join([
    "台北市政府今天公布新的交通計畫，預計明年開始在市中心實施。",
    "根據市府提供的數據，過去五年市區的車流量增加了百分之二十。",
    "交通局長表示，這項計畫將分三個階段推動，第一階段以公車路網調整為主。",
    "部分市議員則認為，計畫的預算估計過於樂觀，要求市府提出更詳細的財務說明。",
    "市府也將在各區舉辦說明會，讓民眾了解新制度的內容與實施時間。",
    "專家指出，類似的政策在其他城市已有成功經驗，但需要時間讓市民適應。",
    "因為這項政策影響很大，公司去年營收也受到衝擊，輸的一方必須調整策略。",
] * 3)
ANNOTATIONS = {"據": "jù", "數": "shù", "現": "xiàn", "價": "jià", "節": "jié", "動": "dòng",
               "驗": "yàn", "隊": "duì", "謹": "jǐn", "達": "dá", "標": "biāo"}


def test_damaged_gbk_bytes_are_read_as_gbk_with_replacement():
    data = damage_bytes(TEXT, ANNOTATIONS)
    assert data.decode("gb18030", errors="replace").count("\ufffd") > 0  # really broken
    decoded = decode_bytes(data)
    assert decoded.encoding == "gb18030"
    assert decoded.repairs == ["decode_with_replacement"]


def test_damaged_gbk_bytes_are_restored_end_to_end():
    data = damage_bytes(TEXT, ANNOTATIONS)
    doc = Cleaner().analyze(data)
    restored = [line.text for line in doc.lines]
    assert restored == TEXT.split("\n")


def test_clean_pages_are_not_taken_for_damaged_cjk():
    assert near_clean_cjk(TEXT.encode("big5")) is None  # decodes strictly: detector's job
    russian = ("Министерство сообщило о новых правилах для водителей в городе. " * 20)
    assert near_clean_cjk(russian.encode("cp1251")) is None
    assert decode_bytes(russian.encode("cp1251")).text == russian
