"""Markdown output: headings per section; side-by-side as one two-column table per paragraph."""

from __future__ import annotations

from ..types import Report
from . import TITLES


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(rows: list[tuple[str, str]]) -> list[str]:
    lines = ["| Indonesian | English |", "| --- | --- |"]
    lines += [f"| {_cell(a)} | {_cell(b)} |" for a, b in rows]
    return lines


def render(report: Report, *, show: tuple[str, ...], side_by_side: bool) -> str:
    out: list[str] = ["# Summary", ""]
    pairs = list(zip(report.sentences, report.translations))
    for section in show:
        out += [f"## {TITLES[section]}", ""]
        if section == "translation":
            if side_by_side:
                last = None
                for sent, tr in pairs:
                    if sent.paragraph != last:
                        if last is not None:
                            out.append("")
                        out.append(f"| Indonesian | English |")
                        out.append("| --- | --- |")
                        last = sent.paragraph
                    out.append(f"| {_cell(sent.text)} | {_cell(tr)} |")
                out.append("")
            else:
                out += [p + "\n" for p in report.translation.split("\n\n")]
            continue
        summary = report.summaries[section]
        if side_by_side and summary.sentence_ids is not None:
            out += _table([(report.sentences[i].text, report.translations[i]) for i in summary.sentence_ids])
            out.append("")
        else:
            out += [f"**Indonesian:** {summary.source or '—'}", "", f"**English:** {summary.translation or '—'}", ""]
    return "\n".join(out).rstrip("\n") + "\n"
