"""Inputs the fuzzer (or a person) found, replayed through the fuzz target's contract checks.

A crash file from ``fuzz/run.sh`` goes into ``fuzz/regressions/`` once it is fixed; the
corpus seeds themselves are replayed in ``fuzz/run.sh``, not here (too slow for unit tests).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
REGRESSIONS = sorted((FUZZ / "regressions").iterdir())


def _target():
    spec = importlib.util.spec_from_file_location("fuzz_analyze", FUZZ / "fuzz_analyze.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TARGET = _target()


def test_there_are_regressions_to_replay():
    assert REGRESSIONS


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: p.name)
def test_regression_input_meets_the_contract(path):
    TARGET.TestOneInput(path.read_bytes())


def test_a_broken_contract_is_reported():
    """The checks can fail: a document whose line count is off is caught."""
    TARGET.TestOneInput(b"\x00warm")
    real = TARGET.CLEANER.analyze

    def dropping_a_line(value):
        doc = real(value)
        doc.lines.pop()
        return doc

    TARGET.CLEANER.analyze = dropping_a_line
    try:
        with pytest.raises(AssertionError):
            TARGET.TestOneInput(b"\x00two\nlines")
    finally:
        TARGET.CLEANER.analyze = real
