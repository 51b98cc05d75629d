"""Word order and grammar: turn analysed Indonesian tokens into English word order and inflection.

Indonesian noun phrases are head-first (kota cerdas = city smart) and English ones head-last, so a run of
nouns/adjectives is reversed around its head, with determiners, possessives, numbers and demonstratives placed in
front (kunjungan ini -> this visit; rumah saya -> my house; dua kota -> two cities; Pemerintah Indonesia ->
Indonesian government). Verb groups collect the markers before the verb (akan, telah/sudah, sedang, tidak,
modals) and inflect the verb for tense and agreement; di- passives get a form of "be"; bare adjective predicates
get a copula. Tense is a per-sentence guess: past when the sentence has a past marker (telah, kemarin, a date, a
reporting verb), otherwise present.
"""

from __future__ import annotations

import re

from . import english
from .analyse import Tok

_PAST_WORDS = {"telah", "kemarin", "tadi", "silam", "lalu", "pernah", "dulu", "dahulu", "semalam",
               "kata", "ujar", "tutur", "ucap", "katanya", "menambahkan", "mengatakan", "menjelaskan"}
_YEAR = re.compile(r"^(19|20)\d\d$")
_NP_POS = {"n", "adj"}
_SUBJECT_PRONOUN_PRESENT = {"1s", "2", "1p"}
_SMALL = {"of", "and", "the", "for", "in", "on", "a", "an", "to", "at", "by", "with"}
_LY_EXCEPTIONS = {"good": "well", "fast": "fast", "hard": "hard", "late": "late"}
_COMPARATIVE = {"good": ("better", "best"), "bad": ("worse", "worst"), "far": ("further", "furthest"),
                "many": ("more", "most"), "much": ("more", "most"), "little": ("less", "least")}


def _titled(gloss: str) -> str:
    return " ".join(w if w in _SMALL or not w else w[0].upper() + w[1:] for w in gloss.split(" "))


def _adverb(adj: str) -> str:
    if adj in _LY_EXCEPTIONS:
        return _LY_EXCEPTIONS[adj]
    if " " in adj or adj.endswith("ly"):
        return adj
    if adj.endswith("ic"):
        return adj + "ally"
    if adj.endswith("y") and len(adj) > 2:
        return adj[:-1] + "ily"
    if adj.endswith("le") and len(adj) > 3:
        return adj[:-1] + "y"
    return adj + "ly"


def _graded(adj: str, degree: int) -> str:
    """Comparative (1) or superlative (2): bigger / more important."""
    if adj in _COMPARATIVE:
        return _COMPARATIVE[adj][degree - 1]
    short = " " not in adj and (len(adj) <= 5 or adj.endswith("y") and len(adj) <= 6)
    if not short:
        return ("more " if degree == 1 else "most ") + adj
    suffix = "er" if degree == 1 else "est"
    if adj.endswith("e"):
        return adj + suffix[1:]
    if adj.endswith("y"):
        return adj[:-1] + "i" + suffix
    if len(adj) <= 4 and adj[-1] not in "aeiouwxy" and adj[-2] in "aeiou" and adj[-3:-2] not in ("a", "e", "i", "o", "u", ""):
        return adj + adj[-1] + suffix
    return adj + suffix


def _be(tense: str, agr: str) -> str:
    if tense == "past":
        return "were" if agr in ("2", "1p", "3p") else "was"
    return {"1s": "am", "2": "are", "1p": "are", "3p": "are"}.get(agr, "is")


class Sentence:
    """Translate one analysed sentence; methods consume tokens left to right and append English words."""

    def __init__(self, toks: list[Tok], demonyms: dict[str, str]):
        self.t = toks
        self.out: list[str] = []
        self.demonyms = demonyms
        self.tense = self._tense()
        self.agr = "3s"
        self.has_subject = False
        self.has_verb = False

    def _tense(self) -> str:
        for t in self.t:
            if t.low in _PAST_WORDS or (t.pos == "num" and _YEAR.match(t.src)) or t.gloss in (
                "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "yesterday"):
                return "past"
        for t in self.t:
            if t.pos == "pron":
                return "present" if len(t.extra) >= 3 and t.extra[2] in _SUBJECT_PRONOUN_PRESENT else "past"
            if t.pos in ("v", "vpass"):
                break
        return "past"

    # -- helpers -----------------------------------------------------------------------------------------
    def peek(self, i: int, k: int = 0) -> Tok | None:
        j = i + k
        return self.t[j] if 0 <= j < len(self.t) else None

    def gloss(self, tok: Tok) -> str:
        g = tok.gloss
        if tok.cap and g and g[0].islower() and tok.pos not in ("prep", "conj", "rel", "dem", "aux", "neg", "modal"):
            g = _titled(g)
        return g

    def emit(self, *words: str) -> None:
        for w in words:
            if w and not (w == "to" and self.out and self.out[-1].endswith(" to")) and not (
                    self.out and self.out[-1] == w and w in ("to", "the", "a")):
                self.out.append(w)

    def clause_reset(self) -> None:
        self.has_subject = False
        self.has_verb = False
        self.agr = "3s"

    # -- main loop -----------------------------------------------------------------------------------------
    def run(self) -> list[str]:
        i = 0
        n = len(self.t)
        while i < n:
            start = i
            tok = self.t[i]
            pos = tok.pos
            if pos == "punct":
                self.emit(tok.src)
                if tok.src in (";", ":", "(", '"'):
                    self.clause_reset()
                i += 1
            elif pos in ("n", "det", "plm", "num"):
                i = self.noun_phrase(i)
            elif pos in ("name", "abbr", "unk"):
                i = self.name_phrase(i)
            elif pos == "pron":
                i = self.pronoun(i)
            elif pos in ("v", "vpass", "aux", "neg", "modal", "cop") or (
                    pos == "adj" and self.has_subject and not self.has_verb) or self._adverb_before_verb(i):
                i = self.verb_group(i)
            elif pos == "conj":
                self.emit(tok.gloss)
                self.clause_reset()
                i += 1
            elif pos == "prep":
                i = self.preposition(i)
            elif pos == "rel":
                i = self.relative(i)
            elif pos == "dem":
                self.emit(tok.gloss if tok.low != "tersebut" else "it")   # a demonstrative standing alone
                self.has_subject = True
                i += 1
            elif pos == "adv" and tok.gloss == "" and self.peek(i, 1) and self.peek(i, 1).pos == "adj":
                self.emit(_adverb(self.peek(i, 1).gloss))      # secara resmi -> officially
                i += 2
            elif pos == "adj":
                nxt = self.peek(i, 1)
                if nxt and nxt.low == "sekali":
                    self.emit("very", self.gloss(tok))
                    i += 2
                else:
                    self.emit(self.gloss(tok))
                    i += 1
            else:
                self.emit(self.gloss(tok))
                i += 1
            if i == start:                      # every branch must consume: never loop on an odd sequence
                self.emit(self.gloss(tok))
                i += 1
        return self.out

    # -- noun phrases ----------------------------------------------------------------------------------------
    def _adverb_before_verb(self, i: int) -> bool:
        """sangat/juga/masih before a verb, marker or (predicate) adjective belongs to the verb group."""
        if self.t[i].pos != "adv":
            return False
        nxt = self.peek(i, 1)
        return nxt is not None and (nxt.pos in ("v", "vpass", "aux", "neg", "modal") or
                                    nxt.pos == "adj" and self.has_subject and not self.has_verb)

    def noun_phrase(self, i: int) -> int:
        pre: list[str] = []
        plural = False
        det = ""
        t = self.t
        n = len(t)
        while i < n and t[i].pos in ("det", "plm", "num"):
            tok = t[i]
            if tok.pos == "det":
                det = tok.gloss
            elif tok.pos == "plm":
                pre.append(tok.gloss)
                plural = True
            else:
                pre.append(tok.gloss)
                if tok.value is None or tok.value != 1:
                    plural = plural or tok.value is None and tok.gloss not in ("one",) or (tok.value or 0) > 1
                nxt = self.peek(i, 1)
                if nxt and nxt.pos == "cls":
                    i += 1
                    after = self.peek(i, 1)
                    if not after or after.pos not in _NP_POS:
                        pre.append(nxt.gloss)
            i += 1
        heads: list[Tok] = []
        while i < n and (t[i].pos in _NP_POS or (heads and t[i].pos == "name" and t[i].gloss in self.demonyms)):
            if heads and t[i].pos == "adj" and self.peek(i, 1) and self.peek(i, 1).low == "sekali":
                heads.append(t[i])
                i += 2
                continue
            heads.append(t[i])
            i += 1
            if heads[-1].poss:
                break
        if not heads:
            self.emit(*pre)
            if det:
                self.emit(det)
            return i
        poss = ""
        for h in heads:
            if h.poss:
                poss = h.poss
        plural = plural or heads[0].plural
        nxt = self.peek(i)
        if nxt and nxt.pos == "pron" and not poss and nxt.extra:
            poss = nxt.extra[0]
            i += 1
        elif nxt and nxt.pos == "dem":
            d = nxt.gloss
            if plural:
                d = {"this": "these", "that": "those"}.get(d, d)
            det = d
            i += 1
        words = self._np_words(heads, plural)
        lead = poss or det
        if lead == "a" and words and words[0][:1].lower() in "aeiou":
            lead = "an"
        self.emit(lead, *pre, words)
        if not self.has_subject:
            self.has_subject = True
            self.agr = "3p" if plural else "3s"
        return i

    def _np_words(self, heads: list[Tok], plural: bool) -> str:
        glosses = []
        for k, h in enumerate(heads):
            g = self.gloss(h)
            if k > 0 and h.pos == "name":
                g = self.demonyms.get(h.gloss, g)
            glosses.append(g)
        if plural and heads[0].pos == "n":
            glosses[0] = english.plural(glosses[0])
        glosses = [g for g in glosses if g]
        if len(glosses) >= 3 and heads[0].pos == "n" and heads[1].pos == "n":
            return glosses[0] + " of " + " ".join(reversed(glosses[1:]))
        return " ".join(reversed(glosses))

    def name_phrase(self, i: int) -> int:
        j = i
        words = []
        while j < len(self.t) and self.t[j].pos in ("name", "abbr", "unk"):
            words.append(self.gloss(self.t[j]))
            j += 1
        nxt = self.peek(j)
        if nxt is not None and nxt.pos == "dem" and nxt.low != "tersebut":
            self.emit(nxt.gloss)                      # World Smart City Expo ini -> this World Smart City Expo
            j += 1
        self.emit(*words)
        if not self.has_subject:
            self.has_subject = True
            self.agr = "3s"
        return j

    def pronoun(self, i: int) -> int:
        tok = self.t[i]
        subj = tok.gloss
        poss, obj, agr = (tok.extra + (tok.gloss, tok.gloss, "3s"))[:3] if tok.extra else (tok.gloss, tok.gloss, "3s")
        if not self.has_subject:
            self.emit(subj)
            self.has_subject = True
            self.agr = agr
        else:
            self.emit(obj)
        return i + 1

    # -- verbs -----------------------------------------------------------------------------------------------
    def verb_group(self, i: int) -> int:
        t = self.t
        n = len(t)
        will = perf = prog = neg = ever = False
        modal = ""
        advs: list[str] = []
        neg_word = "not"
        while i < n and (t[i].pos in ("aux", "neg", "modal") or t[i].pos == "adv" and i + 1 < n and t[i + 1].pos in (
                "aux", "neg", "modal", "v", "vpass", "adj", "adv")):
            tok = t[i]
            if tok.pos == "aux":
                if tok.low == "akan":
                    will = True
                elif tok.low in ("telah", "sudah", "udah"):
                    perf = True
                elif tok.low in ("sedang", "tengah"):
                    prog = True
                elif tok.low == "pernah":
                    ever = True
            elif tok.pos == "neg":
                neg = True
                neg_word = tok.gloss
            elif tok.pos == "modal":
                modal = tok.gloss
            elif tok.gloss:
                advs.append(tok.gloss)
            i += 1
        main = t[i] if i < n else None
        kind = main.pos if main else ""
        if kind not in ("v", "vpass", "adj", "cop", "n"):
            aux_words = self._aux(None, will, perf, prog, neg, neg_word, modal, ever)
            self.emit(*aux_words, *advs)
            return i
        if kind == "n":
            words = self._aux("cop", will, perf, prog, neg, neg_word, modal, ever)
            self.emit(*words, *advs)
            return i
        i += 1
        if kind == "cop":
            words = self._aux("cop", will, perf, prog, neg, neg_word, modal, ever)
        elif kind == "adj":
            words = self._aux("cop", will, perf, prog, neg, neg_word, modal, ever) + [self.gloss(main)]
        else:
            words = self._aux(main, will, perf, prog, neg, neg_word, modal, ever)
        if advs:
            if len(words) > 1:
                words = words[:1] + advs + words[1:]
            else:
                words = advs + words
        self.emit(*words)
        self.has_verb = True
        self.has_subject = True
        nxt = self.peek(i)
        if nxt and nxt.pos == "v" and kind == "v" and main.gloss not in ("is", "become", "there is"):
            self.emit("to", nxt.gloss)
            i += 1
        return i

    def _aux(self, main: Tok | str | None, will: bool, perf: bool, prog: bool, neg: bool, neg_word: str,
             modal: str, ever: bool) -> list[str]:
        agr = self.agr
        tense = self.tense
        plural3 = agr in ("2", "1p", "3p", "1s")
        if main is None:
            words = []
            if will:
                words.append("will")
            if modal:
                words.append(modal)
            if neg:
                words.append(neg_word)
            return words
        passive = not isinstance(main, str) and main.pos == "vpass"
        cop = main == "cop"
        if cop or passive:
            tail = [] if cop else [main.gloss]
            if modal or will:
                head = [modal or "will"] + ([neg_word] if neg else []) + ["be"]
            elif perf:
                head = ["have" if plural3 else "has"] + ([neg_word] if neg else []) + ["been"]
            elif prog and passive:
                head = [_be(tense, agr)] + ([neg_word] if neg else []) + ["being"]
            else:
                head = [_be(tense, agr)] + ([neg_word] if neg else [])
            return head + tail
        base = main.gloss
        if base in ("is", "are"):
            return [_be(tense, agr)] + ([neg_word] if neg else [])
        if modal:
            return [modal] + ([neg_word] if neg else []) + [base]
        if will:
            return ["will"] + ([neg_word] if neg else []) + [base]
        if perf:
            return ["have" if plural3 else "has"] + ([neg_word] if neg else []) + [english.participle(base)]
        if prog:
            return [_be(tense, agr)] + ([neg_word] if neg else []) + [english.ing(base)]
        if neg:
            if neg_word == "not yet":
                return ["have" if plural3 else "has", "not", "yet", english.participle(base)]
            if neg_word == "do not":
                return ["do", "not", base]
            do = "did" if tense == "past" else ("do" if plural3 else "does")
            return [do, "not", base]
        if ever:
            return ["have" if plural3 else "has", "ever", english.participle(base)]
        if tense == "past":
            return [english.past(base)]
        return [base if plural3 else english.third_person(base)]

    # -- small function words -------------------------------------------------------------------------------
    def preposition(self, i: int) -> int:
        tok = self.t[i]
        nxt = self.peek(i, 1)
        g = tok.gloss
        if tok.low == "untuk" and nxt and nxt.pos in ("v", "vpass", "modal"):
            g = "to"
            if nxt.pos == "vpass":
                self.emit("to", "be", nxt.gloss)
                return i + 2
            self.emit("to", nxt.gloss)
            return i + 2
        if nxt and nxt.pos == "v" and tok.low != "untuk":
            self.emit("by" if tok.low == "dengan" else g, english.ing(nxt.gloss))   # dengan menyusun -> by drafting
            return i + 2
        if tok.low == "dengan" and nxt and nxt.pos == "adj" and not (self.peek(i, 2) and self.peek(i, 2).pos == "n"):
            self.emit(_adverb(nxt.gloss))
            return i + 2
        if tok.low == "pada" and nxt:
            if nxt.pos == "num" and _YEAR.match(nxt.src) or nxt.gloss in (
                    "January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"):
                g = "in"
        if tok.low == "di" and nxt and nxt.pos == "pron":
            g = "at"
        self.emit(g)
        saved = self.has_subject
        self.has_subject = True
        j = i + 1
        if nxt and nxt.pos in ("n", "det", "plm", "num"):
            j = self.noun_phrase(j)
        elif nxt and nxt.pos in ("name", "abbr", "unk"):
            j = self.name_phrase(j)
        elif nxt and nxt.pos == "pron":
            self.emit(nxt.extra[1] if len(nxt.extra) >= 2 else nxt.gloss)
            j += 1
        self.has_subject = saved
        return j

    def relative(self, i: int) -> int:
        nxt = self.peek(i, 1)
        prev = self.peek(i, -1)
        who = prev is not None and (prev.pos in ("name", "pron") or prev.pos == "punct" and self.peek(i, -2)
                                    is not None and self.peek(i, -2).pos == "name")
        self.emit("who" if who else "which")
        saved_s, saved_v, saved_a = self.has_subject, self.has_verb, self.agr
        self.has_subject, self.has_verb = True, False
        j = i + 1
        if nxt and nxt.pos in ("adj", "v", "vpass", "aux", "neg", "modal", "adv"):
            j = self.verb_group(j)
        self.has_subject, self.has_verb, self.agr = saved_s, saved_v, saved_a
        return j
