"""Recognise the parts of a news article that are not news: dateline prefixes, "Baca juga" links, bylines,
photo captions and agency/editor tags.

Why: extractive scores reward the lead, and the lead of a wire story starts with "Jakarta, CNN Indonesia --" or
"JUARA.NET, MISANO ADRIATICO -". Such a prefix is no part of what happened; in a summary that starts mid-article
it dangles. Boilerplate sentences ("Baca juga: ...", "(rsa/rsa)", "Foto: ...") are never worth choosing.
The dateline test is deliberately narrow — a short run of capitalised words, optionally a parenthesised agency,
then a dash — so that "Presiden Joko Widodo meresmikan ..." is never cut.
"""

from __future__ import annotations

import re

_DASH = r"(?:-[ ]?-|-|[\u2013\u2014])"   # "- -" is how a tokenised "--" comes back
# "Jakarta, CNN Indonesia --", "Jakarta (ANTARA News) -", "KUTIPAN –", "Merdeka.com -", "JAKARTA -Wakil"
_DATELINE = re.compile(
    r"^(?P<prefix>[A-Z][\w.&']*(?:[ ,/]+[A-Z][\w.&']*){0,5}(?:\s*\([A-Z][^()]{1,30}\))?|\([A-Z][^()]{1,30}\))"
    r"[ \t\u00a0]+" + _DASH + r"[ \t\u00a0]*(?=[\"'\u201c\u2018(]?[A-Z0-9])"
)
_SOURCE_HINT = re.compile(r"\.(?:com|net|co|id)\b|CNN|ANTARA|Antara|Kota|news|News|KOMPAS|Tempo|TEMPO|Detik", re.I)
_BOILERPLATE = re.compile(
    r"^(?:\W*(?:baca juga|lihat juga|simak juga|simak video|tonton juga|saksikan|foto|video|penulis|editor|"
    r"pewarta|reporter|sumber(?: berita)?|laporan wartawan|kamu bisa menjadi member|ikuti kami|follow)\b\s*[:\-])"
    r"|^\W*[(\[][\w /.,-]{1,30}[)\]]\W*$"          # "(rsa/rsa)", "[Antara]", "( end )"
    r"|^\W*kamu bisa menjadi member",
    re.I,
)
# The only branch of _BOILERPLATE that needs neither ":"/"-" nor "("/"[" (see is_boilerplate)
_MEMBER = re.compile(r"^\W*kamu bisa menjadi member", re.I)
# caption: "Tesla (Foto: Tesla)"; kept apart because it is the slow branch and needs a "(" in the first 81 chars
_CAPTION = re.compile(r"^[^.!?]{0,80}\((?:foto|kredit|ilustrasi|sumber)\s*:[^)]*\)\W*$", re.I)


def dateline(text: str) -> int:
    """Length of a dateline prefix at the start of `text` (0 when there is none)."""
    # every dateline ends in a dash: without one (most sentences) the backtracking regex need not run
    if "-" not in text and "\u2013" not in text and "\u2014" not in text:
        return 0
    m = _DATELINE.match(text)
    if not m:
        return 0
    prefix = m.group("prefix")
    words = prefix.replace("(", " ").replace(")", " ").replace(",", " ").split()
    if len(prefix) > 60:
        return 0
    # a lone capitalised word is a dateline only when it is a place in capitals or a source ("Rimanews",
    # "SPANYOL"); "Mercedes - Benz" is not
    looks_like = _SOURCE_HINT.search(prefix) or prefix.isupper() or len(words) > 1 and ("," in prefix or "(" in prefix)
    return m.end() if looks_like else 0


def strip_dateline(text: str) -> str:
    """`text` without its dateline prefix (unchanged when it has none)."""
    cut = dateline(text)
    return text[cut:] if cut else text


def is_boilerplate(text: str) -> bool:
    """True for links, bylines, captions and tags that carry no news."""
    if ":" not in text and "-" not in text and "(" not in text and "[" not in text:
        return bool(_MEMBER.match(text))    # a cheap pattern for the usual sentence (no case variant of these)
    return bool(_BOILERPLATE.match(text) or "(" in text[:81] and _CAPTION.match(text))
