"""Extractive summaries on IndoSum: our summariser, Lead-3 and sumy's LexRank/TextRank side by side, one run.

Every system gets the same input — the detokenised article text that ../shared/tools/score-indosum feeds the
CLI, segmented by our segmenter — and is scored the same way (rouge-score F1 of the short summary against the
gold summary, whitespace-joined tokens; see bench/indosum.py). Sumy is given our sentences and a plain word
tokenizer, so the comparison is about choosing sentences, not about splitting them (and needs no NLTK data).
The speed column is summarisation only (segmentation excluded, same for all); the whole-CLI rate, translation
included, is what score-indosum prints.

Note: our summariser's weights were learned on these same articles; its cross-validated figures (articles it
never saw while learning) are stored in summarize/summarizers/data/extractive.json and printed below.

Usage: PYTHONPATH=. python bench/extractive.py [--limit N] [--no-sumy]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import indosum  # noqa: E402

from summarize import _compiled  # noqa: E402
from summarize.summarizers import base, extractive  # noqa: E402
from summarize.text.langid import word_list  # noqa: E402
from summarize.text.normalise import normalise  # noqa: E402
from summarize.text.segment import segment  # noqa: E402

_WORD = re.compile(r"[^\W_]+")


class _Words:
    """The word tokenizer sumy asks a Sentence for (sumy's own needs NLTK data for Indonesian)."""

    @staticmethod
    def to_words(text: str) -> list[str]:
        return _WORD.findall(text)


def ours(docs):
    summ = extractive.ExtractiveSummarizer()
    out = []
    for doc in docs:
        s, lg = base.default_lengths(len(doc.sentences), None, None)
        ids = summ.summarize(doc, short=s, long=lg)[0].sentence_ids
        src = [x.text for x in doc.sentences]
        out.append(base.summary_text(ids, src, src)[0])
    return out


def lead3(docs):
    return [" ".join(s.text for s in doc.sentences[:3]) for doc in docs]


def sumy_system(kind: str):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    summ = (LexRankSummarizer if kind == "lexrank" else TextRankSummarizer)()
    summ.stop_words = word_list("stopwords-id.txt")

    def run(docs):
        out = []
        for doc in docs:
            paras: dict[int, list] = {}
            for s in doc.sentences:
                paras.setdefault(s.paragraph, []).append(Sentence(s.text, _Words))
            model = ObjectDocumentModel([Paragraph(p) for p in paras.values()])
            out.append(" ".join(str(s) for s in summ(model, 3)))
        return out

    return run


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--no-sumy", action="store_true", help="skip LexRank/TextRank (slow)")
    args = ap.parse_args(argv)
    arts = indosum.load()
    if args.limit:
        arts = arts[: args.limit]
    golds = [a["gold"] for a in arts]
    docs = [segment(normalise(a["text"]), normalised=True) for a in arts]
    systems = [("summarize (ours)", ours), ("Lead-3", lead3)]
    if not args.no_sumy:
        systems += [("sumy LexRank", sumy_system("lexrank")), ("sumy TextRank", sumy_system("textrank"))]
    print(f"IndoSum, {len(arts)} articles, short summary (ours: default length; Lead-3 and sumy: 3 sentences), "
          f"rouge-score F1 x 100; build: {_compiled.describe()}")
    print(f"{'system':<18} {'R1':>6} {'R2':>6} {'RL':>6} {'articles/s':>11}")
    for name, system in systems:
        start = time.perf_counter()
        outputs = system(docs)
        secs = time.perf_counter() - start
        r = indosum.rouge(golds, outputs)
        print(f"{name:<18} {r[0]:6.2f} {r[1]:6.2f} {r[2]:6.2f} {len(docs) / secs:11.0f}", flush=True)
    shipped = json.loads(open(os.path.join(indosum.ROOT, "summarize", "summarizers", "data", "extractive.json"),
                              encoding="utf-8").read())
    cv = shipped.get("cv")
    if cv:
        print(f"{'ours, 5-fold CV':<18} {cv[0]:6.2f} {cv[1]:6.2f} {cv[2]:6.2f} {'':>11}  (from extractive.json)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
