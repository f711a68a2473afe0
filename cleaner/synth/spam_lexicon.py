# ruff: noqa: E501, RUF001
"""Injected-spam vocabulary in many languages, written for this project.

Spam in a crawl is rarely in the page's language only: casino, betting, pharmacy, loan,
adult, counterfeit and "earn from home" spam arrives in whatever language its sender
targets. Each language has keyword phrases per spam topic and a few calls to action; the
generator combines them into keyword runs, ad-like lines and short pitches, so the model
learns the kind of line rather than a fixed sentence.

Only the generator's page languages are here, on purpose: a language (or script) that the
training pages show only as spam teaches the model that the language itself is spam. A
tried version with Arabic, Hindi, Thai, Vietnamese and Polish spam labelled whole dev pages
in those languages as spam. Spam in a language needs content in that language first.
"""

from __future__ import annotations

# topic -> keyword phrases; "cta" are calls to action; "money" units for amounts.
SPAM_LEXICON: dict[str, dict[str, list[str]]] = {
    "en": {
        "casino": ["online casino", "real money slots", "no deposit bonus", "free spins", "live roulette", "best casino sites", "jackpot", "crypto casino", "welcome bonus 500%"],
        "betting": ["sports betting tips", "sure bets", "fixed matches", "best odds", "football predictions", "bookmaker bonus"],
        "pharma": ["buy tramadol", "cheap cialis", "generic viagra", "no prescription needed", "online pharmacy", "discreet shipping", "xanax without rx", "weight loss pills"],
        "loans": ["payday loans", "instant approval", "no credit check", "bad credit loans", "cash advance today"],
        "adult": ["hot webcam girls", "adult dating", "xxx videos", "escort service", "meet singles tonight"],
        "fake": ["replica watches", "fake designer bags", "buy real passport", "buy diploma online", "fake id cards"],
        "money": ["work from home", "earn $500 a day", "passive income secret", "crypto trading bot", "double your bitcoin"],
        "cta": ["Sign up now", "Click here", "Limited offer", "Order today", "DM me", "WhatsApp us", "Join our Telegram", "Visit our site"],
        "money_unit": ["$", "USD"],
    },
    "de": {
        "casino": ["Online Casino Echtgeld", "Casino ohne Lizenz", "Freispiele ohne Einzahlung", "Spielautomaten", "Casino Bonus"],
        "betting": ["Sportwetten Tipps", "sichere Wetten", "Wettbonus"],
        "pharma": ["Viagra rezeptfrei kaufen", "Cialis günstig", "Potenzmittel online", "Abnehmtabletten"],
        "loans": ["Kredit ohne Schufa", "Sofortkredit", "Schnellkredit ohne Prüfung"],
        "adult": ["Sexkontakte", "Erotik Chat", "Escort Service", "private Treffen"],
        "fake": ["Führerschein kaufen", "Replika Uhren", "gefälschte Ausweise"],
        "money": ["von zu Hause Geld verdienen", "1000 Euro am Tag", "Krypto Trading Bot"],
        "cta": ["Jetzt anmelden", "Hier klicken", "Nur heute", "Schreib mir auf WhatsApp"],
        "money_unit": ["€", "Euro"],
    },
    "fr": {
        "casino": ["casino en ligne argent réel", "machines à sous", "tours gratuits", "bonus sans dépôt"],
        "betting": ["paris sportifs", "pronostics gagnants", "cotes boostées"],
        "pharma": ["viagra sans ordonnance", "cialis pas cher", "pharmacie en ligne", "pilules minceur"],
        "loans": ["crédit rapide sans justificatif", "prêt entre particuliers", "rachat de crédit immédiat"],
        "adult": ["rencontres coquines", "escort girl", "webcam adulte"],
        "fake": ["acheter permis de conduire", "montres réplique", "faux diplôme"],
        "money": ["gagner de l'argent depuis chez soi", "revenu passif", "trading crypto automatique"],
        "cta": ["Inscrivez-vous", "Cliquez ici", "Offre limitée", "Contactez-moi sur WhatsApp"],
        "money_unit": ["€", "euros"],
    },
    "es": {
        "casino": ["casino online dinero real", "tragamonedas", "giros gratis", "bono sin depósito"],
        "betting": ["apuestas deportivas", "pronósticos seguros", "cuotas mejoradas"],
        "pharma": ["viagra sin receta", "cialis barato", "farmacia online", "pastillas para adelgazar"],
        "loans": ["préstamos rápidos sin aval", "créditos sin buró", "dinero al instante"],
        "adult": ["citas para adultos", "escorts", "chicas webcam"],
        "fake": ["comprar licencia de conducir", "relojes réplica", "títulos falsos"],
        "money": ["ganar dinero desde casa", "ingresos pasivos", "bot de trading"],
        "cta": ["Regístrate ya", "Haz clic aquí", "Oferta limitada", "Escríbeme por WhatsApp"],
        "money_unit": ["€", "$", "euros"],
    },
    "it": {
        "casino": ["casinò online soldi veri", "slot machine", "giri gratis", "bonus senza deposito"],
        "betting": ["scommesse sportive", "pronostici sicuri", "quote maggiorate"],
        "pharma": ["viagra senza ricetta", "cialis generico", "farmacia online"],
        "loans": ["prestiti veloci senza busta paga", "finanziamenti immediati"],
        "adult": ["incontri per adulti", "escort", "chat erotica"],
        "fake": ["patente senza esame", "orologi replica", "diploma falso"],
        "money": ["guadagnare da casa", "rendita passiva", "trading automatico"],
        "cta": ["Iscriviti ora", "Clicca qui", "Offerta limitata", "Scrivimi su WhatsApp"],
        "money_unit": ["€", "euro"],
    },
    "pt": {
        "casino": ["cassino online", "caça-níqueis", "rodadas grátis", "bônus sem depósito", "jogo do tigrinho"],
        "betting": ["apostas esportivas", "palpites certeiros", "bet com bônus"],
        "pharma": ["viagra sem receita", "remédio para emagrecer", "farmácia online"],
        "loans": ["empréstimo para negativado", "crédito na hora", "empréstimo sem consulta"],
        "adult": ["acompanhantes", "encontros adultos", "garotas de programa"],
        "fake": ["comprar CNH", "relógios réplica", "diploma falso"],
        "money": ["ganhar dinheiro em casa", "renda extra", "robô de trade"],
        "cta": ["Cadastre-se já", "Clique aqui", "Oferta por tempo limitado", "Chama no WhatsApp"],
        "money_unit": ["R$", "reais"],
    },
    "ru": {
        "casino": ["онлайн казино на деньги", "игровые автоматы", "бездепозитный бонус", "фриспины", "зеркало казино"],
        "betting": ["ставки на спорт", "договорные матчи", "прогнозы на футбол"],
        "pharma": ["купить виагру без рецепта", "дженерик сиалис", "таблетки для похудения", "аптека онлайн"],
        "loans": ["займ на карту без отказа", "микрозайм без проверки", "кредит без справок"],
        "adult": ["проститутки", "индивидуалки", "интим досуг", "знакомства для секса"],
        "fake": ["купить диплом", "купить права", "справки без врача"],
        "money": ["заработок в интернете", "пассивный доход", "работа на дому"],
        "cta": ["Регистрируйся", "Жми сюда", "Пиши в Телеграм", "Только сегодня"],
        "money_unit": ["руб.", "₽", "рублей"],
    },
    "ja": {
        "casino": ["オンラインカジノ", "入金不要ボーナス", "スロット 爆裂", "バカラ 必勝法"],
        "betting": ["スポーツベット", "競馬 予想 的中"],
        "pharma": ["バイアグラ 通販", "シアリス ジェネリック", "ダイエット薬 即効"],
        "loans": ["即日融資", "ブラックでも借りれる", "審査なし キャッシング"],
        "adult": ["出会い系", "人妻 無料動画", "アダルト ライブチャット", "デリヘル"],
        "fake": ["スーパーコピー", "ブランド 偽物 激安", "n級品"],
        "money": ["在宅ワーク 高収入", "スマホ 副業 月収", "不労所得"],
        "cta": ["今すぐ登録", "LINE追加はこちら", "詳細はプロフへ", "期間限定"],
        "money_unit": ["円", "万円"],
    },
    "ko": {
        "casino": ["온라인카지노", "바카라사이트", "슬롯사이트", "카지노 꽁머니", "에볼루션카지노"],
        "betting": ["토토사이트", "메이저놀이터", "안전놀이터", "먹튀검증", "스포츠토토", "파워볼"],
        "pharma": ["비아그라 구매", "시알리스 직구", "다이어트약"],
        "loans": ["무직자 대출", "당일 대출", "신용불량자 대출"],
        "adult": ["출장안마", "조건만남", "성인방송", "야동"],
        "fake": ["명품 레플리카", "짝퉁 시계"],
        "money": ["재택 부업", "고수익 알바", "코인 리딩방"],
        "cta": ["지금 가입", "텔레그램 문의", "카톡 상담", "첫충 보너스"],
        "money_unit": ["만원", "원"],
    },
    "zh-Hans": {
        "casino": ["网上赌场", "百家乐", "老虎机", "真人娱乐", "彩票平台", "澳门赌场"],
        "betting": ["足球投注", "体育博彩", "时时彩", "快三计划"],
        "pharma": ["伟哥", "壮阳药", "减肥药", "处方药代购"],
        "loans": ["无抵押贷款", "秒批贷款", "黑户贷款"],
        "adult": ["成人视频", "约炮", "裸聊", "上门服务"],
        "fake": ["办证", "代开发票", "高仿手表"],
        "money": ["刷单兼职", "日赚千元", "网赚项目"],
        "cta": ["加微信", "点击进入", "注册送彩金", "扫码领取"],
        "money_unit": ["元", "万元"],
    },
    "zh-Hant": {
        "casino": ["線上娛樂城", "百家樂", "老虎機", "真人娛樂", "運彩"],
        "betting": ["足球投注", "運動彩券", "賽馬貼士"],
        "pharma": ["威而鋼", "壯陽藥", "減肥藥"],
        "loans": ["免審核借款", "小額借貸", "當日撥款"],
        "adult": ["成人影片", "約砲", "外送茶", "援交"],
        "fake": ["代辦證件", "高仿名錶"],
        "money": ["在家兼職", "日賺萬元", "投資群組"],
        "cta": ["加LINE", "點擊進入", "註冊送體驗金"],
        "money_unit": ["元", "萬"],
    },
}

SPAM_LANGS: tuple[str, ...] = tuple(SPAM_LEXICON)
SPAM_TOPICS = ("casino", "betting", "pharma", "loans", "adult", "fake", "money")
# Decorations that ad-like spam carries.
SPAM_MARKS = ["✔", "✅", "🔥", "★", "💰", "👉", "⭐", "✨", "【推荐】", "!!!", "100%", "24/7", "VIP", "NO.1"]
