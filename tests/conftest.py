"""Shared test helpers: run the CLI in-process (main(argv) -> exit code) with given stdin bytes."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "kutipan-wsce-2024.id.txt"
SEED2 = SEEDS / "indosum-bom-tikrit.id.txt"
GOLDEN = Path(__file__).resolve().parent / "golden"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(monkeypatch, capsys, tmp_path_factory):
    """Call `cli(args, stdin=b"...")` to run `summarize ARGS` in this process."""
    from summarize.__main__ import main

    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("SUMMARIZE_TRANSLATION_MODEL", raising=False)
    monkeypatch.delenv("SUMMARIZE_SUMMARY_MODEL", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg")))   # no user config file leaks in

    def run(args: list[str], stdin: bytes | str = b"") -> Result:
        data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
