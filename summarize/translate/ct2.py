"""The neural translator on CTranslate2: a model converted by `summarize models convert` (int8 by default).

Same skeleton as the torch engine (fit, sort, batch, guard come from `batched`), but several times faster on CPU
and without torch in memory: Marian models are tokenised with SentencePiece directly; only the multilingual
families (M2M100/NLLB/mBART-50, which need language tokens) load a transformers tokenizer.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..errors import ModelError
from ..models import is_converted
from . import batched

# Written next to the converted weights by `models convert`: what the model was, and its input window.
MANIFEST = "summarize-ct2.json"


def import_ct2():
    try:
        import ctranslate2
    except ImportError:
        raise ModelError("this model was converted for CTranslate2, which is not installed: "
                         "pip install 'summarize[neural-fast]'") from None
    return ctranslate2


class MarianPieces:
    """SentencePiece in, SentencePiece out: what opus-mt models need, with no transformers import."""

    def __init__(self, directory: Path):
        import sentencepiece as spm

        self.source = spm.SentencePieceProcessor(model_file=str(directory / "source.spm"))
        self.target = spm.SentencePieceProcessor(model_file=str(directory / "target.spm"))
        self.prefix = None

    def pieces(self, text: str) -> list[str]:
        return self.source.encode(text, out_type=str)

    def encode(self, text: str) -> list[str]:
        return self.pieces(text) + ["</s>"]

    def decode(self, tokens: list[str]) -> str:
        return self.target.decode_pieces([t for t in tokens if t not in ("</s>", "<pad>")])


class HFPieces:
    """A transformers tokenizer for the families that need source and target language tokens."""

    def __init__(self, directory: Path):
        from .hf import LANGUAGE_CODES, offline_transformers

        tokenizer = offline_transformers().AutoTokenizer.from_pretrained(
            str(directory), local_files_only=True, trust_remote_code=False)
        codes = LANGUAGE_CODES.get(type(tokenizer).__name__)
        if codes is None:
            raise ModelError(f"{directory}: unsupported tokenizer {type(tokenizer).__name__} for CTranslate2")
        tokenizer.src_lang = codes[0]
        self.tokenizer = tokenizer
        self.prefix = [codes[1]]

    def pieces(self, text: str) -> list[str]:
        return self.tokenizer.tokenize(text)

    def encode(self, text: str) -> list[str]:
        return self.tokenizer.convert_ids_to_tokens(self.tokenizer(text).input_ids)

    def decode(self, tokens: list[str]) -> str:
        ids = self.tokenizer.convert_tokens_to_ids(tokens)
        return self.tokenizer.decode(ids, skip_special_tokens=True)


class CT2Translator(batched.BatchedTranslator):
    """Indonesian -> English with a converted model (`min_new_tokens`: only the speed benchmark sets it)."""

    def __init__(self, model: str, *, device: str = "auto", beams: int = 1, guard: bool = True,
                 max_new_tokens: int | None = None, min_new_tokens: int = 0, threads: int = 0):
        if beams < 1:
            raise ModelError("--beams must be at least 1")
        self.directory = Path(model).expanduser()
        if not is_converted(model):
            raise ModelError(f"{model} is not a CTranslate2 model directory (model.bin + vocabulary)")
        try:
            manifest = json.loads((self.directory / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise ModelError(f"{model} was not converted by `summarize models convert` (no {MANIFEST})") from None
        ctranslate2 = import_ct2()
        self.device = "cuda" if device == "auto" and ctranslate2.get_cuda_device_count() else (
            "cpu" if device == "auto" else device)
        if self.device == "cuda" and not ctranslate2.get_cuda_device_count():
            raise ModelError("--device cuda was asked for but CTranslate2 sees no CUDA device")
        self.manifest = manifest
        self.text = MarianPieces(self.directory) if manifest["model_type"] == "marian" else HFPieces(self.directory)
        try:
            self.engine = ctranslate2.Translator(str(self.directory), device=self.device, compute_type="default",
                                                 intra_threads=threads or (os.cpu_count() or 1))
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"cannot load the CTranslate2 model in {model}: {exc}") from None
        super().__init__(limit=int(manifest["input_limit"]), beams=beams, guard=guard)
        self.max_new_tokens = max_new_tokens or self.limit
        self.min_new_tokens = min_new_tokens

    def count_tokens(self, text: str) -> int:
        return len(self.text.pieces(text))

    def token_windows(self, text: str, limit: int) -> list[str]:
        pieces = self.text.pieces(text)
        return [self.text.decode(pieces[i:i + limit]).strip() for i in range(0, len(pieces), limit)]

    def generate(self, texts: list[str], *, beams: int, safe: bool) -> list[str]:
        sources = [self.text.encode(t) for t in texts]
        prefix = [list(self.text.prefix) for _ in texts] if self.text.prefix else None
        results = self.engine.translate_batch(
            sources, target_prefix=prefix, beam_size=beams, max_batch_size=batched.BATCH_SENTENCES,
            max_decoding_length=self.max_new_tokens, min_decoding_length=self.min_new_tokens,
            no_repeat_ngram_size=batched.SAFE_NO_REPEAT_NGRAM if safe else 0,
            repetition_penalty=batched.SAFE_REPETITION_PENALTY if safe else 1.0)
        outputs = []
        # A language-token prefix comes back in the hypothesis; decoding drops it with the other special tokens.
        return [self.text.decode(result.hypotheses[0]) for result in results]

    def model_info(self) -> dict:
        return {"engine": "ctranslate2", "model": str(self.directory), "converted_from": self.manifest.get("source"),
                "model_type": self.manifest["model_type"], "quantization": self.manifest.get("quantization"),
                "device": self.device, "input_limit": self.limit}
