"""Write ``models/MODEL_CARD.md`` from measured figures (called by :mod:`cleaner.train`)."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path

from cleaner.datasets import REPO_ROOT, data_dir, read_jsonl, seeds_dir
from cleaner.evaluate import Scores, by_language, evaluate_records, labels_of
from cleaner.pipeline import Cleaner
from cleaner.synth.vocab import LANGS

SYNTHETIC_DEV_SEED = 777  # a different seed from training: new pages, same generator

# (title, where the records come from, split); each is evaluated whole and per language.
EVAL_SETS: tuple[tuple[str, Callable[[], Path], str], ...] = (
    ("seeds: the five hand-labelled pages", lambda: seeds_dir() / "labels.jsonl", "acceptance"),
    ("devset: hand-written pages, 21 languages", lambda: REPO_ROOT / "devset" / "labels.jsonl",
     "dev"),
    ("readability.test", lambda: data_dir() / "lines/readability.test.jsonl", "test"),
    ("cwced.test (zh)", lambda: data_dir() / "lines/cwced.test.jsonl", "test"),
    ("trafilatura-snippets.dev", lambda: data_dir() / "lines/trafilatura-snippets.dev.jsonl",
     "dev"),
)


def _summary(kind: str, scores: Scores) -> str:
    text = f"line accuracy {scores.accuracy:.3f} over {scores.lines} lines"
    if kind == "four-class":
        text += f"; macro F1 {scores.macro_f1(labels_of(kind)):.3f}"
    else:
        text += f"; content F1 {scores.f1('content'):.3f}"
    if scores.token_f1:
        text += f"; token F1 {scores.mean_token_f1:.3f}"
    return text


def _table(kind: str, scores: Scores) -> list[str]:
    rows = ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for label, (p, r, f, n) in scores.per_class(labels_of(kind)).items():
        rows.append(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |")
    return rows + ["", _summary(kind, scores) + "."]


def _calibration(kind: str, scores: Scores) -> list[str]:
    error, table = scores.calibration()
    if kind == "four-class":
        rows = [f"Calibration of `Line.score` (expected calibration error {error:.3f}):", ""]
    else:
        rows = ["Calibration of `Line.score` on the lines kept as content (accuracy = share "
                f"that is content in the gold; expected calibration error {error:.3f}):", ""]
    rows += ["| mean score | accuracy | lines |", "|---|---|---|"]
    rows += [f"| {mean:.2f} | {accuracy:.2f} | {count} |" for mean, accuracy, count in table]
    return rows


def _section(cleaner: Cleaner, title: str, records: list[dict], folder: Path | None) -> str:
    kind, scores = evaluate_records(cleaner, records, folder)
    print(f"evaluated {title}: {_summary(kind, scores)}", flush=True)
    parts = [f"### {title}", ""] + _table(kind, scores)
    if scores.confidence:
        parts += [""] + _calibration(kind, scores)
    groups = by_language(records)
    if len(groups) > 1:
        parts += ["", "Per language:", ""]
        for lang, group in groups.items():
            group_kind, group_scores = evaluate_records(cleaner, group, folder)
            parts.append(f"- {lang} ({len(group)} pages): {_summary(group_kind, group_scores)}")
    return "\n".join(parts)


def write_model_card(model_path: Path, recipe: dict) -> Path:
    cleaner = Cleaner(model=model_path)
    sections = []
    for title, locate, split in EVAL_SETS:
        path = locate()
        if not path.is_file():
            sections.append(f"### {title}\n\nnot evaluated: {path} is absent.")
            continue
        sections.append(_section(cleaner, f"{title} ({split})", list(read_jsonl(path)),
                                 path.parent))
    from cleaner.synth import generate_documents

    sections.append(_section(
        cleaner, f"generated pages, seed {SYNTHETIC_DEV_SEED} (dev; same generator as training, "
        "so optimistic)", generate_documents(300, SYNTHETIC_DEV_SEED), None))

    size = model_path.stat().st_size / 1e6
    card = f"""# Model card: cleaner line classifier

File: `models/{model_path.name}` ({size:.1f} MB). Written by `python -m cleaner.train` on
{datetime.date.today().isoformat()}; every figure below was measured by that run
(`cleaner.evaluate`), none edited by hand.

## What it does
Labels every non-blank line of a page `content`, `navigation`, `disclaimer` or `spam`
from the plain text alone (no HTML). Two stages: two logistic-loss linear models (one over
hashed character 1–5-grams plus shape, position and neighbour features, one over the n-grams
alone), then gradient-boosted trees over each line's stage-1 probabilities, its neighbours'
(±3 lines), a ±5-line window and where the line sits relative to the
article (share of the page's content probability above and below it, best content line
within 8 lines), plus the dense features (stacking on out-of-fold predictions). `Line.score` is the
trees' probability with one temperature (fitted on the trafilatura dev pages, see
`score_temperature` below) that softens over-confident scores without changing any label.
See `cleaner/model.py`, `cleaner/features.py`.

## Training recipe
```
{json.dumps(recipe, indent=2, default=str)}
```
Data: the project's generator (`cleaner/synth`, {len(LANGS)} languages: {", ".join(LANGS)}; spam
vocabulary of `cleaner/synth/spam_lexicon.py` in the same languages) and the train splits
`lines/aeb.train.jsonl`, `lines/cwced.train.jsonl` of `../shared/data` (their boilerplate
mapped to navigation/disclaimer, the headline above the article mapped to content; see
`cleaner/train.py`), plus the hand-written four-class pages of `trainset/` (weight
`hand_weight` each; written without reading `devset/`). Never trained on `*.test.jsonl`, the
seed pages or `devset/`.

## Evaluation
The line sets (readability, cwced, trafilatura) only separate content from boilerplate, and
their golds count titles, bylines and dates as boilerplate while `cleaner` keeps the article
title: a small share of "errors" on them is that definition. Token F1 is the bag-of-tokens
F1 of the kept text against the gold text (each CJK character a token), macro over pages.
Test splits were run for this card only, never used to choose anything.

{chr(10).join(s + chr(10) for s in sections)}
## Limits
Plain text only: a line's label comes from its text and its neighbours; pages whose
navigation reads like prose (long teasers) and very short articles are the hardest cases.
"""
    out = model_path.parent / "MODEL_CARD.md"
    out.write_text(card, encoding="utf-8")
    print(f"wrote {out}", flush=True)
    return out
