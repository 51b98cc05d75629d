"""The CLI in-process: every flag of the main job, translate and batch, and every exit code."""

import json

import pytest

from conftest import SEED, SEED2

ARTICLE = SEED.read_text(encoding="utf-8")


def test_stdin_main_job_shows_all_sections(cli):
    r = cli(["--engine", "rule"], stdin=ARTICLE)
    assert r.code == 0
    for heading in ("== Short summary ==", "== Long summary ==", "== Translation (English) =="):
        assert heading in r.out
    assert "smart city" in r.out and "\x1b[" not in r.out


def test_file_flag_equals_stdin_and_dash(cli):
    a = cli(["--engine", "rule", "--file", str(SEED)]).out
    b = cli(["--engine", "rule"], stdin=ARTICLE).out
    c = cli(["--engine", "rule", "--file", "-"], stdin=ARTICLE).out
    assert a == b == c


@pytest.mark.parametrize("path", [SEED, SEED2])
def test_json_document(cli, path):
    r = cli(["--engine", "rule", "--format", "json", "--file", str(path)])
    doc = json.loads(r.out)
    n = len(doc["sentences"])
    assert doc["engine"]["translation"] == "rule" and doc["engine"]["fallback_reason"] is None
    assert len(doc["summaries"]["short"]["sentence_ids"]) == 3
    assert 4 <= len(doc["summaries"]["long"]["sentence_ids"]) <= 6 < n


def test_short_and_long_flags(cli):
    doc = json.loads(cli(["--engine", "rule", "--format", "json", "--short", "1", "--long", "2",
                          "--file", str(SEED)]).out)
    assert len(doc["summaries"]["short"]["sentence_ids"]) == 1
    assert len(doc["summaries"]["long"]["sentence_ids"]) == 2


def test_long_never_shorter_than_short(cli):
    doc = json.loads(cli(["--engine", "rule", "--format", "json", "--short", "5", "--long", "2",
                          "--file", str(SEED)]).out)
    s, lg = doc["summaries"]["short"]["sentence_ids"], doc["summaries"]["long"]["sentence_ids"]
    assert len(s) == 5 and set(s) <= set(lg)


def test_show_selects_sections(cli):
    r = cli(["--engine", "rule", "--show", "short", "--file", str(SEED)])
    assert "Short summary" in r.out and "Long summary" not in r.out and "Translation" not in r.out
    r = cli(["--engine", "rule", "--show", "translation,short", "--file", str(SEED)])
    assert r.out.index("Short summary") < r.out.index("Translation")


def test_side_by_side_fits_width_and_separates_paragraphs(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "72")
    r = cli(["--engine", "rule", "--side-by-side", "--show", "translation", "--file", str(SEED)])
    lines = r.out.splitlines()
    assert max(len(line) for line in lines) <= 72
    assert any("Indonesian" in line and "English" in line for line in lines)
    separators = [line for line in lines if set(line.strip()) <= set("+-|=") and line.strip()]
    assert len(separators) >= 7 + 2          # 6 paragraph breaks + borders
    assert "smart city" in r.out


def test_markdown_output(cli):
    r = cli(["--engine", "rule", "--format", "markdown", "--file", str(SEED)])
    assert r.out.startswith("# Summary\n") and "## Short summary" in r.out and "**English:**" in r.out
    r = cli(["--engine", "rule", "--format", "markdown", "--side-by-side", "--file", str(SEED)])
    assert "| Indonesian | English |" in r.out


def test_no_color_and_pipe_output_is_plain(cli, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    r = cli(["--engine", "rule", "--side-by-side", "--file", str(SEED)])
    assert "\x1b[" not in r.out


def test_auto_engine_falls_back_with_reason(cli):
    r = cli(["--format", "json", "--file", str(SEED)])
    doc = json.loads(r.out)
    assert doc["engine"]["translation"] == "rule"
    assert doc["engine"]["fallback_reason"]
    assert r.err.count("\n") == 1 and "rule engine" in r.err


def test_neural_engine_without_model_is_exit_4(cli):
    r = cli(["--engine", "neural", "--file", str(SEED)])
    assert r.code == 4 and r.err.startswith("summarize: error:") and r.err.count("\n") == 1


def test_translate_lines_keeps_line_count(cli):
    text = "Kota itu besar.\n\nPemerintah Indonesia membangun kota cerdas.\n   \nDua kalimat. Di sini.\n"
    r = cli(["translate", "--engine", "rule", "--lines"], stdin=text)
    out = r.out.split("\n")
    assert r.code == 0 and out[-1] == "" and len(out) - 1 == 5
    assert out[1] == "" and out[3] == ""
    assert "smart city" in out[2] and "Indonesian government" in out[2]


def test_translate_lines_json(cli):
    r = cli(["translate", "--engine", "rule", "--lines", "--format", "json"], stdin="Kota cerdas.\n\nRumah.\n")
    doc = json.loads(r.out)
    assert len(doc["lines"]) == 3 and doc["lines"][1] == ""


def test_translate_text_and_json(cli):
    r = cli(["translate", "--engine", "rule", "--file", str(SEED)])
    assert r.out.count("\n\n") == 6
    doc = json.loads(cli(["translate", "--engine", "rule", "--format", "json", "--file", str(SEED)]).out)
    assert len(doc["sentences"]) == 11


def test_english_input_is_not_translated(cli):
    text = "The president opened a new bridge in the city. It is the longest bridge in the country."
    doc = json.loads(cli(["--engine", "rule", "--format", "json"], stdin=text).out)
    assert doc["source_language"] == "en" and doc["engine"]["translation"] == "none"
    assert doc["translation"] == text


@pytest.mark.parametrize("args,code", [
    (["--bogus"], 2),
    (["--short", "0"], 2),
    (["--short", "x"], 2),
    (["--format", "pdf"], 2),
    (["--engine", "magic"], 2),
    (["--show", "short,nothing"], 2),
    (["--encoding", "no-such-codec"], 2),
    (["batch"], 2),
    (["--file", "/no/such/file.txt"], 3),
    (["--file", "/"], 3),
])
def test_exit_codes(cli, args, code):
    r = cli(args, stdin="Kota itu besar.")
    assert r.code == code
    assert r.err.startswith("summarize: error:") and r.err.count("\n") == 1
    assert "Traceback" not in r.err


@pytest.mark.parametrize("stdin", ["", "   \n\t\n  "])
def test_empty_input_is_exit_3(cli, stdin):
    r = cli(["--engine", "rule"], stdin=stdin)
    assert r.code == 3 and "empty" in r.err


def test_help_and_version(cli):
    r = cli(["--help"])
    assert r.code == 0 and "--side-by-side" in r.out and "exit codes" in r.out
    r = cli(["--version"])
    assert r.code == 0 and r.out.startswith("summarize ")
    for sub in ("translate", "batch", "models", "eval"):
        assert cli([sub, "--help"]).code == 0


def test_debug_shows_traceback(cli):
    with pytest.raises(Exception):
        cli(["--debug", "--file", "/no/such/file.txt"])


def test_python_module_entry_point():
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "summarize", "--engine", "rule", "--show", "short"],
                       input="Pemerintah Indonesia membangun kota cerdas.", capture_output=True, text=True)
    assert r.returncode == 0 and "smart city" in r.stdout
