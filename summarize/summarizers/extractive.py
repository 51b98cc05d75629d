"""Deterministic extractive summariser: learned sentence scores, then a greedy, redundancy-aware selection.

Scoring: a linear model over the features of `features.py` (position, centrality, similarity to the lead, names,
numbers, length, quotes, boilerplate). Its weights are learned by bench/learn_extractive.py with cross-validation
on IndoSum and shipped as the small data file `data/extractive.json` — numbers, not code, and nothing per article.

Selection (why not plain top-k): news leads repeat themselves, so each pick is scored against what is already
chosen (MMR: score minus `redundancy` x the best overlap with a chosen sentence). A quotation whose speaker is
named elsewhere ("'Kami siap,' ..." with no "kata X") is only eligible once the sentence before it is in — read
alone, nobody knows who is talking; a sentence opening with "Ia"/"Namun" pays `dependent_penalty` (learned; it
may be 0 when the data say the features already cover it) unless its predecessor is in. The short summary may
stop early (never below `min_short` sentences) when the best remaining sentence scores under `stop_below`; the
long one continues the same greedy run from the short picks, so it always contains them. Output ids are in document order.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import mul
from typing import Sequence

from ..text.langid import word_list
from ..types import Document, Selection
from . import features


@dataclass(frozen=True)
class Params:
    """Everything the summariser learned; see data/extractive.json for the shipped values and their provenance."""

    weights: tuple[float, ...]
    redundancy: float = 0.0
    dependent_penalty: float = 0.0
    stop_below: float = -math.inf
    min_short: int = 2


@lru_cache(maxsize=1)
def shipped_params() -> Params:
    raw = json.loads(resources.files("summarize.summarizers").joinpath("data/extractive.json")
                     .read_text(encoding="utf-8"))
    names = raw["features"]
    if tuple(names) != features.NAMES:
        raise RuntimeError("data/extractive.json does not match the feature set; rerun bench/learn_extractive.py")
    return Params(tuple(raw["weights"]), raw["redundancy"], raw["dependent_penalty"],
                  raw["stop_below"] if raw["stop_below"] is not None else -math.inf, raw["min_short"])


def linear(vectors: Sequence[Sequence[float]], weights: Sequence[float]) -> list[float]:
    return [sum(map(mul, v, weights)) for v in vectors]


def choose(scores: Sequence[float], info: features.Analysed, params: Params, *, short: int,
           long: int, exact_short: bool = False) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Short and long ids (document order) from one greedy MMR run: long is the short run continued.

    The short run may stop early (not below `min_short`) when the best remaining value is under `stop_below`,
    unless `exact_short` (the user asked for that many sentences).
    """
    n = len(scores)
    candidates = [i for i in range(n) if not info.boilerplate[i]]
    if len(candidates) < long:   # a text of mostly boilerplate still gets a summary
        candidates += [i for i in range(n) if info.boilerplate[i]]
    bags = info.bags
    overlap = [0.0] * n          # best similarity to anything chosen so far, kept up to date per pick
    chosen: list[int] = []
    short_ids: tuple[int, ...] | None = None
    sqrt = math.sqrt
    while len(chosen) < long and candidates:
        best, best_value = -1, -math.inf
        eligible = [i for i in candidates if not info.quote_only[i] or (i - 1) in chosen] or candidates
        for i in eligible:
            value = scores[i] - params.redundancy * overlap[i]
            if info.dependent[i] and (i - 1) not in chosen:
                value -= params.dependent_penalty
            if value > best_value:
                best, best_value = i, value
        if short_ids is None and len(chosen) >= min(short, params.min_short) and (
                len(chosen) >= short or best_value < params.stop_below and not exact_short):
            short_ids = tuple(sorted(chosen))
        chosen.append(best)
        candidates.remove(best)
        picked = bags[best]
        size = len(picked)
        for i in candidates:
            bag = bags[i]
            if bag and size:
                sim = len(bag & picked) / sqrt(len(bag) * size)
                if sim > overlap[i]:
                    overlap[i] = sim
    if short_ids is None:
        short_ids = tuple(sorted(chosen[:short]))
    return short_ids, tuple(sorted(chosen))


class ExtractiveSummarizer:
    name = "extractive"

    def __init__(self, params: Params | None = None) -> None:
        self.stopwords = word_list("stopwords-id.txt") | word_list("stopwords-en.txt")
        self.params = params or shipped_params()

    def scores(self, doc: Document) -> tuple[list[float], features.Analysed]:
        info = features.analyse(doc, self.stopwords)
        return linear(info.vectors, self.params.weights), info

    def summarize(self, doc: Document, *, short: int, long: int,
                  exact_short: bool = False) -> tuple[Selection, Selection]:
        if not doc.sentences:
            return Selection(sentence_ids=()), Selection(sentence_ids=())
        scores, info = self.scores(doc)
        short_ids, long_ids = choose(scores, info, self.params, short=short, long=max(short, long),
                                     exact_short=exact_short)
        return Selection(sentence_ids=short_ids), Selection(sentence_ids=long_ids)
