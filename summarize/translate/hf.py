"""The neural translator on torch + transformers: MarianMT, M2M100/NLLB and mBART-50, loaded strictly offline.

Offline is enforced three independent ways, so that no single library setting has to be trusted: the hub's
offline variables are set before transformers is first imported, every `from_pretrained` gets
`local_files_only=True`, and a model id is resolved to a directory in the local cache before loading.
`trust_remote_code` is always False: a model directory is data, never code we run.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

from ..errors import ModelError
from . import batched

# Per tokenizer family: (source language code, token that starts English output). Marian pairs need none.
LANGUAGE_CODES = {
    "M2M100Tokenizer": ("id", "__en__"),
    "NllbTokenizer": ("ind_Latn", "eng_Latn"),
    "NllbTokenizerFast": ("ind_Latn", "eng_Latn"),
    "MBart50Tokenizer": ("id_ID", "en_XX"),
    "MBart50TokenizerFast": ("id_ID", "en_XX"),
}
def count_tokens(tokenizer, text: str) -> int:
    """Tokens `text` takes in a Hugging Face tokenizer, special tokens not counted."""
    return len(tokenizer(text, add_special_tokens=False).input_ids)


def token_windows(tokenizer, text: str, limit: int) -> list[str]:
    """`text` cut into consecutive pieces of at most `limit` tokens: the last resort for an over-long piece."""
    tokens = tokenizer.tokenize(text)
    return [tokenizer.convert_tokens_to_string(tokens[i:i + limit]).strip() for i in range(0, len(tokens), limit)]


SUPPORTED_TYPES = ("marian", "m2m_100", "mbart", "nllb-moe")
# Room for the special tokens (language code, </s>) the tokenizer adds around a piece.
SPECIAL_TOKEN_ROOM = 4


def offline_transformers():
    """Import transformers with the hub switched off (done here, never at package import)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import transformers

    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    return transformers


def resolve(model: str) -> Path:
    """A local model directory for `model` (a directory, or a model id already in the local HF cache)."""
    path = Path(model).expanduser()
    if path.is_dir():
        return path
    looks_like_path = model.startswith((".", "/", "~")) or model.count("/") > 1 or path.exists()
    if looks_like_path:
        raise ModelError(f"model directory {model} does not exist or is not a directory")
    offline_transformers()
    from huggingface_hub import snapshot_download

    from ..models import hf_cache_dir

    try:
        # The cache is looked up now (the hub library reads its variables once, at its own import).
        return Path(snapshot_download(model, local_files_only=True, cache_dir=str(hf_cache_dir())))
    except Exception as exc:  # the hub raises several unrelated types for "not in the cache"
        raise ModelError(f"model {model!r} is neither a directory nor in the local Hugging Face cache "
                         f"({type(exc).__name__})") from None


def check_weights(directory: Path) -> bool:
    """Whether to load safetensors (True) or a pickled .bin (False); refuses unsafe or missing weights."""
    if any(directory.glob("*.safetensors")):
        return True
    if any(directory.glob("pytorch_model*.bin")):
        import torch

        major, minor = (int(x) for x in torch.__version__.split(".")[:2])
        if (major, minor) < (2, 6):
            raise ModelError(f"{directory} has only pickled weights (pytorch_model.bin) and torch {torch.__version__} "
                             "cannot load them safely (CVE-2025-32434): upgrade to torch>=2.6 or convert the model "
                             "to safetensors")
        return False
    raise ModelError(f"{directory} has no model weights (model.safetensors or pytorch_model.bin)")


def pick_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ModelError("--device cuda was asked for but torch sees no CUDA device")
    return device


def load_seq2seq(model: str, *, device: str):
    """(directory, tokenizer, model on `device` in eval mode), or ModelError saying what is wrong."""
    directory = resolve(model)
    if not (directory / "config.json").is_file():
        raise ModelError(f"{directory} is not a model directory (no config.json)")
    safetensors = check_weights(directory)
    transformers = offline_transformers()
    try:
        with warnings.catch_warnings():
            # Library code never prints: Marian's tokenizer warns about an optional package (sacremoses).
            warnings.simplefilter("ignore")
            tokenizer = transformers.AutoTokenizer.from_pretrained(
                str(directory), local_files_only=True, trust_remote_code=False)
            net = transformers.AutoModelForSeq2SeqLM.from_pretrained(
                str(directory), local_files_only=True, trust_remote_code=False, use_safetensors=safetensors)
    except Exception as exc:  # noqa: BLE001 - loaders raise many unrelated types (safetensors, json, torch...)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(f"cannot load the model in {directory}: {first}") from None
    net.eval()
    return directory, tokenizer, net.to(pick_device(device))


def window(*limits) -> int:
    """Tokens one piece may have: the smallest real limit (position table, tokenizer), less special tokens.
    Tokenizers without a limit report a huge sentinel, and T5 has no position table: 512 is then the norm."""
    usable = [n for n in limits if isinstance(n, int) and 0 < n < 1_000_000]
    return (min(usable) if usable else 512) - SPECIAL_TOKEN_ROOM


def input_limit(tokenizer, net) -> int:
    return window(getattr(net.config, "max_position_embeddings", None), getattr(tokenizer, "model_max_length", None))


class NeuralTranslator(batched.BatchedTranslator):
    """Indonesian -> English with a local seq2seq model; batching, fitting and the guard come from the base."""

    def __init__(self, model: str, *, device: str = "auto", beams: int = 1, guard: bool = True,
                 max_new_tokens: int | None = None, min_new_tokens: int = 0):
        if beams < 1:
            raise ModelError("--beams must be at least 1")
        self.model_ref = model
        self.directory, self.tokenizer, self.net = load_seq2seq(model, device=device)
        kind = self.net.config.model_type
        if kind not in SUPPORTED_TYPES:
            raise ModelError(f"{self.directory} is a {kind!r} model; translation needs one of "
                             f"{', '.join(SUPPORTED_TYPES)}")
        super().__init__(limit=input_limit(self.tokenizer, self.net), beams=beams, guard=guard)
        self.forced_bos = self._language_setup()
        # Output length budget: the model's own window (the guard catches outputs that run away within it).
        self.max_new_tokens = max_new_tokens or self.limit + SPECIAL_TOKEN_ROOM
        self.min_new_tokens = min_new_tokens  # only the speed benchmark sets it (equal work for every engine)

    def _language_setup(self):
        """Set the tokenizer's source language and return the forced first target token (None for Marian)."""
        codes = LANGUAGE_CODES.get(type(self.tokenizer).__name__)
        if codes is None:
            return None
        source, target = codes
        self.tokenizer.src_lang = source
        target_id = self.tokenizer.convert_tokens_to_ids(target)
        if target_id is None or target_id == self.tokenizer.unk_token_id:
            raise ModelError(f"{self.directory}: the tokenizer has no language code {target!r}")
        return target_id

    def count_tokens(self, text: str) -> int:
        return count_tokens(self.tokenizer, text)

    def token_windows(self, text: str, limit: int) -> list[str]:
        return token_windows(self.tokenizer, text, limit)

    def generation_settings(self, *, beams: int, safe: bool) -> dict:
        """The keyword arguments for `generate`; greedy unless beams > 1, loop-proof when `safe`."""
        settings = {"num_beams": beams, "do_sample": False, "max_new_tokens": self.max_new_tokens}
        if self.forced_bos is not None:
            settings["forced_bos_token_id"] = self.forced_bos
        if self.min_new_tokens:
            settings["min_new_tokens"] = self.min_new_tokens
        if safe:
            settings["no_repeat_ngram_size"] = batched.SAFE_NO_REPEAT_NGRAM
            settings["repetition_penalty"] = batched.SAFE_REPETITION_PENALTY
        return settings

    def generate(self, texts: list[str], *, beams: int, safe: bool) -> list[str]:
        import torch

        encoded = self.tokenizer(texts, return_tensors="pt", padding=True).to(self.net.device)
        try:
            with torch.inference_mode():
                out = self.net.generate(**encoded, **self.generation_settings(beams=beams, safe=safe))
        except (IndexError, RuntimeError) as exc:  # e.g. a tokenizer with ids the model's embedding lacks
            raise ModelError(f"the model in {self.directory} failed while translating: {exc}") from None
        if self.forced_bos is not None:
            out = out[:, 2:]  # decoder start + forced language token: not every tokenizer marks the latter special
        return self.tokenizer.batch_decode(out, skip_special_tokens=True)

    def model_info(self) -> dict:
        return {"engine": "transformers", "model": self.model_ref, "path": str(self.directory),
                "model_type": self.net.config.model_type, "device": str(self.net.device),
                "input_limit": self.limit}
