"""Throughput per worker of the engine adapters against ``Cleaner.clean`` in a loop.

Every variant cleans the same real pages (the dev split of ../shared, never a test split) on
one core: OpenMP is capped at one thread for all of them, as it is inside a datatrove task or
a Ray actor. Each variant runs ``--repeat`` times, interleaved so machine load hits them
alike, and the best run counts. In-process variants are timed in process CPU seconds (robust
on a shared machine); the Ray pipeline, which works in other processes, by the wall clock.
Target: adapters within 10 % of the loop (ratio >= 0.90).

    python benchmarks/bench_integrations.py [--docs 300] [--repeat 3] [--ray-e2e]

``--ray-e2e`` also runs a real Ray Data pipeline with one actor: Ray's scheduling and
serialisation and the actor's start-up and model load are included, Ray's own start-up is not.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from cleaner import Cleaner
from cleaner.datasets import data_dir, is_test_split, read_jsonl
from cleaner.integrations import thread_limit

PAGES_FILE = "lines/trafilatura-snippets.dev.jsonl"
RAY_FULL = "Ray Data, 1 actor, end to end"
RAY_ONE = "Ray Data, 1 actor, one page"


def load_pages(count: int) -> list[str]:
    path = data_dir() / PAGES_FILE
    if is_test_split(path):
        raise SystemExit("refusing to benchmark on a test split")
    if not path.is_file():
        raise SystemExit(f"needs the shared data: {path} not found (set CLEANER_SHARED_DIR)")
    pages = []
    for record in read_jsonl(path):
        pages.append("\n".join(line["text"] for line in record["lines"]))
        if len(pages) == count:
            break
    return pages


def timed(run: Callable[[], object], clock: Callable[[], float]) -> float:
    start = clock()
    run()
    return clock() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--ray-e2e", action="store_true")
    args = parser.parse_args(argv)

    pages = load_pages(args.docs)
    chars = sum(len(p) for p in pages)
    cleaner = Cleaner()
    _ = cleaner.model
    variants: dict[str, Callable[[], object]] = {}

    def loop() -> list[str]:
        with thread_limit(1):
            return [cleaner.clean(page) for page in pages]

    variants["Cleaner.clean loop"] = loop
    reference = loop()

    try:
        from datatrove.data import Document

        from cleaner.integrations.datatrove import CleanerStep
    except ImportError as error:
        print(f"skipping datatrove: {error}", file=sys.stderr)
    else:
        step = CleanerStep(model=cleaner.model, drop_empty=False)  # default batching

        def datatrove_step() -> list[str]:
            docs = (Document(text=page, id=str(i)) for i, page in enumerate(pages))
            return [doc.text for doc in step.run(docs)]

        assert datatrove_step() == reference
        variants["datatrove CleanerStep (1 task)"] = datatrove_step

    try:
        import pandas
        import pyarrow
    except ImportError as error:
        print(f"skipping the Ray callable: {error}", file=sys.stderr)
    else:
        from cleaner.integrations.ray import BatchCleaner

        batch_cleaner = BatchCleaner(model=cleaner.model)
        frames = [pandas.DataFrame({"text": pages[i:i + args.batch_size]})
                  for i in range(0, len(pages), args.batch_size)]
        tables = [pyarrow.table({"text": pages[i:i + args.batch_size]})
                  for i in range(0, len(pages), args.batch_size)]

        def ray_pandas() -> list[str]:
            return [t for frame in frames for t in batch_cleaner(frame)["text"].tolist()]

        def ray_arrow() -> list[str]:
            return [t for table in tables for t in batch_cleaner(table)["text"].to_pylist()]

        assert ray_pandas() == reference == ray_arrow()
        variants["BatchCleaner, pandas batches"] = ray_pandas
        variants["BatchCleaner, pyarrow batches"] = ray_arrow
        if args.ray_e2e:
            full, single = ray_pipeline(pages, args.batch_size, reference)
            variants[RAY_FULL] = full
            variants[RAY_ONE] = single

    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.repeat):
        for name, run in variants.items():
            # In-process variants are timed in CPU seconds of this process, which other
            # processes on a shared machine barely disturb; Ray works in other processes,
            # so its runs are timed by the wall clock.
            clock = time.perf_counter if name.startswith("Ray Data") else time.process_time
            times[name].append(timed(run, clock))

    base = min(times["Cleaner.clean loop"])
    print(f"{len(pages)} pages, {chars / 1e6:.2f} M chars, best of {args.repeat}, "
          f"1 OpenMP thread, engine batches of {args.batch_size}; CPU time in-process, "
          f"wall time for Ray Data")
    print(f"{'variant':<38}{'docs/s':>9}{'MB/s':>8}{'ratio':>8}")
    for name, runs in times.items():
        if name == RAY_ONE:
            continue
        best = min(runs)
        print(f"{name:<38}{len(pages) / best:>9.1f}{chars / best / 1e6:>8.3f}{base / best:>8.2f}")
    if RAY_ONE in times:
        # The fixed cost of a run (actor start, model load) is what a one-page run takes;
        # what remains is the per-page cost of a long-running actor.
        fixed = min(times[RAY_ONE])
        marginal = min(times[RAY_FULL]) - fixed
        rest = chars - len(pages[0])
        name = "Ray Data, 1 actor, after start-up"
        print(f"{name:<38}{(len(pages) - 1) / marginal:>9.1f}{rest / marginal / 1e6:>8.3f}"
              f"{base / len(pages) * (len(pages) - 1) / marginal:>8.2f}"
              f"   (start-up {fixed:.1f} s per run)")


def ray_pipeline(pages: list[str], batch_size: int,
                 reference: list[str]) -> tuple[Callable[[], object], Callable[[], object]]:
    """Two callables that run a real Ray Data pipeline with one actor: all pages, one page.

    Each run starts its actor, so its time includes one model load (a few seconds).
    """
    import ray
    import ray.data

    from cleaner.integrations.ray import BatchCleaner

    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    rows = [{"i": i, "text": page} for i, page in enumerate(pages)]
    sources = [ray.data.from_items(rows).materialize(), ray.data.from_items(rows[:1]).materialize()]

    def runner(source) -> Callable[[], list[str]]:
        def run() -> list[str]:
            out = source.map_batches(BatchCleaner, batch_size=batch_size, batch_format="pyarrow",
                                     compute=ray.data.ActorPoolStrategy(size=1))
            return [row["text"] for row in sorted(out.take_all(), key=lambda r: r["i"])]
        return run

    full, single = runner(sources[0]), runner(sources[1])
    assert full() == reference
    return full, single


if __name__ == "__main__":
    main()
