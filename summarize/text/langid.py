"""Tell Indonesian from English by function-word counts.

Written by hand: the only two languages that matter here have disjoint, very frequent function words, so a
count over shipped stopword lists is exact enough and costs microseconds (a general detector such as
lingua loads hundreds of MB of models and would break the fast start).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"[a-z]+")
# The same words as bytes, about twice as fast as findall: non-ASCII characters become "?" and then, with all
# other non-letters, a space (one bytes.translate, which also lowercases), and split() cuts the runs.
_LETTERS = bytes((c | 0x20) if chr(c).isalpha() else 32 for c in range(128)) + b" " * 128


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A whitespace-separated word list from summarize/data (comment lines start with #)."""
    text = resources.files("summarize").joinpath(f"data/{name}").read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


def detect(text: str, *, sample: int = 3000) -> str:
    """Return "id" or "en" for `text` (Indonesian when in doubt: it is the tool's input language)."""
    head = text[:sample]
    if not head.isascii():
        head = head.lower()     # as the regex would see it ("\u212a".lower() is "k")
    words = head.encode("ascii", "replace").translate(_LETTERS).split()
    id_words, en_words, either, disjoint = _stopwords()
    hits = list(filter(either.__contains__, words))     # one look-up per word; only hits need a second
    ens = sum(map(en_words.__contains__, hits))
    ids = len(hits) - ens if disjoint else sum(map(id_words.__contains__, hits))
    return "en" if ens > 1.5 * ids and ens >= 2 else "id"


@lru_cache(maxsize=None)
def _bytes_list(name: str) -> frozenset[bytes]:
    """`word_list(name)` as bytes, to count ASCII words without decoding them."""
    return frozenset(w.encode() for w in word_list(name))


@lru_cache(maxsize=1)
def _stopwords() -> tuple[frozenset[bytes], frozenset[bytes], frozenset[bytes], bool]:
    """Indonesian and English stopwords as bytes, their union, and whether no word is in both (then a hit
    that is not English is Indonesian, and the Indonesian count needs no look-ups)."""
    id_words, en_words = _bytes_list("stopwords-id.txt"), _bytes_list("stopwords-en.txt")
    return id_words, en_words, id_words | en_words, id_words.isdisjoint(en_words)
