"""Compare training configurations fairly: ``python -m cleaner.model_selection``.

One training run says little: the same configuration scores differently with another
generator seed (on the seed pages by up to 0.05 line accuracy, on held-out real pages by up
to 0.08 content F1), so a change is only better if it is better on average over several
seeds. For each generator seed this trains the model of the current checkout, as
``python -m cleaner.train`` would, on the generated pages plus two thirds of the real train
pages; the other third (:func:`cleaner.datasets.is_held_out`) is kept out of the training
pages and out of the generator's text sources, and scored. It then prints, per seed and on
average:

* ``held_real``: content F1 on the held-out real train pages (over all their lines, so a
  long page weighs more: one 435-line conference agenda is a fifth of the content lines);
* ``held_token``: content token F1 on the same pages (characters for CJK) against their gold
  text, averaged over pages: the issue's token measure, where every page counts once;
* ``traf``: content F1 on a fixed sample of the trafilatura dev pages;
* ``dev_macro``, ``dev_acc``, ``dev_spam_r``, ``dev_content_p``/``_r``: four-class figures
  on ``devset/``;
* ``seeds``: line accuracy on the seed pages (acceptance; a gate, not a target to tune);
* ``held_ece``, ``dev_ece``: calibration errors of ``Line.score`` with the temperature fitted
  as ``cleaner.train`` fits it: on the held-out real pages for the lines kept as content
  (what a user's threshold relies on), on ``devset/`` over the four classes.

``--real-fraction F`` trains on a fixed, nested share of the real pages instead of all of
them: the learning curve that tells whether more real labelled pages would help.

Never reads a test split. Run it in two checkouts (or before and after a change) with the
same seeds and compare the means; ``--out`` appends one JSON line per run for later.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from cleaner.datasets import REPO_ROOT, data_dir, is_held_out, read_jsonl, seeds_dir
from cleaner.document import LABELS
from cleaner.evaluate import score_four_class, score_lines_records
from cleaner.train import (
    CALIBRATION_FILE,
    HAND_WEIGHT,
    build_training_set,
    load_calibration,
    real_train_pages,
)

DEFAULT_SEEDS = (20261121, 7, 11, 3)
DEVSET = REPO_ROOT / "devset"
MEASURES = ("held_real", "held_token", "traf", "dev_macro", "dev_acc", "dev_spam_r",
            "dev_content_p", "dev_content_r", "seeds", "held_ece", "dev_ece")


def _held_out(record: dict) -> bool:
    return is_held_out(record["id"])


def in_fraction(page_id: str, fraction: float) -> bool:
    """Whether a page is among a fixed ``fraction`` of pages (a hash of its id, independent
    of :func:`is_held_out`): smaller fractions are subsets of larger ones."""
    digest = hashlib.sha1(f"real-fraction:{page_id}".encode()).hexdigest()
    return int(digest, 16) % 10_000 < fraction * 10_000


def training_exclusion(real_fraction: float = 1.0):
    """Which real pages training leaves out: the held-out third, and with
    ``real_fraction`` < 1 the pages outside that share of the rest (a learning curve)."""
    if real_fraction >= 1.0:
        return _held_out
    return lambda record: _held_out(record) or not in_fraction(record["id"], real_fraction)


def held_out_pages() -> list[dict]:
    """The real train pages kept out of training, with their content/boilerplate labels."""
    return [record for record in real_train_pages() if _held_out(record)]


def trafilatura_sample(size: int) -> list[dict]:
    """A fixed sample of the trafilatura dev pages (the whole file takes minutes)."""
    pages = list(read_jsonl(data_dir() / CALIBRATION_FILE))
    random.Random(0).shuffle(pages)
    return pages[:size]


@dataclass
class EvaluationPages:
    """Every page set a configuration is scored on, read once for all seeds."""

    held_out: list[dict]
    trafilatura: list[dict]
    devset: list[dict]
    seeds: list[dict]
    calibration: tuple[list[list[str]], list[list]]  # what LineClassifier.calibrate reads

    @classmethod
    def load(cls, traf_pages: int) -> EvaluationPages:
        return cls(held_out_pages(), trafilatura_sample(traf_pages),
                   list(read_jsonl(DEVSET / "labels.jsonl")),
                   list(read_jsonl(seeds_dir() / "labels.jsonl")), load_calibration())


def train_and_score(seed: int, synthetic: int, real_weight: float,
                    pages: EvaluationPages, real_fraction: float = 1.0,
                    hand_weight: float = HAND_WEIGHT) -> dict:
    """Train the current checkout's model at one generator seed and score it."""
    from threadpoolctl import threadpool_limits

    from cleaner.model import LineClassifier
    from cleaner.pipeline import Cleaner

    started = time.time()
    docs, labels, weights, _ = build_training_set(
        synthetic, seed, real_weight, exclude=training_exclusion(real_fraction),
        hand_weight=hand_weight)
    with threadpool_limits(1):
        model = LineClassifier(random_state=seed).fit(docs, labels, sample_weight=weights)
        model.calibrate(*pages.calibration)
        cleaner = Cleaner(model=model)
        figures = {"seed": seed}
        held = score_lines_records(cleaner, pages.held_out)
        figures["held_real"] = held.f1("content")
        figures["held_token"] = held.mean_token_f1
        figures["held_ece"] = held.calibration()[0]
        traf = score_lines_records(cleaner, pages.trafilatura)
        figures["traf"] = traf.f1("content")
        dev = score_four_class(cleaner, pages.devset, DEVSET)
        per_class = dev.per_class(list(LABELS))
        figures["dev_macro"] = dev.macro_f1(list(LABELS))
        figures["dev_acc"] = dev.accuracy
        figures["dev_spam_r"] = per_class["spam"][1]
        figures["dev_content_p"], figures["dev_content_r"] = per_class["content"][:2]
        figures["dev_ece"] = dev.calibration()[0]
        figures["seeds"] = score_four_class(cleaner, pages.seeds, seeds_dir()).accuracy
    figures = {k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}
    figures["seconds"] = round(time.time() - started)
    return figures


def format_table(rows: list[dict]) -> str:
    header = f"{'seed':>10}" + "".join(f"{m:>15}" for m in MEASURES)
    lines = [header] + [f"{r['seed']:>10}" + "".join(f"{r[m]:>15.4f}" for m in MEASURES)
                        for r in rows]
    if len(rows) > 1:
        lines.append(f"{'mean':>10}" + "".join(
            f"{sum(r[m] for r in rows) / len(rows):>15.4f}" for m in MEASURES))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=list(DEFAULT_SEEDS),
                        help="generator seeds (default: %(default)s)")
    parser.add_argument("--synthetic", type=int, default=1500, help="generated pages")
    parser.add_argument("--real-weight", type=float, default=1.0)
    parser.add_argument("--hand-weight", type=float, default=HAND_WEIGHT,
                        help="weight of a trainset/ page (0 leaves them out)")
    parser.add_argument("--real-fraction", type=float, default=1.0,
                        help="train on this share of the not held-out real pages "
                             "(a learning curve in real data; default all)")
    parser.add_argument("--traf-pages", type=int, default=300,
                        help="trafilatura dev pages scored (fixed sample)")
    parser.add_argument("--tag", default="", help="a name for this configuration in --out")
    parser.add_argument("--out", type=Path, help="append one JSON line per seed to this file")
    args = parser.parse_args(argv)
    pages = EvaluationPages.load(args.traf_pages)
    rows = []
    for seed in args.seeds:
        row = train_and_score(seed, args.synthetic, args.real_weight, pages,
                              args.real_fraction, args.hand_weight)
        rows.append(row)
        print(json.dumps(row), flush=True)
        if args.out:
            with open(args.out, "a", encoding="utf-8") as handle:
                handle.write(json.dumps({"tag": args.tag, **row}) + "\n")
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
