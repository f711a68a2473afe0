"""The evaluation command's measures: calibration of the scores users threshold."""
from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.evaluate import Scores, format_scores, score_lines_records


def test_calibration_error_is_the_count_weighted_gap_between_score_and_accuracy():
    scores = Scores()
    for score, right in [(0.95, True), (0.95, True), (0.95, False), (0.95, True),
                         (0.55, True), (0.55, False)]:
        scores.add("content", "content" if right else "navigation", score, right)
    error, table = scores.calibration()
    assert table == [(pytest.approx(0.55), 0.5, 2), (pytest.approx(0.95), 0.75, 4)]
    assert error == pytest.approx((2 * 0.05 + 4 * 0.20) / 6)


def test_content_vs_rest_calibration_covers_exactly_the_lines_kept_as_content():
    cleaner = Cleaner()
    text = ["Home | World | Business | Sport | Contact",
            "The council approved the new cycle lanes on Tuesday after a long debate "
            "about parking, deliveries and the safety of children walking to school.",
            "Work on the first section starts in March and should take six weeks.",
            "© 2024 Harbour Times Ltd. All rights reserved."]
    gold = ["boilerplate", "content", "boilerplate", "boilerplate"]
    record = {"lines": [{"text": t, "label": g} for t, g in zip(text, gold)]}
    doc = cleaner.analyze("\n".join(text))
    kept = [(line.score, g == "content") for line, g in zip(doc.lines, gold)
            if line.label == "content"]
    assert kept, "the article sentence should be kept"
    scores = score_lines_records(cleaner, [record])
    assert scores.confidence == [pytest.approx(k) for k in kept]
    assert "calibration error (ECE) of the content lines' scores" in format_scores(
        "toy", "lines", scores)
