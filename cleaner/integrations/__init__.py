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
