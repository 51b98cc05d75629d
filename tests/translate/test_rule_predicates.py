"""Table tests for predicates and noun-phrase boundaries in informal Indonesian. One row per
rule, never a whole evaluation sentence; each row names the construction it pins down."""

import pytest

from summarize.translate.rule import RuleTranslator

TR = RuleTranslator()


def tr(text: str) -> str:
    return TR.translate([text])[0]


@pytest.mark.parametrize("source, expected", [
    # an adjective that governs a preposition (dekat dengan, jauh dari, penuh dengan) is the predicate of a bare
    # subject noun, and after an object noun it follows the noun
    ("Lokasi dekat dengan masjid.", "The location is close to the mosque."),
    ("Rasa sebanding dengan harga.", "The taste is worth the price."),
    ("Kamar penuh dengan nyamuk.", "The room is full of"),
    ("Kami mencari hotel dekat dengan pantai.", "a hotel close to the beach."),
    # sesuai (dengan) as the predicate of a subject is the verb "match" (tidak sesuai -> doesn't match; sudah
    # sesuai -> already matches); inside a clause with its own verb it stays "in accordance with"
    ("Harga sesuai kualitas.", "The price matches the quality."),
    ("Harga tidak sesuai dengan porsi.", "The price doesn't match the portion."),
    ("Harganya sudah sesuai.", "The price already matches."),
    ("Kami fokus pada pelaksanaan tugas sesuai dengan kewenangan.", "in accordance with the authority"),
    # a headless yang-clause followed by a noun phrase that ends the clause identifies it: copula (paling before
    # the pronoun's verb is "most" after it); after an active verb the noun phrase is its object
    ("Yang paling saya suka jamur panggangnya.", "What I like most is the grilled mushroom."),
    ("Yang terkenal satenya, disajikan panas.", "What's famous is the satay,"),
    ("Yang penting usaha.", "What matters is"),
    ("Yang kami pesan hanya sate.", "What we ordered was only"),
    ("Yang menjual nasi goreng ramai.", "What sells"),
    ("Ada Apa dengan Cinta?", "What Is Wrong with Love?"),
    ("Yang kecil harganya 20 ribu.", "the price is 20 thousand."),
    # bikin/membuat + noun + a state adjective is a causative (the adjective follows the noun); with no noun,
    # English names the one affected; an adjective that classifies what is made stays attributive
    ("Makanannya bikin perut kenyang.", "The food makes the stomach full."),
    ("Sabun itu membuat kulit kering.", "makes the skin dry."),
    ("Dekorasinya membuat betah.", "makes you feel at home."),
    ("Dia membuat kajian akademis.", "academic study."),
    # a clause-initial noun + ini/itu followed by a noun phrase that ends the clause (no verb) is identified by it:
    # copula; a time phrase opens a clause instead
    ("Kasus itu skandal besar.", "That case is a big scandal."),
    ("Tahun ini kami pergi ke Bali.", "This year we went"),
    # an indefinite article before a ter- superlative (or most + adjective) is "the"
    ("Marquez menjadi pebalap tercepat.", "the fastest racer"),
    ("Ini tempat makan terbaik.", "This is the best place to eat."),
    # after a comma, a bare noun followed by a graded or negated adjective opens a new clause: its subject
    ("Resto ini luas, suasana sangat menyenangkan.", ", the atmosphere is very pleasant."),
    ("Makanannya enak, pelayanan tidak bagus.", ", the service isn't great."),
    # ... and a plain adjective ending the clause when the clause before the comma ended in an adjective too (a
    # list of noun phrases after a verb stays a list)
    ("Pelayanan tidak bagus, harga mahal.", ", the price is expensive."),
    ("Kami membeli baju, sepatu merah.", "red shoe"),
    # subject + adjective predicate + X-nya ending the clause: the -nya noun is the respect (in/with)
    ("Jaringan di sini sangat buruk kualitasnya.", "is very bad in quality."),
    ("Resto ini sangat ramai pengunjungnya.", "is very crowded with visitors."),
    # banyak + noun as a predicate: possession after a subject, existence after a clause-opening place
    ("Area oleh-oleh banyak pilihan.", "The souvenir area has lots of options."),
    ("Di sini banyak pilihan makanan.", "Here there are lots of"),
    ("Karena saat roadshow banyak investor.", "roadshow lots of investors"),
    ("Di restoran itu tersedia banyak pilihan makanan.", "available lots of food options"),
    # a yang-clause right after a clause-opening dan/tapi/karena is headless too (what ...)
    ("Tapi yang terjadi pada kami, kami kecewa.", "But what happens"),
    ("Dan yang harus dicoba itu jusnya.", "And what"),
    # sama + adjective-nya is an equative (as ... as / just as), sama-sama + adjective is "equally"
    ("Rasanya sama enaknya dengan sate padang.", "The taste is as delicious as"),
    ("Kualitas gambarnya bakal sama bagusnya.", "will be just as great."),
    ("Keduanya sama-sama enak.", "Both are equally delicious."),
    # ... also a compound subject (menu makanan, pisang goreng kejunya), and with a -nya in it a plain adjective
    ("Saya suka restoran ini, menu masakannya beragam, rasanya enak.", ", the cuisine menu is varied,"),
    ("Lokasi mudah dijangkau, menu makanan lumayan variatif.", ", the food menu is pretty varied."),
    # sedikit/dikit before an adjective grades it (a little ...); before a noun it is still a quantity
    ("Sikap kasirnya sedikit aneh.", "is a little strange."),
    ("Saya makan sedikit nasi.", "little rice"),
    # se- + adjective is the equative (as ... as); with -nya it is not (selengkapnya -> complete)
    ("Rasa makanan tidak semewah harganya.", "isn't as luxurious as the price."),
    ("Info selengkapnya ada di sini.", "complete information"),
    # se- words that are no equative: sehabis (after), selayang pandang (an overview)
    ("Sehabis makan kami pulang.", "After eating"),
    ("Ini selayang pandang tentang kota.", "an overview"),
    # a two-word noun compound whose second word carries -nya/-ku/-mu is one noun with that possessor
    ("Kamar mandinya kotor.", "The bathroom is dirty."),
    ("Es krimnya enak.", "The ice cream is delicious."),
    ("Dia mengonfirmasi pengunduran dirinya.", "the resignation"),
    # a headless yang + adjective as the object of a verb of choosing is "the ... one"; a superlative needs none
    ("Saya pesan yang pedas.", "I ordered the spicy one."),
    ("Dia menjadi yang tercepat.", "the fastest."),
    # an adjective like mudah/sulit/enak/cocok + (untuk +) a di- passive: English says the active infinitive
    ("Tempatnya sangat mudah ditemui.", "is very easy to meet."),
    ("Sausnya enak untuk disantap.", "is delicious to eat."),
    ("Hal itu sulit diubah.", "difficult to change."),
    # tidak kalah + adjective is a comparison (no less ...), tidak kalah alone still "not lose"
    ("Rasanya pun tidak kalah enak.", "The taste is also no less delicious."),
    ("Tim kami tidak kalah.", "didn't lose"),
    # noun yang adjective + ini/itu/tersebut: the demonstrative goes in front with the adjective
    ("Perusahaan yang besar itu bangkrut.", "That big company is bankrupt."),
    ("Pertumbuhan yang cukup tinggi ini membutuhkan dana.", "This pretty high growth"),
    # a sentence-initial dan/serta opens no list: "noun adjective" after it is still a statement
    ("Dan harga murah.", "And the price is cheap."),
    # a singular countable noun phrase after the negative copula bukan takes "a" (not ordinals, plurals, news)
    ("Ini bukan pertanda baik.", "This isn't a good sign."),
    ("Ini bukan kali pertama.", "isn't first time"),
    ("Ini jelas bukan kabar baik.", "not good news"),
    # untuk + a bare topic + a graded adjective: the topic is the subject (cocok keeps the purpose)
    ("Untuk harga cukup murah.", "The price is pretty cheap."),
    ("Untuk keluarga sangat cocok.", "For family"),
    # dekat right before a noun is a preposition: the place after it is definite
    ("Kami duduk dekat jendela.", "near the window."),
    ("Lokasinya dekat pantai.", "The location is near the beach."),
    # after a copula whose subject singles something out (a favourite, a superlative, yang + its own subject or a
    # passive) the noun phrase says which one: "the", not "a"; a description keeps "a"
    ("Menu favorit saya adalah sup daging.", "My favorite menu is the meat soup."),
    ("Kopi yang paling enak di sini adalah kopi alpukat.", "is the avocado coffee."),
    ("Jokowi adalah presiden yang baik.", "Jokowi is a good president."),
    # -nya subject + one adverb + a noun phrase ending the clause: copula before the adverb
    ("Ruangannya memang kelas warung.", "The room is indeed stall class."),
    ("Nasi gorengnya juga rekomendasi", "The fried rice is also"),
    # terkenal dengan -> famous for (the adjective's own preposition)
    ("Kota ini terkenal dengan batiknya.", "famous for the batik."),
    # a negated yang-adjective stays a relative clause after the noun
    ("Makanan yang kurang enak.", "The food that's not that good."),
    # a noun phrase right after the di- passive of a relative clause is its agent (by); not after naming passives,
    # before a time, or when the gloss already has its preposition
    ("Kebijakan yang diumumkan pemerintah kemarin.", "announced by government"),
    ("Lagu yang diputar sopir itu bagus.", "aired by that driver"),
    ("Penyanyi yang kerap disapa Iyek.", "called"),
    ("Varian yang baru saja dirilis Januari 2017.", "released January 2017"),
    # ... with up to two adverbs before the adjective
    ("Dia menilai, daya beli masyarakat masih relatif stabil.", "is still relatively stable."),
    # a quantified mass noun takes a singular verb
    ("Semua makanannya enak.", "All the food is delicious."),
    # kedua before its noun is "both" (the ordinal follows the noun: babak kedua, untuk kedua kali)
    ("Kedua pemimpin terus mendorong negosiasi.", "Both leaders"),
    ("Kedua tempat itu sama-sama ramai.", "Both those places are equally crowded."),
    ("Babak kedua dimulai.", "The second half"),
    # ketiga/keempat/kelima before their noun count the whole group too
    ("Ketiga tersangka itu ditangkap.", "Those three suspects"),
    ("Al dan keempat tersangka lain bertemu.", "the four other suspects"),
    ("Rossi ada di posisi keempat.", "the fourth position"),
    # para marks a known group: the + plural
    ("Para pemain harus bekerja keras.", "The players"),
    ("Dia bertemu para pemain.", "meets the players."),
    # a "both ..." noun phrase takes no article and a plural verb
    ("Kedua negara sepakat untuk bekerja sama.", "Both countries agree"),
    # a fronted "a bit"/"a little" adjective is "slightly" before its noun
    ("Tapi ada pelayan yang agak jorok.", "a slightly dirty waiter"),
    # a head whose English already starts with "a" (semangkuk, seminggu) takes no other article
    ("Semangkuk bakso hanya 15 ribu.", "A bowl of bakso"),
    ("Hidungnya tidak muncul hingga seminggu kemudian.", "until a week"),
    # a fronted enak said of something not eaten is "nice" there too
    ("Enak tempatnya buat pacaran.", "The place is nice"),
    # ok is an adjective like oke: a predicate after its subject, an answer alone
    ("Dan makanannya juga ok.", "And the food is also okay."),
    ("Ok, terima kasih.", "Okay, thank you."),
    # orang + a nationality names the people in general: a plural (the Japanese, Indonesians)
    ("Sepertinya orang indonesia sudah mulai bosan.", "Indonesians have"),
    ("Orang Jepang suka ikan.", "The Japanese like fish."),
    # karena/kalau + a bare adjective predicate: the clause needs "it" (not before a noun it modifies, not for
    # a feeling, not after tapi, which joins predicates)
    ("Kami tidak masuk karena ramai.", "because it was crowded."),
    ("Saya suka karena murah.", "because it's cheap."),
    ("Tempat sederhana namun bersih.", "simple but clean."),
    ("Saya pulang karena kecewa.", "because I was disappointed"),   # (a feeling: the writer's)
    # sebagai + a singular countable noun names a role ("a"); an office takes no article
    ("Sebagai netijen, saya kecewa.", "As a netizen,"),
    ("Dia dilantik sebagai presiden.", "as president."),
    ("Saya bekerja sebagai guru.", "as a teacher."),
    # "as" is not repeated after a gloss that ends in it (menjabat sebagai -> serves as)
    ("Dia menjabat sebagai ketua umum partai.", "He serves as party chairman."),
    # after its verb a noun + paling/ter- adjective is one phrase with the superlative in front; as the subject's
    # predicate it stays a predicate
    ("Saya pesan menu paling mahal.", "I ordered the most expensive menu."),
    ("Ini tempat paling enak di Bandung.", "This is the most delicious place in Bandung."),
    ("Tempat ini paling ramai.", "This place is most crowded."),
    # a gloss that starts with a quantifier (several weeks, some people) takes no article
    ("Setelah beberapa minggu berada di Jepang, Evelyn kembali.", "After several weeks"),
    # noun + yang ada: "existing" before the noun at the end of the phrase, nothing before a place
    ("Dia tetap tangguh menghadapi masalah yang ada.", "the existing problem"),
    ("Kalori yang ada di tubuh berkurang.", "The calorie in the body"),
    # pihak + a noun or name is that side itself (pihak ketiga, the third party, stays)
    ("Sup sayur diganti oleh pihak resto.", "by the resto."),
    ("Pihak Google menolak.", "Google refuses."),
    ("Pihak ketiga terlibat.", "third party"),
    # di kalangan + a group is "among"
    ("Tempat ini terkenal di kalangan mahasiswa.", "famous among the students."),
    # salah satu dari is salah satu: one of + a plural
    ("Ini salah satu dari tempat favorit saya.", "This is one of my favorite places."),
    # yang jelas/yang pasti before a clause are sentence adverbs (clearly, certainly)
    ("Yang jelas sambal tysonnya oke!", "Clearly, the tyson sambal is good!"),
    ("Dan yang pasti tehnya hangat.", "And certainly, the tea is warm."),
])
def test_predicates_and_noun_phrases(source: str, expected: str) -> None:
    assert expected in tr(source)
