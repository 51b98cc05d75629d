"""Quality and speed of the rule translator on the shared evaluation sets.

Usage (from the repository root): python bench/rule_mt.py
Reads ../shared/data (news-mt dev, NusaX-MT test), scores with sacrebleu exactly as ../shared/tools/score-mt
does (corpus chrF and BLEU, default settings), and times the whole `summarize translate --lines --engine rule` process
(start-up included) on one core. Run it with the project installed or with PYTHONPATH at the repository root.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import sacrebleu

from summarize import _compiled

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SETS = {
    "news-mt dev": (DATA / "news-mt" / "dev.id", DATA / "news-mt" / "dev.en"),
    "NusaX-MT test": (DATA / "nusax-mt" / "test.id", DATA / "nusax-mt" / "test.en"),
}


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:2000]


def _run_cli(src: Path) -> tuple[list[str], float]:
    """Output lines and wall seconds of one `summarize translate --lines --engine rule` process, pinned to one
    core where taskset exists: the same command ../shared/tools/score-mt scores, start-up included."""
    cmd = [sys.executable, "-m", "summarize", "translate", "--lines", "--engine", "rule", "--file", str(src)]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    start = time.perf_counter()
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    return done.stdout.split("\n"), time.perf_counter() - start


def main() -> int:
    print(f"build: {_compiled.describe()}")
    for name, (src_path, ref_path) in SETS.items():
        ref = _lines(ref_path)
        hyp, secs = _run_cli(src_path)
        hyp = hyp[:len(ref)]
        n = sum(1 for line in ref if line)
        chrf = sacrebleu.corpus_chrf(hyp, [ref]).score
        bleu = sacrebleu.corpus_bleu(hyp, [ref]).score
        print(f"{name}: chrF {chrf:.1f}  BLEU {bleu:.1f}  {n / secs:,.0f} sentences/s "
              f"(whole process on one core, {n} lines in {secs:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
