"""English inflection for glosses: plurals, past tense, participles, -ing, third person -s.

Written by hand: the rules are few, the irregular forms live in data files next to this module, and a library
such as lemminflect would add start-up time and data loading to the rule engine's fast path.
Multi-word glosses inflect the right word: the first word of a verb phrase ("take part in" -> "took part in"),
the head of a noun phrase ("head of state" -> "heads of state", "village head" -> "village heads").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_VOWELS = "aeiou"


def _read_tsv(name: str) -> list[list[str]]:
    text = resources.files("summarize.translate.rule").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _irregular_verbs() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in _read_tsv("english-irregular.tsv")}


@lru_cache(maxsize=1)
def _irregular_plurals() -> dict[str, str]:
    return {row[0]: row[1] for row in _read_tsv("english-plural.tsv")}


@lru_cache(maxsize=1)
def _plural_forms() -> frozenset[str]:
    return frozenset(_irregular_plurals().values())


def _double_final(word: str) -> bool:
    """stop -> stopped: a short word ending consonant-vowel-consonant doubles its last letter."""
    return (
        len(word) >= 3 and len(word) <= 4
        and not (len(word) == 4 and word[0] in _VOWELS)      # open, edit, exit: the stress is on the first syllable
        and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def _past_word(word: str, participle: bool) -> str:
    irregular = _irregular_verbs().get(word)
    if irregular:
        return irregular[1] if participle else irregular[0]
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        return word[:-1] + "ied"
    if _double_final(word):
        return word + word[-1] + "ed"
    return word + "ed"


@lru_cache(maxsize=1)
def _irregular_bases() -> dict[str, str]:
    """Irregular participle (and past) -> base: made -> make, understood -> understand."""
    bases = {}
    for base, (past_, part) in _irregular_verbs().items():
        bases.setdefault(past_, base)
        bases.setdefault(part, base)
    return bases


def _base_word(word: str) -> str:
    """The base form of a past participle: checked -> check, helped -> help, stopped -> stop, served -> serve,
    noted -> note, carried -> carry, made -> make (best effort: English spelling does not say where an e was)."""
    irregular = _irregular_bases().get(word)
    if irregular:
        return irregular
    if not word.endswith("ed") or len(word) < 4:
        return word
    if word.endswith("ied"):
        return word[:-3] + "y"
    stem = word[:-2]
    if stem[-1] == stem[-2] and stem[-1] not in "lsfz" and _double_final(stem[:-1]):
        return stem[:-1]                          # stopped -> stop
    last, before, third = stem[-1], stem[-2], stem[-3] if len(stem) >= 3 else "a"
    if last in "vcz" or last == "s" and before in _VOWELS and third not in "su" or last == "g" and before != "n" or (
            last == "g" and third == "a") or last in "r" and before in "aiou" and third not in _VOWELS or (
            last == "t" and before in "aou" or last == "d" and before in "aiou" or last == "n" and before == "i") and (
            third not in _VOWELS) or last == "l" and before not in _VOWELS + "l":
        return stem + "e"                         # served, used, managed, shared, noted, decided, handled
    return stem


def base(gloss: str) -> str:
    """The base form of a participle gloss (its first word): followed up -> follow up."""
    return _on_first(gloss, _base_word)


def _ing_word(word: str) -> str:
    if word == "be":
        return "being"
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        return word[:-1] + "ing"
    if _double_final(word):
        return word + word[-1] + "ing"
    return word + "ing"


def _s_word(word: str) -> str:
    special = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if word in special:
        return special[word]
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _plural_word(word: str) -> str:
    """Plural of one word; a word that already looks plural (children, cities) is left alone, because glosses of
    reduplicated lexicon entries (anak-anak = children) are plural already."""
    irregular = _irregular_plurals().get(word)
    if irregular:
        return irregular
    if word in _plural_forms() or word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _on_first(gloss: str, fn) -> str:
    head, sep, rest = gloss.partition(" ")
    return fn(head) + sep + rest


@lru_cache(maxsize=65536)
def past(gloss: str) -> str:
    return _on_first(gloss, lambda w: _past_word(w, False))


@lru_cache(maxsize=65536)
def participle(gloss: str) -> str:
    return _on_first(gloss, lambda w: _past_word(w, True))


@lru_cache(maxsize=65536)
def ing(gloss: str) -> str:
    return _on_first(gloss, _ing_word)


@lru_cache(maxsize=65536)
def third_person(gloss: str) -> str:
    return _on_first(gloss, _s_word)


@lru_cache(maxsize=65536)
def plural(gloss: str) -> str:
    """Pluralise the head of a noun gloss: the word before " of " or " to " (place to eat -> places to eat), else
    the last word."""
    if not gloss or gloss[0].isupper() and " " not in gloss and gloss.isupper():
        return gloss
    before, sep, after = gloss.partition(" of ")
    if not sep and " to " in gloss:
        before, sep, after = gloss.partition(" to ")
    words = before.split(" ")
    words[-1] = _plural_word(words[-1])
    return " ".join(words) + sep + after


SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "a", "an", "to", "at", "by", "with"}
_LY_EXCEPTIONS = {"good": "well", "fast": "fast", "hard": "hard", "late": "late"}
_COMPARATIVE = {"good": ("better", "best"), "bad": ("worse", "worst"), "far": ("further", "furthest"),
                "many": ("more", "most"), "much": ("more", "most"), "little": ("less", "least")}


@lru_cache(maxsize=65536)
def titled(gloss: str) -> str:
    """Title case, small words kept lower; cached, as every capitalised word of a text (names) comes here."""
    return " ".join(w if w in SMALL_WORDS or not w else w[0].upper() + w[1:] for w in gloss.split(" "))


def adverb(adj: str) -> str:
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


def graded(adj: str, degree: int) -> str:
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
    if len(adj) <= 4 and adj[-1] not in "aeiouwxy" and adj[-2] in "aeiou" and adj[-3:-2] not in (
            "a", "e", "i", "o", "u", ""):
        return adj + adj[-1] + suffix
    return adj + suffix


_CONSONANT_VOWELS = ("uni", "use", "usu", "uti", "ute", "eu", "one", "once")     # said with y/w: a unique place


def indefinite(words: str) -> str:
    """a or an before the given words, by their sound: an hour is not needed here, a unique/useful/European is."""
    low = words[:4].lower()
    return "an" if low[:1] in {"a", "e", "i", "o", "u"} and not low.startswith(_CONSONANT_VOWELS) else "a"


def be(tense: str, agr: str) -> str:
    if tense == "past":
        return "were" if agr in {"2", "1p", "3p"} else "was"
    return {"1s": "am", "2": "are", "1p": "are", "3p": "are"}.get(agr, "is")


# For speed both patterns let sre skip ahead cheaply: the first by a lookahead on the verbs' first letters (the
# same matches: every verb starts with one of them), the second by starting at the literal space before am/is/are
# and checking the pronoun behind it (the same matches: I am -> I'm, it is -> it's, we are -> we're).
_CONTRACTIBLE = re.compile(
    r"(?=[dDiIaAwWhHcCsS])\b(do|does|did|is|are|was|were|has|have|had|could|should|would|ca|wo)n? not\b", re.I)
_CAN_WILL = re.compile(r"\b(can|will)(?:not| not)\b", re.I)


_PRONOUN_BE = re.compile(
    r" (?:am(?<=\bI am)"
    r"|is(?:(?<=\b[Ii]t is)|(?<=\b[Tt]here is)|(?<=\b[Tt]hat is)|(?<=\b[Hh]e is)|(?<=\b[Ss]he is)|(?<=\b[Ww]hat is))"
    r"|are(?:(?<=\b[Yy]ou are)|(?<=\b[Ww]e are)|(?<=\b[Tt]hey are)))\b")
_BE_CONTRACTED = {" am": "'m", " is": "'s", " are": "'re"}


def _pronoun_be(m: re.Match) -> str:
    return _BE_CONTRACTED[m.group()]


_PERFECT = re.compile(r"\b(I|[Ww]e|[Yy]ou|[Tt]hey) have ([a-z]+)\b")
_WILL = re.compile(r"\b(I|[Ww]e|[Yy]ou|[Tt]hey) will (?!not\b)")
_BEFORE_PARTICIPLE = frozenset({"been", "never", "just", "already", "ever", "also", "always", "finally"})


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    return frozenset(forms[1] for forms in _irregular_verbs().values()) | _BEFORE_PARTICIPLE


def _perfect(m: re.Match) -> str:
    word = m.group(2)
    if word[-2:] == "ed" or word in _participles():
        return f"{m.group(1)}'ve {word}"          # I have tried -> I've tried (not: I have a car)
    return m.group()


def contract(text: str) -> str:
    """Spoken-style contractions (do not -> don't, cannot -> can't, it is -> it's, I am -> I'm, I have tried ->
    I've tried), which both news/TED and review English use more often than the full forms."""
    if " have " in text:
        text = _PERFECT.sub(_perfect, text)
    if " will " in text:
        text = _WILL.sub(r"\1'll ", text)      # I will come -> I'll come
    if "I am" in text or "t is" in text or "e is" in text or "u are" in text or "e are" in text or "y are" in text:
        text = _PRONOUN_BE.sub(_pronoun_be, text)      # (the pairs every _PRONOUN_BE match contains)
    if "not" not in text:
        return text
    low = text.lower()        # both patterns need " not", "cannot" or "(wi)llnot" in some case: most texts have none
    if " not" not in low and "cannot" not in low and "llnot" not in low:
        return text
    if "cannot" in low or "can not" in low or "llnot" in low or "ll not" in low:     # (wi)ll: any case of i
        text = _CAN_WILL.sub(_can_will, text)
    return _CONTRACTIBLE.sub(lambda m: m.group(1) + "n't", text)


def _can_will(m: re.Match) -> str:
    word = {"can": "can't", "will": "won't"}[m.group(1).lower()]
    return word if m.group(1).islower() else word.capitalize()


def predicative(adjective: str) -> str:
    """An adjective after its copula: "really" there reads "so" (the food is so good), an age is "years old" (the
    child is 5 years old); before a noun they stay (really good food, a 5-year-old child)."""
    if adjective[-9:] == "-year-old":
        return adjective[:-9] + (" year old" if adjective[:-9] in ("1", "one") else " years old")
    return "so " + adjective[7:] if adjective[:7] == "really " else adjective
