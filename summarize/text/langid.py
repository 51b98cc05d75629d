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
    words = _WORD.findall(text[:sample].lower())
    id_words, en_words = word_list("stopwords-id.txt"), word_list("stopwords-en.txt")
    ids = sum(1 for w in words if w in id_words)
    ens = sum(1 for w in words if w in en_words)
    return "en" if ens > 1.5 * ids and ens >= 2 else "id"
