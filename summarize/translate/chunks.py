"""Pure-Python helpers for the neural translators: fitting text into the model's input window, and spotting
outputs that went wrong.

They live apart from the backends (no torch here) so that the torch and CTranslate2 engines share them and tests
can exercise them without a model.
"""

from __future__ import annotations

import re
from typing import Callable

CLAUSE_BREAK = re.compile(r"(?<=[,;:])\s+")
NUMBER = re.compile(r"\d+")


def fit(text: str, limit: int, count: Callable[[str], int], windows: Callable[[str, int], list[str]]) -> list[str]:
    """Split `text` into consecutive pieces of at most `limit` tokens each, so nothing is silently truncated.

    A sentence that fits comes back whole. A longer one is cut at clause boundaries (after commas, semicolons,
    colons), packing as many clauses into a piece as fit; a clause still too long is cut between words; a single
    word longer than the window (a URL, a table row) is cut into hard token windows by `windows(word, size)`.
    `count(text)` is the model's token count for `text`.
    """
    if count(text) <= limit:
        return [text]
    return pack(CLAUSE_BREAK.split(text), limit, count, lambda clause: pack(
        clause.split(), limit, count, lambda word: _hard(word, limit, count, windows)))


def pack(parts: list[str], limit: int, count, too_long) -> list[str]:
    """Greedily join consecutive `parts` with spaces while they fit; a part that alone does not fit goes to
    `too_long`, which returns the pieces it was cut into."""
    pieces: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current} {part}" if current else part
        if count(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        current = ""
        if count(part) <= limit:
            current = part
        else:
            pieces.extend(too_long(part))
    if current:
        pieces.append(current)
    return pieces


def _hard(word: str, limit: int, count, windows) -> list[str]:
    """Token windows of `word`, shrunk until every window fits (detokenised text can re-tokenise longer)."""
    size = limit
    while True:
        pieces = [p for p in windows(word, size) if p]
        if size == 1 or all(count(p) <= limit for p in pieces):
            return pieces
        size = max(1, size // 2)


def numbers(text: str) -> list[str]:
    """Digit runs, so that "2,5" and "2.5" or "1.000" and "1,000" compare equal across the languages."""
    return NUMBER.findall(text)


def dropped_numbers(source: str, output: str) -> list[str]:
    """Digit runs of the source that the output lost (counted with multiplicity)."""
    missing = list(numbers(source))
    for n in numbers(output):
        if n in missing:
            missing.remove(n)
    return missing


def repeats(tokens: list[str], n: int = 3, times: int = 3) -> bool:
    """True when some n-gram (n = 1..`n`) occurs `times` times in a row: the classic decoding loop."""
    for size in range(1, n + 1):
        run_needed = size * times
        for start in range(0, len(tokens) - run_needed + 1):
            gram = tokens[start:start + size]
            if all(tokens[start + k * size:start + (k + 1) * size] == gram for k in range(1, times)):
                return True
    return False


def problem(source: str, output: str) -> str | None:
    """Why `output` looks like a failed translation of `source` (None when it looks fine)."""
    if not output.strip() and source.strip():
        return "empty output"
    if repeats(output.split()):
        return "repeated n-gram loop"
    lost = dropped_numbers(source, output)
    if lost:
        return f"dropped numbers {', '.join(lost)}"
    return None
