"""Fast paths in text handling and the summariser give what the plain definitions give (random strings built
from the characters that matter to each)."""

import random
import re

from summarize.summarizers import boilerplate, features
from summarize.text import langid, normalise

ALPHABET = [" ", " ", "  ", "\n", "-", "\u2013", "\u2014", ":", "(", ")", "[", "]", ".", ",", '"', "'",
            "Jakarta", "CNN", "Indonesia", "Foto", "foto", "kamu", "bisa", "menjadi", "member", "KAMU", "\u212aamu",
            "Baca", "juga", "rsa/rsa", "ANTARA", "News", "the", "and", "is", "of", "yang", "dan", "di", "Ia",
            "Namun", "namun", "x", "A", "1", "\u00e9", "\u201c"]


def _texts(n=3000, seed=7):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(ALPHABET) + rng.choice(["", " "]) for _ in range(rng.randint(0, 14)))


def test_boilerplate_prefilters_match_the_full_patterns():
    for text in _texts():
        full = bool(boilerplate._BOILERPLATE.match(text) or "(" in text[:81] and boilerplate._CAPTION.match(text))
        assert boilerplate.is_boilerplate(text) is full, text
        if not any(dash in text for dash in ("-", "\u2013", "\u2014")):
            # what dateline()'s no-dash shortcut relies on: without a dash the pattern cannot match
            assert boilerplate._DATELINE.match(text) is None, text


def test_capitals_count_matches_findall():
    for text in _texts():
        assert features.capitals(text) == len(features._CAPS.findall(text)), text


def test_spaces_pattern_matches_the_plain_one():
    plain = re.compile(r"[ ]{2,}")
    for text in _texts():
        assert normalise._SPACES.sub(" ", text) == plain.sub(" ", text)


def test_detect_counts_like_two_separate_counts():
    id_words, en_words = langid._bytes_list("stopwords-id.txt"), langid._bytes_list("stopwords-en.txt")
    for text in _texts():
        words = langid.folded(text[:3000]).split()
        ids, ens = sum(map(id_words.__contains__, words)), sum(map(en_words.__contains__, words))
        assert langid.detect(text) == ("en" if ens > 1.5 * ids and ens >= 2 else "id"), text


def test_folded_words_are_the_regex_runs_of_the_lowercased_text():
    for text in _texts():
        low = text.lower()
        assert langid.folded(text).split() == [w.encode() for w in re.findall("[a-z]+", low)], text
        assert features.tokens(text) == re.findall("[a-z0-9]+", low), text


def test_detect_decides_on_a_glance_only_by_a_wide_margin():
    indonesian = "Presiden mengatakan bahwa pemerintah akan membangun jembatan yang baru di kota itu. " * 12
    english = "The president said that the government will build a new bridge in the city and in the town. " * 12
    names = "Joko Widodo, Jakarta, Bandung, Surabaya, Medan, 2017, 2018, Persib, Arema, PSSI, KPK, DPR. " * 8
    assert len(names) > 600
    assert langid.detect(indonesian) == "id"
    assert langid.detect(english) == "en"
    # the first 600 characters say nothing (names and numbers): the whole sample decides
    assert langid.detect(names + english) == "en"
    assert langid.detect(names + indonesian) == "id"
    # a clear Indonesian start decides even when English follows inside the sample
    assert langid.detect(indonesian[:650] + english * 3) == "id"
