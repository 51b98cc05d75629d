"""Fixtures for the neural engine: tiny models built once per session and the network cut off for every test.
The in-process `cli` fixture comes from tests/conftest.py."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from .tiny_models import build_marian, build_t5

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "kutipan-wsce-2024.id.txt"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Every connection attempt fails, and the test fails if one was made: the neural engine is offline."""
    attempts = []

    def refuse(self, address, *args):
        attempts.append(address)
        raise OSError(f"network blocked in tests (tried {address!r})")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.delenv("SUMMARIZE_TRANSLATION_MODEL", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    yield attempts
    assert attempts == [], f"network connections were attempted: {attempts}"


@pytest.fixture(scope="session")
def marian_dir(tmp_path_factory) -> Path:
    """A random-weight MarianMT model with a 64-token window, so seed sentences must be split to fit."""
    return build_marian(tmp_path_factory.mktemp("models") / "tiny-marian", [SEED])


@pytest.fixture(scope="session")
def mt5_dir(tmp_path_factory) -> Path:
    """A random-weight mT5 (reads Indonesian) with a 48-token window: the seed article needs map-reduce."""
    return build_t5(tmp_path_factory.mktemp("models") / "tiny-mt5", [SEED], multilingual=True)


@pytest.fixture(scope="session")
def t5_dir(tmp_path_factory) -> Path:
    """A random-weight English-style T5 (reads the English translation)."""
    return build_t5(tmp_path_factory.mktemp("models") / "tiny-t5", [SEED], multilingual=False)


@pytest.fixture(scope="session")
def marian(marian_dir):
    """The translator on the tiny model, guard off, with a short output budget to keep tests fast."""
    from summarize.translate.hf import NeuralTranslator

    return NeuralTranslator(str(marian_dir), device="cpu", guard=False, max_new_tokens=24)
