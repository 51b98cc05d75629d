"""Finding local seq2seq models (no heavy imports: only config.json files are read).

`summarize models list` shows what is on disk: directories named by flags/environment and the local Hugging Face
cache. `models check` and `models convert` load models for real, so their work lives in neural_models.py.
"""

from __future__ import annotations

import json
import os
import re
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


# Languages a model family reads -> writes, when the config cannot say more. Marian models name their pair in
# the model name (opus-mt-id-en); the many-to-many families are marked "multilingual".
FAMILY_LANGUAGES = {"m2m_100": "multilingual", "mbart": "multilingual", "mt5": "multilingual",
                    "t5": "en", "bart": "en", "pegasus": "en", "led": "en"}
_MARIAN_PAIR = re.compile(r"opus-mt-([a-z]{2,3}(?:_[a-z]+)?)-([a-z]{2,3}(?:_[a-z]+)?)$")


def languages(kind: str, name: str) -> str:
    """A short language description, e.g. "id->en" for opus-mt-id-en, "multilingual" for NLLB."""
    if kind == "marian":
        m = _MARIAN_PAIR.search(name.rstrip("/").lower())
        return f"{m.group(1)}->{m.group(2)}" if m else "unknown pair"
    return FAMILY_LANGUAGES.get(kind, "unknown")


def describe(directory: Path, name: str = "") -> dict | None:
    """Architecture, task guess and languages from a model directory's config.json (None if not seq2seq)."""
    try:
        config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    kind = config.get("model_type", "")
    if kind not in SEQ2SEQ_TYPES:
        return None
    return {"path": str(directory), "model_type": kind, "task": SEQ2SEQ_TYPES[kind],
            "languages": languages(kind, name or directory.name),
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
            model_id = repo.name[len("models--"):].replace("--", "/")
            for snap in sorted((repo / "snapshots").glob("*")):
                info = describe(snap, model_id)
                if info:
                    info["id"] = model_id
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
            print(f"{m.get('id', m['path'])}\t{m['model_type']}\t{m['task']}\t{m['languages']}\t{m['path']}")
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
