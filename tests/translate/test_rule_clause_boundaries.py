"""Table tests for long informal sentences that run several statements together (round 4, nx9b): where a new
clause starts, the copulas and degree words English needs in it, and the noun phrases its parts make. One row per
construction, never a whole evaluation sentence."""

import pytest

from summarize.translate.rule import RuleTranslator

TR = RuleTranslator()


def tr(text: str) -> str:
    return TR.translate([text])[0]


@pytest.mark.parametrize("source, expected", [
    # a plural noun gloss with a to-infinitive: the head noun takes the plural (tempat makan -> places to eat)
    ("Di sini banyak tempat makan.", "places to eat"),
    # after a finished clause, a -nya noun + adjective opens a statement of its own, whatever word precedes it (a
    # name, a noun, a demonstrative, a particle): makan di Solaria tempatnya bersih -> ... the place is clean
    ("Saya suka makan di Solaria tempatnya bersih.", "the place is clean"),
    ("Kami makan di warung itu harganya murah.", "the price was cheap"),
    # harga terjangkau is composed, not a fixed noun: a statement in a list (the price is affordable), a modifier
    # inside a noun phrase (with an affordable price)
    ("Makanannya enak, harga terjangkau.", "the price is affordable."),
    ("Restoran dengan harga terjangkau.", "with an affordable price"),
    # a sentence adverb that comments on the whole statement is set off by a comma at its start
    ("Sayangnya tempatnya kotor.", "Unfortunately, the place is dirty."),
    ("Menurut saya tempatnya nyaman.", "In my opinion, the place is comfortable."),
    ("Sejauh ini tempatnya bagus.", "So far, the place"),
    # a connective glossed as a linking adverb (selain itu, sementara itu, oleh karena itu) opening a sentence
    ("Selain itu tempatnya kotor.", "In addition, the place is dirty."),
    ("Sementara itu polisi datang.", "Meanwhile, the police"),
    # an interjection that opens a sentence is set off from the clause after it by a comma
    ("Wah makanannya enak.", "Wow, the food is delicious."),
    ("Oh iya saya mau pesan lagi.", "Oh right, I"),
])
def test_clause_boundaries(source, expected):
    assert expected in tr(source)
