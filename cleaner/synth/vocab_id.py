# ruff: noqa: E501, RUF001
"""Indonesian page furniture and article text, written for this project."""

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
DATES = ["{d} {month} {y}", "{dd}/{mm}/{y}", "{d} {month} {y}, {H}:{M} WIB", "{y}-{mm}-{dd}", "Diperbarui {d} {month} {y}, {H}:{M} WIB", "{dd}/{mm}/{y} {H}:{M}", "Dipublikasikan: {d} {month} {y}"]
MENU = ["Beranda", "Berita", "Nasional", "Internasional", "Daerah", "Politik", "Ekonomi", "Bisnis", "Olahraga", "Sepak Bola", "Hiburan", "Gaya Hidup", "Kesehatan", "Teknologi", "Otomotif", "Travel", "Kuliner", "Pendidikan", "Opini", "Video", "Foto", "Indeks", "Cuaca", "Masuk", "Daftar", "Kontak", "Redaksi", "Pedoman Media Siber", "Tentang Kami", "Karier"]
HOME = ["Beranda", "Home", "Halaman Utama"]
SOURCES = ["Kabar Nusantara", "Suara Pesisir", "Harian Khatulistiwa", "Antara", "Tekno Kini", "Info Bisnis Harian", "Bola Terkini", "Sehat Selalu", "Berita Priangan", "Jurnal Makassar"]
AUTHORS = ["Siti Rahmawati", "Budi Santoso", "Dewi Anggraini", "Agus Setiawan", "Rina Wulandari", "Andi Pratama", "Nurul Hidayah", "Yusuf Hakim", "Putri Maharani", "Fajar Nugroho"]
BYLINES = ["Oleh {author}", "Penulis: {author}", "{author} | {date}", "{date} | {source}", "Dipublikasikan {date}", "{author} - {source}", "Diperbarui: {date}", "Waktu baca: {k} menit", "{date} · {n} komentar", "Sumber: {source}"]
TAG_LABELS = ["Tag:", "Topik:", "Kata kunci:", "Topik terkait:", "Kategori:"]
EDITOR = ["Editor: {author}", "Penyunting: {author}", "Reporter: {author}", "Kontributor: {author}", "Pewarta: {author} | Editor: {author}"]
NAV_PHRASES = ["Baca selengkapnya", "Selengkapnya", "Bagikan", "Bagikan artikel ini", "Cetak", "Kembali ke atas", "Langsung ke konten", "Menu", "Cari", "Masuk", "Daftar", "Berlangganan", "Langganan newsletter", "Iklan", "Konten bersponsor", "Advertorial", "Sebelumnya", "Berikutnya", "« Sebelumnya | Berikutnya »", "Halaman 1 dari 4", "Halaman berikutnya", "Muat lebih banyak", "Lihat semua", "Terpopuler", "Komentar", "Komentar ({n})", "{n} komentar", "Tulis komentar", "Dilihat {n} kali", "{n}", "Selamat datang di {source}!", "Pindai kode QR untuk mengunduh aplikasi", "Ikuti kami", "Facebook Twitter WhatsApp Telegram", "Galeri foto", "Dengarkan artikel ini", "?", "»", "Tutup", "Tampilkan semua"]
NAV_TEMPLATES = ["Artikel sebelumnya: {title}", "Artikel berikutnya: {title}", "Baca juga: {title}", "BACA JUGA: {title}", "Simak juga: {title}", "Berita terkait: {title}"]
RELATED_HEADERS = ["Berita Terkait", "Artikel Terkait", "Terpopuler", "Berita Terkini", "Pilihan Editor", "Mungkin Anda suka"]
FORUM = ["Balas | Kutip | Laporkan", "Dikirim oleh {author} pada {date}", "Bergabung: {date}", "Postingan: {n}", "{author} menulis:", "Re: {title}", "Terakhir diedit oleh {author}", "Anggota sejak {y}", "Suka · Kutip · #{n}"]
COMMENT_CHROME = ["Komentar", "Tinggalkan komentar", "Alamat email Anda tidak akan dipublikasikan.", "Kirim komentar", "Urutkan: terbaru", "Masuk untuk berkomentar", "Jadilah yang pertama berkomentar"]
COPYRIGHT = ["© {year} {source}. Hak cipta dilindungi undang-undang.", "Copyright © {year} {source}. All rights reserved.", "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel tanpa izin redaksi.", "© {source} {year}"]
REPRINT = ["Artikel ini telah tayang di {source} dengan judul {title}.", "Dilarang mengutip atau menyebarluaskan artikel ini tanpa izin tertulis dari {source}.", "Artikel ini pertama kali dipublikasikan oleh {source}."]
DISCLAIMERS = [
    "Disclaimer: Informasi dalam artikel ini hanya bersifat umum dan tidak dimaksudkan sebagai saran hukum maupun investasi.",
    "Tulisan ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi {source}.",
    "Artikel ini bukan pengganti konsultasi medis. Segera hubungi dokter jika keluhan Anda berlanjut.",
    "Artikel ini berisi tautan afiliasi. Kami dapat menerima komisi dari setiap pembelian melalui tautan tersebut tanpa biaya tambahan bagi Anda.",
    "Perdagangan aset kripto memiliki risiko tinggi. Keputusan investasi sepenuhnya menjadi tanggung jawab pembaca.",
    "Redaksi tidak bertanggung jawab atas isi komentar pembaca. Setiap komentar menjadi tanggung jawab penulisnya sesuai UU ITE.",
    "Isi di luar tanggung jawab redaksi.",
]
COOKIE = ["Kami menggunakan cookie untuk memberikan pengalaman terbaik di situs kami. Dengan terus menggunakan situs ini, Anda menyetujui penggunaan cookie.", "Terima semua", "Hanya cookie yang diperlukan", "Pengaturan cookie", "Kami menghargai privasi Anda", "Tolak"]
PRIVACY = ["Kebijakan Privasi | Syarat dan Ketentuan | Kontak", "Kebijakan Privasi", "Syarat Penggunaan", "Redaksi · Pedoman Media Siber · Kebijakan Privasi · Kontak", "Dengan menggunakan situs ini, Anda menyetujui Syarat Penggunaan dan Kebijakan Privasi kami.", "Data pribadi Anda kami kelola sesuai dengan Undang-Undang Pelindungan Data Pribadi."]
SPAM_PROSE = [
    "Situs slot gacor {y} gampang maxwin, bonus new member {n}% hanya di {url}",
    "Jual obat kuat pria asli, bisa COD ke seluruh Indonesia, hubungi {phone}",
    "Pinjaman online cepat cair tanpa BI checking, dana {n} juta langsung masuk rekening: {url}",
    "Kerja dari rumah, penghasilan {n} ribu per hari tanpa modal {url}",
    "Agen judi bola terpercaya, deposit via pulsa dan e-wallet tanpa potongan {url}",
    "Cewek cantik open BO, fast respon, hubungi sekarang {url}",
    "Togel hari ini, prediksi jitu dan bocoran angka keluar {url}",
]
SPAM_WORDS = ["slot gacor", "judi online", "togel", "maxwin", "pinjol", "obat kuat", "open BO", "agen bola", "situs judi"]

SPAM_LEXICON_ENTRY: dict[str, list[str]] = {
    "casino": ["slot gacor hari ini", "situs slot online", "gampang maxwin", "bonus new member 100%", "link alternatif", "scatter hitam", "RTP live tertinggi"],
    "betting": ["agen judi bola", "taruhan bola online", "prediksi skor jitu", "togel hari ini", "bandar togel terpercaya", "mix parlay"],
    "pharma": ["obat kuat pria", "viagra asli", "obat pelangsing ampuh", "cialis murah", "obat pembesar alat vital"],
    "loans": ["pinjaman online cepat cair", "pinjol tanpa BI checking", "dana tunai tanpa jaminan", "gadai BPKB cair hari ini", "pinjaman hanya modal KTP"],
    "adult": ["open BO", "video bokep", "cewek panggilan", "live streaming dewasa", "teman kencan semalam"],
    "fake": ["jual ijazah asli", "jasa pembuatan SIM tanpa tes", "jam tangan KW super", "tas branded KW", "KTP palsu"],
    "money": ["kerja dari rumah", "penghasilan jutaan per hari", "bisnis tanpa modal", "robot trading", "passive income"],
    "cta": ["Daftar sekarang", "Klik di sini", "Hubungi via WhatsApp", "Gabung grup Telegram", "Promo terbatas", "Chat admin"],
    "money_unit": ["Rp", "rupiah", "ribu", "juta"],
}

TOPICS = [
    ("Pasar Baru kembali dibuka setelah renovasi, pedagang sambut gembira", [
        "Setelah direnovasi selama hampir satu setengah tahun, Pasar Baru di pusat kota kembali dibuka dan mulai ramai dikunjungi warga sejak Senin pagi.",
        "Bangunan pasar kini memiliki tiga lantai dengan sirkulasi udara yang lebih baik, tempat parkir yang luas, dan area khusus untuk pedagang basah.",
        "Sejumlah pedagang mengaku senang bisa kembali berjualan di tempat semula setelah lama menempati lapak sementara di pinggir jalan.",
        "Namun, beberapa pedagang mengeluhkan biaya sewa kios yang naik cukup signifikan dibandingkan sebelum renovasi dilakukan.",
        "Pemerintah kota berjanji akan memberikan keringanan retribusi selama enam bulan pertama untuk membantu pedagang kecil bangkit kembali.",
    ]),
    ("Harga beras naik menjelang akhir tahun", [
        "Harga beras medium di sejumlah pasar tradisional naik sekitar Rp1.000 per kilogram dalam dua minggu terakhir dan dikeluhkan banyak ibu rumah tangga.",
        "Kenaikan ini dipicu oleh berkurangnya pasokan dari daerah sentra produksi akibat musim tanam yang mundur karena kemarau panjang.",
        "Pemerintah menyatakan akan menggelontorkan cadangan beras melalui operasi pasar di berbagai kota untuk menahan laju kenaikan harga.",
        "Para ekonom menilai kenaikan harga pangan berpotensi mendorong inflasi pada akhir tahun, meskipun secara umum masih dalam rentang target Bank Indonesia.",
        "Pedagang berharap harga kembali stabil setelah panen raya yang diperkirakan berlangsung pada bulan Maret tahun depan.",
    ]),
    ("Timnas menang dramatis lewat gol di menit akhir", [
        "Tim nasional Indonesia meraih kemenangan dramatis 2-1 atas tamunya berkat gol yang dicetak pada menit ketiga masa tambahan waktu.",
        "Tim tamu sempat unggul lebih dulu melalui tendangan penalti tak lama setelah babak kedua dimulai, sebelum tuan rumah menyamakan kedudukan.",
        "Pelatih kepala mengatakan kemenangan ini adalah buah dari mental pantang menyerah yang ditunjukkan para pemain hingga peluit akhir dibunyikan.",
        "Dengan hasil ini, Indonesia naik ke peringkat kedua klasemen sementara grup dan menjaga peluang lolos ke babak berikutnya.",
        "Pertandingan tersebut disaksikan lebih dari 60 ribu penonton yang sudah memadati stadion sejak sore hari.",
    ]),
    ("Tips menjaga kesehatan saat musim hujan", [
        "Memasuki musim hujan, dokter mengingatkan masyarakat untuk lebih waspada terhadap penyakit seperti demam berdarah, diare, dan infeksi saluran pernapasan.",
        "Salah satu langkah paling sederhana adalah rutin mencuci tangan dengan sabun, terutama sebelum makan dan setelah bepergian.",
        "Masyarakat juga diimbau menerapkan gerakan 3M Plus, yaitu menguras, menutup, dan mendaur ulang barang yang dapat menjadi sarang nyamuk.",
        "Konsumsi makanan bergizi seimbang, tidur yang cukup, dan minum air putih minimal delapan gelas sehari dapat membantu menjaga daya tahan tubuh.",
        "Jika demam tinggi berlangsung lebih dari dua hari, segera periksakan diri ke puskesmas atau fasilitas kesehatan terdekat.",
    ]),
    ("Resep soto ayam kuning yang gurih dan segar", [
        "Untuk empat porsi soto ayam, siapkan setengah kilogram ayam, dua batang serai, tiga lembar daun jeruk, dan satu setengah liter air.",
        "Haluskan lima siung bawang merah, tiga siung bawang putih, kunyit, jahe, dan kemiri, lalu tumis dengan sedikit minyak hingga harum.",
        "Masukkan bumbu halus ke dalam rebusan ayam bersama serai dan daun jeruk, kemudian masak dengan api kecil selama kurang lebih 30 menit.",
        "Angkat ayam, suwir-suwir dagingnya, lalu koreksi rasa kuah dengan garam, gula, dan sedikit merica bubuk.",
        "Sajikan soto dengan suwiran ayam, soun, tauge, telur rebus, dan taburan bawang goreng selagi masih hangat.",
    ]),
    ("Review: ponsel kelas menengah dengan baterai jumbo", [
        "Dengan harga sekitar Rp2,5 juta, ponsel ini menawarkan layar AMOLED 6,6 inci yang terang dan baterai berkapasitas 5.000 mAh.",
        "Dalam pengujian kami, baterainya mampu bertahan hampir dua hari untuk pemakaian normal seperti media sosial, menonton video, dan berkirim pesan.",
        "Kamera utamanya menghasilkan foto yang tajam di siang hari, tetapi hasilnya kurang memuaskan ketika memotret di tempat yang minim cahaya.",
        "Performa untuk aplikasi sehari-hari cukup lancar, meski game berat harus dimainkan dengan pengaturan grafis menengah agar tidak patah-patah.",
        "Secara keseluruhan, ponsel ini layak dipertimbangkan bagi Anda yang mengutamakan daya tahan baterai dengan anggaran terbatas.",
    ]),
    ("Pemerintah percepat pembangunan jaringan internet di desa terpencil", [
        "Pemerintah menargetkan ribuan desa di wilayah terpencil sudah tersambung dengan internet cepat paling lambat akhir tahun depan.",
        "Program ini memanfaatkan kombinasi satelit, serat optik, dan menara BTS untuk menjangkau daerah yang selama ini belum terlayani operator seluler.",
        "Kepala desa di salah satu kabupaten di Nusa Tenggara Timur mengatakan akses internet akan sangat membantu pelajar dan pelaku usaha kecil di wilayahnya.",
        "Meski demikian, pengamat menilai pemerintah juga perlu meningkatkan literasi digital agar masyarakat desa terhindar dari penipuan daring.",
    ]),
    ("Menikmati Labuan Bajo di luar musim liburan", [
        "Datang ke Labuan Bajo di luar musim liburan sekolah memberi kesempatan menikmati keindahan Taman Nasional Komodo tanpa harus berdesakan dengan wisatawan lain.",
        "Paket tur kapal sehari ke Pulau Padar, Pantai Merah Muda, dan Pulau Komodo biasanya dibanderol mulai dari Rp1,5 juta per orang.",
        "Sebaiknya berangkat sebelum matahari terbit agar bisa menyaksikan pemandangan dari puncak Pulau Padar sebelum udara menjadi terlalu panas.",
        "Jangan lupa membawa topi, tabir surya, dan air minum yang cukup, karena fasilitas di pulau-pulau kecil masih sangat terbatas.",
        "Untuk penginapan, tersedia banyak pilihan mulai dari homestay sederhana di kota hingga resor mewah di tepi pantai.",
    ]),
    ("Pembelajaran berbasis proyek mulai diterapkan di banyak sekolah", [
        "Mulai tahun ajaran baru, sekolah-sekolah di berbagai daerah menerapkan pembelajaran berbasis proyek sebagai bagian dari kurikulum terbaru.",
        "Siswa tidak lagi hanya mendengarkan penjelasan guru di kelas, tetapi diajak meneliti masalah nyata di lingkungan sekitar dan mencari solusinya bersama.",
        "Sejumlah guru mengaku masih membutuhkan pelatihan tambahan karena metode ini menuntut persiapan yang jauh lebih matang dibandingkan cara lama.",
        "Orang tua murid juga diharapkan ikut mendampingi anak, terutama ketika proyek melibatkan kegiatan di luar jam sekolah.",
    ]),
    ("BMKG: waspadai hujan lebat disertai angin kencang hingga akhir pekan", [
        "Badan Meteorologi, Klimatologi, dan Geofisika memperingatkan potensi hujan lebat disertai petir dan angin kencang di sebagian besar wilayah Jawa Barat hingga akhir pekan.",
        "Kondisi ini dipengaruhi oleh aktifnya gelombang atmosfer serta suhu muka laut yang hangat di perairan selatan Pulau Jawa.",
        "Masyarakat yang tinggal di daerah rawan banjir dan tanah longsor diminta meningkatkan kewaspadaan, terutama saat hujan turun lebih dari satu jam.",
        "BMKG juga mengimbau nelayan untuk tidak melaut dulu karena tinggi gelombang di sejumlah perairan diperkirakan mencapai empat meter.",
    ]),
    ("Festival budaya tampilkan ratusan penari dari berbagai daerah", [
        "Ratusan penari dari 20 provinsi memeriahkan festival budaya yang digelar di alun-alun kota selama tiga hari berturut-turut.",
        "Selain pertunjukan tari tradisional, pengunjung juga dapat menikmati pameran kain tenun, pertunjukan wayang kulit, dan bazar kuliner khas Nusantara.",
        "Ketua panitia mengatakan festival ini bertujuan memperkenalkan kekayaan budaya Indonesia kepada generasi muda yang lebih akrab dengan media sosial.",
        "Seluruh rangkaian acara terbuka untuk umum tanpa dipungut biaya, dan puncak acara akan disiarkan langsung melalui kanal YouTube pemerintah daerah.",
    ]),
    ("Pengumuman: pemadaman listrik sementara untuk pemeliharaan jaringan", [
        "Sehubungan dengan pekerjaan pemeliharaan jaringan distribusi, akan dilakukan pemadaman listrik sementara di sejumlah wilayah pada hari Kamis.",
        "Pemadaman berlangsung mulai pukul 09.00 hingga 15.00 WIB dan meliputi Kelurahan Sukamaju, Sukajadi, serta sebagian Kelurahan Cempaka.",
        "Warga dimohon untuk mematikan peralatan elektronik dan mencabut steker selama pemadaman guna menghindari kerusakan saat listrik kembali menyala.",
        "Apabila pekerjaan selesai lebih cepat dari jadwal, aliran listrik akan dinyalakan kembali tanpa pemberitahuan lebih lanjut.",
        "Informasi lebih lanjut dapat diperoleh melalui layanan pelanggan yang siap melayani selama 24 jam di nomor 123.",
    ]),
    ("Pemerintah blokir ratusan ribu situs judi online", [
        "Pemerintah telah memblokir lebih dari 800 ribu konten dan situs judi online sepanjang tahun ini sebagai bagian dari upaya pemberantasan perjudian daring.",
        "Selain pemblokiran, Otoritas Jasa Keuangan juga meminta bank menutup ribuan rekening yang diduga digunakan untuk menampung dana taruhan.",
        "Menurut lembaga pengawas transaksi keuangan, sebagian besar pemain judi online berasal dari kalangan berpenghasilan rendah, termasuk pelajar dan mahasiswa.",
        "Psikolog mengingatkan bahwa kecanduan judi dapat berdampak serius pada kondisi keuangan dan kesehatan mental, sehingga keluarga perlu segera mencari pertolongan.",
        "Di Indonesia, segala bentuk perjudian dilarang oleh undang-undang, termasuk mempromosikan situs judi melalui media sosial.",
    ]),
    ("UU Pelindungan Data Pribadi: apa artinya bagi pemilik situs web?", [
        "Undang-Undang Pelindungan Data Pribadi mewajibkan setiap pengelola situs web menjelaskan secara terbuka data apa saja yang mereka kumpulkan dari pengunjung.",
        "Pengumpulan data melalui cookie untuk keperluan iklan dan pelacakan kini harus didasarkan pada persetujuan pengguna yang jelas dan dapat ditarik kembali.",
        "Pakar hukum siber menyarankan pemilik toko online untuk memperbarui kebijakan privasi dan menyediakan pilihan untuk menolak cookie yang tidak diperlukan.",
        "Pelanggaran terhadap ketentuan ini dapat dikenai sanksi administratif, mulai dari peringatan tertulis hingga denda yang nilainya cukup besar.",
        "Bagi pengguna, aturan baru ini memberi hak untuk meminta salinan data pribadi mereka atau meminta agar data tersebut dihapus.",
    ]),
    ("Motor matic brebet saat digas, kenapa ya?", [
        "Tanya: Agan-agan, motor matic saya umurnya tiga tahun dan belakangan ini sering brebet kalau digas dari posisi diam, kira-kira penyebabnya apa ya?",
        "Jawab: Coba cek dulu kondisi busi dan filter udara, karena biasanya brebet disebabkan busi yang sudah aus atau filter yang kotor.",
        "Kalau sudah diganti tapi masih brebet, kemungkinan throttle body perlu dibersihkan, dan itu sebaiknya dilakukan di bengkel resmi.",
        "Motor saya dulu juga begitu, ternyata masalahnya di bensin yang tercampur air, setelah tangki dikuras langsung normal lagi.",
        "Jangan lupa servis rutin setiap 4.000 kilometer supaya masalah kecil seperti ini cepat ketahuan sebelum jadi kerusakan besar.",
    ]),
    ("Jadwal KRL selama libur Lebaran", [
        "Selama masa libur Lebaran, KRL akan beroperasi mulai pukul 04.00 hingga 24.00 WIB dengan total sekitar 950 perjalanan setiap hari.",
        "Pada hari pertama dan kedua Lebaran, jumlah perjalanan dikurangi menjadi sekitar 800 karena jumlah penumpang biasanya menurun drastis.",
        "Perjalanan tambahan disiapkan pada lintas Bogor dan Bekasi setiap Sabtu dan Minggu mulai pukul 16.00 hingga 21.00 WIB.",
        "Penumpang diimbau memeriksa jadwal terbaru melalui aplikasi resmi sebelum berangkat karena jadwal dapat berubah sewaktu-waktu.",
    ]),
]
SUBHEADS = ["Latar belakang", "Apa artinya?", "Kesimpulan", "Bahan-bahan", "Cara membuat", "Kelebihan", "Kekurangan", "Spesifikasi", "Tanggapan", "Langkah selanjutnya", "Cara kami menguji", "Pertanyaan yang sering diajukan"]
LIST_ITEMS = ["Layar: AMOLED 6,6 inci", "Baterai: 5.000 mAh", "Harga: Rp2.499.000", "500 gram ayam", "2 batang serai", "5 siung bawang merah", "- Kelebihan: baterai awet", "- Kekurangan: kamera kurang tajam saat malam", "Nilai: 8/10"]
