# Declarations for the compiled build (see setup.py and nouns.pxd).
from .analyse cimport Tok
from .clauses cimport ClauseChecks

cdef class VerbGroups(ClauseChecks):
    pass
