"""Property tests (hypothesis) for the segmenter, the rule translator and the summariser."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.summarizers.base import default_lengths
from summarize.summarizers.extractive import ExtractiveSummarizer
from summarize.text.normalise import normalise
from summarize.text.segment import segment
from summarize.translate.rule import RuleTranslator, tokens

TRANSLATOR = RuleTranslator()
SUMMARIZER = ExtractiveSummarizer()
WORDS = ["kota", "cerdas", "Pemerintah", "Indonesia", "dll.", "Dr.", "44,9", "2.200.112", "14.30", "WIB", "yang",
         "dibangun", "tidak", "akan", "rumah-rumah", "\"Ini", "baik,\"", "kata", "Amran.", "...", "?", "!", "Rp229,68",
         "(8/9/2024).", "\n", "\n\n", "-", "B.", "J.", "mereka", "sangat", "besar", "sekali."]
news_like = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join)
any_text = st.one_of(news_like, st.text(max_size=300))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@given(any_text)
@settings(max_examples=300, deadline=None)
def test_segmenter_covers_input_in_order(text):
    clean = normalise(text)
    doc = segment(clean, normalised=True)
    assert _squash("".join(s.text for s in doc.sentences)) == _squash(clean)
    paragraphs = [s.paragraph for s in doc.sentences]
    assert paragraphs == sorted(paragraphs)
    assert all(s.text == s.text.strip() and s.text for s in doc.sentences)


@given(any_text)
@settings(max_examples=300, deadline=None)
def test_translator_total_deterministic_and_keeps_digits(text):
    out = TRANSLATOR.translate_one(text)
    assert out == RuleTranslator().translate_one(text)
    if text.strip() and any(ch.isalnum() for ch in text):
        assert out.strip()
    if not tokens._REDUPLICATED_2.search(text):      # (Aaa2 = Aaa-aaa: word+2 is a reduplication mark)
        digits_in = sorted(ch for ch in text if ch in "0123456789")
        digits_out = sorted(ch for ch in out if ch in "0123456789")
        assert digits_in == digits_out


@given(news_like, st.integers(1, 8), st.integers(1, 10))
@settings(max_examples=200, deadline=None)
def test_summary_ids_valid_sorted_unique_and_nested(text, short, long):
    doc = segment(text)
    if not doc.sentences:
        return
    s_n, l_n = default_lengths(len(doc.sentences), short, long)
    s_sel, l_sel = SUMMARIZER.summarize(doc, short=s_n, long=l_n)
    for sel, n in ((s_sel, s_n), (l_sel, l_n)):
        ids = list(sel.sentence_ids)
        assert ids == sorted(set(ids)) and len(ids) <= max(n, s_n)
        assert all(0 <= i < len(doc.sentences) for i in ids)
    assert set(s_sel.sentence_ids) <= set(l_sel.sentence_ids)
    assert len(s_sel.sentence_ids) <= len(l_sel.sentence_ids)
