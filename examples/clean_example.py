"""Clean the sample pages in examples/pages with the library API.

Run: python examples/clean_example.py
"""

from __future__ import annotations

from pathlib import Path

from cleaner import Cleaner, analyze, clean

PAGES = Path(__file__).resolve().parent / "pages"


def main() -> None:
    # The one-liner: raw bytes (any encoding) or str in, clean article body out.
    print(clean((PAGES / "en_news.txt").read_bytes()))
    print("=" * 72)

    # Line by line: label, score and repairs for every input line.
    for name in ("zh_hant_big5.txt", "fr_mojibake.txt"):
        doc = analyze((PAGES / name).read_bytes())
        print(f"{name}: decoded as {doc.encoding}, document repairs {doc.repairs}")
        for line in doc.lines:
            if line.label is None:
                continue
            repairs = f"  repairs={list(line.repairs)}" if line.repairs else ""
            print(f"  {line.label:<11}{line.score:.2f}  {line.text[:60]}{repairs}")
        print()

    # A Cleaner loads its model once; keep= chooses which labels form the output.
    with_navigation = Cleaner(keep=("content", "navigation"))
    print(with_navigation.clean((PAGES / "de_recipe.txt").read_bytes()))


if __name__ == "__main__":
    main()
