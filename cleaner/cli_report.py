"""Run statistics of clean-files: the JSON report, the end-of-run summary and the progress line."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from cleaner.document import LABELS


@dataclass
class Stats:
    """Everything the report counts. Files and documents are counted once each."""

    started: float = field(default_factory=time.time)
    files_total: int = 0
    files: Counter = field(default_factory=Counter)  # processed / skipped / failed
    documents: Counter = field(default_factory=Counter)
    bytes_in: int = 0
    bytes_out: int = 0
    lines: Counter = field(default_factory=Counter)
    repairs: Counter = field(default_factory=Counter)
    items: list = field(default_factory=list)
    input_bytes_done: int = 0  # bytes of input files finished (for the ETA)
    input_bytes_total: int = 0
    input_bytes_current: int = 0  # how far into the file being written
    interrupted: bool = False
    first_result: float | None = None  # when the first batch came back (start-up ends)
    first_docs: int = 0  # documents in that first batch
    fatal: str | None = None

    def problem(self, path: str, status: str, reason: str, line: int | None = None) -> None:
        item = {"path": path, "status": status, "reason": reason}
        if line is not None:
            item["line"] = line
        self.items.append(item)

    def elapsed(self) -> float:
        return max(time.time() - self.started, 1e-9)

    def failed(self) -> bool:
        return bool(self.files["failed"] or self.documents["failed"] or self.fatal)

    def to_json(self, extra: dict) -> dict:
        elapsed = self.elapsed()
        docs = self.documents["processed"]
        startup = (self.first_result or time.time()) - self.started
        steady = max(elapsed - startup, 1e-9)
        return {
            **extra,
            "elapsed_seconds": round(elapsed, 3),
            "interrupted": self.interrupted,
            "fatal_error": self.fatal,
            "files": {"total": self.files_total, "processed": self.files["processed"],
                      "skipped": self.files["skipped"], "failed": self.files["failed"],
                      "already_done": self.files["already_done"]},
            "documents": {"processed": docs, "skipped": self.documents["skipped"],
                          "failed": self.documents["failed"]},
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "lines": {label: self.lines[label] for label in (*LABELS, "blank")},
            "repairs": dict(sorted(self.repairs.items())),
            "throughput": {"documents_per_second": round(docs / elapsed, 2),
                           "mb_per_second": round(self.bytes_in / elapsed / 1e6, 3),
                           # start-up: reading inputs, starting workers, loading the model
                           "startup_seconds": round(startup, 3),
                           "documents_per_second_after_startup":
                               round((docs - self.first_docs) / steady, 2)
                               if docs > self.first_docs else None},
            "items": self.items,
        }

    def summary(self) -> str:
        """The short end-of-run summary (a few lines for a human)."""
        f, d = self.files, self.documents
        elapsed = self.elapsed()
        labelled = sum(self.lines[label] for label in LABELS) or 1
        shares = ", ".join(f"{label} {100 * self.lines[label] / labelled:.1f}%"
                           for label in LABELS)
        text = [
            f"clean-files: {f['processed']} files processed, {f['skipped']} skipped, "
            f"{f['failed']} failed"
            + (f", {f['already_done']} already done" if f["already_done"] else "")
            + f"; {d['processed']} documents cleaned, "
            f"{d['skipped']} skipped, {d['failed']} failed",
            f"  {self.bytes_in / 1e6:.2f} MB in, {self.bytes_out / 1e6:.2f} MB out in "
            f"{elapsed:.1f} s ({d['processed'] / elapsed:.1f} docs/s, "
            f"{self.bytes_in / elapsed / 1e6:.2f} MB/s); lines: {shares}",
        ]
        if self.repairs:
            top = ", ".join(f"{k} {v}" for k, v in self.repairs.most_common(5))
            text.append(f"  repairs: {top}")
        if self.interrupted:
            text.append("  INTERRUPTED: rerun with --resume to finish")
        if self.fatal:
            text.append(f"  STOPPED: {self.fatal}")
        return "\n".join(text)


def write_json(stream: TextIO, data: dict) -> None:
    json.dump(data, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


class Progress:
    """A one-line progress display on stderr, redrawn at most a few times a second."""

    def __init__(self, stats: Stats, enabled: bool, stream: TextIO = sys.stderr):
        self.stats, self.enabled, self.stream = stats, enabled, stream
        self._last = 0.0
        self._width = 0

    def update(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.time()
        if not force and now - self._last < 0.25:
            return
        self._last = now
        s = self.stats
        elapsed = s.elapsed()
        done = sum(s.files.values())
        docs = s.documents["processed"]
        eta = ""
        done_bytes = s.input_bytes_done + s.input_bytes_current
        if s.input_bytes_total and done_bytes:
            fraction = min(done_bytes / s.input_bytes_total, 1.0)
            if fraction > 0:
                remaining = elapsed * (1 - fraction) / fraction
                eta = f" ETA {int(remaining // 60)}:{int(remaining % 60):02d}"
        line = (f"\rfiles {done}/{s.files_total}  docs {docs}  "
                f"{s.bytes_in / 1e6:.1f} MB  {docs / elapsed:.1f} docs/s{eta}")
        pad = max(self._width - len(line), 0)
        self._width = len(line)
        self.stream.write(line + " " * pad)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
