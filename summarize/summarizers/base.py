"""The summariser protocol, the shared extractive skeleton, and the registry of backends.

Extractive backends only rate sentences; `select` (shared) takes the top ones and restores document order, and
`long` always contains `short` (sumy's `_get_best_sentences`, plus the nesting our contract promises).
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol, Sequence

from ..errors import UsageError
from ..types import Document, Selection


class Summarizer(Protocol):
    name: str

    def summarize(self, doc: Document, *, short: int, long: int) -> tuple[Selection, Selection]: ...


REGISTRY: dict[str, str] = {
    "extractive": "summarize.summarizers.extractive:ExtractiveSummarizer",
    "seq2seq": "summarize.summarizers.seq2seq:Seq2SeqSummarizer",
}


def backend(name: str):
    try:
        path = REGISTRY[name]
    except KeyError:
        raise UsageError(f"unknown summariser {name!r} (known: {', '.join(sorted(REGISTRY))})") from None
    module, _, attr = path.partition(":")
    return getattr(import_module(module), attr)


def select(scores: Sequence[float], count: int, *, keep: Sequence[int] = ()) -> tuple[int, ...]:
    """The `count` best-scored indices (ties: earlier first) plus `keep`, in document order."""
    chosen = set(keep)
    ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    for i in ranked:
        if len(chosen) >= count:
            break
        chosen.add(i)
    return tuple(sorted(chosen))


def default_lengths(n_sentences: int, short: int | None, long: int | None) -> tuple[int, int]:
    """Sentence counts for the short and long summary.

    Short: 3 sentences (the news lead length). Long: about 30 % of the article, between 4 and 6 sentences.
    Neither exceeds the article, and long is never shorter than short.
    """
    s = 3 if short is None else short
    lg = max(4, min(6, round(0.3 * n_sentences))) if long is None else long
    s = min(s, n_sentences)
    lg = min(max(lg, s), n_sentences)
    return s, lg
