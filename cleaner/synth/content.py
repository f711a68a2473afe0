"""Article bodies (label content): real paragraphs from shared data plus the own vocabularies.

An item is a dict ``{"text", "label", "brk"}``; ``brk`` marks the first line of a block, where
pages that separate paragraphs put a blank line.
"""

from __future__ import annotations

import re
from functools import cache

from cleaner.synth.sources import load_sources
from cleaner.synth.vocab import VOCAB, Page, is_cjk

_CLAUSE = re.compile(r"[,，、:：;；]")
_END = "。．.!?！？…\"”'」"
_SENT_SPLIT = {
    True: re.compile(r"(?<=[。！？])"),
    False: re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-ÞА-Я\"“«])"),
}


def item(text: str, label: str, brk: bool = False) -> dict:
    return {"text": text, "label": label, "brk": brk}


def make_title(text: str, cjk: bool) -> str:
    """A headline-like line from a sentence: first clause, no final punctuation, short."""
    clause = _CLAUSE.split(text, maxsplit=1)[0].strip() if len(text) > 20 else text
    if len(clause) < 6:
        clause = text
    if cjk:
        clause = clause[:30]
    else:
        clause = " ".join(clause.split()[:14])
    return clause.rstrip(_END + " ")


def split_sentences(text: str, lang: str) -> list[str]:
    parts = [p.strip() for p in _SENT_SPLIT[is_cjk(lang)].split(text)]
    return [p for p in parts if p]


@cache
def title_pool(lang: str) -> tuple[str, ...]:
    """Headlines for related-article lists and pagination (navigation when not the page's)."""
    src = load_sources()
    cjk = is_cjk(lang)
    titles = [t for t, _ in VOCAB[lang].TOPICS]
    titles += [make_title(t, cjk) for t in src.pud.get(lang, [])[:400]]
    for run in src.runs.get(lang, []):
        titles += [make_title(line, cjk) for line in run[:2]]
    if len(titles) < 200:  # few real pages: headline-like clauses of the own sentences too
        titles += [make_title(s, cjk) for _, sents in VOCAB[lang].TOPICS for s in sents]
    return tuple(t for t in titles if len(t) >= 4)


@cache
def sentence_pool(lang: str) -> tuple[str, ...]:
    """Prose sentences of the language, for teasers that read like content."""
    src = load_sources()
    pool = [s for _, sents in VOCAB[lang].TOPICS for s in sents]
    for text in src.pud.get(lang, []):
        pool += split_sentences(text, lang)
    for run in src.runs.get(lang, []):
        pool += [line for line in run if len(line) > 30]
    return tuple(pool)


def _paragraphs_own(page: Page) -> tuple[str, list[str]]:
    title, sents = page.pick(page.v.TOPICS)
    rng = page.rng
    if rng.random() < 0.3:  # a digest page: sentences of several stories, new combinations
        sents = [page.pick(page.pick(page.v.TOPICS)[1]) for _ in range(rng.randint(2, 6))]
    paras, i = [], 0
    while i < len(sents):
        k = rng.choice([1, 1, 2, 2, 3])
        joiner = "" if is_cjk(page.lang) else " "
        paras.append(joiner.join(sents[i:i + k]))
        i += k
    return title, paras


def _paragraphs_pud(page: Page, n: int) -> tuple[str, list[str]]:
    pud = page.src.pud[page.lang]
    start = page.rng.randrange(len(pud))
    paras = [pud[(start + j) % len(pud)] for j in range(n)]
    return make_title(paras[0], is_cjk(page.lang)), paras


def _paragraphs_run(page: Page, n: int) -> tuple[str | None, list[str]]:
    run = page.pick(page.src.runs[page.lang])
    start = page.rng.randrange(max(1, len(run) - n + 1))
    paras = run[start:start + n]
    first = paras[0]
    if len(paras) > 1 and len(first) < 90 and first[-1] not in _END and page.rng.random() < 0.7:
        return first, paras[1:]  # real pages' headings make the best titles
    return None, paras


def _source_weights(page: Page) -> tuple[list[str], list[float]]:
    """Pick sources in proportion to how much distinct text each has for the language."""
    names, weights = [], []
    if page.lang in page.src.pud:
        names.append("pud")
        weights.append(len(page.src.pud[page.lang]) * 1.0)
    runs = page.src.runs.get(page.lang)
    if runs:
        names.append("run")
        weights.append(float(sum(len(r) for r in runs)))
    # the own articles carry the hard cases (gambling, cookie law...): keep them >= 1/6
    names.append("own")
    weights.append(max(len(page.v.TOPICS) * 5.0, 0.2 * sum(weights)))
    return names, weights


def _length_class(page: Page) -> int:
    r = page.rng.random()
    if r < 0.15:
        return page.rng.randint(1, 3)
    if r < 0.70:
        return page.rng.randint(3, 12)
    if r < 0.95:
        return page.rng.randint(12, 40)
    return page.rng.randint(60, 120)


def article(page: Page) -> list[dict]:
    """Title plus body: paragraphs, sometimes subheadings, spec/ingredient lists and split lines."""
    rng, lang = page.rng, page.lang
    target = _length_class(page)
    paras: list[str] = []
    title: str | None = None
    while len(paras) < target:
        kind = rng.choices(*_source_weights(page))[0]
        if kind == "own":
            t, ps = _paragraphs_own(page)
        elif kind == "pud":
            t, ps = _paragraphs_pud(page, rng.randint(1, 6))
        else:
            t, ps = _paragraphs_run(page, rng.randint(2, 30))
        if title is None:
            title = t
        paras += ps
    paras = paras[:max(target, 1)]
    out: list[dict] = []
    if title and rng.random() < 0.88:
        out.append(item(title, "content", True))
    split_lines = rng.random() < 0.2
    structured = rng.random() < 0.25  # recipes, spec sheets, results, timelines, how-tos
    for idx, para in enumerate(paras):
        if idx and rng.random() < 0.18:
            out.append(item(subheading(page, para), "content", True))
        if idx and rng.random() < 0.06:
            k = rng.randint(2, 6)
            start = rng.randrange(len(page.v.LIST_ITEMS))
            items = [page.v.LIST_ITEMS[(start + j) % len(page.v.LIST_ITEMS)] for j in range(k)]
            out += [item(t, "content", j == 0) for j, t in enumerate(items)]
        if idx and rng.random() < 0.05:
            out += bullet_list(page, para)
            continue
        if idx and structured and rng.random() < 0.5:
            out += short_block(page)
        if split_lines:
            sents = split_sentences(para, lang) or [para]
            out += [item(s, "content", j == 0) for j, s in enumerate(sents)]
        else:
            out.append(item(para, "content", True))
    return out


def subheading(page: Page, para: str = "") -> str:
    """A short heading inside an article: stock phrases are too few to learn from, so most
    are made from other titles or from the opening words of a sentence, and many from the
    words of the paragraph they head (real subheadings share its topic)."""
    rng = page.rng
    if para and rng.random() < 0.4:
        if is_cjk(page.lang):
            start = rng.randrange(max(1, len(para) - 12))
            return para[start:start + rng.randint(4, 12)].strip("，,、：:；;。 ")
        words = para.split()
        start = rng.randrange(max(1, len(words) - 5))
        heading = " ".join(words[start:start + rng.randint(2, 5)]).strip(",;:.")
        return heading[:1].upper() + heading[1:]
    roll = rng.random()
    if roll < 0.3:
        return page.pick(page.v.SUBHEADS)
    if roll < 0.55:
        return page.pick(title_pool(page.lang))
    sentence = page.pick(sentence_pool(page.lang)).rstrip("。.!?！？")
    if is_cjk(page.lang):
        return sentence[: rng.randint(4, 14)].rstrip("，,、：:；;")
    return " ".join(sentence.split()[: rng.randint(2, 6)]).rstrip(",;:")


def fragment(page: Page, low: int = 2, high: int = 6) -> str:
    """The opening words of one of the language's sentences: reads like a heading or an item."""
    rng = page.rng
    for _ in range(5):  # a lone article ("El", "The") is no heading: draw again
        sentence = page.pick(sentence_pool(page.lang)).rstrip("。.!?！？")
        if is_cjk(page.lang):
            text = sentence[: rng.randint(2 * low, 3 * high)].rstrip("，,、：:；;")
        else:
            text = " ".join(sentence.split()[: rng.randint(low, high)]).rstrip(",;:")
        if len(text) >= 5:
            break
    return text


def _short_line(page: Page, style: str, j: int) -> str:
    rng = page.rng
    number = rng.choice([str(rng.randint(1, 12)), f"{rng.randint(1, 999)}",
                         f"{rng.randint(1, 99)},{rng.randint(0, 9)}",
                         f"{rng.randint(1, 9)}.{rng.randint(0, 99):02d}"])
    unit = rng.choice(["", " kg", " g", " ml", " cm", " mm", " km", " min", " %", " €", " $",
                       " mAh", " GB", " W", "x", ""])
    if style == "spec":
        return f"{fragment(page, 1, 3)}: {number}{unit}"
    if style == "step":
        return f"{j + 1}. {fragment(page, 2, 8)}"
    if style == "item":
        return f"{number}{unit} {fragment(page, 1, 3)}"
    if style == "result":
        return f"{fragment(page, 1, 3)} {rng.randint(0, 120)}-{rng.randint(0, 120)}"
    if style == "timeline":
        return f"{page.date()} – {fragment(page, 2, 6)}"
    return fragment(page, 1, 4)  # "heading": a bare short phrase


def _name(page: Page) -> str:
    """A proper-name-like phrase: a person, team, product or dish."""
    if page.rng.random() < 0.5 and page.authors:
        return page.pick(page.authors)
    words = fragment(page, 1, 3).split()
    return " ".join(word[:1].upper() + word[1:] for word in words)


def table(page: Page) -> list[dict]:
    """A table flattened to text (standings, prices, results): a header row of short words,
    then rows of a rank or name and several numbers. Digit-heavy short lines in a run look
    like a date list or a ticker, but in an article they are content."""
    rng = page.rng
    columns = rng.randint(2, 6)
    gap = rng.choice([" ", " ", "\t", " | "])
    ranked = rng.random() < 0.6
    out = []
    if rng.random() < 0.7:
        header = [fragment(page, 1, 1) for _ in range(columns + 1)]
        out.append(item(gap.join(header), "content", True))
    kinds = [rng.choice("cnfp") for _ in range(columns)]  # count, number, fraction, percent
    cell = {"c": lambda: str(rng.randint(0, 40)), "n": lambda: str(rng.randint(0, 9999)),
            "f": lambda: f"{rng.randint(0, 99)}.{rng.randint(0, 99):02d}",
            "p": lambda: f"{rng.randint(0, 99)}%"}
    for j in range(rng.randint(3, 14)):
        cells = [str(j + 1)] if ranked else []
        cells.append(_name(page))
        cells += [cell[kind]() for kind in kinds]
        out.append(item(gap.join(cells), "content", not out))
    return out


def deals(page: Page) -> list[dict]:
    """A shopping or price list in a review or deals article: "<product> for $N"."""
    rng = page.rng
    currency = rng.choice(["$", "€", "£", "¥", ""])
    shops = [_name(page) for _ in range(3)]
    forms = ["{p} – {c}{n}", "{p}: {c}{n}", "{p} ({c}{n} / {c}{m})"]
    if page.lang == "en":
        forms += ["{p} for {c}{n}", "Get {p} for {c}{n}", "{p}: {c}{n} at {s}",
                  "{p} ({c}{n}, was {c}{m})", "Buy {p} at {s} for {c}{n}"]
    out = []
    for j in range(rng.randint(2, 8)):
        n = rng.randint(5, 1500)
        out.append(item(rng.choice(forms).format(
            p=_name(page), c=currency, n=f"{n}.{rng.choice(['99', '00', '95'])}",
            m=n + rng.randint(10, 300), s=rng.choice(shops)), "content", j == 0))
    return out


def sections(page: Page) -> list[dict]:
    """Repeated small sections (a meal plan, a schedule, an itinerary): a short heading, a
    short instruction and a detail line, several times, with no paragraph in between."""
    rng = page.rng
    out = []
    for j in range(rng.randint(2, 6)):
        heading = rng.choice([_name(page), f"{fragment(page, 1, 2)} {j + 1}"])
        out.append(item(heading, "content", True))
        out.append(item(fragment(page, 2, 6), "content"))
        if rng.random() < 0.7:
            parts = [fragment(page, 1, 3) for _ in range(rng.randint(2, 4))]
            out.append(item(f"{fragment(page, 1, 2)}: " + ", ".join(parts), "content"))
    return out


def short_block(page: Page) -> list[dict]:
    """A run of short content lines inside an article (a recipe's ingredients, a spec sheet,
    match results, a timeline, numbered steps, a table, a price list): they look like a menu
    but sit between paragraphs, so only context and their wording tell them apart."""
    rng = page.rng
    style = rng.choice(["spec", "spec", "step", "step", "item", "result", "timeline",
                        "heading", "heading", "table", "table", "deals", "sections"])
    if style in ("table", "deals", "sections"):
        return {"table": table, "deals": deals, "sections": sections}[style](page)
    lines = [item(fragment(page, 1, 4), "content", True)] if rng.random() < 0.6 else []
    lines += [item(_short_line(page, style, j), "content", not lines and j == 0)
              for j in range(rng.randint(2, 9))]
    return lines


def bullet_list(page: Page, para: str) -> list[dict]:
    """A paragraph's clauses as a bulleted content list (content lines that look like a menu)."""
    rng = page.rng
    parts = [p.strip(" .。") for p in re.split(r"[,，;；、。.]", para) if len(p.strip()) > 3]
    marker = rng.choice(["- ", "• ", "* ", "· ", "", "1"])
    out = []
    for j, part in enumerate(parts[:8]):
        prefix = f"{j + 1}. " if marker == "1" else marker
        out.append(item(prefix + part, "content", j == 0))
    return out or [item(para, "content", True)]


def forum_thread(page: Page, chrome) -> list[dict]:
    """A thread: posts are content, the per-post chrome lines come from ``chrome(page)``."""
    rng = page.rng
    pool = sentence_pool(page.lang)
    out = [item(page.pick(title_pool(page.lang)), "content", True)]
    for _ in range(rng.randint(2, 8)):
        out += chrome(page, before=True)
        for j in range(rng.randint(1, 3)):
            out.append(item(page.pick(pool), "content", j == 0))
        out += chrome(page, before=False)
    return out
