"""A light, fast Indonesian stemmer driven by the affix lists in `summarize/data/affixes-id.txt`.

Why not Sastrawi: it checks every candidate against a 30k-word dictionary and runs at a few thousand words/s; the
summariser only needs words that share a root to compare equal ("membangun", "dibangun", "pembangunan" ->
"bangun"), and a wrong-but-consistent stem costs nothing there. So this strips particles, possessive clitics, one
derivational suffix and up to two prefixes, keeping at least `min_stem` letters, and caches every word it sees.
The affixes are data, so the translator (or a later, better list) can share and extend them without code changes.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

_NASAL_RESTORE = {"meny": "s", "peny": "s", "mem": "p", "pem": "p", "men": "t", "pen": "t", "meng": "k", "peng": "k"}


@lru_cache(maxsize=1)
def affixes() -> dict[str, tuple]:
    """Sections of the affix file; affixes sorted longest first so 'memper' wins over 'mem'."""
    text = resources.files("summarize").joinpath("data/affixes-id.txt").read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        elif current:
            sections[current].extend(line.split())
    out = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in sections.items() if k != "min_stem"}
    out["min_stem"] = (int(sections.get("min_stem", ["4"])[0]),)
    return out


@lru_cache(maxsize=1)
def _by_length() -> dict[str, tuple[tuple[int, frozenset[str]], ...]]:
    """Each affix section as (length, affixes of that length) pairs, longest first. Only one affix of a given
    length can match a word, so a set test on word[:n] (or word[-n:]) per length finds what the longest-first scan
    over every affix finds, with a few look-ups instead of a startswith/endswith call per affix."""
    return {k: tuple((n, frozenset(x for x in v if len(x) == n)) for n in sorted({len(x) for x in v}, reverse=True))
            for k, v in affixes().items() if k != "min_stem"}


def _strip_suffix(word: str, options: tuple, floor: int) -> str:
    for n, suffixes in options:
        if len(word) - n >= floor and word[-n:] in suffixes:
            return word[:-n]
    return word


def _strip_prefix(word: str, options: tuple, floor: int) -> str:
    for n, prefixes in options:
        if len(word) - n >= floor and word[:n] in prefixes:
            pre, rest = word[:n], word[n:]
            restore = _NASAL_RESTORE.get(pre)
            # meN-/peN- before a vowel dropped the root's first consonant: menulis -> tulis, memukul -> pukul
            if restore and rest[0] in "aeiou" and pre not in ("meng", "peng"):
                return restore + rest
            return rest
    return word


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem of one lowercase word (unchanged when too short or not Indonesian-looking)."""
    if len(word) < 6 or not word.isalpha():
        return word
    floor = affixes()["min_stem"][0]
    a = _by_length()
    w = _strip_suffix(word, a["particles"], floor)
    w = _strip_suffix(w, a["possessives"], floor)
    w = _strip_suffix(w, a["suffixes"], floor)
    return _strip_prefix(w, a["prefixes"], floor)
