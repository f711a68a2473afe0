"""The line classifier: a two-stage scikit-learn model over whole documents.

Stage 1 is a linear model (logistic loss) over hashed character n-grams plus shape, position
and neighbour features of each line. Stage 2 is a gradient-boosted tree model that sees each
line's stage-1 probabilities together with its neighbours' and its place in the article
(stacking): a short line between two paragraphs is content, the same line in a run of links
is navigation.
Stage 2 is trained on out-of-fold stage-1 probabilities so it learns from honest inputs.

``X`` is a list of documents, each a list of line strings; ``y`` is a list of per-line label
lists (``None`` for blank lines). Blank lines are never classified.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import joblib
import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from cleaner.document import LABELS
from cleaner.errors import ModelError
from cleaner.features import (
    OWN_FEATURES,
    batch_shapes,
    dense_width,
    document_dense,
    duplicate_keys,
    ngram_matrix,
)
from cleaner.model_files import MODEL_FILENAME, default_model_path  # noqa: F401 (public here)

CONTEXT_OFFSETS = (-3, -2, -1, 1, 2, 3)
WINDOW = 5
REACH = 8  # lines looked at above and below for the nearest confident content line
INSIDE_WIDTH = 6
PARAGRAPH_LOG_CHARS = float(np.log1p(60))  # a line of 60+ characters is paragraph-length
_LOG_CHARS = OWN_FEATURES.index("log_chars")  # its column in the dense features


class _Batch:
    """Features of the non-blank lines of many documents, stacked, with their positions."""

    def __init__(self, docs: list[list[str]]):
        self.index = [[i for i, line in enumerate(lines) if line.strip()] for lines in docs]
        texts = [lines[i] for lines, index in zip(docs, self.index) for i in index]
        self.bounds = np.concatenate([[0], np.cumsum([len(i) for i in self.index])]).tolist()
        shapes = batch_shapes(texts)  # once for the whole batch: cheaper than per document
        keys = duplicate_keys(texts)
        self.dense = np.vstack([
            document_dense(lines, shapes[start:end], keys[start:end])[2]
            for lines, start, end in zip(docs, self.bounds[:-1], self.bounds[1:])
        ]) if docs else np.zeros((0, 0), np.float32)
        self.ngrams = ngram_matrix(texts)

    def __len__(self) -> int:
        return self.bounds[-1]


def _context_features(proba: np.ndarray, bounds: list[int], long: np.ndarray) -> np.ndarray:
    """Neighbour, window and position-in-article summaries of stage-1 probabilities, per line.

    There is deliberately no page mean of the probabilities: with it the trees learned
    "this page is mostly navigation" and dropped every line of real pages whose stage 1 was
    unsure, articles included (held-out real content F1 0.70 with it, 0.76 without, mean
    of four generator seeds; ``python -m cleaner.model_selection``).

    ``long`` marks paragraph-length lines: content probability carried by them says where
    the article's paragraphs are, which a list of headline-like lines does not."""
    n, k = proba.shape
    parts = [np.full((n, k), -1.0, np.float32) for _ in CONTEXT_OFFSETS]
    window = np.zeros((n, k), np.float32)
    # Where the line sits relative to the article: the share of the page's content
    # probability above and below it, and the best content line within REACH either side.
    # A short line with article text on both sides is a subheading or a list item; a run of
    # short lines after the last paragraph (no paragraph content below) is a related list.
    inside = np.zeros((n, INSIDE_WIDTH), np.float32)
    for start, end in zip(bounds[:-1], bounds[1:]):
        p = proba[start:end]
        m = end - start
        if m == 0:
            continue
        for part, offset in zip(parts, CONTEXT_OFFSETS):
            lo, hi = max(0, -offset), min(m, m - offset)
            if lo < hi:
                part[start + lo:start + hi] = p[lo + offset:hi + offset]
        cumsum = np.vstack([np.zeros((1, k)), np.cumsum(p, axis=0)])
        idx = np.arange(m)
        lo, hi = np.maximum(0, idx - WINDOW), np.minimum(m, idx + WINDOW + 1)
        window[start:end] = (cumsum[hi] - cumsum[lo]) / (hi - lo)[:, None]
        content = p[:, 0]
        total = max(float(content.sum()), 1e-6)
        before = np.cumsum(content) - content
        inside[start:end, 0] = before / total
        inside[start:end, 1] = (total - before - content) / total
        padded = np.concatenate([np.zeros(REACH, np.float32), content,
                                 np.zeros(REACH, np.float32)])
        inside[start:end, 2] = np.max([padded[REACH - d:REACH - d + m]
                                       for d in range(1, REACH + 1)], axis=0)
        inside[start:end, 3] = np.max([padded[REACH + d:REACH + d + m]
                                       for d in range(1, REACH + 1)], axis=0)
        paragraphs = content * long[start:end]
        mass = max(float(paragraphs.sum()), 1e-6)
        above = np.cumsum(paragraphs) - paragraphs
        inside[start:end, 4] = above / mass
        inside[start:end, 5] = (mass - above - paragraphs) / mass
    return np.hstack(parts + [window, inside])


def tempered(proba: np.ndarray, temperature: float) -> np.ndarray:
    """Probabilities with their log-odds divided by ``temperature`` (>1 softens them)."""
    if temperature == 1.0 or len(proba) == 0:
        return proba
    logits = np.log(np.clip(proba, 1e-7, 1.0)) / temperature
    logits -= logits.max(axis=1, keepdims=True)
    out = np.exp(logits)
    return (out / out.sum(axis=1, keepdims=True)).astype(np.float32)


def stage2_width() -> int:
    """Columns of the stage-2 input: both stage-1 models' probabilities, their context
    (neighbours, window, position in the article) and the dense features."""
    k = len(LABELS)
    return 2 * k + 2 * k * (len(CONTEXT_OFFSETS) + 1) + INSIDE_WIDTH + dense_width()


class LineClassifier(BaseEstimator, ClassifierMixin):
    """Labels every non-blank line of a document as content, navigation, disclaimer or spam."""

    # min_samples_leaf=200 (scikit-learn's default is 20): leaves must speak for many lines,
    # so the trees learn less of the generator's page templates (held-out real content F1
    # +0.014, devset macro F1 +0.005 over four generator seeds).
    def __init__(self, alpha: float = 2e-6, n_folds: int = 3, max_iter: int = 80,
                 learning_rate: float = 0.2, epochs: int = 10, random_state: int = 0,
                 verbose: int = 0, max_leaf_nodes: int = 15, min_samples_leaf: int = 200):
        self.alpha = alpha
        self.epochs = epochs
        self.n_folds = n_folds
        self.max_iter = max_iter
        self.learning_rate = learning_rate
        self.max_leaf_nodes = max_leaf_nodes
        self.min_samples_leaf = min_samples_leaf
        self.random_state = random_state
        self.verbose = verbose

    # -- training -------------------------------------------------------------------------
    def _stage1(self) -> SGDClassifier:
        # A fixed, small number of averaged epochs: averaging converges in few passes and
        # keeps training time predictable (no tolerance-based stopping).
        return SGDClassifier(loss="log_loss", alpha=self.alpha, max_iter=self.epochs, tol=None,
                             average=True, class_weight="balanced",
                             random_state=self.random_state)

    def _stage1_matrix(self, batch: _Batch, scaler: StandardScaler) -> sparse.csr_matrix:
        return sparse.hstack([batch.ngrams, sparse.csr_matrix(scaler.transform(batch.dense))],
                             format="csr", dtype=np.float32)

    def fit(self, X: list[list[str]], y: list[list[str | None]],
            sample_weight: list[float] | None = None) -> LineClassifier:
        batch = _Batch(X)
        target = np.asarray([LABELS.index(lab) for labs, idx in zip(y, batch.index)
                             for lab in (labs[i] for i in idx)], dtype=np.int64)
        groups = np.repeat(np.arange(len(X)), np.diff(batch.bounds))
        weights = (np.repeat(np.asarray(sample_weight, np.float64), np.diff(batch.bounds))
                   if sample_weight is not None else np.ones(len(target)))

        self.scaler_ = StandardScaler().fit(batch.dense)
        matrix = self._stage1_matrix(batch, self.scaler_)
        self._log(f"features: {matrix.shape[0]} lines")
        text_only = batch.ngrams
        oof = np.zeros((len(target), 2 * len(LABELS)), np.float32)
        for train, held in GroupKFold(n_splits=self.n_folds).split(matrix, target, groups):
            for k, features in enumerate((matrix, text_only)):
                model = self._stage1().fit(features[train], target[train],
                                           sample_weight=weights[train])
                oof[held, 4 * k:4 * k + 4] = self._full_proba(model, features[held])
        self.stage1_ = self._compact(self._stage1().fit(matrix, target, sample_weight=weights))
        self.lexical_ = self._compact(self._stage1().fit(text_only, target,
                                                         sample_weight=weights))
        self._log("stage 1 fitted (out-of-fold and full)")

        stacked = self._stack(oof, batch)
        self.stage2_ = HistGradientBoostingClassifier(
            max_iter=self.max_iter, learning_rate=self.learning_rate,
            max_leaf_nodes=self.max_leaf_nodes, min_samples_leaf=self.min_samples_leaf,
            l2_regularization=1.0, early_stopping=False, random_state=self.random_state,
            verbose=self.verbose,
        ).fit(stacked, target, sample_weight=weights)
        self.classes_ = np.asarray(LABELS)
        return self

    @staticmethod
    def _stack(p1: np.ndarray, batch: _Batch) -> np.ndarray:
        """Stage-2 input: both stage-1 models' probabilities, their context, dense features."""
        long = (batch.dense[:, _LOG_CHARS] >= PARAGRAPH_LOG_CHARS).astype(np.float32)
        return np.hstack([p1, _context_features(p1, batch.bounds, long), batch.dense])

    @staticmethod
    def _compact(model: SGDClassifier) -> SGDClassifier:
        """Keep only what prediction needs, in float32: halves the model file."""
        model.coef_ = model.coef_.astype(np.float32)
        for name in ("_average_coef", "_average_intercept", "_standard_coef",
                     "_standard_intercept"):
            if hasattr(model, name):
                delattr(model, name)
        return model

    def _log(self, message: str) -> None:
        if self.verbose:
            print(f"[LineClassifier] {message}", flush=True)

    @staticmethod
    def _full_proba(model: SGDClassifier, matrix) -> np.ndarray:
        """Probabilities over all four labels even if a fold lacked one of them."""
        out = np.zeros((matrix.shape[0], len(LABELS)), np.float32)
        out[:, model.classes_] = model.predict_proba(matrix)
        return out

    # -- prediction -----------------------------------------------------------------------
    def featurize(self, X: list[list[str]]) -> _Batch:
        """Features of every non-blank line of the documents (first half of prediction)."""
        return _Batch(X)

    def predict_batch(self, batch: _Batch) -> list[tuple[list[int], np.ndarray]]:
        """Per document: indexes of its non-blank lines and their probabilities (n x 4)."""
        if len(batch) == 0:
            return [(idx, np.zeros((0, len(LABELS)), np.float32)) for idx in batch.index]
        p1 = np.hstack([self._full_proba(self.stage1_, self._stage1_matrix(batch, self.scaler_)),
                        self._full_proba(self.lexical_, batch.ngrams)])
        # Column-major float64 (the predictor's own dtype, so no copy): each tree reads a few
        # features of every row, and whole columns stay in cache where rows of 150 features
        # did not. 1.6x faster stage 2 on page batches, same numbers.
        stacked = np.asfortranarray(self._stack(p1, batch), dtype=np.float64)
        proba = np.zeros((len(batch), len(LABELS)), np.float32)
        # One native thread: page-sized batches are too small to gain from OpenMP, and on a
        # busy machine (or in N worker processes) its spin-waiting makes them many times slower.
        with _single_thread():
            proba[:, self.stage2_.classes_] = self.stage2_.predict_proba(stacked)
        proba = tempered(proba, getattr(self, "temperature_", 1.0))
        return [(idx, proba[s:e]) for idx, s, e in
                zip(batch.index, batch.bounds[:-1], batch.bounds[1:])]

    def calibrate(self, X: list[list[str]], is_content: list[list[bool | None]],
                  grid: np.ndarray | None = None) -> float:
        """Fit ``temperature_`` so that P(content) is calibrated on held-out labelled pages.

        Trained mostly on generated pages, the trees are over-confident on real ones; one
        temperature on the log-probabilities (grid search on the binary log-loss of
        content vs rest, the labels real datasets have) softens every score alike and
        never changes which label wins. ``is_content`` is per line, None where unlabelled.
        """
        self.temperature_ = 1.0
        probabilities, targets = [], []
        for labels, (idx, proba) in zip(is_content, self.predict_proba_docs(X)):
            keep = [k for k, i in enumerate(idx) if labels[i] is not None]
            probabilities.append(proba[keep])
            targets += [bool(labels[idx[k]]) for k in keep]
        proba = np.vstack(probabilities)
        target = np.asarray(targets)
        best, best_loss = 1.0, np.inf
        for t in (np.linspace(0.5, 4.0, 36) if grid is None else grid):
            p = np.clip(tempered(proba, float(t))[:, 0], 1e-6, 1 - 1e-6)
            loss = -np.mean(np.where(target, np.log(p), np.log(1 - p)))
            if loss < best_loss:
                best, best_loss = float(t), loss
        self.temperature_ = best
        return best

    def predict_proba_docs(self, X: list[list[str]]) -> list[tuple[list[int], np.ndarray]]:
        """Per document: indexes of its non-blank lines and their probabilities (n x 4)."""
        return self.predict_batch(self.featurize(X))

    def predict(self, X: list[list[str]]) -> list[list[str | None]]:
        out = []
        for lines, (idx, proba) in zip(X, self.predict_proba_docs(X)):
            labels: list[str | None] = [None] * len(lines)
            for i, row in zip(idx, proba):
                labels[i] = LABELS[int(row.argmax())]
            out.append(labels)
        return out

    # -- persistence ----------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        joblib.dump(self, path, compress=3)

    @classmethod
    def load(cls, path: str | Path) -> LineClassifier:
        path = Path(path)
        if not path.is_file():
            raise ModelError(f"no model file at {path}")
        try:
            model = joblib.load(path)
        except Exception as exc:  # a corrupt or incompatible pickle: say which file
            raise ModelError(f"could not load model {path}: {exc}") from exc
        if not isinstance(model, cls):
            raise ModelError(f"{path} does not contain a cleaner LineClassifier")
        expected = stage2_width()
        if getattr(model, "stage2_", None) is not None and \
                model.stage2_.n_features_in_ != expected:
            raise ModelError(
                f"{path} was trained with a different feature set "
                f"({model.stage2_.n_features_in_} stage-2 features, this version of cleaner "
                f"computes {expected}); retrain it with `python -m cleaner.train`")
        return model


@lru_cache(maxsize=1)
def _thread_controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _single_thread():
    return _thread_controller().limit(limits=1)
