# ruff: noqa: E501, RUF001
"""Polish page furniture and article text, written for this project."""

MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
DATES = ["{d} {month} {y}", "{dd}.{mm}.{y}", "{dd}.{mm}.{y}, {H}:{M}", "{y}-{mm}-{dd}", "Aktualizacja: {dd}.{mm}.{y} {H}:{M}", "{d} {month} {y}, godz. {H}:{M}", "Opublikowano: {d} {month} {y}"]
MENU = ["Strona główna", "Wiadomości", "Kraj", "Świat", "Polityka", "Gospodarka", "Biznes", "Sport", "Piłka nożna", "Kultura", "Nauka", "Technologie", "Zdrowie", "Motoryzacja", "Podróże", "Styl życia", "Opinie", "Wideo", "Podcasty", "Pogoda", "Regiony", "Nieruchomości", "Praca", "Prenumerata", "Zaloguj się", "Kontakt", "Redakcja", "Archiwum", "Reklama", "Newsletter"]
HOME = ["Strona główna", "Start", "Główna"]
SOURCES = ["Kurier Nadwiślański", "Gazeta Miejska Online", "Dziennik Regionalny", "PAP", "Tygodnik Powiatowy", "TechnoPortal", "Puls Rynku", "Sport Ekspres", "Zdrowie na co dzień", "Wieści Podkarpackie"]
AUTHORS = ["Anna Kowalska", "Piotr Nowak", "Katarzyna Wiśniewska", "Tomasz Wójcik", "Magdalena Kamińska", "Marcin Lewandowski", "Agnieszka Zielińska", "Paweł Szymański", "Joanna Dąbrowska", "Krzysztof Woźniak"]
BYLINES = ["Autor: {author}", "{author} | {date}", "{date} | {source}", "Opublikowano: {date}", "{author}, {source}", "Aktualizacja: {date}", "Czas czytania: {k} min", "{date} · {n} komentarzy", "Źródło: {source}", "oprac. {author}"]
TAG_LABELS = ["Tagi:", "Tematy:", "Słowa kluczowe:", "Czytaj więcej o:", "Kategorie:"]
EDITOR = ["Redakcja: {author}", "Opracowanie: {author}", "Współpraca: {author}", "(PAP)", "Tekst: {author}, zdjęcia: {source}"]
NAV_PHRASES = ["Czytaj więcej", "Czytaj dalej", "Udostępnij", "Udostępnij artykuł", "Drukuj", "Do góry", "Przejdź do treści", "Menu", "Szukaj", "Zaloguj się", "Zarejestruj się", "Zaprenumeruj", "Zapisz się do newslettera", "Reklama", "Materiał sponsorowany", "Artykuł sponsorowany", "Poprzedni", "Następny", "« Poprzednia | Następna »", "Strona 1 z 4", "Następna strona", "Załaduj więcej", "Pokaż wszystkie", "Najczęściej czytane", "Komentarze", "Komentarze ({n})", "{n} komentarzy", "Dodaj komentarz", "{n} wyświetleń", "{n}", "Witamy w serwisie {source}!", "Zeskanuj kod QR i pobierz aplikację", "Obserwuj nas", "Facebook Twitter WhatsApp E-mail", "Galeria zdjęć", "Posłuchaj artykułu", "?", "»", "Zamknij"]
NAV_TEMPLATES = ["Poprzedni artykuł: {title}", "Następny artykuł: {title}", "Czytaj także: {title}", "Zobacz również: {title}", "ZOBACZ: {title}", "Polecamy: {title}"]
RELATED_HEADERS = ["Powiązane artykuły", "Może cię zainteresować", "Najczęściej czytane", "Najnowsze wiadomości", "Polecane", "Czytaj także"]
FORUM = ["Odpowiedz | Cytuj | Zgłoś", "Post wysłany przez {author} dnia {date}", "Dołączył(a): {date}", "Posty: {n}", "{author} napisał(a):", "Re: {title}", "Ostatnio edytowany przez {author}", "Na forum od {y}", "Podziękuj · Cytuj · #{n}"]
COMMENT_CHROME = ["Komentarze", "Dodaj komentarz", "Twój adres e-mail nie zostanie opublikowany.", "Opublikuj komentarz", "Sortuj: od najnowszych", "Zaloguj się, aby skomentować", "Skomentuj jako pierwszy"]
COPYRIGHT = ["© {year} {source}. Wszelkie prawa zastrzeżone.", "Copyright © {year} {source}", "Wszelkie prawa zastrzeżone. Kopiowanie i rozpowszechnianie materiałów bez zgody wydawcy jest zabronione.", "© {source} {year}"]
REPRINT = ["Przedruk wyłącznie za zgodą redakcji.", "Artykuł ukazał się pierwotnie w serwisie {source}.", "Dalsze rozpowszechnianie artykułu wyłącznie za pisemną zgodą wydawcy."]
DISCLAIMERS = [
    "Zastrzeżenie: treści publikowane w serwisie mają charakter wyłącznie informacyjny i nie stanowią porady prawnej ani inwestycyjnej.",
    "Artykuł wyraża wyłącznie opinię autora i nie musi odzwierciedlać stanowiska redakcji.",
    "Informacje zawarte w artykule nie zastępują konsultacji z lekarzem; w razie wątpliwości skontaktuj się ze specjalistą.",
    "Artykuł zawiera linki afiliacyjne. Jeśli dokonasz zakupu za ich pośrednictwem, możemy otrzymać prowizję, co nie wpływa na cenę produktu.",
    "Inwestowanie w kryptowaluty wiąże się z wysokim ryzykiem utraty całości zainwestowanego kapitału.",
    "Hazard może uzależniać. Graj odpowiedzialnie. Treści przeznaczone wyłącznie dla osób pełnoletnich.",
    "Redakcja nie ponosi odpowiedzialności za treść komentarzy ani zawartość stron zewnętrznych.",
]
COOKIE = ["Ta strona korzysta z plików cookie, aby zapewnić Ci najlepsze doświadczenia. Dalsze korzystanie ze strony oznacza zgodę na ich użycie.", "Akceptuję wszystkie", "Tylko niezbędne", "Ustawienia plików cookie", "Twoja prywatność jest dla nas ważna", "Odrzuć wszystkie"]
PRIVACY = ["Polityka prywatności | Regulamin | Kontakt", "Polityka prywatności", "Regulamin serwisu", "Polityka cookies · RODO · Ustawienia prywatności · Kontakt", "Korzystając z serwisu, akceptujesz jego regulamin oraz politykę prywatności.", "Administratorem Twoich danych osobowych jest {source}."]
SPAM_PROSE = [
    "Najlepsze kasyno online {y}: {n} darmowych spinów bez depozytu na {url}",
    "Viagra i Cialis bez recepty, dyskretna wysyłka w 24h {url}",
    "Chwilówka bez BIK i bez zaświadczeń, pieniądze na koncie nawet w 15 minut: {url}",
    "Zarabiaj {n} zł dziennie z domu, bez doświadczenia i bez szefa {url}",
    "Samotne kobiety z Twojej okolicy czekają na wiadomość {url}",
    "Zakłady bukmacherskie z najwyższymi kursami – odbierz bonus powitalny {url}",
    "Prawo jazdy bez egzaminu, dokumenty kolekcjonerskie, dzwoń: {phone}",
]
SPAM_WORDS = ["kasyno online", "darmowe spiny", "chwilówka bez BIK", "viagra bez recepty", "zakłady bukmacherskie", "anonse towarzyskie", "sex randki", "tabletki na odchudzanie"]

SPAM_LEXICON_ENTRY: dict[str, list[str]] = {
    "casino": ["kasyno online na prawdziwe pieniądze", "darmowe spiny", "bonus bez depozytu", "automaty do gry", "ruletka na żywo", "kasyno bez weryfikacji"],
    "betting": ["typy bukmacherskie", "pewne kupony", "ustawione mecze", "bonus bukmacherski", "zakłady bez podatku"],
    "pharma": ["viagra bez recepty", "tania cialis", "apteka internetowa bez recepty", "tabletki na odchudzanie", "tabletki na potencję"],
    "loans": ["chwilówka bez BIK", "pożyczka dla zadłużonych", "kredyt bez zaświadczeń", "pierwsza pożyczka za darmo", "pożyczka na dowód"],
    "adult": ["anonse towarzyskie", "sex randki", "kamerki erotyczne", "darmowe porno", "spotkania dla dorosłych"],
    "fake": ["prawo jazdy bez egzaminu", "dowód kolekcjonerski", "podróbki zegarków", "dyplom do kupienia", "zwolnienie lekarskie online bez wizyty"],
    "money": ["praca zdalna bez doświadczenia", "zarabiaj 500 zł dziennie", "dochód pasywny", "bot do tradingu", "inwestycja z gwarancją zysku"],
    "cta": ["Zarejestruj się teraz", "Kliknij tutaj", "Oferta ograniczona", "Napisz na WhatsApp", "Dołącz do grupy na Telegramie", "Sprawdź teraz"],
    "money_unit": ["zł", "PLN", "złotych"],
}

TOPICS = [
    ("Nowy most na Warcie otwarty dla ruchu", [
        "Po niemal dwóch latach budowy nowy most na Warcie został w piątek oficjalnie otwarty dla samochodów, rowerzystów i pieszych.",
        "Przeprawa ma odciążyć centrum miasta, przez które codziennie przejeżdżało dotąd kilkanaście tysięcy pojazdów jadących w kierunku obwodnicy.",
        "Inwestycja kosztowała ponad 180 milionów złotych, z czego znaczną część pokryto ze środków unijnych przeznaczonych na rozwój transportu.",
        "Mieszkańcy okolicznych osiedli od lat apelowali o nowe połączenie, ale część z nich obawia się teraz wzmożonego hałasu pod oknami.",
        "Na moście obowiązuje ograniczenie prędkości do 50 km/h, a na obu jego końcach zamontowano urządzenia do odcinkowego pomiaru prędkości.",
    ]),
    ("Stopy procentowe bez zmian, kredytobiorcy muszą poczekać", [
        "Rada Polityki Pieniężnej na zakończonym w środę posiedzeniu po raz kolejny pozostawiła stopy procentowe na niezmienionym poziomie.",
        "Decyzja była zgodna z przewidywaniami większości ekonomistów, którzy nie spodziewali się zmian przed publikacją nowej projekcji inflacji.",
        "Prezes banku centralnego tłumaczył podczas konferencji prasowej, że niepewność dotycząca cen energii nie pozwala jeszcze na rozpoczęcie obniżek.",
        "Kredytobiorcy ze zmiennym oprocentowaniem muszą zatem jeszcze poczekać na spadek rat, choć część analityków spodziewa się cięć w przyszłym roku.",
        "Po ogłoszeniu decyzji złoty lekko umocnił się wobec euro i dolara, a rentowności obligacji skarbowych nieznacznie spadły.",
    ]),
    ("Ekstraklasa: zwycięstwo w doliczonym czasie gry", [
        "Gospodarze zapewnili sobie trzy punkty dzięki bramce zdobytej w czwartej minucie doliczonego czasu gry, gdy mało kto wierzył już w zwycięstwo.",
        "Goście prowadzili od 52. minuty po rzucie karnym podyktowanym po analizie VAR, a wyrównanie padło dopiero kwadrans przed końcem meczu.",
        "Trener po meczu chwalił charakter zespołu i podkreślał, że jego piłkarze do ostatniego gwizdka wierzyli, że mogą odwrócić losy spotkania.",
        "Dzięki wygranej drużyna awansowała na czwarte miejsce w tabeli i traci już tylko dwa punkty do miejsc premiowanych grą w europejskich pucharach.",
        "Spotkanie obejrzało z trybun ponad 20 tysięcy kibiców, którzy po końcowym gwizdku długo świętowali razem z piłkarzami.",
    ]),
    ("Jak chronić się przed grypą w sezonie jesiennym", [
        "Lekarze przypominają, że najskuteczniejszym sposobem ochrony przed ciężkim przebiegiem grypy pozostaje coroczne szczepienie wykonane przed szczytem zachorowań.",
        "Szczepionka jest szczególnie zalecana osobom po 65. roku życia, kobietom w ciąży oraz pacjentom cierpiącym na choroby przewlekłe.",
        "Równie ważne są proste nawyki, takie jak częste mycie rąk, regularne wietrzenie pomieszczeń i unikanie dotykania twarzy w miejscach publicznych.",
        "Osoby z gorączką i bólem mięśni powinny zostać w domu, aby nie zarażać współpracowników, kolegów ze szkoły ani starszych członków rodziny.",
        "Jeśli objawy nasilają się po trzech dniach lub pojawia się duszność, należy niezwłocznie skontaktować się z lekarzem rodzinnym.",
    ]),
    ("Przepis na domowy żurek", [
        "Do przygotowania żurku dla czterech osób potrzebujemy pół litra zakwasu, dwóch białych kiełbas, kawałka wędzonego boczku i kilku ziemniaków.",
        "Kiełbasę i boczek zalewamy półtora litra wody, dodajemy liść laurowy oraz ziele angielskie i gotujemy na małym ogniu przez około 20 minut.",
        "Następnie wyjmujemy kiełbasę, wlewamy zakwas, dodajemy przeciśnięty czosnek i majeranek, a całość gotujemy jeszcze przez kilka minut.",
        "Na koniec doprawiamy zupę solą i pieprzem, a jeśli lubimy łagodniejszy smak, możemy zabielić ją odrobiną słodkiej śmietanki.",
        "Żurek podajemy z pokrojoną kiełbasą, połówkami ugotowanego jajka i ziemniakami albo tradycyjnie w wydrążonym chlebowym bochenku.",
    ]),
    ("Test: robot sprzątający za niecałe 1500 zł", [
        "Przez trzy tygodnie testowaliśmy robota sprzątającego, który kosztuje niecałe 1500 zł, a oferuje funkcje znane dotąd głównie z droższych modeli.",
        "Urządzenie sprawnie radzi sobie z panelami i płytkami, choć na grubszych dywanach zdarza mu się zostawić okruchy w rogach pokoju.",
        "Mapowanie mieszkania za pomocą czujnika laserowego trwało kilkanaście minut, a aplikacja pozwala łatwo wyznaczyć strefy, których robot ma unikać.",
        "Na jednym ładowaniu robot sprzątał mieszkanie o powierzchni około 80 metrów kwadratowych, po czym samodzielnie wracał do stacji dokującej.",
        "Podsumowując, to rozsądny wybór dla osób, które chcą odciążyć się w codziennych porządkach, ale nie potrzebują automatycznego mopowania.",
    ]),
    ("Polscy naukowcy opracowali tańszą metodę recyklingu baterii", [
        "Zespół badaczy z jednej z polskich politechnik opracował metodę odzyskiwania litu i niklu ze zużytych akumulatorów przy znacznie niższym zużyciu energii.",
        "Dotychczasowe procesy wymagały bardzo wysokich temperatur, tymczasem nowa technologia opiera się na rozpuszczalnikach działających w temperaturze pokojowej.",
        "Według autorów badania z jednej tony zużytych baterii można w ten sposób odzyskać nawet 95 procent cennych metali.",
        "Pierwsza instalacja pilotażowa ma powstać w przyszłym roku we współpracy z firmą zajmującą się przetwarzaniem odpadów elektronicznych.",
    ]),
    ("Bieszczady poza sezonem: dokąd wybrać się jesienią", [
        "Jesień to jeden z najpiękniejszych okresów na wyprawę w Bieszczady, gdy połoniny mienią się kolorami, a na szlakach jest znacznie spokojniej niż latem.",
        "Na początek warto wybrać trasę z Wołosatego na Tarnicę, która zajmuje około trzech godzin i nie wymaga specjalnego przygotowania kondycyjnego.",
        "Wstęp do Bieszczadzkiego Parku Narodowego jest płatny, a bilety można kupić w kasach przy wejściach na szlaki lub wcześniej przez internet.",
        "Noclegi w agroturystykach są jesienią wyraźnie tańsze, ale na październikowe weekendy warto zarezerwować je z kilkutygodniowym wyprzedzeniem.",
        "Pamiętajcie, że pogoda w górach zmienia się bardzo szybko, dlatego w plecaku zawsze powinna się znaleźć kurtka przeciwdeszczowa i latarka.",
    ]),
    ("Matura: wyniki opublikowane, co dalej z poprawkami?", [
        "Centralna Komisja Egzaminacyjna opublikowała wyniki tegorocznych egzaminów maturalnych, do których przystąpiło ponad 270 tysięcy absolwentów szkół średnich.",
        "Najwięcej trudności maturzystom sprawiła ponownie matematyka na poziomie podstawowym, której nie zdał mniej więcej co ósmy zdający.",
        "Uczniowie, którzy nie uzyskali wymaganych 30 procent punktów z jednego przedmiotu, mogą przystąpić do egzaminu poprawkowego w sierpniu.",
        "Wyniki są dostępne w internetowym systemie komisji, a świadectwa dojrzałości szkoły wydadzą absolwentom jeszcze w tym tygodniu.",
    ]),
    ("IMGW ostrzega przed burzami z gradem na południu kraju", [
        "Instytut Meteorologii i Gospodarki Wodnej wydał ostrzeżenia drugiego stopnia przed burzami z gradem dla pięciu województw na południu kraju.",
        "Synoptycy prognozują opady deszczu do 40 litrów na metr kwadratowy oraz porywy wiatru dochodzące miejscami nawet do 90 km/h.",
        "Straż pożarna apeluje, aby zabezpieczyć przedmioty na balkonach i tarasach, a samochodów nie parkować pod wysokimi drzewami.",
        "Od niedzieli do Polski ma napływać chłodniejsze powietrze znad Skandynawii, a temperatura w ciągu dnia spadnie do około 20 stopni.",
    ]),
    ("Muzeum otwiera wystawę poświęconą polskiej szkole plakatu", [
        "Muzeum Narodowe otworzyło w sobotę wystawę poświęconą polskiej szkole plakatu, na której pokazano ponad trzysta prac z lat 50. i 60.",
        "Wśród eksponatów znalazły się słynne plakaty filmowe i teatralne, a także mniej znane projekty odnalezione niedawno w prywatnych archiwach.",
        "Kuratorka wystawy podkreśla, że plakat był wówczas jedną z nielicznych przestrzeni, w których artyści mogli pozwolić sobie na dużą swobodę.",
        "Ekspozycję można oglądać do końca lutego, a w każdy wtorek wstęp na wystawy stałe i czasowe muzeum jest bezpłatny.",
    ]),
    ("Komunikat: przebudowa ulicy Kościuszki i zmiany w organizacji ruchu", [
        "Zarząd Dróg Miejskich informuje, że od poniedziałku rozpocznie się przebudowa nawierzchni ulicy Kościuszki na odcinku od ronda do ulicy Polnej.",
        "W czasie prac ruch odbywać się będzie wahadłowo, a przystanek autobusowy przy szkole podstawowej zostanie tymczasowo przeniesiony o 150 metrów.",
        "Mieszkańcy posesji położonych przy remontowanym odcinku zachowają dojazd do swoich domów, jednak mogą wystąpić krótkotrwałe utrudnienia.",
        "Zakończenie robót planowane jest na koniec października, o ile pozwolą na to warunki atmosferyczne i nie wystąpią nieprzewidziane kolizje z sieciami.",
        "Za wszelkie utrudnienia przepraszamy i prosimy kierowców o stosowanie się do tymczasowego oznakowania ustawionego na czas prac.",
    ]),
    ("Rejestr zakazanych stron hazardowych ma już ponad 40 tysięcy adresów", [
        "Rejestr domen prowadzony przez Ministerstwo Finansów zawiera już ponad 40 tysięcy adresów stron oferujących nielegalne gry hazardowe w internecie.",
        "Zgodnie z ustawą o grach hazardowych kasyno internetowe może w Polsce prowadzić wyłącznie spółka Skarbu Państwa, a zakłady wzajemne tylko licencjonowani bukmacherzy.",
        "Dostawcy internetu mają obowiązek blokować strony wpisane do rejestru, a banki nie mogą realizować płatności na rzecz nielegalnych operatorów.",
        "Eksperci zauważają jednak, że operatorzy szybko tworzą nowe domeny, a reklamy zagranicznych kasyn wciąż docierają do młodych ludzi przez media społecznościowe.",
        "Za udział w nielegalnych grach hazardowych grozi kara grzywny, o czym według badań nie wie znaczna część graczy.",
    ]),
    ("UODO: baner cookie nie może utrudniać odmowy zgody", [
        "Prezes Urzędu Ochrony Danych Osobowych przypomniał, że zgoda na pliki cookie musi być dobrowolna, świadoma i wyrażona w sposób jednoznaczny.",
        "Oznacza to, że użytkownik powinien móc odrzucić zbędne pliki cookie równie łatwo, jak je zaakceptować, najlepiej jednym kliknięciem.",
        "Tymczasem na wielu stronach przycisk odmowy jest ukryty w dodatkowych ustawieniach albo wyświetlany drobną, mało widoczną czcionką.",
        "Nowe przepisy Prawa komunikacji elektronicznej doprecyzowują obowiązki właścicieli stron internetowych i przewidują wyższe kary za ich naruszenie.",
        "Prawnicy radzą właścicielom sklepów internetowych, aby jak najszybciej przejrzeli swoje banery i zaktualizowali politykę prywatności.",
    ]),
    ("Wilgoć na ścianie w nowym mieszkaniu – co robić?", [
        "Pytanie: Od miesiąca mieszkam w nowym bloku i w sypialni na ścianie przy oknie pojawiły się ciemne plamy, czy to już pleśń i co z tym zrobić?",
        "Odpowiedź: W nowych budynkach ściany jeszcze oddają wilgoć technologiczną, dlatego pierwszej zimy trzeba szczególnie często wietrzyć mieszkanie.",
        "Sprawdź też, czy kratki wentylacyjne nie są zasłonięte i czy w oknach masz nawiewniki, bo szczelne okna bardzo często są przyczyną kondensacji.",
        "Miałem dokładnie to samo w zeszłym roku, pomógł osuszacz powietrza i zgłoszenie usterki do dewelopera w ramach rękojmi.",
        "Jeśli plamy wracają mimo regularnego wietrzenia, warto wezwać niezależnego inspektora budowlanego, zanim minie okres gwarancji.",
    ]),
    ("Rozkład jazdy komunikacji miejskiej w okresie świątecznym", [
        "W Wigilię autobusy i tramwaje będą kursować według rozkładu sobotniego do około godziny 16:00, a później według specjalnego rozkładu świątecznego.",
        "W pierwszy i drugi dzień świąt obowiązywać będzie rozkład niedzielny, a linie nocne wyjadą na trasy o zwykłych porach.",
        "Od 27 do 31 grudnia pojazdy będą jeździć według rozkładu wakacyjnego, co oznacza mniejszą częstotliwość kursów na liniach dowożących uczniów do szkół.",
        "W noc sylwestrową uruchomione zostaną dodatkowe kursy tramwajów, które między godziną 23:00 a 3:00 będą odjeżdżać co 15 minut.",
        "Szczegółowe rozkłady jazdy są dostępne na stronie internetowej przewoźnika, w aplikacji mobilnej oraz na tablicach przystankowych.",
    ]),
]
SUBHEADS = ["Tło", "Co to oznacza?", "Podsumowanie", "Składniki", "Przygotowanie", "Zalety", "Wady", "Dane techniczne", "Reakcje", "Co dalej?", "Jak testowaliśmy", "Najważniejsze pytania"]
LIST_ITEMS = ["Waga: 3,2 kg", "Czas pracy na baterii: 150 minut", "Cena: 1449 zł", "500 ml zakwasu na żurek", "2 białe kiełbasy", "4 jajka", "- Zaleta: cicha praca", "- Wada: słabo radzi sobie z dywanami", "Ocena: 8/10"]
