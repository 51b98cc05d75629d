"""Normalise raw input before segmentation: Unicode NFC, plain quotes, tidy whitespace.

Normalisation keeps every word and digit; it only changes the *form* of characters that would otherwise make
segmentation and lexicon look-ups fragile (curly quotes, non-breaking spaces, zero-width characters, CRLF).
"""

from __future__ import annotations

import re
import unicodedata

_TRANSLATE = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
        "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
        "\u2026": "...", "\t": " ", "\r": None, "\u2028": "\n", "\u2029": "\n\n",
    }
)
# Substituting only where a special character occurs costs time per occurrence, not per character of the text.
_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in _TRANSLATE) + "]")


def _replace_special(match: re.Match) -> str:
    return _TRANSLATE[ord(match.group())] or ""


# Control characters other than newline are dropped; they never carry meaning in prose.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
# Both in one pass (special characters first: "\t" is both and becomes a space; no replacement is a control).
_SPECIAL_OR_CONTROL = re.compile(_SPECIAL.pattern[:-1] + _CONTROL.pattern[1:])
# In ASCII text the only characters either pass would touch are these (bytes.translate finds them at memory speed).
_ASCII_CONTROL = bytes(c for c in range(128) if c != 10 and _CONTROL.match(chr(c)))


def _replace_special_or_control(match: re.Match) -> str:
    return _TRANSLATE.get(ord(match.group())) or ""


# Two or more spaces, written with a literal two-space prefix so that sre jumps between candidates (for "[ ]{2,}"
# it tries every position): 2x faster on the texts whose no-break spaces became spaces.
_SPACES = re.compile(r"  +")
_TRAILING = re.compile(r"[ ]+\n|\n[ ]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """Return `text` in NFC with plain quotes, single spaces and at most one blank line between paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    # Each pass runs only when there is something for it to do (a substring test is much cheaper than a regex scan)
    if not text.isascii() or len(text.encode().translate(None, _ASCII_CONTROL)) != len(text):
        text = _SPECIAL_OR_CONTROL.sub(_replace_special_or_control, text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _TRAILING.sub("\n", text)
    if "\n\n\n" in text:
        text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()
