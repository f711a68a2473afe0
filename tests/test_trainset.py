"""The hand-labelled training pages (trainset/) parse, are varied, and share nothing with
the pages that measure the model (devset/, the seed pages)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner.datasets import read_jsonl
from cleaner.document import LABELS
from cleaner.labelled_pages import parse_line, read_folder
from cleaner.train import HAND_WEIGHT, build_training_set, load_hand_labelled

DEVSET = Path(__file__).resolve().parent.parent / "devset"


@pytest.fixture(scope="module")
def records(trainset) -> list[dict]:
    return read_folder(trainset)


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


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _content_lines(records) -> set[str]:
    return {_norm(x["text"]) for r in records for x in r["lines"]
            if x["label"] == "content" and len(x["text"].strip()) >= 40}


def _most_shared_lines(records, others) -> int:
    """The most lines of 20+ characters one training page shares with one other page."""
    other_sets = [{_norm(x["text"]) for x in o["lines"] if len(x["text"].strip()) >= 20}
                  for o in others]
    return max(len({_norm(x["text"]) for x in r["lines"]} & other)
               for r in records for other in other_sets)


def test_nothing_is_copied_from_the_pages_that_measure_the_model(records, seeds):
    """Article text that also sits in the dev set or a seed page, or a page that repeats
    one of theirs, would inflate their figures: they must stay unseen. (Standard chrome
    may coincide without copying, e.g. WordPress's "Your email address will not be
    published. Required fields are marked *": at most two such lines per page pair.)"""
    measured = list(read_jsonl(DEVSET / "labels.jsonl")) + list(read_jsonl(seeds / "labels.jsonl"))
    trained = _content_lines(records)
    assert not trained & _content_lines(measured)
    assert _most_shared_lines(records, measured) <= 2


def test_training_includes_them_with_their_weight(records, data):
    docs, labels = load_hand_labelled()
    assert len(docs) == len(records) and [len(d) for d in docs] == [len(x) for x in labels]
    _, _, weights, counts = build_training_set(0, 1, 1.0, exclude=lambda r: True)
    assert counts == {"synthetic": 0, "real": 0, "hand": len(records), "user": 0}
    assert weights == [HAND_WEIGHT] * len(records)
    _, _, _, counts = build_training_set(0, 1, 1.0, exclude=lambda r: True, hand_weight=0)
    assert counts["hand"] == 0
