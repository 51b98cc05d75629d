"""Tokenising an Indonesian sentence and joining English tokens back into text."""

from __future__ import annotations

import re

# Money and numbers first (Rp229,68 / 2.200.112 / 14.30 / 8/9/2024 / 2-6), then words (with inner hyphens and
# apostrophes: kota-kota, Jum'at), then ellipses and single punctuation characters.
# For speed the pattern skips the spaces before a token itself (\s*, the token is the group) and tries plain
# words first, except where the money branch would match (Rp5.000, US$3); the tokens are the same as with the
# order above, since no branch matches at a space and only Rp/US$ let the money branch start with a letter.
_TOKEN = re.compile(
    r"\s*((?!Rp\.?\s?\d|US\$)[^\W\d_]+(?:[-'][^\W\d_]+)*(?:-\d+)?"
    r"|(?:Rp\.?\s?|US\$|\$|€|£)?\d+(?:[.,:/]\d+)*(?:-\d+(?:[.,/]\d+)*)?%?"
    r"|[^\W\d_]+(?:[-'][^\W\d_]+)*(?:-\d+)?"
    r"|\.\.\.|[^\w\s]|_+|\d+)",
    re.UNICODE,
)
_DIGIT_AFTER_COMMA = re.compile(r", \d")     # a cheap superset of _SPACED_DECIMAL (literal prefix: fast search)

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "'s"}
_NO_SPACE_AFTER = {"(", "[", "{"}
# Tokens with a spacing rule of their own; every other token is a word: a space before it (unless glued to the
# previous token) and none glued after it — the fast path of detokenise, which sees every output word.
_SPECIAL = _NO_SPACE_BEFORE | _NO_SPACE_AFTER | {"", '"', "-", "/", "–", "—"}


# Informal typing puts a space after a number's separator: "rp 500. 000", "44, 9 miliar". Joined only where the
# reading is certain (money with a 3-digit group; a decimal before a magnitude word), never across a list "1, 2".
_SPACED_THOUSANDS = re.compile(r"((?:\b[Rr]p\.?\s?)\d{1,3}(?:\.\d{3})*)\. (\d{3})(?!\d)")
# A possessive clitic typed apart after a hyphen (Villa -nya, nasi goreng -nya) belongs to the word before it.
# (The pattern starts with the literal space, the letter before it checked behind, so sre searches for " -" fast:
# most such sentences only have a dateline dash.)
_DETACHED_CLITIC = re.compile(r" (?<=[^\W\d_] )-(nya|ku|mu)\b")
_SPACED_DECIMAL = re.compile(r"(\d), (\d{1,3}) (?=(?:ribu|juta|miliar|triliun|persen|kg|km|meter)\b|%)", re.I)


def tokenise(text: str) -> list[str]:
    """Tokens of one sentence. The repairs run only where their patterns can match (a comma-space; "Rp"/"rp"
    with a period-space; a digit after a comma-space; a space-hyphen), which leaves most sentences to the one
    findall."""
    if " -" in text and _DETACHED_CLITIC.search(text):      # (a sub with a template costs more than a search)
        text = _DETACHED_CLITIC.sub(r"\1", text)
    if ", " in text and _DIGIT_AFTER_COMMA.search(text):
        text = _SPACED_DECIMAL.sub(r"\1,\2 ", text)
    if ". " in text and ("Rp" in text or "rp" in text):
        while True:
            joined = _SPACED_THOUSANDS.sub(r"\1.\2", text)
            if joined == text:
                break
            text = joined
    if "Rp" in text:            # only money (Rp 5.000) makes a token across a space: the whole-sentence pattern
        return _TOKEN.findall(text)
    # Otherwise no token spans whitespace, and most space-separated chunks are a plain word, or a word and a comma
    # or period: those skip the regex (same tokens, checked against the pattern on random strings).
    out: list[str] = []
    append = out.append
    for chunk in text.split():
        if chunk.isalpha() or len(chunk) == 1 or chunk.isdecimal():     # (one character is one token, as are digits)
            append(chunk)
        elif chunk[-1] in ",." and chunk[:-1].isalpha():
            append(chunk[:-1])
            append(chunk[-1])
        else:
            out += _TOKEN.findall(chunk)
    return out


def detokenise(tokens: list[str]) -> str:
    """Join tokens with English spacing; straight double quotes alternate between opening and closing."""
    out: list[str] = []
    append = out.append
    quote_open = False
    glue_next = True
    for tok in tokens:
        if tok not in _SPECIAL:
            if not glue_next:
                append(" ")
            append(tok)
            glue_next = False
            continue
        if not tok:
            continue
        if tok == '"':
            if quote_open or (out and out[-1] in {",", ".", "!", "?", "..."}):
                out.append(tok)
                glue_next = False
            else:
                if not glue_next:
                    out.append(" ")
                out.append(tok)
                glue_next = True
            quote_open = not quote_open and out[-2:-1] != [","] and len(out) > 1 and out[-2] not in {".", "!", "?"}
            continue
        spaced_dash = tok == "-" and out and out[-1] == ")"     # Tikrit (ANTARA News) - ...: a dash, not a hyphen
        if not glue_next and tok not in _NO_SPACE_BEFORE and tok not in {"-", "/"} or tok in {"–", "—"} or spaced_dash:
            out.append(" ")
        elif tok in {"-", "/"} and out and out[-1] == " ":
            pass
        out.append(tok)
        glue_next = tok in _NO_SPACE_AFTER or tok in {"-", "/"}
        if tok in {"–", "—"} or spaced_dash:
            out.append(" ")
            glue_next = True
    return "".join(out).strip()
