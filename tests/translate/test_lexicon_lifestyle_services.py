"""Lexicon rows of 26-lifestyle-services.tsv (beauty and skincare, clothing and tailoring, family and parenting,
animals and gardening, hobbies and crafts, transport and traffic, public services and complaints, banking and
credit, crime, accidents and disasters): each row is a sentence and an English substring its translation must
contain."""

import pytest

from summarize.translate.rule import RuleTranslator

TR = RuleTranslator()

CASES = [
    # beauty, cosmetics and skincare
    ("Pelembapnya bikin kulit jadi lembap, tapi bedaknya cepat luntur.", "moisturizer"),
    ("Wajahku kusam dan jerawatan setelah pakai krim itu.", "dull and spotty"),   # (jerawatan: 24-daily-life's row)
    # clothing, fashion and tailoring
    ("Celananya kekecilan, harus dipermak di penjahit.", "too small"),
    ("Bajunya kedodoran.", "baggy"),
    # family, parenting and relationships
    ("Anaknya rewel terus, minta digendong.", "fussy"),
    ("Mertuanya tinggal bersama pasutri itu.", "married couple"),
    # animals, pets, plants and gardening
    ("Kucingku suka mencakar sofa.", "scratch"),
    ("Rumahnya banyak kecoak dan semut.", "cockroaches and ants"),
    # hobbies, arts, crafts and music-making
    ("Suaranya sumbang, gitarnya juga fals.", "out of tune"),
    ("Adikku lagi belajar main biola.", "violin"),
    # transport and traffic
    ("Jalanan macet parah, angkotnya ngetem lama.", "badly jammed"),
    ("Kena tilang karena menerobos lampu merah.", "run a red light"),
    # public services, administration and complaints
    ("Selokannya mampet, air meluap ke jalan.", "clogged"),
    ("Ngurus KTP dipersulit, banyak pungli dan calo.", "illegal levies"),
    # banking, credit, insurance and money talk
    ("Utangnya belum lunas, ditagih debt collector terus.", "paid off"),
    ("Dia mau nyicil motor tapi takut kredit macet.", "bad debt"),
    # crime, accidents, fires and disasters
    ("Rumah warga ludes terbakar akibat korsleting listrik.", "short circuit"),
    ("Korban tabrak lari mengalami luka berat.", "serious injuries"),
    # words the morphology misread
    ("Mienya kelembekan dan aku kekenyangan.", "too soft"),        # (kekenyangan: 24-daily-life's "stuffed")
    ("Hawanya sejuk, cocok buat menyendiri.", "being alone"),
    # beauty and fashion reviews: colloquial and derived forms
    ("Rambutku megar kalau gak pakai kondisioner.", "frizzy"),   # (lepek is 24-daily-life's "saucer")
    ("Bahannya tipis dan tidak sesuai gambar.", "not as pictured"),
    # parenting and relationships: colloquial forms
    ("Anakku masih suka ngompol.", "wet the bed"),
    # transport, service complaints and money talk: colloquial forms
    ("Sopir angkot suka ngetem dan nyelonong seenaknya.", "minibus driver"),
    ("Uangnya raib, katanya sistem error.", "vanish"),
    # pets, gardening and hobbies: colloquial forms
    ("Kucingnya kutuan dan jamuran, harus dimandiin.", "flea-ridden"),
    ("Daunnya menguning karena busuk akar.", "root rot"),
    # crime, accidents, disasters and paperwork: colloquial forms
    ("Banjirnya sepinggang, warga mengungsi pakai perahu karet.", "waist-deep"),
    ("Korban mengalami luka bakar dan pendarahan.", "bleeding"),
    # vehicles, bank, insurance and utility complaints
    ("Motornya ditarik leasing karena nunggak cicilan.", "repossessed"),
    ("Uangnya didebet dua kali, kena double debet.", "double debit"),
    # family life events and children's play
    ("Cocok untuk tempat kumpul keluarga.", "family gathering"),
    ("Anak-anak suka main perosotan dan jungkat-jungkit.", "seesaw"),
    # everyday review and complaint words; street trades
    ("Jalan antar saung kadang-kadang licin dan becek.", "slippery"),
    ("Di perempatan banyak pengamen dan pedagang asongan.", "busker"),
    # general review and comment words
    ("Masih ada bekas abu rokoknya.", "ash"),
    ("Pelayanan di bank cabang itu tidak professional.", "professional"),
    # colours and family outings
    ("Aku beli kemeja warna biru dongker.", "navy blue"),
    ("Anak bisa ditinggal sambil main air.", "in the water"),
    # more animals and everyday complaint words
    ("Tangannya dipatuk ular berbisa.", "venomous snake"),
    ("Simbol agama bukan untuk dipermainkan.", "toyed with"),
    # property, inheritance and legal talk
    ("Proyek itu menunggu pembebasan lahan.", "land acquisition"),
    ("Keluarga itu rebutan warisan sampai ke pengadilan.", "over the inheritance"),
    # hijab styles, traditional cloth and clothing reviews
    ("Bahannya adem, nyaman dipakai dan tidak mudah kusut.", "crease-resistant"),
    ("Dia pakai blangkon dan beskap.", "Javanese headcloth"),
    # street money slang and payment talk
    ("Hati-hati, banyak uang palsu beredar.", "counterfeit money"),
    ("Katanya gak ada uang pas.", "exact change"),
    # derived forms the morphology misread
    ("Penagihan utang dilakukan dengan kasar.", "debt collection"),
    ("Kami kehujanan di jalan.", "caught in the rain"),
    ("Dia masih kangen sama mantannya.", "the ex"),
    # ke- mishap forms
    ("Malingnya ketangkep warga.", "caught"),
    ("Sepatunya kegedean, celananya kelebaran.", "too wide"),
    # grooming and clothes-care verbs
    ("Rambutnya dicatok lalu dicepol.", "straightened"),
    ("Bajunya belum diseterika.", "ironed"),
    # colloquial road, workshop and money verbs
    ("Motornya dicegat polisi di jalan.", "stopped by police"),
    ("Uangnya sudah ditransferin kemarin.", "transferred"),
    # baby care and love-life verbs
    ("Anaknya harus disuapin terus.", "spoon-fed"),
    ("Ternyata pacarnya ngeduain dia.", "two-timed"),
    # pets, gardening and hobby verbs
    ("Tiap pagi aku nyabutin rumput.", "weed"),
    ("Tolong fotoin kami di sini.", "photo"),
    # paperwork and counter-service verbs
    ("Berkasnya harus difotokopiin dan distempel dulu.", "photocopied and stamped"),
    ("Kami gak dilayanin sama petugasnya.", "served"),
    # fights, floods and lock-ins
    ("Rumah kami kerendam banjir semalaman.", "flooded"),
    ("Anakku kekunci di kamar mandi.", "locked in"),
    # an adjective + -nya as the subject is a noun
    ("Kamarnya bersih tapi baunya apek.", "the smell is musty"),
    ("Kusamnya hilang setelah seminggu.", "The dullness"),
    ("Macetnya parah banget.", "The traffic jam"),
]


@pytest.mark.parametrize("source,expected", CASES)
def test_lexicon_row_reaches_the_english(source, expected):
    assert expected in TR.translate([source])[0]
