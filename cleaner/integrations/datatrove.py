"""``CleanerStep``: cleaner as a datatrove pipeline step (Local, Slurm and Ray executors).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanerStep

    LocalPipelineExecutor(pipeline=[JsonlReader("raw/"), CleanerStep(keep_original=True),
                                    JsonlWriter("clean/")], tasks=8).run()

The step is pickled to every task with only its settings; each task builds one
:class:`~cleaner.Cleaner` and loads the model once, then cleans documents in batches through
:meth:`~cleaner.Cleaner.analyze_many` (one model call per batch is much faster than one per
document).
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

try:
    from datatrove.data import Document as DatatroveDocument
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.utils.logging import logger
    from datatrove.utils.typeshelper import StatHints
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        'cleaner.integrations.datatrove needs datatrove: pip install "cleaner[datatrove]"'
    ) from error

from cleaner.document import LABELS, Document
from cleaner.integrations import MAX_BATCH_CHARS, budget_batches, thread_limit
from cleaner.pipeline import Cleaner

if TYPE_CHECKING:
    from cleaner.model import LineClassifier

#: ``doc.metadata`` keys written by :class:`CleanerStep` (flat, so Parquet writers can store them).
ORIGINAL_KEY = "original_text"
LABELS_KEY = "cleaner_labels"
SCORES_KEY = "cleaner_scores"
REPAIRS_KEY = "cleaner_repairs"
DOC_REPAIRS_KEY = "cleaner_doc_repairs"
ERROR_KEY = "cleaner_error"
DROP_REASON = "cleaner_empty"


class CleanerStep(PipelineStep):
    """Cleans ``doc.text`` in place: repaired content lines only, navigation/spam/disclaimers gone.

    Args:
        model: path to a model file (default: the shipped model) or a fitted
            :class:`~cleaner.model.LineClassifier` (pickled to every task; a path is cheaper).
        keep: labels that make up the cleaned text, as in :class:`~cleaner.Cleaner`.
        keep_original: store the text before cleaning in ``doc.metadata["original_text"]``.
        store_lines: store one label, score and list of repairs per input line in
            ``doc.metadata`` (``cleaner_labels``, ``cleaner_scores``, ``cleaner_repairs``; blank
            lines get ``None``), plus the document-level repairs in ``cleaner_doc_repairs``.
        drop_empty: drop documents whose cleaned text is empty (default); if ``False`` they
            pass on with empty text.
        exclusion_writer: optional datatrove writer that receives dropped documents with their
            original text and ``metadata["filter_reason"] = "cleaner_empty"``.
        batch_size, max_batch_chars: at most this many documents and characters per model
            call (a longer document goes alone): big calls cost more than linearly.
        threads: OpenMP threads the model may use inside each task (default 1: executors run
            one task per core, and oversubscribed OpenMP threads slow prediction down by orders
            of magnitude on a busy machine); ``None`` leaves the library default.

    Stats (``stat_update``): ``total``, ``forwarded``, ``dropped``, ``lines_<label>`` and
    ``lines_blank`` per document, ``repairs`` and ``repair_<name>``, ``chars_in``/``chars_out``,
    ``errors`` (documents passed on unchanged because cleaning raised).
    """

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(self, model: str | Path | LineClassifier | None = None,
                 keep: Iterable[str] = ("content",), keep_original: bool = False,
                 store_lines: bool = False, drop_empty: bool = True,
                 exclusion_writer: PipelineStep | None = None, batch_size: int = 256,
                 max_batch_chars: int = MAX_BATCH_CHARS, threads: int | None = 1):
        super().__init__()
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, not {batch_size}")
        # Plain settings only: datatrove pickles the step to every task and writes its
        # attributes to executor.json. The Cleaner (and its model) is built inside each task.
        self.model = str(model) if isinstance(model, (str, Path)) else model
        self.keep = tuple(keep)
        Cleaner(model=None, keep=self.keep)  # validate labels now, not inside every task
        self.keep_original = keep_original
        self.store_lines = store_lines
        self.drop_empty = drop_empty
        self.exclusion_writer = exclusion_writer
        self.batch_size = batch_size
        self.max_batch_chars = max_batch_chars
        self.threads = threads
        self._cleaner: Cleaner | None = None

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_cleaner"] = None  # each task loads its own model
        return state

    @property
    def cleaner(self) -> Cleaner:
        """The task's Cleaner, created (and its model loaded) on first use."""
        if self._cleaner is None:
            self._cleaner = Cleaner(model=self.model, keep=self.keep)
            _ = self._cleaner.model
        return self._cleaner

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        with (self.exclusion_writer or contextlib.nullcontext()) as writer:
            for batch in budget_batches(data, self.batch_size, _doc_chars, self.max_batch_chars):
                _ = self.cleaner  # load the model outside the timings; a bad model path fails here
                with self.track_time("batch"):
                    analysed = self._analyse(batch)
                for doc, result in zip(batch, analysed):
                    original = doc.text
                    if self._apply(doc, result):
                        self.stat_update(StatHints.forwarded)
                        self.update_doc_stats(doc)
                        yield doc
                    else:
                        self.stat_update(StatHints.dropped)
                        if writer is not None:
                            doc.text = original
                            doc.metadata["filter_reason"] = DROP_REASON
                            writer.write(doc, rank)

    # -- helpers ------------------------------------------------------------------------
    def _analyse(self, batch: list[DatatroveDocument]) -> list[Document | BaseException]:
        """One model call for the batch; if it raises, retry one by one to isolate the culprit."""
        texts = [_text_of(doc) for doc in batch]
        with thread_limit(self.threads):
            try:
                return self.cleaner.analyze_many(texts)
            except Exception:  # noqa: BLE001 - one odd document must not kill the task
                results: list[Document | BaseException] = []
                for text in texts:
                    try:
                        results.append(self.cleaner.analyze(text))
                    except Exception as error:  # noqa: BLE001
                        results.append(error)
                return results

    def _apply(self, doc: DatatroveDocument, result: Document | BaseException) -> bool:
        """Write the result into ``doc`` and update stats; ``False`` means drop it."""
        self.stat_update(StatHints.total)
        original = doc.text
        if isinstance(result, BaseException):
            # Never lose data: pass the document on untouched and say why.
            logger.warning(f"cleaner failed on document {doc.id!r}: {result!r}")
            self.stat_update("errors")
            doc.metadata[ERROR_KEY] = repr(result)
            return True
        self._count(result, original)
        doc.text = result.text
        if self.keep_original:
            doc.metadata[ORIGINAL_KEY] = original
        if self.store_lines:
            doc.metadata[LABELS_KEY] = [line.label for line in result.lines]
            doc.metadata[SCORES_KEY] = [line.score for line in result.lines]
            doc.metadata[REPAIRS_KEY] = [list(line.repairs) for line in result.lines]
            doc.metadata[DOC_REPAIRS_KEY] = list(result.repairs)
        return bool(result.text) or not self.drop_empty

    def _count(self, result: Document, original: str | None) -> None:
        labels = Counter(line.label for line in result.lines)
        for label in LABELS:
            self.stat_update(f"lines_{label}", value=labels.get(label, 0))
        self.stat_update("lines_blank", value=labels.get(None, 0))
        repairs = Counter(result.repairs)
        for line in result.lines:
            repairs.update(line.repairs)
        self.stat_update("repairs", value=sum(repairs.values()))
        for name, count in repairs.items():
            self.stat_update(f"repair_{name}", value=count)
        self.stat_update("chars_in", value=len(original or ""), unit="doc")
        self.stat_update("chars_out", value=len(result.text), unit="doc")


def _doc_chars(doc: DatatroveDocument) -> int:
    return len(doc.text) if isinstance(doc.text, (str, bytes)) else 0


def _text_of(doc: DatatroveDocument) -> str | bytes:
    """The document's text as cleaner takes it; odd values become text rather than an error."""
    text = doc.text
    if text is None:
        return ""
    if isinstance(text, (str, bytes)):
        return text
    return str(text)


__all__ = ["CleanerStep"]
