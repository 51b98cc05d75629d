"""`summarize eval`: corpus BLEU/chrF (sacrebleu) and mean ROUGE-1/2/L F1 (rouge-score) of aligned files."""

from __future__ import annotations

from .errors import InputError, UsageError
from .inputs import read_text


def _lines(path: str) -> list[str]:
    text = read_text(path).text
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def command(args) -> int:
    hyp, ref = _lines(args.hypothesis), _lines(args.reference)
    if len(hyp) != len(ref):
        raise InputError(f"{len(hyp)} hypothesis lines for {len(ref)} reference lines")
    if args.metric == "mt":
        try:
            import sacrebleu
        except ImportError:
            raise UsageError("eval mt needs sacrebleu: pip install 'summarize[bench]'") from None
        chrf = sacrebleu.corpus_chrf(hyp, [ref]).score
        bleu = sacrebleu.corpus_bleu(hyp, [ref]).score
        print(f"chrF {chrf:.1f}  BLEU {bleu:.1f}  ({len(hyp)} segments, sacrebleu {sacrebleu.__version__})")
        return 0
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise UsageError("eval rouge needs rouge-score: pip install 'summarize[bench]'") from None
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"])
    totals = [0.0, 0.0, 0.0]
    for h, r in zip(hyp, ref):
        s = scorer.score(r, h)
        for k, key in enumerate(("rouge1", "rouge2", "rougeL")):
            totals[k] += s[key].fmeasure
    n = max(1, len(hyp))
    print("ROUGE-1/2/L F1 " + "/".join(f"{100 * t / n:.2f}" for t in totals) + f"  ({len(hyp)} segments)")
    return 0
