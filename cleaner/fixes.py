"""Small pure repair functions, one per kind of damage (in the spirit of ``ftfy.fixes``).

Every function takes a line and returns ``(new_line, names_of_repairs_applied)``; a function
that finds nothing to do returns the line unchanged and an empty list.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# ftfy configured so it never harms good text: Chinese “” and ，must survive, so no quote
# uncurling and no fullwidth-to-ASCII folding. Everything else (mojibake, HTML entities,
# ligatures, control characters, NFC) stays on.
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    explain=True,
)

# Characters some ftfy fixer acts on whatever the text around them: entities, controls and
# escapes, C1 controls, line and paragraph separators, odd spaces and format characters,
# cp1252 specials such as € and ™, MacRoman's math symbols, ligatures, the replacement
# character. A line holding any of them (or not in NFC) goes to ftfy.
_FTFY_STRICT = re.compile(
    "[&\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2000-\u200f\u2028-\u202f\u205f-\u2122"
    "\u2200-\u22ff\u25ca\uf8ff\ufb00-\ufb06\ufeff\ufff9-\ufffd"
    "\u0132\u0133\u0149\u01c4-\u01cc\u01f1-\u01f3]"  # + ftfy's ligatures
)
# Accented Latin, Greek and Cyrillic letters, and typographic punctuation (dashes, curly
# quotes, bullets, ellipsis, primes, guillemets), are touched only by ftfy's mojibake fix,
# which starts with its own detector (`is_bad`): a line whose only suspects are these needs
# ftfy only when the detector fires, so ordinary French, Russian or typeset English lines
# do not pay for ftfy. ("â€™" still goes to ftfy: € and ™ are strict, and "â" is seen.)
_DETECTOR_ONLY = re.compile("[\xa0-\u04ff\u2010-\u2027\u2030-\u205e]")

LOSSY_MARKERS = re.compile("\ufffd|锟斤拷|[\ue000-\uf8ff]")


# Anything any line fix could act on; a document with none of it skips the line fixes.
_ANY_LINE_FIX = re.compile(
    f"{_FTFY_STRICT.pattern}|{_DETECTOR_ONLY.pattern}|{LOSSY_MARKERS.pattern}")


def lines_needing_fixes(lines: list[str]) -> list[int]:
    """Indexes of the lines a line fix could change, found with one scan of the document
    (most lines of most pages are plain text in NFC with nothing to fix)."""
    joined = "\n".join(lines)
    if not unicodedata.is_normalized("NFC", joined):
        return list(range(len(lines)))
    found: list[int] = []
    index, line_end = 0, len(lines[0]) if lines else 0
    match = _ANY_LINE_FIX.search(joined)
    while match is not None:
        while match.start() > line_end:  # advance to the line holding this match
            index += 1
            line_end += 1 + len(lines[index])
        found.append(index)
        # one match settles its line: search again from the next line (accented text has
        # a match on nearly every word)
        match = _ANY_LINE_FIX.search(joined, line_end + 1)
    return found


def needs_ftfy(line: str) -> bool:
    """Cheap check: could ftfy change this line at all?"""
    if _FTFY_STRICT.search(line) or not unicodedata.is_normalized("NFC", line):
        return True
    return bool(_DETECTOR_ONLY.search(line)) and ftfy.badness.is_bad(line)


def fix_with_ftfy(line: str) -> tuple[str, list[str]]:
    """ftfy's repairs (mojibake, entities, ligatures...) in a configuration safe for CJK."""
    if not needs_ftfy(line):
        return line, []
    result = ftfy.fix_and_explain(line, FTFY_CONFIG)
    if result.text == line or not result.explanation:
        return line, []
    return result.text, [_ftfy_repair_name(result.explanation)]


def _ftfy_repair_name(explanation: list) -> str:
    steps = [(step[0], step[1]) for step in explanation]
    codecs = [param for action, param in steps if action in ("encode", "decode")]
    if codecs:
        return "ftfy_mojibake:" + "->".join(codecs)
    return "ftfy_" + "+".join(param for _, param in steps)


def flag_lossy_damage(line: str) -> tuple[str, list[str]]:
    """Flag damage no repair can undo (U+FFFD, 锟斤拷, private-use); never invents text."""
    if LOSSY_MARKERS.search(line):
        return line, ["lossy_damage"]
    return line, []


def keep_on_one_line(line: str) -> str:
    """A repair must never add a line break: that would shift every later Line."""
    if "\n" in line or "\r" in line:
        return line.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return line
