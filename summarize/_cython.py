"""What the compiled modules import as `cython` where Cython itself is not installed (it is needed only to build).

setup.py compiles some modules with Cython, and their `@cython.locals(...)` lines tell the compiler which local
variables hold a token, a list or an index, so that `tok.pos` is a field read and `t[i]` an array access. Run as
plain Python those lines must change nothing: here the decorator returns the function as it is, and the type
names are Python's own. (Written for this project: Cython's own fallback module offers far more than these names.)

One rule for those lines: a generator expression's loop variable must not share the name of a declared local (the
compiler gives it the local's type), so such loops use a name of their own.
"""

from __future__ import annotations

Py_ssize_t = int
double = float


def locals(**types):                # noqa: A001 - the name the compiler knows
    """The function unchanged: local types matter only to the compiler."""
    return lambda function: function
