"""Degree words joined to their adjective before word order is decided.

Indonesian puts some intensifiers before the adjective (sangat enak, lebih murah, paling besar) and some after
it (enak banget, enak sekali); English always puts them before (very/really delicious, cheaper, biggest).
Merging the pair into one adjective token first means every later rule — attributive order (tempat yang sangat
nyaman -> very comfortable place), predicate copulas, fronted predicates — sees a single adjective.
Degree words are `deg` rows in 00-core.tsv: gloss, then the side of the adjective they stand on (`before` or
`after`), then an optional gloss for when no adjective is next to them (sekali alone = once). An after-word
that follows a verb moves in front of it as an adverb (suka sekali -> really like), and so does saja/doang
(pergi saja -> just go). A negated kalah (lose) before an adjective is a degree too: tak kalah penting -> no less
important.
"""

from __future__ import annotations

from . import english
from .analyse import Tok
try:
    import cython               # the compiled build: the types below are declarations for the compiler
except ImportError:
    from ... import _cython as cython     # plain Python: the same decorators, doing nothing

_GRADE = {"more": 1, "most": 2}
# saja/aja/doang close the phrase they limit; English puts "just" in front of it.
_TRAILING_JUST = {"saja", "aja", "doang"}
_CLAUSE_BREAK = {"punct", "conj"}
# A degree word ending the clause right after its subject noun is the predicate itself (harganya cukup).
_PREDICATE_ALONE = {"decent": "pretty good", "enough": "enough", "less": "lacking"}
_NP_WORDS = {"n", "name", "unk", "num", "plm", "cls", "abbr"}
# sedikit/dikit (a little) before an adjective grades it like a degree word: sedikit aneh -> a little strange.
SLIGHTLY = {"sedikit", "dikit"}
_DEGREE_LIKE = {"kalah", "sama"}     # tidak kalah enak, sama enaknya: degrees of equality (merge_degrees)
_MAGNITUDE_ABBREVIATIONS = {"rb", "jt", "rban"}     # 30rb: written apart from their number's digits


def _front_just(out: list[Tok], just: Tok) -> None:
    """A trailing saja after something that is not a verb: said once (cuma nasi saja -> just rice), and in front of
    a sentence that opens with its verb (cari di Bukalapak saja -> just look in Bukalapak) or with the
    noun phrase it follows (satu gelas saja kurang -> just one glass is not enough); elsewhere it stays put."""
    if out[-1].pos == "num" or out[-1].low in _MAGNITUDE_ABBREVIATIONS and len(out) > 1 and out[-2].pos == "num":
        k = len(out) - 1
        while k > 0 and (out[k - 1].pos == "num" or out[k - 1].low in _MAGNITUDE_ABBREVIATIONS):
            k -= 1                              # an amount + saja: only that much (harganya Rp 30 ribu saja ->
        out.insert(k, Tok(just.src, "adv", "only", low=just.low))     # the price is only Rp 30 thousand)
        return
    start = len(out)
    while start > 0 and out[start - 1].pos not in _CLAUSE_BREAK:
        start -= 1
    if any(t.gloss in ("just", "only") for t in out[start:]):
        return                                  # cuma/hanya ... saja: one "just"
    if start > 0 and out[start - 1].src not in (".", "!", "?"):
        out.append(just)                        # inside a longer sentence the scope is not clear: leave it
        return
    if start < len(out) and (out[start].pos == "vpass" or out[start].pos == "v" and not out[start].extra):
        out.insert(start, just)
        return
    k = len(out)
    while k > start and out[k - 1].pos in _NP_WORDS:
        k -= 1
    if k == start < len(out):
        out.insert(k, just)                     # the clause so far is one noun phrase: just + it
    else:
        out.append(just)


def _graded(deg: Tok, adj: Tok) -> Tok:
    grade = _GRADE.get(deg.gloss)
    if deg.gloss == "pretty" and adj.gloss == "delicious":
        gloss = "pretty good"                     # cukup enak -> pretty good (the English idiom)
    else:
        gloss = english.graded(adj.gloss, grade) if grade else f"{deg.gloss} {adj.gloss}" if deg.gloss else adj.gloss
    merged = Tok(adj.src, "adj", gloss, low=adj.low, poss=adj.poss, plural=adj.plural, cap=deg.cap or adj.cap,
                 question=adj.question)
    merged.graded = True
    return merged


@cython.locals(tok=Tok, nxt=Tok, i=cython.Py_ssize_t, n=cython.Py_ssize_t)
def merge_degrees(toks: list[Tok]) -> list[Tok]:
    """Fold `deg` words into the adjective they modify; a stranded degree word becomes a plain adverb.
    Most sentences have neither a degree word nor a trailing just/only: they are returned as they are."""
    for tok in toks:
        if tok.pos == "deg" or tok.pos == "adv" and tok.gloss in {"just", "only"} or tok.low in SLIGHTLY or (
                tok.low in _DEGREE_LIKE):
            break
    else:
        return toks
    out: list[Tok] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if tok.pos == "deg":
            side = tok.extra[0] if tok.extra else "before"
            nxt = toks[i + 1] if i + 1 < n else None
            if side == "before" and nxt is not None and nxt.pos == "adj":
                out.append(_graded(tok, nxt))
                i += 2
                continue
            if side == "after" and out and out[-1].pos == "adj":
                negated = len(out) >= 2 and out[-2].pos == "neg" or out[-1].gloss.startswith("not ")
                if negated and tok.gloss in {"very", "really"}:
                    tok = Tok(tok.src, "deg", "", low=tok.low)   # tidak enak sekali -> not good at all
                    out[-1] = _graded(tok, out[-1])
                    out[-1].gloss += " at all"
                else:
                    out[-1] = _graded(tok, out[-1])
                i += 1
                continue
            if side == "after" and out and out[-1].pos == "v":
                out.insert(len(out) - 1, Tok(tok.src, "adv", "really", low=tok.low))   # suka banget -> really like
                i += 1
                continue
            alone = tok.extra[1] if len(tok.extra) > 1 and tok.extra[1] else tok.gloss
            if alone in _PREDICATE_ALONE and side == "before" and out and out[-1].pos == "n" and (
                    nxt is None or nxt.pos in _CLAUSE_BREAK):
                out.append(Tok(tok.src, "adj", _PREDICATE_ALONE[alone], low=tok.low, cap=tok.cap))
                out[-1].graded = True             # (a predicate, never a modifier of the noun before it)
                i += 1                            # rasanya lumayan. -> the taste is pretty good
                continue
            if alone == "very" and nxt is not None and nxt.pos == "v":
                alone = "really"                  # sangat menikmati -> really enjoy (not "very enjoy")
            out.append(Tok(tok.src, "adv", alone, low=tok.low, cap=tok.cap))
        elif tok.low in SLIGHTLY and i + 1 < n and toks[i + 1].pos == "adj" and tok.pos in {"adj", "det", "adv"}:
            out.append(_graded(Tok(tok.src, "deg", "a little", low=tok.low, cap=tok.cap), toks[i + 1]))
            i += 1                                # sedikit aneh -> a little strange
        elif tok.low == "kalah" and out and out[-1].pos == "neg" and i + 1 < n and toks[i + 1].pos == "adj":
            neg = out.pop()                       # tidak kalah enak, tak kalah penting -> no less delicious/important
            out.append(_graded(Tok(f"{neg.src} {tok.src}", "deg", "no less", low=f"{neg.low} kalah"), toks[i + 1]))
            i += 2
            continue
        elif tok.pos == "adv" and tok.gloss in {"just", "only"} and out and out[-1].pos in {"v", "vpass"}:
            out.insert(len(out) - 1, tok)         # pergi saja -> just go
        elif tok.pos == "adv" and tok.low in _TRAILING_JUST and out:
            _front_just(out, tok)
        else:
            out.append(tok)
        i += 1
    return out
