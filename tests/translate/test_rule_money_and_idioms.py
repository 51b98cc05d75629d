"""Table tests for money and numbers as informal text and news write them, and fixed expressions
of informal Indonesian. One row per rule, never a whole evaluation sentence; each row names its construction."""

import pytest

from summarize.text.segment import segment
from summarize.translate.rule import RuleTranslator

TR = RuleTranslator()


def tr(text: str) -> str:
    return TR.translate([text])[0]


@pytest.mark.parametrize("source, expected", [
    # the currency written in lower case, in capitals, or with a period and a space stays one amount (Rp)
    ("Satu porsi rp. 55.000.", "Rp 55,000."),
    ("Minumannya rp 30.000.", "Rp 30,000."),
    ("Harganya RP 15.000.", "Rp 15,000."),
    ("Harganya IDR 50.000.", "IDR 50,000."),
    ("Denda Rp. 10.000.000 dibayar.", "Rp 10,000,000"),
    ("Anggaran Rp229,68 triliun.", "Rp229.68 trillion"),
    # ",-" after a price marks a whole amount: kept on the amount, spaced from the next word
    ("Dapatkan voucher rp 25.000, - untuk dua orang.", "Rp 25,000,- for two"),
    ("Harganya Rp 5.000,- saja.", "Rp 5,000,-"),
    # a subject noun phrase + an amount (money, or a number with its magnitude), no verb: the amount is the predicate
    ("Satu porsi Rp 55.000.", "One portion is Rp 55,000."),
    ("Kerugian negara Rp 44,9 miliar.", "is Rp 44.9 billion."),
    ("Tiket 35 ribu.", "The ticket is 35 thousand."),
    ("Pengumuman sertifikasi 100 juta lagu.", "100 million songs"),      # (a number of things: no copula)
    ("Dana Rp 5 triliun itu digunakan untuk membangun jalan.", "used to build"),   # (the subject has a verb)
    # times named by what is done then are one noun (jam makan -> mealtime, not "the hour ate"); di/pada akhir pekan
    # is "on the weekend" (not "at the end" + "week")
    ("Jangan pergi ke sana ketika jam makan karena ramai.", "mealtime"),
    ("Kantor buka pada jam kerja.", "working hours"),
    ("Kami datang di akhir pekan.", "We came on the weekend."),
    # pada/di/saat/ketika + a part of the day or a meal time ending the phrase: at night, at lunchtime (no article);
    # a time named by what is done then takes no article anywhere (ahead of lunchtime)
    ("Jangan datang pada jam makan siang.", "Don't come at lunchtime."),
    ("Tempat ini ramai saat malam.", "crowded at night."),
    ("Saya tiba menjelang jam makan siang.", "ahead of lunchtime."),
    ("Saat malam tiba, kami pulang.", "When the night"),      # (saat + a clause: when)
    # di luar/dalam ruangan: outdoors/indoors (not "outside the room"); pinggir jalan: the roadside
    ("Kami pilih duduk di luar ruangan.", "outdoors."),
    ("Kegiatan dalam ruangan lebih aman.", "indoor activit"),
    ("Kami harus parkir di pinggir jalan.", "on the roadside."),
    # dari segi: in terms of; dari mulai X hingga Y: from X to Y
    ("Dari segi keamanan, bandara ini sudah memenuhi standar.", "In terms of"),
    ("Pilihannya banyak, dari mulai makanan ringan hingga makanan penutup.", "to the dessert"),
    # dari segi + an aspect: no article; with only an adjective predicate after it, the subject is "it"
    ("Dari segi harga, murah sekali.", "In terms of price, it's really cheap."),
    ("Dari segi rasa juga enak.", "In terms of taste, it's also delicious."),
    # a letter's opening: Yang terhormat / Yth. + addressee -> Dear + addressee (no article); none named: Sir or Madam
    ("Yang terhormat bank BCA, tolong perbaiki layanan anda.", "Dear BCA bank,"),
    ("Yang terhormat tolong respon pesan saya.", "Dear Sir or Madam, please"),
    # compound nouns naming one thing: air terjun -> waterfall, tiket pesawat -> plane ticket, hotel bintang tiga
    ("Ada air terjun di dekat sini.", "waterfall"),
    ("Saya beli tiket pesawat.", "plane ticket"),
    ("Ini hotel bintang tiga.", "three-star hotel"),
    ("Saya kehilangan selera makan.", "appetite."),
    # terlebih dahulu / lebih dulu: first (lebih dulu daripada: earlier than); hilang muncul: on and off
    ("Pemohon harus mendaftar terlebih dahulu.", "register first."),
    ("Dia datang lebih dulu daripada saya.", "earlier than me"),
    ("Sinyalnya hilang muncul.", "on and off"),
    # tidak/tak kalah + adjective: no less + adjective (dengan/dari after it: than); kalah alone is still "lose"
    ("Rasanya juga tidak kalah enak.", "no less delicious."),
    ("Tape ini tak kalah nikmat dengan tape lainnya.", "no less delicious than"),
    ("Tim itu tidak kalah dalam sepuluh laga.", "doesn't lose"),
    # sama + adjective-nya (+ dengan/seperti): just as + adjective (+ as); sama alone keeps its senses
    ("Rasanya sama enaknya dengan yang di desa.", "as delicious as"),
    ("Kualitasnya akan sama bagusnya.", "will be just as great."),
    ("Rasanya sama saja.", "the same"),
    # tidak ada yang + adjective: there is nothing + adjective; after a topic noun phrase: no + noun is + adjective;
    # every informal spelling of tidak before ada (yang)
    ("Tidak ada yang enak di sini.", "There's nothing delicious here."),
    ("Karena manusia tidak ada yang sempurna.", "no human is perfect."),
    ("Ga ada yang enak.", "There's nothing delicious."),
    ("Kalau ikut partai enggak ada jaminan.", "there's no guarantee."),
    ("Enggak ada yang tahu.", "No one knows."),
    # "there is" expressions (tidak ada, tidak ada yang spesial) follow the sentence's tense, as ada does
    ("Kemarin kami datang tapi tidak ada yang spesial.", "there was nothing special."),
    ("Tidak ada yang spesial.", "There's nothing special."),
    # idioms of reviews and chat read as wholes
    ("Sambalnya menggugah selera.", "appetizing"),
    ("Penataan dekorasi yang apik akan membuat betah.", "make you feel at home"),
    ("Tetapi makin ke sini kualitasnya menurun.", "as time goes on"),
    ("Jangan kaget, harganya mahal.", "Don't be surprised,"),
    ("Harga paketnya selangit.", "sky-high"),
    # sayings and set phrases: udang di balik batu (a hidden motive), serba salah, zaman sekarang, beda jauh
    ("Pasti ada udang di balik batu.", "ulterior motive"),
    ("Mahasiswa zaman sekarang malas.", "nowadays"),
    ("Harganya tidak jauh beda.", "isn't very different."),
    ("Cemburu itu makan hati.", "heartbreaking"),
    # luar kota: out of town (not "the city outside"); keluar kota/negeri: go out of town / go abroad
    ("Saya pulang dari luar kota.", "from out of town."),
    ("Banyak pengunjung luar kota datang ke sini.", "out of town visitors"),
    ("Dia sering keluar negeri.", "goes abroad."),
    # mending/mendingan + verb: it's better to + verb; after a subject: would rather
    ("Mending beli di toko sebelah.", "It's better to buy"),
    ("Masih mending makan di rumah.", "It's still better to eat"),
    ("Saya mending makan di rumah.", "I would rather eat"),
    # daripada opening a clause: rather than (a verb after it: -ing; a participle or adjective: being ...);
    # after a comparative it stays "than"
    ("Daripada tersesat, kami datang sehari sebelumnya.", "Rather than being lost,"),
    ("Kirim donasi saja, daripada mengirim bunga.", "rather than sending"),
    ("Harganya lebih mahal daripada restoran lain.", "more expensive than"),
    # per + a unit takes no article (Rp 500.000 per gram, 8 jam per hari); "/ orang" after a price is per person
    ("Harga emas Rp 500.000 per gram.", "Rp 500,000 per gram."),
    ("Durasinya delapan jam per hari.", "eight hours per day."),
    ("Tiketnya Rp 10.000 / orang.", "Rp 10,000/person."),
    # se- measure words: the se- is the article (seminggu -> a week, not "the a week"); with a noun: a portion of
    # fried rice, a cup of coffee; se- measure + an amount opening the clause: A plate is 30 thousand
    ("Dalam waktu seminggu sejak integrasi, kecepatannya meningkat.", "Within a week since"),
    ("Saya pesan seporsi nasi goreng.", "a portion of fried rice."),
    ("Saya menunggu sejam di sana.", "waited for an hour there"),      # se- gives "an" too: not "the an hour"
    ("Kopi secangkir sambil menunggu teman.", "A cup of coffee"),
    ("Sepiring 30 ribu.", "A plate is 30 thousand."),
    # the informal k of thousands stays on its number (500k), and an amount with it is a predicate; 4K stays apart
    ("Paket iplan 500k selama 24 bulan.", "500k"),
    ("Tiket 25k per orang.", "The ticket is 25k per person."),
    # a conduct adjective or a comparative + dong, with no subject, asks for it: Please be ...; an evaluation + dong
    # only insists (Enak dong -> it's delicious)
    ("Lebih responsif dong", "Please be more responsive"),
    ("Konsisten dong.", "Please be consistent."),
    ("Enak dong.", "It's delicious."),
    # chat exclamations and time phrases: kurang ajar (rude), larut malam (late at night); teh tarik is its name
    ("Mereka bekerja hingga larut malam.", "until late at night."),
    ("Dikenakan ongkir dua kali, kurang ajar!", "rude!"),
    ("Jangan lupa memesan teh tarik.", "teh tarik"),
    # tinggal + a verb: all that is left to do, "just" (not "live"); tinggal di / tinggal diam keep their senses
    ("Anda tinggal klik tombol ini.", "You just click this button."),
    ("Dia tinggal di Jakarta.", "lives in Jakarta."),
    # rough quantities: puluhan/ratusan + a magnitude (tens of thousands of), a number + magnitude-an (about 100
    # thousand: the digits stay), an amount + lebih (more than ...)
    ("Puluhan ribu orang datang ke Monas.", "Tens of thousands of people come"),
    ("Harganya ratusan ribu.", "The price is hundreds of thousands."),
    ("Harganya 20 ribuan.", "The price is about 20 thousand."),
    ("Perluasan kilang serap 20 ribu lebih tenaga kerja.", "more than 20 thousand"),
    ("Harganya 5 ribu lebih murah.", "5 thousand cheaper"),
    ("Pencarian menghasilkan lebih dari 70.000 lebih video.", "more than 70,000 videos"),
    # a number before banyak with no noun after it is still written (digits are never dropped)
    ("BMW Seri 5 G30 banyak mewarisi desain.", "30"),
    # a foreign currency written apart from its amount stays one amount (not "the US budget $ 60 million"); an
    # amount after it in English format (comma groups of three) is kept as written, not read as a decimal comma
    ("Film itu dibuat dengan bujet US$ 60 juta.", "budget US$ 60 million"),
    ("Harganya US$ 1,5 juta.", "The price is US$ 1.5 million."),
    ("Biayanya sebesar £ 23,000.", "£ 23,000"),
    ("Harganya US$ 2,201.", "US$ 2,201"),
    # chat verbs and verdicts (bikin jengkel: annoying; marahin: scold; saling lempar: pass the buck; tidak ada
    # abisnya: endless) and the set phrases of health advice (obat tanpa resep, ibu menyusui, tidak enak badan)
    ("Kerja kelompok yang tidak ada abisnya.", "endless group work"),
    ("Mereka saling lempar.", "pass the buck"),
    ("Obat itu dijual tanpa resep.", "over-the-counter"),
    ("Saya sedang tidak enak badan.", "unwell"),
    # a reduplicated part of the day is an early/late time of it: pagi-pagi (pagi pagi) -> early in the morning
    ("Pagi pagi di jalan tol sudah macet parah.", "Early in the morning"),
    # terlalu banyak + a verb: how much one does it (complain too much; as a subject: eating too much);
    # kurang banyak: not enough
    ("Mahasiswa terlalu banyak mengeluh.", "complains too much."),
    ("Terlalu banyak makan tidak baik.", "Eating too much isn't good."),
    ("Menu sushi kurang banyak.", "isn't enough."),
    # a quantity of what is not counted: too much water, lots of time (not "too many waters", "lots of times")
    ("Minum terlalu banyak air membahayakan tubuh.", "too much water"),
    ("Prosesnya memakan banyak waktu.", "lots of time"),
    ("Minyaknya terlalu banyak.", "There's too much oil."),
    # tolong/mohon/harap + a di- passive is a polite request: please + the active verb (a stranded preposition of
    # the unsaid object dropped); harap after a subject is still "hope"
    ("Tolong dicek pesanan saya.", "Please check my order."),
    ("Mohon ditindaklanjuti.", "Please follow up."),
    ("Saya sudah dikasih tahu.", "been told"),
    ("Kami harap dimaklumi.", "We hope"),
    # set phrases of opinion and address; a relational noun ("big fan of") with nothing after it drops its "of"
    ("Saya penggemar berat kambing.", "big fan of goat"),
    ("Dia penggemar berat.", "big fan."),
    ("Dari keseluruhan sangat mengecewakan.", "Overall"),
    # ordinals: ke-N (news spaces it: ke - N) is the English ordinal, digits kept, before its noun, with "the"
    # (before, ke-46 lost its digits); pada/di + a minute or century is "in"
    ("Gol dicetak pada menit ke - 46.", "in the 46th minute."),
    ("Dia merayakan ulang tahun ke-70.", "70th birthday"),
    ("Ini abad ke-21.", "the 21st century."),
    ("Indonesia berada di peringkat ke-3.", "3rd rank"),
    ("Kami datang ke 2 tempat.", "to 2 places."),
    # news set phrases: bagian/sebagian/anggota dari -> part/some/member of; klasemen sementara; dari sisi + an
    # aspect -> in terms of (a side of the pitch stays a side)
    ("Ini bagian dari rencana.", "a part of the plan."),
    ("Sebagian dari uang itu hilang.", "Some of"),
    ("Persib memimpin klasemen sementara.", "provisional standings"),
    ("Dari sisi keamanan, bandara ini aman.", "In terms of security,"),
    ("Umpan datang dari sisi kiri.", "from the left side"),
    ("Dia datang dari Jakarta.", "from Jakarta"),
    # news time nouns: masa depan/lalu -> the future/past, musim depan/lalu -> next/last season
    ("Di masa depan, harga akan naik.", "In the future,"),
    ("Ia akan pindah musim depan.", "next season."),
    ("Coba bandingkan dengan musim lalu.", "with last season."),
    # news set phrases of business, sport and attribution; an ordinal ends its noun phrase
    ("Pada sertifikat itu, pemegang hak adalah anak usaha Agung Sedayu Grup.", "subsidiary"),
    ("Ia menendang dari luar kotak penalti.", "from outside the box."),
    ("Dua pasangan ganda putra Indonesia menang.", "men's doubles"),
    ("Harga naik, seperti dikutip dari Kompas.", "as quoted from Kompas."),
    ("Lebih jauh, ia menjelaskan rencananya.", "Furthermore,"),
    ("Pada menit ke - 78 giliran Eden Hazard menembak.", "In the 78th minute"),
    # a number with a span of time before lalu is "ago"; an age is N-year-old before a noun, N years old as a
    # predicate; babak N besar is the round of N (digits kept in all)
    ("Ia datang 3 tahun lalu.", "3 years ago."),
    ("Ia datang dua hari lalu.", "two days ago."),
    ("Tahun lalu ia datang.", "Last year"),
    ("Ia datang 5 tahun yang lalu.", "came 5 years ago."),
    ("Ia datang pada tahun lalu.", "came last year."),            # no "on" before last year / N years ago
    ("Ia datang pada 3 tahun lalu.", "came 3 years ago."),
    # lalu after a date says "last" of it, which English does not put before a date: dropped, still past
    ("Ia ditangkap 18 Oktober 2013 lalu.", "was arrested 18 October 2013."),
    ("Ia datang pada Mei lalu.", "came in May."),
    ("Ia datang pada Senin (10/7) lalu.", "came on Monday (10/7)."),
    ("Ia makan lalu tidur.", "ate then slept."),                   # (lalu between verbs: then)
    ("Wanita berusia 40 tahun itu ditangkap.", "40-year-old woman"),
    ("Anak itu berusia 5 tahun.", "5 years old."),
    ("Anak itu berusia 1 tahun.", "1 year old."),                      # one year: singular
    ("Tim itu lolos ke babak 16 besar.", "the round of 16."),
    # a number after a label noun names which one (Pasal 28 ayat 2, nomor 5, lantai 2): no article, no plural
    ("Sesuai Pasal 28 ayat 2.", "Article 28 paragraph 2."),
    ("Ia tinggal di rumah nomor 5.", "house number 5."),
    ("Kamar kami di lantai 2.", "floor 2."),
    ("Ia melanggar Undang-Undang Nomor 19 tahun 2016.", "Law Number 19 of 2016."),
    # selama + a length is "for" (not for a year: during 2016); N tahun terakhir -> the last N years
    ("Proyek itu berlangsung selama 5 tahun.", "for 5 years."),
    ("Ia menunggu selama lebih dari 2 jam.", "waits for more than 2 hours."),
    ("Perdagangan Indonesia selama 2016 surplus.", "during 2016"),
    ("Inflasi rendah dalam 2 tahun terakhir.", "in the last 2 years."),
    ("Pertumbuhan lebih cepat selama beberapa bulan terakhir.", "for the last few months."),
    # verdicts on price: pas di kantong (budget-friendly), sebanding/sepadan dengan harga(nya) (worth the price)
    ("Selain itu harganya pun pas di kantong.", "budget-friendly"),
    ("Rasa sebanding dengan harga.", "worth the price"),
    # an amount + saja/aja/doang: only that much, in front of the amount (the copula before it)
    ("Harganya Rp 30rb saja.", "The price is only Rp 30 thousand."),
    ("Seporsi Rp 25.000 saja.", "A portion is only Rp 25,000."),
    ("Tiket cuma 35 ribu.", "The ticket is just 35 thousand."),
    ("Cari di bukalapak saja.", "Just look"),
    # kisaran + an amount: around; berkisar + a range: range from ... to; + one amount: be around; a range of
    # amounts (20 - 100 ribu) is an amount predicate too
    ("Harga kisaran 20 - 100 ribu.", "The price is around 20-100 thousand."),
    ("Harganya berkisar Rp 5.000 hingga Rp 10.000.", "ranges from Rp 5,000 to Rp 10,000."),
    ("Lonjakan penumpang berkisar 22.000 penumpang.", "is around 22,000 passengers."),
    ("Harga di kisaran Rp 50 ribu.", "in the range of Rp 50 thousand"),
    # mulai + an amount: a price range starts there (range from ... with a range; start from ... without)
    ("Harga per porsinya mulai rp 13.000 - rp 21.000.", "ranges from Rp 13,000"),
    ("Harga mulai 15 ribu.", "starts from 15 thousand."),
    ("Acara mulai pukul 10.", "starts at 10."),
    # an ordinal word before its noun counts the whole group (kedua tim -> both teams; with ini/itu: these two);
    # after it, it ranks; satu-satunya -> the only; untuk kedua kalinya -> for the second time
    ("Kedua tim bermain imbang.", "Both teams draw."),
    ("Tanpa melewati kedua gerbang ini.", "both these gates."),
    ("Ketiga pemain itu cedera.", "Those three players"),
    ("Tim kedua kalah.", "The second team"),
    ("Ini satu-satunya restoran di sini.", "the only restaurant"),
    ("Ia datang untuk kedua kalinya.", "for the second time."),
    # sudah + a span of time opening a clause says how long a state has lasted: it has been ... and ...
    ("Sudah seminggu ini air di daerah kami tidak mengalir.", "It has been a week and"),
    ("Mau marah, sudah dua hari sinyal begini.", "it has been two days and"),
    ("Saya sudah makan.", "I've eaten."),
    # since when: dari tadi (siang) -> all this time / since this afternoon; dari zaman dulu -> since the old days
    ("Driver ini tidak mau pickup barang dari tadi siang.", "since this afternoon."),
    ("Bakpao ini sudah terkenal dari zaman dulu.", "since the old days."),
    # currencies named after a number are invariable in English: 1.5 million rupiah (not "rupiahs")
    ("Dia mendapat 1,5 juta rupiah.", "1.5 million rupiah."),
    ("Kerugian mencapai puluhan juta rupiah.", "tens of millions of rupiah."),
    # money slang: gopek (500), seceng (1,000), goban (50,000 rupiah)
    ("Parkirnya cuma seceng.", "a thousand rupiah"),
    ("Minyak goreng cuma gopek.", "five hundred rupiah"),
    # a di- passive's active verb (kept for requests) does not make it a verb reading of a noun: no generic "you"
    ("Salon ini bisa diakses via Peta Google.", "can be accessed"),
    ("Ditunggu saja, pasti dikasih.", "Just awaited"),
    # (seperti) dilansir dari: as reported by
    ("Dilansir dari BBC, harga naik.", "As reported by BBC,"),
    # a magnitude abbreviated after money (Rp 5 M: miliar, Rp 1,2 T: triliun) is spelled out; an amount with ribuan
    # is a predicate too
    ("Kerugian Rp 5 M.", "The loss is Rp 5 billion."),
    ("Anggaran mencapai Rp 1,2 T.", "Rp 1.2 trillion."),
    ("Tiket 35 ribuan.", "The ticket is about 35 thousand."),
    # tanggal before a day and month is not said ("on 2 November", not "on the date 2 November"); per: as of
    ("Kami datang pada tanggal 2 November.", "on 2 November."),
    ("Data diambil per tanggal 23 Juni.", "as of 23 June."),
    ("Sejak tanggal 1 Januari, harga naik.", "Since 1 January,"),
    # dari X ke X: a repetition over time
    ("Suasananya tidak berubah dari tahun ke tahun.", "year after year."),
    ("Harga naik dari waktu ke waktu.", "from time to time."),
    # tidak ada bosannya: never boring
    ("Datang ke restoran ini tidak ada bosannya.", "never boring."),
])
def test_money_numbers_and_fixed_expressions(source, expected):
    assert expected in tr(source)


def test_lower_case_rp_does_not_end_a_sentence():
    # rp. is an abbreviation like Rp.: the amount after it belongs to the same sentence
    assert len(segment("Satu porsi rp. 55.000 saja. Enak.").sentences) == 2


@pytest.mark.parametrize("source", [
    "Gol dicetak pada menit ke-46.",            # an ordinal written unspaced
    "Harganya 20 ribuan.",                      # a number before a magnitude with -an
    "BMW Seri 5 G30 banyak mewarisi desain.",   # a number before a quantity word with no noun
    "Biayanya sebesar £ 23,000.",               # a foreign amount in English format
    "Paket 500k selama 24 bulan.",
    "Ia datang 3 tahun lalu.",                  # a number before tahun lalu
    "Wanita berusia 40 tahun itu ditangkap.",   # an age
    "Inflasi rendah dalam 2 tahun terakhir.",   # a span before terakhir
])
def test_digits_kept(source):
    """Numbers are converted, never changed: every digit of the source is in the English."""
    digits = sorted(c for c in source if c.isdigit())
    assert sorted(c for c in tr(source) if c.isdigit()) == digits
