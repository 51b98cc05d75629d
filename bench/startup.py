"""Start-up benchmark: `summarize --help` and the rule engine's main job on the seed article.

Whole-process wall time, median of 5 runs after one warm-up (so the OS file cache is warm, as it is for a user
running the tool twice). Goals: --help <= 0.3 s, rule run on the seed <= 0.6 s.
Run from the repository root with the project installed: python bench/startup.py
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kutipan-wsce-2024.id.txt"
RUNS = 5


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_of(cmd: list[str]) -> tuple[float, list[float]]:
    timed(cmd)
    runs = [timed(cmd) for _ in range(RUNS)]
    return statistics.median(runs), runs


def main() -> int:
    exe = shutil.which("summarize") or sys.exit("summarize is not on PATH: install the project first")
    cases = [
        ("summarize --help", [exe, "--help"], 0.3),
        ("summarize --engine rule --file seeds/kutipan-wsce-2024.id.txt", [exe, "--engine", "rule", "--file",
                                                                            str(SEED)], 0.6),
        ("summarize --side-by-side --file seeds/… (auto engine, no models)", [exe, "--side-by-side", "--file",
                                                                               str(SEED)], 0.6),
        ("python -c pass (interpreter alone, reference)", [sys.executable, "-c", "pass"], None),
    ]
    failed = False
    for label, cmd, goal in cases:
        med, runs = median_of(cmd)
        verdict = "" if goal is None else ("  ok" if med <= goal else f"  OVER the {goal} s goal")
        failed |= goal is not None and med > goal
        print(f"{label:70s} median {med:.3f} s  (runs: {', '.join(f'{r:.3f}' for r in runs)}){verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
