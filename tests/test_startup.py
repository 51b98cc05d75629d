"""The rule path never imports the heavy neural stack (fast start is a product promise)."""

import subprocess
import sys

from conftest import ROOT, SEED

HEAVY = ("torch", "transformers", "ctranslate2", "sentencepiece")

PROBE = """
import sys
from summarize.__main__ import main
code = main(sys.argv[1:])
heavy = sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r})
print('HEAVY=' + ','.join(heavy), file=sys.stderr)
sys.exit(code)
"""


def _heavy_modules(args, stdin=""):
    r = subprocess.run([sys.executable, "-c", PROBE.format(heavy=set(HEAVY)), *args], input=stdin,
                       capture_output=True, text=True, cwd=ROOT)
    line = [x for x in r.stderr.splitlines() if x.startswith("HEAVY=")][-1]
    return r.returncode, line[len("HEAVY="):]


def test_import_summarize_is_light():
    r = subprocess.run([sys.executable, "-c", "import summarize, sys; print(sorted(m for m in sys.modules "
                        f"if m.split('.')[0] in {set(HEAVY)!r}))"], capture_output=True, text=True, cwd=ROOT)
    assert r.stdout.strip() == "[]"


def test_rule_main_job_does_not_import_torch():
    code, heavy = _heavy_modules(["--engine", "rule", "--file", str(SEED)])
    assert code == 0 and heavy == ""


def test_auto_without_models_does_not_import_torch():
    code, heavy = _heavy_modules(["--file", str(SEED), "--format", "json"])
    assert code == 0 and heavy == ""


def test_help_and_translate_lines_do_not_import_torch():
    assert _heavy_modules(["--help"]) == (0, "")
    assert _heavy_modules(["translate", "--engine", "rule", "--lines"], stdin="Kota itu besar.\n") == (0, "")
