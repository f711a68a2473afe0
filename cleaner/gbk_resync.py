"""Re-synchronise GBK text that a byte-level edit knocked out of phase.

The damage (see research/encoding.md, section 4): text stored as GBK went through byte-level
find-and-replace steps (pinyin injected after some characters, fullwidth punctuation folded
to ASCII). A match can straddle two characters, so bytes get inserted or removed *inside* a
character. The decoder then shows the orphaned lead byte as ``?`` (swallowing a ``(`` right
after it) and reads the following run one byte out of phase (``因?yàn)檫@`` for ``因為這``)
until a trail byte in 0x40-0x7E, shown as an ASCII letter, brings it back in phase.

Repair: the observed line is turned back into the byte stream it came from, where a ``?``
or U+FFFD is one lost byte (any of 128 values; a "(" after it may have been swallowed), an
ASCII ``,!:;()?.`` may have been the two bytes of its fullwidth form, a private-use
character is the two bytes of a user-defined GBK code, and an injected ``(reading)`` is no
bytes at all, provided it is a reading of the two bytes before it. Lost bytes are held to
what the mechanism allows: without a reading after it, a lost byte opens a character only
right before a folded mark, and two unconstrained lost bytes never make up a character.
A beam search over that byte lattice decodes the stream in phase and scores the
characters with the character bigram model (:mod:`cleaner.charlm`); every assumed lost byte
costs a penalty, so the line only changes when the repaired reading is clearly more Chinese
than the damaged one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cleaner import charlm, pinyin

# Costs (nats) of assuming damage; the language model has to win them back.
LOST_BYTE_COST = 5.0  # a '?' was a byte lost in decoding (no reading after it)
LOST_BYTE_WITH_READING_COST = 0.5  # ... and the injector's reading follows it
FULLWIDTH_BYTES_COST = 1.0  # an ASCII punctuation mark stood for its fullwidth form's bytes
DANGLING_COST = 3.0  # the line ends inside a character (kept as '?')
LITERAL_PRIVATE_USE_COST = 8.0  # a private-use character is kept as such
STRADDLE_PUNCT_BONUS = 4.0  # see _options
MIN_GAIN = 3.0  # the repaired line must beat the damaged one by this much
MIN_LINE_LOGPROB = -10.0  # mean per non-ASCII character; mojibake scores about -15
BEAM = 64
MAX_SEGMENT = 300  # characters searched at once (long lines are cut after "。")
MAX_EXPANSIONS = 60_000  # per line: real damage needs < 53k (synthetic_seed_gbk); spam full of
# replaced characters ("大?快三??") would search far longer for nothing
MAX_BARE_LOSSES = 6  # more '?' without a reading than the injector leaves on a line (dev max 6)
IN_PHASE_LOGPROB = -9.0  # mean per character: text after a lost mark this fluent is in phase

_PUNCT_FULLWIDTH = {",": "，", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？"}
# What the folding step may have turned into each ASCII mark (it also folded "．").
_PUNCT_BYTES = {a: f.encode("gbk") for a, f in {**_PUNCT_FULLWIDTH, ".": "．"}.items()}
_HIDDEN_PAREN_COST = 2.0  # ... and the decoder swallowed a "(" or "（" right after it
_UNBALANCED_COST = 12.0  # ... or left a ")" unopened although a "(" could have been swallowed
_LOST = "?\ufffd"
_SYLLABLE = f"[{pinyin.PINYIN_LETTERS}]{{1,7}}"
_READING_PAREN = re.compile(f"\\(({_SYLLABLE})\\)")
_READING_SWALLOWED = re.compile(f"({_SYLLABLE})\\)")
_ANY_READING = re.compile(f"\\(?{_SYLLABLE}\\)")
# A lost mark with no injected reading after it (a reading after one is the injector's).
_BARE_LOST = re.compile(f"[?\ufffd](?!\\(?{_SYLLABLE}\\))")
_LOST_RUN = re.compile("\\?+|\ufffd+")
_BEFORE_READING_END = re.compile(f"\\(?{_SYLLABLE}\\)$")
# Fast check: a lost byte or a private-use character next to a non-ASCII character.
_SUSPECT = re.compile(
    "[?\ufffd\ue000-\uf8ff][^\\x00-\\x7f]|[^\\x00-\\x7f][?\ufffd\ue000-\uf8ff]"
    f"|[?\ufffd]\\(?{_SYLLABLE}\\)"
    # a reading after an ASCII letter that was the trail byte of a straddled character
    f"|[^\\x00-\\x7f][\\x40-\\x7e]\\({_SYLLABLE}\\)"
)


def needs_resync(line: str) -> bool:
    """Cheap check: could this line carry GBK phase damage at all?"""
    return _SUSPECT.search(line) is not None


def _run_after(line: str, start: int, limit: int = 8) -> str:
    """The non-ASCII characters right after position ``start`` (at most ``limit``)."""
    end = start
    while end < len(line) and end - start < limit and not line[end].isascii() \
            and line[end] not in _LOST:
        end += 1
    return line[start:end]


def obviously_in_phase(line: str, lm: charlm.CharLM | None = None) -> bool:
    """Cheap proof that the search cannot repair this line, so it may be skipped.

    Without an injected reading, a lost byte can only change the reading when the text
    after it is out of phase (garbage characters) or when it sits next to a folded mark.
    A line whose every lost mark is followed by fluent Chinese (a genuine ``?``, or a
    character the page's codec could not encode) is therefore left as it is, which saves
    the beam search on the commonest harmless case.
    """
    if _ANY_READING.search(line) or any(_is_private_use(c) for c in line):
        return False
    lm = lm or charlm.default_model()
    for match in _LOST_RUN.finditer(line):
        before = line[match.start() - 1] if match.start() else ""
        after = line[match.end()] if match.end() < len(line) else ""
        if before in _PUNCT_BYTES or after in _PUNCT_BYTES:
            return False
        if after == "" or after.isascii():
            # nothing after it that a lost byte could pair with: an orphaned lead byte
            # followed by a byte in 0x40-0x7E would have been decoded as one character
            continue
        run = _run_after(line, match.end())
        if len(run) < 2 or lm.mean_logprob(run) < IN_PHASE_LOGPROB:
            return False
    return True


def too_many_losses(line: str) -> bool:
    """A line with more bare lost marks than phase damage leaves is lossy decoding (a codec
    replaced what it could not encode, typically in spam runs): nothing to re-synchronise,
    and the search would spend its whole budget (tens of milliseconds) to find that out."""
    return len(_BARE_LOST.findall(line)) > MAX_BARE_LOSSES


def mostly_chinese(line: str, lm: charlm.CharLM | None = None) -> bool:
    """Is the line, apart from its damaged spots, readable Chinese?

    Phase damage is local: the rest of the line reads well. A line that is garbage
    throughout is some other damage (UTF-8 read as GBK or Big5, lossy decoding) that other
    repairs undo losslessly, so it must be left to them untouched.
    """
    # A lost byte followed by its injected reading is this damage (Python's decoders show it
    # as U+FFFD and keep the "("); only bare replacement characters point to lossy decoding.
    bare_losses = sum(mark == "\ufffd" for mark in _BARE_LOST.findall(line))
    if bare_losses >= 3 or "锟斤拷" in line:
        return False
    text = "".join(c for c in _ANY_READING.sub("", line) if not c.isascii())
    if not text:
        return False
    return (lm or charlm.default_model()).mean_logprob(text) >= MIN_LINE_LOGPROB


@lru_cache(maxsize=1)
def _pairs() -> dict[int, str]:
    """Every valid two-byte GBK code (lead << 8 | trail) and its character."""
    table = {}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                table[lead << 8 | trail] = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
    return table


@lru_cache(maxsize=4)
def _lead_bonus(lm: charlm.CharLM) -> dict[int, float]:
    """For beam pruning: the best unigram log-probability a character opened by each lead
    byte can reach (a state waiting for its trail byte has not been scored for it yet)."""
    best: dict[int, float] = {}
    for code, char in _pairs().items():
        lead = code >> 8
        best[lead] = max(best.get(lead, -1e9), lm.unigram_logprob(char))
    return best


def load_tables() -> None:
    """Build the byte-pair table and the beam's lead-byte bonuses now (they are built on
    first use otherwise): clean-files loads them before forking workers that share them."""
    _lead_bonus(charlm.default_model())


@lru_cache(maxsize=65536)
def _char_bytes(ch: str) -> bytes | None:
    """The bytes a shown character stands for (None: it cannot come from GBK bytes)."""
    for codec in ("gbk", "gb18030"):  # gb18030 maps the user-defined areas to private use
        try:
            raw = ch.encode(codec)
        except UnicodeEncodeError:
            continue
        return raw if len(raw) <= 2 else None
    return None


def _is_private_use(ch: str) -> bool:
    return "\ue000" <= ch <= "\uf8ff"


@dataclass(frozen=True)
class _Option:
    """One way to read observed characters ``[i, i + width)`` as bytes."""

    width: int
    data: bytes = b""
    literal: str = ""  # emitted as is (no byte meaning), needs the stream in phase
    reading: str = ""  # an injected annotation: no bytes, must fit the two bytes before
    then_reading: str = ""  # a lost byte followed by this reading: must fit it at once
    scored_as: str = ""  # the language model scores the literal as this character
    trail_only: bool = False  # a lost byte that can only complete an open character
    free: bool = False  # the first byte is lost and nothing (no reading) constrains it
    cost: float = 0.0
    repair: bool = False


def _near_non_ascii(line: str, i: int) -> bool:
    """A lost byte belongs to a multibyte run: a non-ASCII character is reached from it
    across other lost bytes, folded punctuation marks and injected readings."""
    j = i - 1
    while j >= 0:
        m = _BEFORE_READING_END.search(line, 0, j + 1)
        if line[j] == ")" and m:
            j = m.start() - 1
        elif line[j] in _LOST or line[j] in _PUNCT_BYTES:
            j -= 1
        else:
            break
    if j >= 0 and not line[j].isascii():
        return True
    k = i + 1
    while k < len(line):
        m = _READING_SWALLOWED.match(line, k) or _READING_PAREN.match(line, k)
        if m:
            k = m.end()
        elif line[k] in _LOST or line[k] in _PUNCT_BYTES:
            k += 1
        else:
            break
    return k < len(line) and not line[k].isascii()


def _unopened_paren_follows(line: str, i: int) -> bool:
    """The next parenthesis after i closes one that was never opened (injected readings,
    whose "(" may have been swallowed, do not count)."""
    text = _ANY_READING.sub("", line[:i]) + "?" + _ANY_READING.sub("", line[i + 1:])
    i = len(_ANY_READING.sub("", line[:i]))
    for ch in text[i + 1:]:
        if ch in "(（":
            return False
        if ch in ")）":
            return text.count("(") + text.count("（") < text.count(")") + text.count("）")
    return False


@lru_cache(maxsize=4096)
def _lost_with_reading(reading: str) -> tuple[_Option, ...]:
    """A lost byte right before an injected reading: any value that makes the reading fit."""
    return tuple(_Option(1, bytes((b,)), then_reading=reading, repair=True,
                         cost=LOST_BYTE_WITH_READING_COST) for b in range(0x80, 0x100))


@lru_cache(maxsize=4)
def _lost_plain(lead_ok: bool, swallowed: bool) -> tuple[_Option, ...]:
    plain_cost = LOST_BYTE_COST + (_UNBALANCED_COST if swallowed else 0.0)
    paren_cost = LOST_BYTE_COST + (0.0 if swallowed else _HIDDEN_PAREN_COST)
    opts = []
    for b in range(0x80, 0x100):
        # A fold that straddles two characters usually ate the trail of a "。" (A1 A3):
        # the lead byte of CJK punctuation gets a head start.
        cost = plain_cost - (STRADDLE_PUNCT_BONUS if lead_ok and b == 0xA1 else 0.0)
        opts.append(_Option(1, bytes((b,)), cost=cost, repair=True, trail_only=not lead_ok,
                            free=True))
        # the decoder swallows a "(" after what it took for an orphaned lead byte
        for paren in (b"(", "（".encode("gbk")):
            opts.append(_Option(1, bytes((b,)) + paren, trail_only=True, repair=True,
                                cost=paren_cost, free=True))
    return tuple(opts)


def _options(line: str, i: int, skip_annotations: bool) -> list[_Option]:
    ch = line[i]
    prev = line[i - 1] if i else ""
    opts: list[_Option] = []
    latin_trail = (i >= 2 and "\x40" <= prev <= "\x7e" and prev.isalpha()
                   and not line[i - 2].isascii())
    if ch == "(" and (skip_annotations or prev in _LOST or latin_trail):
        m = _READING_PAREN.match(line, i)
        if m and m.group(1) in pinyin.syllables():
            opts.append(_Option(m.end() - i, reading=m.group(1), repair=True))
    if prev in _LOST and ch != "(":
        m = _READING_SWALLOWED.match(line, i)
        if m and m.group(1) in pinyin.syllables():
            opts.append(_Option(m.end() - i, reading=m.group(1), repair=True))
    if ch in _LOST:
        if _near_non_ascii(line, i):
            after = _READING_SWALLOWED.match(line, i + 1) or _READING_PAREN.match(line, i + 1)
            if after and after.group(1) in pinyin.syllables():
                opts.extend(_lost_with_reading(after.group(1)))
            else:
                # Without a reading, a lost byte opens a character only where a fullwidth
                # mark was folded right after it (the fold ate the character's trail byte);
                # otherwise it can only be the trail byte of a character already open.
                # An unopened ")" later says the decoder swallowed its "(" right here.
                # ... between characters that were non-ASCII before the damage
                after_text = (not prev.isascii() or prev in _PUNCT_BYTES
                              or _BEFORE_READING_END.search(line, 0, i) is not None)
                lead_ok = line[i + 1:i + 2] in _PUNCT_BYTES and after_text
                opts.extend(_lost_plain(lead_ok, _unopened_paren_follows(line, i)))
        if ch == "?":
            opts.append(_Option(1, b"?"))
            opts.append(_Option(1, _PUNCT_BYTES["?"], cost=FULLWIDTH_BYTES_COST, repair=True))
        else:
            opts.append(_Option(1, literal=ch, scored_as="?"))
        return opts
    if ch in _PUNCT_BYTES:
        opts.append(_Option(1, _PUNCT_BYTES[ch], cost=FULLWIDTH_BYTES_COST, repair=True))
    raw = _char_bytes(ch)
    if raw is not None:
        opts.append(_Option(1, raw))
    if ch == "\u20ac":  # cp936 decoders show the single byte 0x80 as the euro sign
        opts.append(_Option(1, b"\x80"))
    if _is_private_use(ch):
        opts.append(_Option(1, literal=ch, cost=LITERAL_PRIVATE_USE_COST))
    elif raw is None:
        opts.append(_Option(1, literal=ch))
    return opts


# A pending lead byte that was lost and is unconstrained carries this flag.
_FREE = 0x100

# A search state: (score, pending lead byte or -1 (| _FREE), previous character, last two
# stream bytes, output node). Output nodes are (parent, text) pairs, shared between states.
_State = tuple[float, int, str, bytes, "tuple | None", int]


def _advance(state: _State, opt: _Option, lm: charlm.CharLM) -> _State | None:
    score, pending, prev, last2, node, n_repairs = state
    score -= opt.cost
    if opt.repair:
        n_repairs += 1
    if opt.reading:
        if len(last2) < 2:
            return None
        char = _pairs().get(last2[0] << 8 | last2[1])
        if char is None or not pinyin.is_reading_of(opt.reading, char):
            return None
        return score, pending, prev, last2, node, n_repairs
    if opt.trail_only and pending < 0:
        return None
    if opt.then_reading:
        phantom = _pairs().get(last2[-1] << 8 | opt.data[0]) if last2 else None
        if phantom is None or not pinyin.is_reading_of(opt.then_reading, phantom):
            return None
    if opt.literal:
        if pending >= 0:
            return None
        shown = opt.scored_as or opt.literal
        score += lm.cond_logprob(prev or None, shown)
        return score, -1, shown, b"", (node, opt.literal), n_repairs
    out = []
    for k, b in enumerate(opt.data):
        last2 = (last2 + bytes((b,)))[-2:]
        free = opt.free and k == 0
        if pending >= 0:
            if free and pending & _FREE:
                return None  # two unconstrained lost bytes would invent a whole character
            char = _pairs().get((pending & 0xFF) << 8 | b)
            if char is None:
                return None
            pending = -1
        elif b < 0x80:
            char = chr(b)
        elif 0x81 <= b <= 0xFE:
            pending = b | _FREE if free else b
            continue
        else:
            return None
        score += lm.cond_logprob(prev or None, char)
        prev = char
        out.append(char)
    if out:
        node = (node, "".join(out))
    return score, pending, prev, last2, node, n_repairs


def _text(node: tuple | None) -> str:
    parts = []
    while node is not None:
        node, text = node
        parts.append(text)
    return "".join(reversed(parts))


def resync_line(line: str, skip_annotations: bool = False,
                lm: charlm.CharLM | None = None) -> tuple[str, int]:
    """Best in-phase reading of a damaged line; returns (line, number of repairs).

    ``skip_annotations`` lets ``(reading)`` after any character count as injected (only
    when the document as a whole was judged pinyin-injected); a reading right after a lost
    byte always may.
    """
    if not needs_resync(line):
        return line, 0
    lm = lm or charlm.default_model()
    if obviously_in_phase(line, lm) or too_many_losses(line):
        return line, 0
    budget = [MAX_EXPANSIONS]  # shared by the segments of one line
    if len(line) <= MAX_SEGMENT:
        return _resync_segment(line, skip_annotations, lm, budget)
    parts, total = [], 0
    for segment in _segments(line):
        fixed, n = _resync_segment(segment, skip_annotations, lm, budget)
        parts.append(fixed)
        total += n
    return "".join(parts), total


def _segments(line: str) -> list[str]:
    """Cut a long line after sentence ends: a visible "。" is always in phase, so the
    search can restart there, and its cost stays linear in the line length."""
    pieces = []
    for piece in re.split("(?<=。)", line):
        # without sentence ends, fall back to fixed-size cuts (only pathological input)
        pieces.extend(piece[k:k + MAX_SEGMENT] for k in range(0, len(piece), MAX_SEGMENT))
    segments = [""]
    for piece in pieces:
        if segments[-1] and len(segments[-1]) + len(piece) > MAX_SEGMENT:
            segments.append("")
        segments[-1] += piece
    return segments


def _resync_segment(line: str, skip_annotations: bool, lm: charlm.CharLM,
                    budget: list[int]) -> tuple[str, int]:
    if not needs_resync(line) or budget[0] <= 0:
        return line, 0
    bonus = _lead_bonus(lm)
    n = len(line)
    beams: list[dict[tuple, _State]] = [dict() for _ in range(n + 1)]
    beams[0][(-1, "", b"")] = (0.0, -1, "", b"", None, 0)
    for i in range(n):
        beam = beams[i]
        if not beam:
            continue
        states = sorted(beam.values(), key=lambda s: s[0] + bonus.get(s[1] & 0xFF, 0.0),
                        reverse=True)[:BEAM]
        beams[i] = {}
        open_states = [state for state in states if state[1] >= 0]
        for opt in _options(line, i, skip_annotations):
            target = beams[i + opt.width]
            candidates = open_states if opt.trail_only else states
            budget[0] -= len(candidates) + 1
            if budget[0] < 0:
                return line, 0  # pathological input: leave it as it is
            for state in candidates:
                new = _advance(state, opt, lm)
                if new is None:
                    continue
                key = (new[1], charlm.token(new[2]) if new[2] else "", new[3])
                old = target.get(key)
                if old is None or new[0] > old[0]:
                    target[key] = new
    best: tuple[float, str, int] | None = None
    for score, pending, _prev, _last2, node, n_repairs in beams[n].values():
        text = _text(node)
        last = _prev or None
        if pending >= 0:
            score -= DANGLING_COST
            score += lm.cond_logprob(last, "?")
            text += "?"
            last = "?"
        if last is not None:
            score += lm.cond_logprob(last, charlm.END)
        if best is None or score > best[0]:
            best = (score, text, n_repairs)
    if best is None or best[1] == line or best[2] == 0:
        return line, 0
    baseline = lm.logprob(line.replace("\ufffd", "?"), line_end=True)
    baseline -= LITERAL_PRIVATE_USE_COST * sum(1 for c in line if _is_private_use(c))
    if best[0] - baseline < MIN_GAIN:
        return line, 0
    return match_closing_quotes(line, best[1]), best[2]


_CLOSER_FOR = {"「": "」", "『": "』", "“": "”"}
_CLOSERS = frozenset(_CLOSER_FOR.values())


def match_closing_quotes(before: str, after: str) -> str:
    """Closing quotes that a repair created take the form their opening quote asks for.

    The language model scores ” 」 』 alike, so a recovered closing mark is chosen here:
    it closes the nearest unclosed opening quote before it.
    """
    created = {c: after.count(c) - before.count(c) for c in _CLOSERS}
    if not any(n > 0 for n in created.values()):
        return after
    chars = list(after)
    stack: list[str] = []
    for i, ch in enumerate(chars):
        if ch in _CLOSER_FOR:
            stack.append(ch)
        elif ch in _CLOSERS:
            want = _CLOSER_FOR[stack.pop()] if stack else ch
            if want != ch and created.get(ch, 0) > 0:
                created[ch] -= 1
                chars[i] = want
    return "".join(chars)


# ---------------------------------------------------------------------------- punctuation

# Fullwidth marks the byte-level step folded to ASCII, and the CJK marks it left alone.
_FOLDED = "，！：；（）？"
_CJK_ONLY_PUNCT = "。、「」『』《》〈〉"
_ASCII_FOLDED = re.compile("[,!:;()?.]")
_FOLDED_RE = re.compile(f"[{_FOLDED}]")


def _cjk(ch: str) -> bool:
    """Characters after which Chinese text uses fullwidth punctuation."""
    return charlm.is_han(ch) or ch in _CJK_ONLY_PUNCT or ch in _FOLDED or ch in "“”…—"


def folded_punctuation(lines: list[str]) -> bool:
    """Does the document look like its fullwidth punctuation was folded to ASCII?

    The folding is a global byte replace, so such a document has no ``，！：；（）？`` left
    at all, and has ASCII ones right next to Chinese characters.
    """
    if any(_FOLDED_RE.search(line) for line in lines):
        return False
    return any(_fullwidth_positions(line) for line in lines)


def _fullwidth_positions(line: str) -> list[int]:
    """Indexes of ASCII ``,!:;()?.`` that a Chinese writer would have typed fullwidth."""
    if not _ASCII_FOLDED.search(line):
        return []
    found = []
    for m in _ASCII_FOLDED.finditer(line):
        i = m.start()
        ch = line[i]
        before = line[i - 1] if i else ""
        after = line[i + 1] if i + 1 < len(line) else ""
        if ch == ".":
            if charlm.is_han(before) and charlm.is_han(after):
                found.append(i)  # "．" between two characters (e.g. in foreign names)
        elif ch == "(":
            close = line.find(")", i + 1)
            inside = line[i + 1:close] if close > 0 else after
            if _cjk(before) or (inside and _cjk(inside[0])):
                found.append(i)
                if close > 0:
                    found.append(close)
        elif ch == ")":
            if i in found:
                continue
            opening = line.rfind("(", 0, i)
            if opening < 0 and (_cjk(before) or _cjk(after)):
                found.append(i)
        elif _cjk(before) or (_cjk(after) and before != " "):
            if after == " ":
                continue  # fullwidth marks carry their own space; ", " was typed as ASCII
            found.append(i)
    return sorted(set(found))


def restore_fullwidth(line: str) -> tuple[str, int]:
    """Turn ASCII ``,!:;()?.`` in Chinese context back into fullwidth forms."""
    positions = _fullwidth_positions(line)
    if not positions:
        return line, 0
    chars = list(line)
    for i in positions:
        chars[i] = _PUNCT_FULLWIDTH.get(chars[i], "．")
    return "".join(chars), len(positions)


# ---------------------------------------------------------------------------- document fix


def fix_document(lines: list[str]) -> tuple[list[str], dict[int, list[str]], str | None]:
    """Undo the seed-style byte damage of one document (a DOC_FIX, see cleaner.repair).

    Order: injected pinyin after intact characters, then GBK re-synchronisation of the broken
    runs (which also drops the readings inside them), then fullwidth punctuation when the
    document shows that it was folded.
    """
    # One scan of the whole page first: no match can span lines ("\n" is in no class here).
    joined = "\n".join(lines)
    suspect = ([needs_resync(line) and mostly_chinese(line) for line in lines]
               if needs_resync(joined) else [False] * len(lines))
    # a reading needs "(" and an injector break ")": a page without either has neither
    annotated = ("(" in joined or ")" in joined) and any(
        pinyin.might_have_annotations(line) or pinyin.has_injector_break(line) for line in lines)
    if not (any(suspect) or annotated):
        return lines, {}, None  # the cheap path: nothing here looks like this damage
    folded = folded_punctuation([pinyin.strip_annotations(line)[0] for line in lines]
                                if annotated else lines)
    injected = annotated and pinyin.injected_document(lines, extra_evidence=folded)
    out = list(lines)
    changed: dict[int, list[str]] = {}
    resynced = False
    for index, line in enumerate(out):
        names = []
        if injected:
            line, n = pinyin.strip_annotations(line)
            if n:
                names.append("pinyin_annotation_removed")
        if suspect[index]:
            line, n = resync_line(line, skip_annotations=injected)
            if n:
                names.append("gbk_resync")
                resynced = True
        out[index] = line
        if names:
            changed[index] = names
    if folded and (injected or resynced):
        for index, line in enumerate(out):
            line, n = restore_fullwidth(line)
            if n:
                out[index] = line
                changed.setdefault(index, []).append("fullwidth_punctuation_restored")
    if not changed:
        return lines, {}, None
    kinds = sorted({name for names in changed.values() for name in names})
    return out, changed, "gbk_byte_damage:" + "+".join(kinds)
