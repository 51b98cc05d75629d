"""The pure-Python side of the neural engines: fitting text into the window and spotting broken outputs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.translate import batched, chunks


def count(text: str) -> int:
    """A stand-in tokenizer: one token per 3 characters of each word (long words cost more)."""
    return sum(-(-len(w) // 3) for w in text.split())


def windows(text: str, size: int) -> list[str]:
    return [text[i:i + size * 3] for i in range(0, len(text), size * 3)]


words = st.text(alphabet="abcdefgh", min_size=1, max_size=40)
separators = st.sampled_from([" ", ", ", "; ", ": "])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(words, separators), min_size=1, max_size=60), st.integers(min_value=2, max_value=30))
def test_fit_never_exceeds_the_limit_and_loses_nothing(parts, limit):
    text = "".join(w + s for w, s in parts).strip()
    pieces = chunks.fit(text, limit, count, windows)
    assert all(count(p) <= limit for p in pieces)
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_fit_prefers_clause_boundaries():
    text = "satu dua tiga, empat lima enam; tujuh delapan"
    assert chunks.fit(text, 100, count, windows) == [text]
    assert chunks.fit(text, 6, count, windows) == ["satu dua tiga,", "empat lima enam;", "tujuh delapan"]


def test_problems_are_loops_lost_numbers_and_empty_output():
    assert chunks.problem("Harga naik 2,5 persen pada 2024.", "Prices rose 2.5 percent in 2024.") is None
    assert chunks.problem("Harga naik 1.000 kali.", "Prices rose a thousand times.") == "dropped numbers 1, 000"
    assert chunks.problem("Kota itu besar.", "the city the city the city the city") == "repeated n-gram loop"
    assert chunks.problem("Kota itu besar.", "  ") == "empty output"


class Scripted(batched.BatchedTranslator):
    """A fake model: drops numbers unless decoding is safe, and records every call."""

    def __init__(self):
        super().__init__(limit=50, beams=1, guard=True)
        self.calls = []

    def count_tokens(self, text):
        return len(text.split())

    def token_windows(self, text, limit):
        raise AssertionError("not needed")

    def generate(self, texts, *, beams, safe):
        self.calls.append((list(texts), beams, safe))
        return [t.upper() if safe else t.upper().replace("2024", "") for t in texts]

    def model_info(self):
        return {"engine": "scripted"}


def test_guard_retries_only_the_broken_sentences_with_safe_decoding():
    tr = Scripted()
    out = tr.translate(["kota besar", "pada 2024 kota", "", "jalan baru sekali ini"])
    assert out == ["KOTA BESAR", "PADA 2024 KOTA", "", "JALAN BARU SEKALI INI"]
    first, retry = tr.calls
    assert first == (["jalan baru sekali ini", "pada 2024 kota", "kota besar"], 1, False)  # longest first
    assert retry == (["pada 2024 kota"], batched.SAFE_BEAMS, True)
    assert tr.describe() == {"engine": "scripted", "beams": 1, "retries": 1, "retry_reasons": ["dropped numbers 2024"]}
