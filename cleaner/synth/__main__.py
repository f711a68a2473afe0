"""CLI: dump generated pages as JSONL for inspection, or print label statistics.

    python -m cleaner.synth --n 20 --seed 0 --out samples.jsonl
    python -m cleaner.synth --n 3000 --seed 0 --stats
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from cleaner.synth.generator import generate_documents


def stats(docs: list[dict]) -> str:
    """Per-language line counts and label shares of non-blank lines."""
    labels = ("content", "navigation", "disclaimer", "spam")
    per_lang: dict[str, Counter] = {}
    total: Counter = Counter()
    for doc in docs:
        counts = per_lang.setdefault(doc["lang"], Counter())
        counts["docs"] += 1
        for line in doc["lines"]:
            if line["label"] is not None:
                counts[line["label"]] += 1
                total[line["label"]] += 1
    rows = [f"{'lang':8} {'docs':>5} {'lines':>7} " + " ".join(f"{lb[:7]:>8}" for lb in labels)]
    for lang, counts in sorted(per_lang.items()) + [("ALL", total | Counter(docs=len(docs)))]:
        n = sum(counts[lb] for lb in labels) or 1
        rows.append(f"{lang:8} {counts['docs']:>5} {n:>7} "
                    + " ".join(f"{counts[lb] / n:>8.1%}" for lb in labels))
    kinds = Counter(doc["kind"] for doc in docs)
    rows.append("kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cleaner.synth", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20, help="number of pages")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", help="write JSONL here (default: stdout unless --stats)")
    parser.add_argument("--stats", action="store_true", help="print language/label statistics")
    args = parser.parse_args(argv)
    docs = generate_documents(args.n, args.seed)
    if args.out or not args.stats:
        handle = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
        try:
            for doc in docs:
                handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
        finally:
            if args.out:
                handle.close()
    if args.stats:
        print(stats(docs), file=sys.stderr if not args.out else sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
