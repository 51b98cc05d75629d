"""The main job: segment -> translate -> summarise -> Report, and the engine fallback policy."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Optional

from .errors import InputError, ModelError, UsageError
from .summarizers import base as summarizer_base
from .text import langid
from .text.normalise import normalise
from .text.segment import segment
from .translate import base as translate_base
from .types import EngineInfo, Report, Summary

ENGINES = ("auto", "neural", "rule")


@dataclass
class Options:
    engine: str = "auto"
    short: Optional[int] = None
    long: Optional[int] = None
    source_lang: str = "auto"
    translation_model: Optional[str] = None
    summary_model: Optional[str] = None
    device: str = "auto"
    beams: int = 1
    notes: list[str] = field(default_factory=list)


def configured_translation_model(options: Options) -> Optional[str]:
    return options.translation_model or os.environ.get("SUMMARIZE_TRANSLATION_MODEL") or None


class Pipeline:
    """Holds the loaded engines so that many documents (batch) pay the set-up once."""

    def __init__(self, options: Options):
        if options.engine not in ENGINES:
            raise UsageError(f"unknown engine {options.engine!r} (choose from {', '.join(ENGINES)})")
        for name, value in (("--short", options.short), ("--long", options.long)):
            if value is not None and value < 1:
                raise UsageError(f"{name} must be a positive number of sentences")
        self.options = options
        self.engine = EngineInfo()
        self.translator = self._choose_translator()
        self.summarizer = summarizer_base.backend("extractive")()

    def _choose_translator(self):
        opts = self.options
        model = configured_translation_model(opts)
        if opts.engine == "rule":
            return translate_base.backend("rule")()
        if "neural" not in translate_base.REGISTRY:
            reason = "the neural engine is not available in this version"
        elif not model:
            reason = "no neural translation model configured (--translation-model or SUMMARIZE_TRANSLATION_MODEL)"
        else:
            try:
                tr = translate_base.backend("neural")(model, device=opts.device, beams=opts.beams)
                self.engine.translation = "neural"
                self.engine.models["translation"] = model
                return tr
            except ModelError as exc:
                if opts.engine == "neural":
                    raise
                reason = str(exc)
        if opts.engine == "neural":
            raise ModelError(f"neural engine unavailable: {reason}")
        self.engine.fallback_reason = reason
        return translate_base.backend("rule")()

    def run(self, text: str) -> Report:
        clean = normalise(text)
        if not clean:
            raise InputError("no text to summarise: the input is empty or whitespace only")
        language = self.options.source_lang
        if language == "auto":
            language = langid.detect(clean)
        doc = segment(clean, language=language, normalised=True)
        sources = [s.text for s in doc.sentences]
        engine = EngineInfo(**vars(self.engine))
        engine.models = dict(self.engine.models)
        if language == "en":
            translations = list(sources)
            engine.translation = "none"
        else:
            translations = self.translator.translate(sources)
        short_n, long_n = summarizer_base.default_lengths(len(sources), self.options.short, self.options.long)
        short_sel, long_sel = self.summarizer.summarize(doc, short=short_n, long=long_n)
        summaries = {}
        for key, sel in (("short", short_sel), ("long", long_sel)):
            ids = list(sel.sentence_ids or ())
            summaries[key] = Summary(
                source=" ".join(sources[i] for i in ids),
                translation=" ".join(translations[i] for i in ids),
                sentence_ids=ids,
            )
        return Report(language, "en", engine, list(doc.sentences), translations, summaries)
