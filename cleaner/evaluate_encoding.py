"""Issue-3 figures for decoding and mojibake repair: ``python -m cleaner.evaluate_encoding``.

Reads ``../shared/data/encoding/*`` (dev sets) and compares, on the same data in the same run:

* decoding ``encoding_files``: "same text" rate of chardet alone (its named codec) vs
  :func:`cleaner.decode.decode_bytes`;
* ``synthetic_mojibake.jsonl``: exact restoration per kind, ftfy alone (safe config) vs the
  repair stage (:func:`cleaner.repair.repair_lines`, each row a one-line document);
* ``mojibake_cases.jsonl`` (ftfy's own cases): exact, and modulo quote uncurling and
  fullwidth folding (both the output and the expected text are passed through ftfy's
  ``uncurl_quotes`` and ``fix_character_width`` before comparing: ftfy's expected strings
  were written for its default config, which we do not use because it harms CJK text);
* ``clean_pool.jsonl``: every line the repair stage changes (must stay ≤ 3 genuine fixes);
* whole pages: reference texts of ``encoding_files`` encoded as UTF-8 and decoded as GBK,
  Shift-JIS or cp1251 (one document each), share of damaged lines restored;
* train content lines of every language: lines changed by a mojibake repair (must be 0).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

import chardet
import ftfy
import ftfy.bad_codecs  # noqa: F401  (sloppy-windows-1252)
from ftfy.fixes import fix_character_width, uncurl_quotes

from cleaner.datasets import data_dir, read_jsonl
from cleaner.decode import decode_bytes
from cleaner.document import split_lines
from cleaner.fixes import FTFY_CONFIG
from cleaner.repair import repair_lines

FTFY_SAFE = FTFY_CONFIG._replace(explain=False)


def encoding_dir() -> Path:
    return data_dir() / "encoding"


def repair_line(line: str) -> str:
    return repair_lines([line]).lines[0]


def ftfy_only(line: str) -> str:
    return ftfy.fix_text(line, FTFY_SAFE)


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def chardet_decode(data: bytes) -> str | None:
    name = chardet.detect(data).get("encoding")
    try:
        return data.decode(name) if name else None
    except (LookupError, UnicodeDecodeError):
        return None


def evaluate_decoding() -> dict:
    """Same-text rate on encoding_files: chardet's named codec alone vs decode_bytes."""
    base = encoding_dir() / "encoding_files"
    rows = [r for r in read_jsonl(base / "manifest.jsonl") if r.get("reference_codec")]
    same = Counter()
    failures = []
    seconds = {"chardet": 0.0, "cleaner": 0.0}
    size = 0
    for row in rows:
        data = (base / row["path"]).read_bytes()
        size += len(data)
        reference = _strip_bom(data.decode(row["reference_codec"]))
        start = time.perf_counter()
        guess = chardet_decode(data)
        seconds["chardet"] += time.perf_counter() - start
        start = time.perf_counter()
        ours = decode_bytes(data)
        seconds["cleaner"] += time.perf_counter() - start
        same["chardet"] += guess is not None and _strip_bom(guess) == reference
        if _strip_bom(ours.text) == reference:
            same["cleaner"] += 1
        else:
            failures.append(f"{row['path']} (labelled {row['encoding']}, decoded {ours.encoding})")
    n = len(rows)
    return {
        "files": n,
        "same_text_chardet": same["chardet"] / n,
        "same_text_cleaner": same["cleaner"] / n,
        "mb_per_s_chardet": size / 1e6 / seconds["chardet"],
        "mb_per_s_cleaner": size / 1e6 / seconds["cleaner"],
        "failures": failures,
    }


def evaluate_synthetic() -> dict:
    """Exact restoration per kind of synthetic_mojibake.jsonl: ftfy alone vs the repair stage."""
    rows = list(read_jsonl(encoding_dir() / "synthetic_mojibake.jsonl"))
    fixed: dict[str, Counter] = defaultdict(Counter)
    seconds = Counter()
    failures: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        kind = f"{row['kind']}{'' if row['lossless'] else ' (lossy)'}"
        fixed[kind]["n"] += 1
        for name, fix in (("input", str), ("ftfy", ftfy_only), ("cleaner", repair_line)):
            start = time.perf_counter()
            out = fix(row["input"])
            seconds[name] += time.perf_counter() - start
            if not row["lossless"]:
                # lossy kinds cannot be restored exactly: share of the expected characters
                # recovered in order (difflib ratio), summed here, averaged below
                ratio = SequenceMatcher(None, out, row["expected"], autojunk=False).ratio()
                fixed[kind][f"{name}_similarity"] += ratio
            if out == row["expected"]:
                fixed[kind][name] += 1
            elif name == "cleaner" and row["lossless"]:
                failures[kind].append(f"{row['lang']}: {row['input'][:50]!r} -> {out[:50]!r}")
    lossless = [r for r in rows if r["lossless"]]
    totals = Counter()
    for kind, counts in fixed.items():
        if "(lossy)" not in kind:
            totals.update({k: v for k, v in counts.items()})
    for counts in fixed.values():
        for key in [k for k in counts if k.endswith("_similarity")]:
            counts[key] = counts[key] / counts["n"]
    return {
        "per_kind": {k: dict(v) for k, v in sorted(fixed.items())},
        "lossless_rows": len(lossless),
        "lossless_ftfy": totals["ftfy"] / totals["n"],
        "lossless_cleaner": totals["cleaner"] / totals["n"],
        "seconds": dict(seconds),
        "failures": dict(failures),
    }


def loose(text: str) -> str:
    """Text with ftfy's quote uncurling and fullwidth folding applied (see module docstring)."""
    return fix_character_width(uncurl_quotes(text))


def evaluate_cases() -> dict:
    rows = list(read_jsonl(encoding_dir() / "mojibake_cases.jsonl"))
    result = Counter()
    failures = []
    for row in rows:
        for name, fix in (("ftfy", ftfy_only), ("cleaner", repair_line)):
            out = fix(row["input"])
            result[f"{name}_exact"] += out == row["expected"]
            ok = loose(out) == loose(row["expected"])
            result[f"{name}_loose"] += ok
            if name == "cleaner" and not ok:
                failures.append(f"{row['label']}: {row['input'][:50]!r} -> {out[:50]!r}")
    n = len(rows)
    return {"cases": n, **{k: v / n for k, v in sorted(result.items())}, "failures": failures}


def evaluate_clean_pool() -> dict:
    rows = list(read_jsonl(encoding_dir() / "clean_pool.jsonl"))
    changed = []
    for row in rows:
        result = repair_lines([row["text"]])
        if result.lines[0] != row["text"]:
            changed.append(
                f"{row['lang']} {result.line_repairs[0]}: {row['text'][:60]!r} -> "
                f"{result.lines[0][:60]!r}"
            )
    return {"lines": len(rows), "changed": len(changed), "examples": changed}


# Whole pages stored in one codec and read with another: (languages, stored as, read as).
PAGE_CASES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("zh-Hans", "zh-Hant"), "utf-8", "gbk"),
    (("zh-Hant",), "utf-8", "big5"),
    (("ja",), "utf-8", "shift_jis"),
    (("ru", "bg"), "utf-8", "cp1251"),
    (("ru", "bg"), "utf-8", "koi8_r"),
    (("zh-Hans",), "gbk", "cp1252"),
    (("zh-Hant",), "big5", "cp1252"),
    (("ja",), "shift_jis", "cp1252"),
    (("ru", "bg"), "cp1251", "cp1252"),
    (("ru",), "koi8_r", "cp1251"),
)


def _damage(line: str, stored: str, read: str) -> str | None:
    """``line`` stored as ``stored`` and read as ``read`` (undecodable bytes replaced, as a
    browser would); None when ``stored`` cannot hold the line."""
    try:
        data = line.encode(stored)
    except UnicodeEncodeError:
        return None
    return data.decode("sloppy-windows-1252" if read == "cp1252" else read, errors="replace")


def evaluate_pages(limit: int = 20) -> dict:
    """Reference pages of ``encoding_files`` turned into whole-page mojibake, one document
    each. A damaged line (non-ASCII, no U+FFFD) counts as restored when the stage gives what
    it gives for the undamaged line (so ftfy's unrelated fixes, e.g. HTML entities, cancel
    out); ASCII lines must get no mojibake repair; lossy lines must be flagged."""
    base = encoding_dir() / "encoding_files"
    rows = list(read_jsonl(base / "manifest.jsonl"))
    out = {}
    for langs, stored, read in PAGE_CASES:
        pages = [r for r in rows if r["lang"] in langs and r.get("reference_codec")][:limit]
        restored = total = harmed = lossy = flagged = 0
        recovered = as_is = 0.0
        failures = []
        for row in pages:
            data = (base / row["path"]).read_bytes()
            reference = split_lines(_strip_bom(data.decode(row["reference_codec"])))
            reference = [line for line in reference if _damage(line, stored, read) is not None]
            expected = repair_lines(reference).lines
            damaged = [_damage(line, stored, read) or "" for line in reference]
            result = repair_lines(damaged)
            for ref, want, bad, got, names in zip(
                reference, expected, damaged, result.lines, result.line_repairs, strict=True
            ):
                if ref.isascii():
                    harmed += any(n.startswith("mojibake") for n in names)
                elif "\ufffd" in bad:
                    lossy += 1
                    flagged += "lossy_damage" in names
                    recovered += SequenceMatcher(None, got, want, autojunk=False).ratio()
                    as_is += SequenceMatcher(None, bad, want, autojunk=False).ratio()
                else:
                    total += 1
                    restored += got == want
                    if got != want:
                        failures.append(f"{bad[:40]!r} -> {got[:40]!r} (want {want[:30]!r})")
        out[f"{stored} read as {read}"] = {
            "pages": len(pages),
            "lines": total,
            "restored": restored / total if total else None,
            "ascii_lines_repaired": harmed,
            "lossy_lines": lossy,
            "lossy_flagged": flagged,
            "lossy_chars_as_is": as_is / lossy if lossy else None,
            "lossy_chars_recovered": recovered / lossy if lossy else None,
            "failures": failures,
        }
    return out


def evaluate_clean_pages() -> dict:
    """Every reference page of ``encoding_files`` (all languages), undamaged, one document
    each: lines given a mojibake repair (each one is harm)."""
    base = encoding_dir() / "encoding_files"
    lines_total = 0
    harmed = Counter()
    examples = []
    for row in read_jsonl(base / "manifest.jsonl"):
        if not row.get("reference_codec"):
            continue
        data = (base / row["path"]).read_bytes()
        lines = split_lines(_strip_bom(data.decode(row["reference_codec"])))
        result = repair_lines(lines)
        lines_total += len(lines)
        for before, after, names in zip(lines, result.lines, result.line_repairs, strict=True):
            if any(n.startswith("mojibake") for n in names):
                harmed[row["lang"]] += 1
                examples.append(f"{row['path']} {names}: {before[:40]!r} -> {after[:40]!r}")
    return {"lines": lines_total, "mojibake_changes": dict(harmed), "examples": examples}


def evaluate_train_lines() -> dict:
    """Mojibake repairs on the train pages' lines of every language (every one is harm)."""
    harmed = Counter()
    lines_by_lang = Counter()
    examples = []
    for name in ("aeb.train.jsonl", "cwced.train.jsonl"):
        for doc in read_jsonl(data_dir() / "lines" / name):
            lines = [line["text"] for line in doc["lines"]]
            result = repair_lines(lines)
            lines_by_lang[doc["lang"]] += len(lines)
            for before, after, names in zip(lines, result.lines, result.line_repairs, strict=True):
                if any(n.startswith("mojibake") for n in names):
                    harmed[doc["lang"]] += 1
                    examples.append(f"{doc['lang']} {names}: {before[:50]!r} -> {after[:50]!r}")
    return {"lines": dict(lines_by_lang), "mojibake_changes": dict(harmed), "examples": examples}


PARTS: dict[str, Callable[[], dict]] = {
    "decoding": evaluate_decoding,
    "synthetic": evaluate_synthetic,
    "cases": evaluate_cases,
    "clean_pool": evaluate_clean_pool,
    "pages": evaluate_pages,
    "clean_pages": evaluate_clean_pages,
    "train_lines": evaluate_train_lines,
}


def run_all() -> dict:
    results: dict = {"seconds": {}}
    for name, func in PARTS.items():
        start = time.perf_counter()
        results[name] = func()
        results["seconds"][name] = round(time.perf_counter() - start, 2)
    return results


def report(results: dict) -> str:
    d, s, c = results["decoding"], results["synthetic"], results["cases"]
    lines = [
        "== decoding: encoding_files (same text as the reference decode)",
        f"files {d['files']}: chardet alone {d['same_text_chardet']:.3f}, "
        f"cleaner {d['same_text_cleaner']:.3f}  "
        f"(MB/s chardet {d['mb_per_s_chardet']:.1f}, cleaner {d['mb_per_s_cleaner']:.1f})",
        *(f"  still wrong: {f}" for f in d["failures"]),
        "== synthetic_mojibake.jsonl: exact restoration per kind (ftfy safe config / cleaner)",
    ]
    for kind, counts in s["per_kind"].items():
        n, ftfy_ok, ours = counts["n"], counts.get("ftfy", 0), counts.get("cleaner", 0)
        line = f"  {kind:42s} n={n:4d}  ftfy {ftfy_ok / n:.3f}  cleaner {ours / n:.3f}"
        if "ftfy_similarity" in counts:
            line += (f"   chars recovered: input as is {counts['input_similarity']:.3f}, ftfy "
                     f"{counts['ftfy_similarity']:.3f}, cleaner {counts['cleaner_similarity']:.3f}")
        lines.append(line)
    lines += [
        f"lossless kinds overall ({s['lossless_rows']} rows): ftfy {s['lossless_ftfy']:.3f}, "
        f"cleaner {s['lossless_cleaner']:.3f}  (seconds: ftfy {s['seconds']['ftfy']:.2f}, "
        f"cleaner {s['seconds']['cleaner']:.2f})",
        *(f"  still wrong [{k}] {f}" for k, fs in s["failures"].items() for f in fs[:3]),
        "== mojibake_cases.jsonl (ftfy's cases): exact / modulo uncurl+width",
        f"cases {c['cases']}: ftfy {c['ftfy_exact']:.3f} / {c['ftfy_loose']:.3f}, "
        f"cleaner {c['cleaner_exact']:.3f} / {c['cleaner_loose']:.3f}",
        *(f"  still wrong: {f}" for f in c["failures"]),
    ]
    p = results["clean_pool"]
    lines += [
        f"== clean_pool.jsonl: {p['changed']} of {p['lines']} lines changed",
        *(f"  {e}" for e in p["examples"]),
        "== whole pages stored in one codec, read as another (one document each)",
    ]
    for case, page in results["pages"].items():
        rate = "n/a" if page["restored"] is None else f"{page['restored']:.3f}"
        lines.append(
            f"  {case:24s}: {page['pages']} pages, {page['lines']} damaged lines, restored "
            f"{rate}; ASCII lines given a mojibake repair {page['ascii_lines_repaired']}; "
            f"lossy lines flagged {page['lossy_flagged']}/{page['lossy_lines']}"
        )
        if page["lossy_lines"]:
            lines.append(
                f"    lossy lines, characters recovered: as is {page['lossy_chars_as_is']:.3f}, "
                f"after repair {page['lossy_chars_recovered']:.3f}"
            )
        lines += [f"    still wrong: {f}" for f in page["failures"][:5]]
    cp, t = results["clean_pages"], results["train_lines"]
    lines += [
        f"== clean reference pages of encoding_files (all languages): {cp['lines']} lines, "
        f"mojibake repairs {sum(cp['mojibake_changes'].values())} {cp['mojibake_changes']}",
        *(f"  {e}" for e in cp["examples"][:20]),
        f"== train pages' lines (all languages): {sum(t['lines'].values())} lines, "
        f"mojibake repairs {sum(t['mojibake_changes'].values())} {t['mojibake_changes']}",
        *(f"  {e}" for e in t["examples"]),
        "== seconds per part: "
        + ", ".join(f"{k} {v}" for k, v in results["seconds"].items()),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write all figures here")
    args = parser.parse_args(argv)
    results = run_all()
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
