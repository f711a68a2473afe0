"""Rebuild the shipped line classifier: ``python -m cleaner.train``.

Training material, all with a fixed seed:

* pages from the project's own generator (:mod:`cleaner.synth`): four classes in the
  languages of :data:`cleaner.synth.vocab.LANGS`;
* the ``train`` files of ``../shared/data/lines`` (real pages, content vs boilerplate). Their
  boilerplate is split into navigation and disclaimer by :func:`relabel_real`, and the headline
  line just above the article (boilerplate in those golds) becomes content, as ``cleaner``
  keeps titles.
* ``trainset/``: hand-written pages with four-class labels in many languages (the kinds
  of page the generator renders poorly: Q&A threads, shops, wikis, notices, hacked pages),
  weighted :data:`HAND_WEIGHT` each. Never ``devset/``, which only measures.

Never touches ``*.test.jsonl`` or the seed pages. Writes ``models/line_classifier.joblib``,
rewrites ``models/MODEL_CARD.md`` with the figures of :mod:`cleaner.evaluate` on every dataset,
and ``models/training-constraints.txt`` with the library versions that produced both.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import time
from collections.abc import Callable, Iterator
from importlib.metadata import version
from pathlib import Path

from cleaner.datasets import (
    alignment_failed,
    data_dir,
    is_test_split,
    read_jsonl,
    trainset_dir,
)
from cleaner.document import LABELS
from cleaner.labelled_pages import read_folder
from cleaner.model import MODEL_FILENAME, LineClassifier

REAL_TRAIN_FILES = ("lines/aeb.train.jsonl", "lines/cwced.train.jsonl")
# Dev pages that set the score temperature (one number; see LineClassifier.calibrate).
CALIBRATION_FILE = "lines/trafilatura-snippets.dev.jsonl"
SEED = 20261121
# A hand-labelled page (trainset/, or a user's page added with --add) counts as four
# generated ones: with 288 trainset pages, 4 kept the real pages' share of the training
# data and scored best in model selection (5 and 3 were measured; README). Kept for 360.
HAND_WEIGHT = 4.0
# Libraries whose version changes the trained file (numerics, pickling) or the card's figures
# (decoding and repair run when the card evaluates whole pages). The same seed in another
# numpy/scipy/scikit-learn gives float32 differences that the trees amplify: a retrain in a
# fresh environment changed 60 of 1,681 devset labels. So every retrain records them.
TRAINING_PACKAGES = ("numpy", "scipy", "scikit-learn", "joblib", "chardet", "ftfy")
CONSTRAINTS_FILENAME = "training-constraints.txt"

_DISCLAIMER_RE = re.compile(
    r"copyright|©|all rights reserved|cookie|privacy|terms of (?:use|service)|disclaimer"
    r"|版权|版權|免责|免責|隐私|隱私|转载|轉載|著作権|無断転載|datenschutz|impressum"
    r"|droits réservés|derechos reservados|diritti riservati|direitos reservados"
    r"|конфиденциальност|права защищены|저작권|무단",
    re.I,
)
_COMPACT_RE = re.compile(r"[\W_]+")


def _compact(text: str) -> str:
    return _COMPACT_RE.sub("", text.lower())


def _is_headline_of(candidate: str, page_title: str) -> bool:
    """The h1 above an article usually repeats the page <title> (minus the site name)."""
    c, t = _compact(candidate), _compact(page_title)
    return len(c) >= 10 and (c in t or (t and t in c))


def relabel_real(lines: list[dict]) -> list[str | None]:
    """Map content/boilerplate labels of the shared line sets onto the four classes."""
    texts = [x["text"] for x in lines]
    labels: list[str | None] = []
    for x in lines:
        if x["label"] is None:
            labels.append(None)
        elif x["label"] == "content":
            labels.append("content")
        else:
            labels.append("disclaimer" if _DISCLAIMER_RE.search(x["text"]) else "navigation")
    first = next((i for i, lab in enumerate(labels) if lab == "content"), None)
    if first:
        for j in range(first - 1, max(0, first - 6), -1):
            if _is_headline_of(texts[j], texts[0]):
                labels[j] = "content"
                break
    if labels and labels[0] == "navigation" and _is_page_title(texts[0]):
        labels[0] = "content"  # the extraction's first line is the page <title>
    return labels


def _is_page_title(text: str) -> bool:
    """A page title line, not a menu or a site name alone."""
    words = len(text.split()) + sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") // 2
    return 4 <= words and len(text) <= 200 and text.count("|") <= 1 and "http" not in text


def load_real(files: tuple[str, ...] = REAL_TRAIN_FILES,
              exclude: Callable[[dict], bool] | None = None
              ) -> tuple[list[list[str]], list[list]]:
    """Real train pages with four-class labels; ``exclude`` drops pages (model selection)."""
    docs, labels = [], []
    for record in real_train_pages(files):
        if exclude and exclude(record):
            continue
        if any(x["label"] is None for x in record["lines"]):
            continue  # partially labelled pages cannot teach the unlabelled lines
        docs.append([x["text"] for x in record["lines"]])
        labels.append(relabel_real(record["lines"]))
    return docs, labels


def real_train_pages(files: tuple[str, ...] = REAL_TRAIN_FILES) -> Iterator[dict]:
    """The real train pages whose labels are usable, for training and for model selection's
    held-out scoring alike: never a test split, never a page whose alignment failed."""
    for name in files:
        path = data_dir() / name
        if is_test_split(path):
            raise ValueError(f"refusing to train on a test split: {path}")
        yield from (record for record in read_jsonl(path) if not alignment_failed(record))


def load_hand_labelled(folder: Path | None = None) -> tuple[list[list[str]], list[list]]:
    """The hand-written training pages (``trainset/src/*.lbl``); their first label counts."""
    folder = folder or trainset_dir()
    if not folder.is_dir():
        raise FileNotFoundError(f"hand-labelled training pages not found: {folder} (run "
                                "training from a checkout's root, or pass --hand-weight 0)")
    return texts_and_labels(read_folder(folder))


def load_synthetic(n: int, seed: int) -> tuple[list[list[str]], list[list]]:
    from cleaner.synth import generate_documents

    return texts_and_labels(generate_documents(n, seed))


def texts_and_labels(records: list[dict]) -> tuple[list[list[str]], list[list]]:
    """Per page, its line texts and their (first) labels: the model's ``X`` and ``y``."""
    return ([[x["text"] for x in r["lines"]] for r in records],
            [[x["label"] for x in r["lines"]] for r in records])


def load_calibration(name: str = CALIBRATION_FILE) -> tuple[list[list[str]], list[list]]:
    """Pages and per-line is-content flags (None where unlabelled) of a dev file."""
    path = data_dir() / name
    if is_test_split(path):
        raise ValueError(f"refusing to calibrate on a test split: {path}")
    docs, flags = [], []
    for record in read_jsonl(path):
        docs.append([x["text"] for x in record["lines"]])
        flags.append([None if x["label"] is None else x["label"] == "content"
                      for x in record["lines"]])
    return docs, flags


def load_user_pages(path: Path) -> tuple[list[list[str]], list[list]]:
    """A user's own labelled pages: JSONL, one page per line, ``{"lines": [{"text",
    "label"}]}`` with the four labels (or ``content``/``boilerplate``, split as the shared
    data is, or null for a line not to learn from)."""
    docs, labels = [], []
    for number, record in enumerate(read_jsonl(path), 1):
        lines = record.get("lines")
        if not isinstance(lines, list) or not all(isinstance(x, dict) and "text" in x
                                                  for x in lines):
            raise ValueError(f"{path}:{number}: expected {{'lines': [{{'text', 'label'}}]}}")
        found = {x.get("label") for x in lines} - {None}
        if found <= set(LABELS):
            page_labels = [x.get("label") for x in lines]
        elif found <= {"content", "boilerplate"}:
            page_labels = relabel_real([{"text": x["text"], "label": x.get("label")}
                                        for x in lines])
        else:
            raise ValueError(f"{path}:{number}: unknown labels {sorted(found - set(LABELS))}")
        docs.append([x["text"] for x in lines])
        labels.append(page_labels)
    return docs, labels


def build_training_set(n_synthetic: int, seed: int, real_weight: float,
                       user_files: tuple[Path, ...] = (), user_weight: float = 1.0,
                       exclude: Callable[[dict], bool] | None = None,
                       hand_weight: float = HAND_WEIGHT):
    from cleaner.synth import sources

    real_docs, real_labels = load_real(exclude=exclude)
    # Excluded pages must not reach the generated pages through its text sources either.
    sources.exclude_pages(exclude)
    try:
        syn_docs, syn_labels = load_synthetic(n_synthetic, seed) if n_synthetic else ([], [])
    finally:
        sources.exclude_pages(None)
    user_docs: list[list[str]] = []
    user_labels: list[list] = []
    for path in user_files:
        d, lab = load_user_pages(path)
        user_docs += d
        user_labels += lab
    hand_docs, hand_labels = load_hand_labelled() if hand_weight > 0 else ([], [])
    docs = syn_docs + real_docs + hand_docs + user_docs
    labels = syn_labels + real_labels + hand_labels + user_labels
    weights = ([1.0] * len(syn_docs) + [real_weight] * len(real_docs)
               + [hand_weight] * len(hand_docs) + [user_weight] * len(user_docs))
    return docs, labels, weights, {"synthetic": len(syn_docs), "real": len(real_docs),
                                   "hand": len(hand_docs), "user": len(user_docs)}


def training_environment() -> dict[str, str]:
    """Python and the versions of TRAINING_PACKAGES this process runs with."""
    return {"python": platform.python_version()} | {name: version(name)
                                                     for name in TRAINING_PACKAGES}


def write_constraints(folder: Path, environment: dict[str, str]) -> Path:
    """pip constraints that reinstall the environment a model was trained in."""
    path = folder / CONSTRAINTS_FILENAME
    lines = ["# Written by python -m cleaner.train: the environment that trained the model",
             "# beside this file. `pip install -e \".[dev]\" -c THIS_FILE` and the same",
             "# command retrain it byte for byte.", f"# python {environment['python']}"]
    lines += [f"{name}=={environment[name]}" for name in TRAINING_PACKAGES]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Retrain the shipped line classifier.")
    parser.add_argument("--synthetic", type=int, default=1500, help="generated pages")
    parser.add_argument("--real-weight", type=float, default=1.0,
                        help="sample weight of a real page relative to a generated one")
    parser.add_argument("--add", type=Path, action="append", default=[], metavar="JSONL",
                        help="your own labelled pages to train on as well (repeatable): "
                             '{"lines": [{"text": ..., "label": ...}]} per line')
    parser.add_argument("--add-weight", type=float, default=HAND_WEIGHT,
                        help="sample weight of one of your pages relative to a generated one")
    parser.add_argument("--hand-weight", type=float, default=HAND_WEIGHT,
                        help="sample weight of a trainset/ page relative to a generated one "
                             "(0 leaves them out)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=Path("models") / MODEL_FILENAME,
                        help="where to write the model (default: models/ of the current "
                             "directory, i.e. run from the repository root)")
    parser.add_argument("--calibration", default=CALIBRATION_FILE,
                        help="dev file (under ../shared/data) that sets the score temperature; "
                             "'' to skip")
    parser.add_argument("--no-card", action="store_true", help="do not rewrite MODEL_CARD.md")
    args = parser.parse_args(argv)

    started = time.time()
    docs, labels, weights, counts = build_training_set(
        args.synthetic, args.seed, args.real_weight, tuple(args.add), args.add_weight,
        hand_weight=args.hand_weight)
    n_lines = sum(1 for doc in labels for lab in doc if lab is not None)
    print(f"training on {counts} pages, {n_lines} labelled lines", flush=True)
    # One native thread: on a shared machine OpenMP spin-waiting makes the tree stage many
    # times slower, and the result does not depend on the thread count.
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        model = LineClassifier(random_state=args.seed, verbose=1).fit(docs, labels,
                                                                      sample_weight=weights)
        if args.calibration:
            temperature = model.calibrate(*load_calibration(args.calibration))
            print(f"score temperature {temperature:.2f} (fitted on {args.calibration})",
                  flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    size_mb = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size_mb:.1f} MB) in {time.time() - started:.0f} s", flush=True)
    if not args.no_card:
        from cleaner.model_card import write_model_card

        label_counts = {lab: sum(doc.count(lab) for doc in labels) for lab in LABELS}
        environment = training_environment()
        write_model_card(args.out, vars(args) | {
            "pages": counts, "lines": label_counts,
            "score_temperature": round(getattr(model, "temperature_", 1.0), 3),
            "environment": environment})
        write_constraints(args.out.parent, environment)
    return 0


if __name__ == "__main__":
    sys.exit(main())
