"""Shared by the IndoSum benchmarks: read ../shared/data/indosum exactly as ../shared/tools/score-indosum does
(detokenised text in, whitespace-joined gold tokens as reference) and score with rouge-score F1.

Keeping the reading and scoring in one place is what makes bench numbers comparable with the project's goals.
"""

from __future__ import annotations

import json
import os
import re
import statistics

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLES = os.path.join(ROOT, "..", "shared", "data", "indosum", "articles.jsonl")


def detok(tokens: list[str]) -> str:
    """The score-indosum detokeniser, character for character."""
    s = " ".join(tokens)
    s = re.sub(r" ([.,;:!?%)\]])", r"\1", s)
    s = re.sub(r"([(\[]) ", r"\1", s)
    return s.replace('" ', '"', 1) if s.startswith('" ') else s


def load(path: str = ARTICLES) -> list[dict]:
    """Records with `id`, `text` (what the CLI is fed), `gold` (reference string), and IndoSum's tokenised
    `paragraphs` with their extractive `gold_labels` (used only to learn weights)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            text = "\n\n".join(" ".join(detok(s) for s in p) for p in a["paragraphs"])
            gold = "\n".join(" ".join(s) for s in a["summary"])
            out.append({"id": a["id"], "text": text, "gold": gold, "paragraphs": a["paragraphs"],
                        "gold_labels": a["gold_labels"]})
    return out


def rouge(golds: list[str], outputs: list[str]) -> tuple[float, float, float]:
    """Mean ROUGE-1/2/L F1 x 100, as score-indosum computes it."""
    from rouge_score import rouge_scorer

    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"])
    rows = []
    for g, o in zip(golds, outputs):
        x = sc.score(g, o)
        rows.append([x[k].fmeasure for k in ("rouge1", "rouge2", "rougeL")])
    return tuple(100 * statistics.mean(r[i] for r in rows) for i in range(3))
