"""From tokens to analysed words: lexicon look-up (multi-word expressions longest-first), morphology, numbers."""

from __future__ import annotations

import re

from . import numbers
from .lexicon import Entry, Lexicon
from .morphology import Analyzer

_NUMERIC = re.compile(r"^(?:Rp\.?\s?|US\$|\$|€|£)?\d")
_WORD = re.compile(r"^[^\W\d_]", re.UNICODE)
_DAYS = {"minggu": "Sunday"}            # capitalised it is the day; in lower case (2 minggu) it is "week"
_CLITICS = {"nya", "ku", "mu"}
_NO_ENTRY = Entry("", "")


class Tok:
    """One analysed source token (or multi-word expression) and the English it contributes."""

    __slots__ = ("src", "low", "pos", "gloss", "poss", "plural", "cap", "question", "value", "extra", "verb",
                 "graded")

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

    def __repr__(self) -> str:
        return f"Tok({self.src!r}, {self.pos}, {self.gloss!r})"


def _rejoin(tokens: list[str], lex: Lexicon) -> list[str]:
    """Informal writing drops the hyphen of reduplication (pura pura, dua duanya -> pura-pura, dua-duanya) and
    writes possessive clitics apart (anak ku -> anakku); put them back together before look-up."""
    out: list[str] = []
    for tok in tokens:
        prev = out[-1] if out else ""
        if prev and tok in _CLITICS and _WORD.match(prev) and len(prev) > 2:
            out[-1] = prev + tok
        elif prev and _WORD.match(tok) and _content_word(prev.lower(), lex) and "-" not in prev and len(prev) > 1 and tok.lower().startswith(prev.lower()) \
                and len(tok) - len(prev) <= 3 and (tok.lower() == prev.lower() or tok.lower()[len(prev):] in _CLITICS):
            out[-1] = prev + "-" + tok
        else:
            out.append(tok)
    return out


def _content_word(low: str, lex: Lexicon) -> bool:
    """Only content words reduplicate (pura pura); repeated grammar words (akan akan) are just repeated."""
    e = lex.get(low)
    return e is None or e.pos in ("n", "v", "adj", "adv", "vpass", "num")


def analyse(tokens: list[str], lex: Lexicon, morph: Analyzer) -> list[Tok]:
    tokens = _rejoin(tokens, lex)
    out: list[Tok] = []
    lows = [t.lower() for t in tokens]
    lower_names = _writes_names_lower(tokens, lows, lex)
    n = len(tokens)
    i = 0
    while i < n:
        tok, low = tokens[i], lows[i]
        if _NUMERIC.match(tok):
            prev = tokens[i - 1] if i else ""
            nxt = tokens[i + 1] if i + 1 < n else ""
            out.append(Tok(tok, "num", numbers.convert(tok, prev=prev, nxt=nxt), value=numbers.value(tok)))
            i += 1
            continue
        if not _WORD.match(tok):
            out.append(Tok(tok, "punct", tok))
            i += 1
            continue
        if low == "di" and i + 1 < n and lows[i + 1].endswith(("kan", "in")):
            joined = morph.analyse("di" + lows[i + 1])      # di rekomendasikan = direkomendasikan
            if joined is not None and joined.pos == "vpass":
                out.append(Tok(tok + tokens[i + 1], "vpass", joined.gloss, low="di" + lows[i + 1]))
                i += 2
                continue
        span = lex.max_span.get(low, 1)
        matched = False
        for k in range(min(span, n - i), 1, -1):
            key = " ".join(lows[i:i + k])
            e = lex.get(key)
            if e:
                src = " ".join(tokens[i:i + k])
                cap = src[0].isupper() and (i > 0 or tokens[i + 1][:1].isupper())
                out.append(Tok(src, e.pos, e.gloss, low=key, cap=cap, extra=e.extra))
                i += k
                matched = True
                break
        if matched:
            continue
        cap = tok[0].isupper()
        if cap and low in _DAYS and (i > 0 or i + 1 < n and tokens[i + 1] in ("(", ",")):   # Minggu = Sunday
            out.append(Tok(tok, "name", _DAYS[low], cap=True))
        elif tok.isupper() and len(tok) > 1 and (low not in lex or lex.get(low).pos not in ("abbr", "name")):
            out.append(Tok(tok, "name", tok, cap=True))        # acronym the lexicon does not know: keep
        else:
            e = lex.get(low)
            if e and e.pos == "n" and low.endswith("nya") and e.gloss.startswith("the "):
                out.append(Tok(tok, "n", e.gloss[4:], low=low, poss="the", cap=cap and i > 0))   # tempatnya
            elif e:
                left, _, right = low.partition("-")
                out.append(Tok(tok, e.pos, e.gloss, low=low, cap=cap and i > 0, extra=e.extra,
                               plural=e.pos == "n" and left == right))       # anak-anak: plural agreement
            else:
                a = morph.analyse(low) if not cap or i == 0 or _all_lower_known(low, morph) else None
                if a:
                    out.append(Tok(tok, a.pos, a.gloss, low=low, poss=a.possessive, plural=a.plural,
                                   cap=cap and i > 0, question=a.question))
                elif cap or len(tok) < 3 or not lower_names:
                    out.append(Tok(tok, "name" if cap else "unk", tok, low=low, cap=cap))
                else:      # the writer spells known names in lower case (bandung), so this is likely one too
                    out.append(Tok(tok, "name", tok[0].upper() + tok[1:], low=low, cap=True))
        i += 1
    for t in out:
        if t.pos == "n" and not t.poss and " " not in t.low:
            t.verb = morph.verb_reading(t.low)
        elif t.pos == "n" and " " in t.low and (lex.get(t.low.split(" ")[0]) or _NO_ENTRY).pos == "v":
            t.verb = "have " + t.gloss       # a meal named by its verb: saya makan malam -> I had dinner
    return out


def _writes_names_lower(tokens: list[str], lows: list[str], lex: Lexicon) -> bool:
    """Whether the sentence writes a name the lexicon knows (a place, a brand) in lower case."""
    for tok, low in zip(tokens, lows):
        if tok == low:
            e = lex.get(low)
            if e is not None and e.pos == "name" and e.gloss[:1].isupper():
                return True
    return False


def _all_lower_known(low: str, morph: Analyzer) -> bool:
    """A capitalised word mid-sentence is translated if it analyses as a derived word (Penyelenggaraan)."""
    return len(low) > 5
