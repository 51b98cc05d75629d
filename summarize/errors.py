"""Errors the library raises; the CLI maps each to one line on stderr and an exit code.

Exit codes (documented in README): 0 ok, 2 usage, 3 bad input, 4 model problem, 130 interrupted.
"""

from __future__ import annotations


class SummarizeError(Exception):
    """Base class: every expected failure carries its exit code."""

    exit_code = 1


class UsageError(SummarizeError):
    """The command line asked for something impossible (bad flag value, missing file argument)."""

    exit_code = 2


class InputError(SummarizeError):
    """The input cannot be processed (empty, unreadable, not text, too large)."""

    exit_code = 3


class ModelError(SummarizeError):
    """A neural model is missing, broken, or refused for safety reasons."""

    exit_code = 4
