"""The main job: segment -> translate -> summarise -> Report, and the engine fallback policy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .config import model_setting
from .errors import InputError, ModelError, UsageError
from .models import is_converted
from .summarizers import base as summarizer_base
from .text import html, langid
from .text.normalise import normalise
from .text.segment import segment
from .translate import base as translate_base
from .types import Document, EngineInfo, Report, Sentence, Summary

ENGINES = ("auto", "neural", "rule")
# engine.summary for an abstractive model, by the side it reads: Indonesian (then its summary is translated) or
# the English translation (then there is no Indonesian summary).
SUMMARY_WAYS = {"source": "seq2seq-source-then-translate", "en": "seq2seq-english"}
ENGLISH_ONLY_NOTE = "the summary model writes English only, so there is no Indonesian summary"


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
    prompt_dir: Optional[str] = None


def configured_translation_model(options: Options) -> Optional[str]:
    return model_setting("translation_model", options.translation_model)


def configured_summary_model(options: Options) -> Optional[str]:
    return model_setting("summary_model", options.summary_model)


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
        self.summarizer = self._choose_summarizer()

    def _choose_translator(self):
        opts = self.options
        if opts.engine == "rule":
            return translate_base.backend("rule")()
        model = configured_translation_model(opts)
        if "neural" not in translate_base.REGISTRY:
            reason = "the neural engine is not available in this version"
        elif not model:
            reason = ("no neural translation model configured (--translation-model, SUMMARIZE_TRANSLATION_MODEL "
                      "or the config file)")
        else:
            try:
                # A directory converted by `models convert` runs on CTranslate2; anything else on torch.
                runtime = "ct2" if is_converted(model) else "neural"
                tr = translate_base.backend(runtime)(model, device=opts.device, beams=opts.beams)
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

    def _choose_summarizer(self):
        """A configured summary model when the engine allows one, else extractive (auto: with the reason)."""
        opts = self.options
        model = None if opts.engine == "rule" else configured_summary_model(opts)
        if not model:
            return summarizer_base.backend("extractive")()
        try:
            summarizer = summarizer_base.backend("seq2seq")(model, device=opts.device, prompt_dir=opts.prompt_dir)
        except ModelError as exc:
            if opts.engine == "neural":
                raise
            reason = f"summary model: {exc}"
            self.engine.fallback_reason = "; ".join(r for r in (self.engine.fallback_reason, reason) if r)
            return summarizer_base.backend("extractive")()
        self.engine.summary = SUMMARY_WAYS[summarizer.reads]
        self.engine.models["summary"] = model
        return summarizer

    def _abstractive(self, text: str, language: str) -> Summary:
        """Both sides of a model-written summary: translate it, or say why one side is missing."""
        if language == "en":
            return Summary(source=text, translation=text, sentence_ids=None)
        if self.summarizer.reads == "en":
            return Summary(source=None, translation=text, sentence_ids=None, note=ENGLISH_ONLY_NOTE)
        sentences = [s.text for s in segment(text, language=language).sentences] if text.strip() else []
        return Summary(source=text, translation=" ".join(self.translator.translate(sentences)), sentence_ids=None)

    def run(self, text: str) -> Report:
        if html.looks_like_html(text):
            text = html.to_text(text)
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
            done_before = len(getattr(self.translator, "retries", ()))
            translations = self.translator.translate(sources)
            retries = getattr(self.translator, "retries", [])[done_before:]
            if retries:         # the guard caught a loop or a dropped number: say so in this document's record
                engine.models["translation_retries"] = [{"text": r.piece, "reason": r.reason} for r in retries]
        short_n, long_n = summarizer_base.default_lengths(len(sources), self.options.short, self.options.long)
        summary_doc = doc
        if getattr(self.summarizer, "reads", "source") == "en" and language != "en":
            summary_doc = Document(tuple(Sentence(t, s.paragraph) for s, t in zip(doc.sentences, translations)),
                                   language="en")
        short_sel, long_sel = self.summarizer.summarize(summary_doc, short=short_n, long=long_n,
                                                        exact_short=self.options.short is not None)
        summaries = {}
        for key, sel in (("short", short_sel), ("long", long_sel)):
            if sel.sentence_ids is None:
                summaries[key] = self._abstractive(sel.text or "", language)
                continue
            ids = list(sel.sentence_ids or ())
            source, translation = summarizer_base.summary_text(ids, sources, translations)
            summaries[key] = Summary(source=source, translation=translation, sentence_ids=ids)
        return Report(language, "en", engine, list(doc.sentences), translations, summaries)
