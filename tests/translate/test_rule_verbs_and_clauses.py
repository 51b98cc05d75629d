"""Table tests for rules on verbs, adverbs and clause structure in informal Indonesian: one
row per rule, never a whole evaluation sentence. Each row names the construction it pins down."""

import pytest

from summarize.translate.rule import RuleTranslator, english

TR = RuleTranslator()


def tr(text: str) -> str:
    return TR.translate([text])[0]


@pytest.mark.parametrize("source, expected", [
    # ke sini / ke sana with no verb: a verb of motion; after a subject even before another verb
    ("Saya ke sini pulang dari kantor.", "I came here"),
    # ... and with no subject after a clause word of time or condition (the reader after if, else the reviewer,
    # or the pronoun of the clause that follows); the main clause then starts afresh
    ("Tiap kali ke sini pasti pesan ini.", "Every time I come here"),
    ("Kalau ke sini menyiapkan perut kosong ya.", "If you come here"),
    ("Ketika ke sana kami pesan sate.", "When we went there we ordered"),
    ("Pas ke sana ternyata tempatnya biasa saja.", "When I went there it turns out the place was"),
    # ... whose I/we is also the subject of a subjectless main clause right after it
    ("Tiap kali ke sini pasti order ini.", "Every time I come here I definitely order this."),
    # ... after a sentence-initial time adverb of the past (the writer's narrative), and a bare verb after it is
    # its purpose
    ("Waktu itu ke sini pesan nasi goreng.", "At that time I came here to order fried rice."),
    ("Kami ke sana makan sate.", "We went there to eat"),
    # ... after a marker ke sini is still the motion (want to come here), not an adverb of the next verb
    ("Kalau mau ke sini harus reservasi dulu.", "want"),
    ("Kalau mau ke sini harus reservasi dulu.", "to come here"),
    # (not after an object: the place belongs to the verb before it; makin ke sini is "lately")
    ("Reseller yang bawa sepatu ke sini sudah banyak.", "shoes here"),
    ("Tetapi makin ke sini kualitasnya menurun.", "as time goes on"),
])
def test_motion(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # object relative with markers before the agent: yang + modal/aux/adv + pronoun + verb -> that + pronoun + ...
    ("Restoran yang wajib saya kunjungi.", "that I must visit"),
    ("Tidak banyak pilihan yang bisa kami pilih.", "that we could choose"),
    ("Album yang akan ia rilis.", "that he will release"),
    # ... pernah: have ever + participle; paling: the most after the verb
    ("Ini ayam yang pernah saya makan.", "that I've ever eaten"),
    ("Menu yang paling saya suka adalah sate.", "that I like the most is"),
    # in an object relative the next verb is the main predicate, not a to-complement (except catenative verbs)
    ("Makanan yang kami pesan tidak datang.", "that we ordered didn't come"),
    ("Makanan yang kami coba makan enak.", "that we tried to eat"),
])
def test_object_relative(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # a relative clause after a noun for people opens with who (not that, nor a participle)
    ("Lokasinya mudah ditemukan karena banyak orang yang tahu.", "people who know"),
    ("Ada beberapa pelanggan yang tidak senang.", "customers who"),
    ("Pemain yang berbuat kesalahan.", "player who does"),
    # a bare root right after yang is the clause's verb
    ("Album yang rilis pada bulan November itu laris.", "that releases in November"),
    # (things keep the participle: restoran yang menyajikan -> restaurant serving)
    ("Restoran yang menyajikan sate.", "serving"),
])
def test_who_after_people(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # a number of times before the verb goes after the verb phrase in English
    # ... and saying how often something was done is experience: the perfect (2 kali: twice)
    ("Saya beberapa kali makan di sini.", "I've eaten here several times."),
    ("Dalam dua tahun terakhir, ia sudah lima kali berkunjung ke Papua.", "has visited Papua five times."),
    ("Hampir 5 kali saya ke sini.", "I've been here 5 times."),
    ("Saya 2 kali pesan ini.", "I've ordered this twice."),
    # (after the verb it stays)
    ("Saya harus bertanya beberapa kali tentang pesanan saya.", "ask several times about"),
])
def test_times_after_verb(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # informal spellings of sudah (dah, sdh, udh) make the perfect like sudah itself
    ("Kami dah makan di sini.", "We've eaten here."),
    ("Saya sdh pesan nasi goreng.", "I've ordered"),
])
def test_informal_sudah(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # a sentence opening with sudah/pernah + an active verb has dropped its subject, the writer
    ("Sudah beberapa kali makan di sini.", "I've eaten here several times."),
    ("Pernah makan di warung ini.", "I once ate"),
    # ... and so has a sentence that opens with a verb of the writer's feeling (menyesal, benci, kangen, berharap)
    ("Menyesal tadi ke toko itu.", "I regretted"),
    ("Berharap kebersihan tempat diperbaiki.", "I hope"),
    # (not a formal telah-participle clause, nor a passive or ada)
    ("Telah berpacaran selama 3 tahun, Dimas akhirnya melamar.", "Has dated"),
    ("Sudah ditemukan mayat.", "Has been found"),
])
def test_reviewer_subject(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # a bare active verb after a di- passive is its to-infinitive (asked/advised/forced/allowed to ...)
    ("Warga diminta membawa KTP.", "asked to bring"),
    ("Disarankan membawa jaket.", "Recommended to bring"),
    ("Dia dipaksa mengaku.", "forced to"),
    # ... a tool is a manner, menjadi after a verb of change its result
    ("Nasi itu dimakan menggunakan sendok.", "eaten using"),
    ("Pos dibagi menjadi lima.", "divided into five"),
    ("Harry diminta menjadi pendamping.", "asked to become"),
    # ... and involved/accused/charged take a preposition and -ing
    ("Pria itu dituduh melakukan penggelapan pajak.", "accused of doing"),
    ("Dua pria terlibat bentrok dengan pasukan.", "involved in clashing"),
    ("Anggota dewan tertangkap tangan menerima suap.", "caught red-handed receiving"),
])
def test_passive_complement(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # a subjectless clause of time or condition takes the I/we the sentence speaks of, else the reader ...
    ("Aku dan suami biasanya menginap di Jimbaran saat berkunjung ke Bali.", "when we visited Bali"),
    ("Kami selalu pesan sate kalau ke sini.", "if we come here"),
    ("Kalau mau beli obat, ke apotek.", "If you want to buy"),
    # (an if-clause after a comma is advice to the reader even when the writer spoke of himself before it)
    ("Saya kaget, jadi kalau makan di sini, siapkan uang.", "if you eat here"),
    ("Setiap kali pergi ke Bandung, keluarga minta oleh-oleh.", "Every time I go to Bandung"),
    # ... or the I/we after its verb, who then opens the main clause
    ("Menunya enak, pas datang saya sama pasangan nyobain menu lokal.", "when I come my partner and I try"),
    # ... and with no I/we to take, a clause of time keeps no subject: when + -ing
    ('"Kami sudah meninjau lokasi," katanya saat meninjau lokasi.', "he said when inspecting the location"),
    ("Ketika ingin menyantap variasi makanan, pilihannya Hanamasa.", "When wanting to eat"),
    # (no subject at all for ada: if there is)
    ("Kami akan menginformasikan jika ada perkembangan.", "if there's a"),
])
def test_subordinate_subject(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # jadi after a clause that has its verb opens a clause of result: so
    ("Bantalnya bau, jadi tidak bisa tidur dengan nyenyak.", "smelly, so can't sleep"),
    ("Pertandingannya sudah selesai, jadi kami harus santai.", "so we have to"),
    ("Itu pernyataan yang luar biasa, jadi demi menghormati teman saya, saya ingin membantu.", "so for"),
    # (a verb's complement or a causative's result stays become; so does jadi before its own predicate)
    ("Anaknya dipilih jadi wakil presiden.", "chosen to become"),
    ("Tempat itu jadi penuh sekali.", "becomes really full"),
])
def test_result_so(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # jangan pernah + verb is a prohibition: never + verb (no writer's subject)
    ("Jangan pernah pesan melalui layanan ini.", "Never order through"),
    # regret, miss, recommend ... take a gerund complement, not to + verb
    ("Saya tidak pernah menyesal makan di sini.", "regretted eating here"),
    ("Saya kangen makan di sini.", "missed eating here"),
    ("Marquez mengakui mengalami banyak kesulitan.", "admits experiencing"),
    ("Rossi menunda pensiun.", "postpones retiring"),
])
def test_never_imperative(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # ini/baru pertama kali + clause is the predicate: this is my first time + -ing / here
    ("Ini pertama kali saya ke sini.", "This is my first time here."),
    ("Baru pertama kali saya makan di warung ini.", "This is my first time eating"),
    ("Ini pertama kali kami ke Bali.", "our first time coming to Bali"),
    # a sentence-initial pertama kali + clause is a clause of time: the first time I ...
    ("Pertama kali saya makan di resto ini, tempatnya sepi.", "The first time I ate"),
    ("Pertama kali ke tempat ini, kami reservasi.", "The first time I went to this place"),
])
def test_first_time(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # after a finished clause and a comma, a bare noun followed by its own verb is a new subject
    ("Saya suka bandreknya, jagung yang manis disajikan sangat hangat.", ", the sweet corn is served"),
    ("Saya pesan kopi, teman saya pesan teh.", "my friend ordered the tea"),
    ("Saya suka tempat ini, Budi juga suka.", "Budi also likes it"),
    # ... and after an adjective predicate, so is a noun + adjective (a run of statements)
    ("Tempatnya bagus, harga murah.", "The place is great, the price is cheap."),
    ("Tempatnya bagus, makanan enak dan harga murah.", "the food is delicious and the price is cheap."),
    ("Tempatnya bagus dan harga murah.", "The place is great and the price is cheap."),
    # ... and with no comma, so is a -nya noun + adjective right after an adjective predicate
    ("Makanannya enak pelayanannya ramah.", "the service is friendly"),
    ("Tempatnya nyaman harganya juga murah.", "the price is also cheap"),
    # (not the next item of a list)
    ("Kami pesan nasi, ikan bakar dan es teh.", "the rice, grilled fish and iced tea"),
    ("Kami pesan nasi goreng, ayam goreng pedas dan es teh.", "spicy fried chicken and"),
])
def test_new_subject_after_comma(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # noun + yang ada: before a place just the place, at the end of the noun phrase "existing"
    ("Menu yang ada di sini enak.", "The menu here is delicious."),
    ("Restoran yang ada di Bandung enak.", "The restaurant in Bandung is delicious."),
    ("Opsi itu tidak akan menyelesaikan semua masalah yang ada.", "all existing problems"),
    ("Tidak semua makanan yang ada di atas piring harus habis.", "food on the plate"),
])
def test_existing(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # agar/supaya/biar + a bare verb (no subject) is a to-infinitive of purpose
    ("Gunanya shazam: biar tahu lagu-lagunya.", "to know"),
    ("Tambah bangkunya biar tidak menunggu.", "so as not to wait"),
    ("Menteri mengusulkan ke Kementerian Keuangan agar menetapkan bea ekspor.", "Finance to set"),
    # (with a subject or a modal it stays a clause: so that you can ...)
    ("Kami ingin menambah wifi biar bisa internetan.", "so that you can"),
])
def test_bare_purpose(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # a bare adjective of feeling after tapi/jadi is the writer's; after karena/kalau, the I/we of the sentence
    ("Tapi puas karena rasa makanannya enak.", "But I'm satisfied because"),
    ("Kami pulang karena kecewa.", "because we were disappointed"),
    # (not when nobody first-person is spoken of, nor a coordinated adjective)
    ("Karena lelah menunggu, dia pergi ke balai kota.", "Because tired"),
    ("Misi itu marah dan kecewa.", "angry and disappointed"),
])
def test_feeling_after_clause_word(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # tidak perlu / tidak usah / lebih baik / mending + a bare verb: no need to / better to + verb
    ("Tidak perlu menunggu lama.", "No need to wait"),
    ("Lebih baik ke sini karena parkiran luas.", "Better to come here"),
    ("Mending main poker online.", "better to play"),
    # ... after a subject: does not need to
    ("Pelanggan tidak perlu menjawab banyak pertanyaan.", "doesn't need to answer"),
])
def test_no_need_better(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # noun + possessive pronoun + yang: the head is the noun (that/whose), who only for people
    ("Hanya ayam goreng pesanan saya yang rasanya sedikit mendekati nikmat.", "whose taste"),
    ("Kami akan mempromosikan layanan kami yang baru.", "our"),
    ("Teman saya yang tinggal di Bandung suka sate.", "My friend who lives in Bandung"),
    ("Mereka yang suka pedas.", "Those who like"),
    # ini + noun phrase with a whose-clause and no verb of its own identifies: this is ...
    ("Ini salah satu tempat yang makanannya enak.", "This is one of the places whose food is delicious."),
])
def test_possessor_before_yang(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # subject + markers + pronoun + bare verb: object voice; the noun phrase is the fronted object (topic)
    ("Ini harus kamu coba.", "This, you have to try."),
    ("Semua persiapan sudah kami selesaikan.", "All preparations, we've finished."),
    ("Vonis itu akan kami pelajari.", "That verdict, we'll study."),
    ("Sehingga mi yang seharusnya sangat nikmat tidak bisa saya rasakan.", ", I can't feel"),
    # (not after a pronoun subject)
    ("Kalau bisa saya harap segera.", "If I can I hope"),
    # a fronted object moved after its verb leaves no "it" behind
    ("Tempat ini saya rekomendasikan.", "I recommend this place."),
])
def test_topicalised_object(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # terus between two predicates (a new subject, or passive after passive, or a verb after an adjective): then
    ("Ayamnya cuma seperti digoreng terus dilumuri kecap.", "fried then"),
    ("Makanannya enak terus pelayanannya mantap.", "delicious then the service"),
    # (after a verb it says the action goes on)
    ("Korea Utara disebut terus meningkatkan stok plutonium.", "to keep increasing"),
])
def test_terus_then(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # terus before a verb: continuing aspect, keep + -ing (continue to be + participle for a passive)
    ("Persipura Jayapura terus menguntit PSM Makassar.", "keeps trailing"),
    ("Kepemimpinan Cook terus dikaitkan dengan legenda.", "continues to be linked"),
    # ... also as a complement: tried/committed/said to keep + -ing
    ("Perusahaan berusaha terus melaju.", "tries to keep advancing"),
    ("Ralali berkomitmen untuk terus berinovasi.", "committed to keep innovating"),
    ("Korea Utara disebut terus meningkatkan stok plutonium.", "called to keep increasing"),
])
def test_keep_doing(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # a name or a noun for people right after a di- passive is its agent: by
    ("Program nuklir yang dilancarkan Pyongyang.", "launched by Pyongyang"),
    ("Kota Bogor akan dipimpin Bima Arya.", "led by Bima Arya"),
    ("Tempat ini sangat disukai banyak orang.", "liked by lots of people"),
    ("Kasus itu ditangani polisi.", "handled by police"),
    # (not a day, nor the name a naming verb gives)
    ("Hasil tes diumumkan Selasa.", "announced Tuesday"),
    ("Dia dijuluki The Doctor.", "nicknamed The Doctor"),
])
def test_passive_agent(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # causative membuat/bikin + object + verb/adjective: the verb is bare, the adjective has no copula
    ("Makanannya membuat saya lupa waktu.", "makes me lose track of time"),
    ("Lokasinya membuat tempat ini memiliki pemandangan bagus.", "makes this place have"),
    ("Cuaca sejuk membuat tempat ini sangat disukai banyak orang.", "makes this place very liked"),
    # (a relative clause after the object keeps its own verb)
    ("Mau membuat postingan yang kontennya mengedukasi pelanggan.", "educates"),
])
def test_causative_bare_verb(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # English loan verbs used as bare roots (order, booking, komplain) are verbs where a verb goes
    ("Saya order nasi goreng.", "I ordered the fried rice."),
    ("Kami booking hotel.", "We booked the hotel."),
    ("Makanan yang kami order sudah habis.", "that we ordered"),
])
def test_loan_verbs(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # tolong/mohon/harap + a di- passive asks the reader to do it: please + base verb
    ("Mohon ditindaklanjuti.", "Please follow up."),
    ("Tolong dibantu ya.", "Please help"),
    ("Harap diperhatikan.", "Please pay attention."),
])
def test_please_passive(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("participle, base", [
    # the base form of a participle gloss (for requests made with a passive)
    ("checked", "check"), ("followed up", "follow up"), ("stopped", "stop"), ("served", "serve"),
    ("noted", "note"), ("carried", "carry"), ("understood", "understand"), ("visited", "visit"),
])
def test_participle_base(participle: str, base: str) -> None:
    assert english.base(participle) == base


@pytest.mark.parametrize("source, expected", [
    # untuk/buat + pronoun + bare verb: for + object pronoun + to + verb
    ("Resto ini saya rekomendasikan untuk anda singgahi.", "for you to stop by"),
    ("Hanya saja sedikit lama untuk kita menunggu pesanan.", "for us to wait for the order"),
    ("Ini saatnya untuk dia mengakhirinya.", "for him to end it"),
])
def test_for_someone_to(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # after a verb of saying or thinking, a noun phrase + passive/modal predicate is a clause of its own
    ("Saya berharap kebersihan tempat diperbaiki.", "I hope the place cleanliness is fixed."),
    ("Saya pikir harganya akan naik.", "I think the price will rise."),
])
def test_that_clause_agreement(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # a sentence-initial headless object relative followed by a noun phrase: what I like is + the noun phrase
    ("Yang paling saya suka jamur panggangnya.", "What I like most is the grilled mushroom."),
    ("Yang saya suka pelayanannya.", "What I like is the service."),
    ("Yang kita pesan hanya sate kambing.", "What we ordered was only goat satay."),
    # (not after a preposition: dari yang saya dengar -> from what I heard)
    ("Dari yang saya dengar tempat ini enak.", "From what I heard this place"),
])
def test_headless_relative_predicate(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # sampai after sudah/belum with no number after it is the verb arrive, not the preposition until
    ("Paket saya belum sampai.", "My package hasn't arrived yet."),
    ("Kami sudah sampai dan mendapati restorannya sepi.", "arrived and found"),
    # ... and after a clause word of time before di, a name or a pronoun
    ("Setelah sampai di hotel, kami istirahat.", "After arriving in the hotel"),
    # (sampai before a number stays: belum sampai 1 kilo -> not yet up to 1 kilo; tak sampai di situ: idiom)
    ("Beratnya belum sampai 1 kilo.", "up to 1 kilo"),
])
def test_sampai_arrive(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # kembali after a verb and its object pronoun is "again" (back after verbs of giving and taking)
    ("Jangan ragu untuk menghubungi kami kembali.", "contact us again"),
])
def test_kembali_after_object(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # dan/atau + a bare verb after a to-infinitive is a second infinitive: bare too
    ("Kami datang untuk makan dan minum.", "to eat and drink"),
    ("Saya jadi malas pakai dan bayar.", "lazy to use and pay"),
    ("Mereka memakai granat untuk merusak dan memasuki gedung.", "to damage and enter"),
])
def test_infinitive_goes_on(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    ("Begitu masuk, kami langsung disambut pelayan.", "Upon entering, we"),     # begitu + verb opening a clause
    ("Saya tidak begitu suka.", "so"),                                          # elsewhere still "so"
    ("Tempatnya begitu luas.", "so spacious"),
])
def test_begitu_before_a_verb_at_a_clause_start_is_upon(source, expected):
    assert expected in TR.translate([source])[0]
