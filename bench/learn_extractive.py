"""Learn the extractive summariser's weights on IndoSum and write summarize/summarizers/data/extractive.json.

Why learned: the position/centrality/quote trade-offs differ by outlet and are easy to get wrong by hand; a
logistic model over the 30-odd features of summarize/summarizers/features.py fixes them from data, and what ships
is only those numbers (no article text, no per-article memory).

Method: each sentence's target is the mean of (a) the share of its word bigrams that occur in the gold summary
(rouge-score tokens; dateline cut first, as in the summary text) and (b) IndoSum's own extractive label of the
IndoSum sentence it matches — a soft label, since the gold summaries are lightly edited article sentences and our
segmenter's sentences need not be IndoSum's. Logistic regression with L2, fitted by Newton steps on standardised
features, then folded back to raw-feature weights. 5-fold cross-validation by article (fold = position in the
file mod 5): each fold's articles are scored by a model that never saw them, and the selection settings (MMR
redundancy, the penalty for sentences that cannot stand alone) are chosen by coordinate search on those
out-of-fold summaries (3 sentences).

Length model (the default short length, see summarizers/extractive.py): on the same out-of-fold greedy picks, each
article's ROUGE-1 F1 at every length min_short..max_short is computed, and one ridge regression per length learns
the gain over 3 sentences from features.LENGTH_NAMES (standardised, folded back to raw weights); the summariser
takes the length with the best predicted gain. Its cross-validated figure uses the same folds: a fold's lengths
are chosen by regressions fitted on the other folds. The figures stored in the JSON are the cross-validated ones;
the shipped sentence weights are then refitted on all articles, the length regressions on all out-of-fold picks
(which look like the picks on unseen articles, unlike the in-sample ones).

Usage: PYTHONPATH=. python bench/learn_extractive.py [--articles PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import indosum  # noqa: E402

from summarize.summarizers import base, extractive, features  # noqa: E402
from summarize.summarizers.boilerplate import strip_dateline  # noqa: E402
from summarize.text.langid import word_list  # noqa: E402
from summarize.text.normalise import normalise  # noqa: E402
from summarize.text.segment import segment  # noqa: E402

FOLDS = 5
L2 = 1.0
RIDGE = 100.0      # length regressions, on standardised features
MIN_SHORT, MAX_SHORT = 2, 5
_RTOK = re.compile(r"[^a-z0-9]+")


def bigrams(text: str) -> set:
    toks = _RTOK.sub(" ", text.lower()).split()
    return set(zip(toks, toks[1:])) or {tuple(toks)}


def prepare(arts: list[dict]):
    """Segment every article and compute features and soft targets once."""
    docs, infos, targets = [], [], []
    stop = word_list("stopwords-id.txt") | word_list("stopwords-en.txt")
    for a in arts:
        doc = segment(normalise(a["text"]), normalised=True)
        gold = bigrams(a["gold"])
        docs.append(doc)
        infos.append(features.analyse(doc, stop))
        t = []
        for s in doc.sentences:
            b = bigrams(strip_dateline(s.text))
            t.append(len(b & gold) / len(b) if b else 0.0)
        labels = _labels(a, doc)
        targets.append([0.5 * x + 0.5 * y for x, y in zip(t, labels)])
    return docs, infos, targets


def _labels(article: dict, doc) -> list[float]:
    """IndoSum's gold label of the IndoSum sentence that shares most bigrams with each of our sentences."""
    ref = [bigrams(" ".join(s)) for p in article["paragraphs"] for s in p]
    flags = [x for p in article["gold_labels"] for x in p]
    out = []
    for s in doc.sentences:
        b = bigrams(strip_dateline(s.text))
        best = max(range(len(ref)), key=lambda j: len(b & ref[j]))
        out.append(float(flags[best]) if len(b & ref[best]) >= 0.5 * len(b) else 0.0)
    return out


def fit(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """L2 logistic regression with soft targets (Newton), returned as weights on the raw features."""
    Z, mu, sd = _standardise(X)
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], L2)
    reg[0] = 0.0
    for _ in range(25):
        p = 1 / (1 + np.exp(-Z @ w))
        grad = Z.T @ (p - y) + reg * w
        H = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(reg) + 1e-6 * np.eye(len(w))
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return _raw_weights(w, mu, sd)


def ridge(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Ridge regression (intercept unpenalised) on standardised features, returned as raw-feature weights."""
    Z, mu, sd = _standardise(X)
    reg = RIDGE * np.eye(Z.shape[1])
    reg[0, 0] = 0.0
    w = np.linalg.solve(Z.T @ Z + reg, Z.T @ y)
    return _raw_weights(w, mu, sd)


def _standardise(X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """X (first column the bias) with every other column scaled to mean 0 and sd 1, and the means and sds."""
    mu = X[:, 1:].mean(0)
    sd = X[:, 1:].std(0)
    sd[sd == 0] = 1.0
    return np.hstack([np.ones((len(X), 1)), (X[:, 1:] - mu) / sd]), mu, sd


def _raw_weights(w: np.ndarray, mu: np.ndarray, sd: np.ndarray) -> np.ndarray:
    """Weights learned on _standardise(X), rewritten as weights on X itself."""
    raw = np.empty_like(w)
    raw[1:] = w[1:] / sd
    raw[0] = w[0] - (w[1:] * mu / sd).sum()
    return raw


def length_data(arts, docs, infos, scores, params):
    """Per article: length features, the cap on the short length, and ROUGE-1/2/L F1 x 100 at each length."""
    from rouge_score import rouge_scorer

    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"])
    X, caps, R = [], [], []
    for a, doc, info, s in zip(arts, docs, infos, scores):
        _, lg = base.default_lengths(len(doc.sentences), None, None)
        chosen, values = extractive.greedy(s, info, params, lg, features.LOOKAHEAD)
        X.append(features.length_features(info, chosen, values))
        caps.append(min(lg, len(chosen)))
        src = [x.text for x in doc.sentences]
        row = []
        for k in range(MIN_SHORT, MAX_SHORT + 1):
            r = sc.score(a["gold"], base.summary_text(sorted(chosen[:k]), src, src)[0])
            row.append([100 * r[m].fmeasure for m in ("rouge1", "rouge2", "rougeL")])
        R.append(row)
    return np.array(X), caps, np.array(R)


def fit_lengths(X: np.ndarray, R: np.ndarray) -> list[list[float]]:
    """One row of raw weights per length: predicted ROUGE-1 gain over 3 sentences (the 3-sentence row is 0)."""
    base3 = R[:, 3 - MIN_SHORT, 0]
    return [[0.0] * X.shape[1] if k == 3 else ridge(X, R[:, k - MIN_SHORT, 0] - base3).tolist()
            for k in range(MIN_SHORT, MAX_SHORT + 1)]


def summaries(docs, infos, scores, params, short=3) -> list[str]:
    out = []
    for doc, info, sc in zip(docs, infos, scores):
        n = len(doc.sentences)
        s, lg = base.default_lengths(n, short, None)
        ids, _ = extractive.choose(sc, info, params, short=s, long=lg)
        src = [x.text for x in doc.sentences]
        out.append(base.summary_text(ids, src, src)[0])
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default=indosum.ARTICLES)
    ap.add_argument("--out", default=os.path.join(indosum.ROOT, "summarize", "summarizers", "data", "extractive.json"))
    args = ap.parse_args(argv)
    arts = indosum.load(args.articles)
    golds = [a["gold"] for a in arts]
    docs, infos, targets = prepare(arts)
    fold = np.arange(len(arts)) % FOLDS
    oof: list = [None] * len(arts)
    for k in range(FOLDS):
        tr = [i for i in range(len(arts)) if fold[i] != k]
        X = np.array([v for i in tr for v in infos[i].vectors])
        y = np.array([t for i in tr for t in targets[i]])
        w = fit(X, y)
        for i in range(len(arts)):
            if fold[i] == k:
                oof[i] = extractive.linear(infos[i].vectors, w.tolist())
        print(f"fold {k}: fitted on {len(tr)} articles", file=sys.stderr)

    def evaluate(redundancy, dependent_penalty):
        p = extractive.Params((), redundancy, dependent_penalty)
        return indosum.rouge(golds, summaries(docs, infos, oof, p))

    best = {"redundancy": 0.0, "dependent_penalty": 0.0}
    grids = {"redundancy": [0.0, 0.5, 1.0, 2.0, 3.0], "dependent_penalty": [0.0, 0.5, 1.0, 2.0]}
    base_score = evaluate(**best)
    print("cv, no selection settings:", base_score, file=sys.stderr)
    best_score = base_score
    for key, grid in grids.items():
        for v in grid:
            trial = dict(best, **{key: v})
            r = evaluate(**trial)
            print(key, v, [round(x, 2) for x in r], file=sys.stderr)
            if sum(r[1:]) > sum(best_score[1:]) + 1e-9:
                best, best_score = trial, r
    print("cv, 3 sentences:", best, [round(x, 2) for x in best_score], file=sys.stderr)

    params = extractive.Params((), **best, min_short=MIN_SHORT, max_short=MAX_SHORT)
    LX, caps, R = length_data(arts, docs, infos, oof, params)
    picked = np.zeros(len(arts), dtype=int)
    for k in range(FOLDS):
        rows = fit_lengths(LX[fold != k], R[fold != k])
        for i in np.flatnonzero(fold == k):
            x = LX[i].tolist()
            gains = [sum(a * b for a, b in zip(row, x)) for row in rows]
            ks = range(MIN_SHORT, min(MAX_SHORT, caps[i]) + 1)
            picked[i] = max(ks, key=lambda j: (gains[j - MIN_SHORT], -j)) if caps[i] >= MIN_SHORT else caps[i]
    idx = np.clip(picked, MIN_SHORT, MAX_SHORT) - MIN_SHORT
    cv = R[np.arange(len(arts)), idx].mean(0).tolist()   # (a cap under MIN_SHORT: the whole text either way)
    print("cv, learned length:", [round(x, 2) for x in cv], "lengths", np.bincount(picked).tolist(), file=sys.stderr)
    length = {"features": list(features.LENGTH_NAMES), "min_short": MIN_SHORT, "max_short": MAX_SHORT,
              "ridge": RIDGE, "weights": [[round(x, 6) for x in row] for row in fit_lengths(LX, R)]}

    X = np.array([v for info in infos for v in info.vectors])
    y = np.array([t for ts in targets for t in ts])
    w = fit(X, y)
    doc = {
        "about": "Learned by bench/learn_extractive.py on ../shared/data/indosum/articles.jsonl; cv = 5-fold "
                 "cross-validated ROUGE-1/2/L F1 of the default short summary (rouge-score, as score-indosum); "
                 "cv_3_sentences: the same with exactly 3 sentences",
        "features": list(features.NAMES),
        "weights": [round(x, 6) for x in w.tolist()],
        **best,
        "length": length,
        "cv_3_sentences": [round(x, 2) for x in best_score],
        "cv": [round(x, 2) for x in cv],
    }
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=1)
        fh.write("\n")
    print("cv best:", best, [round(x, 2) for x in cv])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
