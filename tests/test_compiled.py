"""The optional compiled build (setup.py, summarize/_compiled.py): the guard that keeps a compiled module from
running once its source has changed, and the compiled modules giving exactly the output of their sources."""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SEED, SEED2
from summarize import _compiled

EXT = importlib.machinery.EXTENSION_SUFFIXES[0]


def _package(folder, source="X = 1\n", digest: str | None = "match"):
    """A folder holding m.py, a stand-in extension module m<EXT> and, unless digest is None, m.built-from."""
    (folder / "m.py").write_text(source)
    (folder / ("m" + EXT)).write_bytes(b"\x7fELF")
    if digest is not None:
        value = hashlib.sha256(source.encode()).hexdigest() if digest == "match" else digest
        (folder / "m.built-from").write_text(value + "\n")
    return folder


def test_a_module_built_from_the_current_source_runs_compiled(tmp_path):
    assert _compiled.check(_package(tmp_path)) == {"m": "compiled"}


def test_an_edited_source_makes_its_module_run_from_source(tmp_path):
    folder = _package(tmp_path)
    (folder / "m.py").write_text("X = 2\n")
    assert _compiled.check(folder) == {"m": "source changed"}


def test_an_edited_declaration_file_makes_the_modules_of_its_folder_run_from_source(tmp_path):
    """The .pxd files declare the extension types the folder's modules are compiled with: part of the digest."""
    folder = tmp_path
    (folder / "m.py").write_text("X = 1\n")
    (folder / "types.pxd").write_text("cdef class T:\n    cdef public object a\n")
    (folder / ("m" + EXT)).write_bytes(b"\x7fELF")
    (folder / "m.built-from").write_text(_compiled.digest(folder / "m.py") + "\n")
    assert _compiled.check(folder) == {"m": "compiled"}
    (folder / "types.pxd").write_text("cdef class T:\n    cdef public object a, b\n")
    assert _compiled.check(folder) == {"m": "source changed"}


def test_a_digest_without_declaration_files_is_the_sources_sha256(tmp_path):
    (tmp_path / "m.py").write_text("X = 1\n")
    assert _compiled.digest(tmp_path / "m.py") == hashlib.sha256(b"X = 1\n").hexdigest()


def test_one_module_that_must_run_from_source_takes_all_the_compiled_modules_with_it():
    """Compiled modules share extension types (a compiled grammar cannot import next to a source analyse whose
    Tok is a plain class), so the guard runs all of them compiled or none."""
    assert _compiled.settle({"a": "compiled", "b": "compiled"}) == {"a": "compiled", "b": "compiled"}
    assert _compiled.settle({"a": "compiled", "b": "source changed", "c": "no digest"}) == {
        "a": _compiled.LINKED, "b": "source changed", "c": "no digest"}
    assert _compiled.settle({}) == {}


def test_a_module_without_a_digest_runs_from_source(tmp_path):
    assert _compiled.check(_package(tmp_path, digest=None)) == {"m": "no digest"}


def test_an_extension_module_without_a_source_beside_it_is_not_ours_to_judge(tmp_path):
    (tmp_path / ("other" + EXT)).write_bytes(b"")
    assert _compiled.check(tmp_path) == {}
    assert _compiled.check(tmp_path / "missing") == {}


def test_the_finder_loads_the_python_source_of_a_routed_module(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("X = 3\n")
    finder = _compiled._FromSource({"pkg.m": source})
    spec = finder.find_spec("pkg.m")
    assert spec.origin == str(source) and isinstance(spec.loader, importlib.machinery.SourceFileLoader)
    assert finder.find_spec("pkg.other") is None


def _run(args: list[str], stdin: str, pure: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != "SUMMARIZE_PURE_PYTHON"}
    if pure:
        env["SUMMARIZE_PURE_PYTHON"] = "1"
    done = subprocess.run([sys.executable, "-m", "summarize", *args], input=stdin, capture_output=True, text=True,
                          env=env, cwd=ROOT, check=True)
    return done.stdout


def test_compiled_modules_give_the_output_of_their_sources(tmp_path):
    """Run where the build compiled the modules (pip install -e . with a C compiler): the same batch through the
    compiled modules and through their .py files gives byte-identical records."""
    if not any(state == "compiled" for state in _compiled.STATUS.values()):
        pytest.skip("no compiled modules in this install (no C compiler at install time, or sources edited since)")
    texts = [SEED.read_text(encoding="utf-8"), SEED2.read_text(encoding="utf-8"),
             "Harganya murah, enak banget! Tempatnya nyaman tapi parkirnya susah.\n\nGak bakal balik lagi deh.",
             "JAKARTA, KOMPAS.com - Rp229,68 triliun dianggarkan pada 14.30 WIB, Minggu (8/9/2024). Baca juga: X"]
    records = tmp_path / "in.jsonl"
    records.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)))
    outputs = []
    for pure in (False, True):
        out = tmp_path / f"out-{pure}.jsonl"
        _run(["batch", str(records), "--output", str(out), "--engine", "rule"], "", pure)
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == len(texts)


def test_the_pure_python_switch_routes_every_compiled_module_to_its_source():
    code = ("import sys, summarize, summarize._compiled as c; import summarize.translate.rule; "
            "print(sorted(set(c.STATUS.values()))); print(sys.modules['summarize.translate.rule.grammar'].__file__)")
    env = dict(os.environ, SUMMARIZE_PURE_PYTHON="1")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                         check=True).stdout.splitlines()
    assert out[1].endswith("grammar.py")
    assert out[0] in ("[]", "['SUMMARIZE_PURE_PYTHON']")


def test_the_guard_looks_in_every_folder_setup_py_compiles_in():
    """A compiled module outside _compiled.FOLDERS would never be checked against its source."""
    import ast

    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    compiled = next(ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign)
                    and any(getattr(t, "id", "") == "COMPILED" for t in node.targets))
    folders = {"/".join(name.split(".")[1:-1]) for name in compiled}
    assert compiled and folders <= set(_compiled.FOLDERS)


def test_without_cython_installed_the_sources_run_on_the_stand_in_decorators():
    """A user's install has no Cython (it is a build requirement only): the modules' `import cython` falls back to
    summarize/_cython.py, and the translation is the one the installed build gives."""
    code = ("import sys; sys.modules['cython'] = None\n"      # (None in sys.modules: `import cython` fails)
            "import summarize.translate.rule.grammar, summarize.summarizers.features\n"
            "for name in ('summarize.translate.rule.grammar', 'summarize.summarizers.features'):\n"
            "    assert sys.modules[name].cython.__name__ == 'summarize._cython', name\n"
            "from summarize.__main__ import main\n"
            "sys.argv = ['summarize', 'translate', '--engine', 'rule']\n"
            "main()\n")
    text = SEED.read_text(encoding="utf-8")
    env = dict(os.environ, SUMMARIZE_PURE_PYTHON="1")
    shimmed = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, env=env,
                             cwd=ROOT, check=True).stdout
    assert shimmed and shimmed == _run(["translate", "--engine", "rule"], text, pure=False)


def test_string_equality_in_compiled_code_is_pythons():
    """The compiled modules test `x == "literal"` with summarize/_str_equal.h's length-and-bytes comparison
    (english.be compares its tense with "past"): equal strings that are other objects, other lengths, the same
    length in a wider character kind, and a str subclass all compare as in Python."""
    from summarize.translate.rule import english

    past = "".join(["pa", "st"])                    # equal to "past", not the literal's object
    assert id(past) != id("past") and english.be(past, "1s") == "was"
    for other in ("pas", "pastx", "pasT", "p\u0101st", "p\U0001d41ast", ""):
        assert english.be(other, "1s") == "am", other

    class Tense(str):
        def __eq__(self, other):                    # a subclass's own __eq__ still decides
            return True

        __hash__ = str.__hash__

    assert english.be(Tense("present"), "3p") == "were"


@pytest.mark.parametrize("module, cls", [("analyse", "Tok"), ("nouns", "NounPhrases")])
def test_the_declaration_files_declare_exactly_the_slots_of_their_classes(module, cls):
    """The compiled build reads a class's fields from its .pxd file: a slot added to the .py alone would raise
    AttributeError in the compiled build only."""
    import importlib
    import re

    pxd = (ROOT / "summarize" / "translate" / "rule" / f"{module}.pxd").read_text(encoding="utf-8")
    body = pxd.split(f"cdef class {cls}", 1)[1]
    declared = {name.strip() for line in re.findall(r"cdef public object ([^\n]+)", body) for name in line.split(",")}
    source = importlib.import_module(f"summarize.translate.rule.{module}")
    assert declared == set(getattr(source, cls).__slots__)
