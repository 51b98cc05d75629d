"""Terminal output with rich: styled on a terminal, plain when piped or when NO_COLOR is set."""

from __future__ import annotations

import os
from typing import IO

from rich.console import Console
from rich.rule import Rule
from rich.text import Text

from ..types import Report
from . import TITLES


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Let the CLI's single BrokenPipeError handler end the run quietly (rich would exit with status 1)."""
        self.quiet = True
        raise BrokenPipeError


def console(stream: IO[str], *, wrap: bool = True) -> Console:
    """A Console for `stream`; plain (no ANSI) unless it is a terminal and NO_COLOR is unset."""
    is_tty = stream.isatty()
    width = None
    if not is_tty:
        try:
            width = int(os.environ.get("COLUMNS", "100"))
        except ValueError:
            width = 100
    return _Console(
        file=stream,
        width=width,
        no_color="NO_COLOR" in os.environ or not is_tty,
        color_system="auto" if is_tty and "NO_COLOR" not in os.environ else None,
        highlight=False,
        emoji=False,
        soft_wrap=not wrap,
        force_terminal=False if not is_tty else None,
    )


def render(report: Report, con: Console, *, show: tuple[str, ...]) -> None:
    plain = con.no_color
    first = True
    for section in show:
        if not first:
            con.print()
        first = False
        title = TITLES[section] + (" (English)" if section == "translation" else "")
        con.print(Text(f"== {title} ==", style="bold") if plain else Rule(Text(title, style="bold cyan"), align="left"))
        if section == "translation":
            for i, para in enumerate(report.translation.split("\n\n")):
                if i:
                    con.print()
                con.print(Text(para))
            continue
        summary = report.summaries[section]
        for label, text, note in (("Indonesian", summary.source, summary.note),
                                  ("English", summary.translation, summary.note)):
            line = Text()
            line.append(f"{label}: ", style="bold green" if label == "English" else "bold yellow")
            line.append(text if text is not None else f"(none: {note or 'not produced'})")
            con.print(line)
