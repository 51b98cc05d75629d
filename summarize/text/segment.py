"""Paragraph and sentence segmentation tuned for Indonesian news text.

Paragraphs: blocks separated by a blank line; in a text with no blank lines at all, every line is a paragraph
(many news copies put one paragraph per line). Inside a block, bullet lines and short title-like lines stand
alone; other lines are joined (hard-wrapped prose).

Sentences: a boundary is sentence punctuation (. ! ? ...) plus any closing quotes/brackets, then whitespace, then
something that can start a sentence. A period is not a boundary after an abbreviation from
`summarize/data/abbreviations.txt`, after an initial ("B. J. Habibie"), inside numbers (44,9 / 2.200.112 / 14.30 /
8/9/2024 never have a space after the dot), or when the next word starts in lower case.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..types import Document, Sentence
from .normalise import normalise

_BULLET = re.compile(r"^(?:[-\u2022*\u25aa\u25ba\u2013\u2014]\s|\d{1,3}[.)]\s)")
# Group 1 is a run of . ! ? ("..." included). Written `[.!?][.!?]*` rather than `[.!?]+` so that sre can skip to
# the next candidate character (it only does so for a pattern that starts with a plain character set): 4x faster.
_BOUNDARY = re.compile(r"([.!?][.!?]*)([\"')\]]*)(\s+)")
_OPENERS = "\"'([\u2013\u2014-"
_INITIAL = re.compile(r"^[A-Z]$")
_DOTTED = re.compile(r"^(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}$")
_TITLE_MAX = 60


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations (without the final period) read from the shipped data file."""
    text = resources.files("summarize").joinpath("data/abbreviations.txt").read_text(encoding="utf-8")
    out = set()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line[:-1] if line.endswith(".") else line)
    return frozenset(out)


def paragraphs(text: str) -> list[list[str]]:
    """Split normalised text into paragraphs, each a list of units (lines or joined line runs)."""
    blocks = text.split("\n\n") if "\n\n" in text else text.split("\n")
    out: list[list[str]] = []
    for block in blocks:
        units: list[str] = []
        for line in block.split("\n"):
            line = line.strip()
            if not line:
                continue
            joinable = (
                units
                and not _BULLET.match(line)
                and not _BULLET.match(units[-1])
                and not _ends_unit(units[-1])
            )
            if joinable:
                units[-1] = units[-1] + " " + line
            else:
                units.append(line)
        if units:
            out.append(units)
    return out


def _ends_unit(line: str) -> bool:
    """A line ends its unit when it ends a sentence or looks like a title (short, no final punctuation)."""
    stripped = line.rstrip("\"')]")
    return stripped.endswith((".", "!", "?", ":")) or len(line) <= _TITLE_MAX and not stripped.endswith(",")


def split_sentences(unit: str) -> list[str]:
    """Split one paragraph unit into sentences."""
    abbr = abbreviations()
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(unit):
        punct = m.group(1)
        nxt = unit[m.end():m.end() + 2]
        if not nxt:
            continue
        first = nxt[0]
        if first in _OPENERS and len(nxt) > 1:
            first = nxt[1]
        if first.islower():
            continue
        if punct == ".":
            token = unit[start:m.start()].rsplit(None, 1)
            token = token[-1] if token else ""
            token = token.lstrip(_OPENERS)
            if token in abbr or token.lower() in abbr or _INITIAL.match(token) or _DOTTED.match(token):
                continue
            if m.group(2) == "" and token.isdigit() and first.isdigit():
                continue
        end = m.end(2)
        piece = unit[start:end].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = unit[start:].strip()
    if tail:
        out.append(tail)
    return out


def segment(text: str, *, language: str = "id", normalised: bool = False) -> Document:
    """Normalise (unless already done) and segment `text` into a Document of sentences with paragraph ids."""
    if not normalised:
        text = normalise(text)
    sentences: list[Sentence] = []
    for p_index, units in enumerate(paragraphs(text)):
        for unit in units:
            for sent in split_sentences(unit):
                sentences.append(Sentence(sent, p_index))
    return Document(tuple(sentences), language)
