"""cleaner inside other engines: a real datatrove pipeline, a real Ray Data pipeline, pandas/arrow.

The engines are optional extras. Without them these tests skip, except under CI (the ``CI``
environment variable), where a missing extra is an error: CI must really run them.
Expected outputs are always computed with the in-process :class:`cleaner.Cleaner`, so the
tests check that the adapters clean exactly like the core library, whatever the model says.
"""

from __future__ import annotations

import gzip
import importlib
import json
import os
import pickle
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import cleaner
from cleaner import LABELS
from cleaner.integrations import budget_batches, thread_limit

# Written for these tests (not from the seeds): chrome around article text, mojibake, CJK,
# a page that is all navigation, and documents with no content at all.
PAGES = {
    "news": "Home | World | Business | Sport | Contact\n"
            "The regional council approved the new tram line on Tuesday after two years of "
            "public hearings and a long dispute about the route through the old harbour.\n\n"
            "Construction is expected to begin next spring and to take about three years, "
            "the transport department said in a statement.\n"
            "© 2024 Harbour Daily. All rights reserved. Privacy policy | Terms of use",
    "mojibake": "Le cafÃ© du port rouvre ses portes aprÃ¨s six mois de travaux, a annoncÃ© "
                "la mairie, qui promet une terrasse agrandie et des horaires prolongÃ©s.\n"
                "Accueil > Actualités > Ville",
    "cjk": "首页 | 新闻 | 体育 | 联系我们\n"
           "市政府周二宣布，新的公园将于明年春天开放，占地约二十公顷，将种植上千棵树木。\n"
           "版权所有 © 2024 本站保留所有权利",
    "menu": "Home\nAbout us\nProducts\nBlog\nContact",
    "blank": "   \n\t\n  ",
    "crlf": "Subscribe to our newsletter\r\n"
            "Researchers measured the glacier every summer for twenty years and found that it "
            "lost almost a third of its volume over that period.\r\n",
}


def _need(module: str, extra: str):
    try:
        return importlib.import_module(module)
    except ImportError:
        message = f'needs {module}: pip install "cleaner[{extra}]"'
        if os.environ.get("CI"):
            pytest.fail(message + " - CI must install the extras and run these tests")
        pytest.skip(message)


@pytest.fixture(scope="module")
def expected(cleaner_instance):
    """What the core library makes of every page: the reference for every adapter."""
    with thread_limit(1):
        return {key: cleaner_instance.analyze(text) for key, text in PAGES.items()}


def test_thread_limit_caps_openmp_and_lifts_afterwards():
    from threadpoolctl import threadpool_info

    def openmp_threads():
        return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "openmp"}

    import sklearn.ensemble  # noqa: F401 - loads scikit-learn's OpenMP runtime

    before = openmp_threads()
    assert before, "scikit-learn's OpenMP runtime should be loaded"
    with thread_limit(1):
        assert openmp_threads() <= {1}
    with thread_limit(None):
        assert openmp_threads() == before
    assert openmp_threads() == before


# -- the core stays light ---------------------------------------------------------------------
def test_importing_cleaner_and_integrations_pulls_in_no_engine(tmp_path):
    # scikit-learn itself imports pandas (and so pyarrow) when they are installed, so those are
    # compared with what `import cleaner` alone loads; datatrove and Ray must never be loaded.
    code = ("import sys; engines = {'datatrove', 'ray', 'pandas', 'pyarrow', 'pyspark'}; "
            "loaded = lambda: sorted({m.split('.')[0] for m in sys.modules} & engines); "
            "import cleaner; print(loaded()); "
            "import cleaner.integrations, cleaner.integrations.ray; print(loaded())")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if not os.environ.get("CI"):
        env["PYTHONPATH"] = str(Path(cleaner.__file__).resolve().parent.parent)
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True).stdout.splitlines()
    core, with_integrations = out
    assert "datatrove" not in core and "ray" not in core
    assert with_integrations == core


# -- datatrove --------------------------------------------------------------------------------
def _write_shards(folder: Path, shards: int = 2) -> list[dict]:
    folder.mkdir()
    records = [{"id": key, "text": text} for key, text in PAGES.items()]
    for shard in range(shards):
        with open(folder / f"part-{shard}.jsonl", "w", encoding="utf-8") as f:
            for record in records[shard::shards]:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return records


def _read_jsonl_folder(folder: Path) -> list[dict]:
    records = []
    for path in sorted(folder.iterdir()):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as f:
            records.extend(json.loads(line) for line in f if line.strip())
    return records


def _stat(value) -> float:
    return value["total"] if isinstance(value, dict) else value


def test_datatrove_local_pipeline_cleans_shards_like_the_library(tmp_path, expected):
    _need("datatrove", "datatrove")
    _need("orjson", "datatrove")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.integrations.datatrove import CleanerStep

    records = _write_shards(tmp_path / "raw")
    step = CleanerStep(keep_original=True, store_lines=True,
                       exclusion_writer=JsonlWriter(str(tmp_path / "dropped"), compression=None),
                       batch_size=2)
    executor = LocalPipelineExecutor(
        pipeline=[JsonlReader(str(tmp_path / "raw")), step,
                  JsonlWriter(str(tmp_path / "clean"), compression=None)],
        tasks=2, workers=2, logging_dir=str(tmp_path / "logs"), start_method="spawn")
    executor.run()

    kept = {key for key, doc in expected.items() if doc.text}
    assert kept and kept != set(PAGES), "the inputs must exercise both kept and dropped documents"

    # both tasks ran, each on its own shard
    for rank in range(2):
        task_stats = json.loads((tmp_path / "logs" / "stats" / f"{rank:05d}.json").read_text())
        ours = next(block["stats"] for block in task_stats if "cleaner" in block["name"])
        assert _stat(ours["total"]) == len(records[rank::2])

    # every kept document exactly once, cleaned like the library
    written = _read_jsonl_folder(tmp_path / "clean")
    assert sorted(r["id"] for r in written) == sorted(kept)
    for record in written:
        doc = expected[record["id"]]
        meta = record["metadata"]
        assert record["text"] == doc.text
        assert meta["original_text"] == PAGES[record["id"]]
        assert meta["cleaner_labels"] == [line.label for line in doc.lines]
        assert meta["cleaner_repairs"] == [list(line.repairs) for line in doc.lines]
        assert meta["cleaner_scores"] == pytest.approx([line.score for line in doc.lines])

    # dropped documents go to the exclusion writer with their original text
    dropped = _read_jsonl_folder(tmp_path / "dropped")
    assert sorted(r["id"] for r in dropped) == sorted(set(PAGES) - kept)
    for record in dropped:
        assert record["text"] == PAGES[record["id"]]
        assert record["metadata"]["filter_reason"] == "cleaner_empty"

    # merged datatrove stats of both tasks
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    ours = next(block["stats"] for block in stats if "cleaner" in block["name"])
    assert _stat(ours["total"]) == len(PAGES)
    assert _stat(ours["forwarded"]) == len(kept)
    assert _stat(ours["dropped"]) == len(PAGES) - len(kept)
    labels = Counter(line.label for doc in expected.values() for line in doc.lines)
    for label in LABELS:
        assert _stat(ours[f"lines_{label}"]) == labels[label]
    repairs = sum(len(line.repairs) for doc in expected.values() for line in doc.lines)
    repairs += sum(len(doc.repairs) for doc in expected.values())
    assert _stat(ours["repairs"]) == repairs > 0


def test_budget_batches_cap_items_and_characters():
    words = ["aaaa", "bb", "cccccccccc", "d", "ee", "f"]
    batches = list(budget_batches(words, max_items=3, size=len, max_chars=6))
    assert batches == [["aaaa", "bb"], ["cccccccccc"], ["d", "ee", "f"]]
    assert [w for b in batches for w in b] == words
    assert list(budget_batches([], 3, len)) == []
    assert list(budget_batches(words, 2, len, max_chars=10**6)) == [words[0:2], words[2:4],
                                                                    words[4:6]]


def _datatrove_docs():
    from datatrove.data import Document

    return [Document(text=text, id=key) for key, text in PAGES.items()]


def test_cleaner_step_options_in_process(cleaner_instance, expected):
    _need("datatrove", "datatrove")
    from cleaner.integrations.datatrove import CleanerStep

    model = cleaner_instance.model  # a fitted model object works as well as a path
    plain = list(CleanerStep(model=model)(_datatrove_docs()))
    assert [d.id for d in plain] == [k for k, doc in expected.items() if doc.text]
    assert all(set(d.metadata) == set() for d in plain)  # nothing stored unless asked

    everything = list(CleanerStep(model=model, drop_empty=False, batch_size=4,
                                  max_batch_chars=300)(_datatrove_docs()))
    assert [d.id for d in everything] == list(PAGES)
    assert [d.text for d in everything] == [doc.text for doc in expected.values()]

    wider = list(CleanerStep(model=model, keep=LABELS, drop_empty=False)(_datatrove_docs()))
    wide = cleaner.Cleaner(model=model, keep=LABELS)
    assert [d.text for d in wider] == [wide.clean(text) for text in PAGES.values()]

    with pytest.raises(ValueError):
        CleanerStep(keep=("content", "adverts"))


def test_cleaner_step_never_loses_a_document_on_odd_input(cleaner_instance):
    _need("datatrove", "datatrove")
    from datatrove.data import Document

    from cleaner.integrations.datatrove import CleanerStep

    odd = [Document(text="\udcff lone surrogate and \x00 nul \u2028 separator", id="a"),
           Document(text=None, id="b"), Document(text=b"\xff\xfe bytes", id="c")]
    out = list(CleanerStep(model=cleaner_instance.model, drop_empty=False)(odd))
    assert [d.id for d in out] == ["a", "b", "c"]
    assert all(isinstance(d.text, str) for d in out)


def test_cleaner_step_fails_loudly_on_a_missing_model(tmp_path):
    _need("datatrove", "datatrove")
    from cleaner.integrations.datatrove import CleanerStep

    step = CleanerStep(model=tmp_path / "nope.joblib")
    with pytest.raises(cleaner.ModelError):  # not: every document passed on uncleaned
        list(step(_datatrove_docs()))


def test_cleaner_step_pickles_without_the_model(expected):
    datatrove = _need("datatrove", "datatrove")
    dill = _need("dill", "datatrove")  # the Slurm executor pickles the pipeline with dill
    from cleaner.integrations.datatrove import CleanerStep

    step = CleanerStep(keep_original=True)
    list(step(_datatrove_docs()[:1]))  # loads the model in this process
    assert step._cleaner is not None
    for dumps, loads in ((pickle.dumps, pickle.loads), (dill.dumps, dill.loads)):
        blob = dumps(step)
        assert len(blob) < 20_000, "the model must not travel with the step"
        clone = loads(blob)
        assert clone._cleaner is None and clone.keep_original and clone.model is None
    out = {d.id: d.text for d in clone(_datatrove_docs())}  # reloads the model from its path
    assert clone._cleaner is not None
    assert out == {k: doc.text for k, doc in expected.items() if doc.text}
    assert datatrove.pipeline.base.PipelineStep in type(step).__mro__


# -- Ray Data and plain batches ---------------------------------------------------------------
def _records():
    rows = [{"id": key, "text": text} for key, text in PAGES.items()]
    rows.append({"id": "missing", "text": None})
    return rows


def _check_rows(rows: list[dict], expected, drop_empty: bool = False) -> None:
    want = {key: doc for key, doc in expected.items()}
    want["missing"] = None
    by_id = {row["id"]: row for row in rows}
    ids = [k for k, doc in want.items() if not drop_empty or (doc is not None and doc.text)]
    assert sorted(by_id) == sorted(ids)
    for key, row in by_id.items():
        doc = want[key]
        assert row["text"] == (doc.text if doc else "")
        assert row["raw"] == (PAGES.get(key))
        labels = [line.label for line in doc.lines] if doc else [None]
        assert list(row["labels"]) == labels


@pytest.mark.parametrize("batch_format", ["pandas", "numpy", "pyarrow"])
def test_batch_cleaner_on_every_batch_format(batch_format, expected, cleaner_instance):
    pandas = _need("pandas", "ray")
    pyarrow = _need("pyarrow", "ray")
    np = _need("numpy", "ray")
    from cleaner.integrations.ray import BatchCleaner

    rows = _records()
    frame = pandas.DataFrame.from_records(rows)
    batch = {"pandas": frame,
             "numpy": {c: np.array(frame[c].tolist(), dtype=object) for c in frame.columns},
             "pyarrow": pyarrow.Table.from_pylist(rows)}[batch_format]
    for drop_empty in (False, True):
        fn = BatchCleaner(model=cleaner_instance.model, labels_column="labels",
                          original_column="raw", drop_empty=drop_empty, chunk_size=3)
        out = fn(batch)
        assert type(out) is type(batch)
        if batch_format == "pandas":
            result = out.to_dict("records")
        elif batch_format == "numpy":
            result = [dict(zip(out, values)) for values in zip(*out.values())]
        else:
            result = out.to_pylist()
        for row in result:
            row["raw"] = None if row["raw"] is None or row["raw"] != row["raw"] else row["raw"]
        _check_rows(result, expected, drop_empty)
    assert frame["text"].tolist()[0] == PAGES["news"], "the input batch must not be modified"


def test_clean_batches_reuses_one_cleaner_per_process(expected):
    pandas = _need("pandas", "ray")
    from cleaner.integrations import ray as adapter

    frames = [pandas.DataFrame({"text": [PAGES["news"]]}), pandas.DataFrame({"text": [b"x"]})]
    out = list(adapter.clean_batches(iter(frames), output_column="clean"))
    again = list(adapter.clean_batches(iter(frames[:1]), output_column="clean"))
    assert out[0]["clean"].tolist() == [expected["news"].text] == again[0]["clean"].tolist()
    assert out[0]["text"].tolist() == [PAGES["news"]]
    assert len([k for k in adapter._SHARED if ("output_column", "'clean'") in k]) == 1


def test_batch_cleaner_pickles_without_the_model(expected):
    _need("pandas", "ray")
    from cleaner.integrations.ray import BatchCleaner

    fn = BatchCleaner(output_column="clean")  # the shipped model, loaded here
    blob = pickle.dumps(fn)
    assert len(blob) < 20_000, "the model must not travel with the callable"
    clone = pickle.loads(blob)
    assert clone.output_column == "clean" and clone.cleaner._model is None
    cleaned, _ = clone.clean_values(PAGES.values())
    assert cleaned == [doc.text for doc in expected.values()]


@pytest.fixture(scope="module")
def local_ray():
    ray = _need("ray", "ray")
    _need("ray.data", "ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             configure_logging=False)
    yield ray
    ray.shutdown()


@pytest.mark.parametrize("batch_format", ["pyarrow", "numpy"])
def test_ray_data_pipeline_cleans_like_the_library(local_ray, batch_format, expected, tmp_path):
    import ray.data

    from cleaner.integrations.ray import BatchCleaner

    # numpy batches lose the Arrow type of a column that is all missing in a batch, so a
    # passed-through original column can clash across blocks there (a Ray limitation, noted in
    # docs/scale.md); the columns BatchCleaner computes are always typed.
    settings = {"labels_column": "labels"}
    if batch_format == "pyarrow":
        settings["original_column"] = "raw"
    ds = ray.data.from_items(_records())
    ds = ds.map_batches(BatchCleaner, batch_size=3, batch_format=batch_format,
                        compute=ray.data.ActorPoolStrategy(size=1),
                        fn_constructor_kwargs=settings)
    ds.write_parquet(str(tmp_path / "out"))
    rows = ray.data.read_parquet(str(tmp_path / "out")).take_all()
    for row in rows:
        row.setdefault("raw", PAGES.get(row["id"]))
    _check_rows(rows, expected)
