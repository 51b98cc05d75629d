"""Table tests for 24-daily-life.tsv: everyday words of reviews and comments (food and cooking, places and
travel, shopping and gadgets, home, body and feelings, weather, school and work) that the lexicon lacked or the
morphology misread. Each row: an Indonesian sentence and a substring its English must contain."""
import pytest

from summarize.translate.rule import RuleTranslator

TR = RuleTranslator()

ROWS = [
    # cooking and texture: encer (watery) was copied untranslated
    ("Ayamnya empuk tapi sambalnya terlalu encer.", "too watery"),
    # amis (fishy) was unknown
    ("Ikannya amis dan nasinya sudah basi.", "fishy"),
    # tepung beras is rice flour, a multi-word row
    ("Pisangnya digoreng dengan tepung beras.", "rice flour"),
    # hotel rooms: wastafel (sink) was copied untranslated
    ("Kamarnya berdebu dan wastafelnya kotor.", "sink"),
    # parking: jukir is the short form of juru parkir
    ("Jukirnya galak sekali.", "parking attendant"),
    # shopping: lecet (scratched) and kekecilan (too small; ke-an read as the noun "small")
    ("Barangnya datang lecet dan kekecilan.", "too small"),
    # phones: ngehang (freezes) was copied untranslated
    ("Laptopnya sering ngehang.", "freeze"),
    # chores: ngepel (mop) was copied untranslated
    ("Tetangga sebelah sedang ngepel lantai.", "mopping"),
    # home repairs: mampet (clogged)
    ("Wastafelnya mampet.", "clogged"),
    # health: meriang (feverish) was read as the verb "cheerful"
    ("Anak saya meriang semalaman.", "feverish"),
    # body: mules (upset stomach) was copied untranslated
    ("Setelah makan di sini perut saya mules.", "upset"),
    # character: sombong (arrogant) was copied untranslated
    ("Pelayannya sombong.", "arrogant"),
    # character: pelit (stingy) and cerewet (talkative)
    ("Bosnya pelit dan cerewet.", "stingy and talkative"),
    # weather: becek (muddy), licin (slippery) and gerimis (drizzle) were all copied untranslated
    ("Jalannya becek dan licin setelah gerimis.", "muddy and slippery"),
    # weather: kehujanan was read as the noun "rain"
    ("Kami kehujanan di jalan.", "caught in the rain"),
    # school: bolos (skip school) and nyontek (cheat; read as "flick")
    ("Anak saya sering bolos dan nyontek saat ujian.", "cheat"),
    # work: di-PHK (laid off) was read as the preposition "in"
    ("Dia di-PHK bulan lalu.", "laid off"),
    # mishaps: kecopetan (be pickpocketed) was copied untranslated
    ("Saya kecopetan di pasar.", "pickpocketed"),
    # meeting up: ketemuan was read as the noun "meeting"
    ("Kami ketemuan di kafe.", "met up"),
    # review phrase: cepat habis was "quick and finished"
    ("Baterainya cepat habis.", "quick to run out"),
    # review phrase: ramah anak (child-friendly) was "friendly child"
    ("Tempatnya ramah anak.", "child-friendly"),
    # dishes: kwetiau goreng and capcay were copied untranslated
    ("Kwetiau gorengnya enak, capcaynya juga.", "stir-fried vegetables"),
    # spreads: selai kacang is peanut butter
    ("Yang paling enak selai kacangnya.", "peanut butter"),
    # ke-an "too X": kepagian was read as the noun "morning"
    ("Kami datang kepagian, restorannya belum buka.", "too early"),
    # ke-an "too X": keenceran was read as the noun "watery"
    ("Sambalnya keenceran.", "too watery"),
    # light and wear: redup was read as the verb "fade"; reyot (rickety) was unknown
    ("Lampunya redup dan kursinya reyot.", "dim and the seat is rickety"),
    # sound: fals (off-key) and cempreng (shrill)
    ("Suara penyanyinya fals dan cempreng.", "off-key and shrill"),
    # rides: muter-muter (go round in circles) and titik jemput (pick-up point)
    ("Drivernya muter-muter karena salah titik jemput.", "pick-up point"),
    # minibuses: ngetem (wait for passengers) was copied untranslated
    ("Sopir angkotnya ngetem lama sekali.", "waits for passengers"),
    # play areas: perosotan (slide) was copied untranslated
    ("Anak-anak suka perosotan di sini.", "slide"),
    # vehicle care: tambal ban (tyre repair)
    ("Di sebelahnya ada tambal ban.", "tyre repair"),
    # quantities: sekilo was read as a bare "kilo" after its noun
    ("Saya beli sekilo jeruk.", "a kilo of"),
    # frequency: seminggu sekali is "once a week"
    ("Kami ke sini seminggu sekali.", "once a week"),
    # durations: setengah jam was "half hours"
    ("Kami menunggu lebih dari setengah jam.", "more than half an hour"),
    # English mixed in: fluffy as an adjective makes the clause a statement
    ("Rotinya fluffy banget.", "bread is so fluffy"),
    # ordering terms: free refill
    ("Es tehnya free refill.", "free refill"),
    # home repairs: jamuran (mouldy) was read as the noun "mushroom"; mengelupas (peel) was unknown
    ("Temboknya jamuran dan catnya mengelupas.", "mouldy"),
    # pregnancy: ngidam (crave) was copied untranslated
    ("Istri saya sedang ngidam mangga muda.", "craving"),
    # spice levels: ekstra pedas
    ("Saya pesan yang ekstra pedas.", "extra spicy"),
    # take-away: dibawa pulang was "brought went home"
    ("Sisanya dibawa pulang.", "taken home"),
    # accidental ke- passive: kegores (scratched) was copied untranslated
    ("Tangan saya kegores pisau.", "scratched"),
    # selling: sepi pembeli (short of customers) was "quiet buyer"
    ("Warungnya sepi pembeli.", "short of customers"),
    # accidental ke- passive: kesetrum (electrocuted) was copied untranslated
    ("Kakinya kesetrum.", "electrocuted"),
    # treating: mentraktir was copied untranslated
    ("Teman saya mentraktir kami.", "treated us"),
    # clothes: melar (stretch) and resleting (zip) were copied untranslated
    ("Kaosnya melar setelah dicuci dan resletingnya rusak.", "zip"),
    # places: bobrok (dilapidated)
    ("Bangunannya sudah bobrok.", "dilapidated"),
    # supplies: obat nyamuk was "mosquito medicine"; senter (torch) was unknown
    ("Jangan lupa bawa obat nyamuk dan senter.", "mosquito repellent and torch"),
    # tableware: peralatan makan was "equipment ate"
    ("Peralatan makannya bersih.", "utensils"),
    # aches: sakit pinggang was "sick waist"
    ("Saya sakit pinggang sejak kemarin.", "lower back pain"),
    # breath: ngos-ngosan (out of breath) was copied untranslated
    ("Setelah naik tangga saya ngos-ngosan.", "out of breath"),
    # rice: pera (dry and grainy) was copied untranslated
    ("Nasinya pera.", "dry and grainy"),
    # rice: pulen (soft and fluffy)
    ("Nasinya pulen.", "soft and fluffy"),
    # agritourism: wisata petik (fruit-picking tour)
    ("Kami ikut wisata petik stroberi.", "fruit-picking tour"),
    # tourists: bule (Westerner) was copied untranslated
    ("Banyak bule yang datang ke pantai ini.", "Westerners"),
    # phone parts: lubang charger (charging port) was "charger hole"
    ("Lubang chargernya longgar.", "charging port"),
    # warranties: garansi resmi is an official warranty
    ("Masih garansi resmi.", "official warranty"),
    # feelings: berkaca-kaca (teary) was read as "learn from"
    ("Matanya berkaca-kaca.", "teary"),
    # feelings: salah tingkah (flustered)
    ("Dia salah tingkah.", "flustered"),
    # shelter: berteduh was read as the adjective "shady"
    ("Kami berteduh di warung karena hujan.", "took shelter"),
    # outdoors: jalan setapak (footpath) was "step road"
    ("Ada jalan setapak ke air terjun.", "footpath"),
    # paying: uang pas was "just right money"
    ("Tidak perlu uang pas.", "exact change"),
    # money: bokek (broke) was copied untranslated
    ("Akhir bulan saya bokek.", "broke"),
    # school: dibully (bullied) and teman sekelas (classmate; was "friend on par with")
    ("Anak saya dibully teman sekelas.", "classmate"),
    # grades: tinggal kelas (repeat a year) was "lives the class"
    ("Dia tinggal kelas.", "repeat"),
    # work: dinas luar kota was "out of town office"
    ("Suami saya sering dinas luar kota.", "travels for work"),
    # work: paruh waktu was "time half"
    ("Saya kerja paruh waktu di kafe.", "part-time in the cafe"),
    # portions: cukup untuk berdua was "enough for together"
    ("Porsinya cukup untuk berdua.", "enough for two"),
    # paying: bayar di kasir was "paid in the cashier"
    ("Di sini ambil sendiri lalu bayar di kasir.", "at the cashier"),
    # shipping: hilang di jalan was "missing on the road"
    ("Paketnya hilang di jalan.", "lost in transit"),
    # drivers: ugal-ugalan (reckless) was copied untranslated
    ("Drivernya ugal-ugalan.", "reckless"),
    # hotel rooms: brankas (safe) was copied untranslated
    ("Kamarnya punya brankas dan hair dryer.", "safe and hairdryer"),
    # safety: alat pemadam was "extinguisher tool"
    ("Tidak ada alat pemadam di lorong.", "fire extinguisher"),
    # traditional snacks: getuk and tapai were copied untranslated
    ("Saya beli getuk dan tapai di pasar.", "fermented cassava"),
    # street snacks: pisang molen (banana pastry)
    ("Pisang molennya enak.", "banana pastry"),
    # treats: memanjakan lidah was "pampered the tongue"
    ("Makanannya memanjakan lidah.", "taste buds"),
    # shopping: cuci mata (window-shop) was "washed the eye"
    ("Setelah makan kami cuci mata di mal.", "window-shop"),
    # brewing and roasting: diseduh and disangrai were copied untranslated
    ("Kopinya diseduh manual dan kacangnya disangrai sendiri.", "dry-roasted"),
    # baking: dioven (baked) was copied untranslated
    ("Rotinya diolesi mentega lalu dioven.", "baked"),
    # repairs: diservis (serviced) was copied untranslated
    ("Laptopnya sudah diservis.", "serviced"),
    # first aid: diperban (bandaged) was copied untranslated
    ("Kakinya lalu diperban.", "bandaged"),
    # exchanges: dituker (exchanged) was copied untranslated
    ("Barangnya rusak, minta dituker.", "exchanged"),
    # returns: dibalikin was read as "reversed"
    ("Sepatunya dibalikin ke penjual.", "returned"),
    # caring: menidurkan (put to bed) was read as "sleep"
    ("Ibu sedang menidurkan adik.", "putting to bed"),
    # family visits: sungkem (pay respects) was copied untranslated
    ("Kami menjenguk nenek lalu sungkem.", "paid respects"),
    # ber- forms: berlantai dua (two-storey) and berpendingin ruangan (air-conditioned)
    ("Restorannya berlantai dua dan berpendingin ruangan.", "air-conditioned"),
    # ber- forms: berpiknik was "with trip"
    ("Kami berpiknik di taman.", "picnic"),
    # ke-an nouns: kesejukan was the adjective "cool"
    ("Kami suka kesejukan udaranya.", "coolness"),
    # ke-an nouns: kemewahan was the adjective "luxurious"
    ("Kemewahan hotelnya terasa.", "luxury"),
    # ke-an nouns: keempukan was the adjective "tender"
    ("Keempukan dagingnya pas.", "tenderness"),
    # ke-an nouns: kesombongan was the adjective "arrogant"
    ("Kesombongan pelayannya bikin kesal.", "arrogance"),
    # street people: pengamen (busker) was copied untranslated
    ("Banyak pengamen di sini.", "busker"),
    # food lovers: pecinta pedas was "spicy lover"
    ("Cocok untuk pecinta pedas.", "spicy food lover"),
    # app faults: keluar sendiri was "goes out alone"
    ("Aplikasinya sering keluar sendiri.", "closes by itself"),
    # phone chores: ngapus (delete) was copied untranslated
    ("Saya ngapus aplikasinya.", "delete"),
    # animals: dicakar (scratched) and kucing liar (stray cat)
    ("Tangan saya dicakar kucing liar.", "stray cat"),
    # flies: dikerubungi lalat was copied in part
    ("Makanannya dikerubungi lalat.", "swarmed by flies"),
    # selling: laku keras was "in demand and hard"
    ("Kuenya laku keras.", "in high demand"),
    # selling: terjual habis was "sold finished"
    ("Tiketnya terjual habis.", "sold out"),
    # adjusting: dipelanin (turned down) was copied untranslated
    ("Musiknya terlalu keras, minta dipelanin.", "turned down"),
    # locks: kekunci di luar (locked out)
    ("Saya kekunci di luar kamar.", "locked out"),
    # directions: belok (turn) was copied untranslated
    ("Dari perempatan belok kiri.", "turn left"),
    # directions: ujung gang (end of the alley)
    ("Tempatnya di ujung gang.", "end of the alley"),
    # symptoms: keracunan makanan (food poisoning)
    ("Setelah makan di sana kami keracunan makanan.", "food poisoning"),
    # symptoms: cenat-cenut (throbbing) and kliyengan (light-headed) were copied untranslated
    ("Kepala saya cenat-cenut dan kliyengan.", "light-headed"),
    # places: pintu masuk was "door enters"
    ("Pintu masuknya di samping ruko.", "entrance"),
    # places: jembatan penyeberangan was "crossing bridge"
    ("Ada jembatan penyeberangan di depan mal.", "footbridge"),
    # toppings: ayam suwir (shredded chicken) and telur puyuh (quail egg)
    ("Buburnya pakai ayam suwir dan telur puyuh.", "quail egg"),
    # toppings: abon (meat floss) was copied untranslated
    ("Nasinya ditaburi abon.", "meat floss"),
    # fruit: buah naga (dragon fruit) and markisa (passion fruit) were copied or split
    ("Jusnya dari buah naga dan markisa.", "passion fruit"),
    # vegetables: kacang polong (pea) and lobak (radish)
    ("Sayurnya ada kacang polong dan lobak.", "radish"),
]


@pytest.mark.parametrize("src,expected", ROWS)
def test_lexicon_row_reaches_the_english(src, expected):
    assert expected in TR.translate([src])[0]
