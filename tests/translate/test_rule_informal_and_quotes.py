"""Quote marks, the word after an opening quote, and informal spellings (anak2, enakkk) in the rule engine."""

import re

import pytest

from summarize.translate.rule import RuleTranslator
from summarize.translate.rule.tokens import detokenise, quote_roles, tokenise

_TR = RuleTranslator()


def tr(text: str) -> str:
    return _TR.translate_one(text)


@pytest.mark.parametrize("source, expected", [
    # an opening quote after a comma: a space before it, none after
    ('Bayu mengatakan, "Target kami tercapai," jelas Bayu.', 'said, "'),
    # a closing quote glued to the comma before it, the speech verb after a space
    ('Kami akan pergi," katanya.', 'go," he said.'),
    # a quotation that goes on into the next sentence
    ('"Kami sudah makan.', '"We\'ve eaten.'),
    # a title in quotes inside the sentence, then a closing quote of a quotation begun earlier
    ('Jika dia termasuk "justice collaborator" di KPK maka KPK memberi rekomendasi," kata Ma\'mun.',
     '"the justice collaborator" in KPK'),
    # single quotes around a title, with an apostrophe inside a word left alone
    ("'Ayah' adalah film lama.", "'Father' is"),
    ("Film 'Surat Kecil untuk Tuhan' tayang hari Jum'at.", "'Small Letter for God'"),
    # text joined from tokens (IndoSum) spaces both sides of a quote: a lower-case word after it closes ...
    ('Dia melempar granat melalui jendela , " kata Raied Khalid.', 'window," said Raied'),
    # ... and a capital after it opens
    ('Dia melanjutkan , " Kejenuhan itu nyata .', ', "'),
])
def test_quotes_open_and_close(source, expected):
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected, wrong", [
    # the word after an opening quote starts the sentence: a common noun, not a name in title case
    ('"Harga beras naik lagi," ujar dia.', '"The rice price', "Rice Price"),
    ('"Anak-anak senang," katanya.', '"The children', "Childrens"),
    ('"Minggu depan kami datang," katanya.', '"Next week', "Next Week"),
])
def test_word_after_an_opening_quote_starts_the_sentence(source, expected, wrong):
    out = tr(source)
    assert expected in out and wrong not in out


@pytest.mark.parametrize("text, roles", [
    ('kata dia, "Kami pergi," katanya.', {'"': [True, False]}),
    ('"Kami', {'"': [True]}),
    ('pergi."', {'"': [False]}),
    ("Jum'at 'Ayah'", {"'": [True, False]}),          # the apostrophe of Jum'at is no quote
    ('a, " b', {'"': [False]}),                       # spaced both sides, punctuation before, lower case after:
    #                                                   closes (the quotation began in an earlier sentence)
    ('a " b', {'"': [True]}),                         # ... a word before: opens a quoted term
    ('a " b " c', {'"': [True, False]}),               # ... and the next one closes it
    ('a " B', {'"': [True]}),                         # ... a capital after: opens
    ('a " 5', {'"': [None]}),                         # ... neither: left to the guess from the tokens
    ("tanpa tanda kutip", {}),
])
def test_quote_roles_from_the_source_spacing(text, roles):
    assert quote_roles(text) == roles


@pytest.mark.parametrize("tokens, expected", [
    (['"', "Happy", "children", '"'], '"Happy children"'),
    (["He", "said", ",", '"', "Happy", '"', "."], 'He said, "Happy".'),
    (['"', "Happy", '"', ",", "he", "said", "."], '"Happy", he said.'),
    (["We", "go", ",", '"', "he", "said", "."], 'We go," he said.'),     # odd count after punctuation: closes
    (["Let", "'", "s", "go"], "Let ' s go"),        # an odd count of single quotes: spaced like words, as before
])
def test_detokenise_guesses_quote_roles_from_the_tokens(tokens, expected):
    assert detokenise(tokens) == expected


@pytest.mark.parametrize("source, tokens", [
    ("anak2 senang", ["anak-anak", "senang"]),
    ("Kue2nya enak", ["Kue-kuenya", "enak"]),
    ("sayur2an segar", ["sayur-sayuran", "segar"]),
    ("Harganya mahal2", ["Harganya", "mahal-mahal"]),
    # not reduplication: short or all-capital words, capitalised names inside the sentence, numbers
    ("Lulusan S2 dan PS2", ["Lulusan", "S2", "dan", "PS2"]),         # (codes kept whole: see below)
    ("Redmi Note2 bagus", ["Redmi", "Note2", "bagus"]),
    ("Tahun 2022 ada 2 kali", ["Tahun", "2022", "ada", "2", "kali"]),
])
def test_a_2_after_a_word_marks_reduplication(source, tokens):
    assert tokenise(source) == tokens


@pytest.mark.parametrize("source, expected", [
    ("Anak2 senang bermain", "children"),
    ("Sayur2an segar", "The vegetables are fresh"),           # X-Xan nouns are plural: agreement
    ("Buah-buahan mahal", "The fruits are expensive"),
    ("Makanannya enakkk bangettt!", "The food is so delicious!"),     # elongated degree word keeps its side
    ("Makanannya enak bangett!", "The food is so delicious!"),
])
def test_informal_spellings_translate_like_the_plain_word(source, expected):
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # the reporting clause after a closing quote: the verb's reporting sense, a pronoun as its subject
    ('"Target tercapai," jelas Bayu.', '," explained Bayu.'),             # jelas is otherwise "clear"
    ('"Itu penting," tegas Jokowi.', '," stressed Jokowi.'),               # tegas: "firm"
    ('"Terima kasih," tutup dia.', '," he concluded.'),                    # tutup: "close"
    ('"Kami pergi," ujar dia kepada wartawan.', '," he said to'),         # not "said him"
    ('"Kami siap!" tambah mereka.', '!" they added.'),
    ('"Kami siap," demikian kata Bayu.', '," said Bayu.'),                # demikian before the verb vanishes
    ('"Sudah," tulis pengguna Twitter lain.', 'wrote'),
])
def test_reporting_clause_after_a_closing_quote(source, expected):
    assert expected in tr(source)


@pytest.mark.parametrize("source, wrong", [
    ("Dia jelas salah.", "explained"),                   # no quote before it: jelas keeps its own sense
    ('"Sudah," tulis pengguna Twitter lain.', " was "),  # the reporting verb is the clause's verb: no copula
    ('Suku bunga naik," demikian dikutip Reuters.', "said"),     # demikian before a passive is not a report
])
def test_reporting_clause_only_after_a_closing_quote(source, wrong):
    assert wrong not in tr(source)


@pytest.mark.parametrize("source, token", [
    ("Hal itu dikatakan kepada Merdeka.com, Senin.", "Merdeka.com"),         # a site name stays one token
    ("Seperti dilansir DailySocial.id hari ini.", "DailySocial.id"),
    ("JUARA.NET, MISANO - Pebalap menang.", "JUARA.NET"),
    ("Dikutip dari viva.co.id kemarin.", "viva.co.id"),
    ("Info di www.maubelajarapa.com/smw2017.", "www.maubelajarapa.com/smw2017"),
    ("Lihat https://socialmediaweek.org/jakarta/ untuk jadwal.", "https://socialmediaweek.org/jakarta/"),
])
def test_web_addresses_are_one_token_kept_as_written(source, token):
    assert token in tokenise(source)
    assert token in tr(source)


@pytest.mark.parametrize("source, expected", [
    ("Rute Malang-Jakarta ramai.", "Malang-Jakarta"),       # names joined by a hyphen: nothing dropped
    ("Kereta Jakarta-Bandung penuh.", "Jakarta-Bandung"),
    ("UU No. 35/2014 berlaku.", "No. 35/2014"),             # not "No.."
    # a capitalised word mid-sentence that would read with a my/your clitic or as a meN- word is a name
    ("Chelsea ingin memulangkan Lukaku ke Stamford Bridge.", "Lukaku to Stamford"),     # not "my Wound"
    ("Presiden bertemu Megawati di Jakarta.", "Megawati"),                              # not "critical"
    ("Ia bekerja di Direktorat Pengupahan.", "Wage Directorate"),                       # institutions still read
])
def test_names_and_abbreviations_kept_whole(source, expected):
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected, wrong", [
    ("Mereka bertemu di hotel yang sama.", "the same hotel", "the the"),        # the modifier brings its article
    ("Dia meninggal Senin (18/12) sore.", "Monday (18/12) afternoon", ") the"),  # part of the day after a date
])
def test_no_extra_article(source, expected, wrong):
    out = tr(source)
    assert expected in out and wrong not in out


@pytest.mark.parametrize("source, expected", [
    # a dateline's dash is spaced, and the sentence after it reads as it would alone: a new clause (its subject
    # takes its article), starting with a capital
    ("JAKARTA, KOMPAS.com - Harga beras naik lagi.", "Jakarta, KOMPAS.com - The rice price rises"),
    ("JUARA.NET, MISANO ADRIATICO - Pebalap menang.", "MISANO ADRIATICO - The racer wins"),
    ("Merdeka.com - Harga naik.", "Merdeka.com - The price rises"),
    ("BANDUNG - Harga naik.", "Bandung - The price rises"),
    ("KUTIPAN – Delegasi Indonesia, yang dipimpin oleh Amran, hadir.", "KUTIPAN – The Indonesian delegation"),
    ("Jakarta, CNN Indonesia -- Harga beras naik.", "Jakarta, CNN Indonesia – The rice price rises"),
    ("Jakarta, CNN Indonesia - - Polisi menangkap pelaku.", "CNN Indonesia – The police"),
])
def test_dateline(source, expected):
    assert expected in tr(source)


@pytest.mark.parametrize("source", [
    "JAKARTA, KOMPAS.com - Harga beras naik lagi.",
    "Jakarta, CNN Indonesia - - Di usia yang sudah menginjak 91 tahun, Ratu Elizabeth II semakin jarang muncul.",
    "Merdeka.com - Melewati hutan di Kecamatan Kawunganten, pemandangan tak biasa terlihat.",
])
def test_the_sentence_after_a_dateline_reads_as_it_does_alone(source):
    sentence = source.split(" - ", 1)[1].lstrip("- ")
    assert re.split(" [-\u2013] ", tr(source), maxsplit=1)[1] == tr(sentence)


@pytest.mark.parametrize("source, expected, wrong", [
    # text tokenised with spaces around every hyphen (IndoSum): a word, a dash and the same word again is one
    # reduplicated word
    ("Ia dan teman - temannya datang.", "friends", "friend-"),
    ("Kota - kota besar macet.", "The cities", "city-"),
    ("Kami menggelar event - event lain.", "other events", "event-"),
    ("Sayur - sayuran segar.", "vegetables", "-"),
    ("Anies - Sandi menang.", "Anies-Sandi", "Sandis"),          # two names: not reduplication
])
def test_spaced_reduplication(source, expected, wrong):
    out = tr(source)
    assert expected in out and wrong not in out


@pytest.mark.parametrize("source, expected", [
    ("Coca - Cola adalah klien besar.", "Coca-Cola"),            # a hyphen typed apart is no dateline
    ("Kepada DailySocial, Co - Founder Visio mengungkapkan hal itu.", "Co - Founder Visio"),   # (after a preposition)
    ("Ekspansi ini membuat GO - JEK besar.", "GO-JEK"),
    ("Skor 2 - 1 untuk Persib.", "2-1"),
])
def test_not_a_dateline(source, expected):
    assert expected in tr(source)


@pytest.mark.parametrize("text, tokens", [
    # a word with a capital (or of one or two letters) and digits glued after it is a code or model: one token
    ("Hasil FP1 dan KTT G20", ["Hasil", "FP1", "dan", "KTT", "G20"]),
    ("pesawat MH370 dan laptop X550IU", ["pesawat", "MH370", "dan", "laptop", "X550IU"]),
    ("prosesor i7 dan pinjaman p2p", ["prosesor", "i7", "dan", "pinjaman", "p2p"]),
    # a number with a capital after it is a code too (4G, 3D, 12MP); units and magnitudes in lower case stay apart
    ("jaringan 4G, film 3D, kamera 12MP", ["jaringan", "4G", ",", "film", "3D", ",", "kamera", "12MP"]),
    ("2kg beras dan 25rb", ["2", "kg", "beras", "dan", "25", "rb"]),
    # not a typo that glued a word to a number, nor the x of a size, nor what follows a slash, nor money
    ("ada150 orang", ["ada", "150", "orang"]),
    ("layar 720x1280", ["layar", "720", "x", "1280"]),
    ("336 km/h2", ["336", "km", "/", "h", "2"]),
    ("harga Rp5.000 dan US$3", ["harga", "Rp5.000", "dan", "US$3"]),
])
def test_codes_and_models_are_kept_whole(text, tokens):
    assert tokenise(text) == tokens


def test_codes_and_models_read_as_written():
    assert _TR.translate(["Marquez tercepat di FP1."])[0] == "Marquez is fastest in FP1."      # (was "FP 1")


def test_a_name_glued_to_a_year_is_two_tokens():
    # IndoSum's joined lists glue a club to the next season (Olympique Marseille1993 - 1994): not a model name
    assert tokenise("Marseille1993 - 1994 AC Milan") == ["Marseille", "1993", "-", "1994", "AC", "Milan"]


@pytest.mark.parametrize("source, expected", [
    # quotes spaced on both sides (text joined from tokens): a quoted term mid-sentence keeps its quotes around it
    ('Ia menyebut mereka sebagai negara " shithole " alias kumuh.', 'country "the shithole" aka'),
    ('BMKG menegaskan berita itu hanya " hoax " yang tidak benar.', 'only "the hoax" that'),
    ('" Saya senang, " kata dia.', '"I was happy," he said.'),
])
def test_spaced_quotes_in_translations(source, expected):
    assert expected in tr(source)
