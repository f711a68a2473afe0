"""The :class:`Cleaner`: decode → repair → classify → assemble, with the model loaded once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from cleaner.decode import decode_bytes
from cleaner.document import LABELS, Document, Line, assemble, split_lines
from cleaner.errors import ConfigError, InputError
from cleaner.model_files import default_model_path
from cleaner.repair import repair_lines

if TYPE_CHECKING:  # scikit-learn is imported only when a model is loaded
    from cleaner.model import LineClassifier


class Cleaner:
    """Cleans pages with one loaded model.

    ``model`` is a path to a model file written by ``python -m cleaner.train`` (default: the
    shipped one) or a fitted :class:`~cleaner.model.LineClassifier`. ``keep`` names the labels
    that make up :attr:`Document.text` / :meth:`clean`'s output (default: content only).

    The model is loaded on first use, and a pickled Cleaner carries only the model path, so
    sending one to worker processes is cheap and each worker loads the model once.
    """

    def __init__(self, model: str | Path | LineClassifier | None = None,
                 keep: Iterable[str] = ("content",)):
        self.keep = frozenset(keep)
        unknown = self.keep - set(LABELS)
        if unknown:
            raise ConfigError(f"unknown labels in keep: {sorted(unknown)}; known: {LABELS}")
        self._model_given = not (model is None or isinstance(model, (str, Path)))
        if self._model_given:
            if not hasattr(model, "predict_batch"):
                raise ConfigError(f"model must be a path or a fitted LineClassifier, "
                                  f"not {type(model).__name__}")
            self._model: LineClassifier | None = model
            self.model_path: Path | None = None
        else:
            self._model = None
            self.model_path = Path(model) if model is not None else None

    @property
    def model(self) -> LineClassifier:
        if self._model is None:
            from cleaner.model import LineClassifier

            self._model = LineClassifier.load(self.model_path or default_model_path())
        return self._model

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        if not self._model_given:
            state["_model"] = None  # loaded from a file: workers reload it from there
        return state

    # -- public API -----------------------------------------------------------------------
    def analyze(self, data: str | bytes, encoding: str | None = None) -> Document:
        """Every line of ``data`` with its repaired text, label, score and repairs."""
        return self.analyze_many([data], encoding=encoding)[0]

    def clean(self, data: str | bytes, encoding: str | None = None) -> str:
        """The clean article body of ``data``: its kept lines, repaired, in order."""
        return self.analyze(data, encoding=encoding).text

    def analyze_many(self, items: list[str | bytes], encoding: str | None = None) -> list[Document]:
        """Analyse many documents in one batch (much faster than one call per document)."""
        prepared = [self.prepare(item, encoding) for item in items]
        batch = self.model.featurize([p.lines for p in prepared])
        return self.label(prepared, self.model.predict_batch(batch))

    def clean_many(self, items: list[str | bytes], encoding: str | None = None) -> list[str]:
        return [doc.text for doc in self.analyze_many(items, encoding=encoding)]

    # -- stages (public so benchmarks can time them) -------------------------------------
    @staticmethod
    def prepare(data: str | bytes, encoding: str | None = None) -> Prepared:
        """Decode and repair one document."""
        doc_repairs: list[str] = []
        if isinstance(data, (bytes, bytearray, memoryview)):
            decoded = decode_bytes(bytes(data), encoding)
            text, codec = decoded.text, decoded.encoding
            doc_repairs.extend(decoded.repairs)
        elif isinstance(data, str):
            text, codec = data, None
        else:
            raise InputError(f"cleaner takes str or bytes, not {type(data).__name__}")
        fixed = _without_surrogates(text)
        if fixed is not text:
            doc_repairs.append("surrogates_replaced")
        text = fixed
        repaired = repair_lines(split_lines(text))
        doc_repairs.extend(repaired.doc_repairs)
        return Prepared(repaired.lines, repaired.line_repairs, codec, doc_repairs)

    def label(self, prepared: list[Prepared],
              predictions: list[tuple[list[int], np.ndarray]]) -> list[Document]:
        """Attach labels and scores to the prepared lines and assemble each body."""
        documents = []
        for doc, (index, proba) in zip(prepared, predictions):
            labels: list[tuple[str | None, float | None]] = [(None, None)] * len(doc.lines)
            if len(index):
                best = proba.argmax(axis=1)
                scores = proba[np.arange(len(best)), best].tolist()
                for i, k, score in zip(index, best.tolist(), scores):
                    labels[i] = (LABELS[k], score)
            lines = [Line(text, label, score, repairs) for text, (label, score), repairs
                     in zip(doc.lines, labels, doc.line_repairs)]
            documents.append(Document(lines, doc.encoding, doc.repairs,
                                      assemble(lines, self.keep)))
        return documents


@dataclass
class Prepared:
    """A document after decoding and repair, before classification."""

    lines: list[str]
    line_repairs: list[tuple[str, ...]]
    encoding: str | None
    repairs: list[str]


def _without_surrogates(text: str) -> str:
    """Surrogates cannot be written as UTF-8: a pair becomes the character it encodes (JSON
    escapes produce these), a lone one U+FFFD (flagged as lossy later), so output is valid."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
