"""The LineClassifier on a small real fit (no shipped model involved)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from cleaner import Cleaner, ModelError
from cleaner.document import LABELS
from cleaner.model import LineClassifier

PROSE = [
    "The committee met on Tuesday to discuss the budget for the coming year and agreed on it.",
    "Researchers found that the new method reduced energy use by almost a third in tests.",
    "Local farmers say the dry spring has already cut their expected harvest significantly.",
    "研究人員發現，新方法在測試中把能耗降低了將近三分之一，效果十分明顯。",
    "委員會週二開會討論來年的預算，並在長時間辯論之後達成了一致意見。",
]
NAV = ["Home | News | Sport", "Share this article", "首页 > 新闻 > 正文", "Read more", "下一篇"]
DISCLAIMER = ["© 2024 Example Media. All rights reserved.", "本站所有文章版權歸原作者所有，轉載請註明出處。",
              "We use cookies to improve your experience. Accept all cookies"]
SPAM = ["亚洲无码一区二区三区,国产精品视频,久久精品", "Best online casino bonus 500 free spins viagra",
        "无码专区 | 免费视频 | 国产精品 | 在线观看"]


def _page(rng: random.Random) -> tuple[list[str], list[str]]:
    lines, labels = [], []
    for pool, label, k in ((SPAM, "spam", 1), (NAV, "navigation", 2), (PROSE, "content", 4),
                           (DISCLAIMER, "disclaimer", 1), (SPAM, "spam", 1)):
        for text in rng.sample(pool, min(k, len(pool))):
            lines.append(text)
            labels.append(label)
    return lines, labels


@pytest.fixture(scope="module")
def small_model():
    rng = random.Random(0)
    pages = [_page(rng) for _ in range(60)]
    return LineClassifier(max_iter=30).fit([p for p, _ in pages], [lab for _, lab in pages])


def test_fit_and_predict_learns_the_four_classes(small_model):
    lines, labels = _page(random.Random(99))
    predicted = small_model.predict([lines])[0]
    accuracy = sum(p == g for p, g in zip(predicted, labels)) / len(labels)
    assert accuracy >= 0.8, list(zip(lines, predicted, labels))
    assert set(small_model.classes_) == set(LABELS)


def test_blank_lines_are_not_classified(small_model):
    assert small_model.predict([["", "Home | News | Sport", "   "]])[0][0] is None
    assert small_model.predict([[]]) == [[]]


def test_probabilities_are_a_distribution(small_model):
    (index, proba), = small_model.predict_proba_docs([PROSE + NAV])
    assert index == list(range(len(PROSE + NAV)))
    assert proba.shape == (len(index), 4)
    assert abs(float(proba.sum(axis=1).min()) - 1) < 1e-4


def test_save_load_round_trip_and_custom_model_in_cleaner(small_model, tmp_path):
    path = tmp_path / "m.joblib"
    small_model.save(path)
    loaded = LineClassifier.load(path)
    page = "\n".join(PROSE + NAV)
    assert Cleaner(model=path).analyze(page).lines == Cleaner(model=loaded).analyze(page).lines


def test_missing_or_corrupt_model_is_a_model_error(tmp_path):
    with pytest.raises(ModelError):
        LineClassifier.load(tmp_path / "nope.joblib")
    bad = tmp_path / "bad.joblib"
    bad.write_bytes(b"not a pickle")
    with pytest.raises(ModelError):
        Cleaner(model=bad).clean("text")


def test_model_from_another_feature_set_is_refused_at_load(small_model, tmp_path, monkeypatch):
    """A model whose stage 2 expects other columns must fail loudly once, at load time,
    not on every document."""
    import cleaner.model

    path = tmp_path / "m.joblib"
    small_model.save(path)
    assert LineClassifier.load(path) is not None
    monkeypatch.setattr(cleaner.model, "stage2_width", lambda: 7)
    with pytest.raises(ModelError, match="different feature set"):
        LineClassifier.load(path)


def test_temperature_softens_scores_without_changing_labels():
    from cleaner.model import tempered

    proba = np.array([[0.97, 0.01, 0.01, 0.01], [0.2, 0.5, 0.2, 0.1]], np.float32)
    soft = tempered(proba, 2.0)
    assert (soft.argmax(1) == proba.argmax(1)).all()
    assert soft[0, 0] < proba[0, 0] and np.allclose(soft.sum(1), 1.0)
    assert tempered(proba, 1.0) is proba


def test_calibrate_fits_a_temperature_that_keeps_predictions(small_model):
    import copy

    model = copy.deepcopy(small_model)
    rng = random.Random(1)
    pages = [_page(rng) for _ in range(10)]
    docs = [p for p, _ in pages]
    before = model.predict(docs)
    # labels that disagree with the model on some lines: it must soften, not sharpen
    flags = [[lab == "content" if i % 4 else lab != "content" for i, lab in enumerate(labs)]
             for _, labs in pages]
    temperature = model.calibrate(docs, flags)
    assert temperature > 1.0 and model.temperature_ == temperature
    assert model.predict(docs) == before
