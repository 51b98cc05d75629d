# Declarations for the compiled build (see setup.py and nouns.pxd).
from .analyse cimport Tok
from .verbs cimport VerbGroups

cdef class Sentence(VerbGroups):
    pass
