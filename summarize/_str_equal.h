/* Forced in front of each compiled module's generated C by setup.py (gcc/clang -include): string equality for
   the comparisons Cython 3.3 generates. Before Python 3.14, Cython tests `a == "literal"` (and ==, != between str
   values) by calling PyUnicode_Compare, which orders the two strings (callgrind: about 5 % of a batch run's
   instructions went to it); equality only needs their lengths, kinds and bytes. The definitions below take the place of
   Cython's for the equality forms (same names; Cython's own are guarded by the macros defined here). Callers have
   checked that both objects are str; a Cython that names these helpers differently simply does not use them.
   Written for this project. */
#ifndef SUMMARIZE_STR_EQUAL_H
#define SUMMARIZE_STR_EQUAL_H
#include <Python.h>
#include <string.h>

#if PY_VERSION_HEX < 0x030e0000
/* 1 when equal, 0 when not, -1 on error; s1 and s2 are str objects (Cython has checked) */
static inline int summarize_str_equal(PyObject *s1, PyObject *s2) {
    Py_ssize_t n;
    int kind;
    if (s1 == s2) return 1;
    if (PyUnicode_READY(s1) < 0 || PyUnicode_READY(s2) < 0) return -1;
    n = PyUnicode_GET_LENGTH(s1);
    if (n != PyUnicode_GET_LENGTH(s2)) return 0;
    kind = PyUnicode_KIND(s1);
    if (kind != PyUnicode_KIND(s2)) return 0;
    return memcmp(PyUnicode_DATA(s1), PyUnicode_DATA(s2), (size_t)n * (size_t)kind) == 0;
}

#define __Pyx_DEFINED_PyObject_CompareStrStrBoolEq
static inline int __Pyx_PyObject_CompareStrStrBoolEq(PyObject *s1, PyObject *s2) {
    return summarize_str_equal(s1, s2);
}
#define __Pyx_DEFINED_PyObject_CompareStrStrBoolNe
static inline int __Pyx_PyObject_CompareStrStrBoolNe(PyObject *s1, PyObject *s2) {
    int r = summarize_str_equal(s1, s2);
    return r < 0 ? -1 : !r;
}

/* the forms that return a bool object: True when the strings' equality is `when_equal` */
static inline PyObject *summarize_str_equal_object(PyObject *s1, PyObject *s2, int when_equal) {
    int r = summarize_str_equal(s1, s2);
    return r < 0 ? NULL : PyBool_FromLong(r == when_equal);
}
#define __Pyx_DEFINED_PyObject_CompareStrStrEq
static inline PyObject *__Pyx_PyObject_CompareStrStrEq(PyObject *s1, PyObject *s2) {
    return summarize_str_equal_object(s1, s2, 1);
}
#define __Pyx_DEFINED_PyObject_CompareStrStrNe
static inline PyObject *__Pyx_PyObject_CompareStrStrNe(PyObject *s1, PyObject *s2) {
    return summarize_str_equal_object(s1, s2, 0);
}
#endif
#endif
