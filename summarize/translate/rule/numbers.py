"""Indonesian number, money and time formats to English ones, without changing any value.

44,9 -> 44.9; 4,7% -> 4.7%; 2.200.112 -> 2,200,112; Rp229,68 -> Rp229.68; rp. 55.000 -> Rp 55,000; US$ 2,201 (English format
after a foreign currency) stays; 14.30 (before WIB/WITA/WIT or after pukul/jam) -> 14:30; 8/9/2024, 2-6 and 500k
stay as written. Digits are never dropped or altered, only separators.
"""

from __future__ import annotations

import re
from functools import lru_cache

_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_DECIMAL = re.compile(r"^\d+,\d+$")
_TIME = re.compile(r"^([01]?\d|2[0-3])\.([0-5]\d)$")
_TIME_ZONES = {"WIB", "WITA", "WIT"}
_TIME_WORDS = {"pukul", "jam", "pkl", "pk"}
# A foreign amount in English format: comma-separated groups of three (£ 23,000; $1,250.50), which Indonesian would
# read as a decimal comma
_ENGLISH_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
# How informal text and news write the rupiah, and a currency written before its amount as the tokeniser and the
# analyser take it (rp. 55.000, IDR 50.000, US$ 60; the period and space after a rupiah are optional); what a
# currency token can start with (a cheap test before the patterns).
RUPIAH = r"(?:Rp|rp|RP|IDR)"
MONEY_PREFIX = r"(?:" + RUPIAH + r"\.?\s?|(?:US\$|\$|€|£) ?)"
CURRENCY_START = "RrIU$€£"
# A currency before its amount (group 1), the period and/or space after it (group 2), the amount (group 3).
_CURRENCY = re.compile(r"^(Rp|rp|RP|IDR|US\$|\$|€|£)(\.?\s?)(.*)$")


def convert(token: str, *, prev: str = "", nxt: str = "") -> str:
    """English form of one numeric token; `prev`/`nxt` are the neighbouring words (for times)."""
    return _convert(token, nxt in _TIME_ZONES or prev.lower() in _TIME_WORDS)


@lru_cache(maxsize=65536)
def _convert(token: str, time_context: bool) -> str:
    """convert() once the neighbours are reduced to whether they mark a clock time; cached, as news repeats its
    numbers (years, dates, amounts) and every numeric token of every sentence comes here."""
    prefix = suffix = ""
    body = token
    if body[-1:] == "%" and len(body) > 1:
        body, suffix = body[:-1], "%"       # 4,7% -> 4.7% (the number is converted as it would be alone)
    m = _CURRENCY.match(body)
    if m:
        prefix, body = m.group(1), m.group(3)
        if prefix[0] in "Rr":       # rp / Rp. / RP -> Rp, spaced from its amount as written (a period counts as
            prefix = "Rp " if m.group(2) else "Rp"      # a space: Rp. 55.000 -> Rp 55,000; Rp229,68 -> Rp229.68)
        else:
            prefix += m.group(2)
            if prefix[0] in "U$€£" and _ENGLISH_THOUSANDS.match(body):
                return prefix + body + suffix   # US$ 1,500 / £ 23,000: a foreign amount in English format, kept
    if _TIME.match(body) and time_context and not suffix:
        return prefix + body.replace(".", ":")
    if _THOUSANDS.match(body):
        whole, _, frac = body.partition(",")
        body = whole.replace(".", ",") + ("." + frac if frac else "")
    elif _DECIMAL.match(body):
        body = body.replace(",", ".")
    return prefix + body + suffix


@lru_cache(maxsize=65536)
def value(token: str) -> float | None:
    """The numeric value of an Indonesian-formatted number, for plural agreement (None if not a number)."""
    m = _CURRENCY.match(token)
    body = m.group(3) if m else token
    if m and m.group(1)[0] in "U$€£" and _ENGLISH_THOUSANDS.match(body):
        body = body.replace(",", "")            # (English format: see _convert)
    if body[-1:] == "k":                        # 500k: informal thousands (4K, a screen resolution, is no number)
        v = value(body[:-1])
        return None if v is None else v * 1000
    if _THOUSANDS.match(body):
        body = body.replace(".", "").replace(",", ".")
    elif _DECIMAL.match(body):
        body = body.replace(",", ".")
    try:
        return float(body)
    except ValueError:
        return None
