"""Evaluate a model on line-labelled data: ``python -m cleaner.evaluate FILE...``.

Two formats are understood:

* the ``../shared/data/lines`` format (``{"lines": [{"text", "label"}], "gold"}`` with labels
  ``content``/``boilerplate``/``null``): content-vs-rest line P/R/F1, plus bag-of-token F1 of the
  kept text against the gold text (each CJK character is a token), as in Bevendorff et al. 2023;
* seed labels (``{"file", "lines": [{"text", "label", "alt"?}]}``): four-class per-label
  P/R/F1 and line accuracy; a line's ``alt`` labels also count as correct. When the page file
  sits next to the labels it is analysed from its raw bytes, so repair is part of the test.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cleaner.datasets import read_jsonl
from cleaner.document import LABELS
from cleaner.pipeline import Cleaner

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN_RE = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+")
_PUNCT = ".,;:!?\"'()[]{}<>«»“”‘’„…-–—*#|/\\。，、；：！？（）【】《》「」『』·"


def tokens(text: str) -> list[str]:
    out = []
    for token in _TOKEN_RE.findall(text.lower()):
        token = token.strip(_PUNCT)
        if token:
            out.append(token)
    return out


def prf(tp: float, predicted: float, actual: float) -> tuple[float, float, float]:
    if predicted == 0 and actual == 0:
        return 1.0, 1.0, 1.0
    precision = tp / predicted if predicted else 1.0
    recall = tp / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class Scores:
    """Confusion counts over lines (gold label -> predicted label) and token F1 per doc."""

    confusion: Counter = field(default_factory=Counter)
    token_f1: list[float] = field(default_factory=list)
    lines: int = 0
    correct: int = 0
    confidence: list[tuple[float, bool]] = field(default_factory=list)  # (score, was right)

    def add(self, gold: str, predicted: str, score: float | None, right: bool) -> None:
        self.confusion[(gold, predicted)] += 1
        self.lines += 1
        self.correct += right
        if score is not None:
            self.confidence.append((score, right))

    def calibration(self, bins: int = 10) -> tuple[float, list[tuple[float, float, int]]]:
        """Expected calibration error and (mean score, accuracy, count) per score bin."""
        table, total, error = [], len(self.confidence), 0.0
        for b in range(bins):
            lo, hi = b / bins, (b + 1) / bins
            members = [(s, r) for s, r in self.confidence if lo <= s < hi or (b == bins - 1
                                                                              and s == 1.0)]
            if not members:
                continue
            mean = sum(s for s, _ in members) / len(members)
            accuracy = sum(r for _, r in members) / len(members)
            table.append((mean, accuracy, len(members)))
            error += abs(mean - accuracy) * len(members) / max(1, total)
        return error, table

    def per_class(self, labels: list[str]) -> dict[str, tuple[float, float, float, int]]:
        out = {}
        for label in labels:
            tp = self.confusion[(label, label)]
            predicted = sum(v for (g, p), v in self.confusion.items() if p == label)
            actual = sum(v for (g, p), v in self.confusion.items() if g == label)
            out[label] = (*prf(tp, predicted, actual), actual)
        return out

    @property
    def accuracy(self) -> float:
        return self.correct / self.lines if self.lines else 0.0

    def f1(self, label: str) -> float:
        return self.per_class([label])[label][2]

    def macro_f1(self, labels: list[str]) -> float:
        f1s = [v[2] for v in self.per_class(labels).values()]
        return sum(f1s) / len(f1s)

    @property
    def mean_token_f1(self) -> float:
        """Token F1 averaged over documents (each page counts once); 0 without golds."""
        return sum(self.token_f1) / len(self.token_f1) if self.token_f1 else 0.0


def is_four_class(record: dict) -> bool:
    """Seed-style records carry the four labels; the shared line sets say boilerplate."""
    return "gold" not in record and all(
        x["label"] in LABELS or x["label"] is None for x in record["lines"])


def score_lines_records(cleaner: Cleaner, records: list[dict], batch: int = 32) -> Scores:
    """Content-vs-rest on the shared lines format; lines with a null label are not scored."""
    scores = Scores()
    for start in range(0, len(records), batch):
        chunk = records[start:start + batch]
        docs = cleaner.analyze_many(["\n".join(x["text"] for x in r["lines"]) for r in chunk])
        for record, doc in zip(chunk, docs):
            for gold_line, line in zip(record["lines"], doc.lines):
                gold = gold_line["label"]
                if gold is None:
                    continue
                gold = "content" if gold == "content" else "rest"
                predicted = "content" if line.label == "content" else "rest"
                # Only a kept line's score is P(content); its calibration is what a
                # user's "drop content lines under 0.6" threshold relies on.
                score = line.score if predicted == "content" else None
                scores.add(gold, predicted, score, gold == predicted)
            if record.get("gold"):
                kept = Counter(tokens(doc.text))
                gold_tokens = Counter(tokens(record["gold"]))
                tp = sum((kept & gold_tokens).values())
                scores.token_f1.append(prf(tp, sum(kept.values()), sum(gold_tokens.values()))[2])
    return scores


def _find_page(folder: Path | None, name: str | None) -> Path | None:
    """Pages sit next to their labels file or in its pages/ subfolder."""
    if not folder or not name:
        return None
    return next((p for p in (folder / name, folder / "pages" / name) if p.is_file()), None)


def score_four_class(cleaner: Cleaner, records: list[dict], folder: Path | None = None) -> Scores:
    """Four classes; a prediction in a line's ``alt`` labels counts as its gold label."""
    scores = Scores()
    for record in records:
        page = _find_page(folder, record.get("file"))
        data: str | bytes = page.read_bytes() if page and page.is_file() else \
            "\n".join(x["text"] for x in record["lines"])
        doc = cleaner.analyze(data)
        if len(doc.lines) != len(record["lines"]):
            raise ValueError(f"{page}: {len(doc.lines)} lines analysed, "
                             f"{len(record['lines'])} labelled")
        for gold_line, line in zip(record["lines"], doc.lines):
            gold = gold_line["label"]
            if gold is None:
                continue
            accepted = {gold, *gold_line.get("alt", [])}
            right = line.label in accepted
            scores.add(gold, gold if right else line.label, line.score, right)
    return scores


def evaluate_records(cleaner: Cleaner, records: list[dict], folder: Path | None = None
                     ) -> tuple[str, Scores]:
    if records and all(is_four_class(r) for r in records):
        return "four-class", score_four_class(cleaner, records, folder)
    return "lines", score_lines_records(cleaner, records)


def evaluate_file(cleaner: Cleaner, path: Path) -> tuple[str, Scores]:
    return evaluate_records(cleaner, list(read_jsonl(path)), path.parent)


def by_language(records: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for record in records:
        groups.setdefault(record.get("lang") or "?", []).append(record)
    return dict(sorted(groups.items()))


def labels_of(kind: str) -> list[str]:
    """The labels a kind of labelled set is scored on: the four classes, or content vs rest."""
    return list(LABELS) if kind == "four-class" else ["content", "rest"]


def format_scores(name: str, kind: str, scores: Scores) -> str:
    labels = labels_of(kind)
    rows = [f"## {name}  ({scores.lines} lines, accuracy {scores.accuracy:.3f})",
            f"{'label':<12}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}"]
    for label, (p, r, f, n) in scores.per_class(labels).items():
        rows.append(f"{label:<12}{p:>10.3f}{r:>10.3f}{f:>10.3f}{n:>10d}")
    if scores.token_f1:
        rows.append(f"token F1 (macro over {len(scores.token_f1)} docs): "
                    f"{scores.mean_token_f1:.3f}")
    if kind == "four-class":
        rows.append(f"macro F1: {scores.macro_f1(labels):.3f}   "
                    f"calibration error (ECE): {scores.calibration()[0]:.3f}")
    elif scores.confidence:
        rows.append("calibration error (ECE) of the content lines' scores: "
                    f"{scores.calibration()[0]:.3f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="line-labelled JSONL files")
    parser.add_argument("--model", type=Path, default=None, help="model file (default: shipped)")
    parser.add_argument("--by-language", action="store_true", help="also score each language")
    args = parser.parse_args(argv)
    cleaner = Cleaner(model=args.model)
    for path in args.files:
        records = list(read_jsonl(path))
        kind, scores = evaluate_records(cleaner, records, path.parent)
        print(format_scores(str(path), kind, scores))
        print()
        if args.by_language:
            for lang, group in by_language(records).items():
                kind, scores = evaluate_records(cleaner, group, path.parent)
                print(format_scores(f"{path} [{lang}]", kind, scores))
                print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
