# Declarations for the compiled build (see setup.py); plain Python does not read this file.
# Tok as an extension type: its attributes (the names in Tok.__slots__) are fields of a C struct, read directly
# wherever a variable is declared a Tok (@cython.locals in the modules).

cdef class Tok:
    cdef public object src, low, pos, gloss, poss, plural, cap, question, value, extra, verb, graded, marks
