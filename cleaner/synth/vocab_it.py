# ruff: noqa: E501
"""Italian page furniture and a few articles, written for this project."""

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
DATES = ["{d} {month} {y}", "{dd}/{mm}/{y}", "{dd}/{mm}/{y} ore {H}:{M}", "{y}-{mm}-{dd}", "Aggiornato il {d} {month} {y}", "Pubblicato il {dd}/{mm}/{y}"]
MENU = ["Home", "Cronaca", "Politica", "Economia", "Esteri", "Sport", "Calcio", "Cultura", "Spettacoli", "Tecnologia", "Scienza", "Salute", "Motori", "Viaggi", "Opinioni", "Video", "Meteo", "Abbonati", "Accedi", "Contatti", "Archivio", "Cucina"]
HOME = ["Home", "Homepage", "Prima pagina"]
SOURCES = ["Il Corriere Locale", "La Gazzetta del Nord", "ANSA", "Notizie Oggi", "TecnoItalia", "Sport24 Online", "Salute e Benessere"]
AUTHORS = ["Marco Rossi", "Giulia Bianchi", "Luca Romano", "Francesca Colombo", "Alessandro Ricci", "Chiara Greco", "Matteo Bruno", "Sara Conti"]
BYLINES = ["di {author}", "Di {author} | {date}", "{source} | {date}", "Pubblicato il {date}", "{date} - {author}", "Tempo di lettura: {k} minuti", "di {author} e {author2}", "Redazione {source}"]
TAG_LABELS = ["Tag:", "Argomenti:", "Parole chiave:", "Temi:"]
EDITOR = ["A cura di {author}", "Fonte: {source}", "Ha collaborato {author}"]
NAV_PHRASES = ["Leggi di più", "Continua a leggere", "Condividi", "Condividi su Facebook", "Stampa", "Torna su", "Vai al contenuto", "Menu", "Cerca", "Accedi", "Registrati", "Abbonati", "Pubblicità", "Contenuto sponsorizzato", "Precedente", "Successivo", "« Precedente | Successivo »", "Carica altri", "I più letti", "Potrebbe interessarti", "Commenti", "{n} commenti", "Lascia un commento", "{n} visualizzazioni", "{n}", "Benvenuto su {source}", "Scansiona il QR code per scaricare l'app", "?", "»", "Seguici su"]
NAV_TEMPLATES = ["Articolo precedente: {title}", "Articolo successivo: {title}", "Leggi anche: {title}", "Potrebbe interessarti: {title}", "Vedi anche: {title}"]
RELATED_HEADERS = ["Articoli correlati", "Leggi anche", "I più letti", "Ultime notizie", "Potrebbe interessarti", "Consigliati"]
FORUM = ["Rispondi | Cita | Segnala", "Inviato da {author} il {date}", "Iscritto il: {date}", "Messaggi: {n}", "{author} ha scritto:", "Re: {title}"]
COMMENT_CHROME = ["Commenti", "Il tuo indirizzo email non sarà pubblicato.", "Pubblica il commento", "Accedi per commentare"]
COPYRIGHT = ["© {year} {source}. Tutti i diritti riservati.", "Copyright © {year} {source}", "Riproduzione riservata", "© RIPRODUZIONE RISERVATA", "P.IVA 01234567890 - Tutti i diritti riservati"]
REPRINT = ["Articolo pubblicato originariamente su {source}.", "È vietata la riproduzione senza citare la fonte."]
DISCLAIMERS = ["Disclaimer: le informazioni contenute in questo sito hanno scopo puramente informativo e non costituiscono consulenza finanziaria.", "Le opinioni espresse sono esclusivamente dell'autore.", "Questo articolo contiene link di affiliazione.", "Il gioco è vietato ai minori e può causare dipendenza patologica.", "Investire comporta rischi, inclusa la perdita del capitale."]
COOKIE = ["Questo sito utilizza cookie tecnici e di profilazione. Continuando la navigazione accetti l'uso dei cookie.", "Accetta tutti", "Rifiuta", "Impostazioni cookie", "Informativa sui cookie"]
PRIVACY = ["Privacy Policy | Cookie Policy | Note legali", "Informativa privacy", "Termini e condizioni", "Utilizzando questo sito accetti i termini d'uso."]
SPAM_PROSE = ["Miglior casinò online {y}: {n} giri gratis su {url}", "Compra viagra e cialis senza ricetta {url}", "Prestiti veloci senza busta paga: {url}", "Guadagna {n} euro al giorno con le criptovalute {url}", "Scommesse sportive con bonus di benvenuto {url}", "Incontri e escort nella tua città {url}"]
SPAM_WORDS = ["casinò", "giri gratis", "viagra", "prestiti veloci", "scommesse", "escort"]

TOPICS = [
    ("Gioco d'azzardo online, stretta sulla pubblicità", [
        "Il governo ha approvato nuove regole sulla pubblicità dei casinò online e delle scommesse.",
        "I concessionari dovranno verificare l'età dei giocatori prima di offrire qualsiasi bonus.",
        "Secondo l'agenzia dei monopoli, la spesa per il gioco online è cresciuta del 12% in un anno.",
        "Le associazioni dei consumatori chiedono più fondi per la prevenzione della ludopatia.",
    ]),
    ("Cookie e privacy: cosa cambia con le nuove linee guida", [
        "Il Garante della privacy ha pubblicato nuove linee guida sull'uso dei cookie.",
        "I siti dovranno offrire un pulsante per rifiutare tutti i cookie con la stessa evidenza di quello per accettarli.",
        "Lo scorrimento della pagina non potrà più essere considerato un consenso valido.",
        "Le sanzioni per chi non si adegua possono arrivare fino a 20 milioni di euro.",
    ]),
    ("Ricetta: risotto ai funghi porcini", [
        "Fate soffriggere mezza cipolla tritata in una noce di burro.",
        "Aggiungete 320 grammi di riso e tostatelo per due minuti.",
        "Unite i funghi e bagnate con il brodo caldo poco alla volta.",
        "A fine cottura mantecate con parmigiano e burro.",
    ]),
]
SUBHEADS = ["Il contesto", "Le reazioni", "In sintesi", "Ingredienti", "Preparazione", "Pro", "Contro", "Scheda tecnica", "Cosa cambia"]
LIST_ITEMS = ["320 g di riso", "300 g di funghi porcini", "1 litro di brodo", "Prezzo: 499 euro", "Peso: 1,3 kg", "- Pro: autonomia", "- Contro: prezzo"]
