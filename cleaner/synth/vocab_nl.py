# ruff: noqa: E501, RUF001
"""Dutch page furniture and article text, written for this project."""

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
DATES = ["{d} {month} {y}", "{dd}-{mm}-{y}", "{dd}-{mm}-{y}, {H}:{M}", "{y}-{mm}-{dd}", "Bijgewerkt op {d} {month} {y}, {H}:{M}", "{d} {month} {y} om {H}:{M}", "Gepubliceerd: {dd}-{mm}-{y}"]
MENU = ["Home", "Nieuws", "Binnenland", "Buitenland", "Politiek", "Economie", "Sport", "Voetbal", "Cultuur", "Media", "Wetenschap", "Tech", "Gezondheid", "Auto", "Reizen", "Wonen", "Opinie", "Regio", "Video", "Podcasts", "Weer", "Verkeer", "Geld", "Puzzels", "Abonneren", "Inloggen", "Contact", "Colofon", "Archief", "Nieuwsbrief"]
HOME = ["Home", "Startpagina", "Voorpagina"]
SOURCES = ["Het Stadsblad", "Noordelijk Dagblad", "ANP", "De Kustkoerier", "TechNieuws", "Beurswijzer", "Sportkrant Online", "Gezond Leven", "Brabants Avondnieuws", "Rivierenland Vandaag"]
AUTHORS = ["Sanne de Vries", "Jeroen Jansen", "Lotte Bakker", "Bram Visser", "Eva Smit", "Daan Meijer", "Fleur de Boer", "Thijs Mulder", "Anouk van Dijk", "Pieter Bos"]
BYLINES = ["Door {author}", "Door {author} | {date}", "{date} | {source}", "Gepubliceerd op {date}", "{author}, {source}", "Laatste update: {date}", "Leestijd: {k} minuten", "{date} · {n} reacties", "Bron: {source}", "Redactie {source}"]
TAG_LABELS = ["Tags:", "Onderwerpen:", "Trefwoorden:", "Meer over:", "Categorie:"]
EDITOR = ["Redactie: {author}", "Bewerkt door {author}", "Met medewerking van {author}", "(ANP)", "Tekst: {author}, foto's: {source}"]
NAV_PHRASES = ["Lees meer", "Lees verder", "Delen", "Deel dit artikel", "Printen", "Naar boven", "Ga naar inhoud", "Menu", "Zoeken", "Inloggen", "Registreren", "Word abonnee", "Schrijf je in voor de nieuwsbrief", "Advertentie", "Gesponsord", "Partnercontent", "Vorige", "Volgende", "« Vorige | Volgende »", "Pagina 1 van 5", "Volgende pagina", "Meer laden", "Bekijk alles", "Meest gelezen", "Reacties", "Reacties ({n})", "{n} reacties", "Plaats een reactie", "{n} keer bekeken", "{n}", "Welkom bij {source}!", "Scan de QR-code en download onze app", "Volg ons", "Facebook X WhatsApp E-mail", "Fotoserie", "Luister naar dit artikel", "?", "»", "Sluiten"]
NAV_TEMPLATES = ["Vorig artikel: {title}", "Volgend artikel: {title}", "Lees ook: {title}", "Ook interessant: {title}", "Meer hierover: {title}", "LEES OOK: {title}"]
RELATED_HEADERS = ["Gerelateerde artikelen", "Dit vind je misschien ook interessant", "Meer over dit onderwerp", "Meest gelezen", "Laatste nieuws", "Aanbevolen"]
FORUM = ["Reageer | Citeer | Meld", "Geplaatst door {author} op {date}", "Lid sinds: {date}", "Berichten: {n}", "{author} schreef:", "Re: {title}", "Laatst bewerkt door {author}", "Geregistreerd: {y}", "Topicstarter {author}"]
COMMENT_CHROME = ["Reacties", "Praat mee", "Je e-mailadres wordt niet gepubliceerd.", "Reactie plaatsen", "Nieuwste eerst", "Log in om te reageren", "Wees de eerste die reageert"]
COPYRIGHT = ["© {year} {source}. Alle rechten voorbehouden.", "Copyright © {year} {source}", "Alle rechten voorbehouden. Niets uit deze uitgave mag worden overgenomen zonder toestemming van de uitgever.", "© {source} {year}"]
REPRINT = ["Overname alleen met toestemming van de redactie.", "Dit artikel verscheen eerder bij {source}.", "Verdere verspreiding alleen met schriftelijke toestemming van {source}."]
DISCLAIMERS = [
    "Disclaimer: de informatie op deze website is uitsluitend bedoeld ter algemene informatie en vormt geen juridisch of financieel advies.",
    "Dit artikel geeft de mening van de auteur weer en niet noodzakelijk die van de redactie.",
    "De informatie in dit artikel is geen vervanging voor medisch advies; raadpleeg bij klachten altijd je huisarts.",
    "Dit artikel bevat affiliate links. Als je via deze links iets koopt, ontvangen wij een kleine commissie, zonder extra kosten voor jou.",
    "Let op! Geld lenen kost geld.",
    "Wat kost gokken jou? Stop op tijd. 18+",
    "Beleggen brengt risico's met zich mee. Je kunt (een deel van) je inleg verliezen.",
    "{source} is niet verantwoordelijk voor de inhoud van externe websites.",
]
COOKIE = ["Wij gebruiken cookies om je de beste ervaring op onze website te bieden. Door verder te gaan, ga je akkoord met het gebruik van cookies.", "Alles accepteren", "Alleen noodzakelijke cookies", "Cookie-instellingen", "Wij respecteren je privacy", "Weigeren"]
PRIVACY = ["Privacybeleid | Gebruiksvoorwaarden | Contact", "Privacyverklaring", "Algemene voorwaarden", "Colofon · Privacy · Cookie-instellingen · Contact", "Door deze website te gebruiken, ga je akkoord met onze gebruiksvoorwaarden en ons privacybeleid.", "Lees in onze privacyverklaring hoe wij met je persoonsgegevens omgaan."]
SPAM_PROSE = [
    "Beste online casino {y}: {n} gratis spins zonder storting via {url}",
    "Viagra en Cialis zonder recept, discreet thuisbezorgd {url}",
    "Snel geld lenen zonder BKR-toetsing, binnen 24 uur op je rekening: {url}",
    "Verdien {n} euro per dag vanuit huis met deze crypto-robot {url}",
    "Sexdate met vrouwen uit jouw regio, vandaag nog afspreken {url}",
    "Sportweddenschappen met de hoogste odds – claim nu je welkomstbonus {url}",
    "Spelen zonder CRUKS? Casino zonder vergunning, direct uitbetaald {url}",
]
SPAM_WORDS = ["online casino", "gratis spins", "viagra zonder recept", "lenen zonder BKR", "sexdate", "sportweddenschappen", "afslankpillen", "escort", "casino zonder CRUKS"]

SPAM_LEXICON_ENTRY: dict[str, list[str]] = {
    "casino": ["online casino echt geld", "gratis spins", "bonus zonder storting", "gokkasten", "live roulette", "casino zonder CRUKS", "casino zonder vergunning"],
    "betting": ["sportweddenschappen tips", "zekere weddenschappen", "wedden zonder CRUKS", "voetbalvoorspellingen", "beste odds"],
    "pharma": ["viagra zonder recept", "goedkope cialis", "online apotheek zonder recept", "afslankpillen", "potentiemiddel bestellen"],
    "loans": ["lenen zonder BKR", "snel geld lenen", "direct geld op je rekening", "lening zonder loonstrook", "flitskrediet"],
    "adult": ["sexdate", "escort", "erotische webcam", "gratis porno", "sekscontact"],
    "fake": ["rijbewijs kopen", "replica horloges", "nep diploma", "vals paspoort", "namaak tassen"],
    "money": ["geld verdienen vanuit huis", "verdien 500 euro per dag", "passief inkomen", "crypto trading bot", "snel rijk worden"],
    "cta": ["Meld je nu aan", "Klik hier", "Beperkte aanbieding", "App ons via WhatsApp", "Word lid van onze Telegram", "Bekijk nu"],
    "money_unit": ["€", "euro", "EUR"],
}

TOPICS = [
    ("Nieuwe fietsenstalling bij het station na jaren open", [
        "Na bijna drie jaar bouwen is de nieuwe ondergrondse fietsenstalling bij het centraal station zaterdag officieel geopend door de wethouder.",
        "De stalling biedt plaats aan ruim 6.000 fietsen en moet een einde maken aan de rijen fout geparkeerde fietsen op het stationsplein.",
        "De eerste 24 uur parkeren is gratis, daarna betalen fietsers 1,35 euro per dag met hun ov-chipkaart of bankpas.",
        "Volgens de gemeente worden fietsen die na de opening nog buiten de vakken staan na een waarschuwing zonder pardon verwijderd.",
        "Omwonenden zijn blij met de nieuwe stalling, al klagen sommigen dat de ingang aan de achterkant van het station lastig te vinden is.",
    ]),
    ("Huizenprijzen stijgen opnieuw harder dan verwacht", [
        "De gemiddelde verkoopprijs van een koopwoning lag in het derde kwartaal ruim 9 procent hoger dan in dezelfde periode een jaar eerder.",
        "Volgens makelaars is het aanbod nog altijd zeer krap, waardoor kopers in veel steden weer flink boven de vraagprijs moeten bieden.",
        "De gedaalde hypotheekrente en de gestegen lonen zorgen ervoor dat huishoudens op dit moment meer kunnen lenen dan vorig jaar.",
        "Starters hebben het daardoor opnieuw moeilijk, omdat zij moeten concurreren met doorstromers die de overwaarde van hun huidige woning meenemen.",
        "Economen verwachten dat de prijsstijging volgend jaar iets afzwakt, maar een echte daling zien zij voorlopig niet gebeuren.",
    ]),
    ("Eredivisie: winnende treffer diep in blessuretijd", [
        "Dankzij een doelpunt diep in blessuretijd heeft de thuisploeg zondagmiddag met 2-1 gewonnen van de nummer drie van de Eredivisie.",
        "De bezoekers kwamen kort na rust op voorsprong via een strafschop die pas na tussenkomst van de VAR werd toegekend.",
        "'We zijn blijven geloven tot de laatste seconde en dat is precies de mentaliteit die ik wil zien,' zei de trainer na afloop tevreden.",
        "Door de overwinning klimt de ploeg naar de vijfde plaats en is het gat met de Europese plekken nog maar twee punten.",
        "Het stadion was met 25.000 toeschouwers opnieuw uitverkocht, en na het laatste fluitsignaal bleven de supporters nog lang zingen.",
    ]),
    ("Meer bewegen? Begin gewoon met kleine stappen", [
        "Volgens de Beweegrichtlijnen zouden volwassenen minstens 150 minuten per week matig intensief moeten bewegen, verspreid over meerdere dagen.",
        "Toch haalt bijna de helft van de Nederlanders die norm niet, vaak omdat ze denken dat ze daarvoor naar de sportschool moeten.",
        "Fysiotherapeuten adviseren om klein te beginnen, bijvoorbeeld door dagelijks een kwartier te wandelen of de trap te nemen in plaats van de lift.",
        "Ook lang stilzitten is ongezond, dus sta elk halfuur even op en loop een rondje als je veel achter een bureau werkt.",
        "Heb je hart- of longklachten, overleg dan eerst met je huisarts voordat je aan een nieuw trainingsschema begint.",
    ]),
    ("Recept: ouderwetse boerenkoolstamppot met rookworst", [
        "Voor vier personen heb je ongeveer een kilo kruimige aardappelen, 500 gram gesneden boerenkool en een flinke rookworst nodig.",
        "Schil de aardappelen, snijd ze in gelijke stukken en kook ze in ruim twintig minuten gaar in water met een snufje zout.",
        "Leg de boerenkool de laatste tien minuten bovenop de aardappelen, zodat de kool in de stoom mee kan garen.",
        "Giet alles af en stamp de aardappelen en boerenkool fijn met een flinke klont boter en een scheut warme melk.",
        "Breng op smaak met peper en zout, en serveer de stamppot met plakjes rookworst, een kuiltje jus en eventueel wat gebakken spekjes.",
    ]),
    ("Review: deze draadloze stofzuiger van 250 euro verrast", [
        "We hebben de draadloze steelstofzuiger twee weken lang gebruikt in een rijtjeshuis met twee kinderen, een kat en veel laminaat.",
        "Op harde vloeren zuigt het apparaat uitstekend, maar op hoogpolig tapijt moet je de turbostand gebruiken, wat ten koste gaat van de accuduur.",
        "In de normale stand hield de accu het in onze test ongeveer 45 minuten vol, genoeg om de hele benedenverdieping schoon te krijgen.",
        "Het opvangbakje is met een halve liter aan de kleine kant, en het legen ervan gaat helaas niet altijd zonder stofwolkje.",
        "Ons oordeel: voor deze prijs een prima keuze voor wie vooral harde vloeren heeft en niet te veel geld wil uitgeven.",
    ]),
    ("Chipmachinefabrikant investeert miljarden in nieuwe vestiging", [
        "Een Nederlandse fabrikant van chipmachines gaat de komende vijf jaar enkele miljarden euro's investeren in een nieuwe productielocatie in Brabant.",
        "Het bedrijf verwacht daar uiteindelijk zo'n 20.000 extra banen te creëren, van hoogopgeleide technici tot medewerkers in de logistiek.",
        "Het kabinet heeft toegezegd extra te investeren in woningbouw, infrastructuur en technisch onderwijs in de regio om de groei mogelijk te maken.",
        "Vakbonden en omwonenden maken zich wel zorgen over de druk op de woningmarkt en het overvolle stroomnet in de provincie.",
    ]),
    ("Op de fiets door de Achterhoek", [
        "Wie een rustige vakantie zoekt zonder lange autoreis, vindt in de Achterhoek honderden kilometers fietspaden langs boerderijen, bossen en kastelen.",
        "Het knooppuntennetwerk maakt het eenvoudig om zelf een route samen te stellen, van een korte rondrit van 25 kilometer tot een meerdaagse tocht.",
        "Onderweg kun je stoppen bij een van de vele boerderijwinkels voor verse streekproducten of een kop koffie met een plak krentenwegge.",
        "Overnachten kan in kleine hotels, op boerencampings of in een van de bed & breakfasts die speciaal ingericht zijn op fietsers.",
        "Houd er wel rekening mee dat veel cafés en restaurants op het platteland op maandag en dinsdag hun deuren gesloten houden.",
    ]),
    ("Lerarentekort: scholen zetten vaker onbevoegde docenten voor de klas", [
        "Steeds meer basisscholen zien zich door het aanhoudende lerarentekort genoodzaakt om onbevoegde invallers voor de klas te zetten.",
        "Uit een rondgang onder schoolbesturen blijkt dat vooral scholen in de grote steden grote moeite hebben om hun vacatures te vullen.",
        "Sommige scholen kiezen voor een vierdaagse lesweek, waarbij leerlingen op de vijfde dag zelfstandig werken of les krijgen van vakdocenten.",
        "De onderwijsinspectie waarschuwt dat de kwaliteit van het onderwijs daardoor onder druk komt te staan, vooral bij rekenen en taal.",
    ]),
    ("Code oranje in kustprovincies: zware windstoten verwacht", [
        "Het KNMI heeft voor de kustprovincies code oranje afgegeven vanwege zware windstoten van 100 tot 110 kilometer per uur.",
        "De storm bereikt naar verwachting vanavond rond 18.00 uur de kust en trekt daarna in de loop van de nacht verder landinwaarts.",
        "Rijkswaterstaat raadt weggebruikers aan om onnodige ritten uit te stellen en rekening te houden met omgewaaide bomen en kantelende aanhangwagens.",
        "Ook de NS verwacht veel hinder en rijdt op enkele trajecten in het noorden en westen van het land met minder treinen.",
        "Vanaf donderdag wordt het volgens de weerkundigen een stuk rustiger, met wat zon en temperaturen rond de 12 graden.",
    ]),
    ("Museum toont zeldzame tekeningen uit de Gouden Eeuw", [
        "Het stedelijk museum presenteert deze zomer een tentoonstelling met ruim honderd zeventiende-eeuwse tekeningen die nooit eerder samen te zien waren.",
        "De werken komen uit particuliere collecties in binnen- en buitenland en zijn vanwege hun kwetsbaarheid maar drie maanden te bezichtigen.",
        "Volgens de conservator laten de schetsen zien hoe kunstenaars hun schilderijen voorbereidden, met aantekeningen over kleur en licht in de kantlijn.",
        "Tickets kosten 17,50 euro en moeten vooraf online worden gereserveerd, maar met een Museumkaart is de toegang gratis.",
    ]),
    ("Gemeente maakt bekend: vervanging riolering Prinses Irenestraat", [
        "De gemeente vervangt vanaf maandag 3 juni de riolering in de Prinses Irenestraat en een deel van de Julianalaan.",
        "Tijdens de werkzaamheden is de straat afgesloten voor doorgaand verkeer, maar bewoners kunnen hun woning te voet altijd bereiken.",
        "Het afval wordt in deze periode op een aangepaste plek opgehaald; u kunt de containers op de ophaaldag aan het begin van de straat zetten.",
        "Op dinsdag 28 mei organiseren we een informatieavond in het buurthuis, waar u vragen kunt stellen aan de aannemer en de projectleider.",
        "Heeft u na het lezen van deze brief nog vragen over het project, neem dan contact op met de gemeente via telefoonnummer 14 gevolgd door uw netnummer.",
    ]),
    ("Kansspelautoriteit beboet illegaal online casino", [
        "De Kansspelautoriteit heeft een online casino zonder Nederlandse vergunning een boete van ruim één miljoen euro opgelegd.",
        "Het bedrijf bood via een Nederlandstalige website gokspellen aan en accepteerde betalingen met iDEAL, wat volgens de toezichthouder wijst op gerichte werving van Nederlandse spelers.",
        "Sinds de legalisering van online kansspelen in 2021 mogen alleen aanbieders met een vergunning zich op de Nederlandse markt richten.",
        "Verslavingsdeskundigen pleiten daarnaast voor strengere regels, zoals lagere stortingslimieten voor jongvolwassenen tot 24 jaar en een verbod op reclame.",
        "Spelers kunnen zich vrijwillig laten inschrijven in het Centraal Register Uitsluiting Kansspelen, dat voor alle legale aanbieders geldt.",
    ]),
    ("Autoriteit Persoonsgegevens: veel cookiebanners in strijd met de wet", [
        "De Autoriteit Persoonsgegevens heeft honderden websites gecontroleerd en concludeert dat een groot deel de regels voor cookiebanners niet naleeft.",
        "Volgens de toezichthouder moet het weigeren van trackingcookies voor bezoekers net zo eenvoudig zijn als het accepteren ervan.",
        "Websites die bezoekers pas toegang geven nadat ze alle cookies hebben geaccepteerd, handelen in veel gevallen in strijd met de AVG.",
        "Ook vooraf aangevinkte vakjes en weigerknoppen die verstopt zitten achter een extra menu zijn niet toegestaan, benadrukt de AP.",
        "Organisaties die hun banner na een waarschuwing niet aanpassen, riskeren een last onder dwangsom of een forse boete.",
    ]),
    ("Warmtepomp maakt 's nachts veel lawaai, is dat normaal?", [
        "Vraag: sinds een paar weken maakt de buitenunit van onze warmtepomp 's nachts een brommend geluid, is dat normaal of moet ik de installateur bellen?",
        "Antwoord: een zacht brommend geluid is normaal, zeker bij vorst, omdat de unit dan vaker ontdooit en harder moet werken.",
        "Controleer wel of de unit stevig op trillingsdempers staat en niet tegen een muur of schutting aan trilt, want dat versterkt het geluid enorm.",
        "Wij hadden precies hetzelfde probleem en het bleek een losgeraakte schroef in de behuizing te zijn, na vijf minuten werk was het opgelost.",
        "Als het geluid plotseling veel harder is geworden, zou ik toch de installateur laten kijken voordat er echt iets kapotgaat.",
    ]),
    ("Dienstregeling openbaar vervoer tijdens de feestdagen", [
        "Op eerste en tweede kerstdag rijden bussen en trams volgens de zondagdienstregeling, met de eerste ritten vanaf ongeveer 7.00 uur.",
        "Op oudejaarsdag stopt het openbaar vervoer vroeger dan normaal en vertrekken de laatste bussen rond 20.00 uur vanaf het centraal station.",
        "Op nieuwjaarsdag start de dienstregeling pas rond 10.00 uur en rijden de nachtbussen in de hele regio niet.",
        "Tussen Kerst en Oud en Nieuw geldt op de meeste lijnen een vakantiedienstregeling met iets minder ritten in de ochtend- en avondspits.",
        "Raadpleeg voor vertrek altijd de reisplanner, want door werkzaamheden aan het spoor kunnen de vertrektijden afwijken.",
    ]),
]
SUBHEADS = ["Achtergrond", "Wat betekent dit?", "Conclusie", "Ingrediënten", "Bereiding", "Voordelen", "Nadelen", "Specificaties", "Reacties", "Hoe nu verder?", "Zo hebben we getest", "Veelgestelde vragen"]
LIST_ITEMS = ["Gewicht: 2,6 kg", "Accuduur: 45 minuten", "Prijs: € 249", "1 kg kruimige aardappelen", "500 g gesneden boerenkool", "1 rookworst", "- Pluspunt: zuigt goed op harde vloeren", "- Minpunt: klein opvangbakje", "Cijfer: 8/10"]
