"""Adapters that run cleaner inside engines users already have (datatrove, Ray Data, Spark).

Each adapter lives in its own module and imports its engine only there, so importing
``cleaner`` or ``cleaner.integrations`` never pulls in datatrove, Ray or pandas:

- :mod:`cleaner.integrations.datatrove` - ``CleanerStep``, a datatrove ``PipelineStep``
  (``pip install "cleaner[datatrove]"``);
- :mod:`cleaner.integrations.ray` - ``BatchCleaner``, a callable class for
  ``ray.data.Dataset.map_batches`` that also works on plain pandas batches, e.g. in PySpark's
  ``mapInPandas`` (``pip install "cleaner[ray]"``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

#: Characters per model call. Model calls cost more than linearly in their size beyond this
#: (measured: 64 pages of ~10 K chars cost 1.7x the CPU of 8 at a time), while many short
#: documents per call save the per-call overhead.
MAX_BATCH_CHARS = 100_000


def thread_limit(threads: int | None):
    """A context that caps OpenMP/BLAS threads at ``threads`` (``None``: no cap).

    Engines run one worker per core; a model that also starts one OpenMP thread per core in
    every worker oversubscribes the machine, and spin-waiting threads then make prediction
    orders of magnitude slower. threadpoolctl comes with scikit-learn: no new dependency.
    """
    if threads is None:
        return contextlib.nullcontext()
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=threads)


def budget_batches(items: Iterable[T], max_items: int, size: Callable[[T], int],
                   max_chars: int = MAX_BATCH_CHARS) -> Iterator[list[T]]:
    """Group ``items`` in order into lists of at most ``max_items`` items and ``max_chars``
    characters as measured by ``size`` (an item larger than that is a batch of its own)."""
    batch: list[T] = []
    chars = 0
    for item in items:
        n = size(item)
        if batch and (len(batch) >= max_items or chars + n > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += n
    if batch:
        yield batch
