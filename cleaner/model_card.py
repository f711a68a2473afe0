"""Write ``models/MODEL_CARD.md`` from measured figures (called by :mod:`cleaner.train`)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from cleaner.datasets import data_dir, seeds_dir
from cleaner.document import LABELS
from cleaner.evaluate import Scores, evaluate_file, score_four_class
from cleaner.pipeline import Cleaner

EVAL_SETS = (
    ("seeds (acceptance, 5 hand-labelled pages)", lambda: seeds_dir() / "labels.jsonl", "test"),
    ("readability.test", lambda: data_dir() / "lines/readability.test.jsonl", "test"),
    ("cwced.test (zh)", lambda: data_dir() / "lines/cwced.test.jsonl", "test"),
    ("trafilatura-snippets.dev", lambda: data_dir() / "lines/trafilatura-snippets.dev.jsonl",
     "dev"),
)
SYNTHETIC_DEV_SEED = 777  # a different seed from training: new pages, same generator


def _table(kind: str, scores: Scores) -> list[str]:
    labels = list(LABELS) if kind == "four-class" else ["content", "rest"]
    rows = ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for label, (p, r, f, n) in scores.per_class(labels).items():
        rows.append(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |")
    extra = f"Line accuracy {scores.accuracy:.3f} over {scores.lines} lines."
    if scores.token_f1:
        extra += (f" Token F1 (macro over {len(scores.token_f1)} pages): "
                  f"{sum(scores.token_f1) / len(scores.token_f1):.3f}.")
    if kind == "four-class":
        f1s = [v[2] for v in scores.per_class(labels).values()]
        extra += f" Macro F1 {sum(f1s) / len(f1s):.3f}."
    return rows + ["", extra]


def write_model_card(model_path: Path, recipe: dict) -> Path:
    cleaner = Cleaner(model=model_path)
    sections = []
    for title, locate, split in EVAL_SETS:
        path = locate()
        if not path.is_file():
            sections.append(f"### {title}\n\nnot evaluated: {path} is absent.")
            continue
        kind, scores = evaluate_file(cleaner, path)
        print(f"evaluated {title}: accuracy {scores.accuracy:.3f}", flush=True)
        sections.append("\n".join([f"### {title} ({split}, {kind})", ""] + _table(kind, scores)))
    try:
        from cleaner.synth import generate_documents

        records = generate_documents(300, SYNTHETIC_DEV_SEED)
        scores = score_four_class(cleaner, records)
        sections.append("\n".join(
            [f"### generated pages, seed {SYNTHETIC_DEV_SEED} (dev, four-class; same generator "
             "as training, so optimistic)", ""] + _table("four-class", scores)))
    except ImportError:
        pass

    size = model_path.stat().st_size / 1e6
    card = f"""# Model card: cleaner line classifier

File: `models/{model_path.name}` ({size:.1f} MB). Written by `python -m cleaner.train` on
{datetime.date.today().isoformat()}; every figure below was measured by that run
(`cleaner.evaluate`), none edited by hand.

## What it does
Labels every non-blank line of a page `content`, `navigation`, `disclaimer` or `spam`
from the plain text alone (no HTML). Two stages: a logistic-loss linear model over hashed
character 1–4-grams plus shape, position and neighbour features, then gradient-boosted trees
over each line's stage-1 probabilities, its neighbours' (±3 lines), a ±5-line window and the
page mean (stacking on out-of-fold predictions). See `cleaner/model.py`, `cleaner/features.py`.

## Training recipe
```
{json.dumps(recipe, indent=2, default=str)}
```
Data: the project's generator (`cleaner/synth`, 11 languages) and the train splits
`lines/aeb.train.jsonl`, `lines/cwced.train.jsonl` of `../shared/data` (their boilerplate
mapped to navigation/disclaimer, the headline above the article mapped to content; see
`cleaner/train.py`). Never trained on `*.test.jsonl` nor on the seed pages.

## Evaluation
The line sets (readability, cwced, trafilatura) only separate content from boilerplate, and
their golds count titles, bylines and dates as boilerplate while `cleaner` keeps the article
title: a small share of "errors" on them is that definition. Test splits were run once for
this card, never used to choose anything.

{chr(10).join(s + chr(10) for s in sections)}
## Limits
Plain text only: a line's label comes from its text and its neighbours; pages whose
navigation reads like prose (long teasers) and very short articles are the hardest cases.
"""
    out = model_path.parent / "MODEL_CARD.md"
    out.write_text(card, encoding="utf-8")
    print(f"wrote {out}", flush=True)
    return out
