"""Typed records passed between the stages: segment -> translate -> summarise -> render."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter, itemgetter
from typing import Optional


@dataclass(frozen=True)
class Sentence:
    """One source sentence and the paragraph it belongs to."""

    text: str
    paragraph: int


_PARAGRAPH = attrgetter("paragraph")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


@dataclass(frozen=True)
class Document:
    """A segmented input text."""

    sentences: tuple[Sentence, ...]
    language: str = "id"

    @property
    def paragraphs(self) -> int:
        return (self.sentences[-1].paragraph + 1) if self.sentences else 0


@dataclass(frozen=True)
class Selection:
    """What a summariser chose: extractive summaries index sentences, abstractive ones carry text."""

    sentence_ids: Optional[tuple[int, ...]] = None
    text: Optional[str] = None


@dataclass
class Summary:
    source: Optional[str]
    translation: Optional[str]
    sentence_ids: Optional[list[int]]
    note: Optional[str] = None

    def to_dict(self) -> dict:
        d = {"source": self.source, "translation": self.translation, "sentence_ids": self.sentence_ids}
        if self.note:
            d["note"] = self.note
        return d


@dataclass
class EngineInfo:
    """What ran: like sacrebleu's signature, the result says which engines and models produced it."""

    translation: str = "rule"
    summary: str = "extractive"
    models: dict = field(default_factory=dict)
    fallback_reason: Optional[str] = None

    def to_dict(self) -> dict:
        return {
            "translation": self.translation,
            "summary": self.summary,
            "models": dict(self.models),
            "fallback_reason": self.fallback_reason,
        }


@dataclass
class Report:
    """The whole result of the main job; `to_dict` is the JSON document of DESIGN.md."""

    source_language: str
    target_language: str
    engine: EngineInfo
    sentences: list[Sentence]
    translations: list[str]
    summaries: dict[str, Summary]

    @property
    def translation(self) -> str:
        """Full English text, paragraphs separated by a blank line."""
        # runs of sentences with the same paragraph, grouped in C (no Python step per sentence)
        pairs = zip(map(_PARAGRAPH, self.sentences), self.translations)
        return "\n\n".join([" ".join(map(_SECOND, run)) for _, run in groupby(pairs, _FIRST)])

    def to_dict(self) -> dict:
        return {
            "source_language": self.source_language,
            "target_language": self.target_language,
            "engine": self.engine.to_dict(),
            "sentences": [
                {"source": s.text, "translation": t, "paragraph": s.paragraph}
                for s, t in zip(self.sentences, self.translations)
            ],
            "translation": self.translation,
            "summaries": {k: v.to_dict() for k, v in self.summaries.items()},
        }
