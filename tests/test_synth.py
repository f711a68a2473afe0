"""The labelled-page generator that trains the line classifier."""

from __future__ import annotations

import json
import os
import re
from collections import Counter

import pytest

from cleaner.datasets import data_dir
from cleaner.synth import LANGS, PAGE_KINDS, clear_caches, generate_documents
from cleaner.synth.__main__ import main as synth_main
from cleaner.synth.boilerplate import is_link_row
from cleaner.synth.sources import load_sources

LABELS = {"content", "navigation", "disclaimer", "spam"}


def requires_shared() -> None:
    """Skip without ../shared, but never under CI, where it must be present."""
    if data_dir().is_dir():
        return
    message = f"needs the shared data at {data_dir()} (set CLEANER_SHARED_DIR)"
    if os.environ.get("CI"):
        pytest.fail(message + " - it must be present under CI")
    pytest.skip(message)


@pytest.fixture(scope="module")
def sample() -> list[dict]:
    return generate_documents(300, seed=11)


def test_same_seed_same_pages_other_seed_other_pages():
    assert generate_documents(25, seed=3) == generate_documents(25, seed=3)
    assert generate_documents(25, seed=3) != generate_documents(25, seed=4)


def test_prefix_of_a_corpus_is_the_smaller_corpus():
    assert generate_documents(40, seed=5)[:10] == generate_documents(10, seed=5)


def test_documents_have_the_contract_shape(sample):
    ids = [doc["id"] for doc in sample]
    assert len(set(ids)) == len(ids)
    for doc in sample:
        assert doc["lang"] in LANGS
        assert doc["kind"] in PAGE_KINDS
        assert doc["lines"], doc["id"]
        for line in doc["lines"]:
            assert isinstance(line["text"], str) and "\n" not in line["text"]
            assert "\r" not in line["text"]
            if line["text"].strip():
                assert line["label"] in LABELS, (doc["id"], line)
            else:
                assert line["label"] is None, (doc["id"], line)
        assert any(line["label"] for line in doc["lines"])


def test_every_language_and_label_appears(sample):
    assert {doc["lang"] for doc in sample} == set(LANGS)
    labels = Counter(line["label"] for doc in sample for line in doc["lines"] if line["label"])
    assert set(labels) == LABELS
    total = sum(labels.values())
    assert 0.45 <= labels["content"] / total <= 0.70  # cropped pages are mostly article
    assert labels["spam"] / total >= 0.03 and labels["disclaimer"] / total >= 0.03


def test_hard_cases_are_generated(sample):
    """Mid-article spam, blank-line pages, damaged zh lines and forum pages all occur."""
    mid_spam = damaged = with_blanks = 0
    for doc in sample:
        labels = [line["label"] for line in doc["lines"] if line["label"]]
        for i in range(1, len(labels) - 1):
            if labels[i] == "spam" and labels[i - 1] == labels[i + 1] == "content":
                mid_spam += 1
        damaged += any(line["text"].endswith("\ufffd") for line in doc["lines"])
        with_blanks += any(line["label"] is None for line in doc["lines"])
    assert mid_spam and damaged and with_blanks
    assert {doc["kind"] for doc in sample} == set(PAGE_KINDS)


def test_cli_writes_jsonl(tmp_path):
    out = tmp_path / "pages.jsonl"
    assert synth_main(["--n", "5", "--seed", "2", "--out", str(out), "--stats"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == generate_documents(5, seed=2)


def test_works_without_shared_data(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_SHARED_DIR", str(tmp_path / "missing"))
    clear_caches()
    try:
        assert load_sources().empty
        docs = generate_documents(120, seed=1)
        labels = {line["label"] for doc in docs for line in doc["lines"]}
        assert labels - {None} == LABELS
        assert len({doc["lang"] for doc in docs}) >= 9
    finally:
        monkeypatch.undo()
        clear_caches()


def test_uses_real_shared_text():
    requires_shared()
    clear_caches()
    src = load_sources()
    assert {"en", "it", "zh-Hans", "zh-Hant"} <= set(src.pud)
    assert "zh-Hans" in src.runs and "ru" in src.runs
    assert src.han_spam and src.klaro.get("de")
    pud_en = set(src.pud["en"])
    docs = generate_documents(200, seed=9)
    content = {line["text"].strip() for doc in docs if doc["lang"] == "en"
               for line in doc["lines"] if line["label"] == "content"}
    assert content & pud_en
    spam = " ".join(line["text"] for doc in docs for line in doc["lines"]
                    if line["label"] == "spam")
    assert any(token in spam for token in src.han_spam)


def test_same_pages_whatever_the_python_hash_seed(tmp_path):
    """Set iteration order must never leak into the pages (trainer runs are reproducible)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    outputs = []
    for hash_seed in ("1", "2"):
        out = tmp_path / f"h{hash_seed}.jsonl"
        env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONPATH=str(root))
        subprocess.run([sys.executable, "-m", "cleaner.synth", "--n", "40", "--seed", "8",
                        "--out", str(out)], check=True, env=env, cwd=root)
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]


def test_tables_and_price_lists_are_content(sample):
    """Digit-heavy runs inside articles (standings, price lists) are generated as content,
    so the model does not learn that every run of short numeric lines is navigation."""
    rows = prices = 0
    for doc in sample:
        for line in doc["lines"]:
            text = line["text"]
            if line["label"] == "content" and len(re.findall(r"\d+(?:[.,]\d+)?%?", text)) >= 3 \
                    and len(text) < 80:
                rows += 1
            if line["label"] == "content" and re.search(r"[$€£¥]\d+\.\d\d", text):
                prices += 1
    assert rows >= 50 and prices >= 10


def test_some_pages_end_or_start_with_their_article(sample):
    """Cropped pages (already-extracted articles) exist, but most pages keep their footer."""
    def non_blank(doc):
        return [line["label"] for line in doc["lines"] if line["label"]]

    ends = sum(1 for doc in sample if non_blank(doc)[-1:] == ["content"])
    starts = sum(1 for doc in sample if non_blank(doc)[:1] == ["content"])
    assert 0.1 * len(sample) <= ends <= 0.5 * len(sample)
    assert starts >= 0.1 * len(sample)


def test_every_language_module_has_the_full_vocabulary():
    """A language module must fill every list the generator draws from, use only slots the
    page knows, and bring spam phrases with its page text (see spam_lexicon.py)."""
    import importlib
    import pkgutil

    import cleaner.synth
    from cleaner.synth.spam_lexicon import SPAM_LEXICON
    from cleaner.synth.vocab import VOCAB

    names = [name for name in dir(VOCAB["de"]) if name.isupper() and name != "MONTHS"]
    slots = {"author", "author2", "date", "source", "n", "k", "y", "year", "title", "url",
             "phone"}
    date_slots = {"d", "dd", "m", "mm", "y", "H", "M", "S", "month"}
    # Modules written but not yet in vocab.LANGS (see the comment there) are checked too,
    # so they stay ready to register.
    registered = set(VOCAB.values())
    found = (importlib.import_module(f"cleaner.synth.{info.name}")
             for info in pkgutil.iter_modules(cleaner.synth.__path__)
             if info.name.startswith("vocab_"))
    modules = dict(VOCAB) | {module.__name__.rsplit("vocab_", 1)[1]: module
                             for module in found if module not in registered}
    for lang, module in modules.items():
        for name in names:
            values = getattr(module, name, None)
            assert values, f"{lang}: {name} missing or empty"
            if name == "TOPICS":
                continue
            allowed = date_slots if name == "DATES" else slots
            for text in values:
                assert set(re.findall(r"\{(\w+)\}", text)) <= allowed, (lang, name, text)
        assert len(getattr(module, "MONTHS", [""] * 12)) == 12  # Chinese dates use numbers
        assert all(len(sentences) >= 3 for _, sentences in module.TOPICS)
        spam = SPAM_LEXICON[lang] if lang in VOCAB else module.SPAM_LEXICON_ENTRY
        assert set(spam) >= set(SPAM_LEXICON["en"])


def test_rows_of_legal_page_links_are_link_rows():
    """Footer rows of links to legal pages are navigation; the notices themselves are
    disclaimers."""
    assert is_link_row("Privacy Policy | Terms of Use | Cookie Policy")
    assert is_link_row("Impressum · Datenschutz · Kontakt")
    assert is_link_row("隱私政策")


def test_notices_and_registration_lines_are_not_link_rows():
    assert not is_link_row("By using this site, you agree to our Terms of Use and Privacy Policy.")
    assert not is_link_row("違法和不良信息舉報電話：010-12345678")
    assert not is_link_row("Do Not Sell or Share My Personal Information")
