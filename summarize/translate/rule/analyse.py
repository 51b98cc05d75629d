"""From tokens to analysed words: lexicon look-up (multi-word expressions longest-first), morphology, numbers."""

from __future__ import annotations

import operator
import re
from functools import lru_cache
from importlib import resources

from . import english, numbers
from .lexicon import Entry, Lexicon
from .morphology import CLITIC_POSSESSIVE, Analysis, Analyzer
try:
    import cython               # the compiled build: the types below are declarations for the compiler
except ImportError:
    from ... import _cython as cython     # plain Python: the same decorators, doing nothing

_NUMERIC = re.compile(r"^" + numbers.MONEY_PREFIX + r"?\d")
_WORD = re.compile(r"^[^\W\d_]", re.UNICODE)
_DAYS = {"minggu": "Sunday"}            # capitalised it is the day; in lower case (2 minggu) it is "week"
_CLITICS = {"nya", "ku", "mu"}
_CLITIC_ENDS = {"ya", "ku", "mu"}      # the last two letters of a word with a possessive clitic (see _compound_with_clitic)
_BEFORE_CLOSING = {",", ".", "!", "?"}     # a quote after one of these closes a quotation (and a report follows)
_DASHES = {"-", "\u2013", "\u2014"}
_OPENING_QUOTES = {'"', "\u201c"}     # (not "'": single quotes mostly mark titles, 'Surat Kecil untuk Tuhan')
_NO_ENTRY = Entry("", "")
# Magnitudes abbreviated after an amount of money (Rp 5 M, Rp 1,2 T): M is miliar, not an English million
_MONEY_MAGNITUDES = {"M": "billion", "T": "trillion", "Jt": "million", "jt": "million", "rb": "thousand",
                     "Rb": "thousand"}
# Spans of time before lalu (3 tahun lalu -> 3 years ago), ages (berusia 40 tahun) and rounds (babak 16 besar):
# analyse._counted_spans, run only for a sentence with one of these words
_AGO = {"tahun lalu": "year", "bulan lalu": "month", "minggu lalu": "week", "pekan lalu": "week"}
_SPANS_AGO = {"tahun": "year", "bulan": "month", "minggu": "week", "pekan": "week", "hari": "day", "jam": "hour",
              "menit": "minute", "detik": "second", "abad": "century", "dekade": "decade"}
_AGED = {"berusia", "berumur"}
# sudah + a span opening a clause: how long a state has lasted (sudah seminggu ini ... -> it has been a week and ...)
_ALREADY = {"sudah", "udah", "sdh", "udh"}
_ONE_SPAN = {"seminggu": "a week", "sebulan": "a month", "setahun": "a year", "sejam": "an hour",
             "seharian": "a whole day", "sepekan": "a week"}
# The English names of days and months, and a year written in digits (also read by nouns and grammar)
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_CALENDAR = _WEEKDAYS | {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"}
_YEAR = re.compile(r"^(19|20)\d\d$")
_COUNTED_SPAN_WORDS = {"lalu", "berusia", "berumur", "babak", "terakhir"} | _ALREADY
_SPAN_STARTS = {"beberapa", "babak"} | _AGED | _ALREADY      # the words, besides a number, that start one


class Tok:
    """One analysed source token (or multi-word expression) and the English it contributes. (In the compiled build
    an extension type whose fields are these slots: analyse.pxd.)"""

    __slots__ = ("src", "low", "pos", "gloss", "poss", "plural", "cap", "question", "value", "extra", "verb",
                 "graded", "marks")

    def __init__(self, src: str, pos: str, gloss: str, *, low: str = "", poss: str | None = None,
                 plural: bool = False, cap: bool = False, question: bool = False,
                 value: float | None = None, extra: tuple[str, ...] = ()):
        self.src = src
        self.low = low or src.lower()
        self.pos = pos
        self.gloss = gloss
        self.poss = poss
        self.plural = plural
        self.cap = cap
        self.question = question
        self.value = value
        self.extra = extra
        self.verb = ""          # for a bare noun root: the gloss of its meN- verb (pesan -> memesan -> order)
        self.graded = False     # an adjective with a degree word folded in (sangat enak): a predicate, not a modifier
        self.marks = -1         # which per-sentence scans concern this token (grammar._marks), once known

    def clone(self) -> "Tok":
        """A private copy for one sentence: analysed tokens are shared with the word cache, so the grammar copies
        one before adjusting it (Sentence.own)."""
        t = Tok.__new__(Tok)
        t.src, t.low, t.pos, t.gloss, t.poss, t.plural = self.src, self.low, self.pos, self.gloss, self.poss, self.plural
        t.cap, t.question, t.value, t.extra, t.verb, t.graded = (self.cap, self.question, self.value, self.extra,
                                                               self.verb, self.graded)
        t.marks = -1                    # (the copy is about to change)
        return t

    def __repr__(self) -> str:
        return f"Tok({self.src!r}, {self.pos}, {self.gloss!r})"


def _rejoin(tokens: list[str], lex: Lexicon) -> list[str]:
    """Informal writing drops the hyphen of reduplication (pura pura, dua duanya -> pura-pura, dua-duanya) and
    writes possessive clitics apart (anak ku -> anakku); put them back together before look-up."""
    out: list[str] = []
    for tok in tokens:
        if not out:
            out.append(tok)
            continue
        prev = out[-1]
        if tok in _CLITICS and len(prev) > 2 and _WORD.match(prev):
            out[-1] = prev + tok
            continue
        # cheap string tests first: this runs for every token of every sentence
        plen = len(prev)
        if plen > 1 and len(tok) - plen <= 3 and "-" not in prev:
            tlow, plow = tok.lower(), prev.lower()
            if tlow.startswith(plow) and (tlow == plow or tlow[plen:] in _CLITICS) and _WORD.match(tok) \
                    and _content_word(plow, lex):
                out[-1] = prev + "-" + tok
                continue
        out.append(tok)
    return out


def _compound_with_clitic(tokens: list[str], lows: list[str], i: int, entries: dict, nexts: frozenset | set
                          ) -> Tok | None:
    """A two-word noun compound whose second word carries a possessive clitic (kamar mandinya, orang tuanya, anak
    asuhnya): one noun with that possessor, as the bare compound would be (the bathroom, his parents)."""
    second = lows[i + 1]
    clitic = second[-3:] if second[-3:] == "nya" else second[-2:]
    poss = CLITIC_POSSESSIVE.get(clitic)
    if poss is None or len(second) < len(clitic) + 3 or second[:-len(clitic)] not in nexts:
        return None
    mwe = lows[i] + " " + second[:-len(clitic)]
    e = entries.get(mwe)
    if e is None or e.pos != "n":
        return None
    src = tokens[i] + " " + tokens[i + 1]
    return Tok(src, "n", e.gloss, low=mwe, poss=poss, cap=tokens[i][:1].isupper() and i > 0, extra=e.extra)


def _join_ordinals(tokens: list[str]) -> list[str]:
    """News copy spaces the hyphen of an ordinal (menit ke - 46, peringkat ke - 3): one token ke-46, as written
    unspaced, which _single reads as an ordinal."""
    out: list[str] = []
    k = 0
    n = len(tokens)
    while k < n:
        tok = tokens[k]
        if tok.lower() == "ke" and k + 2 < n and tokens[k + 1] == "-" and tokens[k + 2].isdecimal():
            out.append(tok + "-" + tokens[k + 2])
            k += 3
            continue
        out.append(tok)
        k += 1
    return out


_REDUPLICATION_ENDS = {"", "nya", "ku", "mu", "an", "lah", "kah", "pun"}


def _join_spaced_reduplication(tokens: list[str]) -> list[str]:
    """A word, a spaced hyphen and the same word again, perhaps with a clitic or -an (kota - kota, teman - temannya,
    sayur - sayuran: text tokenised with spaces around every hyphen, as IndoSum is) is one reduplicated word, as
    written unspaced. Different words either side (Anies - Sandi, 2 - 1) stay apart."""
    out: list[str] = []
    k = 0
    n = len(tokens)
    while k < n:
        tok = tokens[k]
        if tok == "-" and out and k + 1 < n:
            first, second = out[-1], tokens[k + 1]
            size = len(first)
            if first.isalpha() and second[:size].lower() == first.lower() and second[size:].lower() in (
                    _REDUPLICATION_ENDS) and second.isalpha():
                out[-1] = first + "-" + second
                k += 2
                continue
        out.append(tok)
        k += 1
    return out


def ordinal(digits: str) -> str:
    """The English ordinal of a number written in digits, the digits kept: 46 -> 46th, 21 -> 21st, 12 -> 12th."""
    n = int(digits)
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return digits + suffix


def _content_word(low: str, lex: Lexicon) -> bool:
    """Only content words reduplicate (pura pura); repeated grammar words (akan akan) are just repeated."""
    e = lex.get(low)
    return e is None or e.pos in {"n", "v", "adj", "adv", "vpass", "num"}


@cython.locals(t=Tok, i=cython.Py_ssize_t, n=cython.Py_ssize_t, start=cython.Py_ssize_t, k=cython.Py_ssize_t,
               span=cython.Py_ssize_t)
def analyse(tokens: list[str], lex: Lexicon, morph: Analyzer, cache: dict | None = None) -> list[Tok]:
    """Analysed tokens for one sentence. `cache` (owned by the caller, one per lexicon) keeps the analysis of
    single words that does not depend on the rest of the sentence, so each distinct word form is analysed once
    per process — the translator's hot path. Cached tokens are shared, not copied: the returned list may hold
    the same Tok at several positions and in other sentences, so callers must not change them in place.

    Two kinds of cache key: a word that starts no multi-word expression (and is not "di"), seen after the first
    word (the sentence's first token, the word after an opening quote or after a dateline's dash), is cached
    under its plain string, looked up before anything else; every other cached word under (token, first, a "("
    or "," follows the first word). Most tokens take the plain-string path. A multi-word expression, once
    matched, is cached under (its words, capitalised)."""
    lows = list(map(str.lower, tokens))
    # _rejoin changes a sentence only at a clitic token or a word that starts with the word before it (pura pura,
    # anak ku): a superset tested in C first, as almost no sentence has either (a word that contains the word
    # before it: `in` costs far less than a str.startswith call, which parses its arguments as a tuple)
    if "-" in tokens:
        if "ke" in lows:
            tokens = _join_ordinals(tokens)       # menit ke - 46 -> menit ke-46
        tokens = _join_spaced_reduplication(tokens)     # teman - temannya -> teman-temannya
        lows = list(map(str.lower, tokens))
    if not _CLITICS.isdisjoint(tokens) or any(map(operator.contains, lows[1:], lows)):
        tokens = _rejoin(tokens, lex)
        lows = list(map(str.lower, tokens))
    out: list[Tok] = []
    append = out.append
    lower_names: bool | None = None           # computed only when an unknown lower-case word needs it
    entries = lex.entries
    spans = lex.max_span
    continuations = lex.continuations
    if cache is None:
        cache = {}
    get = cache.get
    n = len(tokens)
    # the word after an opening quote or a dateline starts the sentence ("Harga beras naik": not "Rice Price")
    start = 1 if n > 1 and tokens[0] in _OPENING_QUOTES else after_dateline(tokens) if n > 2 else 0
    i = 0
    while i < n:
        tok = tokens[i]
        if i > start:
            cached = get(tok)
            if cached is not None:
                append(cached)
                i += 1
                continue
            # a word that can start an expression (yang, dan, untuk) but is not followed by one: the cache entry
            # under its full key, without the checks below (a cached entry was a word before, and "di" may join),
            # unless the next word has a clitic and the two may be a compound with it (kampung halamannya)
            low = lows[i]
            if low in spans and low != "di" and (i + 1 == n or lows[i + 1] not in continuations[low] and lows[
                    i + 1][-2:] not in _CLITIC_ENDS):
                cached = get((tok, False, False))
                if cached is not None:
                    append(cached)
                    i += 1
                    continue
        low = lows[i]
        first = i == start
        key = (tok, first, first and i + 1 < n and tokens[i + 1] in {"(", ","})
        plain = low not in spans and low != "di"
        if plain and first:
            cached = get(key)
            if cached is not None:
                append(cached)
                i += 1
                continue
        c = tok[:1]                     # (cheap test first: a number starts with a digit or a currency sign)
        if (c.isdecimal() or c in numbers.CURRENCY_START) and _NUMERIC.match(tok):
            prev = tokens[i - 1] if i else ""
            nxt = tokens[i + 1] if i + 1 < n else ""
            english = numbers.convert(tok, prev=prev, nxt=nxt)
            i += 1
            if nxt == "," and not c.isdecimal() and i + 1 < n and tokens[i + 1] == "-" and _whole_amount(tokens, i):
                english += ",-"         # Rp 25.000, - untuk ... -> Rp 25,000,- for ...
                i += 2
            elif nxt == "-" and i + 1 < n and lows[i + 1] == "an" and tok.isdecimal() and 2 <= len(tok) <= 4:
                english += "s"          # 1990-an -> 1990s, era 80 - an -> era 80s (a decade)
                i += 2
            out.append(Tok(tok, "num", english, value=numbers.value(tok)))
            if not c.isdecimal() and i < n and tokens[i] in _MONEY_MAGNITUDES:
                out.append(Tok(tokens[i], "num", _MONEY_MAGNITUDES[tokens[i]]))    # Rp 5 M -> Rp 5 billion
                i += 1
            continue
        if not _WORD.match(tok):
            t = Tok(tok, "punct", tok)
            if plain:
                cache[tok if i else key] = t
            out.append(t)
            i += 1
            continue
        if low == "di" and i + 1 < n and lows[i + 1].endswith(("kan", "in")):
            joined = morph.analyse("di" + lows[i + 1])      # di rekomendasikan = direkomendasikan
            if joined is not None and joined.pos == "vpass":
                out.append(Tok(tok + tokens[i + 1], "vpass", joined.gloss, low="di" + lows[i + 1]))
                i += 2
                continue
        span = spans.get(low, 1)
        matched = False
        if span > 1 and i + 1 < n and lows[i + 1] not in continuations[low]:
            span = 1                    # no expression starts with these two words
            t = _compound_with_clitic(tokens, lows, i, entries, continuations[low]) if lows[i + 1][-2:] in (
                _CLITIC_ENDS) else None
            if t is not None:
                out.append(t)           # kamar mandinya -> the bathroom (not kamar + mandi-nya)
                i += 2
                continue
        for k in range(min(span, n - i), 1, -1) if span > 1 else ():
            mwe = " ".join(lows[i:i + k])
            e = entries.get(mwe)
            if e:
                src = " ".join(tokens[i:i + k])
                cap = src[0].isupper() and (i > start or tokens[i + 1][:1].isupper())
                t = cache.get((src, cap))       # (an expression is cached under its words and capitalisation)
                if t is None:
                    t = Tok(src, e.pos, e.gloss, low=mwe, cap=cap, extra=e.extra)
                    if t.pos == "n" and (entries.get(mwe.split(" ")[0]) or _NO_ENTRY).pos == "v":
                        t.verb = "have " + t.gloss       # a meal named by its verb: saya makan malam -> I had dinner
                    elif t.pos == "vpass" and mwe[:2] == "di" and not t.extra:
                        active = _active(mwe[2:], lex, morph)     # dikasih tahu -> (please) tell
                        t.extra = (active,) if active else ()
                    cache[(src, cap)] = t
                out.append(t)
                i += k
                matched = True
                break
        if matched:
            continue
        cached = cache.get(key)        # a word that could have started an expression but did not
        if cached is not None:
            out.append(cached)
            i += 1
            continue
        t = _single(tok, low, first, key[2], lex, morph)
        if t is None:                              # an unknown lower-case word: depends on the whole sentence
            if lower_names is None:
                lower_names = _writes_names_lower(tokens, lows, lex)
            if len(tok) < 3 or not lower_names:
                t = Tok(tok, "unk", tok, low=low)
            else:      # the writer spells known names in lower case (bandung), so this is likely one too
                t = Tok(tok, "name", tok[0].upper() + tok[1:], low=low, cap=True)
        else:
            cache[tok if plain and i > start else key] = t
        out.append(t)
        i += 1
    if not _COUNTED_SPAN_WORDS.isdisjoint(lows):
        out = _counted_spans(out)
    if "saling" in lows:
        out = _reciprocals(out)
    if "sendiri" in lows:
        out = _sendiri(out)
    if '"' in tokens and _reports(tokens, lows):
        return _reporting_clauses(out)
    return out


def _reciprocals(out: list[Tok]) -> list[Tok]:
    """saling + verb: one verb token whose English ends in "each other" (mereka saling serang -> they attack each
    other; saling membantu -> help each other), not "each other" before the verb. Returns a new list."""
    res: list[Tok] = []
    k = 0
    n = len(out)
    while k < n:
        t = out[k]
        nxt = out[k + 1] if t.low == "saling" and k + 1 < n else None
        verb = "" if nxt is None else nxt.gloss if nxt.pos == "v" else nxt.verb if nxt.pos == "n" else ""
        if verb:
            res.append(Tok(t.src + " " + nxt.src, "v", verb + " each other", low="saling " + nxt.low, cap=t.cap))
            k += 2
            continue
        res.append(t)
        k += 1
    return res


_SUBJECT_POS = frozenset({"n", "name", "pron", "abbr", "unk"})
_PREDICATE_POS = frozenset({"v", "vpass", "aux", "modal", "neg", "adj", "adv", "deg", "cop"})


def _sendiri(out: list[Tok]) -> list[Tok]:
    """sendiri between a subject and its predicate stresses the subject (DPP PDIP sendiri membuka ..., tempatnya
    sendiri cukup luas): English says it without a word (the place is quite spacious), not "own"; after a verb at
    the end of a clause it is "alone" (saya datang sendiri -> I came alone). Elsewhere (rumah sendiri) the
    lexicon's "own" stays. Returns a new list; tokens are not changed."""
    res = list(out)
    for k in range(1, len(out)):
        t = out[k]
        if t.low != "sendiri":
            continue
        prev = out[k - 1]
        nxt = out[k + 1] if k + 1 < len(out) else None
        if prev.pos in _SUBJECT_POS and nxt is not None and nxt.pos in _PREDICATE_POS:
            res[k] = Tok(t.src, "part", "", low=t.low)
        elif prev.pos == "v" and (nxt is None or nxt.pos == "punct"):
            res[k] = Tok(t.src, "adv", "alone", low=t.low)
    return res


def _counted_spans(out: list[Tok]) -> list[Tok]:
    """A number with a span of time, an age or a round, made one token (the digits kept in its English):
    3 tahun lalu -> 3 years ago (not "3 last year"); wanita berusia 40 tahun -> 40-year-old woman (after a noun),
    ia berusia 40 tahun -> 40 years old; babak 16 besar -> round of 16. Returns a new list; tokens are not changed."""
    res: list[Tok] = []
    k = 0
    n = len(out)
    while k < n:
        t = out[k]
        if t.low == "lalu" and res and _dated(res):
            res.append(Tok(t.src, "part", "", low=t.low))     # Mei lalu, 18 Oktober 2013 lalu, Senin (10/7)
            k += 1                                # lalu: the date says when, and "last" before a date is not English
            continue                              # (in May, on Monday); kept silent, as it still marks the past
        if t.pos != "num" and t.low not in _SPAN_STARTS:
            res.append(t)                         # (most tokens: none of the patterns below starts with them)
            k += 1
            continue
        nxt = out[k + 1] if k + 1 < n else None
        after = out[k + 2] if k + 2 < n else None
        if t.low == "beberapa" and nxt is not None and nxt.low in _SPANS_AGO and after is not None and (
                after.low == "terakhir"):
            src = f"{t.src} {nxt.src} {after.src}"
            res.append(Tok(src, "num", f"the last few {_SPANS_AGO[nxt.low]}s", low=src.lower()))
            k += 3                                # beberapa bulan terakhir -> the last few months
            continue
        if t.pos == "num" and nxt is not None:
            unit = _AGO.get(nxt.low)
            size = 2
            if unit is None and nxt.low in _SPANS_AGO and after is not None and after.low == "lalu":
                unit, size = _SPANS_AGO[nxt.low], 3
            if unit is None and nxt.low in _SPANS_AGO and after is not None and after.low == "yang" and k + 3 < n and (
                    out[k + 3].low == "lalu"):
                unit, size = _SPANS_AGO[nxt.low], 4     # 5 tahun yang lalu -> 5 years ago
            if unit is None and nxt.low in _SPANS_AGO and after is not None and after.low == "terakhir":
                unit = _SPANS_AGO[nxt.low]        # 7 tahun terakhir -> the last 7 years
                one = t.value == 1 or t.gloss in ("one", "a")
                src = " ".join(x.src for x in out[k:k + 3])
                res.append(Tok(src, "num", f"the last {t.gloss} {unit if one else unit + 's'}", low=src.lower(),
                               value=t.value))    # (a number phrase: selama 7 tahun terakhir -> for the last ...)
                k += 3
                continue
            if unit is not None:
                one = t.value == 1 or t.gloss in ("one", "a")
                src = " ".join(x.src for x in out[k:k + size])
                res.append(Tok(src, "adv", f"{t.gloss} {unit if one else unit + 's'} ago", low=src.lower(),
                               value=t.value))
                k += size
                continue
        if t.low in _ALREADY and (not res or res[-1].pos in {"punct", "conj"}) and nxt is not None:
            span, size = "", 0
            if nxt.pos == "num" and after is not None and after.low in _SPANS_AGO:
                one = nxt.value == 1 or nxt.gloss in ("one", "a")
                span, size = f"{nxt.gloss} {_SPANS_AGO[after.low] + ('' if one else 's')}", 3
            elif nxt.low in _ONE_SPAN:
                span, size = _ONE_SPAN[nxt.low], 2
            if span:                              # Sudah dua hari sinyal begini -> It has been two days and the signal
                if k + size < n and out[k + size].low == "ini":
                    size += 1                     # sudah seminggu ini -> it has been a week and ...
                src = " ".join(x.src for x in out[k:k + size])
                res.append(Tok(src, "adv", f"it has been {span} and", low=src.lower(), cap=t.cap))
                k += size
                continue
        if t.low in _AGED and nxt is not None and nxt.pos == "num" and after is not None and after.low == "tahun":
            attributive = bool(res) and (res[-1].pos == "n" or res[-1].low == "yang" and len(res) > 1 and (
                res[-2].pos == "n"))             # (orang yang berusia 40 tahun -> a 40-year-old person)
            gloss = f"{nxt.gloss}-year-old" if attributive else english.predicative(f"{nxt.gloss}-year-old")
            res.append(Tok(f"{t.src} {nxt.src} {after.src}", "adj", gloss, low=f"{t.low} {nxt.low} tahun"))
            k += 3
            continue
        if t.low == "babak" and nxt is not None and nxt.pos == "num" and after is not None and after.low == "besar":
            res.append(Tok(f"{t.src} {nxt.src} {after.src}", "n", f"round of {nxt.gloss}",
                           low=f"babak {nxt.low} besar"))
            k += 3
            continue
        res.append(t)
        k += 1
    return res


def _dated(res: list[Tok]) -> bool:
    """Whether the tokens before a "lalu" end with a date: a month or day name (Mei, Senin), a year (2007, 18
    Oktober 2013) or a parenthesis after a day (Senin (10/7))."""
    last = res[-1]
    if last.gloss in _CALENDAR or last.pos == "num" and _YEAR.match(last.src):
        return True
    return last.src == ")" and any(x.gloss in _CALENDAR for x in res[-6:-1])


def _whole_amount(tokens: list[str], i: int) -> bool:
    """Whether the comma and hyphen at i, after an amount of money, are the mark of a whole amount (Rp 25.000,-
    untuk dua orang; denda Rp. 10.000.000, - karena ...), which stays glued to the amount and is spaced from the
    word after it, as English price lists from Indonesia write it; not where a number follows (Rp 5.000, -10)."""
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    return not after[:1].isdecimal()


def _reports(tokens: list[str], lows: list[str]) -> bool:
    """Whether a reporting verb follows a closing quote (see _reporting_clauses): the quotes found in C, as
    a sentence has few."""
    verbs = reporting_verbs()
    j = tokens.index('"')
    while True:
        if 0 < j < len(tokens) - 1 and tokens[j - 1] in _BEFORE_CLOSING and lows[j + 1] in verbs:
            return True
        try:
            j = tokens.index('"', j + 1)
        except ValueError:
            return False


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, str]:
    """data/reporting-verbs.tsv: a reporting verb after a closing quote -> its English."""
    text = resources.files(__package__).joinpath("data/reporting-verbs.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {r[0]: r[1] for r in rows if len(r) >= 2}


_SUBJECTS = {"dia": "he", "ia": "he", "beliau": "he", "dirinya": "he", "mereka": "they", "kami": "we", "kita": "we",
             "saya": "I", "aku": "I"}


def after_dateline(tokens: list[str]) -> int:
    """Where the sentence proper starts after a dateline (KUTIPAN – Delegasi ...; JAKARTA, KOMPAS.com - Harga ...;
    Tikrit (ANTARA News) - Pelaku ...): the index of the word after its dash, which is read as a sentence's first
    word ("The Indonesian delegation", not the title-case "Indonesian Delegation"); 0 without one. A dateline is
    a dash within the first eight tokens with only capitalised words, web addresses and punctuation before it,
    and among them a comma, a parenthesis, a web address or a word in capitals (not Coca - Cola, Lagu - lagu)."""
    if _DASHES.isdisjoint(tokens[:8]):
        return 0                        # (most sentences: no dash near the start, found in C)
    marked = False
    for k in range(min(len(tokens) - 1, 8)):
        tok = tokens[k]
        if tok in _DASHES:
            if k >= 2 and tokens[k - 1] == "," and _NUMERIC.match(tokens[k - 2]):
                return 0                # Harganya Rp 5.000,- ...: the mark of a whole amount (_whole_amount)
            return k + 1 if k and marked else 0
        if tok in {",", "(", ")"} or "." in tok[1:] or tok.isupper() and len(tok) > 1:
            marked = True
        elif not tok[:1].isupper():
            return 0
    return 0


def _reporting_clauses(out: list[Tok]) -> list[Tok]:
    """The clause after a closing quote reports it: `...," jelas Bayu` -> `...," explained Bayu` (jelas is
    otherwise "clear"), `...," ujar dia` -> `...," he said` (not "said him"). The new tokens are "vrep": a
    reporting verb, already inflected, that the grammar writes as it is and counts as the clause's verb. Changes
    `out` (this sentence's own list) and never a token in it; runs only for sentences with a quote."""
    verbs = reporting_verbs()
    at = [k for k in range(2, len(out)) if out[k - 1].src == '"' and out[k - 2].src in _BEFORE_CLOSING
          and out[k].pos != "phr" and out[k].low in verbs]
    for k in reversed(at):                  # (from the end: a merge shortens the list after k only)
        verb = out[k]
        english = verbs[verb.low]
        nxt = out[k + 1] if k + 1 < len(out) else None
        if verb.low == "demikian" and not (nxt is not None and (nxt.pos in {"name", "abbr", "unk", "pron"}
                                                              or nxt.low in verbs)):
            continue                        # demikian dikutip Reuters: "so", before a verb that is not reporting
        if nxt is not None and nxt.low in verbs and nxt.pos != "phr":
            english = ""                    # demikian kata X: the verb after it reports
        elif nxt is not None and nxt.pos == "pron" and nxt.low in _SUBJECTS:
            out[k:k + 2] = [Tok(f"{verb.src} {nxt.src}", "vrep", f"{_SUBJECTS[nxt.low]} {english}", low=verb.low)]
            continue
        out[k] = Tok(verb.src, "vrep", english, low=verb.low)
    return out


@cython.locals(t=Tok)
def _single(tok: str, low: str, first: bool, paren_next: bool, lex: Lexicon, morph: Analyzer) -> Tok | None:
    """One word that starts no multi-word expression; None for an unknown lower-case word."""
    if low[:3] == "ke-" and low[3:].isdecimal():
        return Tok(tok, "adj", ordinal(low[3:]), low=low)    # menit ke-46 -> the 46th minute (an ordinal is an
    cap = tok[0].isupper()                                   # adjective: it goes before its noun)
    e = lex.entries.get(low)
    if cap and low in _DAYS and (not first or paren_next):             # Minggu = Sunday
        return Tok(tok, "name", _DAYS[low], cap=True)
    if tok.isupper() and len(tok) > 1 and (e is None or e.pos not in {"abbr", "name"}):
        return Tok(tok, "name", tok, cap=True)        # acronym the lexicon does not know: keep
    if e is None and cap and "-" in tok and tok.istitle() and not first and len(set(low.split("-"))) > 1:
        return Tok(tok, "name", tok, low=low, cap=True)   # Malang-Jakarta, Jawa-Bali: names joined, kept as written
    if e and e.pos == "n" and low.endswith("nya") and e.gloss.startswith("the "):
        t = Tok(tok, "n", e.gloss[4:], low=low, poss="the", cap=cap and not first)   # tempatnya
    elif e:
        left, _, right = low.partition("-")
        t = Tok(tok, e.pos, e.gloss, low=low, cap=cap and not first, extra=e.extra,
                plural=e.pos == "n" and bool(right) and right.startswith(left))    # anak-anak, sayur-sayuran: plural
    else:
        a = morph.analyse(low) if not cap or first or _all_lower_known(low, morph) else None
        if a and cap and not first and _reads_as_name(low, a):
            a = None
        if a:
            t = Tok(tok, a.pos, a.gloss, low=low, poss=a.possessive, plural=a.plural, cap=cap and not first,
                    question=a.question, extra=a.extra)
        elif cap:
            return Tok(tok, "name", tok, low=low, cap=cap)
        else:
            return None
    if t.pos == "n" and not t.poss and " " not in t.low:
        t.verb = morph.verb_reading(t.low)
    elif t.pos == "vpass" and low[:2] == "di" and not t.extra:
        # the active verb, kept in extra (not in .verb, which marks a noun's verb reading): for a request (tolong
        # dicek -> please check) and the tough construction (mudah dicari -> easy to find: NounPhrases/VerbGroups)
        active = _active(low[2:], lex, morph) if "-" not in low else ""
        if not active and len(low) > 5:
            active = morph.verb_reading(low[2:])
        if active:
            t.extra = (active,)
    return t


def _active(root: str, lex: Lexicon, morph: Analyzer) -> str:
    """The active verb of a di- passive's root (dicek -> check, ditindaklanjuti -> follow up on), or ""."""
    e = lex.get(root)
    if e is not None:
        return e.gloss if e.pos == "v" else morph.verb_reading(root)
    a = morph.analyse(root)
    return a.gloss if a is not None and a.pos == "v" else ""


def _writes_names_lower(tokens: list[str], lows: list[str], lex: Lexicon) -> bool:
    """Whether the sentence writes a name the lexicon knows (a place, a brand) in lower case."""
    for tok, low in zip(tokens, lows):
        if tok == low:
            e = lex.get(low)
            if e is not None and e.pos == "name" and e.gloss[:1].isupper():
                return True
    return False


def _reads_as_name(low: str, a: Analysis) -> bool:
    """A capitalised word mid-sentence that the morphology reads with a my/your clitic or as a meN- word is a
    name, not a derived word: Lukaku (not luka-ku "my wound"), Jammu, Megawati (not "critical"), Mentawai.
    Institutions and titles keep their reading (Kepegawaian, Pengupahan: peN-/ke-...-an)."""
    return a.possessive in ("my", "your") or (low[:2] == "me" and a.pos in ("v", "adj", "vpass"))


def _all_lower_known(low: str, morph: Analyzer) -> bool:
    """A capitalised word mid-sentence is translated if it analyses as a derived word (Penyelenggaraan)."""
    return len(low) > 5
