"""Retraining with a user's own labelled pages: the same command as the shipped model's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.train import (
    CONSTRAINTS_FILENAME,
    TRAINING_PACKAGES,
    load_user_pages,
    main,
    training_environment,
    write_constraints,
)


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


# The checkout's models/ folder (CI installs the package itself into site-packages).
MODELS = Path(__file__).resolve().parent.parent / "models"


def _card_recipe() -> dict:
    card = (MODELS / "MODEL_CARD.md").read_text(encoding="utf-8")
    recipe = card.split("## Training recipe\n```\n", 1)[1].split("\n```", 1)[0]
    return json.loads(recipe)


def test_shipped_model_records_the_environment_it_was_trained_in():
    """The card and the constraints file beside the model name the same versions, so
    `pip install -c models/training-constraints.txt` rebuilds that environment."""
    environment = _card_recipe()["environment"]
    assert set(environment) == {"python", *TRAINING_PACKAGES}
    pins = (MODELS / CONSTRAINTS_FILENAME).read_text(encoding="utf-8")
    expected = [f"{name}=={environment[name]}" for name in TRAINING_PACKAGES]
    assert [line for line in pins.splitlines() if not line.startswith("#")] == expected
    assert f"# python {environment['python']}" in pins


def test_constraints_pin_this_environment(tmp_path):
    environment = training_environment()
    text = write_constraints(tmp_path, environment).read_text(encoding="utf-8")
    assert f"scikit-learn=={environment['scikit-learn']}" in text
    assert all(f"{name}==" in text for name in TRAINING_PACKAGES)
