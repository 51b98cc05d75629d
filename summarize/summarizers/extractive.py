"""Deterministic extractive summariser: sentence scores from position and centrality.

Each sentence gets a score from (a) its position — news puts the essentials first, and paragraph openings carry
more than their continuations — and (b) its centrality: how much of its content-word vocabulary (Indonesian
stopwords removed, words lowercased) it shares with the rest of the article and with the lead sentence.
Weights are plain numbers in one place; the tuned summariser of the extractive-summaries issue replaces them.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ..text.langid import word_list
from ..types import Document, Selection
from .base import select

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
POSITION_WEIGHT = 1.0
CENTRALITY_WEIGHT = 1.0
LEAD_WEIGHT = 0.5
PARAGRAPH_START_BONUS = 0.1


def content_words(text: str, stopwords: frozenset[str]) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in stopwords and len(w) > 2]


class ExtractiveSummarizer:
    name = "extractive"

    def __init__(self) -> None:
        self.stopwords = word_list("stopwords-id.txt") | word_list("stopwords-en.txt")

    def scores(self, doc: Document) -> list[float]:
        sents = doc.sentences
        n = len(sents)
        bags = [Counter(content_words(s.text, self.stopwords)) for s in sents]
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(bag.keys())
        lead = bags[0] if bags else Counter()
        out = []
        for i, (sent, bag) in enumerate(zip(sents, bags)):
            size = sum(bag.values())
            if size == 0:
                out.append(-1.0)
                continue
            shared = sum(c * math.log(df[w]) for w, c in bag.items() if df[w] > 1)
            centrality = shared / (size + 5)
            lead_overlap = (sum(1 for w in bag if w in lead) / len(bag)) if i else 1.0
            position = 1.0 / (1 + i)
            starts_paragraph = i == 0 or sents[i - 1].paragraph != sent.paragraph
            out.append(POSITION_WEIGHT * position + CENTRALITY_WEIGHT * centrality / (1 + math.log(n))
                       + LEAD_WEIGHT * lead_overlap + PARAGRAPH_START_BONUS * starts_paragraph)
        return out

    def summarize(self, doc: Document, *, short: int, long: int) -> tuple[Selection, Selection]:
        scores = self.scores(doc)
        short_ids = select(scores, short)
        long_ids = select(scores, long, keep=short_ids)
        return Selection(sentence_ids=short_ids), Selection(sentence_ids=long_ids)
