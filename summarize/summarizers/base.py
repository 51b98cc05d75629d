"""The summariser protocol, the shared extractive skeleton, and the registry of backends.

Backends return `Selection`s; the shared pieces here are the default lengths and `summary_text`, which turns the
chosen sentence ids into summary text (document order, datelines cut) the same way for every extractive backend.
"""

from __future__ import annotations

import re
from typing import Protocol, Sequence

from ..registry import resolve
from ..types import Document, Selection
from .boilerplate import dateline


class Summarizer(Protocol):
    name: str

    def summarize(self, doc: Document, *, short: int, long: int,
                  exact_short: bool = False) -> tuple[Selection, Selection]:
        """Short and long selections; `exact_short`: the user fixed the short length, so no early stop."""
        ...


_DASH = re.compile(r"\s*(?:-[ ]?-|-|[\u2013\u2014])\s*")

REGISTRY: dict[str, str] = {
    "extractive": "summarize.summarizers.extractive:ExtractiveSummarizer",
    "seq2seq": "summarize.summarizers.seq2seq:Seq2SeqSummarizer",
}


def backend(name: str):
    """The backend class registered under `name` (imported on first use)."""
    return resolve(REGISTRY, name, "summariser")


def default_lengths(n_sentences: int, short: int | None, long: int | None) -> tuple[int, int]:
    """Sentence counts for the short and long summary.

    Long: about 30 % of the article, between 4 and 6 sentences. Short: what the user asked for; by default the
    most the summariser may choose (it is told `exact_short=False` then): 3 (the news lead length) or, when the
    long summary has room, up to 5 — the extractive summariser's length model picks 2 to that many sentences.
    Neither exceeds the article, and long is never shorter than short.
    """
    lg = max(4, min(6, round(0.3 * n_sentences))) if long is None else long
    s = max(3, min(5, lg)) if short is None else short
    s = min(s, n_sentences)
    lg = min(max(lg, s), n_sentences)
    return s, lg


def summary_text(ids: Sequence[int], sources: Sequence[str], translations: Sequence[str]) -> tuple[str, str]:
    """Source and English text of an extractive summary: the chosen sentences joined, dateline prefixes removed.

    A dateline ("Jakarta, CNN Indonesia --") names the wire, not the news, and dangles in a summary, so it is cut
    from the summary text only; `sentences` keep it and `sentence_ids` still index them. In the translation the
    cut is the translated prefix: everything up to the first dash near where the source's prefix ended.
    """
    src, tr = [], []
    for i in ids:
        s, t = sources[i], translations[i]
        cut = dateline(s)
        if cut:
            s = s[cut:]
            m = _DASH.search(t, 0, cut + 12)
            if m:
                t = t[m.end():].lstrip()
        src.append(s)
        tr.append(t)
    return " ".join(src), " ".join(tr)
