"""Assemble labelled pages: boilerplate around (and inside) an article, then format and damage.

``generate_documents(n, seed)`` is what the trainer calls; the same seed always gives the same
pages, whatever machine or Python hash seed.
"""

from __future__ import annotations

import random

from cleaner.synth import boilerplate as bp
from cleaner.synth.content import article, forum_thread, item
from cleaner.synth.sources import load_sources
from cleaner.synth.vocab import LANG_WEIGHTS, LANGS, Page

PAGE_KINDS = ("news", "clean", "forum", "portal", "blog", "seo")
_KIND_WEIGHTS = (58, 6, 8, 8, 10, 10)
CROP_BOTTOM = 0.15  # share of pages cut after their last content line
CROP_TOP = 0.1  # share cut before their first
_ASCII_PUNCT = str.maketrans({"，": ",", "：": ":", "！": "!", "？": "?", "（": "(", "）": ")",
                              "；": ";"})


def _new_page(rng: random.Random, lang: str) -> Page:
    from cleaner.synth.content import sentence_pool, title_pool

    page = Page(rng=rng, lang=lang, src=load_sources(), year=rng.randint(2008, 2026))
    page.site = page.pick(page.v.SOURCES)
    page.authors = rng.sample(list(page.v.AUTHORS), min(3, len(page.v.AUTHORS)))
    page.titles = list(title_pool(lang))
    page.sentences = list(sentence_pool(lang))
    return page


def _inject(page: Page, body: list[dict], p_spam: float, p_nav: float) -> list[dict]:
    """Spam and 'read also'/ad lines between body blocks (never inside a paragraph run)."""
    out: list[dict] = []
    rng = page.rng
    for idx, it in enumerate(body):
        if idx > 1 and it["brk"]:
            if rng.random() < p_spam:
                out.append(bp.spam_line(page))
            if rng.random() < p_nav:
                out += bp.teaser_nav(page)
        out.append(it)
    return out


def _top(page: Page, p_spam: float) -> list[dict]:
    rng = page.rng
    out: list[dict] = []
    if rng.random() < p_spam:
        out += bp.spam_block(page)
    if rng.random() < 0.2:
        out += bp.cookie(page)
    if rng.random() < 0.75:  # else the extraction starts at the article (title first)
        out += bp.header(page)
    if rng.random() < 0.15:
        out += bp.nav_phrase(page, rng.randint(1, 2))
    return out


def _after_title(page: Page) -> list[dict]:
    rng = page.rng
    out: list[dict] = []
    if rng.random() < 0.6:
        out += bp.byline(page)
    if rng.random() < 0.25:
        out += bp.nav_phrase(page, rng.randint(1, 3))
    return out


def _bottom(page: Page, title: str, p_spam: float) -> list[dict]:
    rng = page.rng
    parts: list[list[dict]] = []
    if rng.random() < 0.3:
        parts.append(bp.editor(page))
    if rng.random() < 0.35:
        parts.append(bp.tags(page, title))
    if rng.random() < 0.65:
        parts.append(bp.legal_block(page))
    if rng.random() < 0.3:
        parts.append(bp.nav_phrase(page, rng.randint(1, 3)))
    if rng.random() < 0.3:
        parts.append(bp.pagination(page))
    if rng.random() < 0.5:
        parts.append(bp.related(page))
    if rng.random() < 0.2:
        parts.append(bp.comments(page))
    rng.shuffle(parts)
    out = [line for part in parts for line in part]
    out += bp.footer(page) if rng.random() < 0.7 else []
    if rng.random() < p_spam:
        out += bp.spam_block(page)
    return out


def _split_title(body: list[dict]) -> tuple[list[dict], list[dict]]:
    if body and body[0]["brk"] and len(body) > 1:
        return body[:1], body[1:]
    return [], body


def _news(page: Page, p_spam: float) -> list[dict]:
    rng = page.rng
    body = article(page)
    title, rest = _split_title(body)
    title_text = title[0]["text"] if title else (rest[0]["text"] if rest else "")
    head = _after_title(page)
    middle = title + head if rng.random() < 0.8 else head + title
    rest = _inject(page, rest, p_spam * 0.15, 0.05)
    return _top(page, p_spam) + middle + rest + _bottom(page, title_text, p_spam)


def _clean(page: Page) -> list[dict]:
    return article(page)


def _forum(page: Page, p_spam: float) -> list[dict]:
    rng = page.rng
    out = bp.header(page) + forum_thread(page, bp.forum_chrome)
    if rng.random() < 0.5:
        out += bp.pagination(page)
    out += bp.footer(page)
    return _inject(page, out, p_spam * 0.1, 0.0)


def _portal(page: Page, p_spam: float) -> list[dict]:
    """Mostly boilerplate: several menus and lists around a short story."""
    rng = page.rng
    out = _top(page, p_spam)
    for _ in range(rng.randint(2, 5)):
        out += rng.choice([bp.related, bp.menu, bp.related, bp.nav_phrase])(page)
    body = article(page)[: rng.randint(1, 4)]
    out += body
    for _ in range(rng.randint(1, 4)):
        out += rng.choice([bp.related, bp.menu, bp.legal_block])(page)
    return out + bp.footer(page)


def _blog(page: Page, p_spam: float) -> list[dict]:
    rng = page.rng
    body = article(page)
    title, rest = _split_title(body)
    out = (bp.menu(page) if rng.random() < 0.7 else []) + title + bp.byline(page) + rest
    title_text = title[0]["text"] if title else ""
    if rng.random() < 0.6:
        out += bp.tags(page, title_text)
    if rng.random() < 0.4:
        out += bp.disclaimer(page)
    out += bp.pagination(page) + bp.comments(page)
    if rng.random() < 0.5:
        out += bp.footer(page)
    return _inject(page, out, p_spam * 0.1, 0.0)


def _seo(page: Page) -> list[dict]:
    """Hijacked page: keyword runs at top and bottom of an otherwise plain article."""
    rng = page.rng
    out = bp.spam_block(page) + [bp.spam_line(page) for _ in range(rng.randint(0, 3))]
    body = article(page)
    title, rest = _split_title(body)
    out += title
    if rng.random() < 0.7:
        out += bp.byline(page)
    out += _inject(page, rest, 0.1, 0.0)
    if rng.random() < 0.5:
        out += bp.tags(page, title[0]["text"] if title else "")
    if rng.random() < 0.5:
        out += bp.disclaimer(page)
    if rng.random() < 0.5:
        out += bp.related(page)
    return out + bp.spam_block(page)


def _build(page: Page, kind: str) -> list[dict]:
    p_spam = 0.5 if page.lang.startswith("zh") else 0.35
    if kind == "clean":
        return _clean(page)
    if kind == "forum":
        return _forum(page, p_spam)
    if kind == "portal":
        return _portal(page, p_spam)
    if kind == "blog":
        return _blog(page, p_spam)
    if kind == "seo":
        return _seo(page)
    return _news(page, p_spam)


# --- formatting and damage ---------------------------------------------------------------

def _damage_zh(rng: random.Random, items: list[dict]) -> None:
    """What repaired seed-style pages look like: ASCII punctuation, truncated long lines."""
    p_trunc = rng.choice([0.0, 0.1, 0.3])
    for it in items:
        it["text"] = it["text"].translate(_ASCII_PUNCT)
        if it["label"] == "content" and len(it["text"]) > 40 and rng.random() < p_trunc:
            cut = rng.randint(20, len(it["text"]) - 5)
            it["text"] = it["text"][:cut] + "\ufffd" * rng.choice([1, 1, 2])


def _layout(rng: random.Random, items: list[dict], lang: str) -> list[dict]:
    """Blank lines and indentation: every page family formats differently."""
    blank_mode = rng.choices(["none", "blocks", "all", "random"], [40, 30, 20, 10])[0]
    indent_mode = rng.choices(["none", "all8", "all", "para", "random"], [68, 8, 8, 8, 8])[0]
    indent = " " * rng.choice([2, 4, 8, 12]) if indent_mode == "all" else " " * 8
    para_indent = "　　" if lang.startswith("zh") and rng.random() < 0.6 else "    "
    trailing = rng.random() < 0.1
    lines: list[dict] = []
    for idx, it in enumerate(items):
        text = it["text"]
        if idx and (blank_mode == "all" or (blank_mode == "blocks" and it["brk"])
                    or (blank_mode == "random" and rng.random() < 0.3)):
            for _ in range(rng.choice([1, 1, 1, 1, 2, 3])):
                lines.append({"text": rng.choice(["", "", "", " ", "  ", "\t", "　"]),
                              "label": None})
        if indent_mode in ("all8", "all"):
            text = indent + text
        elif indent_mode == "para" and it["label"] == "content" and len(text) > 20:
            text = para_indent + text
        elif indent_mode == "random" and rng.random() < 0.3:
            text = " " * rng.randint(1, 6) + text
        if trailing and rng.random() < 0.3:
            text += " " * rng.randint(1, 3)
        lines.append({"text": text, "label": it["label"] if text.strip() else None})
    return lines


def _dedupe(items: list[dict]) -> list[dict]:
    """Drop boilerplate lines that repeat one of the page's own content lines word for word.

    A related-list entry identical to the article's title or a paragraph would teach the model
    two labels for the same text on the same page.
    """
    content = {it["text"].strip() for it in items if it["label"] == "content"}
    return [it for it in items if it["label"] == "content" or it["text"].strip() not in content]


def _crop(rng: random.Random, items: list[dict]) -> list[dict]:
    """Sometimes cut the page before its first or after its last content line.

    Many inputs are already-extracted articles (readability output, converted documents,
    WET records of simple pages) where the article runs to the end of the text. Without such
    pages the model learns that a page's last lines are always a footer. A separate random
    stream decides this, so the pages themselves are the same with or without cropping.
    """
    content = [i for i, it in enumerate(items) if it["label"] == "content"]
    if not content:
        return items
    start, end = 0, len(items)
    if rng.random() < CROP_BOTTOM:
        end = content[-1] + 1
    if rng.random() < CROP_TOP:
        start = content[0]
    return items[start:end]


def generate_document(seed: int, index: int) -> dict:
    """One page; depends only on (seed, index) so any slice of a corpus is reproducible."""
    rng = random.Random(f"cleaner-synth:{seed}:{index}")
    lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
    kind = rng.choices(PAGE_KINDS, _KIND_WEIGHTS)[0]
    page = _new_page(rng, lang)
    items = _dedupe([dict(it) for it in _build(page, kind) if it["text"].strip()])
    if not items:
        items = [item(page.pick(page.v.TOPICS)[0], "content", True)]
    items = _crop(random.Random(f"cleaner-synth-crop:{seed}:{index}"), items)
    if lang.startswith("zh") and rng.random() < 0.35:
        _damage_zh(rng, items)
    return {"id": f"synth-{seed}-{index:06d}", "lang": lang, "kind": kind,
            "lines": _layout(rng, items, lang)}


def clear_caches() -> None:
    """Forget loaded shared data (after CLEANER_SHARED_DIR changes, e.g. in tests)."""
    from cleaner.synth.content import sentence_pool, title_pool

    load_sources.cache_clear()
    title_pool.cache_clear()
    sentence_pool.cache_clear()


def generate_documents(n: int, seed: int) -> list[dict]:
    """``n`` labelled pages in the languages of ``LANGS``, deterministic for ``seed``."""
    return [generate_document(seed, i) for i in range(max(0, n))]
