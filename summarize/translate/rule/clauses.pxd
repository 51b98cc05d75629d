# Declarations for the compiled build (see setup.py and nouns.pxd).
from .nouns cimport NounPhrases

cdef class ClauseChecks(NounPhrases):
    pass
