"""Indonesian affix analysis for words the lexicon does not list as written.

Given a surface form, propose (root, affixes) splits — clitics (-nya -ku -mu -lah -kah -pun), reduplication
(kota-kota, sayur-mayur), confixes (ke-..-an, peN-..-an, per-..-an), prefixes (meN- with nasal assimilation,
di-, ter-, ber-, peN-, se-, memper-/diper-) and suffixes (-kan, -i, -an) — and take the first split whose root
the lexicon knows. The gloss is derived from the affixes: di-X -> participle ("dibangun" -> "built", preferring
the lexicon's meN- form of the same root), peN-X-an -> noun, ter-ADJ -> superlative, ber-NOUN -> "with NOUN".
Spoken forms come last: verbs that keep the nasal but drop me- (nonton, nyari, ngasih), -in for -kan,
letters repeated for emphasis (enakkkk), and borrowed nouns with -nya (roomnya). Results are cached per word, so
each distinct word is analysed once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import english
from .lexicon import Entry, Lexicon

CLITIC_POSSESSIVE = {"nya": "the", "ku": "my", "mu": "your"}
_PARTICLES = ("lah", "kah", "pun", "tah")
_VOWELS = "aeiou"
_REPEATS = re.compile(r"(\w)\1{2,}")


@dataclass(frozen=True, slots=True)
class Analysis:
    pos: str
    gloss: str
    possessive: str | None = None   # English possessive from a clitic: "my", "your", "the"
    plural: bool = False
    question: bool = False           # -kah
    extra: tuple[str, ...] = ()      # the lexicon entry's extra columns, for a word that is one (see _squeezed)


def nasalise(root: str) -> list[str]:
    """The meN- forms of a root (forward assimilation), most likely first: tulis -> menulis, pukul -> memukul."""
    if not root:
        return []
    c = root[0]
    if c == "p":
        return ["mem" + root[1:], "mem" + root]
    if c in "bfv":
        return ["mem" + root]
    if c == "t":
        return ["men" + root[1:], "men" + root]
    if c in "dcjz":
        return ["men" + root]
    if c == "s":
        return ["meny" + root[1:], "men" + root]
    if c == "k":
        return ["meng" + root[1:], "meng" + root]
    if c in "gh" or c in _VOWELS:
        return ["meng" + root]
    return ["me" + root, "menge" + root]


def _den_nasalise(stem: str) -> list[str]:
    """Possible roots after a meN-/peN- prefix has been split off as 'me'/'pe' + stem."""
    out: list[str] = []
    if stem.startswith("nge") and len(stem) <= 6:
        out.append(stem[3:])                      # menge-/penge- + monosyllable: mengecat -> cat
    if stem.startswith("ng"):
        rest = stem[2:]
        if rest and rest[0] in _VOWELS:
            out += [rest, "k" + rest]             # mengambil -> ambil, mengirim -> kirim
        else:
            out.append(rest)                      # menggali -> gali, mengharap -> harap
    elif stem.startswith("ny"):
        out += ["s" + stem[2:], stem]              # menyapu -> sapu, menyanyi -> nyanyi
    elif stem.startswith("m"):
        rest = stem[1:]
        if rest and rest[0] in _VOWELS:
            out += ["p" + rest, stem]             # memukul -> pukul, memakan -> makan
        else:
            out.append(rest)                      # membangun -> bangun
    elif stem.startswith("n"):
        rest = stem[1:]
        if rest and rest[0] in _VOWELS:
            out += ["t" + rest, stem]             # menulis -> tulis, menanti -> nanti
        else:
            out.append(rest)                      # mendukung -> dukung
    else:
        out.append(stem)                          # melihat -> lihat, merasa -> rasa
    return out


def _strip_suffixes(word: str) -> list[tuple[str, str]]:
    """Candidate (stem, suffix) pairs; colloquial -in stands for -kan/-i (bikinin = buatkan, kasihin)."""
    out = [(word, "")]
    for suf in ("kan", "i", "an", "in"):
        if word[-len(suf):] == suf and len(word) - len(suf) >= 3:        # (a slice: endswith is slow to call)
            out.append((word[: -len(suf)], "kan" if suf == "in" else suf))
    return out


def _colloquial_roots(word: str) -> list[str]:
    """Roots of a spoken-style verb that keeps the nasal but drops me-: nonton (tonton), nyari (cari),
    ngasih (kasih), ngecek (cek), ngomong (omong)."""
    if word.startswith("nge") and len(word) > 5:
        return [word[3:]]
    if word.startswith("ny"):
        return ["c" + word[2:], "s" + word[2:]]
    if word.startswith("ng"):
        return [word[2:], "k" + word[2:]]
    return []


def squeeze(word: str) -> str:
    """The word with every run of three or more equal letters cut to one (enakkkk -> enak); usually unchanged."""
    if _REPEATS.search(word) is None:       # most words: a search is far cheaper than sub with a template
        return word
    return _REPEATS.sub(r"\1", word)


class Analyzer:
    """Morphological analysis against one lexicon, with a per-word cache."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.cache: dict[str, Analysis | None] = {}

    def analyse(self, word: str) -> Analysis | None:
        if word in self.cache:
            return self.cache[word]
        result = self._analyse(word)
        self.cache[word] = result
        return result

    def verb_reading(self, root: str) -> str:
        """The gloss of root's meN- verb, if the lexicon has one: informal Indonesian uses bare roots as verbs
        (saya pesan nasi = saya memesan nasi), and the grammar uses this when a noun stands in verb position."""
        for form in nasalise(root):
            e = self.lex.get(form)
            if e and e.pos == "v":
                return e.gloss
        return ""

    def _entry(self, word: str) -> Analysis | None:
        e = self.lex.get(word)
        return Analysis(e.pos, e.gloss, extra=e.extra) if e else None

    def _analyse(self, word: str) -> Analysis | None:
        direct = self._entry(word)
        if direct:
            return direct
        left, _, right = word.partition("-")
        if left and left == right:
            return self._reduplication(word)     # buku-buku: not buku-bu + clitic -ku
        # A word ends in at most one particle (all three letters long) and at most one clitic; slices, as
        # str.endswith parses its arguments as a tuple and this runs for every new word.
        part = word[-3:]
        if part in _PARTICLES and len(word) > 5:
            inner = self.analyse(word[:-3])
            if inner:
                return Analysis(inner.pos, inner.gloss, inner.possessive, inner.plural, part == "kah")
        clitic = part if part == "nya" else word[-2:]
        poss = CLITIC_POSSESSIVE.get(clitic)
        if poss is not None and (word[-4:] == "-nya" or len(word) == len(clitic) + 2):
            short = self._short_with_clitic(word, poss)
            if short is not None:
                return short
        if poss is not None and len(word) > len(clitic) + 2:
            inner = self.analyse(word[: -len(clitic)])
            if inner:
                gloss = inner.gloss
                if gloss[:3] == "as " and gloss[-3:] == " as":
                    gloss = gloss[3:-3]           # se- + adjective + -nya is no equative: selengkapnya -> complete
                return Analysis(inner.pos, gloss, poss, inner.plural)
        if "-" in word and not word.endswith("-nya"):
            return self._reduplication(word)
        return self._derive(word) or self._colloquial(word) or self._squeezed(word) or self._foreign(word)

    def _short_with_clitic(self, word: str, poss: str) -> Analysis | None:
        """A clitic after a hyphen (AC-nya, harga-nya) or on a two-letter abbreviation (hpnya, acnya, tvku): the
        word's own reading with the possessive, an abbreviation read as the thing it names (the air conditioning,
        my TV)."""
        root = word[:-4] if word[-4:] == "-nya" else word[:2]
        e = self.lex.get(root)
        if e is None or e.pos not in ("n", "abbr") or not e.gloss:
            return None
        return Analysis("n", e.gloss, poss)

    @staticmethod
    def _foreign(word: str) -> Analysis | None:
        """A word the lexicon cannot explain but with a -nya clitic is usually a borrowed noun (roomnya,
        tastenya, juice-nya): keep the stem and read the clitic as "the"."""
        stem = word[:-4] if word.endswith("-nya") else word[:-3] if word.endswith("nya") else ""
        return Analysis("n", stem, "the") if len(stem) >= 3 and stem.isalpha() else None

    def _colloquial(self, word: str) -> Analysis | None:
        """Spoken verb forms: me- dropped (ngerti = mengerti, nonton = menonton), -in for -kan."""
        if len(word) < 5:
            return None
        for stem, suffix in _strip_suffixes(word):
            for form in ("me" + stem + suffix, "me" + stem, stem if suffix else ""):
                e = self.lex.get(form)
                if e and e.pos == "v":
                    return Analysis("v", e.gloss)
            for root in _colloquial_roots(stem):
                e = self._verb_gloss(root, suffix) if len(root) >= 3 else None
                if e and e.pos == "v":
                    return Analysis("v", e.gloss)
        return None

    def _squeezed(self, word: str) -> Analysis | None:
        """Letters repeated for emphasis (enakkkk, bangettt): try the word with each run cut to one letter (a
        lexicon word keeps its extra columns: bangettt is a degree word after its adjective, like banget)."""
        squeezed = squeeze(word)
        return self.analyse(squeezed) if squeezed != word else None

    def _reduplication(self, word: str) -> Analysis | None:
        left, _, right = word.partition("-")
        if not left or not right:
            return None
        base = self.analyse(left) or self.analyse(right)
        if not base:
            return None
        plural = left == right or right.endswith(left) or left.endswith(right)
        return Analysis(base.pos, base.gloss, base.possessive, plural and base.pos == "n")

    def _verb_gloss(self, root: str, suffix: str) -> Entry | None:
        """The lexicon's active (meN-) entry for root+suffix, else the root's own entry."""
        for form in nasalise(root):
            e = self.lex.get(form + suffix)
            if e and e.pos == "v":
                return e
        for form in (root + suffix, root):
            e = self.lex.get(form)
            if e:
                return e
        return None

    def _derive(self, word: str) -> Analysis | None:
        for stem, suffix in _strip_suffixes(word):
            found = self._prefixed(stem, suffix)
            if found:
                return found
        if word.endswith("an") and len(word) > 5:
            e = self.lex.get(word[:-2])
            if e:
                return Analysis("n", e.gloss)
        return None

    def _prefixed(self, stem: str, suffix: str) -> Analysis | None:
        lex = self.lex
        if stem.startswith(("di", "ter")):
            base = stem[2:] if stem.startswith("di") else stem[3:]
            roots = [base[3:], base] if base.startswith("per") else [base]
            if stem.startswith("te") and not stem.startswith("ter"):
                roots = []
            for root in roots:
                if len(root) < 3:
                    continue
                e = self._verb_gloss(root, suffix)
                if e:
                    if stem.startswith("ter") and e.pos == "adj" and not suffix:
                        return Analysis("adj", english.graded(e.gloss, 2))
                    if e.pos == "vpass":
                        return Analysis("vpass", e.gloss)
                    if e.pos == "v":             # (the active verb kept for mudah dicari -> easy to find)
                        return Analysis("vpass", english.participle(e.gloss), extra=(e.gloss,))
        if stem.startswith("me") and len(stem) > 4:
            inner = stem[2:]
            roots = ["per" + inner[3:], inner[3:]] if inner.startswith("mper") else _den_nasalise(inner)
            for root in roots:
                e = lex.get(root + suffix) or lex.get(root)
                if e and e.pos in {"v", "adj", "n"}:
                    causative = e.pos == "adj" and suffix == "kan"         # membersihkan -> make clean
                    return Analysis("v", "make " + e.gloss if causative else e.gloss)
        if stem.startswith(("ber", "be")) and len(stem) > 4:
            # be- without r only before r- roots and -er- first syllables (berasa, bekerja), not becek -> be+cek
            plain_be = stem[2:] if stem[2:3] == "r" or stem[3:5] == "er" else ""
            for root in (stem[3:], stem[2:]) if stem.startswith("ber") else (plain_be,):
                if not root:
                    continue
                e = lex.get(root)
                if e and e.pos in {"v", "n", "adj"}:      # ber- + noun: having it (bersoda -> with soda)
                    return Analysis(e.pos if e.pos != "n" else "adj", e.gloss if e.pos != "n" else "with " + e.gloss)
        if stem.startswith("pe") and len(stem) > 4:
            inner = stem[2:]
            roots = [inner[1:]] if inner.startswith("r") else _den_nasalise(inner)
            for root in roots:
                e = lex.get(root)
                if not e:
                    continue
                if suffix == "an":
                    return Analysis("n", english.ing(e.gloss) if e.pos == "v" else e.gloss)
                if not suffix and e.pos == "v" and " " not in e.gloss:
                    g = e.gloss
                    return Analysis("n", g + ("r" if g.endswith("e") else "er"))
        if stem.startswith("ke") and suffix == "an" and len(stem) > 4:
            e = lex.get(stem[2:])
            if e and e.pos not in {"n", "v", "adj"}:
                e = None                                   # kesampaian is not ke- + the preposition sampai
            if e:
                return Analysis("n", e.gloss)
        if stem.startswith("se") and not suffix and len(stem) > 5:
            e = lex.get(stem[2:])
            if e and e.pos == "adj" and " " not in e.gloss:
                return Analysis("adj", "as " + e.gloss + " as")     # the equative: semewah -> as luxurious as
            if e and e.pos in {"n", "adj", "adv"}:
                return Analysis(e.pos, e.gloss)
        return None
