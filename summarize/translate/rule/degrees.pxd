# Declarations for the compiled build (see setup.py): the token type its @cython.locals lines name.
from .analyse cimport Tok
