"""Navigation, disclaimer and spam lines for a page, in its language (and sometimes not)."""

from __future__ import annotations

import re
import string

from cleaner.synth.content import item, sentence_pool, title_pool
from cleaner.synth.spam_lexicon import SPAM_LANGS, SPAM_LEXICON, SPAM_MARKS, SPAM_TOPICS
from cleaner.synth.vocab import LANGS, VOCAB, Page, is_cjk

NAV, DIS, SPAM = "navigation", "disclaimer", "spam"
_MENU_SEPS = [" | ", "  ", " ", " · ", " / ", "|", " - ", "　", " • ", "\t"]
_CRUMB_SEPS = [" > ", " » ", " / ", ">", " › ", " → ", "->"]
_SPAM_SEPS = [",", "|", " | ", "_", "| ", "，", " ", "、", ",", "|"]


def menu(page: Page) -> list[dict]:
    """A menu row, or the same menu one item per line (a run of short lines)."""
    rng = page.rng
    items = list(page.v.MENU)
    items += page.src.papermod.get(page.lang, [])[:3] if rng.random() < 0.3 else []
    rng.shuffle(items)
    k = rng.randint(3, min(14, len(items)))
    chosen = items[:k]
    if rng.random() < 0.3:
        return [item(t, NAV, j == 0) for j, t in enumerate(chosen)]
    return [item(rng.choice(_MENU_SEPS).join(chosen), NAV, True)]


def breadcrumb(page: Page) -> list[dict]:
    rng = page.rng
    parts = [page.pick(page.v.HOME)] + rng.sample(list(page.v.MENU), rng.randint(1, 2))
    if rng.random() < 0.3:
        parts.append(page.pick(title_pool(page.lang)))
    elif is_cjk(page.lang) and rng.random() < 0.5:
        parts.append("正文")
    return [item(rng.choice(_CRUMB_SEPS).join(parts), NAV, True)]


def nav_phrase(page: Page, k: int = 1) -> list[dict]:
    pool = list(page.v.NAV_PHRASES) + page.src.papermod.get(page.lang, [])
    # sites in any language keep some English chrome ("Share", "Facebook Twitter", "Top")
    english = list(VOCAB["en"].NAV_PHRASES) + page.src.papermod.get("en", [])
    return [item(page.fill(page.pick(english if page.rng.random() < 0.1 else pool)), NAV, j == 0)
            for j in range(k)]


def byline(page: Page) -> list[dict]:
    out = [item(page.fill(page.pick(page.v.BYLINES)), NAV, True)]
    if page.rng.random() < 0.25:
        out.append(item(page.date(), NAV))
    return out


def tags(page: Page, title: str) -> list[dict]:
    rng = page.rng
    if is_cjk(page.lang):
        words = [title[i:i + rng.randint(2, 4)] for i in range(0, max(1, len(title) - 2), 3)]
        words = [w for w in words if w.isalpha()] + list(page.v.SUBHEADS[:3])
        rng.shuffle(words)
    else:
        words = [w.strip(",.:;!?\"'«»") for w in title.split() if len(w) > 3]
    words += rng.sample(list(page.v.MENU), 2)
    words = [w for w in words if w][: rng.randint(2, 7)]
    sep = rng.choice([" ", ", ", "、", " | ", "  ", " #"])
    return [item(page.pick(page.v.TAG_LABELS) + rng.choice(["", " "]) + sep.join(words), NAV,
                 True)]


def editor(page: Page) -> list[dict]:
    return [item(page.fill(page.pick(page.v.EDITOR)), NAV, True)]


def related(page: Page) -> list[dict]:
    """Header plus a list of other articles: titles, dated titles, or prose-like teasers."""
    rng = page.rng
    titles, sents = title_pool(page.lang), sentence_pool(page.lang)
    out = [item(page.pick(page.v.RELATED_HEADERS), NAV, True)] if rng.random() < 0.8 else []
    style = rng.choice(["plain", "dash", "dash", "num", "dated", "teaser", "bullet", "journal"])
    for j in range(rng.randint(2, 12)):
        title = page.pick(titles)
        if style == "dash":
            text = "- " + title
        elif style == "num":
            text = rng.choice([f"{j + 1}. {title}", f"{j + 1}. {title}", f"{j + 1} {title}",
                               f"{j + 1}、{title}", f"[{j + 1}] {title}"])
        elif style == "bullet":
            text = rng.choice(["· ", "• ", "▪ ", "> ", "【", "["]) + title
            text += "】" if text.startswith("【") else "]" if text.startswith("[") else ""
        elif style == "dated":
            text = f"{title} {page.date()}" if rng.random() < 0.7 else f"{title} ({page.date()})"
        elif style == "journal":
            issue = f"{page.year}年{rng.randint(1, 12)}期" if is_cjk(page.lang) else page.year
            text = f"{page.pick(page.v.SOURCES)}({issue}){page.date()}"
            out.append(item(title, NAV, j == 0 and not out))
        elif style == "teaser":
            out.append(item(title, NAV, not out))
            text = page.pick(sents)
            if rng.random() < 0.4:
                text = text[: max(20, len(text) // 2)] + rng.choice(["...", "…", "…[详细]", " »"])
        else:
            text = title
        out.append(item(text, NAV, not out))
    return out


def pagination(page: Page) -> list[dict]:
    rng = page.rng
    if rng.random() < 0.5:
        return [item(page.fill(t), NAV, j == 0)
                for j, t in enumerate(rng.sample(list(page.v.NAV_TEMPLATES), 2))]
    return nav_phrase(page, rng.randint(1, 3))


def comments(page: Page) -> list[dict]:
    k = page.rng.randint(1, 4)
    return [item(page.fill(page.pick(page.v.COMMENT_CHROME)), NAV, j == 0) for j in range(k)]


def forum_chrome(page: Page, before: bool) -> list[dict]:
    rng = page.rng
    if rng.random() < 0.3:
        return []
    return [item(page.fill(page.pick(page.v.FORUM)), NAV, before and j == 0)
            for j in range(rng.randint(1, 2))]


def header(page: Page) -> list[dict]:
    rng = page.rng
    out: list[dict] = []
    if rng.random() < 0.3:
        out += nav_phrase(page, rng.randint(1, 3))
    if rng.random() < 0.75:
        out += menu(page)
    if rng.random() < 0.3:
        out += menu(page)
    if rng.random() < 0.5:
        out += breadcrumb(page)
    return out


def footer(page: Page) -> list[dict]:
    rng = page.rng
    out: list[dict] = []
    if rng.random() < 0.5:
        out += menu(page)
    if rng.random() < 0.3:
        out += nav_phrase(page, rng.randint(1, 4))
    if rng.random() < 0.6:
        out += privacy(page)
    if rng.random() < 0.8:
        lang = "en" if rng.random() < 0.15 else page.lang
        out.append(item(page.fill(page.pick(VOCAB[lang].COPYRIGHT)), DIS, not out))
    return out


# --- disclaimers -------------------------------------------------------------------------

_LINK_ROW_SEPARATOR = re.compile(r"\s[|·•]\s")


def is_link_row(text: str) -> bool:
    """Names of legal pages, alone or in a row ("Privacy Policy | Terms | Contact"), are links
    to the notices, not notices: navigation. A sentence about them ("By using this site you
    agree to ...") or a licence or registration number is the notice itself: disclaimer."""
    parts = _LINK_ROW_SEPARATOR.split(text.strip())
    return not any(ch.isdigit() for ch in text) and all(
        0 < len(part) <= 40 and len(part.split()) <= 5 and part[-1] not in ".。!！"
        for part in parts)


def privacy(page: Page) -> list[dict]:
    text = page.fill(page.pick(page.v.PRIVACY))
    return [item(text, NAV if is_link_row(text) else DIS, True)]


def _split_two(page: Page, text: str) -> list[str]:
    """Long notices are often wrapped over two lines by the page."""
    marks = [i for i, ch in enumerate(text) if ch in "，,。.;；" and 10 < i < len(text) - 10]
    if len(text) < 40 or not marks or page.rng.random() < 0.6:
        return [text]
    cut = page.pick(marks) + 1
    return [text[:cut].strip(), text[cut:].strip()]


def _legal_paragraph(page: Page, pool: list[str]) -> str:
    """Several notices run together: real legal footers are often one long paragraph, and a
    long line must not be taken for article prose just because it is long."""
    count = page.rng.randint(2, 5)
    parts = [page.fill(page.pick(pool)) for _ in range(count)]
    joiner = "" if is_cjk(page.lang) else " "
    return joiner.join(dict.fromkeys(parts))


def disclaimer(page: Page) -> list[dict]:
    rng = page.rng
    pool = list(page.v.DISCLAIMERS + page.v.REPRINT)
    text = _legal_paragraph(page, pool) if rng.random() < 0.35 else page.fill(page.pick(pool))
    if rng.random() < 0.15:
        text = rng.choice(["（", "(", "【", "["]) + text + rng.choice(["）", ")", "】", "]"])
    return [item(t, DIS, j == 0) for j, t in enumerate(_split_two(page, text))]


def cookie(page: Page) -> list[dict]:
    rng = page.rng
    lang = page.lang if rng.random() < 0.85 else "en"
    pool = list(VOCAB[lang].COOKIE) + page.src.klaro.get(lang, [])
    if lang == "en":
        pool += [p.capitalize() for p in page.src.policy_phrases]
    first = " ".join(dict.fromkeys(page.pick(pool) for _ in range(rng.randint(2, 4)))) \
        if rng.random() < 0.3 else page.pick(pool)
    out = [item(first, DIS, True)]
    if lang == "en" and page.src.policy_lines and rng.random() < 0.3:
        start = rng.randrange(len(page.src.policy_lines))
        out += [item(t, DIS) for t in page.src.policy_lines[start:start + rng.randint(1, 5)]]
    for _ in range(rng.randint(0, 2)):
        out.append(item(page.pick(pool), DIS))
    return out


def legal_block(page: Page) -> list[dict]:
    rng = page.rng
    out: list[dict] = []
    for _ in range(rng.randint(1, 3)):
        out += rng.choice([disclaimer, disclaimer, disclaimer, privacy, cookie])(page)
    return out


# --- spam --------------------------------------------------------------------------------

def _spam_keywords(page: Page) -> list[str]:
    src, rng = page.src, page.rng
    pool = list(VOCAB["zh-Hant" if page.lang == "zh-Hant" else "zh-Hans"].SPAM_WORDS)
    pool += src.han_spam * 2 + src.porn_zh if src.han_spam else []
    return [pool[rng.randrange(len(pool))] for _ in range(rng.choice([1, 2, 3, 5, 8, 12, 20, 40]))]


def _decorate(page: Page, word: str) -> str:
    rng = page.rng
    r = rng.random()
    if r < 0.08:
        return f"{rng.randint(1, 99)}{word}"
    if r < 0.14:
        return word + rng.choice(["aaaaa", "xx", "AV", "hd", str(rng.randint(1, 999))])
    if r < 0.18:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 6)))
    return word


def spam_run(page: Page) -> str:
    """Chinese porn/gambling SEO keyword run, the commonest injected spam."""
    words = [_decorate(page, w) for w in _spam_keywords(page)]
    text = page.rng.choice(_SPAM_SEPS).join(words)
    if page.rng.random() < 0.15:
        text += page.rng.choice([" ", ""]) + page.url()
    return text


# Earnings and "it changed my life" testimonials: prose-like spam with no link and no
# keyword run, which is how comment and forum spam often reads.
_TESTIMONIALS = {
    "en": ["I made ${n} last month working from home, two hours a day. Message me to learn how",
           "My aunt earns ${n} a week with this simple online job, no experience needed"],
    "de": ["Ich verdiene jetzt {n} Euro im Monat von zu Hause aus, nur mit meinem Handy",
           "Meine Nachbarin hat mit diesem Trick {n} Euro pro Woche verdient, schreib mir"],
    "fr": ["Je gagne {n} euros par mois depuis chez moi grâce à cette méthode simple",
           "Ma cousine touche {n} euros par semaine avec ce petit travail en ligne, contactez-moi"],
    "es": ["Gano {n} euros al mes desde casa trabajando solo dos horas al día, escríbeme",
           "Mi vecina cobra {n} euros a la semana con este trabajo en línea tan sencillo"],
    "it": ["Guadagno {n} euro al mese da casa lavorando due ore al giorno, scrivimi",
           "Mia cugina guadagna {n} euro a settimana con questo semplice lavoro online"],
    "pt": ["Ganho {n} reais por mês trabalhando de casa só pelo celular, me chama",
           "Minha vizinha fatura {n} reais por semana com esse trabalho online simples"],
    "ru": ["Я зарабатываю {n} рублей в месяц, не выходя из дома, пишите в личку",
           "Моя соседка получает {n} рублей в неделю на простой работе в интернете"],
    "ja": ["自宅で1日2時間だけで月{n}円稼げるようになりました。詳しくはプロフィールへ",
           "主婦の私でもスマホだけで毎月{n}円の副収入、気になる方は連絡ください"],
    "ko": ["집에서 하루 두 시간만 일하고 한 달에 {n}만원 벌고 있어요. 궁금하면 연락 주세요",
           "주부인 저도 휴대폰 하나로 매달 {n}만원 부수입, 프로필 링크 확인하세요"],
    "zh-Hans": ["在家兼职每天两小时，一个月轻松赚{n}元，想了解的加我微信",
                "宝妈在家用手机做任务，每月多赚{n}元，不收任何费用"],
    "zh-Hant": ["在家兼職每天兩小時，一個月輕鬆賺{n}元，想了解的加我LINE",
                "寶媽在家用手機做任務，每月多賺{n}元，不收任何費用"],
}


def spam_prose(page: Page) -> str:
    rng = page.rng
    lang = page.lang if rng.random() < 0.6 else rng.choice(["en", "en", "zh-Hans", *LANGS])
    if rng.random() < 0.25 and lang in _TESTIMONIALS:
        return page.pick(_TESTIMONIALS[lang]).replace("{n}", str(rng.choice([300, 2500, 5000,
                                                                               12000, 80000])))
    text = page.fill(page.pick(VOCAB[lang].SPAM_PROSE))
    if rng.random() < 0.4:  # spam without a link: the link must not be the only clue
        text = _without_links(text)
    return text


def _without_links(text: str) -> str:
    return re.sub(r"\s*(?:https?://|www\.)\S+", "", text).strip(" :-–")


def spam_run_local(page: Page) -> str:
    """A keyword run in the page's own (or another) language: casino, betting, pharma,
    adult terms joined by separators, like the Chinese SEO runs."""
    rng = page.rng
    lang = page.lang if rng.random() < 0.7 else rng.choice(LANGS)
    words = list(VOCAB[lang].SPAM_WORDS) + list(VOCAB["en"].SPAM_WORDS)
    words += list(page.src.bad_words)[:200]
    picked = [words[rng.randrange(len(words))] for _ in range(rng.randint(3, 12))]
    text = rng.choice(_SPAM_SEPS).join(picked)
    return text + (" " + page.url() if rng.random() < 0.3 else "")


def spam_sprinkle(page: Page) -> str:
    rng = page.rng
    words = list(page.src.bad_words) or list(VOCAB["en"].SPAM_WORDS)
    words += list(VOCAB[page.lang].SPAM_WORDS)
    picked = [words[rng.randrange(len(words))] for _ in range(rng.randint(2, 8))]
    return rng.choice([" ", ", ", " | ", " - "]).join(picked) + rng.choice(["", " " + page.url()])


def _handle(page: Page) -> str:
    rng = page.rng
    digits = "".join(rng.choice(string.digits) for _ in range(rng.randint(6, 10)))
    return rng.choice([page.url(), page.url(), f"@{rng.choice(['vip', 'win', 'bonus', 'hot'])}"
                       f"{rng.randint(1, 999)}", f"+{rng.randint(1, 99)} {digits}",
                       f"t.me/{rng.choice(['promo', 'bet', 'club', 'deal'])}{rng.randint(1, 99)}"])


def spam_lexical(page: Page) -> str:
    """Casino, betting, pharmacy, loan, adult, counterfeit or easy-money spam in one of many
    languages (often not the page's): a keyword run, an ad line or a short pitch."""
    rng = page.rng
    lang = page.lang if page.lang in SPAM_LEXICON and rng.random() < 0.4 else \
        rng.choice(SPAM_LANGS)
    lexicon = SPAM_LEXICON[lang]
    topics = [t for t in SPAM_TOPICS if t in lexicon]
    chosen = rng.sample(topics, k=min(len(topics), rng.choice([1, 1, 2, 3])))
    words = [w for t in chosen for w in lexicon[t]]
    mark = rng.choice(SPAM_MARKS) if rng.random() < 0.4 else ""
    style = rng.random()
    if style < 0.4:  # keyword run
        picked = [words[rng.randrange(len(words))] for _ in range(rng.randint(2, 9))]
        text = rng.choice(_SPAM_SEPS + [f" {mark} " if mark else " | "]).join(picked)
    elif style < 0.75:  # ad line: offer, amount, call to action
        amount = f"{rng.choice([50, 100, 200, 300, 500, 1000, 5000])}"
        unit = rng.choice(lexicon["money_unit"])
        amount = f"{unit}{amount}" if unit in "$€£₹₺R$" else f"{amount} {unit}"
        parts = [mark, page.pick(words), rng.choice([amount, "100%", "24/7", amount]),
                 page.pick(words), page.pick(lexicon["cta"])]
        text = " ".join(p for p in parts if p)
    else:  # short pitch
        text = f"{page.pick(words)} {rng.choice(['-', '–', ',', ':', '|'])} {page.pick(words)}. " \
               f"{page.pick(lexicon['cta'])}"
    if rng.random() < 0.5:
        text += " " + _handle(page)
    return text.strip()


def spam_line(page: Page) -> dict:
    r = page.rng.random()
    zh = page.lang.startswith("zh")
    if page.rng.random() < (0.2 if zh else 0.35):
        return item(spam_lexical(page), SPAM, True)
    if r < (0.6 if zh else 0.2):
        text = spam_run(page)
    elif not zh and r < 0.4:
        text = spam_run_local(page)
    elif r < 0.85:
        text = spam_prose(page)
    else:
        text = spam_sprinkle(page)
    return item(text, SPAM, True)


def spam_block(page: Page) -> list[dict]:
    return [spam_line(page) for _ in range(page.rng.choice([1, 1, 1, 2, 2, 3, 5]))]


def teaser_nav(page: Page) -> list[dict]:
    """A mid-article 'read also' pointer or ad marker (navigation inside the body)."""
    if page.rng.random() < 0.6:
        return [item(page.fill(page.pick(page.v.NAV_TEMPLATES)), NAV, True)]
    return nav_phrase(page, 1)

