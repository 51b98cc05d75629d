"""Tell Indonesian from English by function-word counts.

Written by hand: the only two languages that matter here have disjoint, very frequent function words, so a
count over shipped stopword lists is exact enough and costs microseconds (a general detector such as
lingua loads hundreds of MB of models and would break the fast start).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# Lowercase word runs without a regex (about twice as fast as findall, which builds a match per word): non-ASCII
# characters become "?" and then, with every other character outside the run, a space (one bytes.translate,
# which also lowercases); split() cuts the runs.
_LETTERS = bytes((c | 0x20) if chr(c).isalpha() else 32 for c in range(128)) + b" " * 128
_LETTERS_DIGITS = bytes((c | 0x20) if chr(c).isalpha() else c if chr(c).isdigit() else 32 for c in range(128)) \
    + b" " * 128


def folded(text: str, digits: bool = False) -> bytes:
    """`text` as ASCII bytes whose only non-space characters are its `[a-z]` runs (`[a-z0-9]` with `digits`)
    after lowercasing: `.split()` gives what `re.findall("[a-z]+", text.lower())` gives, as bytes."""
    if not text.isascii():
        text = text.lower()     # as the regex would see it ("\u212a".lower() is "k")
    return text.encode("ascii", "replace").translate(_LETTERS_DIGITS if digits else _LETTERS)


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A whitespace-separated word list from summarize/data (comment lines start with #)."""
    text = resources.files("summarize").joinpath(f"data/{name}").read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


def detect(text: str, *, sample: int = 3000, glance: int = 600) -> str:
    """Return "id" or "en" for `text` (Indonesian when in doubt: it is the tool's input language).

    Counts function words in the first `sample` characters, or only in the first `glance` when those already
    decide by a wide margin (at least 12 function words, four times as many of one language as of the other):
    most texts say which language they are in within a hundred words."""
    if len(text) > glance:
        ids, ens = _counts(text[:glance])
        if ids >= 12 and ens * 4 <= ids:
            return "id"
        if ens >= 12 and ids * 4 <= ens:
            return "en"
    ids, ens = _counts(text[:sample])
    return "en" if ens > 1.5 * ids and ens >= 2 else "id"


def _counts(text: str) -> tuple[int, int]:
    """(Indonesian, English) function words in `text`."""
    words = folded(text).split()
    id_words, en_words, either, disjoint = _stopwords()
    hits = list(filter(either.__contains__, words))     # one look-up per word; only hits need a second
    ens = sum(map(en_words.__contains__, hits))
    return (len(hits) - ens if disjoint else sum(map(id_words.__contains__, hits))), ens


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
