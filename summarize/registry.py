"""Lazy registries of backends: a name maps to "module:attribute", imported on first use.

Lazy import is what keeps heavy backends (torch, transformers) off the rule path; a registry is a plain dict so
adding a backend is one line, never an if/elif chain.
"""

from __future__ import annotations

from importlib import import_module

from .errors import UsageError


def resolve(registry: dict[str, str], name: str, what: str):
    """The object registered under `name`; an unknown name is a usage error listing the known ones."""
    try:
        path = registry[name]
    except KeyError:
        raise UsageError(f"unknown {what} {name!r} (known: {', '.join(sorted(registry))})") from None
    module, _, attr = path.partition(":")
    return getattr(import_module(module), attr)
