"""Reading input text: files or stdin, bytes decoded with a clear policy, limits enforced.

Encoding policy: input is decoded as UTF-8 (a UTF-8 byte-order mark is dropped). Invalid byte sequences are
replaced with U+FFFD and reported as a warning, unless `--encoding` names another codec. Data that looks binary
(NUL bytes) is refused (exit 3). Inputs longer than `max_chars` are refused (exit 3) instead of exhausting memory.
"""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass, field

from .errors import InputError, UsageError

DEFAULT_MAX_CHARS = 2_000_000


@dataclass
class InputText:
    text: str
    name: str
    warnings: list[str] = field(default_factory=list)


def read_bytes(path: str | None) -> tuple[bytes, str]:
    if path in (None, "-"):
        return sys.stdin.buffer.read(), "<stdin>"
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not a text file")
    try:
        with open(path, "rb") as fh:
            return fh.read(), path
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, name: str, *, encoding: str = "utf-8", max_chars: int = DEFAULT_MAX_CHARS) -> InputText:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r}") from None
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: looks like binary data, not text")
    warnings: list[str] = []
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        if data.startswith(codecs.BOM_UTF8):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = data.decode("utf-8", errors="replace")
            warnings.append(f"{name}: invalid UTF-8 at byte {exc.start}; replaced undecodable bytes "
                            f"(use --encoding to name the file's encoding)")
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid {encoding} at byte {exc.start}") from None
    if len(text) > max_chars:
        raise InputError(f"{name}: {len(text):,} characters is over the limit of {max_chars:,} (raise it with --max-chars)")
    return InputText(text, name, warnings)


def read_text(path: str | None, *, encoding: str = "utf-8", max_chars: int = DEFAULT_MAX_CHARS) -> InputText:
    data, name = read_bytes(path)
    return decode(data, name, encoding=encoding, max_chars=max_chars)
