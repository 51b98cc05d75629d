"""Checking and converting neural models (`summarize models check|convert`); imported only by those commands.

`check` answers "will this model work here, and what will it cost?": it loads the model offline exactly as the
pipeline would, runs one sentence, and reports load time, run time and peak memory. `convert` turns a local
transformers translation model into a CTranslate2 directory the pipeline then picks up by itself.
"""

from __future__ import annotations

import json
import resource
import shutil
import sys
import time
import warnings
from pathlib import Path

from .errors import ModelError, UsageError
from .models import is_converted

SAMPLE = "Presiden meresmikan jembatan baru sepanjang 2,5 kilometer di Surabaya pada 12 Maret 2024."
QUANTIZATIONS = ("int8", "int8_float32", "int16", "float16", "float32")
# Tokenizer files a converted model needs next to its weights (the converter writes its own config.json).
TOKENIZER_FILES = ("source.spm", "target.spm", "vocab.json", "tokenizer_config.json", "special_tokens_map.json",
                   "sentencepiece.bpe.model", "spiece.model", "tokenizer.json")


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def open_translator(model: str, *, device: str = "auto", **settings):
    """The backend the pipeline would use for `model`: CTranslate2 for a converted directory, else torch."""
    from .translate import base

    return base.backend("ct2" if is_converted(model) else "neural")(model, device=device, **settings)


def check(model: str, *, device: str = "auto") -> dict:
    """Load `model` offline, run the sample sentence, and report what it took."""
    from .models import SEQ2SEQ_TYPES

    config = Path(model).expanduser() / "config.json"
    kind = None
    if config.is_file() and not is_converted(model):
        kind = json.loads(config.read_text(encoding="utf-8")).get("model_type")
    started = time.perf_counter()
    if SEQ2SEQ_TYPES.get(kind) == "summary":
        from .summarizers.seq2seq import Seq2SeqSummarizer

        runner = Seq2SeqSummarizer(model, device=device)
        loaded = time.perf_counter()
        output = runner.generate([SAMPLE], sentences=1)[0]
    else:
        runner = open_translator(model, device=device)
        loaded = time.perf_counter()
        output = runner.translate([SAMPLE])[0]
    done = time.perf_counter()
    return {**runner.describe(), "load_s": round(loaded - started, 3), "run_s": round(done - loaded, 3),
            "peak_rss_mb": peak_rss_mb(), "input": SAMPLE, "output": output}


def convert(source: str, destination: str, *, quantization: str = "int8") -> dict:
    """Convert a local transformers translation model to CTranslate2 in `destination`; returns the manifest."""
    from .translate import ct2, hf

    if quantization not in QUANTIZATIONS:
        raise UsageError(f"unknown quantization {quantization!r} (choose from {', '.join(QUANTIZATIONS)})")
    out = Path(destination).expanduser()
    if out.exists() and any(out.iterdir()):
        raise UsageError(f"{out} exists and is not empty; choose a new directory")
    directory = hf.resolve(source)
    try:
        config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
        tokenizer_config = json.loads((directory / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{directory} is not a transformers model with a tokenizer ({exc})") from None
    if config.get("model_type") not in hf.SUPPORTED_TYPES:
        raise ModelError(f"only translation models convert ({', '.join(hf.SUPPORTED_TYPES)}); "
                         f"{directory} is {config.get('model_type')!r}")
    hf.check_weights(directory)
    hf.offline_transformers()
    ct2.import_ct2()
    from ctranslate2.converters import TransformersConverter

    copy = [name for name in TOKENIZER_FILES if (directory / name).is_file()]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the converter loads the tokenizer, which warns about optional extras
            converter = TransformersConverter(str(directory), copy_files=copy, trust_remote_code=False)
            converter.convert(str(out), quantization=quantization, force=True)
    except (OSError, ValueError, RuntimeError, KeyError) as exc:
        shutil.rmtree(out, ignore_errors=True)
        raise ModelError(f"conversion of {directory} failed: {exc}") from None
    manifest = {"source": str(source), "model_type": config["model_type"], "quantization": quantization,
                "input_limit": hf.window(config.get("max_position_embeddings"),
                                         tokenizer_config.get("model_max_length"))}
    (out / ct2.MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest
