"""Model selection holds real pages out of everything the model learns from."""

from __future__ import annotations

from cleaner.datasets import alignment_failed, is_held_out, read_jsonl
from cleaner.model_selection import (
    MEASURES,
    _held_out,
    format_table,
    held_out_pages,
    in_fraction,
    training_exclusion,
)
from cleaner.synth import sources
from cleaner.train import REAL_TRAIN_FILES, load_real


def test_held_out_fold_is_a_stable_third():
    ids = [f"page-{i}" for i in range(3000)]
    held = [i for i in ids if is_held_out(i)]
    assert 900 < len(held) < 1100
    assert held == [i for i in ids if is_held_out(i)]  # the same pages on every call


def _long_lines(records: list[dict]) -> set[str]:
    return {x["text"].strip() for r in records for x in r["lines"]
            if x["label"] == "content" and len(x["text"]) > 80}


def test_held_out_pages_reach_neither_training_nor_the_generator(data):
    pages = [r for name in REAL_TRAIN_FILES for r in read_jsonl(data / name)]
    held = held_out_pages()
    assert held and len(held) < len(pages)
    # Lines that only held-out pages contain must not be anywhere in what training reads.
    only_held = _long_lines(held) - _long_lines([r for r in pages if not _held_out(r)])
    assert only_held

    docs, _ = load_real(exclude=_held_out)
    assert only_held.isdisjoint(line.strip() for doc in docs for line in doc)
    docs_all, _ = load_real()
    assert not only_held.isdisjoint(line.strip() for doc in docs_all for line in doc)

    def generator_text() -> set[str]:
        return {line for runs in sources.load_sources().runs.values()
                for run in runs for line in run}

    sources.exclude_pages(_held_out)
    try:
        assert only_held.isdisjoint(generator_text())
    finally:
        sources.exclude_pages(None)
    assert not only_held.isdisjoint(generator_text())  # without exclusion they are there


def test_table_has_one_row_per_seed_and_the_mean():
    rows = [{"seed": s} | {measure: v for measure in MEASURES} for s, v in ((1, 0.5), (2, 0.7))]
    table = format_table(rows).splitlines()
    assert len(table) == 4
    assert table[-1].split()[0] == "mean" and table[-1].split()[1] == "0.6000"


def test_pages_whose_labels_failed_to_align_are_neither_trained_nor_scored(data):
    """A page with a gold text but no line aligned to it (its text does not hold the
    article: one cwced page is undecodable) has wrong labels: every line boilerplate."""
    failed = {"id": "x", "gold": "The article.", "lines": [
        {"text": "\ufffd\ufffd\ufffd", "label": "boilerplate"}]}
    assert alignment_failed(failed)
    assert not alignment_failed({**failed, "gold": ""})  # a page without an article
    assert not alignment_failed({**failed, "lines": [{"text": "The article.",
                                                      "label": "content"}]})
    pages = [r for name in REAL_TRAIN_FILES for r in read_jsonl(data / name)]
    broken = {r["id"] for r in pages if alignment_failed(r)}
    assert broken  # the undecodable cwced page
    assert broken.isdisjoint(r["id"] for r in held_out_pages())
    docs, _ = load_real()
    texts = {"\n".join(x["text"] for x in r["lines"]) for r in pages if r["id"] in broken}
    assert texts.isdisjoint("\n".join(doc) for doc in docs)


def test_a_real_fraction_is_a_stable_nested_share_that_never_adds_held_out_pages():
    ids = [f"page-{i}" for i in range(3000)]
    quarter = {i for i in ids if in_fraction(i, 0.25)}
    half = {i for i in ids if in_fraction(i, 0.5)}
    assert 650 < len(quarter) < 850 and 1400 < len(half) < 1600
    assert quarter < half  # a learning curve adds pages, it does not swap them
    assert not any(in_fraction(i, 0.0) for i in ids)
    records = [{"id": i} for i in ids]
    for fraction in (0.0, 0.5, 1.0):
        trained = [r for r in records if not training_exclusion(fraction)(r)]
        assert not any(_held_out(r) for r in trained)
    assert len([r for r in records if not training_exclusion(1.0)(r)]) == \
        len([r for r in records if not _held_out(r)])
    assert not [r for r in records if not training_exclusion(0.0)(r)]
