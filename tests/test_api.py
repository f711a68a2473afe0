"""The public contract of cleaner.clean / cleaner.analyze (other code depends on it)."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

import cleaner
from cleaner import LABELS, Cleaner, Document, InputError, Line

PAGE = """Home | News | Sport | Weather | Contact

The river festival returns after three years
By Anna Rossi, 12 May 2024

Thousands of visitors are expected this weekend as the river festival returns to the old town after a three-year break, with boat races, concerts and food stalls along both banks.

The organisers said that the programme had been extended to four days because of the demand from local schools and sports clubs, which will take part in the opening parade on Friday.

Related articles
- City council approves new bridge budget
- Summer concerts announced for the harbour

© 2024 Example News. All rights reserved. Privacy policy | Terms of use
"""


def test_labels_constant():
    assert LABELS == ("content", "navigation", "disclaimer", "spam")


def test_analyze_one_line_per_input_line(cleaner_instance):
    doc = cleaner_instance.analyze(PAGE)
    assert isinstance(doc, Document)
    assert len(doc.lines) == len(PAGE.split("\n"))
    for line, source in zip(doc.lines, PAGE.split("\n")):
        assert isinstance(line, Line)
        assert line.text == source  # nothing to repair in this page
        if source.strip():
            assert line.label in LABELS
            assert 0.0 <= line.score <= 1.0
        else:
            assert line.label is None and line.score is None
        assert line.repairs == ()


def test_analyze_text_equals_clean_and_keeps_the_article(cleaner_instance):
    doc = cleaner_instance.analyze(PAGE)
    assert doc.text == cleaner_instance.clean(PAGE)
    assert "Thousands of visitors" in doc.text
    assert "organisers said" in doc.text
    assert "All rights reserved" not in doc.text
    assert not doc.text.startswith("\n") and not doc.text.endswith("\n")
    assert doc.encoding is None


def test_crlf_and_cr_give_the_same_lines(cleaner_instance):
    lf = cleaner_instance.analyze(PAGE)
    crlf = cleaner_instance.analyze(PAGE.replace("\n", "\r\n"))
    cr = cleaner_instance.analyze(PAGE.replace("\n", "\r"))
    assert [x.text for x in lf.lines] == [x.text for x in crlf.lines] == [x.text for x in cr.lines]
    assert lf.text == crlf.text == cr.text


def test_bytes_and_str_agree(cleaner_instance):
    from_str = cleaner_instance.analyze(PAGE)
    from_bytes = cleaner_instance.analyze(PAGE.encode("utf-8"))
    assert from_bytes.encoding == "utf-8"
    assert [x.label for x in from_bytes.lines] == [x.label for x in from_str.lines]
    assert from_bytes.text == from_str.text


def test_legacy_encoding_bytes_are_decoded(cleaner_instance):
    text = "中國大公司競逐GPU，字節今年向英偉達訂購了超過十億美元的GPU。\n另一家大公司的訂單也至少超過十億元人民幣。"
    doc = cleaner_instance.analyze(text.encode("gb18030"))
    assert doc.encoding == "gb18030"
    assert [x.text for x in doc.lines] == text.split("\n")


def test_empty_and_blank_inputs(cleaner_instance):
    for data in ("", b"", "\n\n", "   \r\n\t"):
        doc = cleaner_instance.analyze(data)
        assert doc.text == ""
        assert all(line.label is None for line in doc.lines)


def test_undecodable_bytes_never_raise(cleaner_instance):
    doc = cleaner_instance.analyze(bytes(range(256)) * 3)
    assert len(doc.lines) >= 1
    doc.text.encode("utf-8")  # always valid UTF-8


def test_wrong_type_is_a_typed_error(cleaner_instance):
    with pytest.raises(InputError):
        cleaner_instance.analyze(12345)  # type: ignore[arg-type]


def test_module_level_functions_use_the_shipped_model():
    assert cleaner.clean(PAGE) == Cleaner().clean(PAGE)
    assert cleaner.analyze(PAGE).text == cleaner.clean(PAGE)


def test_keep_selects_labels(cleaner_instance):
    everything = Cleaner(keep=LABELS).clean(PAGE)
    assert "Home | News" in everything
    with pytest.raises(ValueError):
        Cleaner(keep=("content", "ads"))


def test_analyze_many_matches_single_calls(cleaner_instance):
    pages = [PAGE, "Short page.", "", PAGE.upper()]
    batch = cleaner_instance.analyze_many(pages)
    assert [d.text for d in batch] == [cleaner_instance.clean(p) for p in pages]


def _clean_in_worker(args):
    worker_cleaner, page = args
    return worker_cleaner.clean(page)


def test_cleaner_is_picklable_and_works_in_worker_processes(cleaner_instance):
    fresh = Cleaner()
    fresh.clean(PAGE)  # loaded: the pickle must still carry the path only, not the model
    assert len(pickle.dumps(fresh)) < 10_000
    copy = pickle.loads(pickle.dumps(fresh))
    assert copy.clean(PAGE) == fresh.clean(PAGE)
    # spawn, not fork: forking a process whose OpenMP/BLAS threads have run can deadlock.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        results = list(pool.map(_clean_in_worker, [(fresh, PAGE), (fresh, PAGE)]))
    assert results == [cleaner_instance.clean(PAGE)] * 2


def test_import_does_not_load_the_model():
    import subprocess
    import sys

    code = ("import cleaner; "
            "assert cleaner._default is None; "
            "cleaner.clean('One line.'); "
            "assert cleaner._default._model is not None; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_importing_cleaner_or_the_cli_does_not_import_scikit_learn():
    """clean-files' coordinating process never needs the model: without scikit-learn (and
    the pandas it pulls in when installed) it stays ~40 MB instead of ~200 MB."""
    import subprocess
    import sys

    code = ("import sys, cleaner, cleaner.cli; "
            "print(sorted(m for m in ('sklearn', 'pandas', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_model_argument_that_is_neither_path_nor_model_is_refused():
    from cleaner import ConfigError

    with pytest.raises(ConfigError, match="path or a fitted LineClassifier"):
        Cleaner(model=42)
