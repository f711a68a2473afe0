"""Where the project's external data lives and how to read it (training and evaluation only).

The data is never copied into the repository: it is read from ``../shared`` beside the
repository root, or from the folder named by the ``CLEANER_SHARED_DIR`` environment variable.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """The shared folder (holds data/, seeds/, research/).

    ``CLEANER_SHARED_DIR`` wins; else ``shared/`` beside the current directory (a checkout run
    from its root, as CI does with an installed package) or beside the source tree.
    """
    configured = os.environ.get("CLEANER_SHARED_DIR")
    if configured:
        return Path(configured)
    candidates = _checkout_candidates("../shared")
    return next((c for c in candidates if c.is_dir()), candidates[0])


def trainset_dir() -> Path:
    """The hand-labelled training pages, ``trainset/src`` of the checkout."""
    candidates = _checkout_candidates("trainset/src")
    return next((c for c in candidates if c.is_dir()), candidates[-1])


def _checkout_candidates(relative: str) -> list[Path]:
    """``relative`` to the checkout root: first the current directory's (CI runs an installed
    package from the checkout root), then the source tree's."""
    return [Path(os.path.normpath(root / relative)) for root in (Path.cwd().resolve(), REPO_ROOT)]


def data_dir() -> Path:
    return shared_dir() / "data"


def seeds_dir() -> Path:
    return shared_dir() / "seeds"


def read_jsonl(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def is_test_split(path: str | Path) -> bool:
    """Files marked test are for final evaluation only: training code must refuse them."""
    return ".test." in Path(path).name


def alignment_failed(record: dict) -> bool:
    """Whether a line-labelled page has a gold text but not one line aligned to it.

    Then the page's text does not hold its article and every line is labelled boilerplate,
    the article included: in ``cwced.train`` one page is undecodable GBK (77 % U+FFFD), its
    garbled article labelled boilerplate. Training on such a page teaches that article
    text is boilerplate, and scoring on it counts the article as false positives, so
    training and model selection skip it (the test splits are scored as they are).
    """
    gold = record.get("gold") or ""
    return bool(gold.strip()) and not any(x["label"] == "content" for x in record["lines"])


def is_held_out(page_id: str, folds: int = 3) -> bool:
    """Whether a train page belongs to the held-out fold of model selection.

    A fixed hash of the page id, so every checkout and every run holds out the same pages
    (one in ``folds``): comparisons between configurations are made on the same pages.
    """
    return int(hashlib.md5(page_id.encode("utf-8")).hexdigest(), 16) % folds == 0
