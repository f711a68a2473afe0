"""Inputs crafted against the regular expressions and repair loops complete (docs/regex-audit.md).

Nothing here is timed: each group of inputs runs in a subprocess with a generous timeout, so
catastrophic backtracking (or any other super-linear loop) fails the test instead of freezing
the suite. Each string is ~100 K characters: linear work is well under a second on it, while a
quadratic loop needs ~10**10 steps and runs into the timeout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

N = 100_000
TIMEOUT = 600  # seconds for a whole group on a loaded machine; linear work takes a few

# name -> expression evaluated in the child (keeps the parent's memory and argv small).
CRAFTED = {
    # features: separators, URLs/e-mails, dates, times, bullets, whitespace folding
    "at_then_word_run": f"'@' + 'a' * {N}",
    "many_at_word_runs": f"'@aaaa' * {N // 5}",
    "closers_without_end": f"'!' + ')' * {N} + 'x'",
    "terminal_then_spaces": f"'. ' * {N // 2} + 'x'",
    "spaces_then_letter": f"' ' * {N} + 'x'",
    "spaces_and_tabs": f"' \\t' * {N // 2}",
    "digits_run": f"'1' * {N}",
    "date_like": f"'2020-1' * {N // 6}",
    "time_like": f"'1:11:' * {N // 5}",
    "www_dots": f"'www.' * {N // 4}",
    "dot_com_letters": f"'.co' * {N // 3}",
    "pipes": f"' | ' * {N // 3}",
    "bullets": f"'- ' * {N // 2}",
    # repair: ftfy suspects, entities, mojibake runs, lossy markers, NFC
    "latin1_run": f"'Ã' * {N}",
    "mojibake_pairs": f"'Ã©' * {N // 2}",
    "cp1252_specials": f"'â€™' * {N // 3}",
    "entities": f"'&amp;' * {N // 5}",
    "broken_entities": f"'&#' * {N // 2}",
    "replacement_run": f"'\\ufffd' * {N}",
    "kaokao": f"'锟斤拷' * {N // 3}",
    "private_use": f"'\\ue000' * {N}",
    "combining": f"'e\\u0301' * {N // 2}",
    "controls": f"'\\x01\\x7f\\x9f' * {N // 3}",
    "cyrillic_mojibake": f"'Ð¿Ñ€Ð¸' * {N // 8}",
    # GBK re-synchronisation and pinyin: lost bytes next to Chinese, readings everywhere
    "lost_bytes_in_chinese": f"'?中' * {N // 2}",
    "replacement_in_chinese": f"'中\\ufffd' * {N // 2}",
    "readings": f"'(zhong)' * {N // 7}",
    "broken_readings": f"'?(zhong)' * {N // 8}",
    "letters_before_paren": f"'中a(zhong)' * {N // 9}",
    "open_parens": f"'(' * {N}",
    "chinese_no_stop": f"'中文' * {N // 2}",
}

GROUPS = {
    "features": list(CRAFTED)[:13],
    "repair": list(CRAFTED)[13:24],
    "chinese": list(CRAFTED)[24:],
}

CHILD = """
import json, sys
import cleaner
from cleaner.document import split_lines
cases = json.loads(sys.argv[1])
worker = cleaner.Cleaner()
for name, expression in cases.items():
    text = eval(expression)
    for value in (text, text.encode("utf-8", "surrogatepass"), text + "\\n" + text):
        doc = worker.analyze(value)
        expected = len(split_lines(value if isinstance(value, str) else value.decode()))
        assert len(doc.lines) == expected, (name, len(doc.lines), expected)
    print("done", name, flush=True)
"""


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_crafted_inputs_complete(group):
    cases = {name: CRAFTED[name] for name in GROUPS[group]}
    # The child imports cleaner exactly as this process does (installed package under CI).
    env = dict(os.environ, OMP_NUM_THREADS=os.environ.get("OMP_NUM_THREADS", "1"))
    try:
        result = subprocess.run([sys.executable, "-c", CHILD, json.dumps(cases)],
                                capture_output=True, text=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired as exc:
        finished = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else exc.stdout
        pytest.fail(f"{group}: still running after {TIMEOUT}s; finished: {finished!r}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == [word for name in cases for word in ("done", name)]


def test_groups_cover_every_crafted_input():
    assert sorted(name for names in GROUPS.values() for name in names) == sorted(CRAFTED)
