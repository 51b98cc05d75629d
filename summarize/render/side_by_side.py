"""Two aligned columns, Indonesian | English, one row per sentence, fitted to the terminal width.

Long sentences wrap inside their column; a rule between rows marks a new paragraph. Summaries are shown the same
way, with the sentences the summariser chose.
"""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..types import Report
from . import TITLES


def _table(rows: list[tuple[str, str, int]], plain: bool) -> Table:
    table = Table(
        box=box.ASCII2 if plain else box.ROUNDED,
        show_lines=False, expand=True, header_style="bold",
    )
    table.add_column("Indonesian", ratio=1, overflow="fold", style=None if plain else "yellow")
    table.add_column("English", ratio=1, overflow="fold", style=None if plain else "green")
    for k, (src, tr, para) in enumerate(rows):
        last_row = k + 1 == len(rows)
        new_paragraph_next = not last_row and rows[k + 1][2] != para
        table.add_row(src, tr, end_section=new_paragraph_next)
        if not last_row and not new_paragraph_next:
            table.add_row("", "")          # a blank line between sentences, a rule between paragraphs
    return table


def render(report: Report, con: Console, *, show: tuple[str, ...]) -> None:
    plain = con.no_color
    everything = [(s.text, t, s.paragraph) for s, t in zip(report.sentences, report.translations)]
    for n, section in enumerate(show):
        if n:
            con.print()
        con.print(Text(TITLES[section], style="bold"))
        if section == "translation":
            con.print(_table(everything, plain))
            continue
        summary = report.summaries[section]
        if summary.sentence_ids is None:
            rows = [(summary.source or "(none)", summary.translation or "(none)", 0)]
        else:
            rows = [everything[i] for i in summary.sentence_ids]
        con.print(_table(rows, plain))
