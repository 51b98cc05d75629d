"""Sentence features for the extractive summariser, shared by the summariser and by the script that learns their
weights (bench/learn_extractive.py), so that training and use cannot drift apart.

Why these features: news puts the essentials first (position, paragraph starts); a summary sentence talks about
what the whole article talks about (centrality over stemmed content words) and about what the lead talks about
(similarity to the first sentence, the nearest thing to a title the input has); names and numbers are the facts
(named-entity and number density); very short lines are captions or fragments, very long ones hurt precision
(length); and some sentences lean on the one before — a quote without its speaker, or one that opens with "Ia",
"Namun", "Selain itu" (dependence; the cue words are in summarize/data/summary-cues-id.txt). Everything is pure
Python on small sets and dicts: about 0.4 ms for a 20-sentence article on a busy 2-core sandbox.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from importlib import resources

from ..text.langid import folded, word_list
from ..text.stem import stem
from ..types import Document
from .boilerplate import dateline, is_boilerplate

try:
    import cython               # the compiled build: the types below are declarations for the compiler
except ImportError:
    from .. import _cython as cython      # plain Python: the same decorators, doing nothing


def tokens(text: str) -> list[str]:
    """Lowercase `[a-z0-9]+` runs of `text` (ASCII is what Indonesian news is written in)."""
    return folded(text, digits=True).decode().split()

NAMES = (
    "bias", "pos0", "pos1", "pos4", "inv_pos", "rel_pos",
    "para0", "para1", "para2", "para_start", "in_para", "len_log", "long",
    "centrality", "centrality_rel", "sim_lead", "sim_lead_para", "content_ratio", "names", "numbers",
    "quote", "quote_start", "attribution", "dependent", "boilerplate", "dateline", "question", "doc_len",
    # interactions: how much the lead counts depends on the kind of text (wire story with a dateline, a long
    # feature, a first-person blog post) and on what the early sentences look like
    "wire_pos1", "wire_pos2", "wire_pos3", "wire_inv_pos", "doclen_inv_pos", "blog_inv_pos",
    "pos1_sim_lead", "pos2_sim_lead", "pos3_sim_lead", "pos2_len", "len_rel",
    # how much text comes before: gold summaries run to a word budget more than to a sentence count
    "words_before_log", "words_before_120",
)

# Article-level features for the length of the default short summary (see extractive.short_length): how long the
# article and its lead paragraph are, and, for each of the first LOOKAHEAD greedy picks, its length in words, its
# selection value, where it sits, and the words chosen up to it. Gold summaries run to about 2-5 sentences; which
# count fits depends on how long the picked sentences are and on how sharply their scores fall off.
LOOKAHEAD = 6
LENGTH_NAMES = ("bias", "doc_len", "words_log", "dateline", "lead_para") + tuple(
    f"pick{j}_{name}" for j in range(1, LOOKAHEAD + 1)
    for name in ("words", "value", "rel_pos", "in_lead_para", "words_so_far", "present"))
_DATELINE = NAMES.index("dateline")
SIM_LEAD = NAMES.index("sim_lead")


@dataclass(frozen=True)
class Analysed:
    """Per-sentence material the selector needs besides the feature vectors."""

    vectors: list[list[float]]
    bags: list[set]                # stemmed content words, for redundancy (MMR)
    dependent: list[bool]          # opens with "Ia", "Namun", ...: weaker without the sentence before it
    quote_only: list[bool]         # a quotation whose speaker is named elsewhere: never alone (see choose)
    boilerplate: list[bool]
    words: list[int]               # words per sentence (at least 1), for the length model
    lead_para: int                 # sentences in the first paragraph


_CAPS = re.compile(r" [A-Z]")    # a capital after a space: names (the first word of a sentence is not counted)
# The same count for ASCII text without a match object per name: one bytes.translate keeps spaces and turns
# capitals into "A" (everything else into "x"), and bytes.count counts the (never overlapping) b" A".
_CAPS_BYTES = bytes(65 if 65 <= c <= 90 else 32 if c == 32 else 120 for c in range(256))


def capitals(text: str) -> int:
    """len(_CAPS.findall(text))"""
    if text.isascii():
        return text.encode().translate(_CAPS_BYTES).count(b" A")
    return len(_CAPS.findall(text))


@lru_cache(maxsize=1)
def cues() -> tuple[frozenset, frozenset, re.Pattern, re.Pattern, int]:
    """Attribution words, first-person pronouns and a matcher for dependent openers, from
    summarize/data/summary-cues-id.txt (lexical data lives in data files, not in code); then the same matcher
    for lowercased ASCII text: without re.I, sre skips most alternatives by their first letter (twice as fast);
    last, how many leading characters that matcher can look at (a quote, the longest opener, the character its
    \\b reads), so only those need lowercasing."""
    text = resources.files("summarize").joinpath("data/summary-cues-id.txt").read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        elif line and not line.startswith("#"):
            sections.setdefault(current, []).extend(line.split())
    openers = sorted((w.replace("_", " ") for w in sections["dependent-openers"]), key=len, reverse=True)
    pattern = re.compile(r"^[\"'\u201c]?(?:" + "|".join(map(re.escape, openers)) + r")\b", re.I)
    lower = pattern
    if all(map(str.isascii, openers)):   # re.I lets some non-ASCII letters match ASCII ones ("\u212a" ~ "k")
        lower = re.compile(r"^[\"'\u201c]?(?:" + "|".join(re.escape(w.lower()) for w in openers) + r")\b")
    span = 1 + max(map(len, openers)) + 1
    return frozenset(sections["attribution"]), frozenset(sections["first-person"]), pattern, lower, span
_CONTENT: dict[str, str] = {}   # lowercase word -> stem, or "" for a stopword/short word/number (per process)


def _content(word: str, stopwords: frozenset[str]) -> str:
    c = _CONTENT.get(word)
    if c is None:
        c = _CONTENT[word] = "" if len(word) <= 2 or word in stopwords or word[0].isdigit() else stem(word)
    return c


@cython.locals(i=cython.Py_ssize_t, n=cython.Py_ssize_t, nw=cython.Py_ssize_t, nb=cython.Py_ssize_t,
               in_para=cython.Py_ssize_t, before=cython.Py_ssize_t, n_lead=cython.Py_ssize_t, n_para=cython.Py_ssize_t,
               sim_lead=cython.double, len_log=cython.double, inv=cython.double)
def analyse(doc: Document, stopwords: frozenset[str] | None = None) -> Analysed:
    """Feature vectors (in NAMES order) and selection material for every sentence of `doc`.

    Written for speed (it runs on every batch record): word-to-stem lookups go through one dict with `map`, set
    overlaps are computed inline, and flags stay bools (they multiply like 0/1 in the dot product).
    """
    if stopwords is None:
        stopwords = word_list("stopwords-id.txt") | word_list("stopwords-en.txt")
    sents = doc.sentences
    n = len(sents)
    if not n:
        return Analysed([], [], [], [], [], [], 0)
    attribution, first_person, dependent_start, dependent_lower, opener_span = cues()
    lookup = _CONTENT.get
    words_of: list[list[str]] = []
    bags: list[set] = []
    for s in sents:
        words = tokens(s.text)
        words_of.append(words)
        bag = set(map(lookup, words))
        if None in bag:         # a word not seen before in this process: fill in only the missing ones
            bag = set([_content(w, stopwords) if c is None else c for w, c in zip(words, map(lookup, words))])
        bag.discard("")         # in place: a frozenset difference would copy the set
        bags.append(bag)
    df = Counter(chain.from_iterable(bags))     # one C-level count instead of an update per sentence
    lead = bags[0]
    first_para = sents[0].paragraph
    lead_para = frozenset().union(*(b for s, b in zip(sents, bags) if s.paragraph == first_para))
    sqrt = math.sqrt
    cent = [((sum(map(df.__getitem__, bag)) - len(bag)) / (n - 1) if n > 1 else 0.0) / sqrt(len(bag) + 1)
            for bag in bags]
    top = max(cent) if max(cent) > 0 else 1.0
    wire = float(dateline(sents[0].text) > 0)
    lens = [len(w) for w in words_of]
    total_words = sum(lens) or 1
    blog = min(1.0, 20 * sum(map(first_person.__contains__, chain.from_iterable(words_of))) / total_words)
    mean_len = total_words / n
    doc_len = math.log(1 + n)
    n_lead, n_para = len(lead) or 1, len(lead_para) or 1
    vectors, dependent, boiler, quote_only = [], [], [], []
    in_para = before = 0
    last_para = None
    log, isdigit = math.log, str.isdigit
    for i, (s, words, bag) in enumerate(zip(sents, words_of, bags)):
        para = s.paragraph
        starts = para != last_para      # the first sentence, or the previous one is in another paragraph
        last_para = para
        in_para = 0 if starts else in_para + 1
        text = s.text
        nw = lens[i] or 1
        nb = len(bag) or 1
        quote = '"' in text or "\u201c" in text or "\u201d" in text or "''" in text
        attrib = not attribution.isdisjoint(words)
        first = text[:1]
        dep = bool(dependent_lower.match(text[:opener_span].lower()) if text.isascii()
                   else dependent_start.match(text))
        bp = nw < 3 or is_boilerplate(text)
        quote_only.append(quote and not attrib and first in "\"\u201c\u201d'")
        dependent.append(dep)
        boiler.append(bp)
        sim_lead = 1.0 if i == 0 else len(bag & lead) / sqrt(nb * n_lead)
        len_log = log(1 + nw)
        inv = 1.0 / (1 + i)
        vectors.append([
            1.0, (i == 0), (i == 1), (i == 4), inv, i / (n - 1) if n > 1 else 0.0,
            (para == 0), (para == 1), (para == 2), starts, (in_para if in_para < 3 else 3) / 3.0,
            len_log, nw > 35,
            cent[i], cent[i] / top, sim_lead, len(bag & lead_para) / sqrt(nb * n_para),
            len(bag) / nw, capitals(text) / nw, sum(map(isdigit, words)) / nw,
            quote, (first in "\"\u201c'"), attrib, dep, bp,
            wire * (i == 0), text.endswith("?"), doc_len,
            wire * (i == 1), wire * (i == 2), wire * (i == 3), wire * inv,
            doc_len * inv, blog * inv,
            sim_lead * (i == 1), sim_lead * (i == 2), sim_lead * (i == 3), len_log * (i == 2), nw / mean_len,
            log(1 + before), before < 120,
        ])
        before += nw
    lead_count = sum(1 for s in sents if s.paragraph == first_para)
    return Analysed(vectors, bags, dependent, quote_only, boiler, [x or 1 for x in lens], lead_count)


def length_features(info: Analysed, chosen: list[int], values: list[float]) -> list[float]:
    """LENGTH_NAMES features of an article, given the greedy picks in pick order and their selection values."""
    words = info.words
    n = len(words)
    lead = info.lead_para
    out = [1.0, math.log(1 + n), math.log(1 + sum(words)), float(info.vectors[0][_DATELINE]) if n else 0.0, float(lead)]
    so_far = 0
    for j in range(LOOKAHEAD):
        if j < len(chosen):
            i = chosen[j]
            so_far += words[i]
            out += [words[i] / 20, values[j], i / (n - 1) if n > 1 else 0.0, float(i < lead), so_far / 100, 1.0]
        else:
            out += [0.0, 0.0, 0.0, 0.0, so_far / 100, 0.0]
    return out
