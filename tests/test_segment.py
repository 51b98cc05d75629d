"""Sentence and paragraph segmentation on real Indonesian news patterns."""

import pytest

from summarize.text.normalise import normalise
from summarize.text.segment import segment, split_sentences

CASES = [
    # abbreviations that never end a sentence
    ("Acara itu dihadiri pejabat, pengusaha, dll. yang diundang panitia.", 1),
    ("Penelitian oleh Budi dkk. menunjukkan hasil serupa.", 1),
    ("Ia tinggal di Jl. Merdeka No. 5 sejak lama.", 1),
    ("Dr. Siti dan Prof. Ir. Andi, S.H., M.Kom. hadir.", 1),
    ("Saham PT. INTI Tbk. naik tajam hari ini.", 1),
    ("Surat itu ditujukan a.n. direktur u.p. bagian umum.", 1),
    ("Rapat dimulai tgl. 5 Mei pk. 09.00 di kantor.", 1),
    ("H. Agus Salim adalah tokoh bangsa.", 1),
    # initials
    ("B. J. Habibie lahir di Parepare. Ia presiden ketiga.", 2),
    # numbers: decimals, thousands, money, times, dates
    ("Ekonomi tumbuh 44,9 persen. Jumlah penduduk 2.200.112 jiwa.", 2),
    ("Anggaran Rp229,68 triliun disetujui. Rapat selesai pukul 14.30 WIB.", 2),
    ('Keterangan resmi dirilis pada Minggu (8/9/2024). Acara berlangsung lancar.', 2),
    ("Nilainya 1.5 juta. Itu besar.", 2),
    # quotes that close after the period
    ('"Kami siap bekerja." Ia lalu pergi.', 2),
    ('"Ini momen baik," kata Amran. Ia tersenyum.', 2),
    ('Ia berkata, "Kita harus bersatu." Semua bertepuk tangan.', 2),
    # ellipses, question and exclamation marks
    ("Dia menunggu... lalu pergi. Besoknya kembali.", 2),
    ("Dia menunggu... Tidak ada yang datang.", 2),
    ("Apa yang terjadi? Tidak ada yang tahu!", 2),
    # lower-case continuation is not a new sentence
    ("Harga naik 5 persen. dan terus naik.", 1),
]


@pytest.mark.parametrize("text,count", CASES)
def test_sentence_counts(text, count):
    assert len(split_sentences(normalise(text))) == count, split_sentences(normalise(text))


def test_sentence_text_is_exact():
    sents = split_sentences('"Ini momen baik," kata Amran. Ia tersenyum.')
    assert sents == ['"Ini momen baik," kata Amran.', "Ia tersenyum."]


def test_quote_closing_after_period_stays_with_sentence():
    sents = split_sentences('"Kami siap bekerja." Ia lalu pergi.')
    assert sents[0] == '"Kami siap bekerja."'


def test_one_paragraph_per_line_without_blank_lines():
    doc = segment("Kalimat satu. Kalimat dua.\nParagraf kedua di sini.\nParagraf ketiga.")
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 2]


def test_blank_lines_separate_paragraphs_and_wrapped_lines_join():
    text = ("Baris pertama paragraf ini cukup panjang sehingga terpotong oleh penulisnya\n"
            "dan berlanjut di baris kedua.\n\nParagraf berikutnya.")
    doc = segment(text)
    assert [s.text for s in doc.sentences] == [
        "Baris pertama paragraf ini cukup panjang sehingga terpotong oleh penulisnya dan berlanjut di baris kedua.",
        "Paragraf berikutnya.",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 1]


def test_bullet_lines_stand_alone():
    doc = segment("Poin penting:\n- harga naik\n- stok turun\n\nPenutup.")
    assert [s.text for s in doc.sentences] == ["Poin penting:", "- harga naik", "- stok turun", "Penutup."]


def test_title_line_is_its_own_sentence():
    doc = segment("Banjir Landa Jakarta\nHujan deras sejak pagi membuat banyak jalan tergenang air setinggi lutut.\n\nWarga mengungsi.")
    assert doc.sentences[0].text == "Banjir Landa Jakarta"


def test_seed_article_segments_as_expected(tmp_path):
    from conftest import SEED

    doc = segment(SEED.read_text(encoding="utf-8"))
    assert len(doc.sentences) == 11
    assert doc.paragraphs == 7
    assert doc.sentences[3].text.endswith("pada Minggu (8/9/2024).")
    assert doc.sentences[9].text.startswith('"Ini menjadi momen baik')


def test_normalise_quotes_spaces_and_nfc():
    raw = "\u201cKota\u201d  cerdas\u00a0itu\u200b caf\u0065\u0301.\r\n\r\n\r\nBaru"
    assert normalise(raw) == '"Kota" cerdas itu caf\u00e9.\n\nBaru'
