"""Rewrite the golden files from the current code: `python tests/golden/regenerate.py`, then review the diff.

Each golden file is the exact stdout of one CLI invocation on a seed article (COLUMNS=100, not a terminal).
"""

from __future__ import annotations

import io
import os
import sys
from contextlib import redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SEEDS = {"wsce": ROOT / "seeds" / "kutipan-wsce-2024.id.txt", "tikrit": ROOT / "seeds" / "indosum-bom-tikrit.id.txt"}
VARIANTS = {
    "text.txt": ["--engine", "rule"],
    "side-by-side.txt": ["--engine", "rule", "--side-by-side"],
    "json": ["--engine", "rule", "--format", "json"],
    "md": ["--engine", "rule", "--format", "markdown"],
    "side-by-side.md": ["--engine", "rule", "--format", "markdown", "--side-by-side"],
    "translate.txt": ["translate", "--engine", "rule"],
}


def cases():
    for seed, path in SEEDS.items():
        for suffix, args in VARIANTS.items():
            cmd = args[:1] + args[1:] if args[0] == "translate" else args
            yield f"{seed}.{suffix}", cmd + ["--file", str(path)]


def run(args: list[str]) -> str:
    from summarize.__main__ import main

    os.environ["COLUMNS"] = "100"
    os.environ.pop("NO_COLOR", None)
    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main(args)
    if code != 0:
        raise SystemExit(f"summarize {' '.join(args)} exited {code}")
    return buf.getvalue()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for name, args in cases():
        (HERE / name).write_text(run(args), encoding="utf-8")
        print("wrote", name)
