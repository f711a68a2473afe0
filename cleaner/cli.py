"""``clean-files``: clean text files, folders and JSONL shards with the cleaner pipeline.

    clean-files crawl/ shards/*.jsonl.gz -o cleaned/ --report report.json

Inputs are never modified; every output is written to a temporary file and renamed into place,
so an interrupted run leaves only complete outputs and ``--resume`` can finish it. See
``clean-files --help`` and docs/clean-files.md.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import queue
import signal
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from cleaner.cli_inputs import Discovery, InputFile, UsageError, check_output_dir, discover
from cleaner.cli_read import (
    BATCH_DOCS,
    END,
    Batch,
    Doc,
    FileEvent,
    Reader,
    ReadOptions,
    RecordEvent,
)
from cleaner.cli_report import Progress, Stats
from cleaner.cli_worker import (
    DocResult,
    init_worker,
    preload,
    run_batch,
    unused_packages_skipped,
    warm_up,
)
from cleaner.document import LABELS
from cleaner.errors import ModelError
from cleaner.io_atomic import AtomicWriter
from cleaner.io_formats import is_gzip_name
from cleaner.model_files import default_model_path
from cleaner.pipeline import Cleaner

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
MAX_ATTEMPTS = 2  # a batch whose worker died is retried once, then its documents fail


def parse_size(text: str) -> int:
    """``50000000``, ``50M``, ``2G``, ``512K`` -> bytes."""
    units = {"k": 1_000, "m": 1_000_000, "g": 1_000_000_000}
    value = text.strip().lower().removesuffix("b")
    try:
        if value and value[-1] in units:
            return int(float(value[:-1]) * units[value[-1]])
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 50M)") from None


def parse_keep(text: str) -> tuple[str, ...]:
    labels = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [label for label in labels if label not in LABELS]
    if unknown or not labels:
        raise argparse.ArgumentTypeError(
            f"--keep takes labels among {', '.join(LABELS)}; got {text!r}")
    return labels


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors: keep that, say why
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"clean-files: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="clean-files",
        description="Clean scraped web text: keep the article body, drop navigation, "
                    "disclaimers and spam. Text files (any encoding) become UTF-8 clean "
                    "bodies; JSONL shards (.jsonl, .jsonl.gz, .json.gz) keep every field and "
                    "get their text field cleaned. Inputs are never modified.",
        epilog="Exit status: 0 all processed or deliberately skipped (binary, empty, too large), "
               "1 some file or record failed, 2 usage error, 130 interrupted.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, folders (recursive) or globs; '-' reads stdin, writes stdout")
    p.add_argument("-o", "--output", metavar="OUTDIR",
                   help="output folder; mirrors the input tree (required unless INPUT is '-')")
    p.add_argument("--keep", type=parse_keep, default=("content",), metavar="LABELS",
                   help="comma-separated labels that make the output (default: content)")
    p.add_argument("--text-field", default="text", metavar="NAME",
                   help="JSONL field holding the document text (default: text)")
    p.add_argument("--labels", metavar="FILE",
                   help="write per-line labels, scores and repairs of every document as JSONL")
    p.add_argument("--add-labels", action="store_true",
                   help="add a 'cleaner' field with per-line labels to each output JSONL record")
    p.add_argument("--report", metavar="FILE", help="write a JSON summary of the run")
    p.add_argument("--rejects", metavar="FILE",
                   help="write bad JSONL records here, verbatim, one per line")
    p.add_argument("-j", "--jobs", type=positive_int, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes (default: all cores)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--resume", action="store_true",
                      help="skip inputs whose output is already complete, redo the rest")
    mode.add_argument("--overwrite", action="store_true",
                      help="replace existing outputs (default: refuse to run)")
    p.add_argument("--max-doc-bytes", type=parse_size, default=50_000_000, metavar="SIZE",
                   help="skip (and report) documents larger than this (default: 50M)")
    p.add_argument("--stdin-format", choices=("text", "jsonl"), default="text",
                   help="what '-' reads (default: text)")
    p.add_argument("--batch-size", type=positive_int, default=BATCH_DOCS, metavar="N",
                   help=f"documents per model call (default: {BATCH_DOCS}); output does not "
                        "depend on it")
    p.add_argument("--model", metavar="PATH", help="model file (default: the shipped model)")
    p.add_argument("--show", action="store_true",
                   help="print each INPUT line by line, coloured by label, with score and "
                        "repairs, instead of writing outputs (no -o needed)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour for --show (auto: only on a terminal)")
    p.add_argument("--html", metavar="DIR",
                   help="also write a self-contained HTML review page of the text-file "
                        "inputs (labels, scores, repairs, a filter for dropped lines) to DIR")
    p.add_argument("--no-fsync", dest="fsync", action="store_false",
                   help="do not fsync outputs before renaming them (faster, less durable)")
    verbosity = p.add_mutually_exclusive_group()
    verbosity.add_argument("-q", "--quiet", action="store_true",
                           help="no progress, no summary, no per-item messages "
                                "(the --report lists them)")
    verbosity.add_argument("-v", "--verbose", action="store_true", help="log every file")
    return p


# -- the run --------------------------------------------------------------------------------
class _InlineExecutor:
    """Runs batches in this process (``--jobs 1`` and stdin, where a pool only adds latency)."""

    def __init__(self, cleaner: Cleaner):
        self.cleaner = cleaner

    def submit(self, fn, payloads, want_lines) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(payloads, want_lines, self.cleaner))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller like a pool would
            future.set_exception(exc)
        return future

    def shutdown(self, **_kwargs) -> None:
        return None


class _StdoutWriter:
    """Output of '-': streamed to stdout (there is nothing to rename)."""

    def __init__(self):
        self.bytes_written = 0

    def write(self, data: bytes) -> None:
        sys.stdout.buffer.write(data)
        self.bytes_written += len(data)

    def commit(self) -> None:
        sys.stdout.buffer.flush()

    def abort(self) -> None:
        sys.stdout.buffer.flush()


class Runner:
    """Drives a run: the reader thread, the worker pool, and in-order writing of results."""

    def __init__(self, args: argparse.Namespace, files: list[InputFile], done: dict[int, str],
                 stats: Stats, cleaner: Cleaner, side: dict[str, AtomicWriter]):
        self.args, self.files, self.done, self.stats = args, files, done, stats
        self.cleaner, self.side = cleaner, side
        self.want_lines = bool(args.labels or args.add_labels)
        self.stdin = files[0].abspath == "-" if files else False
        self.progress = Progress(stats, enabled=sys.stderr.isatty() and not args.quiet)
        self.writer: AtomicWriter | _StdoutWriter | None = None
        self.file_bad: dict[int, str] = {}
        self.window = 2 * args.jobs + 1
        self.executor = self._new_executor(first=True)
        self.generation = 0  # bumped when a dead worker forces a new pool

    def _new_executor(self, first: bool = False):
        if self.stdin or self.args.jobs == 1:
            # one job: clean in this process; a worker would only re-import and re-load
            # (the model itself predicts on one native thread, see cleaner.model)
            return _InlineExecutor(self.cleaner)
        context = _mp_context(first)
        if context.get_start_method() == "fork":
            preload(self.cleaner)  # the workers share what this process has loaded
        return ProcessPoolExecutor(max_workers=self.args.jobs, mp_context=context,
                                   initializer=init_worker, initargs=(self.cleaner, os.getpid()))

    def _submit(self, batch: Batch) -> Future | None:
        if not batch.docs:
            return None
        payloads = [doc.payload for doc in batch.docs]
        return self.executor.submit(run_batch, payloads, self.want_lines)

    def _restart_pool(self) -> None:
        self.log("a worker process died; restarting the workers", always=True)
        _terminate(self.executor)
        self.executor = self._new_executor()
        self.generation += 1

    def log(self, message: str, always: bool = False) -> None:
        if self.args.quiet or not (always or self.args.verbose):
            return
        self.progress.close()
        print(f"clean-files: {message}", file=sys.stderr, flush=True)

    def run(self) -> None:
        reader = Reader(self.files, self.done,
                        ReadOptions(self.args.text_field, self.args.max_doc_bytes,
                                    keep_raw="rejects" in self.side,
                                    batch_docs=self.args.batch_size),
                        maxsize=self.window)
        inflight: deque[list] = deque()  # [batch, future, attempts, pool generation]
        reading = True
        if isinstance(self.executor, ProcessPoolExecutor):
            # start the workers now, while this process is single-threaded (see _mp_context),
            # and let them load the model while the first inputs are read
            for _ in range(self.args.jobs):
                self.executor.submit(warm_up)
        reader.start()
        try:
            while reading or inflight:
                while reading and len(inflight) < self.window:
                    try:
                        item = reader.queue.get(timeout=0.05 if inflight else 0.2)
                    except queue.Empty:
                        if inflight:
                            break
                        self.progress.update()
                        continue
                    if item is END:
                        reading = False
                        break
                    inflight.append([item, self._safe_submit(item), 1, self.generation])
                if not inflight:
                    continue
                entry = inflight[0]
                batch, future = entry[0], entry[1]
                if future is not None:
                    try:
                        results = future.result(timeout=0.2)
                    except FutureTimeout:
                        self.progress.update()
                        continue
                    except BrokenProcessPool:
                        if entry[3] == self.generation:  # else a new pool is already up
                            self._restart_pool()
                        for other in inflight:  # resubmit what the dead pool held
                            if other[1] is not None and other[3] < self.generation:
                                other[2] += 1
                                other[1] = (self._safe_submit(other[0])
                                            if other[2] <= MAX_ATTEMPTS else _failed_future())
                                other[3] = self.generation
                        continue
                    except _WorkerDied:
                        results = [DocResult(error="worker process died while cleaning this "
                                                   "batch (twice)")] * len(batch.docs)
                else:
                    results = []
                inflight.popleft()
                self._handle(batch, results)
                self.progress.update()
        except ModelError as exc:
            self.stats.fatal = f"the model could not be loaded: {exc}"
        except _Fatal as exc:
            self.stats.fatal = str(exc)
        finally:
            reader.stop.set()
            if self.writer is not None:
                self.writer.abort()
                self.writer = None
            _terminate(self.executor)
            self.progress.close()

    def _safe_submit(self, batch: Batch) -> Future | None:
        try:
            return self._submit(batch)
        except BrokenProcessPool:
            self._restart_pool()
            return self._submit(batch)

    # -- writing results in input order ---------------------------------------------------
    def _handle(self, batch: Batch, results: list[DocResult]) -> None:
        by_doc = dict(zip(map(id, batch.docs), results, strict=True))
        for event in batch.events:
            try:
                if isinstance(event, Doc):
                    self._doc(event, by_doc[id(event)])
                elif isinstance(event, RecordEvent):
                    self._record_problem(event)
                else:
                    self._file_event(event)
            except OSError as exc:  # the output side: a full disk stops, anything else fails
                if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
                    raise _Fatal(f"cannot write outputs: {exc}") from exc
                self._output_failed(event, exc)
        if results and self.stats.first_result is None:  # start-up ends with the first batch
            self.stats.first_result = time.time()
            self.stats.first_docs = self.stats.documents["processed"]

    def _output_failed(self, event, exc: OSError) -> None:
        """An output could not be written: drop it, and report its input as failed."""
        if self.writer is not None:
            self.writer.abort()
            self.writer = None
        reason = f"cannot write output: {exc.strerror or exc}"
        if isinstance(event, FileEvent) and event.what == "end":
            f = self.files[event.file]
            self.stats.files["failed"] += 1
            self.stats.problem(f.path, "failed", reason)
            self.log(f"failed: {f.path}: {reason}", always=True)
        else:
            self.file_bad[event.file] = reason

    def _file_event(self, event: FileEvent) -> None:
        f = self.files[event.file]
        s = self.stats
        if event.what == "start":
            self.file_bad.pop(event.file, None)
            if f.kind == "jsonl":
                self.writer = self._open_output(f)
            return
        if event.what == "done":
            s.files["already_done"] += 1
            s.input_bytes_done += f.size
            s.input_bytes_current = 0
            self.log(f"done already: {f.path}")
            return
        if event.what == "end" and event.file not in self.file_bad:
            if self.writer is not None:
                self.writer.commit()
                self.writer = None
            s.files["processed"] += 1
            s.input_bytes_done += f.size
            s.input_bytes_current = 0
            self.log(f"ok: {f.path}")
            return
        reason = self.file_bad.pop(event.file, None) or event.reason
        if self.writer is not None:
            self.writer.abort()
            self.writer = None
        status = "skipped" if event.what == "skip" else "failed"
        s.files[status] += 1
        s.input_bytes_done += f.size
        s.input_bytes_current = 0
        s.problem(f.path, status, reason)
        self.log(f"{status}: {f.path}: {reason}", always=status == "failed")

    def _open_output(self, f: InputFile):
        if self.stdin:
            return _StdoutWriter()
        return AtomicWriter(Path(self.args.output) / f.rel, gzip_output=is_gzip_name(f.rel),
                            fsync=self.args.fsync)

    def _doc(self, doc: Doc, result: DocResult) -> None:
        f = self.files[doc.file]
        s = self.stats
        if result.error:
            if f.kind == "jsonl":
                self._record_problem(RecordEvent(doc.file, doc.line or 0, "failed",
                                                 result.error, doc.raw))
            else:
                self.file_bad[doc.file] = result.error
                s.documents["failed"] += 1
            return
        if doc.file in self.file_bad:  # its output could not be written: the file fails
            return
        labels = _labels_record(result) if self.want_lines else None
        if f.kind == "jsonl":
            record = doc.record if doc.record is not None else {}
            record[self.args.text_field] = result.text
            if self.args.add_labels:
                record["cleaner"] = labels
            out = _json_line(record)
        else:
            self.writer = self._open_output(f)
            out = (result.text + "\n").encode("utf-8") if result.text else b""
        assert self.writer is not None
        self.writer.write(out)
        s.documents["processed"] += 1
        s.bytes_in += doc.size
        s.input_bytes_current = doc.pos
        s.lines.update(result.labels or {})
        s.repairs.update(result.repairs or {})
        s.bytes_out += len(result.text.encode("utf-8"))
        if self.args.labels:
            meta = {"path": f.path}
            if doc.line is not None:
                meta["line"] = doc.line
            self._side_write("labels", _json_line({**meta, **labels}))

    def _record_problem(self, event: RecordEvent) -> None:
        f = self.files[event.file]
        self.stats.documents[event.status] += 1
        self.stats.problem(f.path, event.status, event.reason, line=event.line)
        self.log(f"{event.status}: {f.path} line {event.line}: {event.reason}",
                 always=event.status == "failed")
        if event.raw is not None and "rejects" in self.side:
            self._side_write("rejects", event.raw + b"\n")

    def _side_write(self, name: str, data: bytes) -> None:
        try:
            self.side[name].write(data)
        except OSError as exc:
            raise _Fatal(f"cannot write --{name} file: {exc}") from exc


def _mp_context(first: bool):
    """How worker processes start.

    The first pool on Linux forks: it is created before the reader thread starts, when this
    process is single-threaded and has not used OpenMP, and the workers inherit the imports
    for free (start-up in well under a second instead of seconds). A replacement pool (after a
    worker died) is made while the reader thread runs, where forking is unsafe: it uses a fork
    server, which imports the cleaner once and forks workers from that. Spawn is the portable
    fallback (Windows).
    """
    import multiprocessing
    methods = multiprocessing.get_all_start_methods()
    if first and sys.platform.startswith("linux") and "fork" in methods:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["cleaner.cli_worker"])
        return context
    return multiprocessing.get_context("spawn")


class _Fatal(Exception):
    """Nothing more can be written (disk full, read-only): stop the run, keep what is done."""


class _WorkerDied(Exception):
    pass


def _failed_future() -> Future:
    future: Future = Future()
    future.set_exception(_WorkerDied())
    return future


def _terminate(executor) -> None:
    """Stop workers now: on interrupt or a dead worker, waiting for busy ones is pointless."""
    processes = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        try:
            process.terminate()
        except Exception:
            pass
    try:
        executor.shutdown(wait=True, cancel_futures=True)
    except Exception:
        pass


def _labels_record(result: DocResult) -> dict:
    return {
        "encoding": result.encoding,
        "repairs": result.doc_repairs or [],
        "lines": [{"text": text, "label": label, "score": score, "repairs": repairs}
                  for text, label, score, repairs in (result.lines or [])],
    }


def _json_line(record: dict) -> bytes:
    try:
        return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates in some field: keep them as JSON escapes
        return (json.dumps(record, ensure_ascii=True) + "\n").encode("ascii")


# -- set-up and safety checks -------------------------------------------------------------
def _plan(args: argparse.Namespace) -> tuple[Discovery, dict[int, str]]:
    """Find inputs and decide what to do with existing outputs, before touching the disk."""
    if args.inputs == ["-"]:
        if args.output:
            raise UsageError("'-' writes to stdout: do not give -o")
        kind = "jsonl" if args.stdin_format == "jsonl" else "text"
        return Discovery(files=[InputFile("-", "-", "-", kind, 0, special=True)]), {}
    if "-" in args.inputs:
        raise UsageError("'-' (stdin) cannot be mixed with other inputs")
    if not args.output:
        raise UsageError("-o OUTDIR is required (inputs are never modified in place)")
    if os.path.exists(args.output) and not os.path.isdir(args.output):
        raise UsageError(f"output {args.output!r} exists and is not a folder")
    found = discover(args.inputs)
    check_output_dir(args.output, found)
    inputs = {os.path.realpath(f.abspath) for f in found.files}
    for name in ("labels", "report", "rejects"):
        target = getattr(args, name)
        if target and os.path.realpath(target) in inputs:
            raise UsageError(f"--{name} {target!r} is one of the inputs")
        if target and os.path.exists(target) and not (args.overwrite or args.resume):
            raise UsageError(f"--{name} {target!r} exists; use --overwrite or --resume")
    done: dict[int, str] = {}
    clashes = []
    for index, f in enumerate(found.files):
        out = Path(args.output) / f.rel
        if not out.exists():
            continue
        if args.resume and not f.special and out.stat().st_mtime >= f.mtime:
            done[index] = "output already complete (--resume)"
        elif not (args.resume or args.overwrite):
            clashes.append(str(out))
    if clashes:
        shown = ", ".join(clashes[:3]) + (", ..." if len(clashes) > 3 else "")
        raise UsageError(f"{len(clashes)} output(s) already exist ({shown}); "
                         "use --resume to finish an earlier run or --overwrite to replace them")
    return found, done


def _check_model(args: argparse.Namespace) -> None:
    if args.model:
        if not os.path.isfile(args.model):
            raise UsageError(f"--model {args.model!r} is not a file")
        return
    default_model_path()  # raises ModelError with a clear message if the model is missing


def _review(args: argparse.Namespace) -> int:
    """--show: the coloured terminal view of the inputs (text files), nothing written."""
    from cleaner.show import analyze_files, expand, show_terminal
    from cleaner.view_terminal import use_color

    errors: list[str] = []
    try:
        pages = analyze_files(expand(args.inputs), Cleaner(model=args.model, keep=args.keep),
                              errors)
    except ModelError as exc:
        print(f"clean-files: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    sys.stdout.write(show_terminal(pages, color=use_color(args.color, sys.stdout), width=None))
    for error in errors:
        print(f"clean-files: failed: {error}", file=sys.stderr)
    return EXIT_FAILED if errors else 0


def _write_html_review(args: argparse.Namespace, files: list, cleaner: Cleaner) -> None:
    """--html: review pages for the text-file inputs (a second, read-only analysis pass)."""
    from cleaner.show import analyze_files
    from cleaner.view_html import write_html

    paths = [Path(f.abspath) for f in files if f.kind == "text"]
    if paths:
        write_html(analyze_files(paths, cleaner), Path(args.html), keep=cleaner.keep)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # before anything imports scikit-learn; undone on return, for a caller's own process
    with unused_packages_skipped():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    if args.show:
        return _review(args)
    stats = Stats()
    try:
        found, done = _plan(args)
        if args.html:
            check_output_dir(args.html, found)  # review pages must not land in an input
        _check_model(args)
    except UsageError as exc:
        print(f"clean-files: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ModelError as exc:
        print(f"clean-files: error: {exc}", file=sys.stderr)
        return EXIT_FAILED

    stats.files_total = len(found.files) + len(found.problems)
    stats.input_bytes_total = sum(f.size for f in found.files)
    for problem in found.problems:
        stats.files[problem.status] += 1
        stats.problem(problem.path, problem.status, problem.reason)
        if not args.quiet and (args.verbose or problem.status == "failed"):
            print(f"clean-files: {problem.status}: {problem.path}: {problem.reason}",
                  file=sys.stderr)

    side: dict[str, AtomicWriter] = {}
    for name in ("labels", "rejects"):
        if getattr(args, name):
            side[name] = AtomicWriter(getattr(args, name), fsync=args.fsync)
    cleaner = Cleaner(model=args.model, keep=args.keep)
    runner = Runner(args, found.files, done, stats, cleaner, side)

    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        runner.run()
        if args.html:
            _write_html_review(args, found.files, cleaner)
    except KeyboardInterrupt:
        stats.interrupted = True
    finally:
        signal.signal(signal.SIGTERM, previous)
        for writer in side.values():
            try:
                writer.commit()  # what they hold is valid for what was processed
            except OSError as exc:
                writer.abort()
                stats.fatal = stats.fatal or f"cannot write {writer.target}: {exc}"
    _finish(args, stats)
    if stats.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if stats.failed() else EXIT_OK


def _raise_interrupt(_signum, _frame):
    raise KeyboardInterrupt


def _finish(args: argparse.Namespace, stats: Stats) -> None:
    if args.report:
        extra = {"command": ["clean-files", *(sys.argv[1:] if sys.argv else [])],
                 "output": args.output, "jobs": args.jobs, "keep": list(args.keep)}
        report = stats.to_json(extra)
        try:
            data = json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8")
        except UnicodeEncodeError:  # file names that are not UTF-8: keep them as escapes
            data = json.dumps(report, ensure_ascii=True, indent=2).encode("ascii")
        try:
            writer = AtomicWriter(args.report, fsync=args.fsync)
            writer.write(data + b"\n")
            writer.commit()
        except OSError as exc:
            print(f"clean-files: error: cannot write the report {args.report}: {exc}",
                  file=sys.stderr)
    if stats.fatal:
        print(f"clean-files: error: {stats.fatal}", file=sys.stderr)
    if not args.quiet:
        print(stats.summary(), file=sys.stderr)


__all__ = ["build_parser", "main"]

if __name__ == "__main__":
    sys.exit(main())
