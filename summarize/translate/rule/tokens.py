"""Tokenising an Indonesian sentence and joining English tokens back into text."""

from __future__ import annotations

import re

from .numbers import MONEY_PREFIX, RUPIAH

# Web addresses first, one token kept as written (https://..., www...., Merdeka.com, DailySocial.id, viva.co.id); then
# codes and models, kept whole as written: a word with a capital, or of one or two letters, with digits glued after
# it (FP1, G20, MH370, JKT48, Note2, i7, p2p; not a typo such as ada150 or Madrid2000, nor the x of 720x1280 — the
# branch looks ahead for letters and a digit first, so a plain word fails it in one pass); then money and numbers
# (Rp229,68 / rp. 55.000 / US$ 60 / 2.200.112 / 14.30 / 8/9/2024 / 2-6 / 500k, informal thousands; with a capital
# glued after it a number is a code too: 4G, 3D, 12MP), then words (with inner hyphens and apostrophes: kota-kota,
# Jum'at), then ellipses and single punctuation characters.
# For speed the pattern skips the spaces before a token itself (\s*, the token is the group) and tries plain
# words first, except where the money branch would match (Rp5.000, US$3); the tokens are the same as with the
# order above, since no branch matches at a space and only Rp/US$ let the money branch start with a letter.
_WEB = (r"(?i:https?://|www\.)[^\s\"'<>()]*[^\s\"'<>().,;:!?]"
        r"|(?:[^\W_]+[-.])*[^\W_]+\.(?i:com|net|org|co\.id|go\.id|ac\.id|or\.id|web\.id|id|tv|info|io|news)\b")
_NOT_MONEY = r"(?!" + RUPIAH + r"\.?\s?\d|US\$)"       # (a word branch must leave Rp5.000, rp. 55.000, US$3 alone)
_REST = (r"(?<![\d/])(?=[^\W\d_]+\d)(?![A-Z]?[a-z]{3,}\d{4})" + _NOT_MONEY +
         r"(?:[^\W\d_]*[A-Z][^\W\d_]*|[^\W\d_]{1,2})\d[^\W_]*"
         r"|" + _NOT_MONEY + r"[^\W\d_]+(?:[-'][^\W\d_]+)*(?:-\d+)?"
         r"|" + MONEY_PREFIX + r"?\d+(?:[.,:/]\d+)*(?:-\d+(?:[.,/]\d+)*)?"
         r"(?:%|k(?![^\W\d_])|[A-Z][^\W_]*)?"
         r"|[^\W\d_]+(?:[-'][^\W\d_]+)*(?:-\d+)?"
         r"|\.\.\.|[^\w\s]|_+|\d+")
_TOKEN = re.compile(r"\s*(" + _WEB + "|" + _REST + ")", re.UNICODE)
# The same without the web-address branches, for text that cannot hold an address (no "." and no "://"): each
# findall then skips trying them at every position.
_TOKEN_NO_WEB = re.compile(r"\s*(" + _REST + ")", re.UNICODE)
_DIGIT_AFTER_COMMA = re.compile(r", \d")     # a cheap superset of _SPACED_DECIMAL (literal prefix: fast search)

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "'s"}
_NO_SPACE_AFTER = {"(", "[", "{"}
# Tokens with a spacing rule of their own; every other token is a word: a space before it (unless glued to the
# previous token) and none glued after it — the fast path of detokenise, which sees every output word.
_SPECIAL = _NO_SPACE_BEFORE | _NO_SPACE_AFTER | {"", '"', "'", "-", "/", "–", "—"}


# Informal typing puts a space after a number's separator: "rp 500. 000", "44, 9 miliar". Joined only where the
# reading is certain (money with a 3-digit group; a decimal before a magnitude word), never across a list "1, 2".
_SPACED_THOUSANDS = re.compile(r"((?:\b(?:[Rr]p|RP|IDR)\.?\s?)\d{1,3}(?:\.\d{3})*)\. (\d{3})(?!\d)")
# Money written with its currency apart from the amount ("rp. 55.000", "RP 30.000", "IDR 50.000", "US$ 1,500",
# "£ 23,000"): one token across the space, as for "Rp 5.000"; searched only where such a currency occurs without "Rp".
_SPACED_MONEY = re.compile(r"(?:rp|RP|IDR)\.?\s\d|[$€£] \d")
# A possessive clitic typed apart after a hyphen (Villa -nya, nasi goreng -nya) belongs to the word before it.
# (The pattern starts with the literal space, the letter before it checked behind, so sre searches for " -" fast:
# most such sentences only have a dateline dash.)
_DETACHED_CLITIC = re.compile(r" (?<=[^\W\d_] )-(nya|ku|mu)\b")
# Informal writing marks reduplication with a 2 (anak2 = anak-anak, kue2nya = kue-kuenya, sayur2an = sayur-sayuran):
# a word of three or more letters, not all capitals and not capitalised inside the sentence (PS2, S2 and model names
# such as Note2 stay), with the 2 and at most a suffix after it.
_REDUPLICATED_2 = re.compile(r"\b([^\W\d_]{3,})2([^\W\d_]*)\b")
_SPACED_DECIMAL = re.compile(r"(\d), (\d{1,3}) (?=(?:ribu|juta|miliar|triliun|persen|kg|km|meter)\b|%)", re.I)


def tokenise(text: str) -> list[str]:
    """Tokens of one sentence. The repairs run only where their patterns can match (a comma-space; "Rp"/"rp"
    with a period-space; a digit after a comma-space; a space-hyphen; a 2), which leaves most sentences to the
    one findall."""
    if "--" in text or "- -" in text:     # a typed dash (Jakarta, CNN Indonesia -- Polisi ...; - - in text
        text = text.replace("--", " \u2013 ").replace(" - - ", " \u2013 ")     # joined from tokens)
    if " -" in text and _DETACHED_CLITIC.search(text):      # (a sub with a template costs more than a search)
        text = _DETACHED_CLITIC.sub(r"\1", text)
    if ", " in text and _DIGIT_AFTER_COMMA.search(text):
        text = _SPACED_DECIMAL.sub(r"\1,\2 ", text)
    if ". " in text and ("Rp" in text or "rp" in text or "RP" in text or "IDR" in text):
        while True:
            joined = _SPACED_THOUSANDS.sub(r"\1.\2", text)
            if joined == text:
                break
            text = joined
    if "Rp" in text or ("rp" in text or "RP" in text or "IDR" in text or "$" in text or "€" in text or "£" in text) \
            and _SPACED_MONEY.search(text):
        # only money (Rp 5.000, rp. 55.000) makes a token across a space: the whole-sentence pattern
        return _pattern(text).findall(_reduplicated(text, True) if "2" in text else text)
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
            if "2" in chunk:
                chunk = _reduplicated(chunk, not out)
            out += _pattern(chunk).findall(chunk)
    return out


def _pattern(text: str) -> re.Pattern:
    """_TOKEN, or the same pattern without its web-address branches where `text` cannot hold an address."""
    return _TOKEN if "." in text or "://" in text else _TOKEN_NO_WEB


def _reduplicated(text: str, sentence_start: bool) -> str:
    """`text` with word+2 written out as word-word (see _REDUPLICATED_2); `text` is the sentence or one of its
    space-separated chunks, `sentence_start` whether it begins the sentence."""
    def write_out(m: re.Match) -> str:
        word, at = m.group(1), m.start()
        if not word.isalpha() or not (word.islower() or word.istitle()):
            return m.group(0)       # Aa²2, AAa2: no word (a superscript digit is no letter; mixed case): the 2 is kept
        if word.isupper() or word[0].isupper() and not (at == 0 and sentence_start or at > 0 and text[at - 1] in
                                                        "\"'("):
            return m.group(0)       # PS2; a capitalised word inside the sentence is a name (Redmi Note2)
        return f"{word}-{word.lower()}{m.group(2)}"
    return _REDUPLICATED_2.sub(write_out, text) if _REDUPLICATED_2.search(text) else text


_CLOSING_BEFORE = {",", ".", "!", "?", "..."}


QUOTES = ('"', "'")
# detokenise's roles for a source sentence without quote marks (no token scan needed); also its empty map of
# quote marks to roles (never changed)
NO_QUOTES: dict = {}


def quote_roles(text: str) -> dict[str, list[bool | None]]:
    """For each quote mark of a source sentence (straight double and single quotes that stand apart from a word;
    the apostrophe inside Jum'at is part of its word), in order: True if it opens a quotation (a space or the
    start before it, a character after it: `kata dia, "Kami`), False if it closes one (glued to what comes
    before, a space, the end or punctuation after it: `pergi," katanya`). Where the spacing does not say (a space
    on both sides, as in text joined from tokens): a quote after an opening one closes (`negara " shithole "
    alias`); else a capital letter next opens (`dia, " Kami`), and a lower-case one closes after punctuation
    (`jendela, " kata`: the quotation began in an earlier sentence) and opens after a word; None where neither
    tells. The quotes pass through the grammar in order, so detokenise can give each English quote its source
    role."""
    found: dict[str, list[bool | None]] = {}
    for mark in QUOTES:
        k = text.find(mark)
        if k < 0:
            continue
        roles = found[mark] = []
        while k >= 0:
            before = text[k - 1] if k else " "
            after = text[k + 1] if k + 1 < len(text) else " "
            if not (mark == "'" and before.isalnum() and after.isalnum()):     # (an apostrophe: no token)
                open_left = before.isspace() or before in "(["
                open_right = after.isspace() or after in ",.;:!?)]"
                if open_left != open_right:
                    roles.append(open_left)
                elif open_left and roles and roles[-1]:
                    roles.append(False)     # spaced on both sides inside a quotation: it closes
                else:
                    nxt = text[k + 1:k + 3].strip()[:1]
                    prev = text[max(0, k - 2):k].strip()[-1:]
                    roles.append(True if nxt.isupper() else None if not nxt.islower() else
                                 False if not prev or prev in ",.;:!?" else True)
            k = text.find(mark, k + 1)
    return found


def _quote_roles(tokens: list[str], mark: str) -> list[bool]:
    """The roles of the `mark` quotes in `tokens` without the source's spacing (see quote_roles).

    Quotes pair up from the left. With an odd number, one is unmatched: the sentence began inside a quotation
    that an earlier sentence opened (Kami akan pergi," katanya -> the first quote closes) or the quotation goes on
    into the next sentence ("Kami sudah makan. -> the last one opens). The first quote closes when punctuation
    stands before it, or when the last quote ends the sentence; otherwise the last one is the unmatched opener."""
    at = [k for k, tok in enumerate(tokens) if tok == mark]
    closing_first = False
    if len(at) % 2 and at[0] > 0:
        before = next((tok for tok in reversed(tokens[:at[0]]) if tok), "")
        closing_first = before in _CLOSING_BEFORE or all(not tok or tok in _CLOSING_BEFORE for tok in tokens[at[-1] + 1:])
    # with the first one closing, the odd-numbered quotes (2nd, 4th, ...) open; otherwise the even-numbered ones
    return [n % 2 == closing_first for n in range(len(at))]


def _roles(tokens: list[str], mark: str, source: list[bool | None] | None):
    """An iterator over the opening (True) / closing role of each `mark` quote in `tokens`: the source's role
    where it has one per quote and the spacing told, else the guess from the tokens; None for single quotes
    that do not pair up (they are spaced like words, as they were before quotes had roles)."""
    if source is not None and None not in source and len(source) == tokens.count(mark):
        return iter(source)         # (the usual case: no guess needed)
    guessed = _quote_roles(tokens, mark)
    if source is not None and len(source) == len(guessed):
        if mark == "'" and len(guessed) % 2 and None in source:
            return None             # an odd count of single quotes the spacing does not explain: an apostrophe
        guessed = [g if r is None else r for r, g in zip(source, guessed)]      # typed apart (Let ' s) is likely
    elif mark == "'" and len(guessed) % 2:
        return None
    return iter(guessed)


def detokenise(tokens: list[str], roles: dict[str, list[bool | None]] | None = None, dateline: bool = False) -> str:
    """Join tokens with English spacing. A quote mark opens or closes as `roles` (quote_roles of the source)
    says, else as _quote_roles works out from the tokens. With `dateline` (the source starts with one: JAKARTA,
    KOMPAS.com - ...), the first hyphen is its dash: spaced, and the word after it capitalised."""
    out: list[str] = []
    append = out.append
    glue_next = True
    cap_at = -1
    quotes = NO_QUOTES
    if roles is not NO_QUOTES and ('"' in tokens or "'" in tokens):
        quotes = {mark: _roles(tokens, mark, roles.get(mark) if roles else None) for mark in QUOTES if mark in tokens}
        quotes = {mark: found for mark, found in quotes.items() if found is not None}     # (else spaced like a word)
    for tok in tokens:
        if tok not in _SPECIAL:
            if not glue_next:
                append(" ")
            append(tok)
            glue_next = False
            continue
        if not tok:
            continue
        if tok in quotes:
            if next(quotes[tok]):               # opening: a space before it, none after
                if not glue_next:
                    out.append(" ")
                out.append(tok)
                glue_next = True
            else:                               # closing: glued to what it closes
                out.append(tok)
                glue_next = False
            continue
        # a dash, not a hyphen, after a dateline: Tikrit (ANTARA News) - ..., JAKARTA, KOMPAS.com - ...
        spaced_dash = tok == "-" and out and (out[-1] == ")" or dateline and cap_at < 0)
        if not glue_next and tok not in _NO_SPACE_BEFORE and tok not in {"-", "/"} or tok in {"–", "—"} or spaced_dash:
            out.append(" ")
        elif tok in {"-", "/"} and out and out[-1] == " ":
            pass
        out.append(tok)
        glue_next = tok in _NO_SPACE_AFTER or tok in {"-", "/"}
        if tok in {"–", "—"} or spaced_dash:
            out.append(" ")
            glue_next = True
            if cap_at < 0 and (spaced_dash or dateline):
                cap_at = len(out)               # the sentence after a dateline starts with a capital
    if 0 <= cap_at < len(out):
        out[cap_at] = out[cap_at][:1].upper() + out[cap_at][1:]
    return "".join(out).strip()
