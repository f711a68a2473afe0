"""The shipped Chinese character bigram model."""

from __future__ import annotations

import math

from cleaner import charlm


def test_running_text_beats_a_byte_shifted_jumble():
    lm = charlm.default_model()
    assert lm.mean_logprob("因為這個問題很重要") > lm.mean_logprob("因檫@個問題很重要") + 1.0
    assert lm.logprob("我們的團隊") > lm.logprob("我們的圑隊")


def test_ascii_and_fullwidth_punctuation_score_alike():
    lm = charlm.default_model()
    assert lm.logprob("你好,世界") == lm.logprob("你好，世界")
    assert charlm.token("，") == charlm.token(",")


def test_a_latin_word_is_scored_once():
    lm = charlm.default_model()
    assert lm.cond_logprob("G", "P") == 0.0
    assert lm.logprob("用GPU") == lm.logprob("用G")


def test_unknown_and_empty_text_are_finite():
    lm = charlm.default_model()
    assert lm.logprob("") == 0.0
    assert math.isfinite(lm.logprob("\ue000\U0001f600𠀀"))


def test_count_collects_word_internal_and_running_bigrams():
    uni, bi, occ = charlm.count(["中國"], [2.0], ["我們, GPU"], text_weight=1.0)
    assert bi["中國"] == 2.0 and uni["中"] == 2.0
    assert bi["們，"] == 1.0  # ASCII comma folded to its fullwidth class
    assert bi["aa"] == 0  # a Latin word counts once
    assert occ["中"] == 1
