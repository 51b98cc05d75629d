"""The embedded rule-based translator: lexicon + morphology + word order. No weights, no torch.

Pipeline per sentence: tokens.tokenise -> analyse.analyse (lexicon, multi-word expressions, morphology,
numbers) -> grammar.Sentence (word order, tense, agreement) -> tokens.detokenise. Deterministic: the same input
gives the same output in every process.
"""

from __future__ import annotations

from .translator import RuleTranslator

__all__ = ["RuleTranslator"]
