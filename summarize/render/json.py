"""The JSON document of DESIGN.md (always complete: --show does not filter it)."""

from __future__ import annotations

import json

from ..types import Report


def render(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def record(record_id, report: Report) -> str:
    """One batch line: the input's id followed by the document."""
    return json.dumps({"id": record_id, **report.to_dict()}, ensure_ascii=False) + "\n"
