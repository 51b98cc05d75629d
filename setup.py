"""Build step for the optional compiled modules; everything else about the package is in pyproject.toml.

The rule translator and the extractive summariser are pure Python, and they run as pure Python wherever this step
cannot compile them. Where a C compiler is present (`pip install -e .` on Linux), Cython compiles the modules named
in COMPILED into extension modules next to their sources: the same code without the interpreter's per-instruction
dispatch. Two kinds of declarations, which plain Python ignores, let the compiler do more in the hottest code
(bench/README.md has the figures):
- the .pxd files beside summarize/translate/rule's modules make the token class (analyse.Tok) and the grammar's
  classes (nouns.NounPhrases <- clauses.ClauseChecks <- verbs.VerbGroups <- grammar.Sentence) extension types, so
  their attributes are fields in a C struct;
- `@cython.locals(...)` lines say which local variables of a hot function hold a token, a list or an index, so
  `tok.pos` is a field read and `t[i]` an array access. In plain Python `cython` is Cython's own module where it
  is installed and summarize/_cython.py (decorators that do nothing) where it is not.
And one piece of C: summarize/_str_equal.h, forced in front of each generated file, gives Cython's string
comparisons (`tok.pos == "adj"`, the commonest test in the grammar) an equality test by length and bytes in place
of the ordering comparison Cython 3.3 calls before Python 3.14 — hand-written because no Cython option does it.

Each compiled module gets a `NAME.built-from` file beside it holding the SHA-256 of the source it was compiled
from (its .py file and the folder's .pxd files). summarize/_compiled.py compares it with the files there at
import time and imports the sources instead when they differ, so an edit in an editable install takes effect
without a rebuild (it runs at Python speed until the next `pip install -e .`).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# The per-sentence and per-article hot paths of `summarize batch --engine rule`, by module name.
COMPILED = (
    "summarize.translate.rule.tokens", "summarize.translate.rule.analyse", "summarize.translate.rule.morphology",
    "summarize.translate.rule.numbers", "summarize.translate.rule.lexicon", "summarize.translate.rule.degrees",
    "summarize.translate.rule.grammar", "summarize.translate.rule.nouns", "summarize.translate.rule.verbs",
    "summarize.translate.rule.clauses", "summarize.translate.rule.english", "summarize.translate.rule.translator",
    "summarize.summarizers.features", "summarize.summarizers.extractive", "summarize.summarizers.boilerplate",
    "summarize.text.segment", "summarize.text.normalise", "summarize.text.stem", "summarize.text.langid",
)


def source_of(module: str) -> Path:
    return Path(*module.split(".")).with_suffix(".py")


def _load_compiled():
    """summarize/_compiled.py loaded on its own (it imports only the standard library; importing the package would
    run its start-up), so that the build writes the digest the import-time guard checks with the same function."""
    spec = importlib.util.spec_from_file_location("_summarize_compiled", Path("summarize", "_compiled.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_COMPILED = _load_compiled()


def digest_of(module: str) -> str:
    """SHA-256 of what a module's compiled module and generated C file are made from: its .py file and its folder's
    .pxd files (summarize/_compiled.py's `digest`, which the guard checks at import)."""
    return _COMPILED.digest(source_of(module))


C_DIR = Path("build", "cython")
STR_EQUAL = "summarize/_str_equal.h"


def c_files_of(module: str) -> tuple[Path, Path]:
    """The C file Cython generates for a module, and the file beside it naming the source digest it came from."""
    c_file = C_DIR / source_of(module).with_suffix(".c")
    return c_file, c_file.with_name(c_file.name + ".source")


def _drop_stale_c(digests: dict[str, str]) -> None:
    """Cython regenerates a C file only when the .py is newer than it. A source put back with an older time (a copy
    that keeps times) would then be compiled from old C while its .built-from names the new source: delete every
    C file whose recorded source digest is not the current one, so Cython writes it again."""
    for name, digest in digests.items():
        c_file, stamp = c_files_of(name)
        if c_file.exists() and (not stamp.exists() or stamp.read_text().strip() != digest):
            c_file.unlink()


class BuildCompiled(build_ext):
    """build_ext that compiles in parallel and records, next to each module it built, the digest of its source."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        super().run()         # builds into build_lib, then (editable installs) copies the modules next to the sources
        build_py = self.get_finalized_command("build_py")
        for ext in self.extensions:
            filename = self.get_ext_filename(ext.name)
            package, stem = ext.name.rsplit(".", 1)
            digest = digest_of(ext.name)
            places = [Path(self.build_lib, filename)]
            if self.inplace:
                places.append(Path(build_py.get_package_dir(package), Path(filename).name))
            for built in places:
                if built.exists():    # an optional extension that failed to compile leaves nothing behind
                    built.with_name(stem + ".built-from").write_text(digest + "\n")


def extensions() -> list[Extension]:
    if os.environ.get("SUMMARIZE_PURE_PYTHON"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:                 # (pyproject's build requirements include Cython; a build without it is pure)
        return []
    digests = {name: digest_of(name) for name in COMPILED}
    _drop_stale_c(digests)
    # -g0: without debug information gcc compiles these large generated files three times as fast;
    # -include STR_EQUAL: string equality by length and bytes in the generated comparisons (see that file)
    exts = [Extension(name, [str(source_of(name))], optional=True, depends=[STR_EQUAL],
                      extra_compile_args=["-O2", "-g0", "-include", STR_EQUAL], extra_link_args=["-s"])
            for name in COMPILED]
    # annotation_typing off: type hints stay hints, so the compiled code accepts exactly what the Python does
    exts = cythonize(exts, language_level=3, build_dir=str(C_DIR), quiet=True, nthreads=os.cpu_count() or 1,
                     compiler_directives={"annotation_typing": False})
    for name, digest in digests.items():
        c_files_of(name)[1].write_text(digest + "\n")
    return exts


setup(ext_modules=extensions(), cmdclass={"build_ext": BuildCompiled})
