"""The JSON document of DESIGN.md (always complete: --show does not filter it)."""

from __future__ import annotations

import json

from ..types import Report

_STR = json.encoder.encode_basestring      # the string encoder json.dumps(..., ensure_ascii=False) uses
_ENCODE = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode   # json.dumps without per-call set-up


def render(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def record(record_id, report: Report) -> str:
    """One batch line: the input's id followed by the document.

    Byte for byte `json.dumps({"id": record_id, **report.to_dict()}, ensure_ascii=False)`, put together by hand
    because it runs once per batch record: each translation is escaped once and reused for the full translation
    (the same strings joined, and JSON escaping works character by character), and no per-sentence dicts are built.
    """
    head = _ENCODE({"id": record_id, "source_language": report.source_language,
                    "target_language": report.target_language, "engine": report.engine.to_dict()})
    pairs = list(zip(report.sentences, map(_STR, report.translations)))
    paras: list[list[str]] = []     # as Report.translation, on the escaped text without its quotes
    last = None
    for sent, tr in pairs:
        if sent.paragraph != last:
            paras.append([])
            last = sent.paragraph
        paras[-1].append(tr[1:-1])
    sentences = ", ".join([f'{{"source": {_STR(s.text)}, "translation": {tr}, "paragraph": {s.paragraph!r}}}'
                           for s, tr in pairs])
    translation = "\\n\\n".join(" ".join(p) for p in paras)
    summaries = _ENCODE({k: v.to_dict() for k, v in report.summaries.items()})
    return (f'{head[:-1]}, "sentences": [{sentences}], "translation": "{translation}", '
            f'"summaries": {summaries}}}\n')
