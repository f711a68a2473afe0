"""Acceptance: the five seed pages the project was created from (never trained on)."""

from __future__ import annotations

from cleaner.datasets import read_jsonl
from cleaner.evaluate import score_four_class


def test_seed_pages_line_accuracy(seeds, cleaner_instance):
    records = list(read_jsonl(seeds / "labels.jsonl"))
    scores = score_four_class(cleaner_instance, records, seeds)
    assert scores.lines == 185
    assert scores.accuracy >= 0.95, scores.per_class(["content", "navigation", "disclaimer",
                                                      "spam"])
