"""Deterministic extractive summariser: learned sentence scores, then a greedy, redundancy-aware selection.

Scoring: a linear model over the features of `features.py` (position, centrality, similarity to the lead, names,
numbers, length, quotes, boilerplate). Its weights are learned by bench/learn_extractive.py with cross-validation
on IndoSum and shipped as the small data file `data/extractive.json` — numbers, not code, and nothing per article.

Selection (why not plain top-k): news leads repeat themselves, so each pick is scored against what is already
chosen (MMR: score minus `redundancy` x the best overlap with a chosen sentence). A quotation whose speaker is
named elsewhere ("'Kami siap,' ..." with no "kata X") is only eligible once the sentence before it is in — read
alone, nobody knows who is talking; a sentence opening with "Ia"/"Namun" pays `dependent_penalty` (learned; it
may be 0 when the data say the features already cover it) unless its predecessor is in.

Length: when the user fixed the short length (`exact_short`), the short summary is the first `short` picks. By
default, a second small learned model (ridge regressions over features.LENGTH_NAMES, one row per length) predicts,
from the article and its first picks, how much ROUGE each length from `min_short` to `max_short` gains over three
sentences, and the best predicted length is taken (never more than `short` or the long summary). Gold news
summaries run from two to five sentences, and choosing that count well is worth more than any single sentence
feature. The long summary is a prefix of the same greedy run, so it always contains the short one. Output ids are
in document order.
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
    min_short: int = 2
    max_short: int = 5
    length_weights: tuple[tuple[float, ...], ...] = ()   # rows for min_short..max_short; () = no length model


@lru_cache(maxsize=1)
def shipped_params() -> Params:
    raw = json.loads(resources.files("summarize.summarizers").joinpath("data/extractive.json")
                     .read_text(encoding="utf-8"))
    names = raw["features"]
    if tuple(names) != features.NAMES:
        raise RuntimeError("data/extractive.json does not match the feature set; rerun bench/learn_extractive.py")
    length = raw["length"]
    if tuple(length["features"]) != features.LENGTH_NAMES:
        raise RuntimeError("data/extractive.json does not match the length features; rerun bench/learn_extractive.py")
    return Params(tuple(raw["weights"]), raw["redundancy"], raw["dependent_penalty"], length["min_short"],
                  length["max_short"], tuple(tuple(row) for row in length["weights"]))


def linear(vectors: Sequence[Sequence[float]], weights: Sequence[float]) -> list[float]:
    return [sum(map(mul, v, weights)) for v in vectors]


def greedy(scores: Sequence[float], info: features.Analysed, params: Params,
           count: int, lookahead: int = 0) -> tuple[list[int], list[float]]:
    """Up to max(`count`, `lookahead`) sentence ids in pick order (greedy MMR), with the value each had when it
    was picked. Boilerplate is only picked when there are fewer than `count` other sentences."""
    n = len(scores)
    candidates = [i for i in range(n) if not info.boilerplate[i]]
    if len(candidates) < count:   # a text of mostly boilerplate still gets a summary
        candidates += [i for i in range(n) if info.boilerplate[i]]
    bags = info.bags
    quote_only, dependent = info.quote_only, info.dependent
    redundancy, penalty = params.redundancy, params.dependent_penalty
    overlap = [0.0] * n          # best similarity to anything chosen so far, kept up to date per pick
    chosen: list[int] = []
    values: list[float] = []
    sqrt = math.sqrt
    count = max(count, lookahead)
    while len(chosen) < count and candidates:
        best, best_value = -1, -math.inf
        eligible = [i for i in candidates if not quote_only[i] or (i - 1) in chosen] or candidates
        for i in eligible:
            value = scores[i] - redundancy * overlap[i]
            if dependent[i] and (i - 1) not in chosen:
                value -= penalty
            if value > best_value:
                best, best_value = i, value
        chosen.append(best)
        values.append(best_value)
        candidates.remove(best)
        if len(chosen) == count:   # the last pick: no overlap is read after it
            break
        picked = bags[best]
        size = len(picked)
        if not size:
            continue
        if best == 0:
            # the lead: analyse already computed each sentence's similarity to it, by the same expression
            vectors = info.vectors
            for i in candidates:
                if bags[i]:
                    sim = vectors[i][features.SIM_LEAD]
                    if sim > overlap[i]:
                        overlap[i] = sim
            continue
        for i in candidates:
            bag = bags[i]
            if bag:
                sim = len(bag & picked) / sqrt(len(bag) * size)
                if sim > overlap[i]:
                    overlap[i] = sim
    return chosen, values


def short_length(info: features.Analysed, chosen: list[int], values: list[float], params: Params,
                 cap: int) -> int:
    """The default short length: the length in min_short..min(max_short, cap) with the best predicted gain
    (ties to the shorter); `cap` itself when it is below min_short."""
    if cap < params.min_short:
        return cap
    x = features.length_features(info, chosen, values)
    best, best_gain = params.min_short, -math.inf
    for k, row in zip(range(params.min_short, min(params.max_short, cap) + 1), params.length_weights):
        gain = sum(map(mul, row, x))
        if gain > best_gain:
            best, best_gain = k, gain
    return best


def choose(scores: Sequence[float], info: features.Analysed, params: Params, *, short: int,
           long: int, exact_short: bool = False) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Short and long ids (document order) from one greedy MMR run: both are prefixes of it, short <= long.

    With `exact_short` (the user asked for that many sentences), or without a length model, short has `short`
    sentences; otherwise `short` is the most it may have and the length model chooses (see `short_length`).
    """
    learned = bool(params.length_weights) and not exact_short
    chosen, values = greedy(scores, info, params, long, features.LOOKAHEAD if learned else 0)
    k = short_length(info, chosen, values, params, min(short, long, len(chosen))) if learned else short
    return tuple(sorted(chosen[:k])), tuple(sorted(chosen[:long]))


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
