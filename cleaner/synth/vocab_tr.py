# ruff: noqa: E501, RUF001
"""Turkish page furniture and article text, written for this project."""

MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
DATES = ["{d} {month} {y}", "{dd}.{mm}.{y}", "{dd}.{mm}.{y} {H}:{M}", "{y}-{mm}-{dd}", "Güncelleme: {dd}.{mm}.{y} {H}:{M}", "{d} {month} {y}, {H}:{M}", "Yayınlanma: {d} {month} {y}"]
MENU = ["Ana Sayfa", "Gündem", "Son Dakika", "Siyaset", "Ekonomi", "Dünya", "Spor", "Futbol", "Magazin", "Kültür-Sanat", "Sağlık", "Teknoloji", "Bilim", "Eğitim", "Yaşam", "Otomobil", "Seyahat", "Yazarlar", "Video", "Foto Galeri", "Hava Durumu", "Emlak", "Finans", "Borsa", "Resmi İlanlar", "Künye", "İletişim", "Abone Ol", "Giriş Yap", "Arşiv", "Podcast"]
HOME = ["Ana Sayfa", "Anasayfa", "Başlangıç"]
SOURCES = ["Ege Postası", "Anadolu Haber Merkezi", "Kent Gazetesi", "Marmara Günlüğü", "TeknoDünya", "Ekonomi Gündemi", "Spor Arena", "Sağlıklı Yaşam Rehberi", "Karadeniz Ekspres", "Başkent Haber"]
AUTHORS = ["Ayşe Yılmaz", "Mehmet Kaya", "Zeynep Demir", "Mustafa Şahin", "Elif Çelik", "Emre Yıldız", "Fatma Öztürk", "Burak Aydın", "Selin Arslan", "Can Doğan"]
BYLINES = ["Haber: {author}", "{author} | {date}", "{date} | {source}", "Yayınlanma: {date}", "{author} - {source}", "Son güncelleme: {date}", "Okuma süresi: {k} dk", "{date} · {n} yorum", "Kaynak: {source}", "Yazar: {author}"]
TAG_LABELS = ["Etiketler:", "Konular:", "Anahtar kelimeler:", "İlgili konular:", "Etiket:"]
EDITOR = ["Editör: {author}", "Haberi hazırlayan: {author}", "Düzenleyen: {author}", "Fotoğraf: {author}", "Muhabir: {author} / {source}"]
NAV_PHRASES = ["Devamını oku", "Haberin devamı", "Daha fazla göster", "Paylaş", "Haberi paylaş", "Yazdır", "Yukarı çık", "Başa dön", "İçeriğe geç", "Menü", "Ara", "Giriş yap", "Üye ol", "Kayıt ol", "Abone ol", "Bültene kaydol", "Reklam", "Sponsorlu içerik", "Önceki", "Sonraki", "« Önceki | Sonraki »", "Sayfa 1 / 5", "Sonraki sayfa", "Daha fazla yükle", "Tümünü gör", "En çok okunanlar", "Yorumlar", "Yorumlar ({n})", "{n} yorum", "Yorum yap", "{n} görüntülenme", "{n}", "Hoş geldiniz!", "Uygulamayı indirmek için QR kodu okutun", "Bizi takip edin", "Facebook Twitter WhatsApp E-posta", "Foto galeri", "Haberi sesli dinle", "?", "»", "Kapat", "Yükleniyor..."]
NAV_TEMPLATES = ["Önceki haber: {title}", "Sonraki haber: {title}", "Bunlar da ilginizi çekebilir: {title}", "İlgili haber: {title}", "Ayrıca okuyun: {title}", "SONRAKİ HABER: {title}"]
RELATED_HEADERS = ["İlgili Haberler", "Bunlar da ilginizi çekebilir", "En Çok Okunanlar", "Son Haberler", "Editörün Seçtikleri", "Benzer İçerikler"]
FORUM = ["Cevapla | Alıntıla | Şikayet et", "{author} tarafından {date} tarihinde gönderildi", "Kayıt tarihi: {date}", "Mesaj sayısı: {n}", "{author} şunu yazdı:", "Ynt: {title}", "En son {author} tarafından düzenlendi", "Üyelik tarihi: {y}", "Beğen · Alıntı yap · #{n}"]
COMMENT_CHROME = ["Yorumlar", "Yorum yazın", "E-posta adresiniz yayınlanmayacak.", "Yorumu gönder", "Önce en yeniler", "Yorum yapmak için giriş yapın", "İlk yorumu siz yapın"]
COPYRIGHT = ["© {year} {source}. Tüm hakları saklıdır.", "Copyright © {year} {source}", "Tüm hakları saklıdır. İçerikler izinsiz kullanılamaz, kaynak gösterilmeden alıntılanamaz.", "© {source} {year}"]
REPRINT = ["Bu haber ilk olarak {source} tarafından yayımlanmıştır.", "Haberlerin izinsiz kopyalanması ve yeniden yayımlanması yasaktır.", "Kaynak gösterilmeden alıntı yapılamaz; ayrıntılı bilgi için {source} ile iletişime geçiniz."]
DISCLAIMERS = [
    "Yasal uyarı: Bu sitede yer alan bilgiler yalnızca genel bilgilendirme amaçlıdır ve yatırım danışmanlığı kapsamında değildir.",
    "Yazıda yer alan görüşler yazara aittir ve {source} yayın politikasını yansıtmayabilir.",
    "Bu içerik tıbbi tavsiye yerine geçmez; sağlık sorunlarınız için mutlaka bir hekime başvurunuz.",
    "Bu sayfadaki bazı bağlantılar satış ortaklığı bağlantısıdır; bu bağlantılar üzerinden yapılan alışverişlerden komisyon alabiliriz.",
    "Kripto paralar ve kaldıraçlı ürünlerde işlem yapmak yüksek risk içerir ve sermayenizin tamamını kaybetmenize yol açabilir.",
    "Harici bağlantıların içeriğinden sitemiz sorumlu değildir.",
    "Okuyucu yorumları yazanlara aittir; hukuka aykırı yorumlardan {source} sorumlu tutulamaz.",
]
COOKIE = ["Size daha iyi bir deneyim sunmak için çerezler kullanıyoruz. Siteyi kullanmaya devam ederek çerez kullanımını kabul etmiş olursunuz.", "Tümünü kabul et", "Yalnızca zorunlu çerezler", "Çerez ayarları", "Gizliliğiniz bizim için önemlidir", "Reddet"]
PRIVACY = ["Gizlilik Politikası | Kullanım Koşulları | İletişim", "KVKK Aydınlatma Metni", "Çerez Politikası", "Künye · Gizlilik · Çerez Ayarları · İletişim", "Bu siteyi kullanarak Kullanım Koşulları'nı ve Gizlilik Politikası'nı kabul etmiş sayılırsınız.", "Kişisel verileriniz 6698 sayılı Kişisel Verilerin Korunması Kanunu kapsamında işlenmektedir."]
SPAM_PROSE = [
    "Deneme bonusu veren siteler {y}: yatırımsız {n} bedava spin hemen hesabınızda {url}",
    "Viagra ve Cialis reçetesiz, kapıda ödeme ile hemen sipariş verin {url}",
    "Findeks notuna bakılmadan acil kredi, 24 saat içinde hesabınızda: {url}",
    "Evden çalışarak günde {n} TL kazanın, tecrübe gerekmez {url}",
    "Yakınınızdaki bekar bayanlarla hemen tanışın, üyelik ücretsiz {url}",
    "Canlı bahiste en yüksek oranlar, güncel giriş adresi burada {url}",
    "7/24 escort bayan hizmeti, ulaşmak için hemen arayın: {phone}",
]
SPAM_WORDS = ["deneme bonusu", "bedava spin", "canlı bahis", "casino siteleri", "escort bayan", "reçetesiz viagra", "acil kredi", "bahis siteleri", "slot oyunları"]

SPAM_LEXICON_ENTRY: dict[str, list[str]] = {
    "casino": ["canlı casino", "deneme bonusu veren siteler", "bedava spin", "slot oyunları", "yatırımsız bonus", "casino güncel giriş", "gerçek parayla rulet"],
    "betting": ["canlı bahis", "bahis siteleri güncel giriş", "yüksek oranlı iddaa", "şikeli maç", "banko kupon", "kaçak bahis"],
    "pharma": ["reçetesiz viagra", "cialis fiyatı", "kapıda ödemeli", "zayıflama hapı", "geciktirici sprey", "orijinal cialis satın al"],
    "loans": ["acil kredi", "findeks notu düşük olana kredi", "kefilsiz kredi", "sicili bozuk olana kredi", "anında nakit"],
    "adult": ["escort bayan", "sohbet hattı", "ücretsiz porno", "görüntülü sohbet", "bayan arkadaş arayanlar"],
    "fake": ["sahte ehliyet", "replika saat", "diploma satın al", "sahte kimlik", "A kalite çanta"],
    "money": ["evden para kazan", "günde 1000 TL kazan", "pasif gelir", "kripto sinyal grubu", "yatırımsız para kazanma"],
    "cta": ["Hemen üye ol", "Tıkla", "WhatsApp'tan yaz", "Telegram grubumuza katıl", "Sınırlı teklif", "Hemen ara"],
    "money_unit": ["TL", "₺", "lira"],
}

TOPICS = [
    ("İzmir'de tarihi çarşının restorasyonu tamamlandı", [
        "Yaklaşık iki yıl süren restorasyon çalışmalarının ardından kentin tarihi çarşısı, hafta sonu düzenlenen törenle yeniden ziyaretçilere açıldı.",
        "Çalışmalar kapsamında çatılar yenilendi, eski taş kaplamalar özgün haline uygun biçimde onarıldı ve dükkânların tabelaları tek tip hale getirildi.",
        "Çarşıda kırk yılı aşkın süredir bakırcılık yapan esnaflardan biri, müşterilerin eskisi gibi geri dönmesini sabırsızlıkla beklediklerini söyledi.",
        "Belediye yetkilileri, bölgenin araç trafiğine kapatılmasıyla birlikte hafta sonlarında yaya yoğunluğunun belirgin şekilde artmasını beklediklerini açıkladı.",
        "Restorasyonun toplam maliyetinin büyük bölümü, kültür varlıklarını koruma fonundan ve il özel idaresinin bütçesinden karşılandı.",
    ]),
    ("Enflasyon beklentilerin bir miktar altında kaldı", [
        "Tüketici fiyatları geçen ay bir önceki aya göre yüzde 2,1 artarak piyasadaki ekonomistlerin ortalama beklentisinin bir miktar altında kaldı.",
        "Gıda ve alkolsüz içecekler grubundaki artış yavaşlarken kira, eğitim ve ulaştırma fiyatlarındaki yükseliş devam etti.",
        "Ekonomistler, yıllık enflasyondaki düşüşün önümüzdeki aylarda daha belirgin hale gelebileceğini, ancak hizmet fiyatlarının katılığını koruduğunu belirtiyor.",
        "Verinin açıklanmasının ardından Türk lirası dolar karşısında sınırlı değer kazanırken borsada bankacılık hisseleri öne çıktı.",
        "Piyasaların gözü şimdi gelecek hafta yapılacak Para Politikası Kurulu toplantısına ve faiz kararına çevrilmiş durumda.",
    ]),
    ("Son dakika golüyle gelen üç puan", [
        "Ev sahibi ekip, uzatma dakikalarında bulduğu golle konuk rakibini 2-1 mağlup ederek tribünleri dolduran taraftarlarını sevindirdi.",
        "İlk yarısı golsüz eşitlikle geçen karşılaşmada konuk takım, ikinci yarının hemen başında kazandığı penaltıyı gole çevirerek öne geçmişti.",
        "Teknik direktör maç sonunda yaptığı açıklamada, oyuncularının son düdüğe kadar pes etmediğini ve bu galibiyeti fazlasıyla hak ettiklerini söyledi.",
        "Bu sonucun ardından puanını 34'e yükselten takım, ligde dördüncü sıraya yerleşerek Avrupa kupaları yarışında iddiasını sürdürdü.",
        "Yaklaşık 40 bin seyircinin izlediği oldukça sert geçen mücadelede iki takımdan toplam beş oyuncu sarı kart gördü.",
    ]),
    ("Uyku düzeni bağışıklığı nasıl etkiliyor?", [
        "Uzmanlar, yetişkinlerin sağlıklı kalabilmesi için her gece yedi ile dokuz saat arasında kesintisiz uyuması gerektiğini vurguluyor.",
        "Düzensiz uykunun bağışıklık sistemini zayıflatabileceği, kan şekeri dengesini bozabileceği ve gün içinde dikkat eksikliğine yol açabileceği belirtiliyor.",
        "Yatmadan en az bir saat önce telefon ve tablet gibi ekranlardan uzak durmak, uykuya dalmayı kolaylaştıran basit bir alışkanlık olarak öneriliyor.",
        "Akşam saatlerinde çay ve kahve tüketimini sınırlamak, yatak odasını serin ve karanlık tutmak da uyku kalitesini gözle görülür biçimde artırabiliyor.",
        "Üç haftadan uzun süren uykusuzluk şikâyetlerinde ise kendi kendine ilaç kullanmak yerine mutlaka bir uzmana başvurulması gerekiyor.",
    ]),
    ("Tarif: Annemin mercimek çorbası", [
        "Dört kişilik bir mercimek çorbası için bir su bardağı kırmızı mercimek, bir soğan, bir havuç ve bir yemek kaşığı salça yeterli olacaktır.",
        "Soğanı ve havucu küçük küçük doğrayın, ardından tencerede biraz tereyağı ile soğanlar pembeleşene kadar birkaç dakika kavurun.",
        "Salçayı ekleyip bir dakika daha karıştırdıktan sonra iyice yıkadığınız mercimeği ve altı su bardağı sıcak suyu tencereye ilave edin.",
        "Çorbayı kısık ateşte mercimekler tamamen dağılana kadar yaklaşık yarım saat pişirin, ardından el blenderıyla pürüzsüz hale getirin.",
        "Servis ederken üzerine pul biberle kızdırılmış tereyağı gezdirip yanında limon dilimleri ve kızarmış ekmekle sıcak olarak sunabilirsiniz.",
    ]),
    ("İnceleme: Uygun fiyatlı kablosuz kulaklık beklentileri aşıyor", [
        "Yaklaşık 1.500 TL fiyat etiketiyle satılan bu kablosuz kulaklık, kendi sınıfındaki rakiplerinin üzerinde bir ses kalitesi sunmayı başarıyor.",
        "Testlerimizde pil ömrü, aktif gürültü engelleme açıkken yedi saate, kapalıyken ise dokuz saate kadar ulaştı.",
        "Bas tonları güçlü ve dengeli, ancak yüksek ses seviyelerinde tiz seslerde hafif bir sertlik hissedildiğini de belirtmek gerekiyor.",
        "Dokunmatik kontroller zaman zaman yanlış algılansa da ücretsiz mobil uygulama sayesinde tüm ayarlar kolayca değiştirilebiliyor.",
        "Sonuç olarak bütçesini zorlamadan günlük kullanım için iyi bir kulaklık arayan kullanıcılar için mantıklı bir tercih olduğunu söyleyebiliriz.",
    ]),
    ("Akıllı telefonlar için acil güvenlik güncellemesi yayımlandı", [
        "Büyük bir akıllı telefon üreticisi, saldırganlar tarafından aktif olarak kullanılan bir güvenlik açığını kapatan acil bir yazılım güncellemesi yayımladı.",
        "Şirketin açıklamasına göre açık, kötü amaçlı bir bağlantıya tıklayan kullanıcıların cihazlarında uzaktan kod çalıştırılmasına imkân veriyordu.",
        "Siber güvenlik uzmanları, kullanıcıların güncellemeyi vakit kaybetmeden yüklemesini ve otomatik güncellemeleri her zaman açık tutmasını tavsiye ediyor.",
        "Güncellemenin boyutu modele göre değişmekle birlikte, yükleme işlemi çoğu cihazda on dakikadan daha kısa sürüyor.",
    ]),
    ("Kapadokya'da sonbahar: Kalabalıktan uzak bir hafta sonu", [
        "Yaz aylarının yoğunluğu geride kaldığında Kapadokya, daha sakin vadileri ve ılıman havasıyla yürüyüş severler için ideal bir rota haline geliyor.",
        "Güvercinlik Vadisi ile Kızılçukur arasındaki patikalar, işaretlemelerin yeterli olduğu ve orta zorlukta keyifli yürüyüşler sunuyor.",
        "Sabahın erken saatlerinde havalanan sıcak hava balonları için rezervasyonun en az bir hafta önceden yapılması öneriliyor.",
        "Konaklama için ünlü mağara otellerin yanı sıra köylerdeki küçük aile pansiyonları da daha uygun fiyatlı ve samimi bir seçenek sunuyor.",
        "Akşamları sıcaklığın hızla düştüğünü unutmayın ve gün batımını izlemeye giderken yanınıza mutlaka kalın bir mont alın.",
    ]),
    ("Yeni eğitim yılında ilkokullarda neler değişiyor?", [
        "Milli Eğitim Bakanlığı, yeni eğitim öğretim yılında ilkokullarda haftalık ders saatlerinde bazı düzenlemelere gidileceğini duyurdu.",
        "Buna göre birinci ve ikinci sınıflarda serbest etkinlik saatleri artırılırken okuma yazma çalışmalarına da daha fazla zaman ayrılacak.",
        "Öğretmen sendikaları değişikliklerin genel olarak olumlu olduğunu, ancak kalabalık sınıflar sorunu çözülmeden beklenen verimin alınamayacağını belirtti.",
        "Velilerin yeni ders programlarına ilişkin sorularını okul müdürlüklerine ya da il milli eğitim müdürlüklerinin danışma hatlarına iletebileceği açıklandı.",
    ]),
    ("Meteorolojiden Batı Karadeniz için kuvvetli sağanak uyarısı", [
        "Meteoroloji Genel Müdürlüğü, Batı Karadeniz kıyıları için yarın öğle saatlerinden itibaren kuvvetli sağanak yağış uyarısında bulundu.",
        "Yağışların yer yer gök gürültülü ve dolu şeklinde olması, bazı bölgelerde metrekareye 50 kilogramı aşması bekleniyor.",
        "Yetkililer, ani sel ve su baskınlarına karşı dere yataklarından uzak durulması ve araçların alçak noktalara park edilmemesi çağrısında bulundu.",
        "Hafta sonundan itibaren yağışların etkisini yitirmesi ve hava sıcaklıklarının bölge genelinde yeniden mevsim normallerine dönmesi öngörülüyor.",
    ]),
    ("Film festivali bu yıl altmıştan fazla filmle izleyiciyle buluşuyor", [
        "Bu yıl otuzuncu kez düzenlenecek uluslararası film festivali, on gün boyunca altmıştan fazla yerli ve yabancı yapımı izleyiciyle buluşturacak.",
        "Ulusal yarışma bölümünde on iki uzun metrajlı film yer alırken, kısa filmler ve belgeseller için ayrı bir gösterim programı hazırlandı.",
        "Festival direktörü, bu yıl genç yönetmenlerin ilk filmlerine özellikle yer açtıklarını ve gösterimlerin ardından söyleşiler yapılacağını söyledi.",
        "Biletler festivalin internet sitesinden ve sinema gişelerinden satın alınabilecek, öğrenci kimliği gösterenlere yüzde elli indirim uygulanacak.",
    ]),
    ("Duyuru: Üç mahallede planlı su kesintisi yapılacak", [
        "Belediyemiz Su ve Kanalizasyon İdaresi tarafından yürütülen ana hat yenileme çalışmaları nedeniyle bazı mahallelerde planlı su kesintisi yapılacaktır.",
        "Kesinti salı günü saat 09.00 ile 17.00 arasında Cumhuriyet, Yenişehir ve Atatürk mahallelerindeki tüm abonelerimizi etkileyecektir.",
        "Vatandaşlarımızın bu süre içinde ihtiyaçları kadar su depolamaları ve kesinti boyunca musluklarını kapalı tutmaları önemle rica olunur.",
        "Çalışmaların tamamlanmasının ardından suyun ilk dakikalarda bulanık gelebileceği, bunun kısa süre içinde kendiliğinden normale döneceği bildirilmiştir.",
        "Kesintiyle ilgili ayrıntılı bilgi almak ve arıza bildirmek için 7 gün 24 saat hizmet veren 185 numaralı çağrı merkezini arayabilirsiniz.",
    ]),
    ("Yasa dışı bahis ve çevrim içi kumara yeni yaptırımlar geliyor", [
        "Meclise sunulan yeni kanun teklifi, yasa dışı bahis ve çevrim içi kumar sitelerine yönelik cezaların önemli ölçüde artırılmasını öngörüyor.",
        "Teklife göre bu sitelerin reklamını yapan sosyal medya hesapları ve para transferine aracılık eden kişiler de hapis cezasıyla karşı karşıya kalabilecek.",
        "Bilgi Teknolojileri ve İletişim Kurumu, geçen yıl binlerce yasa dışı bahis sitesine erişim engeli getirildiğini açıklamıştı.",
        "Bağımlılık uzmanları, özellikle gençler arasında çevrim içi kumarın hızla yaygınlaştığını ve önleyici çalışmaların da artırılması gerektiğini vurguluyor.",
        "Sektör temsilcileri ise yasal ve lisanslı oyunlarda denetimin güçlendirilmesinin oyuncuların yasa dışı platformlara kaymasını azaltacağını savunuyor.",
    ]),
    ("KVKK rehberi: İnternet sitelerindeki çerez bildirimlerinde nelere dikkat edilmeli?", [
        "Kişisel Verileri Koruma Kurumu, internet sitelerinde ve mobil uygulamalarda kullanılan çerezlere ilişkin hazırladığı kapsamlı rehberi kamuoyuyla paylaştı.",
        "Rehbere göre sitenin çalışması için zorunlu olmayan reklam ve analiz çerezleri, kullanıcının açık rızası alınmadan cihaza yerleştirilemeyecek.",
        "Kurum, 'kabul et' düğmesinin öne çıkarılıp 'reddet' seçeneğinin gizlendiği tasarımların hukuka aykırı olabileceğine özellikle dikkat çekti.",
        "Uzmanlar, site sahiplerinin çerez bildirimlerini güncellemesi ve hangi verilerin hangi amaçla işlendiğini sade bir dille açıklaması gerektiğini söylüyor.",
        "Açıklamada ayrıca kurallara uymayan veri sorumlularına, ihlalin niteliğine göre yüksek tutarlı idari para cezaları uygulanabileceği hatırlatıldı.",
    ]),
    ("Kombi sürekli basınç düşürüyor, ne yapmalıyım?", [
        "Soru: İki yıllık kombim son birkaç haftadır her gün basınç düşürüyor ve her sabah su eklemek zorunda kalıyorum, sebebi ne olabilir?",
        "Cevap: Basıncın sürekli düşmesi genellikle tesisatta ya da peteklerde küçük bir sızıntı olduğunu gösterir, önce bağlantı noktalarını tek tek kontrol edin.",
        "Kombinin altındaki emniyet ventilinden damla damla su geliyorsa genleşme tankının havası azalmış olabilir ve bunu servis kolayca ayarlayabilir.",
        "Aynı sorunu ben de yaşadım, sonunda banyodaki havlupanın vanasında sızıntı olduğu ortaya çıktı ve conta değişince sorun tamamen çözüldü.",
        "Garanti süresi dolmadıysa kendiniz müdahale etmeden yetkili servisi çağırmanızı tavsiye ederim, aksi halde garanti kapsamı dışında kalabilirsiniz.",
    ]),
    ("Bayram boyunca toplu taşıma sefer saatleri", [
        "Bayram tatili boyunca metro hatlarında seferler sabah 06.00'da başlayacak ve gece yarısına kadar 10 dakikada bir düzenlenecek.",
        "Arefe günü saat 13.00'ten itibaren ve bayramın üç günü boyunca şehir içi otobüs, metro ve vapur hatları yolculara ücretsiz hizmet verecek.",
        "Şehirlerarası otobüs terminaline giden ek seferler ise her gün 07.00 ile 23.00 arasında yarım saat aralıklarla yapılacak.",
        "Havalimanı otobüsleri bayram süresince 24 saat çalışacak, gece saatlerinde ise sefer aralığı 45 dakikaya çıkacak.",
        "Güncel sefer saatlerini ve olası değişiklikleri ulaşım idaresinin mobil uygulamasından ya da internet sitesinden takip edebilirsiniz.",
    ]),
]
SUBHEADS = ["Arka plan", "Bu ne anlama geliyor?", "Sonuç", "Malzemeler", "Hazırlanışı", "Artıları", "Eksileri", "Teknik özellikler", "Tepkiler", "Bundan sonra ne olacak?", "Nasıl test ettik?", "Merak edilenler"]
LIST_ITEMS = ["Ağırlık: 2,6 kg", "Pil ömrü: 9 saat", "Fiyat: 1.499 TL", "1 su bardağı kırmızı mercimek", "2 adet havuç", "1 yemek kaşığı salça", "- Artı: uzun pil ömrü", "- Eksi: dokunmatik kontroller hassas", "Puan: 8/10"]
