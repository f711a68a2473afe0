"""End-to-end throughput of cleaner against ftfy.fix_text on the same pages, one core.

Run: python benchmarks/bench_pipeline.py [--pages 1000]

Prints MB/s and pages/s for ftfy (default settings) and for cleaner, the ratio between them,
the time per stage (decode+repair, features, model, assemble) so the next bottleneck is
visible, and the model load time. Both are measured in the same run on the same pages, after
one warm-up pass (lazy loads: the model, the character and mojibake language models, the
pinyin table), each as the best of ``--repeat`` runs, alternating, so a busy moment on a
shared machine hits both alike. Native threads are limited to one (single-core figures).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import pickle
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ftfy  # noqa: E402
from corpus import as_text, benchmark_pages  # noqa: E402

from cleaner import Cleaner  # noqa: E402


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def clean_all(cleaner: Cleaner, pages: list, batch: int) -> None:
    """Every page through Cleaner.clean_many, ``batch`` pages per call (what is timed)."""
    for start in range(0, len(pages), batch):
        cleaner.clean_many(pages[start:start + batch])


def staged_run(cleaner: Cleaner, pages: list, batch: int) -> dict[str, float]:
    """Cleaner.analyze_many's stages, each timed separately."""
    model = cleaner.model
    stages = dict.fromkeys(["decode+repair", "features", "model", "assemble"], 0.0)
    for start in range(0, len(pages), batch):
        prepared, t = timed(lambda c: [cleaner.prepare(p) for p in c], pages[start:start + batch])
        stages["decode+repair"] += t
        features, t = timed(model.featurize, [p.lines for p in prepared])
        stages["features"] += t
        predictions, t = timed(model.predict_batch, features)
        stages["model"] += t
        _, t = timed(cleaner.label, prepared, predictions)
        stages["assemble"] += t
    return stages


@contextlib.contextmanager
def library_clock(clock=time.perf_counter):
    """Time spent inside ftfy, chardet and scikit-learn's predictors while the block runs.

    Wraps the entry points cleaner calls (module attributes, looked up at call time) with a
    timer; only the outermost library call counts, so ftfy calling its own ``is_bad`` inside
    ``fix_and_explain`` is not counted twice. Yields the dict it fills (seconds per library).
    """
    import chardet
    import ftfy.badness
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import SGDClassifier

    seconds = {"ftfy": 0.0, "chardet": 0.0, "scikit-learn": 0.0}
    depth = [0]
    targets = [(ftfy, "fix_and_explain", "ftfy"), (ftfy.badness, "is_bad", "ftfy"),
               (chardet, "detect", "chardet"),
               (HistGradientBoostingClassifier, "predict_proba", "scikit-learn"),
               (SGDClassifier, "predict_proba", "scikit-learn")]
    originals = [(owner, name, getattr(owner, name)) for owner, name, _ in targets]

    def timer(fn, library):
        def wrapped(*args, **kwargs):
            depth[0] += 1
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    seconds[library] += clock() - start
        return wrapped

    for (owner, name, library), (_, _, fn) in zip(targets, originals):
        setattr(owner, name, timer(fn, library))
    try:
        yield seconds
    finally:
        for owner, name, fn in originals:
            setattr(owner, name, fn)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also print the N functions with the most own time (cProfile)")
    parser.add_argument("--save-pages", type=Path, metavar="FILE",
                        help="also write the pages (pickle) for a later --pages-file run")
    parser.add_argument("--pages-file", type=Path, metavar="FILE",
                        help="use pages saved by --save-pages instead of generating them: "
                             "the generator changes with the model, so comparing two "
                             "versions of cleaner needs the same saved pages")
    args = parser.parse_args()

    if args.pages_file:
        pages = pickle.loads(args.pages_file.read_bytes())[: args.pages]
    else:
        pages = benchmark_pages(args.pages)
    if args.save_pages:
        args.save_pages.write_bytes(pickle.dumps(pages))
    texts = [as_text(p) for p in pages]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    lines = sum(t.count("\n") + 1 for t in texts)
    classified = sum(1 for t in texts for line in t.split("\n") if line.strip())
    print(f"{len(pages)} pages, {megabytes:.2f} MB as UTF-8, {lines} lines "
          f"({classified} non-blank, the ones the model labels)")

    # `import cleaner` does not import scikit-learn; the first use does, once per process.
    start = time.perf_counter()
    importlib.import_module("cleaner.model")
    imported = time.perf_counter()
    cleaner = Cleaner()
    cleaner.model  # noqa: B018 - force the load
    print(f"import of scikit-learn (first use, once per process): {imported - start:.2f} s; "
          f"model load: {time.perf_counter() - imported:.2f} s")

    cleaner.clean_many(pages[: args.batch])  # warm-up: every lazily loaded table
    ftfy_runs, cleaner_runs = [], []
    for _ in range(args.repeat):
        ftfy_runs.append(timed(lambda: [ftfy.fix_text(t) for t in texts])[1])
        cleaner_runs.append(timed(clean_all, cleaner, pages, args.batch)[1])
    ftfy_s, cleaner_s = min(ftfy_runs), min(cleaner_runs)
    print(f"ftfy.fix_text: {megabytes / ftfy_s:6.2f} MB/s  {len(pages) / ftfy_s:7.1f} pages/s")
    print(f"cleaner.clean: {megabytes / cleaner_s:6.2f} MB/s  {len(pages) / cleaner_s:7.1f} pages/s"
          f"  {lines / cleaner_s:8.0f} lines/s")
    # The machine's pace changes within seconds: each round times ftfy and cleaner back to
    # back, and the median of the rounds' ratios is the steadier figure.
    pairs = sorted(f / c for f, c in zip(ftfy_runs, cleaner_runs))
    print(f"ratio cleaner / ftfy: {ftfy_s / cleaner_s:.2f}x best of {args.repeat} each; "
          f"{statistics.median(pairs):.2f}x median of {args.repeat} back-to-back rounds "
          f"(range {pairs[0]:.2f}-{pairs[-1]:.2f})")

    runs = [staged_run(cleaner, pages, args.batch) for _ in range(args.repeat)]
    stages = {name: min(run[name] for run in runs) for name in runs[0]}
    total = sum(stages.values())
    print("per stage:")
    for name, seconds in stages.items():
        print(f"  {name:<14}{seconds:7.2f} s  {100 * seconds / total:5.1f} %  "
              f"{megabytes / seconds:8.2f} MB/s  {lines / seconds:9.0f} lines/s")
    classify = stages["features"] + stages["model"]
    print(f"classification (features + model, one core): {classified / classify:,.0f} "
          "non-blank lines/s (issue 4 asks >= 20,000)")
    # What the libraries alone cost: the bound on the ratio even if cleaner's own code
    # (features, repairs, stacking) took no time at all.
    floors = []
    for _ in range(args.repeat):
        with library_clock() as seconds:
            clean_all(cleaner, pages, args.batch)
        floors.append(seconds)
    inside = {name: min(run[name] for run in floors) for name in floors[0]}
    library_s = sum(inside.values())
    print("inside libraries: " + ", ".join(f"{n} {s:.2f} s" for n, s in inside.items()) +
          f"; together {library_s:.2f} s = {100 * library_s / ftfy_s:.0f} % of ftfy.fix_text's "
          f"time, so at most {ftfy_s / library_s:.2f}x ftfy if cleaner's own code were free")
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(clean_all, cleaner, pages, args.batch)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        main()
