"""The translator protocol and the registry of backends.

A backend is a class with `name` and `translate(sentences) -> list[str]` (one output per input, same order).
Backends are imported lazily by dotted path, so the rule engine never pays for torch: adding a backend is one
module plus one line in `REGISTRY`.
"""

from __future__ import annotations

from typing import Protocol

from ..registry import resolve


class Translator(Protocol):
    name: str

    def translate(self, sentences: list[str]) -> list[str]: ...

    def describe(self) -> dict: ...


REGISTRY: dict[str, str] = {
    "rule": "summarize.translate.rule:RuleTranslator",
    "neural": "summarize.translate.hf:NeuralTranslator",
    "ct2": "summarize.translate.ct2:CT2Translator",
}


def backend(name: str):
    """The backend class registered under `name` (imported on first use)."""
    return resolve(REGISTRY, name, "translation engine")
