# ruff: noqa: E501
"""German page furniture and article text, written for this project."""

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
DATES = ["{d}. {month} {y}", "{dd}.{mm}.{y}", "{dd}.{mm}.{y}, {H}:{M} Uhr", "{y}-{mm}-{dd}", "Aktualisiert am {dd}.{mm}.{y}", "{d}. {month} {y}, {H}:{M} Uhr"]
MENU = ["Startseite", "Nachrichten", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Digital", "Panorama", "Reise", "Gesundheit", "Auto", "Meinung", "Regional", "Video", "Podcast", "Wetter", "Börse", "Karriere", "Immobilien", "Abo", "Anmelden", "Kontakt", "Impressum", "Datenschutz", "Newsletter", "Archiv", "Mediathek"]
HOME = ["Startseite", "Home", "Übersicht"]
SOURCES = ["Nordkurier Online", "Stadtanzeiger", "Tagesblatt", "dpa", "Rheinische Rundschau", "Technikwelt", "Wirtschaftsdienst", "Sportreport", "Gesundheitsportal", "Berliner Abendpost"]
AUTHORS = ["Anna Müller", "Thomas Schmidt", "Julia Schneider", "Michael Fischer", "Laura Weber", "Stefan Wagner", "Katrin Becker", "Jonas Hoffmann", "Sabine Koch", "Lukas Richter"]
BYLINES = ["Von {author}", "Von {author} | {date}", "{date} | {source}", "Veröffentlicht am {date}", "{author}, {source}", "Stand: {date}", "Lesezeit: {k} Min.", "Von {author} und {author2}", "{date} · {n} Kommentare", "Quelle: {source}"]
TAG_LABELS = ["Schlagworte:", "Themen:", "Stichwörter:", "Tags:", "Mehr zum Thema:"]
EDITOR = ["Redaktion: {author}", "Bearbeitet von {author}", "Mitarbeit: {author}", "(mit dpa)", "Text: {author}, Fotos: {author2}"]
NAV_PHRASES = ["Weiterlesen", "Mehr lesen", "Artikel teilen", "Teilen", "Drucken", "Nach oben", "Zum Inhalt springen", "Menü", "Suche", "Anmelden", "Registrieren", "Jetzt abonnieren", "Newsletter abonnieren", "Anzeige", "Werbung", "Gesponsert", "Zurück", "Vor", "« Zurück | Weiter »", "Seite 1 von 4", "Mehr laden", "Alle anzeigen", "Meistgelesen", "Das könnte Sie auch interessieren", "Kommentare", "{n} Kommentare", "Kommentar schreiben", "{n} Aufrufe", "{n}", "Willkommen bei {source}!", "QR-Code scannen und App herunterladen", "?", "»", "Folgen Sie uns", "Facebook Twitter WhatsApp E-Mail", "Bildergalerie", "Artikel vorlesen"]
NAV_TEMPLATES = ["Vorheriger Artikel: {title}", "Nächster Artikel: {title}", "Lesen Sie auch: {title}", "Auch interessant: {title}", "Mehr dazu: {title}"]
RELATED_HEADERS = ["Ähnliche Artikel", "Das könnte Sie auch interessieren", "Mehr zum Thema", "Weitere Nachrichten", "Meistgelesen", "Empfohlene Artikel"]
FORUM = ["Antworten | Zitieren | Melden", "Beitrag von {author} am {date}", "Registriert: {date}", "Beiträge: {n}", "{author} schrieb:", "Re: {title}", "Zuletzt bearbeitet von {author}", "Nach oben", "Mitglied seit {y}"]
COMMENT_CHROME = ["Kommentare", "Diskutieren Sie mit", "Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Kommentar abschicken", "Neueste zuerst", "Melden Sie sich an, um zu kommentieren"]
COPYRIGHT = ["© {year} {source}. Alle Rechte vorbehalten.", "Copyright © {year} {source}", "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung von {source}.", "© {source} {year}"]
REPRINT = ["Nachdruck nur mit Genehmigung der Redaktion.", "Dieser Artikel erschien zuerst bei {source}.", "Weiterverbreitung nur mit schriftlicher Erlaubnis von {source}."]
DISCLAIMERS = ["Haftungsausschluss: Die Inhalte dieser Seite dienen ausschließlich der allgemeinen Information und stellen keine Rechts- oder Anlageberatung dar.", "Der Beitrag gibt die Meinung des Autors wieder und nicht notwendigerweise die der Redaktion.", "Hinweis: Wir erhalten bei Käufen über Links auf dieser Seite eine Provision. Das beeinflusst unsere Berichterstattung nicht.", "Risikohinweis: Der Handel mit Kryptowährungen ist mit hohen Risiken verbunden und kann zum Totalverlust führen.", "Glücksspiel kann süchtig machen. Spielen ab 18. Hilfe unter www.check-dein-spiel.de", "Für die Inhalte externer Links übernehmen wir keine Haftung."]
COOKIE = ["Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung zu.", "Alle akzeptieren", "Nur notwendige Cookies", "Cookie-Einstellungen", "Ihre Privatsphäre ist uns wichtig"]
PRIVACY = ["Impressum | Datenschutz | AGB", "Datenschutzerklärung", "Nutzungsbedingungen", "Impressum · Datenschutz · Cookie-Einstellungen · Kontakt", "Mit der Nutzung dieser Website akzeptieren Sie unsere Datenschutzbestimmungen."]
SPAM_PROSE = ["Bestes Online Casino {y}: {n} Freispiele ohne Einzahlung bei {url}", "Viagra und Cialis günstig online kaufen ohne Rezept {url}", "Sofortkredit ohne Schufa, Auszahlung in 24 Stunden: {url}", "Mit Bitcoin Trading {n} Euro am Tag verdienen {url}", "Heiße Singles in deiner Nähe warten auf dich {url}", "Sportwetten mit den besten Quoten - jetzt Bonus sichern {url}"]
SPAM_WORDS = ["Casino", "Freispiele", "Viagra", "Sofortkredit", "Sportwetten", "Escort", "Sexkontakte"]

TOPICS = [
    ("Bahn kündigt neuen Fahrplan für den Regionalverkehr an", [
        "Ab Dezember sollen auf mehreren Regionalstrecken mehr Züge fahren als bisher.",
        "Vor allem Pendler zwischen den Vororten und der Innenstadt profitieren vom neuen Halbstundentakt.",
        "Der Verkehrsverbund rechnet mit rund zehn Prozent mehr Fahrgästen im ersten Jahr.",
        "Kritiker bemängeln jedoch, dass viele Bahnhöfe noch immer nicht barrierefrei sind.",
        "Die zusätzlichen Verbindungen werden zu großen Teilen vom Land finanziert.",
    ]),
    ("Bundesliga: Heimsieg in letzter Minute", [
        "Mit einem Tor in der Nachspielzeit hat die Mannschaft am Samstag ihr Heimspiel mit 2:1 gewonnen.",
        "Die Gäste waren kurz nach der Pause durch einen Elfmeter in Führung gegangen.",
        "Der Trainer lobte nach dem Spiel die Moral seiner Spieler: „Wir haben bis zum Schluss an uns geglaubt.“",
        "Durch den Sieg rückt das Team auf den vierten Tabellenplatz vor.",
        "Vor 45.000 Zuschauern war das Stadion erneut ausverkauft.",
    ]),
    ("Neue Regeln für Glücksspielwerbung im Internet", [
        "Die Länder wollen Werbung für Online-Casinos und Sportwetten stärker einschränken.",
        "Künftig soll zwischen 6 und 21 Uhr keine Werbung für virtuelle Automatenspiele mehr im Fernsehen und Internet laufen.",
        "Suchtexperten begrüßen den Schritt, halten ihn aber für nicht ausreichend.",
        "Die Glücksspielbehörde hat im vergangenen Jahr mehr als 300 illegale Angebote abgemahnt.",
    ]),
    ("Datenschutz: Was Cookie-Banner erlauben dürfen", [
        "Nach der Datenschutz-Grundverordnung müssen Nutzer der Speicherung von Cookies aktiv zustimmen.",
        "Verbraucherschützer kritisieren, dass der Button zum Ablehnen oft versteckt ist.",
        "Ein Gericht hat nun entschieden, dass Ablehnen genauso einfach sein muss wie Zustimmen.",
        "Website-Betreiber haben drei Monate Zeit, ihre Banner anzupassen.",
    ]),
    ("Studie: Regelmäßige Bewegung senkt das Demenzrisiko", [
        "Wer sich mehrmals pro Woche bewegt, erkrankt seltener an Demenz, wie eine neue Langzeitstudie zeigt.",
        "Die Forscher begleiteten über 20 Jahre hinweg mehr als 8.000 Erwachsene.",
        "Schon 150 Minuten zügiges Gehen pro Woche hatten einen messbaren Effekt.",
        "Die Autorinnen betonen allerdings, dass die Studie keinen ursächlichen Zusammenhang beweist.",
    ]),
    ("Test: Akku-Staubsauger im Vergleich", [
        "Wir haben acht kabellose Staubsauger zwischen 150 und 600 Euro getestet.",
        "Testsieger ist ein Modell, das auf Teppich und Hartboden gleichermaßen gründlich saugt.",
        "Die Akkulaufzeit reichte im Test für eine Wohnung mit etwa 90 Quadratmetern.",
        "Schwächen zeigten vor allem die günstigen Geräte bei Tierhaaren.",
        "Fazit: Wer viel Teppich hat, sollte nicht am falschen Ende sparen.",
    ]),
    ("Inflation geht weiter zurück", [
        "Die Verbraucherpreise lagen im Oktober um 2,1 Prozent über dem Vorjahresniveau.",
        "Vor allem Energie war deutlich günstiger als vor einem Jahr.",
        "Lebensmittel verteuerten sich dagegen erneut überdurchschnittlich.",
        "Ökonomen erwarten, dass die Zentralbank die Zinsen im kommenden Jahr weiter senkt.",
    ]),
    ("Rezept: Kartoffelsuppe wie bei Oma", [
        "Für vier Personen braucht man etwa ein Kilo mehligkochende Kartoffeln, zwei Karotten und eine Stange Lauch.",
        "Das Gemüse schälen, klein schneiden und in etwas Butter andünsten.",
        "Mit einem Liter Gemüsebrühe aufgießen und 25 Minuten köcheln lassen.",
        "Zum Schluss einen Teil der Suppe pürieren und mit Majoran, Salz und Pfeffer abschmecken.",
    ]),
    ("Stadtrat beschließt neues Radwegenetz", [
        "Der Stadtrat hat am Dienstagabend mit großer Mehrheit ein neues Radverkehrskonzept beschlossen.",
        "Bis 2030 sollen 40 Kilometer geschützte Radwege entstehen.",
        "Die Opposition kritisierte, dass dafür zahlreiche Parkplätze wegfallen.",
        "Frage: Wann beginnen die Bauarbeiten? Antwort: Die ersten Abschnitte sollen im Frühjahr starten.",
    ]),
]
SUBHEADS = ["Hintergrund", "Was bedeutet das?", "Fazit", "Zutaten", "Zubereitung", "Vorteile", "Nachteile", "Technische Daten", "Reaktionen", "Ausblick", "So haben wir getestet", "Die wichtigsten Fragen"]
LIST_ITEMS = ["Akkulaufzeit: 60 Minuten", "Gewicht: 2,6 kg", "Preis: 349 Euro", "1 kg Kartoffeln", "2 Karotten", "1 Liter Gemüsebrühe", "- Vorteil: leise", "- Nachteil: kleiner Behälter", "Note: gut (2,0)"]

TOPICS += [
    ("Urheberrecht: Plattformen müssen Uploads stärker prüfen", [
        "Große Plattformen haften künftig stärker für urheberrechtlich geschützte Inhalte, die Nutzer hochladen.",
        "Kurze Zitate, Parodien und Memes sollen aber weiterhin erlaubt bleiben.",
        "Kritiker befürchten, dass Upload-Filter auch legale Inhalte blockieren.",
        "Die Verwertungsgesellschaften begrüßen die Neuregelung.",
    ]),
    ("Hitzewelle: Städte öffnen kühle Räume", [
        "Wegen der anhaltenden Hitze öffnen mehrere Städte klimatisierte Räume für ältere Menschen.",
        "In der Innenstadt wurden am Nachmittag 36 Grad gemessen.",
        "Der Deutsche Wetterdienst warnt vor starker Wärmebelastung bis Sonntag.",
        "Ärzte raten, viel zu trinken und körperliche Anstrengung in der Mittagszeit zu meiden.",
    ]),
    ("Forscher entwickeln Akku aus Natrium", [
        "Ein Forschungsteam hat einen Akku vorgestellt, der ohne Lithium und Kobalt auskommt.",
        "Natrium ist deutlich günstiger und weltweit leicht verfügbar.",
        "Die Energiedichte liegt zwar noch unter der heutiger Lithium-Ionen-Zellen, reicht aber für stationäre Speicher.",
        "Erste Pilotanlagen sollen im kommenden Jahr in Betrieb gehen.",
        "Warum ist das wichtig? Weil günstige Speicher den Ausbau von Wind- und Solarstrom erleichtern.",
    ]),
    ("Jugendschutz: Neue Altersprüfung für Pornoseiten", [
        "Die Medienaufsicht verlangt von Pornoseiten eine wirksame Altersprüfung.",
        "Eine einfache Abfrage des Geburtsdatums reicht nach Ansicht der Behörde nicht aus.",
        "Mehrere Anbieter wehren sich vor Gericht gegen die Sperrverfügungen.",
        "Datenschützer warnen davor, dass Ausweisdaten in falsche Hände geraten könnten.",
    ]),
    ("Tipps für die Steuererklärung", [
        "Wer Arbeitsmittel wie Laptop oder Schreibtisch selbst bezahlt, kann die Kosten absetzen.",
        "Auch Fahrten zur Arbeit werden mit einer Pauschale pro Kilometer berücksichtigt.",
        "Belege sollten Sie mindestens bis zum Erhalt des Steuerbescheids aufbewahren.",
        "Die Frist endet in diesem Jahr am 31. Juli.",
    ]),
]
