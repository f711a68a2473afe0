"""Coverage-guided fuzz target (atheris) for decode -> repair -> features -> classify.

    python fuzz/fuzz_analyze.py CORPUS_DIR -max_total_time=60

The first input byte picks the mode: even bytes feed the rest to ``Cleaner.analyze`` as bytes
(decode path), odd bytes feed it as ``str`` decoded with ``surrogateescape`` (so lone
surrogates reach the pipeline). Every result is checked against the public contract; a
violated check raises, which atheris reports as a crash and saves the input.

``python fuzz/fuzz_analyze.py --replay FILE|DIR...`` replays inputs (crash files, corpus
entries) through the same checks without atheris; tests/test_fuzz_regressions.py replays
fuzz/regressions/, which is where a crash's input goes once it is fixed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Inputs above this size are cut: the fuzzer looks for odd bytes, not for big ones (the
# worst-case benchmark covers size).
MAX_INPUT = 64 * 1024


def _load() -> None:
    """Import cleaner and make the Cleaner (inside atheris.instrument_imports when fuzzing)."""
    global CLEANER, decode, document, ascii_compatible
    import cleaner
    from cleaner import decode, document
    from cleaner.decode_lines import ascii_compatible

    CLEANER = cleaner.Cleaner()


CLEANER = decode = document = ascii_compatible = None


def to_input(data: bytes) -> str | bytes:
    """The value a fuzz input stands for (see the module docstring)."""
    if not data:
        return b""
    body = data[1:MAX_INPUT]
    if data[0] % 2 == 0:
        return body
    return body.decode("utf-8", "surrogateescape")


def expected_lines(value: str | bytes) -> list[str]:
    """The input's lines as the contract counts them, after decoding and surrogate repair."""
    text = decode.decode_bytes(value).text if isinstance(value, bytes) else value
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return document.split_lines(text)


def check(value: str | bytes) -> None:
    """Run the pipeline on ``value`` and raise AssertionError if the contract is broken."""
    doc = CLEANER.analyze(value)
    expected = expected_lines(value)
    assert len(doc.lines) == len(expected), (len(doc.lines), len(expected))
    if isinstance(value, bytes) and doc.encoding and ascii_compatible(doc.encoding):
        breaks = value.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n")
        assert len(doc.lines) == breaks + 1, (len(doc.lines), breaks + 1, doc.encoding)
    kept = []
    for line, original in zip(doc.lines, expected):
        line.text.encode("utf-8")
        assert "\n" not in line.text and "\r" not in line.text, line
        if not line.repairs:
            assert line.text == original, (line.text, original)
        if line.label is None:
            assert not line.text.strip(), line
        else:
            assert line.label in document.LABELS and 0.0 <= line.score <= 1.0, line
            if line.label in CLEANER.keep and line.text.strip():
                kept.append(line.text.strip())
    doc.text.encode("utf-8")
    assert [part for part in doc.text.split("\n") if part] == kept


def TestOneInput(data: bytes) -> None:  # noqa: N802 - the name atheris expects
    if CLEANER is None:
        _load()
    check(to_input(data))


def replay(paths: list[str]) -> int:
    """Run saved inputs through the checks; returns the number that failed."""
    failed = 0
    for path in paths:
        try:
            TestOneInput(Path(path).read_bytes())
        except Exception as exc:  # report every failing file, not only the first
            failed += 1
            print(f"FAIL {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
    return failed


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # threads only add overhead on small inputs
    sys.path.insert(0, str(ROOT))
    if sys.argv[1:2] == ["--replay"]:
        files = [str(p) for arg in sys.argv[2:] for p in
                 (sorted(Path(arg).iterdir()) if Path(arg).is_dir() else [Path(arg)])]
        sys.exit(1 if replay(files) else 0)
    import atheris

    with atheris.instrument_imports(include=["cleaner"]):
        _load()
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
