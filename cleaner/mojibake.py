"""Mojibake repair beyond ftfy: text decoded with the wrong codec, re-decoded with the right one.

A line of mojibake is the right bytes read with the wrong codec W. Re-encoding it with W gives
the bytes back, and decoding them with the right codec R gives the text. For every (W, R) pair
this module knows, a cheap signature test and a strict encode/decode in C rule out nearly all
clean text; the surviving candidate readings are compared with the original by their
log-probability under :mod:`cleaner.mojibake_lm` (two readings of the same bytes: the likelier
one wins, by a margin that stands for how rare mojibake is). No per-case rules.

Decisions are made per line, and per document: a whole page of UTF-8 read as GBK gives the
same (W, R) pair on most lines, which settles lines too short to decide alone.

UTF-8 read as cp1252 or latin-1 is ftfy's job (it handles partial and lossy cases better);
when that is the whole repair this module leaves the line alone for ftfy, but it still uses
those steps inside double encodings that ftfy cannot finish (e.g. UTF-8 → GBK → cp1252).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)

from cleaner.decode import widen
from cleaner.mojibake_lm import load_model

# Log-probability (nats) a re-decoding must gain over the text as it is to be applied: the
# prior cost of believing a line is mojibake at all.
LINE_MARGIN = 12.0
# A pair that wins on a whole document is applied to its other lines when it gains at least
# this much there (a short line alone cannot clear LINE_MARGIN).
DOC_LINE_MARGIN = 0.0
# Total gain, over the document, a pair needs before it is applied document-wide.
DOC_MARGIN = 40.0
# Share of the lines with any winning re-decoding on which the document pair must be the best.
DOC_AGREEMENT = 0.8
MAX_STEPS = 3
# A line with fewer non-ASCII characters than this is too short to judge on its own: one or two
# odd symbols ("••", "››") also read as some CJK character. Only a document decision fixes it.
MIN_EVIDENCE = 3
# Characters a correct decoding does not produce: a re-decoding that adds any is rejected.
_DAMAGE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
# Chains kept at each step of the search.
BEAM = 3

_CP1252_SPECIALS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_LATIN1_RANGE = f"\x80-\xff{_CP1252_SPECIALS}"
# Signatures: a line can only be W-mojibake if it has characters W's high bytes decode to.
_SIG_LATIN1 = re.compile(f"[{_LATIN1_RANGE}]")
_SIG_LATIN1_RUN = re.compile(f"[{_LATIN1_RANGE}]{{2}}")
_SIG_CYRILLIC = re.compile("[\u0400-\u045f]")
_SIG_KOI8 = re.compile("[\u0400-\u045f\u2500-\u25a0≤≥√≈⌠⌡°²·÷]")
_SIG_CASE_SWAP = re.compile("[а-яё][А-ЯЁ]|[А-ЯЁ]{3}")
_SIG_CJK = re.compile("[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef\ue000-\uf8ff]")


@dataclass(frozen=True)
class Pair:
    """Bytes in ``right`` that were decoded as ``wrong``."""

    wrong: str
    right: str
    signature: re.Pattern[str]
    name: str

    @property
    def ftfy_kind(self) -> bool:
        return self.right == "utf-8" and self.wrong in ("sloppy-windows-1252", "latin-1")


def _pair(wrong: str, right: str, signature: re.Pattern[str], shown: str = "") -> Pair:
    label = right.replace("_", "-")
    return Pair(wrong, right, signature, f"{label}-as-{shown or wrong}")


PAIRS: tuple[Pair, ...] = (
    _pair("gbk", "utf-8", _SIG_CJK),
    _pair("big5", "utf-8", _SIG_CJK),
    _pair("cp950", "utf-8", _SIG_CJK, "big5"),
    _pair("shift_jis", "utf-8", _SIG_CJK, "shift-jis"),
    _pair("cp932", "utf-8", _SIG_CJK, "shift-jis"),
    _pair("euc_kr", "utf-8", _SIG_CJK, "euc-kr"),
    _pair("cp1251", "utf-8", _SIG_CYRILLIC),
    _pair("koi8_r", "utf-8", _SIG_KOI8, "koi8-r"),
    _pair("sloppy-windows-1252", "utf-8", _SIG_LATIN1, "cp1252"),
    _pair("latin-1", "utf-8", _SIG_LATIN1),
    _pair("sloppy-windows-1252", "gbk", _SIG_LATIN1_RUN, "cp1252"),
    _pair("sloppy-windows-1252", "big5", _SIG_LATIN1_RUN, "cp1252"),
    _pair("sloppy-windows-1252", "shift_jis", _SIG_LATIN1_RUN, "cp1252"),
    _pair("sloppy-windows-1252", "euc_kr", _SIG_LATIN1_RUN, "cp1252"),
    _pair("sloppy-windows-1252", "cp1251", _SIG_LATIN1_RUN, "cp1252"),
    _pair("cp1251", "koi8_r", _SIG_CASE_SWAP),
    _pair("koi8_r", "cp1251", _SIG_CASE_SWAP, "koi8-r"),
)
def redecode(text: str, pair: Pair) -> str | None:
    """``text`` encoded as ``pair.wrong`` and decoded as ``pair.right`` (or, failing that, its
    supersets, as :func:`cleaner.decode.widen` orders them); None if nothing fits strictly."""
    try:
        data = text.encode(pair.wrong)
    except UnicodeEncodeError:
        return None
    for codec in widen(pair.right):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def damage_count(text: str) -> int:
    return len(_DAMAGE.findall(text))


def candidates(text: str) -> list[tuple[Pair, str]]:
    """Every re-decoding of ``text`` that some known (W, R) pair makes possible and that adds
    no control, private-use or replacement characters."""
    if text.isascii():
        return []
    found: list[tuple[Pair, str]] = []
    seen = {text}
    damage = damage_count(text)
    for pair in PAIRS:
        if not pair.signature.search(text):
            continue
        result = redecode(text, pair)
        if result is not None and result not in seen and damage_count(result) <= damage:
            seen.add(result)
            found.append((pair, result))
    return found


@dataclass(frozen=True)
class Repair:
    text: str
    steps: tuple[Pair, ...]
    gain: float

    @property
    def names(self) -> list[str]:
        return ["mojibake:" + step.name for step in self.steps]

    @property
    def ftfy_only(self) -> bool:
        return all(step.ftfy_kind for step in self.steps)


def best_repair(text: str) -> Repair | None:
    """The likeliest chain of re-decodings of ``text`` (gain in nats over ``text``), or None
    when no re-decoding is likelier than the text as it is.

    A small beam search over chains of up to MAX_STEPS re-decodings: in a double encoding the
    first step that looks best is not always the one that leads to the right text.
    """
    if text.isascii():
        return None
    model = load_model()
    base = model.logp(text)
    best: tuple[float, str, tuple[Pair, ...]] = (base, text, ())
    frontier: list[tuple[float, str, tuple[Pair, ...]]] = [best]
    seen = {text}
    for _ in range(MAX_STEPS):
        expanded = []
        for _, current, steps in frontier:
            legacy_steps = sum(1 for step in steps if not step.ftfy_kind)
            for pair, result in candidates(current):
                # At most one step that is not ftfy's kind: a chain of two legacy re-decodings
                # (Big5 then GBK...) explains nothing real and reads noise into symbols.
                if result in seen or (legacy_steps and not pair.ftfy_kind):
                    continue
                seen.add(result)
                expanded.append((model.logp(result), result, (*steps, pair)))
        if not expanded:
            break
        expanded.sort(key=lambda node: node[0], reverse=True)
        frontier = expanded[:BEAM]
        if frontier[0][0] > best[0]:
            best = frontier[0]
    score, result, steps = best
    if not steps:
        return None
    return Repair(result, steps, score - base)


def changed_span(before: str, after: str) -> tuple[str, str]:
    """The parts of ``before`` and ``after`` between their longest common prefix and suffix."""
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end = 0
    while end < limit - start and before[-1 - end] == after[-1 - end]:
        end += 1
    return before[start : len(before) - end], after[start : len(after) - end]


def changed_evidence(before: str, after: str) -> int:
    """Non-ASCII characters of ``before`` inside the span a repair changed (how much of the
    line the decision rests on); 0 when the repaired span holds no letter at all, since
    mojibake repair restores words, not one symbol for another ("€€€€" → "────")."""
    old, new = changed_span(before, after)
    if not any(char.isalpha() for char in new):
        return 0
    return sum(1 for char in old if ord(char) > 0x7F)


def decisive(line: str, repair: Repair | None) -> bool:
    """Whether ``repair`` of ``line`` is clear enough to apply on the line's evidence alone."""
    return (
        repair is not None
        and repair.gain >= LINE_MARGIN
        and not repair.ftfy_only
        and changed_evidence(line, repair.text) >= MIN_EVIDENCE
    )


# ftfy's own repair, as a step of a chain (UTF-8 → GBK mojibake → read again as cp1252).
FTFY_STEP = _pair("sloppy-windows-1252", "utf-8", _SIG_LATIN1, "cp1252")


def ftfy_claims(line: str) -> str | None:
    """ftfy's fix of ``line`` when ftfy sees UTF-8/cp1252-family mojibake in it, else None."""
    if not _SIG_LATIN1.search(line):
        return None
    fixed = ftfy.fix_encoding(line)
    return fixed if fixed != line else None


def line_repair(line: str, repair: Repair | None) -> Repair | None:
    """The repair to apply to ``line`` on its own evidence (``repair`` is its best_repair).

    When ftfy also claims the line, its fix (and anything this module finds after it, for
    double encodings) competes with ``repair`` under the same model: ftfy handles partial and
    lossy UTF-8 mojibake this module does not, but it also "fixes" stray UTF-8-looking pairs
    inside GBK-as-cp1252 text, so neither is trusted blindly."""
    if repair is None or not decisive(line, repair):
        return None
    fixed = ftfy_claims(line)
    if fixed is None:
        return repair
    model = load_model()
    base = model.logp(line)
    ftfy_gain = model.logp(fixed) - base
    inner = best_repair(fixed)
    if inner is not None and decisive(fixed, inner) and ftfy_gain + inner.gain > repair.gain:
        return Repair(inner.text, (FTFY_STEP, *inner.steps), ftfy_gain + inner.gain)
    return repair if repair.gain > ftfy_gain else None


def fix_mojibake(line: str) -> tuple[str, list[str]]:
    """Repair one line of mojibake when a re-decoding is clearly likelier (line fix)."""
    repair = line_repair(line, best_repair(line))
    if repair is None:
        return line, []
    return repair.text, repair.names


def document_pair(repairs: list[Repair | None]) -> Pair | None:
    """The single (W, R) pair most lines of a document agree on, if the evidence is strong."""
    gains: dict[Pair, float] = {}
    votes: dict[Pair, int] = {}
    voters = 0
    for repair in repairs:
        if repair is None or repair.gain <= 0 or len(repair.steps) != 1:
            continue
        voters += 1
        pair = repair.steps[0]
        gains[pair] = gains.get(pair, 0.0) + repair.gain
        votes[pair] = votes.get(pair, 0) + 1
    if not gains:
        return None
    pair = max(gains, key=lambda p: gains[p])
    if gains[pair] < DOC_MARGIN or votes[pair] < DOC_AGREEMENT * voters or pair.ftfy_kind:
        return None
    return pair


def fix_mojibake_document(lines: list[str]) -> tuple[list[str], dict[int, list[str]], str | None]:
    """Per-line repairs, plus the document's dominant pair applied to lines too short to
    decide alone (doc fix: returns new lines, repairs per changed line, document repair)."""
    repairs = [best_repair(line) for line in lines]
    pair = document_pair(repairs)
    model = load_model() if pair is not None else None
    out = list(lines)
    changed: dict[int, list[str]] = {}
    for index, (line, repair) in enumerate(zip(lines, repairs, strict=True)):
        chosen = line_repair(line, repair)
        if chosen is not None:
            out[index], changed[index] = chosen.text, chosen.names
        elif model is not None and pair is not None and pair.signature.search(line):
            result = redecode(line, pair)
            if (
                result is not None
                and result != line
                and damage_count(result) <= damage_count(line)
                and ftfy_claims(line) is None
            ):
                if model.logp(result) - model.logp(line) > DOC_LINE_MARGIN:
                    out[index], changed[index] = result, ["mojibake:" + pair.name]
    name = "mojibake_document:" + pair.name if pair is not None else None
    return out, changed, name
