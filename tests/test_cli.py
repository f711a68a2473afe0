"""clean-files, run for real as a subprocess on temporary folders.

Each test builds a small input tree, runs ``python -m cleaner.cli`` and checks what landed on
disk, the exit status and the JSON report. Interrupted runs use a named pipe as the last input:
the command blocks reading it after finishing everything before it, which lets a test kill it
at a known point instead of racing a timer.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cleaner

# Run the same cleaner the tests import: the installed package under CI, else the source tree.
PACKAGE_ROOT = Path(cleaner.__file__).resolve().parent.parent
ARTICLE = (
    "Home | World | Business | Sport | Contact\n"
    "\n"
    "The regional water authority said on Monday that reservoir levels had recovered after "
    "three weeks of steady rain, easing fears of restrictions during the summer.\n"
    "Engineers will still inspect the older dams this autumn, a spokeswoman said, because the "
    "spring floods damaged two spillways and a service road.\n"
    "\n"
    "Copyright 2024 Example Media Group. All rights reserved.\n"
)


def env() -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(PACKAGE_ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    return e


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "cleaner.cli", *args]


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(command(*args), input=stdin, capture_output=True, env=env(),
                          cwd=cwd, timeout=timeout)


def article(n: int) -> str:
    return ARTICLE.replace("Monday", f"Monday ({n})")


def records(count: int, start: int = 0) -> bytes:
    return b"".join(json.dumps({"id": i, "url": f"https://example.org/{i}", "text": article(i)})
                    .encode() + b"\n" for i in range(start, start + count))


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (relative path -> bytes), hidden temporaries included."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def digest(root: Path) -> dict[str, str]:
    return {k: hashlib.sha256(v).hexdigest() for k, v in tree(root).items()}


def temporaries(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".clean-files-tmp")]


@pytest.fixture()
def messy(tmp_path: Path) -> Path:
    """Nested folders with text in three encodings, binary, empty, a broken symlink, a symlink
    loop, and JSONL shards (plain and gzip) containing a bad record and a record without text."""
    root = tmp_path / "in"
    (root / "news" / "2024").mkdir(parents=True)
    (root / "shards").mkdir()
    (root / "news" / "a.txt").write_text(article(1), encoding="utf-8")
    (root / "news" / "2024" / "latin1.txt").write_bytes(
        article(2).replace("recovered", "récupéré").encode("cp1252"))
    (root / "news" / "2024" / "utf16.txt").write_bytes(article(3).encode("utf-16"))
    (root / "news" / "empty.txt").write_bytes(b"")
    (root / "news" / "old.txt.gz").write_bytes(gzip.compress(article(4).encode("utf-8")))
    (root / "news" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / "news" / "blob.bin").write_bytes(b"abc\x00\x01\x02" * 50)
    (root / "news" / "dead.txt").symlink_to(root / "missing.txt")
    (root / "news" / "2024" / "loop").symlink_to(root / "news")
    shard = records(2, 0) + b"{this is not json\n" + b'{"id": 9, "body": "no text"}\n' \
        + records(2, 2)
    (root / "shards" / "part-0.jsonl").write_bytes(shard)
    (root / "shards" / "part-1.jsonl.gz").write_bytes(gzip.compress(records(3, 10)))
    (root / "zblocked").mkdir()
    (root / "zblocked" / "x.txt").write_text(article(5))  # its output folder is a file
    return root


def test_messy_folder_mirrors_tree_reports_everything_and_keeps_going(messy: Path,
                                                                    tmp_path: Path):
    before = digest(messy)
    out, report, rejects, labels = (tmp_path / n for n in
                                    ("out", "report.json", "rejects.jsonl", "labels.jsonl"))
    out.mkdir()
    (out / "zblocked").write_text("a file where the output folder should go")
    result = run(str(messy), "-o", str(out), "--report", str(report), "--rejects", str(rejects),
                 "--labels", str(labels), "--jobs", "1")
    stderr = result.stderr.decode()
    assert result.returncode == 1, stderr  # two bad records failed
    assert digest(messy) == before  # inputs untouched

    produced = sorted(tree(out))
    assert produced == ["news/2024/latin1.txt", "news/2024/utf16.txt", "news/a.txt",
                        "news/old.txt.gz", "shards/part-0.jsonl", "shards/part-1.jsonl.gz",
                        "zblocked"]
    old_body = gzip.decompress((out / "news/old.txt.gz").read_bytes()).decode("utf-8")
    # text outputs are UTF-8 clean bodies
    for name in ("news/a.txt", "news/2024/latin1.txt", "news/2024/utf16.txt"):
        body = (out / name).read_text(encoding="utf-8")
        assert "\x00" not in body and "\ufffd" not in body

    # JSONL: the good records survive in order with every other field, the bad ones do not
    part0 = [json.loads(x) for x in (out / "shards/part-0.jsonl").read_text().splitlines()]
    assert [r["id"] for r in part0] == [0, 1, 2, 3]
    assert all(r["url"] == f"https://example.org/{r['id']}" for r in part0)
    part1 = gzip.decompress((out / "shards/part-1.jsonl.gz").read_bytes()).decode()
    assert [json.loads(x)["id"] for x in part1.splitlines()] == [10, 11, 12]

    # rejects hold the two bad lines verbatim
    assert rejects.read_bytes() == b'{this is not json\n{"id": 9, "body": "no text"}\n'

    rep = json.loads(report.read_text())
    assert rep["files"] == {"total": 12, "processed": 6, "skipped": 4, "failed": 2,
                            "already_done": 0}
    assert rep["documents"] == {"processed": 11, "skipped": 0, "failed": 2}
    assert rep["bytes_in"] > rep["bytes_out"] > 0
    assert sum(rep["lines"].values()) > 0 and set(rep["lines"]) >= {"content", "blank"}
    assert rep["throughput"]["documents_per_second"] > 0
    items = {(Path(i["path"]).name, i.get("line")): (i["status"], i["reason"])
             for i in rep["items"]}
    assert items[("part-0.jsonl", 3)][0] == "failed" and "JSON" in items[("part-0.jsonl", 3)][1]
    assert items[("part-0.jsonl", 4)] == ("failed", "missing text field 'text'")
    assert items[("empty.txt", None)] == ("skipped", "empty file")
    assert items[("photo.png", None)][0] == "skipped" and "PNG" in items[("photo.png", None)][1]
    assert items[("blob.bin", None)][0] == "skipped" and "NUL" in items[("blob.bin", None)][1]
    assert items[("dead.txt", None)] == ("failed", "broken symlink")
    assert items[("x.txt", None)][0] == "failed"  # an output that cannot be written
    assert items[("x.txt", None)][1].startswith("cannot write output")
    assert items[("loop", None)][0] == "skipped" and "loop" in items[("loop", None)][1]
    assert "11 documents cleaned" in stderr  # the short summary

    # labels: one record per document, one entry per input line, aligned with the input
    docs = [json.loads(x) for x in labels.read_text().splitlines()]
    assert len(docs) == 11
    first = next(d for d in docs if d["path"].endswith("a.txt"))
    assert [x["text"] for x in first["lines"]] == article(1).split("\n")
    assert {x["label"] for x in first["lines"]} <= {"content", "navigation", "disclaimer",
                                                   "spam", None}
    assert any(d.get("line") == 5 for d in docs if d["path"].endswith("part-0.jsonl"))
    # each record's new text is exactly its lines labelled content, in order
    for record, line_no in zip(part0, (1, 2, 5, 6), strict=True):
        doc = next(d for d in docs if d["path"].endswith("part-0.jsonl")
                   and d["line"] == line_no)
        content = [x["text"].strip() for x in doc["lines"] if x["label"] == "content"]
        assert [x for x in record["text"].split("\n") if x] == content
    # the legacy encodings were decoded, not mangled
    by_name = {Path(d["path"]).name: d for d in docs}
    assert [x["text"] for x in by_name["latin1.txt"]["lines"]] == \
        article(2).replace("recovered", "récupéré").split("\n")
    assert [x["text"] for x in by_name["utf16.txt"]["lines"]] == article(3).split("\n")
    # a gzip text page comes out gzip-compressed, holding exactly its content lines
    old_content = [x["text"].strip() for x in by_name["old.txt.gz"]["lines"]
                   if x["label"] == "content"]
    assert [x for x in old_body.split("\n") if x] == old_content


def test_only_deliberate_skips_exit_zero_and_jobs_do_not_change_output(tmp_path: Path):
    src = tmp_path / "in"
    (src / "deep" / "er").mkdir(parents=True)
    for i in range(6):
        (src / "deep" / ("er" if i % 2 else "") / f"p{i}.txt").write_text(article(i))
    (src / "empty.txt").write_bytes(b"")
    (src / "x.pdf").write_bytes(b"%PDF-1.4 binary")
    (src / "s.jsonl.gz").write_bytes(gzip.compress(records(9)))  # spans three batches
    one, two = tmp_path / "one", tmp_path / "two"
    r1 = run(str(src), "-o", str(one), "--jobs", "1", "--batch-size", "4")
    r2 = run(str(src), "-o", str(two), "--jobs", "2", "--batch-size", "4", "--quiet")
    assert r1.returncode == 0, r1.stderr.decode()
    assert r2.returncode == 0, r2.stderr.decode()
    assert r2.stderr == b""  # --quiet
    assert tree(one) == tree(two)
    assert len(tree(one)) == 7


def test_output_inside_or_equal_to_input_is_refused_before_writing(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(article(1))
    result = run(str(src), "-o", str(src / "cleaned"))
    assert result.returncode == 2
    assert b"inside input folder" in result.stderr
    assert sorted(p.name for p in src.iterdir()) == ["a.txt"]


def test_rerun_refuses_to_overwrite_unless_asked(tmp_path: Path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(article(1))
    assert run(str(src), "-o", str(out), "-j", "1").returncode == 0
    first = tree(out)
    (out / "a.txt").write_text("edited by hand")
    refused = run(str(src), "-o", str(out), "-j", "1")
    assert refused.returncode == 2 and b"--overwrite" in refused.stderr
    assert (out / "a.txt").read_text() == "edited by hand"
    again = run(str(src), "-o", str(out), "-j", "1", "--overwrite")
    assert again.returncode == 0
    assert tree(out) == first


def test_usage_errors_exit_two(tmp_path: Path):
    (tmp_path / "a.txt").write_text("x")
    assert run(str(tmp_path / "a.txt")).returncode == 2  # no -o
    equal = run(str(tmp_path), "-o", str(tmp_path), "--keep", "content,navigation")
    assert equal.returncode == 2 and b"inside input folder" in equal.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_globs_keep_and_labels_in_records(tmp_path: Path):
    src = tmp_path / "in"
    for d in ("a", "b"):
        (src / d).mkdir(parents=True)
        (src / d / "page.txt").write_text(article(ord(d)))
        (src / d / "s.jsonl").write_bytes(records(2))
    out = tmp_path / "out"
    result = run(str(src / "*" / "*.txt"), str(src / "a" / "s.jsonl"), "-o", str(out),
                 "-j", "1", "--add-labels", "--keep", "content,navigation,disclaimer,spam")
    assert result.returncode == 0, result.stderr.decode()
    assert sorted(tree(out)) == ["a/page.txt", "a/s.jsonl", "b/page.txt"]  # globs mirror too
    rec = json.loads((out / "a/s.jsonl").read_text().splitlines()[0])
    assert [x["text"] for x in rec["cleaner"]["lines"]] == article(0).split("\n")
    # keeping every label keeps every non-blank line
    wide_lines = (out / "a/page.txt").read_text().splitlines()
    assert [x for x in wide_lines if x] == [x for x in article(ord("a")).split("\n") if x]


def test_max_doc_bytes_skips_large_documents_without_failing(tmp_path: Path):
    src, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "r.json"
    src.mkdir()
    (src / "big.txt").write_text(article(1) * 40)
    (src / "small.txt").write_text(article(2))
    odd_name = os.fsdecode(b"caf\xe9.txt")  # not UTF-8, and listed in the report as empty
    (src / odd_name).write_bytes(b"")
    big = json.dumps({"id": 1, "text": article(1) * 40}).encode() + b"\n"
    (src / "s.jsonl").write_bytes(records(1) + big + records(1, 5))
    result = run(str(src), "-o", str(out), "-j", "1", "--max-doc-bytes", "2K",
                 "--report", str(report))
    assert result.returncode == 0, result.stderr.decode()
    assert sorted(tree(out)) == ["s.jsonl", "small.txt"]
    assert [json.loads(x)["id"] for x in (out / "s.jsonl").read_text().splitlines()] == [0, 5]
    rep = json.loads(report.read_text())
    reasons = {(Path(i["path"]).name, i.get("line")): i["status"] for i in rep["items"]}
    assert reasons == {("big.txt", None): "skipped", ("s.jsonl", 2): "skipped",
                       (odd_name, None): "skipped"}


def test_stdin_to_stdout(tmp_path: Path):
    """The CLI prints what the library keeps (which lines that is, is the model's business:
    the model card measures it; this menu row sits near 0.5 with the shipped model)."""
    page = article(1).encode("cp1252")
    text = run("-", stdin=page)
    assert text.returncode == 0
    body = text.stdout.decode("utf-8")
    assert body.strip() == cleaner.clean(page).strip()
    assert "reservoir levels" in body and "All rights reserved" not in body
    shard = run("-", "--stdin-format", "jsonl", stdin=records(2) + b"oops\n")
    assert shard.returncode == 1
    assert [json.loads(x)["id"] for x in shard.stdout.decode().splitlines()] == [0, 1]
    assert b"line 3" in shard.stderr


def test_broken_model_stops_run_cleanly(tmp_path: Path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(article(1))
    bad = tmp_path / "bad.joblib"
    bad.write_bytes(b"not a model")
    result = run(str(src), "-o", str(out), "-j", "1", "--model", str(bad))
    assert result.returncode == 1
    assert b"model could not be loaded" in result.stderr
    assert not out.exists() or tree(out) == {}


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root can read any file, so permissions cannot be tested as root")
def test_unreadable_file_is_reported_not_fatal(tmp_path: Path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(article(1))
    locked = src / "locked.txt"
    locked.write_text(article(2))
    locked.chmod(0)
    result = run(str(src), "-o", str(out), "-j", "1")
    assert result.returncode == 1
    assert b"permission denied" in result.stderr.lower()
    assert sorted(tree(out)) == ["a.txt"]


# -- interrupted runs -----------------------------------------------------------------------
def _pipe_scenario(tmp_path: Path, docs: int = 4):
    """Inputs: a folder of pages, then a named pipe posing as a JSONL shard."""
    src = tmp_path / "in"
    (src / "pages").mkdir(parents=True)
    for i in range(docs):
        (src / "pages" / f"p{i}.txt").write_text(article(i))
    fifo = src / "late.jsonl"
    os.mkfifo(fifo)
    return src, fifo


def _default_sigint() -> None:
    # A test run started in the background inherits SIGINT as ignored, and Python then never
    # raises KeyboardInterrupt: give the child the default disposition, as a terminal would.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(command(*args), env=env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=_default_sigint)


def _wait_for(predicate, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.time() + timeout
    while not predicate():
        if proc.poll() is not None:
            raise AssertionError(f"clean-files exited early: {proc.stderr.read().decode()}")
        if time.time() > deadline:
            proc.kill()
            raise AssertionError("timed out waiting for clean-files")
        time.sleep(0.05)


def _open_pipe_for_writing(fifo: Path, proc: subprocess.Popen) -> int:
    """Open the pipe once clean-files opens its end (non-blocking, so a crash cannot hang us)."""
    fd = None

    def opened() -> bool:
        nonlocal fd
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            return True
        except OSError:
            return False

    _wait_for(opened, proc)
    os.set_blocking(fd, True)
    return fd


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for task in Path(f"/proc/{pid}/task").iterdir()
                for c in (task / "children").read_text().split()]
    except OSError:
        return []


def _workers(pid: int) -> list[int]:
    """Worker processes of clean-files: forked children, or children of its fork server."""
    out = []
    for child in _children(pid):
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"resource_tracker" in cmdline:
            continue
        if b"forkserver" in cmdline:
            out.extend(_children(child))
        else:
            out.append(child)
    return out


def _finish(proc: subprocess.Popen) -> str:
    """Wait for the command to end; its stderr."""
    _out, err = proc.communicate(timeout=180)  # generous: CI machines are shared
    return err.decode()


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/proc/self/task").exists(),
                    reason="needs named pipes and /proc (Linux)")
def test_killed_run_leaves_only_complete_outputs_and_resume_finishes(tmp_path: Path):
    src, fifo = _pipe_scenario(tmp_path)
    out, ref = tmp_path / "out", tmp_path / "ref"
    proc = _start(str(src / "pages"), str(fifo), "-o", str(out), "-j", "1", "--batch-size", "2")
    try:
        _wait_for(lambda: len(list((out / "pages").glob("*.txt"))) == 4
                  if (out / "pages").exists() else False, proc)
        fd = _open_pipe_for_writing(fifo, proc)
        os.write(fd, records(5))  # more than a batch: the shard's output is under way
        _wait_for(lambda: bool(temporaries(out)), proc)
        workers = _workers(proc.pid)
        proc.send_signal(signal.SIGKILL)  # no chance to clean up
        _finish(proc)
        os.close(fd)
        for worker in workers:
            try:
                os.kill(worker, signal.SIGKILL)
            except ProcessLookupError:
                pass
    finally:
        if proc.poll() is None:
            proc.kill()
    assert not (out / "late.jsonl").exists()  # never a truncated shard under its real name
    finished = {p: (out / p).stat().st_mtime_ns for p in tree(out) if p.startswith("pages/")}
    assert len(finished) == 4

    fifo.unlink()
    fifo.write_bytes(records(8))
    report = tmp_path / "report.json"
    resumed = run(str(src / "pages"), str(fifo), "-o", str(out), "-j", "1", "--resume",
                  "--report", str(report), "--batch-size", "2")
    assert resumed.returncode == 0, resumed.stderr.decode()
    rep = json.loads(report.read_text())
    assert rep["files"]["already_done"] == 4 and rep["files"]["processed"] == 1
    assert {p: (out / p).stat().st_mtime_ns for p in finished} == finished  # not redone
    assert temporaries(out) == []  # the killed run's temporary was cleared

    fresh = run(str(src / "pages"), str(fifo), "-o", str(ref), "-j", "1", "--batch-size", "2")
    assert fresh.returncode == 0
    assert tree(out) == tree(ref)


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/proc/self/task").exists(),
                    reason="needs named pipes and /proc (Linux)")
def test_ctrl_c_removes_partial_output_and_reports_interruption(tmp_path: Path):
    src, fifo = _pipe_scenario(tmp_path, docs=2)
    out, report = tmp_path / "out", tmp_path / "report.json"
    proc = _start(str(src / "pages"), str(fifo), "-o", str(out), "-j", "1",
                  "--report", str(report), "--batch-size", "2")
    try:
        _wait_for(lambda: len(list((out / "pages").glob("*.txt"))) == 2
                  if (out / "pages").exists() else False, proc)
        fd = _open_pipe_for_writing(fifo, proc)
        os.write(fd, records(5))
        _wait_for(lambda: bool(temporaries(out)), proc)
        proc.send_signal(signal.SIGINT)
        _finish(proc)
        os.close(fd)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    assert temporaries(out) == [] and not (out / "late.jsonl").exists()
    rep = json.loads(report.read_text())
    assert rep["interrupted"] is True and rep["files"]["processed"] == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/proc/self/task").exists(),
                    reason="needs named pipes and /proc (Linux)")
def test_a_dead_worker_is_replaced_and_nothing_is_lost(tmp_path: Path):
    src, fifo = _pipe_scenario(tmp_path, docs=2)
    out = tmp_path / "out"
    proc = _start(str(src / "pages"), str(fifo), "-o", str(out), "-j", "2")
    try:
        _wait_for(lambda: len(list((out / "pages").glob("*.txt"))) == 2
                  if (out / "pages").exists() else False, proc)
        workers = _workers(proc.pid)
        assert workers, "no worker process found"
        for worker in workers:
            os.kill(worker, signal.SIGKILL)
        fd = _open_pipe_for_writing(fifo, proc)
        os.write(fd, records(6))
        os.close(fd)
        stderr = _finish(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr
    assert "worker process died" in stderr
    ids = [json.loads(x)["id"] for x in (out / "late.jsonl").read_text().splitlines()]
    assert ids == list(range(6))


def test_console_script_is_installed():
    script = Path(sys.executable).parent / ("clean-files.exe" if os.name == "nt" else "clean-files")
    if not script.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the clean-files console script is missing next to {sys.executable}")
        pytest.skip("cleaner is not installed in this environment (no clean-files script)")
    result = subprocess.run([str(script), "--help"], capture_output=True, env=env())
    assert result.returncode == 0 and b"--resume" in result.stdout


def test_clean_files_keeps_pandas_out_and_cleans_the_same(tmp_path: Path):
    """scikit-learn imports pandas (and pyarrow) when installed: ~170 MB per process that
    clean-files never uses. clean-files hides them while it runs (a caller can import pandas
    afterwards), and the model works the same without them."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(article(1))
    script = ("import sys, json; from cleaner.cli import main; "
              f"rc = main([{str(src)!r}, '-o', {str(tmp_path / 'out')!r}, '-q']); "
              "loaded = 'pandas' in sys.modules; import pandas; "
              "print(json.dumps([rc, loaded, 'sklearn' in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env(),
                          timeout=120)
    assert json.loads(done.stdout) == [0, False, True], done.stderr.decode()
    plain = ("import json; from cleaner import Cleaner; "
             f"print(json.dumps(Cleaner().clean({article(1)!r})))")
    expected = subprocess.run([sys.executable, "-c", plain], capture_output=True, env=env(),
                              timeout=120)
    written = (tmp_path / "out" / "a.txt").read_text()
    assert written == json.loads(expected.stdout) + "\n"  # files end with a newline
