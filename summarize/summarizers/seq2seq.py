"""Abstractive summaries with a local seq2seq model (mT5/mBART on Indonesian; BART/T5/Pegasus on English).

A multilingual model summarises the source and the pipeline translates its summary; an English-only model
summarises the English translation, and the Indonesian side stays empty (the pipeline says why). Documents longer
than the model's window are summarised map-reduce: chunks that fit are summarised, their summaries joined, and
the process repeats until the text fits; nothing is truncated.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from ..errors import ModelError
from ..translate import chunks, hf
from ..types import Document, Selection

# model_type -> (language the model reads: "source" or "en", prompt template file in prompts/)
MODEL_TYPES = {
    "mt5": ("source", "summarize-id.txt"),
    "mbart": ("source", "summarize-id.txt"),
    "t5": ("en", "summarize-t5.txt"),
    "bart": ("en", "summarize-en.txt"),
    "pegasus": ("en", "summarize-en.txt"),
    "led": ("en", "summarize-en.txt"),
}
PLACEHOLDER = "{{text}}"

# Summary length -> generation limits. This is the one place where a sentence count (--short/--long) becomes a
# token budget: a news sentence is about 20-30 subword tokens, so N sentences get between N*12 and N*28+16 new
# tokens. Each map step keeps about three sentences' worth of a chunk.
TOKENS_PER_SENTENCE = 28
MAP_SENTENCES = 3
# Beam search that cannot repeat itself: the usual setting for news summarisation.
BEAMS = 4
NO_REPEAT_NGRAM = 3
MAX_ROUNDS = 8


def generation_limits(sentences: int) -> tuple[int, int]:
    """(min_new_tokens, max_new_tokens) for a summary of about `sentences` sentences."""
    return max(4, sentences * TOKENS_PER_SENTENCE // 2 - 2), sentences * TOKENS_PER_SENTENCE + 16


def default_prompt_dir() -> Path:
    """The installed `summarize.prompts` package, or the checkout's top-level prompts/ when run from source."""
    spec = importlib.util.find_spec("summarize.prompts")
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return Path(__file__).resolve().parents[2] / "prompts"


def load_prompt(name: str, prompt_dir: str | None = None) -> str:
    """The template `name` from `prompt_dir` (when given and it has the file) or the shipped prompts."""
    candidates = ([Path(prompt_dir) / name] if prompt_dir else []) + [default_prompt_dir() / name]
    for path in candidates:
        if path.is_file():
            template = path.read_text(encoding="utf-8").removesuffix("\n")
            if PLACEHOLDER not in template:
                raise ModelError(f"prompt template {path} has no {PLACEHOLDER} placeholder")
            return template
    raise ModelError(f"prompt template {name} not found (looked in {', '.join(str(p.parent) for p in candidates)})")


def fill(template: str, text: str) -> str:
    """Plain substitution: the text is data, so no format specifiers or expressions are ever interpreted."""
    return template.replace(PLACEHOLDER, text)


class Seq2SeqSummarizer:
    """Summaries written by a model; `reads` says which side of the document it must be given."""

    name = "seq2seq"

    def __init__(self, model: str, *, device: str = "auto", prompt_dir: str | None = None):
        self.model_ref = model
        self.directory, self.tokenizer, self.net = hf.load_seq2seq(model, device=device)
        kind = self.net.config.model_type
        if kind not in MODEL_TYPES:
            raise ModelError(f"{self.directory} is a {kind!r} model; summaries need one of {', '.join(MODEL_TYPES)}")
        self.reads, prompt_name = MODEL_TYPES[kind]
        self.template = load_prompt(prompt_name, prompt_dir)
        self.limit = hf.input_limit(self.tokenizer, self.net)
        self.forced_bos = self._language_setup()
        self.map_rounds = 0

    def _language_setup(self):
        """mBART-50 style tokenizers: read Indonesian and write Indonesian (the summary is then translated)."""
        codes = hf.LANGUAGE_CODES.get(type(self.tokenizer).__name__)
        if codes is None or self.reads != "source":
            return None
        self.tokenizer.src_lang = codes[0]
        return self.tokenizer.convert_tokens_to_ids(codes[0])

    def count_tokens(self, text: str) -> int:
        return hf.count_tokens(self.tokenizer, text)

    def _windows(self, text: str, size: int) -> list[str]:
        return hf.token_windows(self.tokenizer, text, size)

    def generate(self, texts: list[str], *, sentences: int, cap: int | None = None) -> list[str]:
        import torch

        low, high = generation_limits(sentences)
        # Never longer than the model's own window (its decoder positions end there), nor than `cap`.
        high = max(1, min(high, self.limit, cap or high))
        low = min(low, high)
        settings = {"num_beams": BEAMS, "no_repeat_ngram_size": NO_REPEAT_NGRAM, "do_sample": False,
                    "min_new_tokens": low, "max_new_tokens": high}
        if self.forced_bos is not None:
            settings["forced_bos_token_id"] = self.forced_bos
        prompts = [fill(self.template, t) for t in texts]
        encoded = self.tokenizer(prompts, return_tensors="pt", padding=True).to(self.net.device)
        with torch.inference_mode():
            out = self.net.generate(**encoded, **settings)
        return [s.strip() for s in self.tokenizer.batch_decode(out, skip_special_tokens=True)]

    def condense(self, sentences: list[str]) -> str:
        """The document as one text that fits the window, map-reducing over chunks when it does not."""
        budget = self.limit - self.count_tokens(fill(self.template, ""))
        if budget < 8:
            raise ModelError(f"the prompt template leaves no room for text in a {self.limit}-token window")
        parts = list(sentences)
        for _ in range(MAX_ROUNDS):
            if self.count_tokens(" ".join(parts)) <= budget:
                return " ".join(parts)
            pieces = [p for s in parts for p in chunks.fit(s, budget, self.count_tokens, self._windows)]
            groups = chunks.pack(pieces, budget, self.count_tokens, lambda piece: [piece])
            # A chunk's summary may use at most a third of the window, so at least two of them fit into one chunk
            # of the next round and the number of chunks keeps falling.
            parts = self.generate(groups, sentences=MAP_SENTENCES, cap=max(4, budget // 3))
            self.map_rounds += 1
        raise ModelError(f"the document did not fit the model's window after {MAX_ROUNDS} map-reduce rounds")

    def summarize(self, doc: Document, *, short: int, long: int,
                  exact_short: bool = False) -> tuple[Selection, Selection]:
        text = self.condense([s.text for s in doc.sentences])
        return (Selection(text=self.generate([text], sentences=short)[0]),
                Selection(text=self.generate([text], sentences=long)[0]))

    def describe(self) -> dict:
        return {"engine": "transformers", "model": self.model_ref, "path": str(self.directory),
                "model_type": self.net.config.model_type, "reads": self.reads, "input_limit": self.limit,
                "map_rounds": self.map_rounds}
