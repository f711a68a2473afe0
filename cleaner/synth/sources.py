"""Real text from ../shared/data, loaded once, grouped per page language.

Everything here is optional: when the shared folder is absent each pool is simply empty and
the generator falls back to the project's own vocabularies. Test splits are never read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from cleaner.datasets import data_dir, is_test_split

# lang codes used in the shared files -> the generator's page languages
_KLARO_LANGS = {"en": "en", "it": "it", "de": "de", "fr": "fr", "es": "es", "pt": "pt",
                "zh": "zh-Hans"}
_PAPERMOD_LANGS = {"en": "en", "it": "it", "de": "de", "fr": "fr", "es": "es", "zh": "zh-Hans",
                   "zh-tw": "zh-Hant"}
_PUD_FILES = {"en": "pud_en", "it": "pud_it", "zh-Hans": "pud_zh_hans", "zh-Hant": "pud_zh_hant"}
_AEB_LANGS = {"en", "pt", "ru", "ko", "it", "de", "ja"}
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass
class Sources:
    """Pools of real lines; every dict is keyed by page language."""

    pud: dict[str, list[str]] = field(default_factory=dict)
    runs: dict[str, list[list[str]]] = field(default_factory=dict)  # consecutive content lines
    klaro: dict[str, list[str]] = field(default_factory=dict)
    papermod: dict[str, list[str]] = field(default_factory=dict)
    policy_phrases: list[str] = field(default_factory=list)
    policy_lines: list[str] = field(default_factory=list)
    han_spam: list[str] = field(default_factory=list)
    porn_zh: list[str] = field(default_factory=list)
    spam_urls: list[str] = field(default_factory=list)
    bad_words: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.pud or self.runs or self.han_spam)


def _read_jsonl(path: Path) -> list[dict]:
    if not path.is_file() or is_test_split(path):
        return []
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _read_lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip()]


def _content_runs(docs: list[dict], keep) -> list[list[str]]:
    """Split each page's content lines into runs of consecutive lines (paragraph order kept)."""
    runs: list[list[str]] = []
    for doc in docs:
        run: list[str] = []
        for line in doc.get("lines", []):
            text = line.get("text", "").strip()
            if line.get("label") == "content" and text and keep(text):
                run.append(text)
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
    return runs


_AEB_NOISE = re.compile(r"©|ⓒ|\(c\)|copyright|all rights reserved|무단\s?전재|재배포|leggi anche|"
                        r"read more|read also|advertisement|werbung|リンク|関連記事|подпис",
                        re.IGNORECASE)


def _aeb_keep(text: str) -> bool:
    """aeb's gold keeps some footers and 'read also' pointers as content: leave those out."""
    return not _AEB_NOISE.search(text)


def _cwced_keep(text: str) -> bool:
    """cwced's gold marks some ad blurbs as content: drop the obvious ones."""
    return not (text[0] in "·★●■>" or "--" in text or "|" in text or len(text) < 4)


def _klaro_text(text: str, names: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: names.get(m.group(1), ""), text).strip()


def _is_long_enough(text: str) -> bool:
    return len(_CJK.findall(text)) >= 6 or len(text.split()) >= 3


# Train pages the generator must not draw text from (see exclude_pages); none by default.
_excluded: Callable[[dict], bool] | None = None


def exclude_pages(predicate: Callable[[dict], bool] | None) -> None:
    """Keep the generator away from the real train pages ``predicate`` selects.

    Model selection holds some real pages out to score on; their text must not reach the
    generated training pages either, or the held-out score would be optimistic."""
    global _excluded
    if predicate is _excluded:
        return  # nothing changes: keep the loaded sources
    _excluded = predicate
    load_sources.cache_clear()


def _real_pages(path: Path) -> list[dict]:
    pages = _read_jsonl(path)
    return [d for d in pages if not _excluded(d)] if _excluded else pages


@lru_cache(maxsize=1)
def load_sources() -> Sources:
    """Read every usable shared file once (about 1 s); empty pools where files are missing."""
    root = data_dir()
    lex = root / "lexicons"
    src = Sources()
    for lang, name in _PUD_FILES.items():
        texts = [d["text"] for d in _read_jsonl(lex / "content" / f"{name}.jsonl") if d.get("text")]
        if texts:
            src.pud[lang] = texts
    aeb = _real_pages(root / "lines" / "aeb.train.jsonl")
    for lang in sorted(_AEB_LANGS):
        runs = _content_runs([d for d in aeb if d.get("lang") == lang], _aeb_keep)
        if runs:
            src.runs[lang] = runs
    cw = _content_runs(_real_pages(root / "lines" / "cwced.train.jsonl"), _cwced_keep)
    if cw:
        src.runs["zh-Hans"] = cw
    for code, lang in _KLARO_LANGS.items():
        rows = _read_jsonl(lex / "disclaimer" / f"klaro_cookie_{code}.jsonl")
        policy_name = [r["text"] for r in rows if r["key"] == "privacyPolicy.name"]
        names = {"privacyPolicy": policy_name[0] if policy_name else ""}
        texts = sorted({_klaro_text(r["text"], names) for r in rows})
        texts = [t for t in texts if _is_long_enough(t)]
        if texts:
            src.klaro[lang] = texts
    for row in _read_jsonl(lex / "nav" / "hugo_papermod_i18n.jsonl"):
        lang = _PAPERMOD_LANGS.get(row.get("lang", ""))
        if lang and row.get("text"):
            src.papermod.setdefault(lang, []).append(row["text"])
    policy = _read_lines(lex / "disclaimer" / "policy_substrings_c4_nemo.txt")
    src.policy_phrases = [p for p in policy if len(p.split()) <= 5]
    src.policy_lines = [p for p in policy if len(p.split()) > 5]
    src.han_spam = [d["token"] for d in _read_jsonl(lex / "spam" / "o200k_han_tokens_ge4.jsonl")
                    if d.get("auto_category") == "spam_candidate"]
    src.han_spam = sorted(set(src.han_spam))
    porn = _read_lines(lex / "spam" / "zh_konsheng_porn.txt")
    porn += _read_lines(lex / "spam" / "zh_konsheng_porn_type.txt")
    src.porn_zh = sorted(set(porn))
    src.spam_urls = _read_lines(lex / "spam" / "zh_konsheng_illegal_urls.txt")
    bad: list[str] = []
    for name in ("ldnoobw_en", "ldnoobw_de", "ldnoobw_fr", "ldnoobw_es", "ldnoobw_it",
                 "ldnoobw_zh", "datatrove_banned_words"):
        bad += [w.lstrip("#") for w in _read_lines(lex / "spam" / f"{name}.txt")]
    src.bad_words = sorted(set(w for w in bad if len(w) >= 2))
    return src
