"""clean-files at scale: --jobs scaling and peak memory of the whole process tree (issue 6).

    python benchmarks/bench_cli.py                    # 40 MB JSONL: jobs 1 vs 2, memory
    python benchmarks/bench_cli.py --size-mb 1000     # the issue's 1 GB shard (long)
    python benchmarks/bench_cli.py --jobs 2 --size-mb 1000 --skip-baseline   # memory only

Writes one JSONL shard of generated pages (the benchmark mix of ``corpus.py``, as UTF-8
text, with ids) to a temporary folder, then runs the real ``clean-files`` command on it as
a subprocess for each ``--jobs`` value. While it runs, the memory of clean-files and all its
workers is summed from /proc every 50 ms; the peak of that sum is what the issue caps
(400 MB). PSS is the honest total (a shared library page counts once); summed RSS counts
numpy's, scipy's and scikit-learn's code once per process and is printed for comparison.
Time is wall time, start-up (imports, model load in every worker) included, since that is
what a user waits for.

The speed-up is compared with what the machine gives any CPU-bound work: the same cleaning
of in-memory pages (no files, no JSON, no inter-process traffic) in one process, then in N
processes at once, each doing the same amount. On a shared VM two vCPUs rarely give 2x.
Linux only (reads /proc).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import as_text, benchmark_pages  # noqa: E402

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def write_shard(path: Path, size_mb: float) -> int:
    """Cycle the benchmark pages into one JSONL shard of about ``size_mb`` MB."""
    pages = [as_text(p) for p in benchmark_pages(400)]
    target, written, n = size_mb * 1e6, 0, 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            line = json.dumps({"id": n, "text": pages[n % len(pages)]}, ensure_ascii=False)
            out.write(line + "\n")
            written += len(line.encode("utf-8")) + 1
            n += 1
    return n


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(x) for x in handle.read().split()]
    except OSError:
        return []


def _pss(pid: int) -> int | None:
    """Proportional set size: shared pages (library code, copy-on-write) divided among the
    processes sharing them, so summing over processes counts each page once."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def tree_memory(pid: int) -> tuple[int, int]:
    """(summed RSS, summed PSS) of ``pid`` and all its descendants, in bytes."""
    rss = pss = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/statm") as handle:
                resident = int(handle.read().split()[1]) * PAGE_SIZE
        except OSError:
            continue
        rss += resident
        pss += _pss(current) or resident
        stack.extend(_children(current))
    return rss, pss


def run(shard: Path, out: Path, jobs: int) -> dict:
    command = [sys.executable, "-m", "cleaner.cli", str(shard), "-o", str(out), "-j", str(jobs),
               "--overwrite", "--no-fsync", "-q", "--report", str(out / "report.json")]
    env = dict(os.environ, OMP_NUM_THREADS="1")
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env)
    peak = [0, 0]

    def watch() -> None:
        while process.poll() is None:
            rss, pss = tree_memory(process.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    code = process.wait()
    seconds = time.perf_counter() - start
    watcher.join()
    if code != 0:
        raise SystemExit(f"clean-files exited {code}")
    report = json.loads((out / "report.json").read_text())
    return {"jobs": jobs, "seconds": seconds, "peak_rss_mb": peak[0] / 1e6,
            "peak_pss_mb": peak[1] / 1e6, "report": report}


_WORK: list = []


def _clean_all(_: int = 0) -> float:
    """Clean the preloaded pages three times (in this process or a forked one): a few
    seconds, so the machine's moment-to-moment noise averages out; seconds taken."""
    cleaner, pages = _WORK
    start = time.perf_counter()
    for _ in range(3):
        for i in range(0, len(pages), 16):
            cleaner.clean_many(pages[i:i + 16])
    return time.perf_counter() - start


def machine_scaling(jobs: int, pages: int = 300) -> tuple[float, float, float]:
    """Throughput of ``jobs`` processes cleaning at once over one process alone: the ceiling
    for clean-files' speed-up on this machine, measured now. Returns (ratio, t1, tN)."""
    from threadpoolctl import threadpool_limits

    from cleaner import Cleaner

    cleaner = Cleaner()
    _WORK[:] = [cleaner, benchmark_pages(pages)]
    walls = []
    with threadpool_limits(1):
        _clean_all()  # model, tables and caches warm before forking, as in clean-files
        for processes in (1, jobs):  # both forked, so both pay the same copy-on-write faults
            with multiprocessing.get_context("fork").Pool(processes) as pool:
                start = time.perf_counter()
                pool.map(_clean_all, range(processes), chunksize=1)
                walls.append(time.perf_counter() - start)
    alone, together = walls
    return jobs * alone / together, alone, together


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=40.0)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--skip-baseline", action="store_true",
                        help="run only the given --jobs values, no ratio")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        shard = Path(tmp) / "shard.jsonl"
        n = write_shard(shard, args.size_mb)
        size = shard.stat().st_size / 1e6
        print(f"input: one JSONL shard, {n} documents, {size:.0f} MB")
        results = []
        for jobs in args.jobs:
            result = run(shard, Path(tmp) / f"out{jobs}", jobs)
            results.append(result)
            print(f"--jobs {jobs}: {result['seconds']:7.1f} s  {n / result['seconds']:6.1f} docs/s"
                  f"  {size / result['seconds']:5.2f} MB/s  peak memory of all processes: "
                  f"PSS {result['peak_pss_mb']:4.0f} MB "
                  f"(RSS summed {result['peak_rss_mb']:4.0f} MB)",
                  flush=True)
        if not args.skip_baseline and len(results) > 1:
            base = results[0]
            for result in results[1:]:
                speed_up = base["seconds"] / result["seconds"]
                ceiling, alone, together = machine_scaling(result["jobs"])
                print(f"speed-up --jobs {result['jobs']} / --jobs {base['jobs']}: "
                      f"{speed_up:.2f}x")
                print(f"machine ceiling: {result['jobs']} processes cleaning the same pages "
                      f"in memory at once give {ceiling:.2f}x one process ({alone:.1f} s alone, "
                      f"{together:.1f} s for {result['jobs']} at once); clean-files reaches "
                      f"{speed_up / ceiling:.0%} of it")


if __name__ == "__main__":
    main()
