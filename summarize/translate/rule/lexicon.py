"""The rule engine's lexicon: TSV files in `data/lexicon/`, loaded once, first file wins.

Format (documented in data/README.md): `word<TAB>pos<TAB>gloss[<TAB>extra...]`, `#` comments. Files load in
name order, and an entry in an earlier file is never overridden, so `00-core.tsv` (grammar words) beats the
domain files. Multi-word expressions share the table; `max_span` says how many words the longest expression
starting with a given word has, so matching is longest-first without scanning every entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Entry:
    pos: str
    gloss: str
    extra: tuple[str, ...] = ()


class Lexicon:
    def __init__(self, entries: dict[str, Entry]):
        self.entries = entries
        # get(word) -> Entry | None is the dict's own method: morphology calls it for every candidate root
        self.get: Callable[[str], Entry | None] = entries.get
        spans: dict[str, int] = {}
        continuations: dict[str, set[str]] = {}
        for key in entries:
            if " " in key:
                parts = key.split(" ")
                if len(parts) > spans.get(parts[0], 1):
                    spans[parts[0]] = len(parts)
                continuations.setdefault(parts[0], set()).update(
                    " ".join(parts[1:j]) for j in range(2, len(parts) + 1))
        self.max_span = spans
        # for each first word, every way an expression goes on after it (second word, second and third, ...):
        # grammar words (di, yang, untuk) start many expressions, and one look-up of the next word rules out
        # most of the longest-first probes. continuations[a] holds b exactly when "a b" begins an expression.
        self.continuations = continuations

    def __contains__(self, word: str) -> bool:
        return word in self.entries

    def __len__(self) -> int:
        return len(self.entries)


def parse(text: str, into: dict[str, Entry]) -> None:
    """Add the entries of one TSV text to `into`, keeping entries already there."""
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            continue
        word = cols[0].strip()
        if word and word not in into:
            gloss = cols[2].strip()
            into[word] = Entry(cols[1].strip(), "" if gloss == "-" else gloss, tuple(cols[3:]))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The shipped lexicon (cached for the process)."""
    folder = resources.files("summarize.translate.rule").joinpath("data/lexicon")
    entries: dict[str, Entry] = {}
    for path in sorted((p for p in folder.iterdir() if p.name.endswith(".tsv")), key=lambda p: p.name):
        parse(path.read_text(encoding="utf-8"), entries)
    return Lexicon(entries)
