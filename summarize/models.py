"""Finding local seq2seq models (no heavy imports: only config.json files are read).

`summarize models list` shows what is on disk: directories named by flags/environment and the local Hugging Face
cache. `models check` and `models convert` load models for real, so their work lives in neural_models.py.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from .config import KEYS, config_path, model_setting
from .errors import UsageError

SEQ2SEQ_TYPES = {"marian": "translation", "m2m_100": "translation", "nllb-moe": "translation",
                 "mbart": "translation/summary", "mt5": "summary", "t5": "summary", "bart": "summary",
                 "pegasus": "summary", "led": "summary"}


def hf_cache_dir() -> Path:
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"])
    home = os.environ.get("HF_HOME") or os.path.join(os.path.expanduser("~"), ".cache", "huggingface")
    return Path(home) / "hub"


def describe(directory: Path) -> dict | None:
    """Architecture and task guess from a model directory's config.json (None if it is not a seq2seq model)."""
    try:
        config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    kind = config.get("model_type", "")
    if kind not in SEQ2SEQ_TYPES:
        return None
    return {"path": str(directory), "model_type": kind, "task": SEQ2SEQ_TYPES[kind],
            "architectures": config.get("architectures") or []}


def find() -> list[dict]:
    found = []
    for key in KEYS:
        value = model_setting(key, None)
        if value and os.path.isdir(value):
            info = describe(Path(value))
            if info:
                found.append(info)
    cache = hf_cache_dir()
    if cache.is_dir():
        for repo in sorted(cache.glob("models--*")):
            for snap in sorted((repo / "snapshots").glob("*")):
                info = describe(snap)
                if info:
                    info["id"] = repo.name[len("models--"):].replace("--", "/")
                    found.append(info)
                    break
    return found


def is_converted(model: str) -> bool:
    """Whether `model` is a CTranslate2 directory (weights in model.bin plus its vocabulary files)."""
    path = Path(model).expanduser()
    has_vocab = any((path / name).is_file() for name in (
        "shared_vocabulary.json", "shared_vocabulary.txt", "source_vocabulary.json", "source_vocabulary.txt"))
    return (path / "model.bin").is_file() and has_vocab


def command(args) -> int:
    """`models list|check|convert` (the CLI's side: it prints; the work is in find / check / convert)."""
    if args.action == "list":
        models = find()
        if not models:
            print(f"no local seq2seq models found (looked in {hf_cache_dir()}, SUMMARIZE_*_MODEL and {config_path()})")
            return 0
        for m in models:
            print(f"{m.get('id', m['path'])}\t{m['model_type']}\t{m['task']}\t{m['path']}")
        return 0
    from . import neural_models

    if args.action == "convert":
        if not args.name or not args.destination:
            raise UsageError("usage: summarize models convert SRC DST [--quantization int8]")
        manifest = neural_models.convert(args.name, args.destination, quantization=args.quantization)
        print(f"converted {manifest['source']} ({manifest['model_type']}, {manifest['quantization']}) "
              f"-> {args.destination}")
        return 0
    name = args.name or model_setting("translation_model", None) or model_setting("summary_model", None)
    if not name:
        raise UsageError("models check needs a model: NAME, or SUMMARIZE_TRANSLATION_MODEL")
    for key, value in neural_models.check(name, device=args.device).items():
        print(f"{key}\t{value}")
    return 0
