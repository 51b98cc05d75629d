"""summarize: offline Indonesian-to-English translation and news summaries.

Public API (keyword arguments, no side effects at import; the rule engine never imports torch):

    >>> import summarize
    >>> report = summarize.summarize("Presiden meresmikan jembatan baru di Surabaya.", engine="rule")
    >>> report.summaries["short"].translation
    >>> summarize.translate(["Kota itu besar."], engine="rule")
"""

from __future__ import annotations

from . import _compiled

_compiled.guard()      # before any compiled module is imported: a stale one runs from its .py file (see there)

# The subpackage summarize.translate would replace the translate() function below as an attribute of this
# package the first time it is imported; importing it here first (its __init__ is empty) means the function,
# defined afterwards, stays what `summarize.translate` names.
from . import translate as _translate_package  # noqa: F401
from .errors import InputError, ModelError, SummarizeError, UsageError
from .types import Document, EngineInfo, Report, Sentence, Summary

__version__ = "0.1.0"
__all__ = ["summarize", "translate", "Report", "Summary", "Sentence", "Document", "EngineInfo",
           "SummarizeError", "UsageError", "InputError", "ModelError", "__version__"]


def summarize(text: str, *, engine: str = "auto", short: int | None = None, long: int | None = None,
              source_lang: str = "auto", translation_model: str | None = None,
              summary_model: str | None = None) -> Report:
    """Translate and summarise `text`; returns a Report (`report.to_dict()` is the JSON document)."""
    from .pipeline import Options, Pipeline

    options = Options(engine=engine, short=short, long=long, source_lang=source_lang,
                      translation_model=translation_model, summary_model=summary_model)
    return Pipeline(options).run(text)


def translate(sentences: list[str], *, engine: str = "auto", translation_model: str | None = None) -> list[str]:
    """Translate each string (one output per input, same order)."""
    from .pipeline import Options, Pipeline

    return Pipeline(Options(engine=engine, translation_model=translation_model)).translator.translate(
        list(sentences))
