"""Morphology tables: each affix pattern the analyser knows, checked through `Analyzer.analyse` on words the
lexicon does not list as written (so the rule, not a lexicon entry, produces the gloss)."""

import pytest

from summarize.translate.rule import lexicon
from summarize.translate.rule.morphology import Analyzer, nasalise

LEX = lexicon.load()
AN = Analyzer(LEX)


@pytest.mark.parametrize("root, first", [
    ("tulis", "menulis"), ("pukul", "memukul"), ("baca", "membaca"), ("dukung", "mendukung"),
    ("sapu", "menyapu"), ("kirim", "mengirim"), ("ambil", "mengambil"), ("gali", "menggali"),
    ("lihat", "melihat"), ("rasa", "merasa"), ("cari", "mencari"),
])
def test_men_nasal_assimilation(root, first):
    assert nasalise(root)[0] == first


@pytest.mark.parametrize("word, pos, gloss", [
    ("dibangunnya", "vpass", "built"),         # di- passive (+ clitic)
    ("ditulisnya", "vpass", "written"),
    ("terbesarnya", "adj", "largest"),         # ter- + adjective = superlative
    ("kota-kotanya", "n", "city"),             # reduplication with a clitic
])
def test_affix_gloss(word, pos, gloss):
    a = AN.analyse(word)
    assert a is not None and a.pos == pos and a.gloss.endswith(gloss.split()[-1])


@pytest.mark.parametrize("word, possessive", [("rumahku", "my"), ("bukumu", "your"), ("mobilnya", "the")])
def test_possessive_clitics(word, possessive):
    a = AN.analyse(word)
    assert a is not None and a.possessive == possessive and a.pos == "n"


@pytest.mark.parametrize("word", ["kota-kota", "rumah-rumah", "buku-buku"])
def test_full_reduplication_is_plural(word):
    a = AN.analyse(word)
    assert a is not None and a.plural


def test_question_particle():
    a = AN.analyse("mahalkah")
    assert a is not None and a.question


@pytest.mark.parametrize("word, pos", [
    ("pembangunan", "n"), ("keberhasilan", "n"), ("pembacaan", "n"),   # peN-an / ke-an nominalisations
    ("bersepeda", "v"), ("mengerjakan", "v"),                           # ber- / meN-kan
])
def test_derivations_have_expected_class(word, pos):
    a = AN.analyse(word)
    assert a is not None and a.pos == pos


@pytest.mark.parametrize("word, gloss", [
    ("nonton", "watch"), ("ngerti", "understand"), ("bikinin", "make"),   # spoken nasal verbs and -in
    ("enakkkk", "delicious"),                                             # letters repeated for emphasis
    ("bersoda", "with soda"),                                              # ber- + noun = having it
    ("roomnya", "room"),                                                  # borrowed noun with -nya
    ("ac-nya", "air conditioning"), ("acnya", "air conditioning"),        # clitic on a two-letter abbreviation
    ("harga-nya", "price"),                                               # clitic after a hyphen
])
def test_informal_forms(word, gloss):
    a = AN.analyse(word)
    assert a is not None and a.gloss == gloss
