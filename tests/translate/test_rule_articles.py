"""Table tests for English articles where Indonesian has none (above all the indefinite article)."""
import pytest

from summarize.translate.rule import RuleTranslator

TR = RuleTranslator()


@pytest.mark.parametrize("src, expected", [
    # a text that opens with a verbless described noun phrase introduces its topic: "a", not "the"
    ("Restoran unik dengan menu nasi goreng yang unik pula.", "A unique restaurant"),
    ("Tempat yang sangat alami, dengan menu yang variatif.", "A very natural place"),
    ("Pengalaman yang menyenangkan.", "A pleasant experience"),
    ("Restoran dengan konsep yang sangat asri, apalagi kalau malam suasananya indah.", "A restaurant with"),
    # ... but a clause with a predicate keeps its definite subject
    ("Tempat yang nyaman selalu ramai.", "The comfortable place is"),
    # what a place is suitable for (cocok/pas/ideal untuk + bare noun) is a kind: the generic plural, no "the"
    ("Tempat ini cocok untuk pertemuan.", "perfect for meetings"),
    ("Warung ini cocok banget buat pelajar.", "perfect for students"),
    # ada/tidak ada + noun-nya: the place has (or lacks) such a thing, introduced with "a" (never "no the")
    ("Anak saya suka karena ada kolamnya.", "there's a pool"),
    ("Hampir tidak ada seafoodnya.", "there's no seafood"),
    # seperti in a simile compares with any one of a kind: "like a house"; after a noun it gives examples (keeps)
    ("Konsep tempatnya bagus, seperti rumah di pedesaan Eropa.", "like a house"),
    ("Kamarnya seperti gudang.", "like a warehouse"),
    ("Ayamnya seperti karet.", "like rubber."),
    ("Penyakit Lyme disebarkan oleh hewan seperti kutu.", "like the flea"),
    # what one gets (mendapat/mendapatkan/memperoleh) is new: "a", unless uncounted or said which one
    ("Dia mendapat kartu kuning.", "gets a yellow card"),
    ("Chelsea mendapat peluang lewat sundulan Morata.", "gets an opportunity"),
    ("Mereka mendapat dukungan dari warga.", "get the support"),
    # have / there is + an uncounted noun takes no "a" (a countable one still does)
    ("Mereka punya uang.", "They have money."),
    ("Ada saus keju tapi saya tidak suka.", "There's cheese sauce"),
    ("Saya punya mobil.", "I have a car."),
    ("Restoran ini cocok untuk makan malam dengan makanan yang lumayan enak.", "with pretty good food"),
    # a/an + other is written as one word
    ("Rasa ramen yang otentik bakal berubah jika dicampur dengan bumbu lain.", "another spice"),
    # seorang/sebuah + noun after a pronoun or name opening the clause is a nominal predicate: it gets "is"
    ("Dia seorang guru.", "He's a teacher"),
    ("Budi seorang dokter di Jakarta.", "Budi is a doctor"),
])
def test_articles(src: str, expected: str) -> None:
    assert expected in TR.translate([src])[0]


def test_a_later_sentence_keeps_the() -> None:
    # a described noun phrase in a later sentence refers back to what the text is about: it keeps "the"
    out = TR.translate(["Kami makan di sini.", "Restoran unik dengan menu yang unik pula."])
    assert out[1].startswith("The unique restaurant")
