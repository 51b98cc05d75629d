"""The batch record's ASCII fast path writes exactly what json.dumps(..., ensure_ascii=False) writes."""

import json

import pytest

from summarize.render.json import dumps_line

CASES = ["plain", "caf\u00e9", "del\x7f", "tab\tnew\nline", "ctl\x01", "back\\slash", "lit \\u00e9",
         'quote "x"', "\u201ccurly\u201d", "emoji \U0001f600", "", "nul\x00"]


@pytest.mark.parametrize("text", CASES)
def test_same_as_non_ascii_dumps(text):
    doc = {"id": text, "sentences": [{"source": text, "translation": "x" + text, "paragraph": 0}], text: [1, 2.5]}
    assert dumps_line(doc) == json.dumps(doc, ensure_ascii=False) + "\n"


def test_mixed_cases_in_one_document():
    doc = {"a": CASES, "b": {c: c for c in CASES}}
    assert dumps_line(doc) == json.dumps(doc, ensure_ascii=False) + "\n"
