"""Retraining with a user's own labelled pages: the same command as the shipped model's."""

from __future__ import annotations

import json

import pytest

from cleaner import Cleaner
from cleaner.train import load_user_pages, main


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def test_user_pages_in_both_label_formats(tmp_path):
    path = _write(tmp_path / "mine.jsonl", [
        {"lines": [{"text": "Menu", "label": "navigation"}, {"text": "", "label": None},
                   {"text": "A paragraph.", "label": "content"}]},
        {"lines": [{"text": "© 2024 Site. All rights reserved.", "label": "boilerplate"},
                   {"text": "Home | About", "label": "boilerplate"},
                   {"text": "Body text here.", "label": "content"}]},
    ])
    docs, labels = load_user_pages(path)
    assert docs[0] == ["Menu", "", "A paragraph."]
    assert labels[0] == ["navigation", None, "content"]
    assert labels[1] == ["disclaimer", "navigation", "content"]  # boilerplate split as usual


def test_user_pages_with_unknown_labels_are_refused(tmp_path):
    path = _write(tmp_path / "bad.jsonl", [{"lines": [{"text": "x", "label": "advert"}]}])
    with pytest.raises(ValueError, match="unknown labels"):
        load_user_pages(path)
    path = _write(tmp_path / "bad2.jsonl", [{"text": "no lines field"}])
    with pytest.raises(ValueError, match="expected"):
        load_user_pages(path)


def test_retrain_with_own_pages_and_load_the_model(data, tmp_path):
    """A small but real run of `python -m cleaner.train --add ...`: the user's pages teach a
    label the generator never uses for this line."""
    line = "Zorblax quarterly dispatch, issue nine"
    page = {"lines": [{"text": line, "label": "spam"},
                      {"text": "The council approved the new budget after a long debate.",
                       "label": "content"}]}
    mine = _write(tmp_path / "mine.jsonl", [page] * 40)
    out = tmp_path / "model.joblib"
    assert main(["--synthetic", "30", "--add", str(mine), "--out", str(out), "--no-card",
                 "--calibration", ""]) == 0
    doc = Cleaner(model=out).analyze(line + "\nThe council approved the new budget after a "
                                            "long debate.")
    assert doc.lines[0].label == "spam"
