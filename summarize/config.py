"""Where the neural models come from: a flag, else an environment variable, else the user's config file.

The config file is `$XDG_CONFIG_HOME/summarize/config.toml` (default `~/.config/summarize/config.toml`):

    translation_model = "/models/opus-mt-id-en"        # a directory, or a model id in the local HF cache
    summary_model = "csebuetnlp/mT5_multilingual_XLSum"

It is read only when a model is looked up (never at import) and holds data only: TOML, parsed by tomllib.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from .errors import UsageError

KEYS = {"translation_model": "SUMMARIZE_TRANSLATION_MODEL", "summary_model": "SUMMARIZE_SUMMARY_MODEL"}


def config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "summarize" / "config.toml"


def read_config() -> dict:
    """The config file's settings ({} when there is none); a malformed file is a usage error naming it."""
    path = config_path()
    import tomllib          # here, not at the top: importing it compiles its regexes (~80 ms of every start-up)

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"cannot read config file {path}: {exc}") from None
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise UsageError(f"config file {path}: unknown setting(s) {', '.join(unknown)} (known: {', '.join(KEYS)})")
    for key, value in data.items():
        if not isinstance(value, str):
            raise UsageError(f"config file {path}: {key} must be a string")
    return data


def model_setting(key: str, flag_value: Optional[str]) -> Optional[str]:
    """The model for `key` ("translation_model" or "summary_model"): flag > environment > config file."""
    return flag_value or os.environ.get(KEYS[key]) or read_config().get(key) or None
