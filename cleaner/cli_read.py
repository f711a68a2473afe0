"""The reading side of clean-files: turn input files into ordered batches of events.

Runs in a thread of the parent process, ahead of the writer, through a bounded queue, so
reading overlaps cleaning while memory stays bounded. Every file produces its events in order
(start, documents or rejected records, end), and events of many small files share a batch so
the model sees enough documents per call to be fast. Batches never depend on ``--jobs``.
"""

from __future__ import annotations

import gzip
import json
import queue
import sys
import threading
import zlib
from dataclasses import dataclass, field

from cleaner.cli_inputs import InputFile
from cleaner.io_formats import SNIFF_BYTES, TooLarge, iter_lines, open_input, read_bounded, sniff

BATCH_DOCS = 16  # per model call: 16 keeps two workers under 400 MB (PSS) at the same speed as 64
BATCH_BYTES = 4_000_000


@dataclass
class Doc:
    file: int
    line: int | None
    payload: str | bytes
    size: int
    record: dict | None = None
    raw: bytes | None = None
    pos: int = 0  # how far into the input file (raw bytes) this document ends, for the ETA


@dataclass
class FileEvent:
    file: int
    what: str  # start, end, skip, fail, done (already complete, --resume)
    reason: str = ""


@dataclass
class RecordEvent:
    """A JSONL line that is not a document: bad JSON, no text field, too large."""

    file: int
    line: int
    status: str  # failed or skipped
    reason: str
    raw: bytes | None = None


@dataclass
class Batch:
    events: list = field(default_factory=list)
    docs: list[Doc] = field(default_factory=list)
    size: int = 0


END = object()


@dataclass
class ReadOptions:
    text_field: str = "text"
    max_doc_bytes: int = 50_000_000
    keep_raw: bool = False  # keep each record's bytes (needed for --rejects)
    batch_docs: int = BATCH_DOCS


class Reader:
    """Reads ``files`` in order in a background thread into a queue of :class:`Batch`."""

    def __init__(self, files: list[InputFile], done: dict[int, str], options: ReadOptions,
                 maxsize: int):
        self.files, self.done, self.options = files, done, options
        self.queue: queue.Queue = queue.Queue(maxsize=maxsize)
        self.stop = threading.Event()
        self.batch = Batch()
        self.thread = threading.Thread(target=self._run, name="clean-files-reader", daemon=True)

    def start(self) -> None:
        self.thread.start()

    # -- plumbing -------------------------------------------------------------------------
    def _put(self, item) -> None:
        while not self.stop.is_set():
            try:
                self.queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue
        raise _Stopped

    def flush(self) -> None:
        if self.batch.events:
            batch, self.batch = self.batch, Batch()
            self._put(batch)

    def emit(self, event) -> None:
        self.batch.events.append(event)
        if isinstance(event, Doc):
            self.batch.docs.append(event)
            self.batch.size += event.size
            if (len(self.batch.docs) >= self.options.batch_docs
                    or self.batch.size >= BATCH_BYTES):
                self.flush()

    def _run(self) -> None:
        try:
            for index, f in enumerate(self.files):
                if self.stop.is_set():
                    raise _Stopped
                if index in self.done:
                    self.emit(FileEvent(index, "done", self.done[index]))
                    continue
                if f.special:
                    self.flush()  # opening a pipe may block: let earlier work finish first
                try:
                    self._read(index, f)
                except _Stopped:
                    raise
                except Exception as exc:  # never let one file stop the run
                    self.emit(FileEvent(index, "fail", f"read error: {_describe(exc)}"))
            self.flush()
            self._put(END)
        except _Stopped:
            return

    # -- formats --------------------------------------------------------------------------
    def _read(self, index: int, f: InputFile) -> None:
        limit = self.options.max_doc_bytes
        if f.kind == "warc":
            self.emit(FileEvent(index, "skip", "WARC/WET files are not supported yet"))
            return
        if not f.special and f.size == 0:
            self.emit(FileEvent(index, "skip", "empty file"))
            return
        if f.kind == "jsonl":
            self._read_jsonl(index, f)
            return
        if f.kind == "text" and not f.special and f.size > limit:
            self.emit(FileEvent(index, "skip", f"larger than --max-doc-bytes ({limit} bytes)"))
            return
        try:
            with _open(f, compressed=f.kind == "gztext") as stream:
                data = read_bounded(stream, limit)
        except TooLarge as exc:
            self.emit(FileEvent(index, "skip", str(exc)))
            return
        except OSError as exc:
            self.emit(FileEvent(index, "fail", _describe(exc)))
            return
        except (EOFError, zlib.error) as exc:
            self.emit(FileEvent(index, "fail", f"corrupt gzip data: {_describe(exc)}"))
            return
        if not data:
            self.emit(FileEvent(index, "skip", "empty file"))
            return
        sniffed = sniff(data[:SNIFF_BYTES])
        if sniffed.binary:
            self.emit(FileEvent(index, "skip", sniffed.binary))
            return
        self.emit(FileEvent(index, "start"))
        self.emit(Doc(index, None, sniffed.add_bom + data, len(data)))
        self.emit(FileEvent(index, "end"))

    def _read_jsonl(self, index: int, f: InputFile) -> None:
        opts = self.options
        last = 0
        try:
            with _open(f, compressed=f.abspath.lower().endswith(".gz")) as stream:
                self.emit(FileEvent(index, "start"))
                raw = getattr(stream, "fileobj", None) or stream  # compressed offset for .gz
                for rec in iter_lines(stream, opts.max_doc_bytes):
                    last = rec.line_no
                    if self.stop.is_set():
                        raise _Stopped
                    self._record(index, rec.line_no, rec.data, rec.size, _tell(raw))
        except _Stopped:
            raise
        except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
            where = f" after line {last}" if last else ""
            self.emit(FileEvent(index, "fail", f"read error{where}: {_describe(exc)}"))
            return
        self.emit(FileEvent(index, "end"))

    def _record(self, index: int, line_no: int, data: bytes | None, size: int,
                pos: int = 0) -> None:
        opts = self.options
        if data is None:
            self.emit(RecordEvent(index, line_no, "skipped",
                                  f"record larger than --max-doc-bytes ({opts.max_doc_bytes} "
                                  "bytes)"))
            return
        if not data.strip():
            return
        raw = data if opts.keep_raw else None
        try:
            record = json.loads(data)
        except UnicodeDecodeError as exc:
            self.emit(RecordEvent(index, line_no, "failed", f"undecodable bytes: {exc}", raw))
            return
        except ValueError as exc:
            self.emit(RecordEvent(index, line_no, "failed", f"invalid JSON: {exc}", raw))
            return
        if not isinstance(record, dict):
            self.emit(RecordEvent(index, line_no, "failed", "not a JSON object", raw))
            return
        if opts.text_field not in record:
            self.emit(RecordEvent(index, line_no, "failed",
                                  f"missing text field {opts.text_field!r}", raw))
            return
        text = record[opts.text_field]
        if not isinstance(text, str):
            self.emit(RecordEvent(index, line_no, "failed",
                                  f"text field {opts.text_field!r} is not a string", raw))
            return
        self.emit(Doc(index, line_no, text, size, record, raw, pos))


class _Stopped(Exception):
    """The run was interrupted: the reader thread winds down."""


def _open(f: InputFile, compressed: bool):
    if f.abspath == "-":
        stream = sys.stdin.buffer
        return gzip.GzipFile(fileobj=stream) if compressed else _NoClose(stream)
    return open_input(f.abspath, compressed)


class _NoClose:
    """Standard input as a context manager that does not close it."""

    def __init__(self, stream):
        self.stream = stream

    def __enter__(self):
        return self.stream

    def __exit__(self, *exc) -> None:
        return None


def _tell(stream) -> int:
    try:
        return stream.tell()
    except (OSError, ValueError, AttributeError):  # pipes cannot tell
        return 0


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return f"{type(exc).__name__}: {exc}"
