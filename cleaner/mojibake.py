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
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

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
DOC_AGREEMENT = 0.5
MAX_STEPS = 3
# A line with fewer changed non-ASCII bytes than this is too short to judge on its own:
# two odd symbols ("••") also read as a CJK character, "Ôôô" also reads as Cyrillic "Ффф".
# Only a document decision fixes such a line.
MIN_EVIDENCE = 4
# Characters a correct decoding does not produce: a re-decoding that adds any is rejected.
_DAMAGE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
# Chains kept at each step of the search.
BEAM = 3
# Prior cost (nats) of each re-decoding after the first in a chain.
STEP_COST = 8.0

_CP1252_SPECIALS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_LATIN1_RANGE = f"\x80-\xff{_CP1252_SPECIALS}"
# Signatures: a line can only be W-mojibake if it has characters W's high bytes decode to.
_SIG_LATIN1 = re.compile(f"[{_LATIN1_RANGE}]")
_LATIN1_RUNS = re.compile(f"[{_LATIN1_RANGE}]{{2,}}")
_SIG_CYRILLIC = re.compile("[\u0400-\u045f]")
_SIG_KOI8 = re.compile("[\u0400-\u045f\u2500-\u25a0≤≥√≈⌠⌡°²·÷]")
_CYRILLIC_UPPER = re.compile("[А-ЯЁ]")
_CYRILLIC_LOWER = re.compile("[а-яё]")
_SIG_CJK = re.compile("[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef\ue000-\uf8ff]")

Signature = Callable[[str], bool]


def _has(pattern: re.Pattern[str]) -> Signature:
    return lambda text: pattern.search(text) is not None


_HAS_CJK = _has(_SIG_CJK)
_HAS_LATIN1 = _has(_SIG_LATIN1)
_HAS_CYRILLIC = _has(_SIG_CYRILLIC)
_HAS_KOI8 = _has(_SIG_KOI8)
# A line of only ASCII and CJK characters (most Chinese and Japanese lines) can carry none
# of the Latin-1 or Cyrillic signatures: one scan settles them all.
_ASCII_CJK_ONLY = re.compile("[\x00-\x7f\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]*")


def legacy_as_cp1252(text: str) -> bool:
    """GBK/Big5/Shift-JIS/cp1251 bytes read as cp1252: every character of a CJK or Cyrillic
    word becomes a Latin-1 character, so they come in runs; accented Western text has its
    accents scattered one by one. At least half the Latin-1 characters must be in runs."""
    if _LATIN1_RUNS.search(text) is None:
        return False
    runs = _LATIN1_RUNS.findall(text)
    in_runs = sum(len(run) for run in runs)
    return 2 * in_runs >= len(_SIG_LATIN1.findall(text))


def case_swapped(text: str) -> bool:
    """KOI8-R read as cp1251 (and back) swaps letter case: most Cyrillic letters uppercase."""
    if _CYRILLIC_UPPER.search(text) is None:
        return False
    upper = len(_CYRILLIC_UPPER.findall(text))
    return upper >= 3 and upper >= len(_CYRILLIC_LOWER.findall(text))


@dataclass(frozen=True)
class Pair:
    """Bytes in ``right`` that were decoded as ``wrong``."""

    wrong: str
    right: str
    signature: Signature
    name: str

    @property
    def ftfy_kind(self) -> bool:
        return self.right == "utf-8" and self.wrong in ("sloppy-windows-1252", "latin-1")


def _pair(wrong: str, right: str, signature: Signature, shown: str = "") -> Pair:
    label = right.replace("_", "-")
    return Pair(wrong, right, signature, f"{label}-as-{shown or wrong}")


# EUC-KR bytes read as cp1252 are left out on purpose: the train text has too little Korean
# for the model to tell real Hangul from the random syllables other codecs' bytes make.
PAIRS: tuple[Pair, ...] = (
    _pair("gbk", "utf-8", _HAS_CJK),
    _pair("big5", "utf-8", _HAS_CJK),
    _pair("cp950", "utf-8", _HAS_CJK, "big5"),
    _pair("shift_jis", "utf-8", _HAS_CJK, "shift-jis"),
    _pair("cp932", "utf-8", _HAS_CJK, "shift-jis"),
    _pair("euc_kr", "utf-8", _HAS_CJK, "euc-kr"),
    _pair("cp1251", "utf-8", _HAS_CYRILLIC),
    _pair("koi8_r", "utf-8", _HAS_KOI8, "koi8-r"),
    _pair("sloppy-windows-1252", "utf-8", _HAS_LATIN1, "cp1252"),
    _pair("latin-1", "utf-8", _HAS_LATIN1),
    _pair("sloppy-windows-1252", "gbk", legacy_as_cp1252, "cp1252"),
    _pair("sloppy-windows-1252", "big5", legacy_as_cp1252, "cp1252"),
    _pair("sloppy-windows-1252", "shift_jis", legacy_as_cp1252, "cp1252"),
    _pair("sloppy-windows-1252", "cp1251", legacy_as_cp1252, "cp1252"),
    _pair("cp1251", "koi8_r", case_swapped),
    _pair("koi8_r", "cp1251", case_swapped, "koi8-r"),
)


@lru_cache(maxsize=4096)
def score(text: str) -> float:
    """log P(text) under the shipped model; cached, since the line decision, the document
    decision and the ftfy comparison all ask about the same few strings."""
    return load_model().logp(text)


def redecode(text: str, pair: Pair) -> str | None:
    """``text`` encoded as ``pair.wrong`` and decoded as ``pair.right`` (or, failing that, its
    supersets, as :func:`cleaner.decode.widen` orders them); None if nothing fits strictly.

    A U+FFFD in UTF-8 mojibake stands for one byte the wrong decoder dropped: the bytes
    around it are still re-decoded, and the character that lost a byte stays one U+FFFD
    (see :func:`redecode_lossy`)."""
    if "\ufffd" in text and pair.right == "utf-8":
        return redecode_lossy(text, pair.wrong)
    if pair.right == "utf-8" and len(text) > _HEAD and _head_fails_utf8(text, pair.wrong):
        return None
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


_REPLACEMENT_RUN = re.compile("\ufffd+")
_HEAD = 32  # characters re-decoded first: most clean lines fail within them


def _head_fails_utf8(text: str, wrong: str) -> bool:
    """True when the first _HEAD characters alone prove that ``text`` encoded as ``wrong`` is
    not UTF-8 (the codecs here are stateless, so those bytes start the whole line's bytes).
    Clean CJK or Cyrillic text fails at its first characters; encoding and decoding the
    whole line to learn that was most of the cost of the mojibake check on clean pages."""
    try:
        text[:_HEAD].encode(wrong).decode("utf-8")
    except UnicodeEncodeError:
        return True
    except UnicodeDecodeError as error:
        return error.reason != "unexpected end of data"
    return False


def redecode_lossy(text: str, wrong: str) -> str | None:
    """UTF-8 mojibake with U+FFFD (Python's and browsers' multibyte decoders drop one byte per
    U+FFFD): each U+FFFD becomes an invalid byte, the UTF-8 decode replaces the character it
    broke, and each run of U+FFFD is kept as one. Nothing lost is guessed back."""
    try:
        data = b"\xff".join(part.encode(wrong) for part in text.split("\ufffd"))
    except UnicodeEncodeError:
        return None
    return _REPLACEMENT_RUN.sub("\ufffd", data.decode("utf-8", errors="replace"))


_NON_CJK_SIGNATURES = (_HAS_LATIN1, _HAS_CYRILLIC, _HAS_KOI8, legacy_as_cp1252, case_swapped)


def damage_count(text: str) -> int:
    return len(_DAMAGE.findall(text))


_NON_ASCII = re.compile("[^\x00-\x7f]")


@lru_cache(maxsize=65536)
def opens_utf8(char: str, wrong: str) -> bool:
    """Whether ``char`` encoded as ``wrong`` can start a UTF-8 sequence after ASCII text.

    A line's first non-ASCII character decides whether the line can be UTF-8 read as
    ``wrong`` at all: everything before it is ASCII, so its bytes must open a valid UTF-8
    sequence. One cached lookup per line and pair rules out most clean lines (German
    "ü" is byte FC in cp1252, never a UTF-8 lead; most Chinese characters' GBK bytes are
    not a lead and a continuation) before any re-encoding of the line."""
    try:
        char.encode(wrong).decode("utf-8")
    except UnicodeEncodeError:
        return False
    except UnicodeDecodeError as error:
        return error.reason == "unexpected end of data"
    return True


def candidates(text: str) -> list[tuple[Pair, str]]:
    """Every re-decoding of ``text`` that some known (W, R) pair makes possible and that adds
    no control, private-use or replacement characters."""
    if text.isascii():
        return []
    found: list[tuple[Pair, str]] = []
    seen = {text}
    damage: int | None = None  # counted when a re-decoding first needs comparing
    verdicts: dict[Signature, bool] = {}  # several pairs share a signature
    if _ASCII_CJK_ONLY.fullmatch(text):
        verdicts = dict.fromkeys(_NON_CJK_SIGNATURES, False)
    # With a U+FFFD the UTF-8 re-decoding is the lossy one, which any bytes survive.
    first = None if "\ufffd" in text else _NON_ASCII.search(text).group()
    for pair in PAIRS:
        # the cached first-character test before the signature's regex: both must pass
        if first is not None and pair.right == "utf-8" and not opens_utf8(first, pair.wrong):
            continue  # redecode would fail: the first non-ASCII character opens no UTF-8
        verdict = verdicts.get(pair.signature)
        if verdict is None:
            verdict = verdicts[pair.signature] = pair.signature(text)
        if not verdict:
            continue
        result = redecode(text, pair)
        if result is None or result in seen:
            continue
        if damage is None:
            damage = damage_count(text)
        if damage_count(result) <= damage:
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


@dataclass(frozen=True)
class Analysis:
    """What re-decoding can do for one line: the best chain, and every single re-decoding
    with its gain (the document decision adds those up over lines)."""

    best: Repair | None
    single: dict[Pair, Repair]


NOTHING = Analysis(None, {})


def analyse(text: str) -> Analysis:
    """Search chains of up to MAX_STEPS re-decodings of ``text`` for the likeliest reading.

    A small beam search: in a double encoding the first step that looks best is not always
    the one that leads to the right text. Each step after the first costs STEP_COST nats of
    prior, so a simpler explanation wins a tie.
    """
    if text.isascii():
        return NOTHING
    first = candidates(text)
    if not first:  # the common case for clean text: no model needed
        return NOTHING
    base = score(text)
    best: tuple[float, str, tuple[Pair, ...]] = (base, text, ())
    frontier: list[tuple[float, str, tuple[Pair, ...]]] = [best]
    single: dict[Pair, Repair] = {}
    seen = {text}
    for depth in range(MAX_STEPS):
        expanded = []
        for _, current, steps in frontier:
            legacy_steps = sum(1 for step in steps if not step.ftfy_kind)
            for pair, result in first if depth == 0 else candidates(current):
                # At most one step that is not ftfy's kind: a chain of two legacy re-decodings
                # (Big5 then GBK...) explains nothing real and reads noise into symbols.
                if result in seen or (legacy_steps and not pair.ftfy_kind):
                    continue
                seen.add(result)
                value = score(result) - STEP_COST * depth
                expanded.append((value, result, (*steps, pair)))
                if depth == 0:
                    single[pair] = Repair(result, (pair,), value - base)
        if not expanded:
            break
        expanded.sort(key=lambda node: node[0], reverse=True)
        frontier = expanded[:BEAM]
        if frontier[0][0] > best[0]:
            best = frontier[0]
    best_score, result, steps = best
    return Analysis(Repair(result, steps, best_score - base) if steps else None, single)


def best_repair(text: str) -> Repair | None:
    """The likeliest chain of re-decodings of ``text`` (gain in nats over ``text``), or None
    when no re-decoding is likelier than the text as it is."""
    return analyse(text).best


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


# Characters that make up words: letters (not modifier letters like ʲ), combining marks.
_WORD_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lo", "Mn", "Mc"})


@lru_cache(maxsize=65536)
def _is_word_char(char: str) -> bool:
    return unicodedata.category(char) in _WORD_CATEGORIES


@lru_cache(maxsize=4096)
def changed_evidence(before: str, after: str, wrong: str = "utf-8") -> int:
    """Bytes (in the ``wrong`` codec that produced ``before``) of the non-ASCII characters
    inside the span a repair changed: how much of the line the decision rests on. 0 unless
    the repaired span is mostly word characters, since mojibake repair restores words, not one
    symbol for another ("€€€€" → "────", "ВІКІ" → "²ʲ")."""
    old, new = changed_span(before, after)
    visible = [char for char in new if char > "\x7f" and not char.isspace()]
    words = sum(map(_is_word_char, visible))
    if not visible or 2 * words < len(visible):
        return 0
    high = "".join(char for char in old if char > "\x7f")
    return len(high.encode(wrong, errors="replace"))


def decisive(line: str, repair: Repair | None) -> bool:
    """Whether ``repair`` of ``line`` is clear enough to apply on the line's evidence alone."""
    return (
        repair is not None
        and repair.gain >= LINE_MARGIN
        and not repair.ftfy_only
        and changed_evidence(line, repair.text, repair.steps[0].wrong) >= MIN_EVIDENCE
    )


# ftfy's own repair, as a step of a chain (UTF-8 → GBK mojibake → read again as cp1252).
FTFY_STEP = _pair("sloppy-windows-1252", "utf-8", _HAS_LATIN1, "cp1252")


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
    ftfy_gain = score(fixed) - score(line)
    inner = best_repair(fixed)
    if inner is not None and decisive(fixed, inner) and ftfy_gain + inner.gain > repair.gain:
        return Repair(inner.text, (FTFY_STEP, *inner.steps), ftfy_gain + inner.gain)
    # ftfy's detector is the more precise one: ours must be clearly better to overrule it.
    return repair if repair.gain > ftfy_gain + LINE_MARGIN else None


def fix_mojibake(line: str) -> tuple[str, list[str]]:
    """Repair one line of mojibake when a re-decoding is clearly likelier (line fix)."""
    repair = line_repair(line, best_repair(line))
    if repair is None:
        return line, []
    return repair.text, repair.names


def single_repair(line: str, pair: Pair) -> Repair | None:
    """``line`` re-decoded with ``pair`` regardless of the pair's signature (the document has
    already shown the pair is there; a short line may lack the signature's tell-tale run)."""
    result = redecode(line, pair)
    if result is None or result == line or damage_count(result) > damage_count(line):
        return None
    return Repair(result, (pair,), score(result) - score(line))


def document_pair(lines: list[str], analyses: list[Analysis]) -> Pair | None:
    """The (W, R) pair that explains the document best, if the evidence is strong: its gains
    summed over every line it applies to (losses count against it); it must be the best
    single re-decoding on at least half the lines that have a winning one, and either be
    decisive on its own on one line or have changed enough characters over distinct lines
    (the same weak hint repeated is not evidence)."""
    totals: dict[Pair, float] = {}
    wins: dict[Pair, int] = {}
    decided: set[Pair] = set()
    evidence: dict[Pair, int] = {}
    counted: set[str] = set()
    voters = 0
    for line, analysis in zip(lines, analyses, strict=True):
        for pair, repair in analysis.single.items():
            totals[pair] = totals.get(pair, 0.0) + repair.gain
        winner = max(analysis.single.values(), key=lambda r: r.gain, default=None)
        if winner is not None and winner.gain > 0:
            voters += 1
            wins[winner.steps[0]] = wins.get(winner.steps[0], 0) + 1
            if decisive(line, winner):
                decided.add(winner.steps[0])
            if line not in counted:  # a repeated line is one piece of evidence
                counted.add(line)
                found = changed_evidence(line, winner.text, winner.steps[0].wrong)
                evidence[winner.steps[0]] = evidence.get(winner.steps[0], 0) + found
    if not totals:
        return None
    pair = max(totals, key=lambda p: totals[p])
    if (
        totals[pair] < DOC_MARGIN
        or wins.get(pair, 0) < DOC_AGREEMENT * voters
        or (pair not in decided and evidence.get(pair, 0) < 2 * MIN_EVIDENCE)
        or pair.ftfy_kind
    ):
        return None
    return pair


def choose(line: str, analysis: Analysis, pair: Pair | None) -> Repair | None:
    """The repair for one line of a document whose dominant pair is ``pair`` (or None): the
    line's own decisive repair, unless the document's pair also improves the line and the
    line's own choice is not better by a clear margin."""
    own = line_repair(line, analysis.best)
    shared = analysis.single.get(pair) if pair is not None else None
    if pair is not None and shared is None and not line.isascii():
        shared = single_repair(line, pair)
    if shared is None or shared.gain <= DOC_LINE_MARGIN or shared.text == (own and own.text):
        return own
    if own is not None and own.gain > shared.gain + LINE_MARGIN:
        return own
    fixed = ftfy_claims(line)
    if fixed is not None:
        # The document's evidence is on our side: overrule ftfy when the pair reads better.
        if shared.gain <= score(fixed) - score(line):
            return own
    return shared


def fix_mojibake_document(lines: list[str]) -> tuple[list[str], dict[int, list[str]], str | None]:
    """Per-line repairs, with the document's dominant pair settling lines too short or too
    ambiguous to decide alone (doc fix: returns new lines, repairs per changed line, and the
    document-level repair name)."""
    analyses = [analyse(line) for line in lines]
    if not any(analysis.single for analysis in analyses):
        return list(lines), {}, None  # no line can be re-decoded at all: most pages
    pair = document_pair(lines, analyses)
    out = list(lines)
    changed: dict[int, list[str]] = {}
    for index, (line, analysis) in enumerate(zip(lines, analyses, strict=True)):
        chosen = choose(line, analysis, pair)
        if chosen is not None:
            out[index], changed[index] = chosen.text, chosen.names
    name = "mojibake_document:" + pair.name if pair is not None else None
    return out, changed, name
