"""Table tests for the subjects informal Indonesian drops and English needs (it for a thing judged, I for the
writer). One row per rule, never a whole evaluation sentence; each row names the construction it pins down."""

import pytest

from summarize.translate.rule import RuleTranslator

TR = RuleTranslator()


def tr(text: str) -> str:
    return TR.translate([text])[0]


@pytest.mark.parametrize("source, expected", [
    # a sentence that is only adjective predicates joined by dan/tapi has dropped its subject: it's ...; with a
    # subject of its own it keeps it
    ("Enak dan murah.", "It's delicious and cheap."),
    ("Mahal tapi worth it.", "It's expensive but worth it."),
    ("Tempatnya kecil tapi bersih.", "The place is small but clean."),
])
def test_dropped_subjects(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # mau/ingin/pengen opening a statement with no subject: the writer's wish (I want to ...); a question asks the
    # reader and keeps no subject
    ("Ingin marah sama pelayanan itu.", "I want to be angry with that service."),
    ("Mau ke hotel itu.", "I want to go to that hotel."),
    ("Mau pesan lagi?", "Want to order again?"),
    # (a relative clause with a subject of its own, yang kontennya ..., agrees with it, not with the writer)
    ("Saya mau membuat postingan yang kontennya mengedukasi pelanggan.", "the content educates"),
])
def test_writers_wish(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # a sentence that opens with a "tough" adjective and its bare verb complement has lost the "it" of
    # extraposition (susah cari parkir -> it's hard to find parking); with a subject of its own it keeps it
    ("Sulit sekali mengerti orang itu.", "It's really difficult to understand"),
    ("Susah cari parkir.", "It's difficult to"),
    ("Tempatnya susah dicari.", "The place is"),
])
def test_extraposed_it(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # an adjective after a comma that ends a finished clause, closing the sentence, is a predicate added about the
    # same thing: it's ... (I for a feeling); not the last of a list of adjectives, nor an apposition to a name
    ("Kami makan di sana, enak banget.", "We ate there, it was really delicious."),
    ("Saya suka nasi goreng, enak sekali.", "it's really delicious."),
    ("Tempatnya bersih, nyaman, murah.", "The place is clean, comfortable, cheap."),
    ("Ia tinggal di Duren Sawit, berusia 32 tahun.", "Palm, 32 years old."),
])
def test_afterthought_predicate(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # a subjectless condition with a negated verb addresses the reader like kalau mau ... (if you don't ...),
    # unless the main clause names its own third-person subject
    ("Kalau tidak suka, coba pilih nasi ikan asin.", "If you don't like it,"),
    ("Jika tidak bisa datang, hubungi kami.", "If you can't come,"),
    ("Jika tidak bermain di sayap, dia bisa jadi cadangan.", "he can"),
])
def test_negated_condition(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # a sentence adverb (pokoknya, secara keseluruhan) before an adjective-only predicate: the predicate still
    # needs its "it" (and an adjective of acknowledgement there is not "Okay")
    ("Pokoknya rekomendasi banget.", "Basically, it's highly recommended."),
    ("Secara keseluruhan baik.", "Overall, it's good."),
])
def test_sentence_adverb_before_predicate(source: str, expected: str) -> None:
    assert expected in tr(source)


@pytest.mark.parametrize("source, expected", [
    # tapi/jadi/dan opening the sentence leave a writer's sudah + verb or verb of feeling sentence-initial: I
    ("Tapi menyesal makan di sini.", "But I regret eating here."),
    ("Dan sudah pernah makan di sini.", "And I've eaten here."),
])
def test_linked_writers_sentence(source: str, expected: str) -> None:
    assert expected in tr(source)
