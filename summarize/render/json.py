"""The JSON document of DESIGN.md (always complete: --show does not filter it)."""

from __future__ import annotations

import json

from ..types import Report


def render(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def record(record_id, report: Report) -> str:
    """One batch line: the input's id followed by the document."""
    # a non-ASCII sentence (str.isascii is O(1)) rules the fast path out before it is tried
    plain = all(map(str.isascii, report.translations)) and all(s.text.isascii() for s in report.sentences)
    return dumps_line({"id": record_id, **report.to_dict()}, try_ascii=plain)


def dumps_line(doc: dict, try_ascii: bool = True) -> str:
    """`json.dumps(doc, ensure_ascii=False)`, faster for the usual all-ASCII document.

    Why: CPython's encoder escapes strings about twice as fast with ensure_ascii=True. The two settings differ
    only in characters that the ASCII one writes as a \\uXXXX escape (non-ASCII, DEL, controls without a short
    escape); if its output holds no backslash-u at all, there was none, and it is the same text."""
    if try_ascii:
        out = json.dumps(doc)
        if "\\u" not in out:
            return out + "\n"
    return json.dumps(doc, ensure_ascii=False) + "\n"
