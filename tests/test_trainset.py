"""The hand-labelled training pages (trainset/) parse, are varied, and share nothing with
the pages that measure the model (devset/, the seed pages)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from cleaner.datasets import read_jsonl, trainset_dir
from cleaner.document import LABELS
from cleaner.labelled_pages import parse_line, read_folder
from cleaner.train import HAND_WEIGHT, build_training_set, load_hand_labelled

DEVSET = Path(__file__).resolve().parent.parent / "devset"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    folder = trainset_dir()
    if not folder.is_dir():
        message = f"needs the checkout's trainset at {folder}"
        if os.environ.get("CI"):
            pytest.fail(message + " - it must be present under CI")
        pytest.skip(message)
    return read_folder(folder)


def test_annotated_lines_parse_and_bad_ones_are_refused():
    assert parse_line("c|Title", "x") == ("Title", "content", [])
    assert parse_line("n/c|Joe wrote", "x") == ("Joe wrote", "navigation", ["content"])
    assert parse_line("", "x") == ("", None, [])
    assert parse_line("-|   ", "x") == ("   ", None, [])
    for bad in ("no bar", "x|unknown code", "c|   ", "-|text"):
        with pytest.raises(ValueError):
            parse_line(bad, "x")


def test_pages_are_many_varied_and_fully_labelled(records):
    assert len(records) >= 50
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert len({r["lang"] for r in records}) >= 10
    # A listing page may have no article at all; most pages have one.
    assert sum(any(x["label"] == "content" for x in r["lines"]) for r in records) \
        >= 0.9 * len(records)
    for r in records:
        labels = [x["label"] for x in r["lines"]]
        assert all(lab in LABELS for lab in labels if lab is not None)
        assert all((lab is None) == (not x["text"].strip()) for x, lab in zip(r["lines"], labels))
    for label in LABELS:
        assert sum(x["label"] == label for r in records for x in r["lines"]) >= 50, label


def _long_lines(records) -> set[str]:
    return {re.sub(r"\s+", " ", x["text"]).strip() for r in records for x in r["lines"]
            if len(x["text"].strip()) >= 60}


def test_no_line_is_copied_from_the_pages_that_measure_the_model(records, seeds):
    """A training line that also sits in the dev set or a seed page would inflate their
    figures: they must stay unseen. (Shorter lines may coincide without copying: standard
    footers such as "Powered by phpBB® Forum Software © phpBB Limited".)"""
    trained = _long_lines(records)
    assert not trained & _long_lines(read_jsonl(DEVSET / "labels.jsonl"))
    assert not trained & _long_lines(read_jsonl(seeds / "labels.jsonl"))


def test_training_includes_them_with_their_weight(records, data):
    docs, labels = load_hand_labelled()
    assert len(docs) == len(records) and [len(d) for d in docs] == [len(x) for x in labels]
    _, _, weights, counts = build_training_set(0, 1, 1.0, exclude=lambda r: True)
    assert counts == {"synthetic": 0, "real": 0, "hand": len(records), "user": 0}
    assert weights == [HAND_WEIGHT] * len(records)
    _, _, _, counts = build_training_set(0, 1, 1.0, exclude=lambda r: True, hand_weight=0)
    assert counts["hand"] == 0
