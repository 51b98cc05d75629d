"""The analyser shares cached tokens between sentences (and between positions of one sentence); the grammar
must copy a token before adjusting it (Sentence.own). A rule that changed a shared token in place would make a
translation depend on the sentences translated before it."""

from summarize.translate.rule import RuleTranslator

# Each sentence reaches a rule that adjusts a token: clock times (jam/pukul, pada, the part of the day),
# sense-bearing adjectives before a verb (baru), kembali after a verb, compass directions, baik ... atau,
# "kemudian" after a time span, the dateline dash, classifiers without a number, bare roots used as verbs.
SENTENCES = [
    "Kami datang jam 8 pagi dan pulang jam 10 malam.",
    "Acara dimulai pada pukul 14.30 WIB di gedung baru.",
    "Dia baru datang dari Jakarta dan baru makan.",
    "Pasukan merebut kembali kota itu, lalu membuka kembali jalan.",
    "Ledakan terjadi 100 kilometer utara Baghdad kemarin.",
    "Baik akibat hujan atau banjir, jalan ditutup.",
    "Tiga jam kemudian polisi datang, dua hari kemudian dia pulang.",
    "Jakarta (ANTARA News) - Pelaku sudah ditangkap polisi.",
    "Orang itu datang dengan buah jeruk.",
    "Saya pesan nasi goreng dan mau daftar lagi, saya pesan teh.",
    "Harga baru, jam baru, kota baru, pesan baru.",
]


def _state(tr: RuleTranslator) -> dict:
    return {k: (t.src, t.low, t.pos, t.gloss, t.poss, t.plural, t.cap, t.question, t.value, t.extra, t.verb,
                t.graded) for k, t in tr._word_cache.items()}


def test_cached_tokens_are_never_changed():
    tr = RuleTranslator()
    tr.translate(SENTENCES)
    before = _state(tr)
    tr._cache.clear()
    tr.translate(SENTENCES + SENTENCES[::-1])
    after = _state(tr)
    assert {k: after[k] for k in before} == before


def test_translation_does_not_depend_on_earlier_sentences():
    shared = RuleTranslator()
    for s in SENTENCES + SENTENCES[::-1]:
        shared._cache.clear()
        assert shared.translate_one(s) == RuleTranslator().translate_one(s), s
