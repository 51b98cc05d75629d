"""Which modules run compiled, and a guard that keeps a stale compiled module from running.

setup.py compiles the hot modules with Cython when the machine has a C compiler and writes, next to each compiled
module, `NAME.built-from` with the SHA-256 of the source it came from (see `digest`). Python imports an extension
module in preference to the .py file beside it, so after an edit to that .py file in an editable install the old
compiled code would still run. `guard()` (called once from summarize/__init__.py, before any of these modules is
imported) compares the digests and, when any compiled module's source has changed since (or its digest is
missing), has the import system load every compiled module from its .py file instead: the compiled modules share
extension types (the translator's token and grammar classes, declared in the .pxd files), and a compiled module
refuses to import next to a source module that defines one of its types as a plain class. `SUMMARIZE_PURE_PYTHON=1`
does the same, for profiling and for the test that compares the two builds.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path

# Package folders (relative to this one) that setup.py may compile modules in.
FOLDERS = ("translate/rule", "summarizers", "text")
_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)

# module name -> "compiled" or why it runs from source ("source changed", "no digest", "SUMMARIZE_PURE_PYTHON", or
# LINKED when another module's state sent them all to source); filled by guard()
STATUS: dict[str, str] = {}
LINKED = "another compiled module runs from source"


def declarations(folder: Path) -> bytes:
    """The .pxd declaration files of `folder` in name order, joined: the part every module's digest there shares."""
    return b"".join(pxd.read_bytes() for pxd in sorted(folder.glob("*.pxd")))


def digest(source: Path, declared: bytes | None = None) -> str:
    """SHA-256 of what a compiled module is made from: its .py file, then every .pxd declaration file in its folder
    in name order (a module's own .pxd declares its types, and the others declare the types it may use);
    `declared` is declarations(its folder), when the caller has read them already. setup.py writes this digest
    into NAME.built-from (it loads this file to do so)."""
    h = hashlib.sha256(source.read_bytes())
    h.update(declarations(source.parent) if declared is None else declared)
    return h.hexdigest()


def _extension_modules(folder: Path) -> dict[str, Path]:
    """Module stem -> its .py source, for each extension module in `folder` that has a .py beside it."""
    found: dict[str, Path] = {}
    try:
        names = os.listdir(folder)
    except OSError:
        return found
    for name in names:
        if name.endswith(_SUFFIXES):
            stem = name.split(".", 1)[0]
            source = folder / (stem + ".py")
            if source.exists():
                found[stem] = source
    return found


def check(folder: Path) -> dict[str, str]:
    """For each compiled module in `folder`: "compiled" when it was built from the .py file now there, else the
    reason it must not run ("source changed", "no digest")."""
    out: dict[str, str] = {}
    modules = _extension_modules(folder)
    declared = declarations(folder) if modules else b""      # (read once for all the folder's modules)
    for stem, source in modules.items():
        try:
            recorded = (folder / (stem + ".built-from")).read_text().strip()
        except OSError:
            out[stem] = "no digest"
            continue
        out[stem] = "compiled" if recorded == digest(source, declared) else "source changed"
    return out


class _FromSource:
    """A meta-path finder that loads the named modules from their .py files."""

    def __init__(self, sources: dict[str, Path]):
        self.sources = sources

    def find_spec(self, fullname: str, path=None, target=None):
        source = self.sources.get(fullname)
        return None if source is None else importlib.util.spec_from_file_location(fullname, source)


def guard() -> None:
    """Fill STATUS and, when any compiled module must not run, route them all to their sources (see the module
    docstring)."""
    root = Path(__file__).parent
    pure = bool(os.environ.get("SUMMARIZE_PURE_PYTHON"))
    states: dict[str, str] = {}
    sources: dict[str, Path] = {}
    for rel in FOLDERS:
        folder = root / rel
        package = __package__ + "." + rel.replace("/", ".")
        for stem, state in check(folder).items():
            name = package + "." + stem
            states[name] = "SUMMARIZE_PURE_PYTHON" if pure else state
            sources[name] = folder / (stem + ".py")
    STATUS.update(settle(states))
    if not compiled() and sources:
        sys.meta_path.insert(0, _FromSource(sources))


def settle(states: dict[str, str]) -> dict[str, str]:
    """The states guard() acts on: all modules compiled, or none (a compiled module whose own source is current
    runs from source, as LINKED, when any other must)."""
    if all(state == "compiled" for state in states.values()):
        return dict(states)
    return {name: LINKED if state == "compiled" else state for name, state in states.items()}


def compiled() -> bool:
    """True when every compiled module found runs compiled (and at least one was found)."""
    return bool(STATUS) and all(state == "compiled" for state in STATUS.values())


def describe() -> str:
    """One line for benchmarks: which build runs, and why not the compiled one where it does not."""
    if compiled():
        return f"compiled ({len(STATUS)} modules)"
    reasons = sorted(set(STATUS.values()))
    return "pure Python (" + (", ".join(reasons) if reasons else "no compiled modules installed") + ")"
