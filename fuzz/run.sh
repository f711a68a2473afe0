#!/usr/bin/env bash
# Fuzz decode -> repair -> analyze for a bounded time; exit non-zero on any crash.
#
#   fuzz/run.sh [SECONDS]        (default 60; env PYTHON picks the interpreter)
#
# Installs atheris (prebuilt manylinux wheel for CPython 3.11, no compiler needed) if missing,
# regenerates the seed corpus from examples/ and devset/ pages, then runs libFuzzer with
# -max_total_time. A crash leaves its input in fuzz/crashes/; replay it with
#   $PYTHON fuzz/fuzz_analyze.py fuzz/crashes/crash-*
set -euo pipefail

SECONDS_TO_RUN="${1:-60}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
PYTHON="${PYTHON:-python}"

if ! "$PYTHON" -c "import atheris" 2>/dev/null; then
    "$PYTHON" -m pip install --quiet "atheris>=2.3"
fi

CORPUS="$HERE/corpus"
CRASHES="$HERE/crashes"
mkdir -p "$CORPUS" "$CRASHES"
"$PYTHON" "$HERE/make_corpus.py" "$CORPUS"

cd "$ROOT"
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
export OMP_NUM_THREADS=1
status=0
"$PYTHON" "$HERE/fuzz_analyze.py" "$CORPUS" \
    -max_total_time="$SECONDS_TO_RUN" -timeout=30 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix="$CRASHES/" -print_final_stats=1 || status=$?

if [ "$status" -ne 0 ] || compgen -G "$CRASHES/*" >/dev/null; then
    echo "fuzz: FAILED (exit $status); inputs saved in $CRASHES:" >&2
    ls -l "$CRASHES" >&2 || true
    exit 1
fi
echo "fuzz: no crash in ${SECONDS_TO_RUN}s"
