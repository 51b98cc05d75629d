"""Behaviour of the extractive summariser: boilerplate and datelines, quotes, nesting, ids, determinism, and a
small golden article written for these tests (tests/data/extractive-article.txt). Self-contained: no shared data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.pipeline import Options, Pipeline
from summarize.summarizers import base, extractive, features
from summarize.summarizers.boilerplate import dateline, is_boilerplate, strip_dateline
from summarize.text.segment import segment
from summarize.text.stem import stem
from summarize.types import Document, Sentence

DATA = Path(__file__).parent / "data"
ARTICLE = (DATA / "extractive-article.txt").read_text(encoding="utf-8")


def run(text: str, short: int | None = None, long: int | None = None):
    """As the pipeline calls it: an explicit `short` is exact, the default one is left to the length model."""
    doc = segment(text)
    s, lg = base.default_lengths(len(doc.sentences), short, long)
    short_sel, long_sel = extractive.ExtractiveSummarizer().summarize(doc, short=s, long=lg,
                                                                      exact_short=short is not None)
    return doc, short_sel.sentence_ids, long_sel.sentence_ids


@pytest.mark.parametrize("text, prefix", [
    ("Jakarta, CNN Indonesia -- Pemerintah menaikkan harga.", "Jakarta, CNN Indonesia -- "),
    ("Jakarta, CNN Indonesia - - Pemerintah menaikkan harga.", "Jakarta, CNN Indonesia - - "),
    ("Jakarta (ANTARA News) - Presiden meresmikan bandara.", "Jakarta (ANTARA News) - "),
    ("KUTIPAN \u2013 Harga cabai naik lagi.", "KUTIPAN \u2013 "),
    ("Jakarta, KOMPAS.com \u2013 Banjir melanda Bekasi.", "Jakarta, KOMPAS.com \u2013 "),
    ("JUARA.NET, MISANO ADRIATICO - Pebalap Repsol Honda Team menang.", "JUARA.NET, MISANO ADRIATICO - "),
    ("Merdeka.com - Polisi menangkap dua orang.", "Merdeka.com - "),
])
def test_dateline_prefixes_are_recognised(text, prefix):
    assert text[:dateline(text)] == prefix
    assert strip_dateline(text) == text[len(prefix):]


@pytest.mark.parametrize("text", [
    "Presiden Joko Widodo - yang baru tiba - langsung meninjau lokasi.",
    "Mercedes - Benz merilis mobil baru.",
    "Pemerintah menaikkan harga BBM mulai hari ini.",
    "Skor akhir 2 - 1 untuk Persib.",
])
def test_ordinary_sentences_keep_their_start(text):
    assert dateline(text) == 0


@pytest.mark.parametrize("text, expected", [
    ("Baca juga: Bogor Siapkan Bus Listrik", True),
    ("BACA JUGA : Harga Emas Turun", True),
    ("(ant/ant)", True),
    ("[Antara]", True),
    ("Foto: Shutterstock", True),
    ("Penulis: Budi Santoso", True),
    ("Tesla (Foto: Tesla)", True),
    ("Bogor juga menyiapkan bus listrik untuk warga.", False),
])
def test_boilerplate(text, expected):
    assert is_boilerplate(text) is expected


def test_golden_article():
    expected = json.loads((DATA / "extractive-article.expected.json").read_text(encoding="utf-8"))
    doc, short_ids, long_ids = run(ARTICLE, short=3)
    sources = [s.text for s in doc.sentences]
    assert list(short_ids) == expected["short_ids"]
    assert list(long_ids) == expected["long_ids"]
    assert base.summary_text(short_ids, sources, sources)[0] == expected["short_source"]
    # by default the length model decides: this article's lead sentences are short, so it takes one more
    _, default_short, default_long = run(ARTICLE)
    assert default_short == (0, 1, 2, 3) and default_long == long_ids


def test_dateline_cut_from_summary_text_but_kept_in_sentences():
    report = Pipeline(Options(engine="rule")).run(ARTICLE).to_dict()
    short = report["summaries"]["short"]
    assert report["sentences"][0]["source"].startswith("Jakarta, KOMPAS.com")
    assert 0 in short["sentence_ids"]
    assert short["source"].startswith("Pemerintah Kota Bogor")
    assert "KOMPAS" not in short["source"] and "KOMPAS" not in short["translation"]
    for key in ("short", "long"):
        ids = report["summaries"][key]["sentence_ids"]
        assert all(0 <= i < len(report["sentences"]) for i in ids)


def test_boilerplate_never_chosen():
    doc, short_ids, long_ids = run(ARTICLE, short=3, long=9)
    texts = [doc.sentences[i].text for i in long_ids]
    assert not any(t.startswith("Baca juga") or t == "(ant/ant)" for t in texts)


def test_translation_dateline_cut():
    src, tr = base.summary_text([0], ["Jakarta, CNN Indonesia -- Harga naik."],
                                ["Jakarta, CNN Indonesia--Prices rose."])
    assert (src, tr) == ("Harga naik.", "Prices rose.")


def _doc(*texts: str) -> Document:
    return Document(tuple(Sentence(t, i) for i, t in enumerate(texts)))


def test_quote_without_speaker_is_not_chosen_alone():
    doc = _doc("Pemerintah membuka jalur sepeda baru di Bogor pada Senin.",
               "Wali kota meminta warga bersepeda ke kantor setiap hari.",
               "\u201cIni baru langkah awal untuk kota yang lebih sehat.\u201d",
               "Dinas Perhubungan memasang rambu baru di jalur itu.")
    info = features.analyse(doc)
    assert info.quote_only == [False, False, True, False]
    params = extractive.Params(weights=())
    # the quote scores best, but its context (sentence 1) is not in: it must wait for it
    short, long = extractive.choose([0.5, 0.0, 9.0, 0.4], info, params, short=1, long=2)
    assert short == (0,) and 2 not in long
    short, long = extractive.choose([0.5, 1.0, 9.0, 0.4], info, params, short=2, long=2)
    assert short == (1, 2)


def test_quote_with_speaker_may_stand_alone():
    doc = _doc("Harga cabai naik.", "\u201cKami siap menurunkan harga,\u201d kata Menteri Perdagangan.")
    assert features.analyse(doc).quote_only == [False, False]


def _length_params(gains: tuple[float, ...]) -> extractive.Params:
    """A length model predicting `gains` for 2, 3, 4 and 5 sentences, on any article (only the bias counts)."""
    rows = tuple(tuple([g] + [0.0] * (len(features.LENGTH_NAMES) - 1)) for g in gains)
    return extractive.Params(weights=(), min_short=2, max_short=5, length_weights=rows)


@pytest.mark.parametrize("gains, short, long, expected", [
    ((1, 0, 0, 0), 5, 5, 2),
    ((0, 1, 0, 0), 5, 5, 3),
    ((0, 0, 1, 0), 5, 5, 4),
    ((0, 0, 0, 1), 5, 6, 5),
    ((0, 1, 2, 3), 5, 4, 4),     # never more than the long summary
    ((0, 1, 2, 3), 3, 6, 3),     # nor than the most the caller allows
    ((0, 0, 0, 0), 5, 6, 2),     # ties go to the shorter summary
])
def test_length_model_chooses_the_default_short_length(gains, short, long, expected):
    doc = segment(ARTICLE)
    info = features.analyse(doc)
    scores = [-i for i in range(len(doc.sentences))]
    params = _length_params(gains)
    short_ids, long_ids = extractive.choose(scores, info, params, short=short, long=long)
    assert short_ids == tuple(range(expected)) and long_ids == tuple(range(long))
    # an explicit length is exact, whatever the model prefers, and the long summary does not depend on it
    assert extractive.choose(scores, info, params, short=short, long=long, exact_short=True) == (
        tuple(range(min(short, long))), long_ids)


def test_length_model_on_a_tiny_text():
    doc = _doc("Harga cabai naik di Bogor.")
    info = features.analyse(doc)
    assert extractive.choose([1.0], info, _length_params((0, 0, 0, 1)), short=1, long=1) == ((0,), (0,))
    assert len(features.length_features(info, [0], [1.0])) == len(features.LENGTH_NAMES)


def test_shipped_length_model_matches_its_features():
    params = extractive.shipped_params()
    assert len(params.length_weights) == params.max_short - params.min_short + 1
    assert all(len(row) == len(features.LENGTH_NAMES) for row in params.length_weights)
    assert not any(params.length_weights[3 - params.min_short])   # gains are relative to 3 sentences


def test_stemmer_reads_its_affixes_and_conflates_derivations():
    assert stem("membangun") == stem("dibangun") == stem("pembangunan") == "bangun"
    assert stem("pemerintah") == stem("pemerintahan")
    assert stem("makan") == "makan"


_WORDS = ["Pemerintah", "harga", "naik", "Bogor", "jalur", "sepeda", "warga", "kata", "Namun", "dia", "2023",
          "\u201cKami", "siap\u201d", "Baca", "juga:", "Jakarta,", "CNN", "Indonesia", "--", "meresmikan", "baru"]
_SENTENCE = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")
_ARTICLE = st.lists(st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=8) \
    .map("\n\n".join)


@settings(max_examples=150, deadline=None)
@given(_ARTICLE, st.one_of(st.none(), st.integers(1, 6)), st.one_of(st.none(), st.integers(1, 9)))
def test_ids_sorted_unique_bounded_nested_and_deterministic(text, short, long):
    doc, short_ids, long_ids = run(text, short, long)
    n = len(doc.sentences)
    s, lg = base.default_lengths(n, short, long)
    for ids in (short_ids, long_ids):
        assert list(ids) == sorted(set(ids))
        assert all(0 <= i < n for i in ids)
    assert set(short_ids) <= set(long_ids)
    assert len(long_ids) == lg
    if short is None:   # the length model's choice, within its range and the long summary
        assert min(2, lg) <= len(short_ids) <= min(5, lg)
    else:
        assert len(short_ids) == s
    assert run(text, short, long)[1:] == (short_ids, long_ids)
