"""The benchmark's library clock: the bound it prints on the speed ratio must count real
library time, once, and leave the libraries as they were."""

import sys
from pathlib import Path

import ftfy
import ftfy.badness

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from bench_pipeline import library_clock  # noqa: E402


def test_library_clock_counts_ftfy_once_and_restores_it():
    original_fix, original_bad = ftfy.fix_and_explain, ftfy.badness.is_bad
    with library_clock() as seconds:
        for _ in range(50):
            ftfy.fix_and_explain("CafÃ© déjà vu — â€œquotedâ€\x9d " * 20)
        counted = seconds["ftfy"]
    assert counted > 0
    assert seconds["chardet"] == 0 and seconds["scikit-learn"] == 0
    assert ftfy.fix_and_explain is original_fix and ftfy.badness.is_bad is original_bad


def test_library_clock_does_not_count_nested_calls_twice(monkeypatch):
    # a library entry point that calls another one, as fix_and_explain calls is_bad
    monkeypatch.setattr(ftfy.badness, "is_bad",
                        lambda text: ftfy.fix_and_explain(text).text != text)
    ticks = iter(range(100))
    with library_clock(clock=lambda: float(next(ticks))) as seconds:
        ftfy.badness.is_bad("â€œquotedâ€\x9d")  # clock: outer start 0, inner start 1, outer end 2
    assert seconds["ftfy"] == 2.0  # the outer span only; adding the inner one would be more
