"""Where the project's external data lives and how to read it (training and evaluation only).

The data is never copied into the repository: it is read from ``../shared`` beside the
repository root, or from the folder named by the ``CLEANER_SHARED_DIR`` environment variable.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """The shared folder (holds data/, seeds/, research/)."""
    configured = os.environ.get("CLEANER_SHARED_DIR")
    return Path(configured) if configured else REPO_ROOT.parent / "shared"


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
