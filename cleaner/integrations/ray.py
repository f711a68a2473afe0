"""``BatchCleaner``: cleaner as a Ray Data ``map_batches`` callable class (one model per actor).

    import ray
    from cleaner.integrations.ray import BatchCleaner

    ds = ray.data.read_json("raw/")
    ds = ds.map_batches(BatchCleaner, fn_constructor_kwargs={"labels_column": "labels"},
                        concurrency=4, batch_size=256)
    ds.write_json("clean/")

A batch is a pandas DataFrame, a dict of numpy arrays (Ray's ``"numpy"``/``"default"``
format) or a pyarrow Table; the result has the same type with the text column cleaned. Nothing
here imports Ray, so the same class serves PySpark's ``mapInPandas`` (see
:func:`clean_batches`) and any other engine that hands over pandas batches.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleaner.integrations import MAX_BATCH_CHARS, budget_batches, thread_limit
from cleaner.pipeline import Cleaner

if TYPE_CHECKING:
    from cleaner.model import LineClassifier


class BatchCleaner:
    """Cleans the ``text_column`` of every record in a batch.

    Args:
        model: path to a model file (default: the shipped model) or a fitted LineClassifier.
        keep: labels that make up the cleaned text, as in :class:`~cleaner.Cleaner`.
        text_column: column holding the raw text (str, or bytes in any encoding).
        output_column: where the cleaned text goes (default: replace ``text_column``).
        labels_column: if set, a column with one label per input line (``None`` for blank lines).
        original_column: if set, a column with the text before cleaning.
        drop_empty: drop records whose cleaned text is empty (default ``False``: one record out
            per record in, so row counts stay aligned; filter later if you want).
        chunk_size, max_chunk_chars: at most this many records and characters per model call
            (a longer record goes alone): big calls cost more than linearly, and Ray's default
            batches are large.
        threads: OpenMP threads the model may use per call (default 1: one worker per core;
            oversubscribed OpenMP threads are very slow on a busy machine); ``None`` leaves the
            library default.

    The model is loaded in the constructor, i.e. once per Ray actor. A pickled BatchCleaner
    carries only its settings (unless ``model`` is a model object) and reloads the model on
    first use where it is unpickled.
    """

    def __init__(self, model: str | Path | LineClassifier | None = None,
                 keep: Iterable[str] = ("content",), text_column: str = "text",
                 output_column: str | None = None, labels_column: str | None = None,
                 original_column: str | None = None, drop_empty: bool = False,
                 chunk_size: int = 256, max_chunk_chars: int = MAX_BATCH_CHARS,
                 threads: int | None = 1):
        if chunk_size < 1:
            raise ValueError(f"chunk_size must be >= 1, not {chunk_size}")
        # A pickled Cleaner carries its model path, not the loaded model (see Cleaner):
        # every actor or task that receives this callable reloads the model once.
        self.cleaner = Cleaner(model=model, keep=keep)
        _ = self.cleaner.model  # load now: once per actor, and a bad path fails at start-up
        self.text_column = text_column
        self.output_column = output_column or text_column
        self.labels_column = labels_column
        self.original_column = original_column
        self.drop_empty = drop_empty
        self.chunk_size = chunk_size
        self.max_chunk_chars = max_chunk_chars
        self.threads = threads

    def __call__(self, batch: Any) -> Any:
        module = type(batch).__module__.split(".")[0]
        if module == "pandas":
            return self._pandas(batch)
        if module == "pyarrow":
            return self._arrow(batch)
        if isinstance(batch, dict):
            return self._columns(batch)
        raise TypeError(f"BatchCleaner takes a pandas DataFrame, a dict of columns or a pyarrow "
                        f"Table, not {type(batch).__name__}")

    # -- the work, independent of the batch format --------------------------------------
    def clean_values(self, values: Iterable[Any]) -> tuple[list[str], list[list[str | None]]]:
        """Cleaned texts and per-line labels for a column of raw values, in chunks."""
        texts = [_as_input(value) for value in values]
        cleaned: list[str] = []
        labels: list[list[str | None]] = []
        with thread_limit(self.threads):
            for chunk in budget_batches(texts, self.chunk_size, len, self.max_chunk_chars):
                for doc in self.cleaner.analyze_many(chunk):
                    cleaned.append(doc.text)
                    labels.append([line.label for line in doc.lines])
        return cleaned, labels

    # -- batch formats ------------------------------------------------------------------
    def _pandas(self, frame):
        cleaned, labels = self.clean_values(frame[self.text_column].tolist())
        out = frame.copy(deep=False)
        if self.original_column:
            out[self.original_column] = frame[self.text_column]
        out[self.output_column] = cleaned
        if self.labels_column:
            out[self.labels_column] = _object_array(labels)
        if self.drop_empty:
            out = out[[bool(text) for text in cleaned]].reset_index(drop=True)
        return out

    def _columns(self, batch: dict) -> dict:
        import numpy as np

        column = batch[self.text_column]
        cleaned, labels = self.clean_values(list(column))
        out = dict(batch)  # Ray may hand over read-only arrays: never write into them
        if self.original_column:
            out[self.original_column] = column
        out[self.output_column] = _object_array(cleaned)
        if self.labels_column:
            out[self.labels_column] = _object_array(labels)
        if self.drop_empty:
            mask = np.array([bool(text) for text in cleaned], dtype=bool)
            out = {name: _take(values, mask) for name, values in out.items()}
        return out

    def _arrow(self, table):
        import pyarrow as pa

        column = table.column(self.text_column)
        cleaned, labels = self.clean_values(column.to_pylist())
        out = table
        if self.original_column:
            out = _put(out, self.original_column, column)
        out = _put(out, self.output_column, pa.array(cleaned, type=pa.string()))
        if self.labels_column:
            out = _put(out, self.labels_column, pa.array(labels, type=pa.list_(pa.string())))
        if self.drop_empty:
            out = out.filter(pa.array([bool(text) for text in cleaned], type=pa.bool_()))
        return out


_SHARED: dict[tuple, BatchCleaner] = {}


def clean_batches(batches: Iterable[Any], **settings: Any) -> Iterator[Any]:
    """Clean an iterator of batches with one BatchCleaner per process (PySpark ``mapInPandas``).

    ``settings`` are BatchCleaner's arguments. The cleaner is cached per process and settings,
    so a reused Spark Python worker loads the model once, not once per partition.
    """
    key = tuple(sorted((name, repr(value)) for name, value in settings.items()))
    if key not in _SHARED:
        _SHARED[key] = BatchCleaner(**settings)
    cleaner = _SHARED[key]
    for batch in batches:
        yield cleaner(batch)


def _as_input(value: Any) -> str | bytes:
    """A cell as cleaner takes it: missing values (None, NaN) are empty text, never an error."""
    if isinstance(value, (str, bytes)):
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    pandas = sys.modules.get("pandas")  # pd.NA / NaT: only possible if pandas is loaded
    if pandas is not None and pandas.api.types.is_scalar(value) and pandas.isna(value):
        return ""
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    return str(value)


def _object_array(values: list):
    """A 1-D object array even when every element is a list of the same length."""
    import numpy as np

    array = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):  # element-wise: a slice assignment would broadcast lists
        array[i] = value
    return array


def _take(values, mask):
    import numpy as np

    if isinstance(values, np.ndarray):
        return values[mask]
    return [value for value, keep in zip(values, mask) if keep]


def _put(table, name: str, values):
    index = table.schema.get_field_index(name)
    if index >= 0:
        return table.set_column(index, name, values)
    return table.append_column(name, values)


__all__ = ["BatchCleaner", "clean_batches"]
