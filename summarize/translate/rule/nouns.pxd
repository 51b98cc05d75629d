# Declarations for the compiled build (see setup.py); plain Python does not read this file.
# The grammar's state (NounPhrases.__slots__), as fields of the first extension type of the mixin chain
# NounPhrases <- clauses.ClauseChecks <- verbs.VerbGroups <- grammar.Sentence: `self.x` is a field read in all of them.
from .analyse cimport Tok

cdef class NounPhrases:
    cdef public object t, _owned, experiential_at, out, demonyms, tense, tense_marked, agr, has_subject
    cdef public object has_verb, np_at, np_start, np_plural, cap_at, statement, gap, main_subject_at
    cdef public object causee_at, opening, fragment_at, verb_at
