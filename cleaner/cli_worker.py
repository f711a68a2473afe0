"""What clean-files' worker processes run: analyse a batch of documents, return small results.

Each worker receives the (picklable, lazily loading) :class:`~cleaner.Cleaner` once, so it
loads the model once. Results carry only what the writer needs — the clean text, per-label
line counts, repair counts and, when asked, per-line labels — not whole Document objects.
"""

from __future__ import annotations

import gc
import importlib.abc
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from cleaner.document import Document
from cleaner.errors import ModelError
from cleaner.pipeline import Cleaner

_cleaner: Cleaner | None = None

# Installed packages clean-files never uses but scikit-learn imports when it finds them
# (pandas, and pyarrow through it): ~170 MB per process, most of a worker's memory.
UNUSED_HEAVY_PACKAGES = ("pandas", "pyarrow")


class _SkipUnusedPackages(importlib.abc.MetaPathFinder):
    """Makes UNUSED_HEAVY_PACKAGES look not installed, as they are optional to scikit-learn
    (it tries ``import pandas`` and carries on without it). Only for clean-files' own
    processes, which run no user code."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname.partition(".")[0] in UNUSED_HEAVY_PACKAGES:
            raise ModuleNotFoundError(f"{fullname} is not loaded by clean-files", name=fullname)
        return None


def skip_unused_packages() -> _SkipUnusedPackages | None:
    """Keep pandas and pyarrow out of this process if nothing has imported them yet;
    returns the hook it installed, if any."""
    if any(name in sys.modules for name in UNUSED_HEAVY_PACKAGES) or \
            any(isinstance(finder, _SkipUnusedPackages) for finder in sys.meta_path):
        return None
    finder = _SkipUnusedPackages()
    sys.meta_path.insert(0, finder)
    return finder


@contextmanager
def unused_packages_skipped() -> Iterator[None]:
    """skip_unused_packages() for the duration of a clean-files run: when clean-files' main
    is called from a user's Python process, pandas is importable again afterwards (forked
    workers keep the hook, they run clean-files only)."""
    finder = skip_unused_packages()
    try:
        yield
    finally:
        if finder is not None and finder in sys.meta_path:
            sys.meta_path.remove(finder)


@dataclass
class DocResult:
    """The outcome for one document: ``error`` is set when it could not be cleaned."""

    text: str = ""
    encoding: str | None = None
    labels: dict | None = None  # per-label line counts ("blank" for whitespace-only lines)
    repairs: dict | None = None  # repair name -> count (document and line repairs)
    lines: list | None = None  # per-line [text, label, score, repairs] when asked
    doc_repairs: list | None = None
    error: str | None = None


def init_worker(cleaner: Cleaner, parent: int) -> None:
    """Keep the Cleaner for this process; Ctrl-C is handled by the parent, not by workers."""
    global _cleaner
    _cleaner = cleaner
    skip_unused_packages()  # a fork server or spawned worker has not loaded the model yet
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the parent's
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def preload(cleaner: Cleaner) -> None:
    """Load the model and every lazily built table in this process before workers are
    forked from it: they then share those pages copy-on-write instead of each loading its
    own copy (the model, the character and mojibake language models, the pinyin table and
    the feature tables are most of a worker's memory). Nothing here runs the model, so no
    OpenMP threads exist when the fork happens. Errors resurface in the workers."""
    from cleaner import features, gbk_resync, mojibake_lm, pinyin

    try:
        _ = cleaner.model
        gbk_resync.load_tables()  # with the character model it scores by
        mojibake_lm.load_model()
        pinyin.syllables()
        features.load_tables()
    except Exception:
        pass
    gc.freeze()  # the collector must not write to the shared objects' headers (copy-on-write)


def warm_up() -> None:
    """Load the model ahead of the first batch (errors resurface on that batch)."""
    if _cleaner is not None:
        try:
            _ = _cleaner.model
        except Exception:
            pass


def _exit_with_parent(parent: int) -> None:
    """A worker whose clean-files process was killed (kill -9, OOM) would wait forever: leave.

    ``parent`` is the clean-files process itself (with a fork server it is not our parent).
    """
    while True:
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except OSError:
            pass
        time.sleep(1.0)


def summarise(doc: Document, want_lines: bool) -> DocResult:
    labels: Counter[str] = Counter()
    repairs: Counter[str] = Counter(doc.repairs)
    for line in doc.lines:
        labels[line.label or "blank"] += 1
        repairs.update(line.repairs)
    lines = None
    if want_lines:
        lines = [[line.text, line.label,
                  None if line.score is None else round(line.score, 4), list(line.repairs)]
                 for line in doc.lines]
    return DocResult(doc.text, doc.encoding, dict(labels), dict(repairs), lines,
                     list(doc.repairs))


def run_batch(payloads: list[str | bytes], want_lines: bool,
              cleaner: Cleaner | None = None) -> list[DocResult]:
    """Analyse ``payloads`` in one batch; if the batch fails, isolate the failing documents."""
    worker = cleaner or _cleaner
    if worker is None:
        raise RuntimeError("worker used before init_worker")
    try:
        docs = worker.analyze_many(payloads)
        return [summarise(doc, want_lines) for doc in docs]
    except ModelError:
        raise  # no document can be cleaned without the model: the parent stops the run
    except Exception:
        pass
    results = []
    for payload in payloads:
        try:
            results.append(summarise(worker.analyze(payload), want_lines))
        except ModelError:
            raise
        except Exception as exc:  # one bad document must not take its batch down
            results.append(DocResult(error=f"cleaning failed: {type(exc).__name__}: {exc}"))
    return results
