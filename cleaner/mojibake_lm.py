"""A small character language model over all scripts, used to choose between re-decodings.

Mojibake repair compares two readings of the same bytes (the text as it was decoded and the
text decoded with another codec) by their log-probability under this model. The model is an
interpolated character bigram model (Witten-Bell) that backs off to a class model:

    P(c | p) = P(fold(c) | fold(p)) * P(case(c) | case(p))
    P(f | g) = (n(g, f) + T(g) * B(f | g)) / (n(g) + T(g))          (folded characters)
    B(f | g) = P(class(f) | class(g)) * P(script(f) | class(f)) * P(f | script, class)

Letter case is modelled apart from the letters (``fold`` lowercases), so all-caps headlines
get the same letter statistics as running text and only pay for their case.

The class model is what generalises to scripts the training text lacks: a Greek letter after a
Greek letter is an ordinary "lowercase letter continues a word", while a Han character inside a
Latin word, a box-drawing character, a C1 control or a rare Han character (one of 20,000
possible) is expensive whatever the language. The counts are built by
``python -m cleaner.build_mojibake_lm`` into ``cleaner/data/mojibake_lm.json.gz``.
"""

from __future__ import annotations

import bisect
import gzip
import json
import math
import unicodedata
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "data" / "mojibake_lm.json.gz"

CLASSES: tuple[str, ...] = (
    "space", "digit", "punct", "lower", "upper", "caseless", "mark", "han", "hiragana",
    "katakana", "halfwidth_kana", "hangul", "cjk_punct", "fullwidth", "gen_punct",
    "latin1_symbol", "symbol", "control", "private_use", "replacement", "other", "switch",
)
C = {name: index for index, name in enumerate(CLASSES)}
LETTER_CLASSES = frozenset({C["lower"], C["upper"], C["caseless"]})

# (first code point, script name) of ranges; a code point belongs to the last range starting
# at or before it. Only letters use the script (to see script switches inside a word).
_SCRIPT_STARTS: tuple[tuple[int, str], ...] = (
    (0x0000, "latin"), (0x0250, "ipa"), (0x0370, "greek"), (0x0400, "cyrillic"),
    (0x0530, "armenian"), (0x0590, "hebrew"), (0x0600, "arabic"), (0x0700, "syriac"),
    (0x0780, "thaana"), (0x0900, "indic"), (0x0E00, "thai"), (0x0E80, "lao"),
    (0x0F00, "tibetan"), (0x1000, "myanmar"), (0x10A0, "georgian"), (0x1100, "hangul"),
    (0x1200, "ethiopic"), (0x13A0, "other"), (0x1E00, "latin"), (0x1F00, "greek"),
    (0x2000, "other"), (0x2C00, "other"), (0x2D00, "other"), (0x3040, "hiragana"),
    (0x30A0, "katakana"), (0x3100, "other"), (0x3130, "hangul"), (0x3190, "other"),
    (0x3400, "han"), (0xA000, "other"), (0xAC00, "hangul"), (0xD7B0, "other"),
    (0xF900, "han"), (0xFB00, "other"), (0xFB1D, "hebrew"), (0xFB50, "arabic"),
    (0xFE00, "other"), (0xFF00, "fullwidth"), (0xFF61, "halfwidth_kana"),
    (0xFFA0, "other"), (0x20000, "han"), (0x30000, "other"),
)
_SCRIPT_KEYS = [start for start, _ in _SCRIPT_STARTS]

# Rough number of characters each script offers per class: the denominator for characters the
# training text never showed. Han is the size of a large legacy character set.
SCRIPT_SIZES: dict[str, int] = {
    "latin": 250, "greek": 80, "cyrillic": 130, "han": 20000, "hangul": 2350,
    "hiragana": 90, "katakana": 96, "halfwidth_kana": 63, "hebrew": 40, "arabic": 80,
    "thai": 80, "indic": 120,
}
DEFAULT_SCRIPT_SIZE = 150
# Share of each class's probability reserved for letters of scripts the training text lacks.
UNSEEN_SCRIPT_SHARE = 0.02
SCRIPT_COUNT = 20
# Scripts with at most this many characters are alphabets; ALPHABET_SHARE of each alphabet's
# probability is spread evenly over its letters.
SMALL_ALPHABET = 500
ALPHABET_SHARE = 0.05


@lru_cache(maxsize=65536)
def script_of(char: str) -> str:
    return _SCRIPT_STARTS[bisect.bisect_right(_SCRIPT_KEYS, ord(char)) - 1][1]


@lru_cache(maxsize=65536)
def char_class(char: str) -> int:
    """The context-free class of ``char`` (see :data:`CLASSES`)."""
    cp = ord(char)
    if cp < 0x80:
        if char.isspace():
            return C["space"]
        if char.isdigit():
            return C["digit"]
        if char.isalpha():
            return C["lower"] if char.islower() else C["upper"]
        return C["control"] if cp < 0x20 or cp == 0x7F else C["punct"]
    if cp == 0xFFFD:
        return C["replacement"]
    if 0xE000 <= cp <= 0xF8FF or cp >= 0xF0000:
        return C["private_use"]
    if 0x80 <= cp <= 0x9F:
        return C["control"]
    if 0xA0 <= cp <= 0xBF or cp in (0xD7, 0xF7):
        return C["latin1_symbol"]
    script = script_of(char)
    if script == "halfwidth_kana":
        return C["halfwidth_kana"]
    if script == "fullwidth":
        return C["fullwidth"] if char.isalnum() else C["cjk_punct"]
    if 0x3000 <= cp <= 0x303F or 0xFE30 <= cp <= 0xFE4F:
        return C["cjk_punct"]
    category = unicodedata.category(char)
    if category[0] == "L":
        if script == "han" or category == "Lo" and 0x3400 <= cp <= 0x9FFF:
            return C["han"]
        if script in ("hiragana", "katakana", "hangul"):
            return C[script]
        if category == "Ll":
            return C["lower"]
        if category == "Lu" or category == "Lt":
            return C["upper"]
        return C["caseless"]
    if category[0] == "M":
        return C["mark"]
    if category[0] == "N":
        return C["digit"]
    if category[0] == "Z":
        return C["space"]
    if category in ("Pd", "Pi", "Pf") or 0x2000 <= cp <= 0x206F:
        return C["gen_punct"]
    if category[0] == "P":
        return C["punct"]
    if category[0] == "S":
        return C["symbol"]
    return C["other"]


@lru_cache(maxsize=65536)
def fold(char: str) -> tuple[str, int]:
    """(lowercased char, case) with case 0 for uncased characters, 1 lower, 2 upper."""
    low = char.lower()
    if len(low) != 1:
        return char, 0
    if low != char:
        return low, 2
    return char, 1 if char.upper() != char else 0


def letter_script(char: str) -> str | None:
    """The script of an alphabetic letter, None for anything else (Han, kana, digits...)."""
    return script_of(char) if char_class(char) in LETTER_CLASSES else None


def context_class(last_script: str | None, char: str) -> int:
    """The class of ``char`` given the script of the last letter before it (on the line): a
    letter of another script is a script switch, the strongest sign of mojibake in alphabetic
    text ("Ффф VIDA", "Ð±ÑŠÐ»"); the model learns how often real text switches."""
    klass = char_class(char)
    if klass in LETTER_CLASSES and last_script is not None and script_of(char) != last_script:
        return C["switch"]
    return klass


class CharLM:
    """Log-probabilities of text under the built counts; see the module docstring."""

    def __init__(self, counts: dict) -> None:
        self.unigram: dict[str, int] = counts["unigram"]
        self.successors: dict[str, int] = counts["successors"]
        self.bigram: dict[str, int] = counts["bigram"]
        self.script_class: dict[str, int] = counts["script_class"]
        class_bigram: list[list[float]] = counts["class_bigram"]
        size = len(CLASSES)
        self.class_logp = [
            [math.log((row[j] + 0.5) / (sum(row) + 0.5 * size)) for j in range(size)]
            for row in class_bigram
        ]
        case = counts["case_bigram"]
        self.case_logp = [
            [0.0] + [math.log((row[k] + 1) / (row[1] + row[2] + 2)) for k in (1, 2)]
            for row in case
        ]
        self.class_p = [[math.exp(v) for v in row] for row in self.class_logp]
        self.case_p = [[math.exp(v) for v in row] for row in self.case_logp]
        self.class_totals: dict[int, int] = {}
        for key, count in self.script_class.items():
            klass = int(key.split(":")[0])
            self.class_totals[klass] = self.class_totals.get(klass, 0) + count
        self._emit_cache: dict[tuple[str, int], float] = {}
        self._info: dict[str, tuple] = {}

    def emit_logp(self, char: str, klass: int) -> float:
        """log P(char | class): script share within the class, then the char within it."""
        cached = self._emit_cache.get((char, klass))
        if cached is not None:
            return cached
        base = char_class(char) if klass == C["switch"] else klass
        script = script_of(char)
        total = self.class_totals.get(base, 0)
        in_script = self.script_class.get(f"{base}:{script}", 0)
        share = (in_script + (UNSEEN_SCRIPT_SHARE * total + 1) / SCRIPT_COUNT) / (
            total * (1 + UNSEEN_SCRIPT_SHARE) + 1
        )
        size = SCRIPT_SIZES.get(script, DEFAULT_SCRIPT_SIZE)
        within = (self.unigram.get(char, 0) + 0.5) / (in_script + 0.5 * size)
        if size <= SMALL_ALPHABET:
            # Every letter of an alphabet is ordinary in some language the text lacks (Ô is
            # rare in English, common in Vietnamese): keep a share of the mass for all of them.
            within = (1 - ALPHABET_SHARE) * within + ALPHABET_SHARE / size
        value = math.log(share) + math.log(min(within, 1.0))
        if len(self._emit_cache) < 200_000:
            self._emit_cache[(char, klass)] = value
        return value

    def char_info(self, raw: str) -> tuple:
        """Everything ``logp`` needs about one character, computed once per character:
        (folded char, case, class, letter script, emission probability, emission probability
        as a script switch, count as a predecessor, distinct successors)."""
        info = self._info.get(raw)
        if info is None:
            char, case = fold(raw)
            klass = char_class(char)
            script = letter_script(char)
            switch = math.exp(self.emit_logp(char, C["switch"])) if script is not None else 0.0
            info = (
                char, case, klass, script, math.exp(self.emit_logp(char, klass)), switch,
                self.unigram.get(char, 0), self.successors.get(char, 0),
            )
            if len(self._info) < 200_000:
                self._info[raw] = info
        return info

    def logp(self, text: str) -> float:
        """Total log-probability of ``text`` (a line is scored as if preceded by a space).

        Probabilities are multiplied and only turned into logs when the product gets small:
        the hot loop of mojibake scoring, so it avoids a log per character."""
        total = 0.0
        product = 1.0
        prev, _, prev_class, _, _, _, n_prev, types = self.char_info(" ")
        prev_case = 0
        last_script: str | None = None
        bigram, class_p, case_p = self.bigram, self.class_p, self.case_p
        switch_class = C["switch"]
        char_info, known = self.char_info, self._info
        for raw in text:
            info = known.get(raw) or char_info(raw)
            char, case, klass, script, emit, emit_switch, n_char, types_char = info
            if script is not None:
                if last_script is not None and script != last_script:
                    klass, emit = switch_class, emit_switch
                last_script = script
            backoff = class_p[prev_class][klass] * emit
            if n_prev and types:
                backoff = (bigram.get(prev + char, 0) + types * backoff) / (n_prev + types)
            product *= backoff * case_p[prev_case][case]
            if product < 1e-200:
                total += math.log(product)
                product = 1.0
            prev, prev_class, prev_case, n_prev, types = char, klass, case, n_char, types_char
        return total + math.log(product)


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> CharLM:
    """The shipped model (loaded once, on first use)."""
    with gzip.open(path or MODEL_PATH, "rt", encoding="utf-8") as handle:
        return CharLM(json.load(handle))
