"""The rule translator's per-sentence driver: tokens -> analysis -> grammar -> English text, with the sentence cache
and the tense carried from one sentence to the next (the package docstring has the pipeline)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from . import english
from . import lexicon as _lexicon
from .analyse import after_dateline, analyse
from .grammar import Sentence
from .morphology import Analyzer
from .tokens import NO_QUOTES, detokenise, quote_roles, tokenise


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    text = resources.files("summarize.translate.rule").joinpath("data/demonyms.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {r[0]: r[1] for r in rows if len(r) >= 2}


class RuleTranslator:
    name = "rule"

    def __init__(self) -> None:
        self.lexicon = _lexicon.load()
        self.analyzer = Analyzer(self.lexicon)
        self.demonyms = _demonyms()
        self._cache: dict[tuple[str, str], tuple[str, str]] = {}
        self._word_cache: dict = {}

    def describe(self) -> dict:
        return {"lexicon_entries": len(self.lexicon)}

    def translate(self, sentences: list[str]) -> list[str]:
        """Translate consecutive sentences of one text: a sentence without its own tense marker keeps the past
        tense of a narrative begun earlier in the list (Kami datang jam 7. Tempatnya penuh. -> ... was full)."""
        out = []
        carried = ""
        for k, s in enumerate(sentences):
            text, tense = self._translate_one(s, carried, k == 0)
            out.append(text)
            carried = tense if tense == "past" else carried
        return out

    def translate_one(self, sentence: str) -> str:
        """One sentence on its own, with no tense carried in from a previous one."""
        return self._translate_one(sentence, "", True)[0]

    def _translate_one(self, sentence: str, carried: str, opening: bool) -> tuple[str, str]:
        """One sentence; opening says whether it starts its text (a verbless noun phrase there introduces the
        topic: Restoran unik ... -> A unique restaurant ...)."""
        key = (sentence, carried, opening)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        tokens = tokenise(sentence)
        toks = analyse(tokens, self.lexicon, self.analyzer, self._word_cache)
        grammar = Sentence(toks, self.demonyms, carried, opening)
        words = grammar.run()
        roles = quote_roles(sentence) if '"' in sentence or "'" in sentence else NO_QUOTES
        text = english.contract(detokenise(words, roles, len(tokens) > 2 and after_dateline(tokens) > 0))
        if not text.strip() and any(ch.isalnum() for ch in sentence):
            text = sentence.strip()       # only particles that vanish in English (apakah, deh): keep the source
        if text and text[0].islower():
            text = text[0].upper() + text[1:]
        elif text.startswith('"') and len(text) > 1 and text[1].islower():
            text = '"' + text[1].upper() + text[2:]
        result = (text, grammar.tense)
        if len(self._cache) < 100_000:
            self._cache[key] = result
        return result
