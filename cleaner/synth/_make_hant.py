"""Build-time tool: regenerate vocab_zh_hant.py from vocab_zh_hans.py with OpenCC.

Run ``python -m cleaner.synth._make_hant`` after editing the Simplified vocabulary (needs the
``opencc-python-reimplemented`` package, which is not a runtime dependency).
"""

from __future__ import annotations

from pathlib import Path

from cleaner.synth import vocab_zh_hans

# Names that must stay identical in both scripts (source names are converted too).
_NAMES = [name for name in dir(vocab_zh_hans) if name.isupper()]


def main() -> None:
    from opencc import OpenCC  # build-time only

    convert = OpenCC("s2t").convert

    def walk(value):
        if isinstance(value, str):
            return convert(value)
        if isinstance(value, tuple):
            return tuple(walk(v) for v in value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    out = ["# ruff: noqa: E501",
           '"""Traditional-Chinese page furniture and article text.',
           "",
           "GENERATED from vocab_zh_hans.py by _make_hant.py (OpenCC s2t): do not edit by hand.",
           '"""', ""]
    for name in _NAMES:
        out.append(f"{name} = {walk(getattr(vocab_zh_hans, name))!r}")
    path = Path(__file__).with_name("vocab_zh_hant.py")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
