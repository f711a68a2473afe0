"""The hand-labelled dev set (devset/) stays consistent with its pages and covers what it claims."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest

DEVSET = Path(__file__).resolve().parent.parent / "devset"


def _checker():
    """Load devset/check_labels.py; skip outside a source checkout, but never under CI."""
    if not (DEVSET / "check_labels.py").is_file():
        message = f"needs the source tree's dev set at {DEVSET}"
        if os.environ.get("CI"):
            pytest.fail(message + " - it must be present under CI")
        pytest.skip(message)
    spec = importlib.util.spec_from_file_location("check_labels", DEVSET / "check_labels.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_labels_match_pages_line_by_line():
    assert _checker().validate(DEVSET) == []


def test_coverage_languages_pages_and_labels():
    checker = _checker()
    records = checker.load_records(DEVSET)
    table = checker.counts(records)
    assert len(records) >= 40
    assert len(table) >= 11
    for label in checker.LABELS:
        assert sum(row[label] for row in table.values()) >= 30, label


def test_validator_catches_a_drifted_line(tmp_path):
    copy = tmp_path / "devset"
    shutil.copytree(DEVSET / "pages", copy / "pages")
    records = _checker().load_records(DEVSET)
    records[0]["lines"][0]["text"] += " edited"
    records[1]["lines"].pop()
    with open(copy / "labels.jsonl", "w", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    errors = _checker().validate(copy)
    assert any("differs" in e for e in errors)
    assert any("labelled" in e and "lines in file" in e for e in errors)
